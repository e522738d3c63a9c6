"""Last touches on the chosen body: the page furniture extractors let through.

The headline again (at the top or the end), the byline again ("Robert Burns, AP Writer"),
"Updated 5:27 am" lines, photo credits, share prompts, a video player's own text ("This is a
modal window", "Chapters"), and a caption repeated right after itself: the reader saw them
once above the story, or they are not the story.
"""

from __future__ import annotations

import re

from reader.sources.web.blocks import TextBlock
from reader.sources.web.facts import PageFacts

# Short blocks only: a long paragraph that happens to start with "Photo" is prose.
_SHORT = 120
_FURNITURE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted|modified)\b"
    r"|(?:photo|photograph|image|picture|video|credit|source|illustration)s?(?:\s+by)?\s*[:/]"
    r"|\(?(?:photo|image|picture)\s+(?:by|credit|courtesy)\b"
    r"|like this story\b|share (?:this|it|on)\b|click to share\b|follow us\b|sign up\b|subscribe\b"
    r"|advertisement$|skip to (?:main )?content$|read more$|related (?:posts|articles|stories|coverage)$"
    r"|this is a modal window|beginning of dialog window|end of dialog window|chapters$|descriptions off"
    r"|captions (?:off|settings)|subtitles (?:off|settings)|audio track$|no compatible source"
    r"|escape will cancel|video player is loading)",
    re.IGNORECASE,
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_byline(text: str, facts: PageFacts) -> bool:
    if len(text) > _SHORT:
        return False
    if _BY.match(text) and len(text.split()) <= 12:
        return True
    first = (facts.author or "").split(";")[0].strip()
    return bool(first) and _key(text).startswith(_key(first)) and len(text.split()) <= len(first.split()) + 6


def tidy(blocks: tuple[TextBlock, ...], facts: PageFacts) -> list[TextBlock]:
    headline = _key(facts.headline or "")
    out: list[TextBlock] = []
    previous = ""
    for kind, text in blocks:
        k = _key(text)
        # A block the same as the one before (a caption shown twice by a slideshow); a story
        # may repeat itself further on (a recipe, a question), so only neighbours count.
        if not k or (headline and k == headline) or k == previous:
            continue
        if len(text) <= _SHORT and (_FURNITURE.match(text) or _is_byline(text, facts)):
            continue
        previous = k
        out.append((kind, text))
    return out
