"""The anchor step: values the rules left open ("the month before the anchor") filled in.

A rule that cannot know its value from the words alone returns an `Open`: the name of a
resolver here and its arguments, e.g. `Open("shift", ("M", -1), "month")` for "last month".
`fill` turns it into a `Timex` against an anchor date, or into an unresolved one of the right
granularity when there is no anchor. So a new publication date re-anchors every expression
without reading the text again, as HeidelTime's UNDEF values are resolved after its rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Callable, Union

from reader.nlp.time import calendar_math as cal
from reader.nlp.time.timex import FUTURE, PAST, Timex, granularity_of


@dataclass(frozen=True)
class Open:
    """A value relative to an anchor: `kind` names a resolver, `args` are its arguments."""

    kind: str
    args: tuple[Any, ...] = ()
    granularity: str | None = None  # what it is when nobody gives an anchor
    type: str = "DATE"
    mod: str | None = None
    suffix: str = ""  # a part of the day ("TNI") after the date the resolver gives

    def __str__(self) -> str:
        return f"{self.kind}{self.args}{self.suffix}"


Reading = Union[Timex, Open]
Resolved = Union[Timex, str, None]
_RESOLVERS: dict[str, Callable[..., Resolved]] = {}
_WITHOUT_ANCHOR: set[str] = set()  # resolvers that have something to say with no anchor at all


def resolver(name: str, without_anchor: bool = False) -> Callable[[Callable[..., Resolved]], Callable[..., Resolved]]:
    def register(fn: Callable[..., Resolved]) -> Callable[..., Resolved]:
        _RESOLVERS[name] = fn
        if without_anchor:
            _WITHOUT_ANCHOR.add(name)
        return fn
    return register


def parse_anchor(published: str | date | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


# Values that need a year the words do not give ("in October", "on June 3", "that Easter") and
# no "last"/"next" that counts from the moment of writing: in a story set in another time they
# take the story's year, as HeidelTime resolves them in narrative documents.
_IN_STORY = {"month": (1, 2), "month_day": (2,), "season": (1, 2), "movable_feast": (1, 2)}


def in_story(reading: Reading) -> Open | None:
    """The reading counted from the story's time, with no tense or "last"/"next" (None when it
    is not a kind the story's time decides, or says "last"/"next")."""
    if not isinstance(reading, Open) or reading.kind not in _IN_STORY:
        return None
    which = {"month": 1, "season": 2, "movable_feast": 1}.get(reading.kind)
    if which is not None and reading.args[which] is not None:
        return None
    args = list(reading.args)
    for i in _IN_STORY[reading.kind]:
        args[i] = None
    return replace(reading, args=tuple(args))


def fill(reading: Reading, anchor: date | None, story: date | None = None) -> Timex | None:
    """The Timex of a reading against `anchor` (the publication date), or against `story` (a
    day in the time the text is telling of) for a month or day with no year. None when,
    anchored, it is no date after all. Raises ValueError/OverflowError past the calendar's ends."""
    if isinstance(reading, Timex):
        return reading
    if story is not None and (storied := in_story(reading)) is not None:
        reading, anchor = storied, story
    if anchor is None and reading.kind not in _WITHOUT_ANCHOR:
        return Timex(None, reading.type, reading.granularity, reading.mod)
    got = _RESOLVERS[reading.kind](anchor, *reading.args)
    if got is None:
        return None
    if isinstance(got, Timex):
        return replace(got, mod=reading.mod) if reading.mod and got.mod is None else got
    return Timex(got + reading.suffix, reading.type, granularity_of(got), reading.mod)


# ---------------------------------------------------------------------------------------------
# resolvers: one per kind of open value


@resolver("shift")
def _shift(a: date, unit: str, n: int) -> str:
    """"last month", "three years ago", "tomorrow": n units from the anchor."""
    return cal.shift(a, unit, n)


@resolver("shift_keeping_day")
def _shift_keeping_day(a: date, unit: str, n: int) -> str:
    """"two years later" than a day is a day."""
    y, mo = cal.add_months(a, n * (12 if unit == "Y" else 1))
    return cal.safe_date(y, mo, a.day).isoformat()


@resolver("year")
def _year(a: date, n: int, rest: str = "") -> str:
    """"June next year", "this time last year", "the fiscal year": the anchor's year plus n."""
    return f"{a.year + n}{rest}"


@resolver("century_year", without_anchor=True)
def _century_year(a: date | None, yy: int, rest: str = "") -> str:
    """"'98", "3/4/98": the century that does not put a two-digit year far in the future."""
    return f"{cal.century_of(a, yy):04d}{rest}"


@resolver("decade_of_century", without_anchor=True)
def _decade_of_century(a: date | None, tens: int) -> str:
    """"the '90s", "the sixties"."""
    return f"{cal.century_of(a, tens * 10) // 10:03d}"


@resolver("decade")
def _decade(a: date, n: int) -> str:
    return f"{a.year // 10 + n:03d}"


@resolver("century")
def _century(a: date, n: int) -> str:
    return f"{a.year // 100 + n:02d}"


@resolver("month")
def _month(a: date, month: int, which: str | None, tense: str | None) -> str:
    """"May", "last May", "next May": which year's."""
    if which == "last":
        y = a.year - 1 if month >= a.month else a.year
    elif which == "next":
        y = a.year + 1 if month <= a.month else a.year
    elif which == "this":
        y = a.year
    else:
        y = cal.nearest_year(a, month, None, tense)
    return f"{y:04d}-{month:02d}"


@resolver("month_day")
def _month_day(a: date, month: int, day: int, tense: str | None, weekday: int | None = None) -> str:
    """"March 8", "Christmas": the year from tense and distance."""
    return f"{cal.nearest_year(a, month, day, tense, weekday):04d}-{month:02d}-{day:02d}"


@resolver("day_of_month")
def _day_of_month(a: date, day: int, tense: str | None) -> str:
    """"the 28th": this month's, or the one before or after by tense."""
    y, mo = a.year, a.month
    if tense == PAST and day > a.day:
        y, mo = cal.add_months(a, -1)
    elif tense == FUTURE and day < a.day:
        y, mo = cal.add_months(a, 1)
    return cal.safe_date(y, mo, day).isoformat()


@resolver("movable_feast")
def _movable_feast(a: date, feast: str, which: str | None, tense: str | None) -> str:
    """"Easter", "last Thanksgiving": the nearest one, or the side tense or "last" puts it on."""
    cands = [feast_day(feast, a.year - 1), feast_day(feast, a.year), feast_day(feast, a.year + 1)]
    if which == "last" or (which is None and tense == PAST):
        d0 = max(c for c in cands if c <= a)
    elif which == "next" or (which is None and tense == FUTURE):
        d0 = min(c for c in cands if c >= a)
    else:
        d0 = min(cands, key=lambda c: abs((c - a).days))
    return d0.isoformat()


def feast_day(feast: str, year: int) -> date:
    if feast == "easter":
        from dateutil.easter import easter

        return easter(year)
    first = date(year, 11, 1)  # Thanksgiving: the fourth Thursday of November
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


@resolver("year_end")
def _year_end(a: date, tense: str | None) -> str:
    """"the end of the year": a past one in the first half of the year is last year's."""
    return str(a.year - 1 if tense == PAST and a.month <= 6 else a.year)


@resolver("weekday")
def _weekday(a: date, wd: int, tense: str | None, which: str | None) -> str:
    return cal.weekday_near(a, wd, tense, which).isoformat()


@resolver("weekend")
def _weekend(a: date, n: int, tense: str | None) -> str:
    """"this weekend", "last weekend", "next weekend"."""
    if n == 0:
        sat = a + timedelta(days=5 - a.weekday()) if a.weekday() < 5 else a
        if tense == PAST and a.weekday() < 5:
            sat -= timedelta(weeks=1)
    elif n < 0:
        sat = a - timedelta(days=(a.weekday() - 5) % 7 or 7)
    else:
        sat = a + timedelta(days=(5 - a.weekday()) % 7 or 7)
    return cal.iso_week(sat) + "-WE"


@resolver("the_weekend")
def _the_weekend(a: date, tense: str | None) -> str:
    """"the weekend": the one ahead when the clause is future, else the one just gone."""
    back = a - timedelta(days=(a.weekday() - 5) % 7)
    fwd = a + timedelta(days=(5 - a.weekday()) % 7)
    return cal.iso_week(fwd if tense == FUTURE else back) + "-WE"


@resolver("season")
def _season(a: date, code: str, tense: str | None, which: str | None) -> str:
    return f"{cal.season_year(a, code, tense, which)}-{code}"


@resolver("quarter")
def _quarter(a: date, q: int, tense: str | None) -> str:
    """"the fourth quarter" in March is last year's, unless the clause looks ahead."""
    y = a.year
    if q > cal.quarter_of(a) and tense != FUTURE:
        y -= 1
    return f"{y}-Q{q}"


@resolver("half")
def _half(a: date, h: int, tense: str | None) -> str:
    y = a.year
    if h == 2 and a.month <= 6 and tense != FUTURE:
        y -= 1
    return f"{y}-H{h}"


@resolver("year_before_quarter")
def _year_before_quarter(a: date, ref: str) -> str:
    """"a year ago" right after a recent quarter: that quarter a year before. A quarter more than
    a year before the anchor is itself a comparison ("from $3 million a year ago"): not again."""
    y, q = int(ref[:4]), int(ref[-1])
    if (a - date(y, 3 * q - 2, 1)).days <= 366 + 92:
        return f"{y - 1}-Q{q}"
    return cal.shift(a, "Y", -1)


@resolver("today_unless_ahead")
def _today_unless_ahead(a: date, direction: str) -> str | None:
    """"two hours ago" is today; "two hours from now" no date worth a line."""
    return a.isoformat() if direction != "from now" else None


@resolver("week_of", without_anchor=True)
def _week_of(a: date | None, inner: Reading) -> Resolved:
    """"the week of March 6": the ISO week of a day."""
    day = fill(inner, a)
    if day is not None and day.value and granularity_of(day.value) == "day":
        return Timex(cal.iso_week(date.fromisoformat(day.value)), "DATE", "week")
    return None


@resolver("at_clock", without_anchor=True)
def _at_clock(a: date | None, inner: Reading, hhmm: str) -> Resolved:
    """"Friday at 9 a.m.": a clock time on a day."""
    day = fill(inner, a)
    if day is None:
        return None
    if day.value is None:
        return Timex(None, "TIME", "day")
    if granularity_of(day.value) == "day":
        return Timex(f"{day.value[:10]}T{hhmm}", "TIME", "day")
    return None


@resolver("dateparser", without_anchor=True)
def _dateparser(a: date | None, s: str, tense: str | None) -> Resolved:
    """dateparser for the odd numeric format the grammar lacks (it knows day-first from month-first)."""
    import re
    from datetime import datetime

    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month"]}
    if a is not None:
        settings["RELATIVE_BASE"] = datetime(a.year, a.month, a.day)
    settings["PREFER_DATES_FROM"] = "future" if tense == FUTURE else "past"
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - a fallback must never break the analysis
        return None
    if parsed is None:
        return None
    has_year = re.search(r"\b(1\d{3}|20\d{2})\b", s) is not None
    if not has_year and a is None:
        return None
    has_day = re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", re.sub(r"\b(1\d{3}|20\d{2})\b", "", s)) is not None
    return parsed.date().isoformat() if has_day else parsed.strftime("%Y-%m")
