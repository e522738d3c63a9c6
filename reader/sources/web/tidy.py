"""Last touches on the chosen body: no headline repeated at its top."""

from __future__ import annotations

import re

from reader.sources.web.blocks import TextBlock
from reader.sources.web.facts import PageFacts


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def tidy(blocks: tuple[TextBlock, ...], facts: PageFacts) -> list[TextBlock]:
    headline = _key(facts.headline or "")
    out: list[TextBlock] = []
    for i, (kind, text) in enumerate(blocks):
        if headline and i < 3 and _key(text) == headline:
            continue  # the headline again, at the top of the body
        out.append((kind, text))
    return out
