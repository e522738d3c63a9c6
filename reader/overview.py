"""The story at a glance, as numbers: whose voice it carries, when things happened, where a person is.

Pure functions of an `Analysis` (no spaCy, no Textual, no Rich), shared by the app's overview and
`--export summary`, so both show the same figures. Media researchers count exactly this by hand:
who is quoted, how often, at what length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reader.analysis import Analysis

# Labels of sources that speak for a body rather than as a person.
_ORG_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC"))


@dataclass(frozen=True)
class Voice:
    """One speaker's share of the quoted words (or the unnamed / unattributed rows)."""

    name: str
    entity_id: str | None
    role: str | None
    kind: str  # "person" | "organisation" | "unnamed" | "unattributed"
    quotes: int
    words: int
    share: float  # of all quotes, 0..1
    first: int  # offset of the voice's first quote, for jumping there


def _words(text: str) -> int:
    return len(text.split())


def voices(a: Analysis) -> list[Voice]:
    """Speakers ranked by how often they are quoted, then by quoted words; unnamed and unattributed last.

    Named sources come first: they are who the story gives the floor. Descriptions without an
    entity ("an official") are one row each; quotes nobody was found for are one row of their own.
    """
    total = len(a.quotes)
    if not total:
        return []
    groups: dict[tuple[str, str | None], list] = {}
    for q in a.quotes:
        if q.speaker:
            key = ("entity", q.speaker)
        elif q.speaker_name:
            key = ("unnamed", " ".join(q.speaker_name.split()).lower())
        else:
            key = ("unattributed", None)
        groups.setdefault(key, []).append(q)
    out: list[Voice] = []
    for (kind, key), qs in groups.items():
        words = sum(_words(q.text) for q in qs)
        first = min(q.start for q in qs)
        if kind == "entity":
            ent = a.entity(key)
            name = ent.name if ent else (qs[0].speaker_name or "?")
            label_kind = "organisation" if ent and ent.label in _ORG_LABELS else "person"
            out.append(Voice(name, key, ent.role if ent else None, label_kind, len(qs), words, len(qs) / total, first))
        elif kind == "unnamed":
            out.append(Voice(qs[0].speaker_name or "", None, None, "unnamed", len(qs), words, len(qs) / total, first))
        else:
            out.append(Voice("no speaker found", None, None, "unattributed", len(qs), words, len(qs) / total, first))
    order = {"person": 0, "organisation": 0, "unnamed": 1, "unattributed": 2}
    return sorted(out, key=lambda v: (order[v.kind], -v.quotes, -v.words, v.first))


_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def date_of(value: str | None) -> date | None:
    """The first day a timeline value stands for ("2022-02" → 1 Feb 2022); None for other shapes."""
    m = _ISO.match(value or "")
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        return date(y, mo, d)
    except ValueError:
        return None


@dataclass(frozen=True)
class Tick:
    position: float  # 0..1 along the axis
    label: str


@dataclass(frozen=True)
class Placed:
    entry_id: str
    position: float  # 0..1 along the axis
    label: str  # the expression as written
    when: date
    granularity: str | None
    event: str


@dataclass(frozen=True)
class Strip:
    """Dated events on one axis scaled to their span, with ticks in days, months or years."""

    placed: list[Placed]
    ticks: list[Tick]
    unit: str  # "day" | "month" | "year"
    undated: list[str]  # expressions the timeline could not place


def _ticks(lo: date, hi: date, unit: str, most: int) -> list[Tick]:
    span = (hi - lo).days or 1
    if unit == "year":
        years = list(range(lo.year, hi.year + 1))
        step = max(1, -(-len(years) // most))
        points = [(date(y, 1, 1), str(y)) for y in years[::step]]
    elif unit == "month":
        months = [(y, m) for y in range(lo.year, hi.year + 1) for m in range(1, 13)
                  if (y, m) >= (lo.year, lo.month) and (y, m) <= (hi.year, hi.month)]
        step = max(1, -(-len(months) // most))
        points = [(date(y, m, 1), date(y, m, 1).strftime("%b %Y")) for y, m in months[::step]]
    else:
        step = max(1, -(-span // most))
        points = [(date.fromordinal(lo.toordinal() + k), "") for k in range(0, span + 1, step)]
        points = [(d, d.strftime("%d %b")) for d, _ in points]
    return [Tick(min(1.0, max(0.0, (d - lo).days / span)), label) for d, label in points]


def strip(a: Analysis, most_ticks: int = 6) -> Strip:
    """The timeline's dated entries placed on an axis from the earliest to the latest."""
    dated = [(t, date_of(t.date)) for t in a.timeline]
    have = [(t, d) for t, d in dated if d is not None]
    undated = [" ".join(t.expression.split()) for t, d in dated if d is None]
    if not have:
        return Strip([], [], "year", undated)
    lo, hi = min(d for _, d in have), max(d for _, d in have)
    span = (hi - lo).days
    unit = "day" if span <= 62 else "month" if span <= 3 * 366 else "year"
    if unit == "year":
        lo, hi = date(lo.year, 1, 1), date(hi.year, 12, 31)
    elif unit == "month":
        lo = date(lo.year, lo.month, 1)
    width = (hi - lo).days or 1
    placed = [Placed(t.id, (d - lo).days / width, " ".join(t.expression.split()), d, t.granularity,
                     " ".join(t.event.split())) for t, d in sorted(have, key=lambda p: p[1])]
    return Strip(placed, _ticks(lo, hi, unit, most_ticks), unit, undated)


@dataclass(frozen=True)
class Presence:
    """Where in the article one entity is mentioned and quoted, as fractions of its length."""

    name: str
    mentions: list[float]
    quotes: list[float]


def presence(a: Analysis, entity_id: str) -> Presence | None:
    ent = a.entity(entity_id)
    if ent is None:
        return None
    n = max(1, len(a.text))
    return Presence(ent.name, sorted(m.start / n for m in ent.mentions),
                    sorted(q.start / n for q in a.quotes if q.speaker == entity_id))


def marks(fractions: list[float], width: int) -> list[int]:
    """The cells (0..width-1) that fractions of a length fall in, each once, in order."""
    return sorted({min(width - 1, int(f * width)) for f in fractions}) if width > 0 else []
