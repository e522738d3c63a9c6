"""Temporal expressions → TIMEX3-style values, against a publication date.

Pure Python (no spaCy): the UI re-resolves a finished `Analysis` with `reresolve` when the reader
sets a publication date, so everything needed lives in the expression, the tense hint the
parser left on the entry, and the anchor date. Values follow TimeML: `2022-02-24`, `2022-02`,
`2019`, `2013-W11`, `2013-Q1`, `2013-SU`, `199` (the 1990s), `19` (the 20th century), durations
`P3Y`, sets, and `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`. dateparser is only a last resort: it
resolves bare months forward and knows nothing of quarters, seasons or decades.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis import TimelineEntry

PAST, PRESENT, FUTURE = "past", "present", "future"

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE = ("a few", "few", "several", "some", "many", "a number of", "numerous", "recent", "the coming",
         "coming", "the past few", "the next few", "the last few")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1, "final": -1}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# Fixed-date holidays resolve like a month and day without a year.
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "new year": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4), "boxing day": (12, 26),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "bastille day": (7, 14),
}
UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
        "quarter": "Q", "hour": "H", "minute": "MIN", "second": "S", "fortnight": "FN", "weekend": "WE",
        "night": "N", "morning": "MO", "afternoon": "AF", "evening": "EV"}

_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(k) for k in NUMBERS), key=len, reverse=True)) + r")"
_UNITS = r"(?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?|seconds?|fortnights?)"
_PREP = re.compile(r"^(?:on|in|at|since|by|until|till|from|during|before|after|as of|through|throughout|of|for|to|within|around|about|circa|c\.)\s+")
_AGE = re.compile(r"\b\d+[- ](?:years?|months?|weeks?)[- ]old\b|\b(?:aged?|ages)\s+\d|\bage of\b|\byears? of age\b"
                  r"|^(?:his|her|their|my|your|our)\b")


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


def _anchor(published: str | date | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


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


# ---------------------------------------------------------------------------------------------
# calendar helpers


def _add_months(d: date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _nearest_year(anchor: date, month: int, day: int | None, tense: str | None, weekday: int | None = None) -> int:
    """The year of a month (and day) written without one. The nearest occurrence, unless the
    verb's tense puts it clearly on the other side of the publication date (a past event two
    months "ahead" is last year's); a weekday given with it ("Saturday, April 25") decides."""
    y = anchor.year
    if tense == PRESENT:
        tense = FUTURE  # "the summit opens March 8", "talks resume in June": news present looks ahead
    if day is None:
        diff = month - anchor.month
        if tense == PAST:
            return y - 1 if diff > 3 else y
        if tense == FUTURE:
            return y + 1 if diff < 0 else y
        return y - 1 if diff >= 6 else y + 1 if diff < -6 else y  # half a year either way: news looks back
    cands = [_safe_date(yy, month, day) for yy in (y - 1, y, y + 1)]
    if weekday is not None:
        fits = [c for c in cands if c.weekday() == weekday and c.day == day]
        if fits:
            return min(fits, key=lambda c: abs((c - anchor).days)).year
    window = 60
    if tense == PAST:
        return max(c for c in cands if (c - anchor).days <= window).year
    if tense == FUTURE:
        return min(c for c in cands if (anchor - c).days <= window).year
    return min(cands, key=lambda c: abs((c - anchor).days)).year


def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        return date(y, m, 28)


def _weekday(anchor: date, wd: int, tense: str | None, which: str | None) -> date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=fwd or 7)
    if which == "this":
        if tense == PAST:
            return anchor - timedelta(days=back)
        return anchor + timedelta(days=fwd)
    if tense == FUTURE:
        return anchor + timedelta(days=fwd)
    if tense == PAST:
        return anchor - timedelta(days=back)
    return anchor - timedelta(days=back) if back <= fwd or back <= 1 else anchor + timedelta(days=fwd)


def _season_year(anchor: date, season: str, tense: str | None, which: str | None) -> int:
    y, m = anchor.year, anchor.month
    start = _SEASON_MONTH[season]
    current = (m - 3) // 3 % 4 == ["SP", "SU", "FA", "WI"].index(season)
    if season == "WI" and m <= 2:
        y -= 1  # January and February belong to the winter that started in December
    if which == "last":
        if current:
            return y - 1
        return y - 1 if start > m else y
    if which == "next":
        return y + 1 if start <= m else y
    if which == "this" or current:
        return y
    if tense == PAST:
        return y - 1 if start > m else y
    if tense == FUTURE:
        return y + 1 if start < m else y
    return y


def _century_of(anchor: date | None, two: int) -> int:
    """Years written '98 or the '90s: the latest century that does not put them in the future."""
    if anchor is None:
        return (1900 if two > 30 else 2000) + two
    base = anchor.year // 100 * 100
    full = base + two
    if anchor and full > anchor.year + 10:
        full -= 100
    return full


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    s = s.strip()
    if s in NUMBERS:
        return NUMBERS[s]
    if s in VAGUE:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and all(p in NUMBERS for p in parts):
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def _fmt_num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)


def _shift(anchor: date, unit: str, n: int) -> str:
    """The value `n` units away from the anchor at that unit's granularity."""
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year + 10 * n:04d}"
    if unit == "M":
        y, m = _add_months(anchor, n)
        return f"{y:04d}-{m:02d}"
    if unit == "W":
        return _week(anchor + timedelta(weeks=n))
    if unit == "FN":
        return _week(anchor + timedelta(weeks=2 * n))
    if unit == "Q":
        y, m = _add_months(anchor, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "CE":
        return f"{anchor.year + 100 * n:04d}"  # "a century ago": the year, as with "a decade ago"
    return (anchor + timedelta(days=n)).isoformat()


# ---------------------------------------------------------------------------------------------
# the expression grammar


_MODS = (
    (r"(?:the )?(?:very )?(?:beginning|start|dawn|outset) of (?:the )?", "START"),
    (r"(?:the )?(?:end|close) of (?:the )?", "END"),
    (r"(?:the )?middle of (?:the )?", "MID"),
    (r"(?:the )?(?:first|second|last|latter|final) (?:half|part) of (?:the )?", None),
    (r"early[- ]", "START"),
    (r"earlier ", None),
    (r"mid[- ]?", "MID"),
    (r"(?:late|later)[- ]", "END"),
    (r"(?:about|around|approximately|roughly|nearly|almost|some|circa|more than|less than|over|"
     r"at least|at most|no more than|no later than|only|just|as early as|as late as|sometime|some time) ", "APPROX"),
)


_SMALL = {w: n for w, n in NUMBERS.items() if " " not in w and w not in ("a", "an", "hundred", "dozen") and n < 100}
_SPELLED_YEAR = re.compile(r"\b(?P<c>nineteen|eighteen|twenty) (?P<y>hundred|oh[- ]\w+|\w+(?:[- ]\w+)?)\b"
                           r"|\btwo thousand(?: and)?(?: (?P<z>\w+(?:[- ]\w+)?))?\b")


def _spelled(m: re.Match[str]) -> str:
    """"nineteen ninety-six" -> "1996" (broadcast transcripts spell years out)."""
    if m.group("c"):
        c = _SMALL[m.group("c")] * 100
        y = m.group("y")
        if y == "hundred":
            return str(c)
        y = re.sub(r"^oh[- ]", "", y)
        parts = re.split(r"[- ]", y)
        if all(p in _SMALL for p in parts) and len(parts) <= 2:
            return str(c + sum(_SMALL[p] for p in parts))
        return m.group(0)
    z = m.group("z")
    if z is None:
        return "2000"
    parts = re.split(r"[- ]", z)
    if all(p in _SMALL for p in parts):
        return str(2000 + sum(_SMALL[p] for p in parts))
    return m.group(0)


def _clean(expr: str) -> str:
    s = _SPELLED_YEAR.sub(_spelled, expr.lower())
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip(" ,.;:!?()[]\"“”")
    s = re.sub(r"'s?$", "", s).strip()
    s = re.sub(r"^(?:an?|its) (?=\d|(?:" + "|".join(MONTHS) + r")\b)", "", s)
    while True:
        t = _PREP.sub("", s)
        if t == s:
            break
        s = t
    return s


def _strip_mods(s: str) -> tuple[str, str | None]:
    mod = None
    changed = True
    while changed:
        changed = False
        for pat, m in _MODS:
            t = re.sub("^" + pat, "", s)
            if t != s and t:
                # "late" alone, "the end" alone, "mid-1990s": keep what remains only when it is something.
                s, mod, changed = t, mod or m, True
                break
    return s, mod


@lru_cache(maxsize=8192)
def normalize(expr: str, published: str | date | None = None, tense: str | None = None,
              ref: str | None = None, fallback: bool = True) -> Timex | None:
    """The TIMEX3 value of an expression, or None when it is not a temporal expression at all
    (an age, a bare number, words with no date in them). `ref` is the last date the text
    mentioned before it: what "the following year" or "that day" count from."""
    s = _clean(expr)
    if not s or _AGE.search(s):
        return None
    anchor = _anchor(published)
    try:
        t = _anaphora(s, ref, anchor) or _normalize(s, anchor, tense)
    except (ValueError, OverflowError):  # "a million days ago": past the calendar's end; not a date to show
        return None
    if t is None:
        core, mod = _strip_mods(re.sub(r"^the ", "", s))
        if core != s:
            try:
                t = _normalize(core, anchor, tense)
            except (ValueError, OverflowError):
                return None
            if t is not None and mod and t.mod is None:
                t = replace(t, mod=mod)
    if t is None and fallback:
        t = _fallback(s, anchor, tense)
    if t is not None and t.granularity is None and t.type in ("DATE", "TIME"):
        t = replace(t, granularity=granularity_of(t.value))
    return t


_ANAPHORA = re.compile(
    r"(?:(?:earlier|later|early|late) (?:on )?)?(?P<w>that|the same|same|the following|following|the next|the previous|"
    r"previous|the preceding|preceding|the prior|prior|the succeeding) (?P<u>day|week|month|year|morning|afternoon|evening|night)"
    r"|(?:the )?(?P<u2>day|week|month|year) (?P<w2>before|after|later|earlier)"
    r"|(?:(?:about|around|nearly|almost|some|roughly|just|only) )?(?P<num>" + _NUM[8:-1] + r") (?P<u3>days?|weeks?|months?|years?) (?P<w3>later|earlier)"
)
_REF_START = {"day": 0, "month": 1, "year": 2, "quarter": 3}


def _ref_date(ref: str | None) -> tuple[date, str] | None:
    g = granularity_of(ref)
    if ref is None or g not in _REF_START:
        return None
    if g == "day":
        return date.fromisoformat(ref[:10]), g
    if g == "month":
        return date(int(ref[:4]), int(ref[5:7]), 1), g
    if g == "quarter":
        return date(int(ref[:4]), (int(ref[-1]) - 1) * 3 + 1, 1), g
    return date(int(ref[:4]), 1, 1), g


def _anaphora(s: str, ref: str | None, anchor: date | None) -> Timex | None:
    """Dates counted from the text's own last date ("the following year", "that day", "two days later")."""
    m = re.fullmatch(r"(?:that|the same|that same) (?P<season>spring|summer|fall|autumn|winter)", s)
    if m:  # "that summer": the season of the year the story is in
        base = _ref_date(ref)
        code = SEASONS[m.group("season")]
        return _date(f"{base[0].year}-{code}" if base else None, "season")
    m = re.fullmatch(r"(?:the )?(?P<w>previous|preceding|following|next|same) " + _WD, s)
    if m and (s.startswith("the ") or m.group("w") != "next"):
        # "the following Monday", "the previous Friday": counted from the story's last day
        base = _ref_date(ref)
        d0 = base[0] if base and base[1] == "day" else anchor
        if d0 is None:
            return _date(None, "day")
        which = "last" if m.group("w") in ("previous", "preceding") else "this" if m.group("w") == "same" else "next"
        return _date(_weekday(d0, WEEKDAYS[m.group("wd")], None, which).isoformat())
    m = _ANAPHORA.fullmatch(s)
    if not m:
        return None
    if m.group("u3"):
        unit_word, n = re.sub(r"s$", "", m.group("u3")), _num(m.group("num"))
        if n is None or not float(n).is_integer():
            return None
        n = int(n) * (1 if m.group("w3") == "later" else -1)
    elif m.group("u2"):
        unit_word, n = m.group("u2"), 1 if m.group("w2") in ("after", "later") else -1
    else:
        unit_word = m.group("u")
        w = m.group("w").replace("the ", "")
        n = 0 if w in ("that", "same") else 1 if w in ("following", "next", "succeeding") else -1
    part = PARTS_OF_DAY.get(unit_word)
    unit = "D" if part else UNIT[unit_word]
    need = {"D": 0, "W": 0, "M": 1, "Y": 3}[unit]
    base = _ref_date(ref)
    if base is not None and _REF_START[base[1]] > need and not (base[1] == "quarter" and unit == "Y"):
        base = None
        if ref is not None:  # the story's last date is too coarse ("two days later" than a year): unplaced
            return _date(None, {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit], type_="TIME" if part else "DATE")
    if base is None:
        if n == 0 or anchor is None:
            return _date(None, {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit], type_="TIME" if part else "DATE")
        base = (anchor, "day")
    d, g = base
    if g == "quarter" and unit == "Y":
        return _date(_shift(d, "Q", 4 * n), "quarter")
    if m.group("u3") and g == "day" and unit in ("Y", "M"):
        # "a year earlier" than a day is a day: keep the reference's precision.
        y, mo = _add_months(d, n * (12 if unit == "Y" else 1))
        return _date(_safe_date(y, mo, d.day).isoformat())
    value = _shift(d, unit, n)
    if part:
        return Timex(f"{value}T{part}", "TIME", "day")
    return _date(value)


def _date(value: str | None, gran: str | None = None, mod: str | None = None, type_: str = "DATE") -> Timex:
    return Timex(value, type_, gran or granularity_of(value), mod)


_CLOCK = (r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midday|midnight)"
          r"(?: (?:gmt|utc|bst|cet|est|edt|cst|cdt|pst|pdt|et|pt|local time))?")


def _clock(s: str) -> str | None:
    """"3:07 p.m. EST" -> "15:07"; "noon" -> "12:00"."""
    s = s.strip()
    if s.startswith(("noon", "midday")):
        return "12:00"
    if s.startswith("midnight"):
        return "24:00"
    m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.group(3).startswith("p") else 0)
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _normalize(s: str, a: date | None, tense: str | None) -> Timex | None:  # noqa: C901 - a grammar
    if re.fullmatch(r"(?:the |over the |in the )?(?:past|next|coming|following)(?: few)? decade|the last decade", s):
        return Timex("P10Y", "DURATION", None)  # "over the next decade": ten years, not the 2020s
    if m := re.fullmatch(r"the (?:last|past) (?P<u>year|month|quarter)", s):
        return Timex(f"P1{UNIT[m.group('u')][0]}", "DURATION", None)  # "in the last year": the twelve months to now
    s = re.sub(r"^the ", "", s)
    if s in ("now", "right now", "currently", "at present", "at the moment", "presently", "nowadays",
             "these days", "the present", "present", "this time", "today's", "at this time", "so far", "to date"):
        return Timex("PRESENT_REF", "DATE", None)
    if re.fullmatch(r"(?:many |some |several |a few )?(?:years|decades|centuries|months|weeks|days) ago", s):
        return Timex("PAST_REF", "DATE", None)
    if s in ("past", "recently", "lately", "previously", "formerly", "once", "earlier", "in the past",
             "at the time", "that time", "then", "before", "long ago", "years ago", "once upon a time"):
        return Timex("PAST_REF", "DATE", None)
    if s in ("future", "near future", "coming", "later", "soon", "one day", "someday", "eventually",
             "in the future", "the future", "the near future", "days to come", "years to come", "months to come"):
        return Timex("FUTURE_REF", "DATE", None)

    # ISO and numeric dates
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s):
        return _date(m.group(0))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s):
        y = int(m.group(3))
        y = _century_of(a, y) if y < 100 else y
        mo, d = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _date(f"{y:04d}-{mo:02d}-{d:02d}")
    # weekday, month day, year  /  day month year  /  month day year
    s2 = re.sub(r"^" + _WD + r",? ", "", s)
    if m := re.fullmatch(_M + r" " + _DAY + r",? " + _YEAR, s2) or re.fullmatch(_DAY + r" (?:of )?" + _M + r",? " + _YEAR, s2):
        mo, d, y = MONTHS[m.group("month")], int(m.group("day")), int(m.group("year"))
        if 1 <= d <= 31:
            return _date(f"{y:04d}-{mo:02d}-{d:02d}")
    if m := re.fullmatch(_M + r",? (?:of )?" + _YEAR, s):
        return _date(f"{int(m.group('year')):04d}-{MONTHS[m.group('month')]:02d}")
    if m := re.fullmatch(_M + r" '(?P<yy>\d{2})", s):
        return _date(f"{_century_of(a, int(m.group('yy'))):04d}-{MONTHS[m.group('month')]:02d}")
    # month and day without a year ("last Oct. 23" is the past one)
    if m := re.match(r"(?:this past|last) (?=" + _M.replace("?P<month>", "?:") + ")", s2):
        s2, tense = s2[m.end():], PAST
    wd_m = re.match(_WD + r",? ", s)
    given_wd = WEEKDAYS[wd_m.group("wd")] if wd_m else None
    if m := re.fullmatch(_M + r" " + _DAY, s2) or re.fullmatch(_DAY + r" (?:of )?" + _M, s2) or \
            re.fullmatch(r"(?P<day>\w+) of " + _M, s2):
        mo = MONTHS[m.group("month")]
        dtxt = m.group("day")
        d = int(re.sub(r"\D", "", dtxt)) if re.match(r"\d", dtxt) else ORDINALS.get(dtxt)
        if d and 1 <= d <= 31:
            if a is None:
                return _date(None, "day")
            y = _nearest_year(a, mo, d, tense, given_wd)
            return _date(f"{y:04d}-{mo:02d}-{d:02d}")
    if s in HOLIDAYS or (s.endswith((" day", " eve")) is False and s.rstrip("s") in HOLIDAYS):
        mo, d = HOLIDAYS.get(s) or HOLIDAYS[s.rstrip("s")]
        if a is None:
            return _date(None, "day")
        return _date(f"{_nearest_year(a, mo, d, tense):04d}-{mo:02d}-{d:02d}")
    if m := re.fullmatch(r"(?:(?P<which>this|last|next) )?(?P<h>easter|thanksgiving)(?: day| sunday)?(?: " + _YEAR + r")?", s):
        y = int(m.group("year")) if m.group("year") else None
        if y is None and a is None:
            return _date(None, "day")
        def _hol(yy: int) -> date:
            if m.group("h") == "easter":
                from dateutil.easter import easter

                return easter(yy)
            first = date(yy, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if y is None:
            assert a is not None
            which = m.group("which")
            cands = [_hol(a.year - 1), _hol(a.year), _hol(a.year + 1)]
            if which == "last" or (which is None and tense == PAST):
                d0 = max(c for c in cands if c <= a)
            elif which == "next" or (which is None and tense == FUTURE):
                d0 = min(c for c in cands if c >= a)
            else:
                d0 = min(cands, key=lambda c: abs((c - a).days))
        else:
            d0 = _hol(y)
        return _date(d0.isoformat())

    # months: "May", "last May", "May this year", "June last year"
    if m := re.fullmatch(r"(?:(?P<which>this|last|next|this past|this coming|past|coming) )?" + _M, s):
        mo = MONTHS[m.group("month")]
        which = (m.group("which") or "").replace("this past", "last").replace("past", "last").replace("this coming", "next").replace("coming", "next") or None
        if a is None:
            return _date(None, "month")
        if which == "last":
            y = a.year - 1 if mo >= a.month else a.year
        elif which == "next":
            y = a.year + 1 if mo <= a.month else a.year
        elif which == "this":
            y = a.year
        else:
            y = _nearest_year(a, mo, None, tense)
        return _date(f"{y:04d}-{mo:02d}")
    if m := re.fullmatch(_M + r",? (?:of )?(?P<which>this|last|next) year", s):
        if a is None:
            return _date(None, "month")
        y = a.year + {"this": 0, "last": -1, "next": 1}[m.group("which")]
        return _date(f"{y:04d}-{MONTHS[m.group('month')]:02d}")

    # halves written H1, periods "last year", the end of a year, a day of this month, the week of a date
    if m := re.fullmatch(r"h(?P<h>[12]) (?P<y>1\d{3}|20\d{2})|(?P<y2>1\d{3}|20\d{2}) h(?P<h2>[12])", s):
        return _date(f"{m.group('y') or m.group('y2')}-H{m.group('h') or m.group('h2')}", "half")
    if re.fullmatch(r"(?:this time|(?:the )?same (?:period|time|quarter|month|week|day)|(?:around|about|at) this time|a year ago) last year", s):
        return _date(None, "year") if a is None else _date(str(a.year - 1))
    if m := re.fullmatch(r"(?:(?:the )?(?:end|close) of (?:the )?year|year[- ]end|end[- ]year|year's end|(?:the )?turn of the year)", s):
        if a is None:
            return _date(None, "year", "END")
        return _date(str(a.year - 1 if tense == PAST and a.month <= 6 else a.year), "year", "END")
    if m := re.fullmatch(r"(?:the )?(?P<p>start|beginning|middle|end|close) of (?:the|this) (?P<u>month|week)", s):
        if a is None:
            return _date(None, m.group("u"))
        mod = {"start": "START", "beginning": "START", "middle": "MID"}.get(m.group("p"), "END")
        return _date(_shift(a, UNIT[m.group("u")], 0), mod=mod)
    if m := re.fullmatch(r"end[- ](?P<y>1\d{3}|20\d{2})", s):
        return _date(m.group("y"), "year", "END")
    if m := re.fullmatch(r"(?:the )?(?P<d>[0-3]?\d)(?:st|nd|rd|th)", s):
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            return None
        if a is None:
            return _date(None, "day")
        y, mo = a.year, a.month
        if tense == PAST and d > a.day:
            y, mo = _add_months(a, -1)
        elif tense == FUTURE and d < a.day:
            y, mo = _add_months(a, 1)
        return _date(_safe_date(y, mo, d).isoformat())
    if m := re.fullmatch(r"(?:the )?week of (?P<rest>.+)", s):
        inner = _normalize(m.group("rest"), a, tense)
        if inner is not None and inner.value and granularity_of(inner.value) == "day":
            return _date(_week(date.fromisoformat(inner.value)), "week")
        return None

    # years
    if m := re.fullmatch(r"fy ?(?P<y>1\d{3}|20\d{2})", s):
        return _date(m.group("y"))
    if m := re.fullmatch(r"(?:(?:fiscal|calendar|the year|model year|fy|year)(?: year)? )?" + _YEAR + r"(?: fiscal year)?", s):
        return _date(m.group("year"))
    if m := re.fullmatch(r"(?:fiscal |fy ?)'?(?P<yy>\d{2})", s):
        return _date(f"{_century_of(a, int(m.group('yy'))):04d}")
    if m := re.fullmatch(r"'(?P<yy>\d{2})", s):
        return _date(f"{_century_of(a, int(m.group('yy'))):04d}")
    # decades and centuries
    if m := re.fullmatch(r"(?:(?P<c>1\d|20)(?P<d>\d)0|'?(?P<d2>\d)0)'?s", s):
        if m.group("c"):
            if m.group("d") == "0" and m.group("c") != "20":
                return _date(m.group("c"), "century")  # "the 1800s": the nineteenth century
            return _date(f"{m.group('c')}{m.group('d')}", "decade")
        full = _century_of(a, int(m.group("d2")) * 10)
        return _date(f"{full // 10:03d}", "decade")
    if m := re.fullmatch(r"(?P<w>" + "|".join(DECADE_WORDS) + r")", s):
        full = _century_of(a, DECADE_WORDS[m.group("w")] * 10)
        return _date(f"{full // 10:03d}", "decade")
    if m := re.fullmatch(r"(?P<n>\d{1,2})(?:st|nd|rd|th) century|(?P<w>\w+) century", s):
        n = int(m.group("n")) if m.group("n") else {"this": 0, "last": -1, "next": 1, "current": 0, "previous": -1}.get(m.group("w") or "", None)
        if n is None:
            n = {k: v for k, v in ORDINALS.items() if v > 0}.get(m.group("w") or "")
            if n is None:
                w = m.group("w")
                words = {"twentieth": 20, "nineteenth": 19, "eighteenth": 18, "twenty-first": 21, "twenty first": 21, "seventeenth": 17, "sixteenth": 16}
                n = words.get(w)
            if n is None:
                return None
            return _date(f"{n - 1:02d}", "century")
        if m.group("n"):
            return _date(f"{n - 1:02d}", "century")
        if a is None:
            return _date(None, "century")
        return _date(f"{a.year // 100 + n:02d}", "century")
    if m := re.fullmatch(r"(?P<which>this|last|next|past|previous|current|coming) decade", s):
        if a is None:
            return _date(None, "decade")
        n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m.group("which")]
        return _date(f"{a.year // 10 + n:03d}", "decade")

    # a clock time with a day: "15:00 GMT Saturday", "Friday at 9 a.m.", "noon Thursday"
    if m := re.fullmatch(r"(?P<clock>" + _CLOCK + r"),?(?: on)? (?P<day>.+)|(?P<day2>.+?),? at (?P<clock2>" + _CLOCK + r")", s):
        day = _normalize(m.group("day") or m.group("day2"), a, tense)
        hhmm = _clock(m.group("clock") or m.group("clock2"))
        if day is not None and hhmm and (day.value is None or granularity_of(day.value) == "day"):
            if day.value is None:
                return _date(None, "day", type_="TIME")
            return Timex(f"{day.value[:10]}T{hhmm}", "TIME", "day")

    # today and its neighbours, parts of days
    rel_day = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2, "this morning": 0,
               "this afternoon": 0, "this evening": 0, "last night": -1, "overnight": 0, "earlier today": 0,
               "later today": 0, "early today": 0, "last evening": -1, "tomorrow night": 1}
    if s in rel_day:
        part = {"tonight": "NI", "last night": "NI", "overnight": "NI", "tomorrow night": "NI", "last evening": "EV"}.get(s)
        part = part or next((v for k, v in PARTS_OF_DAY.items() if s.endswith(k)), None)
        if a is None:
            return _date(None, "day", type_="TIME" if part else "DATE")
        d = (a + timedelta(days=rel_day[s])).isoformat()
        return Timex(d + "T" + part, "TIME", "day") if part else _date(d)
    if m := re.fullmatch(r"(?P<base>today|yesterday|tomorrow) (?P<part>morning|afternoon|evening|night)|"
                         r"(?P<part2>morning|afternoon|evening|night|noon|midday|midnight) (?P<base2>today|yesterday|tomorrow)", s):
        base = m.group("base") or m.group("base2")
        part = m.group("part") or m.group("part2")
        if a is None:
            return _date(None, "day", type_="TIME")
        d = (a + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[base])).isoformat()
        suffix = PARTS_OF_DAY.get(part) or {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[part]
        return Timex(f"{d}T{suffix}", "TIME", "day")
    # weekdays: "Friday", "last Friday", "Friday night", "Friday, March 22"
    if m := re.fullmatch(r"(?:(?P<which>this|last|next|this past|this coming|past|coming|on) )?" + _WD
                         + r"(?: (?P<part>morning|afternoon|evening|night))?", s):
        which = (m.group("which") or "").replace("this past", "last").replace("past", "last").replace("this coming", "next").replace("coming", "next").replace("on", "") or None
        part = PARTS_OF_DAY.get(m.group("part") or "")
        if a is None:
            return _date(None, "day", type_="TIME" if part else "DATE")
        d = _weekday(a, WEEKDAYS[m.group("wd")], tense, which).isoformat()
        return Timex(f"{d}T{part}", "TIME", "day") if part else _date(d)
    if m := re.fullmatch(r"(?P<part>morning|afternoon|evening|night)", s):
        return None

    # this/last/next week, month, year, quarter, weekend, season
    if m := re.fullmatch(r"(?P<which>this|last|next|past|previous|coming|current|following|same|that|latest|the last|the past|this past|this coming|recent|most recent) "
                         r"(?P<unit>year|month|week|weekend|quarter|fortnight)", s):
        which = m.group("which")
        unit = m.group("unit")
        if which in ("past", "the past", "coming", "following", "that", "same") and unit != "weekend":
            if which in ("past", "the past"):
                return Timex(f"P1{UNIT[unit][0]}", "DURATION", None)
            return None
        n = {"this": 0, "current": 0, "last": -1, "the last": -1, "previous": -1, "this past": -1, "latest": -1,
             "recent": -1, "most recent": -1, "next": 1, "this coming": 1, "coming": 1, "past": -1, "the past": -1,
             "following": 1, "same": 0, "that": 0}[which]
        if a is None:
            return _date(None, unit)
        if unit == "weekend":
            if n == 0:
                sat = a + timedelta(days=5 - a.weekday()) if a.weekday() < 5 else a
                if tense == PAST and a.weekday() < 5:
                    sat -= timedelta(weeks=1)
            elif n < 0:
                sat = a - timedelta(days=(a.weekday() - 5) % 7 or 7)
            else:
                sat = a + timedelta(days=(5 - a.weekday()) % 7 or 7)
            return _date(_week(sat) + "-WE", "weekend")
        return _date(_shift(a, UNIT[unit], n))
    if m := re.fullmatch(r"(?:the )?weekend", s):
        if a is None:
            return _date(None, "weekend")
        back = a - timedelta(days=(a.weekday() - 5) % 7)
        fwd = a + timedelta(days=(5 - a.weekday()) % 7)
        sat = fwd if tense == FUTURE else back
        return _date(_week(sat) + "-WE", "weekend")
    if m := re.fullmatch(r"(?:(?P<which>this|last|next|this past|this coming|past|coming) )?(?P<season>spring|summer|fall|autumn|winter)"
                         r"(?:,? (?:of )?(?:" + _YEAR + r"|(?P<wy>this|last|next) year))?", s):
        code = SEASONS[m.group("season")]
        if m.group("year"):
            return _date(f"{m.group('year')}-{code}", "season")
        if a is None:
            return _date(None, "season")
        if m.group("wy"):
            return _date(f"{a.year + {'this': 0, 'last': -1, 'next': 1}[m.group('wy')]}-{code}", "season")
        which = (m.group("which") or "").replace("this past", "last").replace("past", "last").replace("this coming", "next").replace("coming", "next") or None
        return _date(f"{_season_year(a, code, tense, which)}-{code}", "season")
    # quarters and halves
    if m := re.fullmatch(r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal[- ])?quarter"
                         r"(?:,? (?:of )?(?:(?:fiscal )?" + _YEAR + r"|(?P<wy>this|last|next) year))?|q(?P<q>[1-4])(?: (?P<qy>1\d{3}|20\d{2}))?", s):
        q = int(m.group("q")) if m.group("q") else {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                                                     "3rd": 3, "4th": 4, "final": 4, "last": 4}[m.group("ord")]
        if m.group("year") or m.group("qy"):
            return _date(f"{m.group('year') or m.group('qy')}-Q{q}", "quarter")
        if a is None:
            return _date(None, "quarter")
        if m.group("wy"):
            return _date(f"{a.year + {'this': 0, 'last': -1, 'next': 1}[m.group('wy')]}-Q{q}", "quarter")
        y = a.year
        if q > _quarter(a) and tense != FUTURE:
            y -= 1
        return _date(f"{y}-Q{q}", "quarter")
    if m := re.fullmatch(r"(?P<ord>first|second|1st|2nd|latter)[- ]half(?:,? (?:of )?(?:" + _YEAR + r"|(?P<wy>this|last|next) year))?", s):
        h = 1 if m.group("ord") in ("first", "1st") else 2
        if m.group("year"):
            return _date(f"{m.group('year')}-H{h}", "half")
        if a is None:
            return _date(None, "half")
        y = a.year + ({'this': 0, 'last': -1, 'next': 1}[m.group("wy")] if m.group("wy") else 0)
        if not m.group("wy") and h == 2 and a.month <= 6 and tense != FUTURE:
            y -= 1
        return _date(f"{y}-H{h}", "half")
    if m := re.fullmatch(r"(?:(?P<which>this|last|next|current|latest|previous|past|coming) )?(?:fiscal|financial|full|calendar) year", s):
        if a is None:
            return _date(None, "year")
        n = {"this": 0, "current": 0, "last": -1, "latest": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, None: 0}
        return _date(str(a.year + n[m.group("which")]))
    if re.fullmatch(r"(?:earlier|later|early|late) in the year|(?:so far|earlier|later) this year", s):
        return _date(None, "year") if a is None else _date(str(a.year))
    if m := re.fullmatch(r"(?:a )?year[- ](?:ago|earlier)(?: (?P<u>quarter|period|month))?", s):
        if m.group("u") == "quarter" and a is not None:
            return _date(_shift(a, "Q", -4), "quarter")
        if a is None:
            return _date(None, "year")
        return _date(_shift(a, "Y", -1))

    # "three years ago", "a week ago", "two months from now"
    if m := re.fullmatch(r"(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|just|only|barely|at least) )?"
                         r"(?:" + _NUM + r"|(?P<vague>a few|few|several|some|many|a couple of)) (?:more )?" + _UNITS
                         + r" (?P<dir>ago|back|earlier|before|from now|hence|later|after|on|since)", s):
        unit = UNIT[re.sub(r"s$", "", m.group("unit")).replace("centurie", "century")]
        n = _num(m.group("num"))
        d = m.group("dir")
        if d in ("earlier", "before", "later", "after", "on", "since"):
            return None  # relative to another event, not to the publication date
        if unit in ("H", "MIN", "S"):
            if a is None:
                return _date(None, "day")
            return _date(a.isoformat()) if d != "from now" else None
        if n is None or not float(n).is_integer():
            return Timex("PAST_REF" if d in ("ago", "back") else "FUTURE_REF", "DATE", None)
        if a is None:
            return _date(None, {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "year", "CE": "century", "Q": "quarter", "FN": "week"}.get(unit))
        sign = 1 if d in ("from now", "hence") else -1
        return _date(_shift(a, unit, sign * int(n)))

    # durations: "three years", "the past two weeks", "a month", "four-week", "recent years"
    if m := re.fullmatch(r"(?:(?:the|a|an) )?(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|just|only|at least|at most|up to|another|an additional|an extra|the entire|the whole|all|each of|each of the|for) )?"
                         r"(?:(?:the )?(?:past|last|next|coming|first|previous|following|final|remaining|additional|further|recent|latest|preceding|ensuing|subsequent|intervening|early|later) )?"
                         r"(?:(?:" + _NUM + r"|(?P<vague>a few|few|several|some|many|a couple of|a number of|numerous|a dozen))[- ])?(?:(?:more|additional|full|straight|consecutive|long|short|trading|business|calendar|working) )?"
                         + _UNITS + r"(?:[- ](?:long|old|plus|or so|running|and counting))?", s):
        unit_word = m.group("unit")
        unit = UNIT[re.sub(r"s$", "", unit_word).replace("centurie", "century")]
        plural = unit_word.endswith("s")
        n = _num(m.group("num"))
        if m.group("num") is None and not m.group("vague") and not plural:
            # "the year", "the week", "a day" with no number: a duration only with an article
            if not re.match(r"(?:a|an|one|the (?:past|last|next|previous|first|coming|following)) ", s) and not re.match(r"(?:past|next|first) ", s):
                return None
            n = 1
        if m.group("num") is None and (plural or m.group("vague")) and n is None:
            n = None
        if unit == "DE":
            val = f"P{_fmt_num(n * 10 if n else None)}Y" if n else "PXDE"
        elif unit == "CE":
            val = f"P{_fmt_num(n * 100)}Y" if n else "PXC"
        elif unit == "FN":
            val = f"P{_fmt_num(n * 2 if n else None)}W"
        elif unit in ("H", "S"):
            val = f"PT{_fmt_num(n)}{unit}"
        elif unit == "MIN":
            val = f"PT{_fmt_num(n)}M"
        else:
            val = f"P{_fmt_num(n)}{unit}"
        return Timex(val, "DURATION", None)
    # sets
    if m := re.fullmatch(r"(?:every|each|per|a) (?:other |single |few )?(?P<u>\w+)s?", s):
        u = m.group("u")
        if u in UNIT and UNIT[u] in ("Y", "M", "W", "D", "Q", "H"):
            return Timex(f"P1{UNIT[u]}" if UNIT[u] != "H" else "PT1H", "SET", None)
        if u in WEEKDAYS:
            return Timex(f"XXXX-WXX-{WEEKDAYS[u] + 1}", "SET", None)
        if u in MONTHS:
            return Timex(f"XXXX-{MONTHS[u]:02d}", "SET", None)
        if u in SEASONS:
            return Timex(f"XXXX-{SEASONS[u]}", "SET", None)
        if u in PARTS_OF_DAY:
            return Timex(f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", "SET", None)
        return None
    if s in ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "biweekly"):
        return Timex({"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                      "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "quarterly": "P1Q", "biweekly": "P2W"}[s], "SET", None)
    return None


# Only numeric dates go to dateparser (it knows day-first from month-first); on named months the
# grammar above does better and dateparser's first call costs most of a second.
_MONTH_OR_NUMERIC = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _fallback(s: str, a: date | None, tense: str | None) -> Timex | None:
    """dateparser for the odd format the grammar lacks; only when a month name or a numeric date is there."""
    if not _MONTH_OR_NUMERIC.search(s) or len(s) > 40:
        return None
    try:
        from datetime import datetime

        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month"]}
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
    if has_day:
        return _date(parsed.date().isoformat())
    return _date(parsed.strftime("%Y-%m"))


# ---------------------------------------------------------------------------------------------
# finding expressions spaCy misses, and splitting ranges


_SCAN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:early|mid|late)[- ])?(?:" + _M + r" " + r"[0-3]?\d(?:st|nd|rd|th)?(?:,? (?:1\d{3}|20\d{2}))?(?![\d,]\d)"
    r"|[0-3]?\d(?:st|nd|rd|th)? (?:of )?" + _M.replace("?P<month>", "?:") + r"(?:,? (?:1\d{3}|20\d{2}))?"
    r"|" + _M.replace("?P<month>", "?:") + r",? (?:1\d{3}|20\d{2}))"
    r"|(?:(?:this|last|next|this past|this coming) )?" + _WD.replace("?P<wd>", "?:") + r"(?: (?:morning|afternoon|evening|night))?"
    r"|(?:earlier |later |early |late )?(?:this|last|next) (?:week|month|year|quarter|weekend|spring|summer|fall|autumn|winter)"
    r"|(?:(?:early|mid|late)[- ]|the )?(?:1\d|20)\d0s"
    r"|(?:today|yesterday|tomorrow|tonight|now|currently|recently|the (?:near |distant )?future|the past)"
    r"|(?:on|at|by|over|until|since|before|after|around|during|last|this|next) (?P<hol>christmas(?! day| eve)|thanksgiving(?! day)|easter(?! sunday)|halloween)"
    r"|(?:the|a|an|his|her|its|their|our|this|that|whose) (?P<py>1[6-9]\d{2}|20\d{2})(?= [a-z])(?![\d,.]\d)"
    r"|(?:in|since|until|till|by|from|to|through|between|and|during|of|before|after) (?P<bm>january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)"
    r"|(?:christmas (?:day|eve)|thanksgiving day|easter sunday|new year's (?:day|eve)|independence day|valentine's day)"
    r"|(?:" + _NUM.replace("?P<num>", "?:") + r"|a few|several) (?:years?|months?|weeks?|days?|decades?) ago"
    r"|(?:(?:the )?(?:past|last|next|first|coming|previous|recent) )?(?:" + _NUM.replace("?P<num>", "?:")
    + r"|a few|several|a couple of)[- ](?:more )?(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)(?! ago| old|-old| later| earlier)"
    r"|(?:in|since|by|until|from|of|during|before|after|through|between|and|to) (?:(?:early|mid|late)[- ])?(?:1[6-9]\d{2}|20\d{2})(?![\d,.]\d)"
    r")(?!\w)(?!-[a-z])",
)
_NAMES = set(MONTHS) | set(WEEKDAYS)
_SCAN_ANY_CASE = re.compile(_SCAN.pattern, re.IGNORECASE)  # when lowercasing changes the length
_LEAD_PREP = re.compile(r"^(?:in|since|by|until|from|of|during|before|after|through|between|and|to) ", re.IGNORECASE)
_RANGE = re.compile(r"^(?P<a>.*?\S)\s*(?:-|–|—|to|through|until|and|or)\s*(?P<b>\S.*)$", re.IGNORECASE)
_DAY_RANGE = re.compile(r"(?P<a>" + _M + r" [0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?P<y>,? (?:1\d{3}|20\d{2}))?", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b(?P<a>1\d{3}|20\d{2})\s*[-–/]\s*(?P<b>\d{2}|1\d{3}|20\d{2})\b")


def scan(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that look like dates by form alone: what a statistical tagger misses."""
    out = []
    # Matched on the lowercased text: a case-insensitive pattern this size is twice as slow.
    low = text.lower()
    for m in (_SCAN.finditer(low) if len(low) == len(text) else _SCAN_ANY_CASE.finditer(text)):
        s, e = m.start(), m.end()
        if m.group("hol") and not text[s:e].lower().startswith(("last", "this", "next")):
            s = m.start("hol")
        if m.group("py"):
            s = m.start("py")  # "his 2007 presidential campaign": the year
        if m.group("bm"):
            s = m.start("bm")  # "in May": the month, found only capitalized (checked below)
        if text[e - 1] == "." and re.search(r"\w{5,}\.$", text[s:e]):
            e -= 1  # a sentence's full stop, not an abbreviation's ("Wed.")
        lead = _LEAD_PREP.match(text[s:e])
        if lead and re.search(r"\d{4}$", text[s:e]):
            s += lead.end()
        if text[s:e].lower() in ("sun", "sat", "wed", "mar", "jan", "dec", "sept", "mon", "fri") or \
                text[s:e].lower() in ("may", "march") and not m.group("bm"):
            continue  # a bare month or abbreviation that is also a common word
        if any(w.lower().rstrip(".") in _NAMES and w[0].islower() for w in re.findall(r"[A-Za-z]+\.?", text[s:e])):
            continue  # "in the sun." is not Sunday: names of months and days are capitalized
        out.append((s, e))
    return out


def split(expr: str) -> list[tuple[int, int, str | None]]:
    """Where one tagged expression holds several dates ("2009-2010", "1957-58", "March 2 to
    March 5"), their spans and, where the text alone is not the date, what to read it as."""
    m = _YEAR_RANGE.search(expr)
    if m:
        a, b = m.group("a"), m.group("b")
        full_b = a[:2] + b if len(b) == 2 else b
        if int(full_b) > int(a):
            return [(m.start("a"), m.end("a"), None), (m.start("b"), m.end("b"), full_b if len(b) == 2 else None)]
    m = _DAY_RANGE.fullmatch(expr)
    if m:  # "March 3-5": the second day takes the first's month
        return [(m.start("a"), m.end("a"), None), (m.start("d2"), m.end("d2"), f"{m.group('month')} {m.group('d2')}")]
    m = _RANGE.match(expr)
    if m:
        ta, tb = normalize(m.group("a")), normalize(m.group("b"))
        if ta and tb and ta.type in ("DATE", "TIME") and tb.type in ("DATE", "TIME") and ta.on_timeline and tb.on_timeline:
            return [(m.start("a"), m.end("a"), None), (m.start("b"), m.end("b"), None)]
    return [(0, len(expr), None)]


# ---------------------------------------------------------------------------------------------
# timeline entries from an Analysis alone


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
        start = f"{v[:4]}-{_SEASON_MONTH[v[-2:]]:02d}"
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


def entry_date(t: Timex) -> tuple[str | None, str | None]:
    """The (date, granularity) a timeline entry shows for a normalized expression."""
    if t.value is None:
        return None, t.granularity
    v = t.value
    if "T" in v and re.match(r"\d{4}-\d{2}-\d{2}T", v):
        v = v.split("T")[0]
    g = granularity_of(v)
    if g is None:
        return None, t.granularity
    return v, g


def order(entries: list["TimelineEntry"]) -> list["TimelineEntry"]:
    """Dated entries in calendar order, then the unresolved ones in reading order; ids follow."""
    dated = sorted((e for e in entries if e.date), key=lambda e: (sort_key(e.date), e.start))
    rest = sorted((e for e in entries if not e.date), key=lambda e: e.start)
    return [replace(e, id=f"t{i}") for i, e in enumerate(dated + rest, 1)]


def next_ref(ref: str | None, t: Timex) -> str | None:
    """The reference date after an expression: the last placed date of day to year size."""
    if t.value and t.type in ("DATE", "TIME"):
        v = t.value.split("T")[0] if re.match(r"\d{4}-\d{2}-\d{2}T", t.value) else t.value
        if granularity_of(v) in _REF_START:
            return v
    return ref


def reresolve(entries: list["TimelineEntry"], text: str, published: str | None) -> list["TimelineEntry"]:
    """The same entries against another publication date (the reader pressed `d`)."""
    out = []
    ref = None
    for e in sorted(entries, key=lambda e: e.start):
        expr = text[e.start : e.end] if 0 <= e.start < e.end <= len(text) else e.expression
        t = normalize(expr, published, getattr(e, "tense", None), ref)
        if t is None:
            out.append(e)
            continue
        ref = next_ref(ref, t)
        d, g = entry_date(t)
        out.append(replace(e, date=d, granularity=g))
    return order(out)
