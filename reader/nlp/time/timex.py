"""The TIMEX3 value of an expression (`Timex`) and what its shape says (`granularity_of`).

Shared by the rules, the anchor step and the timeline; nothing here knows the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAST, PRESENT, FUTURE = "past", "present", "future"


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
