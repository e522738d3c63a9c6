"""The publication date an article states about itself: a date line, "Published …", a dateline.

Relative dates in the story ("yesterday", "three years ago") resolve against it, so a wrong
date is worse than none: only a date with its year counts, and only near the top of the text.
"""

from __future__ import annotations

import re
from datetime import datetime

from reader.article import Block

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_KEYWORD = r"(?:published|posted|updated|last updated|first published|date|dated|filed)"
_PREFIX = rf"(?:{_KEYWORD}\s*(?:on|at|:)?\s*)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+)?"
_DATE = (
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<mdy>(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}))"
)
_DATE_LINE = re.compile(
    rf"^{_PREFIX}{_CLOCK}{_WEEKDAY}{_DATE}(?:(?:T|[ ,|·•–—-]+).{{0,40}})?$",
    re.IGNORECASE,
)
# "Published 3 March 2025", "Updated: Fri March 22, 2013" anywhere in a short line (a byline with the date).
_KEYWORD_DATE = re.compile(rf"\b{_KEYWORD}\s*(?:on|at|:)?\s*{_CLOCK}{_WEEKDAY}{_DATE}", re.IGNORECASE)
# A news dateline opening the first paragraph: "WASHINGTON, March 22, 2013 (Reuters) -".
_DATELINE_OPENING = re.compile(rf"^[A-Z][A-Z .'-]{{1,40}},?\s+(?:\([^)]{{1,20}}\)\s*)?(?i:{_WEEKDAY}{_DATE})\b")
# The same dateline as a line of its own, its dash left hanging: "LONDON, June 5, 2024 —",
# "KYIV, Ukraine, March 3, 2025 (Reuters) -".
_DATELINE_ALONE = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,40}}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?,?\s+(?:\([^)]{{1,20}}\)\s*)?"
    rf"(?i:{_WEEKDAY}{_DATE})\s*(?:\([^)]{{1,20}}\)\s*)?(?:—|–|--|-|:)?$"
)


def _to_iso(s: str) -> str | None:
    s = re.sub(r"(\d)(st|nd|rd|th)", r"\1", s, flags=re.IGNORECASE).replace(",", " ").replace(".", " ")
    s = " ".join(s.split())
    for fmt in ("%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(s.replace("Sept ", "Sep ").replace("sept ", "sep "), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _iso_of(m: re.Match[str]) -> str | None:
    return _to_iso(m.group("iso") or m.group("mdy") or m.group("dmy"))


def parse_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date (perhaps "Published …", a time, a weekday)."""
    if len(line) > 90:
        return None
    m = _DATE_LINE.match(line.strip())
    return _iso_of(m) if m else None


def parse_dateline_alone(line: str) -> str | None:
    """The ISO date of a news dateline standing alone on its line ("LONDON, June 5, 2024 —")."""
    if len(line) > 90:
        return None
    m = _DATELINE_ALONE.match(line.strip())
    return _iso_of(m) if m else None


def find_date_in_line(line: str) -> str | None:
    """A date the line announces as the publication date ("By Ann Lee | Published 3 March 2025"),
    or a dateline opening a paragraph ("WASHINGTON, March 22, 2013 (Reuters) -")."""
    line = line.strip()
    if len(line) <= 200:
        m = _KEYWORD_DATE.search(line)
        if m:
            return _iso_of(m)
    m = _DATELINE_OPENING.match(line)
    return _iso_of(m) if m else None


def find_published(text: str, blocks: list[Block] | tuple[Block, ...]) -> str | None:
    """A date line near the top first; then a "Published …" inside a byline or short line; then
    a dateline opening the first paragraph."""
    head = list(blocks[:6])
    for block in head:
        if block.kind == "dateline":
            line = text[block.start : block.end]
            found = parse_date_line(line) or parse_dateline_alone(line)
            if found:
                return found
    for block in head:
        line = text[block.start : block.end]
        if block.kind in ("byline", "heading", "title") or len(line) <= 200:
            found = find_date_in_line(line)
            if found and _KEYWORD_DATE.search(line):
                return found
    for block in head:
        if block.kind == "paragraph":
            m = _DATELINE_OPENING.match(text[block.start : block.end])
            return _iso_of(m) if m else None
    return None
