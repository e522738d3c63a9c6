"""The TIMEX3 value of an expression (`Timex`), what its shape says (`granularity_of`), and
where it sits on a timeline (`sort_key`, `heading`).

Shared by the rules, the anchor step, the timeline and the UI's timeline tab; nothing here
knows the grammar, so importing it compiles no patterns (the UI imports it on its own thread).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PAST, PRESENT, FUTURE = "past", "present", "future"
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month a TimeML season starts


@dataclass(frozen=True)
class Timex:
    """A normalized expression. `value` is None for a date that needs an anchor nobody gave."""

    value: str | None
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    granularity: str | None = None
    mod: str | None = None

    @property
    def on_timeline(self) -> bool:
        """A point in time a reader can place: not a duration, set, or vague "now"/"the past"."""
        if self.type not in ("DATE", "TIME"):
            return False
        return self.value is None or not self.value.endswith("_REF")


# The shape of a TIMEX3 value, most common first, and the granularity it stands for.
_GRANULARITIES = tuple((re.compile(p), g) for p, g in (
    (r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"), (r"\d{4}", "year"),
    (r"\d{4}-W\d{2}-WE", "weekend"), (r"\d{4}-W\d{2}", "week"), (r"\d{4}-Q\d", "quarter"),
    (r"\d{4}-H\d", "half"), (r"\d{4}-(SP|SU|FA|WI)", "season"), (r"\d{3}", "decade"), (r"\d{2}", "century"),
))


def granularity_of(value: str | None) -> str | None:
    if not value:
        return None
    v = value.split("T")[0] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    for pattern, granularity in _GRANULARITIES:
        if pattern.fullmatch(v):
            return granularity
    return None


def date_timex(value: str | None, gran: str | None = None, mod: str | None = None, type_: str = "DATE") -> Timex:
    """A DATE (or TIME) with its granularity read off the value unless given."""
    return Timex(value, type_, gran or granularity_of(value), mod)


def sort_key(value: str | None) -> tuple[str, int]:
    """Calendar order: a period sorts at its start; the wider period first at a tie."""
    if not value:
        return ("~", 0)
    v = value.split("T")[0]
    rank = {"century": 0, "decade": 1, "year": 2, "half": 3, "season": 4, "quarter": 4, "month": 5, "week": 6,
            "weekend": 7, "day": 8}
    g = granularity_of(v)
    start = v
    if g == "decade":
        start = v + "0"
    elif g == "century":
        start = v + "00"
    elif g in ("week", "weekend"):
        y, w = int(v[:4]), int(v[6:8])
        try:
            start = date.fromisocalendar(y, w, 6 if g == "weekend" else 1).isoformat()
        except ValueError:
            start = v[:4]
    elif g == "quarter":
        start = f"{v[:4]}-{(int(v[-1]) - 1) * 3 + 1:02d}"
    elif g == "half":
        start = f"{v[:4]}-{1 if v.endswith('1') else 7:02d}"
    elif g == "season":
        start = f"{v[:4]}-{SEASON_MONTH[v[-2:]]:02d}"
    return (start, rank.get(g or "", 9))


def heading(value: str | None) -> str:
    """The year header a timeline entry sits under: "2013", "the 1990s", "the 20th century"."""
    g = granularity_of(value)
    if value is None or g is None:
        return "Unresolved"
    if g == "decade":
        return f"the {value}0s"
    if g == "century":
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return value[:4]
