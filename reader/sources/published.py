"""The publication date an article states about itself: a dateline or "Published …" line."""

from __future__ import annotations

import re
from datetime import datetime

from reader.article import Block

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_PREFIX = r"(?:(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_LINE = re.compile(
    rf"^{_PREFIX}{_WEEKDAY}(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<mdy>(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}})"
    rf")(?:[ ,|·•–—-]+.{{0,40}})?$",
    re.IGNORECASE,
)


def _to_iso(s: str) -> str | None:
    s = re.sub(r"(\d)(st|nd|rd|th)", r"\1", s, flags=re.IGNORECASE).replace(",", " ").replace(".", " ")
    s = " ".join(s.split())
    for fmt in ("%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(s.replace("Sept ", "Sep "), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date (perhaps "Published …" and a time)."""
    if len(line) > 90:
        return None
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    return _to_iso(m.group("iso") or m.group("mdy") or m.group("dmy"))


def find_published(text: str, blocks: list[Block] | tuple[Block, ...]) -> str | None:
    for block in blocks[:6]:
        if block.kind == "dateline":
            found = parse_date_line(text[block.start : block.end])
            if found:
                return found
    return None
