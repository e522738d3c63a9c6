"""Dated events: DATE entities, normalized against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.analysis import Span, TimelineEntry


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    sentence: Span
    event: str


def collect(doc: Any, offset: int) -> list[DateMention]:
    out = []
    for e in doc.ents:
        if e.label_ != "DATE":
            continue
        sent = e.sent
        out.append(DateMention(offset + e.start_char, offset + e.end_char, e.text,
                               Span(offset + sent.start_char, offset + sent.end_char), sent.text.strip()))
    return out


def _normalize(expr: str) -> tuple[str | None, str | None]:
    s = expr.strip()
    if re.fullmatch(r"(1[5-9]|20)\d\d", s):
        return s, "year"
    for fmt, gran in (("%B %d, %Y", "day"), ("%B %d %Y", "day"), ("%d %B %Y", "day"), ("%B %Y", "month")):
        try:
            d = datetime.strptime(s, fmt)
        except ValueError:
            continue
        return (d.date().isoformat() if gran == "day" else d.strftime("%Y-%m")), gran
    return None, None


def resolve(mentions: list[DateMention], published: str | None, text: str) -> list[TimelineEntry]:
    entries = []
    for i, m in enumerate(mentions, 1):
        value, gran = _normalize(m.text)
        entries.append(TimelineEntry(id=f"t{i}", expression=m.text, start=m.start, end=m.end, date=value,
                                     granularity=gran, event=m.event, sentence=m.sentence))
    dated = sorted((e for e in entries if e.date), key=lambda e: e.date or "")
    return dated + [e for e in entries if not e.date]
