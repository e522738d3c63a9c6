"""Transcript label: a quotation that opens with a speaker's name in capitals and a colon.

    “MAYOR DOE: We will rebuild the pier by June.”
"""

from __future__ import annotations

import re

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.speakers import Mention

NAME = "transcript_label"
_TRANSCRIPT = re.compile(r"^([A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s")


def find(block: Block, site: Site) -> list[Evidence]:
    span, offset = site.span, block.offset
    label = _TRANSCRIPT.match(block.text[span.start - offset : span.end - offset])
    if not label:
        return []
    name = label.group(1).strip()
    s = span.start
    return [Evidence(span, "label", None, Mention(s, s + len(name), name, name.lower(), "name"), 0, 0, s, NAME)]
