"""Timeline dates as a reader says them: "week of 28 Oct 2024", "spring 2025", "December".

The analysis keeps TIMEX-style values ("2024-W44", "2025-SP", "2024-12") because they sort and
compare; people should never have to decode them. Pure functions of the value, no model, no UI,
shared by the sidebar, the palette and the Markdown export so they always say the same thing.
English names are spelled out here rather than taken from strftime, which follows the locale.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
HALVES = {"1": "first half", "2": "second half"}
UNDATED = "undated"

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PERIOD = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _short_day(d: date, omit_year: str | None) -> str:
    """A day as "28 Oct 2024", or "28 Oct" under its own year's header."""
    shown = f"{d.day} {MONTHS[d.month - 1][:3]}"
    return shown if str(d.year) == omit_year else f"{shown} {d.year}"


def _with_year(words: str, year: str, omit_year: str | None) -> str:
    return words if year == omit_year else f"{words} {year}"


def _week_label(m: re.Match, omit_year: str | None) -> str | None:
    year, week, weekend = int(m[1]), int(m[2]), bool(m[3])
    try:
        first = date.fromisocalendar(year, week, 6 if weekend else 1)
    except ValueError:
        return None
    return f"{'weekend' if weekend else 'week'} of {_short_day(first, omit_year)}"


def _period_label(year: str, code: str, omit_year: str | None) -> str:
    if code in SEASONS:
        return _with_year(SEASONS[code], year, omit_year)
    if code[0] == "H":
        return HALVES[code[1]] if year == omit_year else f"{HALVES[code[1]]} of {year}"
    return _with_year(code, year, omit_year)  # "Q3 2024": how news writes quarters


def date_label(value: str | None, omit_year: str | None = None) -> str:
    """A readable label for a timeline value; `omit_year` drops that year where it would repeat
    the header the entry sits under. A value of no known shape is shown as it is."""
    if not value:
        return UNDATED
    v = value.strip()
    if m := _DAY.fullmatch(v):
        try:
            return _short_day(date(int(m[1]), int(m[2]), int(m[3])), omit_year)
        except ValueError:
            return v
    if (m := _MONTH.fullmatch(v)) and 1 <= int(m[2]) <= 12:
        return _with_year(MONTHS[int(m[2]) - 1], m[1], omit_year)
    if m := _WEEK.fullmatch(v):
        return _week_label(m, omit_year) or v
    if m := _PERIOD.fullmatch(v):
        return _period_label(m[1], m[2], omit_year)
    if re.fullmatch(r"\d{4}", v):
        return v
    if re.fullmatch(r"\d{3}", v):
        return f"the {v}0s"
    if re.fullmatch(r"\d{2}", v):
        return f"the {_ordinal(int(v) + 1)} century"
    return v
