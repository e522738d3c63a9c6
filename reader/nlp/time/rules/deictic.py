"""Expressions counted from the moment of writing: "yesterday", "Friday at 9 a.m.", "last week",
"this summer", "the fourth quarter", "a year ago", "three years ago"."""

from __future__ import annotations

import re

from reader.nlp import lexicon
from reader.nlp.time.anchor import Open
from reader.nlp.time.rules.rule import STOP, Built, Context, Example, day_open, rule
from reader.nlp.time.timex import FUTURE, PAST, Timex, granularity_of
from reader.nlp.time.words import NUM, PARTS_OF_DAY, SEASONS, STEP, UNITS, UNIT, WD, WEEKDAYS, YEAR, number, unit_of, which_of

_CLOCK = (r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midday|midnight)"
          r"(?: (?:gmt|utc|bst|cet|est|edt|cst|cdt|pst|pdt|et|pt|local time))?")


def clock(s: str) -> str | None:
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


@rule("clock time on a day", r"(?P<clock>" + _CLOCK + r"),?(?: on)? (?P<day>.+)|(?P<day2>.+?),? at (?P<clock2>" + _CLOCK + r")",
      examples=[Example("15:00 GMT Saturday", "2013-03-23T15:00", FUTURE), Example("Friday at 9 a.m.", "2013-03-22T09:00", PAST)])
def clock_on_day(m: re.Match[str], ctx: Context) -> Built:
    day = ctx.read(m.group("day") or m.group("day2"))
    hhmm = clock(m.group("clock") or m.group("clock2"))
    if day is None or not hhmm:
        return None
    if isinstance(day, Open):
        return Open("at_clock", (day, hhmm), "day", "TIME")
    if day.value is None:
        return Timex(None, "TIME", "day")
    return Timex(f"{day.value[:10]}T{hhmm}", "TIME", "day") if granularity_of(day.value) == "day" else None


_REL_DAY = {k: int(v) for k, v in lexicon.table("relative_days").items()}
_REL_PART = lexicon.table("relative_day_parts")


@rule("today and its neighbours", "(?P<w>" + "|".join(re.escape(w) for w in sorted(_REL_DAY, key=len, reverse=True)) + ")",
      examples=[Example("yesterday", "2013-03-21"), Example("tonight", "2013-03-22TNI"), Example("this morning", "2013-03-22TMO")])
def today(m: re.Match[str], ctx: Context) -> Built:
    w = m.group("w")
    part = _REL_PART.get(w) or next((v for k, v in PARTS_OF_DAY.items() if w.endswith(k)), None)
    return day_open("shift", ("D", _REL_DAY[w]), part)


@rule("part of a named day", r"(?P<base>today|yesterday|tomorrow) (?P<part>morning|afternoon|evening|night)|"
      r"(?P<part2>morning|afternoon|evening|night|noon|midday|midnight) (?P<base2>today|yesterday|tomorrow)",
      examples=[Example("yesterday afternoon", "2013-03-21TAF"), Example("tomorrow morning", "2013-03-23TMO")])
def part_of_named_day(m: re.Match[str], ctx: Context) -> Built:
    base = m.group("base") or m.group("base2")
    part = m.group("part") or m.group("part2")
    suffix = PARTS_OF_DAY.get(part) or {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[part]
    return day_open("shift", ("D", {"today": 0, "yesterday": -1, "tomorrow": 1}[base]), suffix)


@rule("weekday", r"(?:(?P<which>this|last|next|this past|this coming|past|coming|on) )?" + WD
      + r"(?: (?P<part>morning|afternoon|evening|night))?",
      examples=[Example("Thursday", "2013-03-21", PAST), Example("Thursday", "2013-03-28", FUTURE),
                Example("last Friday", "2013-03-15"), Example("Friday night", "2013-03-22TNI", PAST)])
def weekday(m: re.Match[str], ctx: Context) -> Built:
    """A day of the week: "last"/"next" step over this week; else tense picks the side."""
    which = None if m.group("which") == "on" else which_of(m.group("which"))
    part = PARTS_OF_DAY.get(m.group("part") or "")
    return day_open("weekday", (WEEKDAYS[m.group("wd")], ctx.tense, which), part)


@rule("part of the day alone", r"(?P<part>morning|afternoon|evening|night)", examples=[Example("the morning", None)])
def part_of_day_alone(m: re.Match[str], ctx: Context) -> Built:
    """"the morning" alone says no day."""
    return STOP


_UNIT_STEP = {k: int(v) for k, v in lexicon.table("unit_steps").items()}


@rule("this or last unit", r"(?P<which>" + "|".join(sorted(_UNIT_STEP, key=len, reverse=True)) + r") "
      r"(?P<unit>year|month|week|weekend|quarter|fortnight)",
      examples=[Example("last month", "2013-02"), Example("next week", "2013-W13"), Example("this weekend", "2013-W12-WE"),
                Example("last year", "2012")])
def this_unit(m: re.Match[str], ctx: Context) -> Built:
    which, unit = m.group("which"), m.group("unit")
    if which in ("past", "the past", "coming", "following", "that", "same") and unit != "weekend":
        if which in ("past", "the past"):
            return Timex(f"P1{UNIT[unit][0]}", "DURATION", None)
        return STOP
    n = _UNIT_STEP[which]
    if unit == "weekend":
        return Open("weekend", (n, ctx.tense), "weekend")
    return Open("shift", (UNIT[unit], n), unit)


@rule("the weekend", r"(?:the )?weekend", examples=[Example("the weekend", "2013-W11-WE", PAST)])
def the_weekend(m: re.Match[str], ctx: Context) -> Built:
    return Open("the_weekend", (ctx.tense,), "weekend")


@rule("season", r"(?:(?P<which>this|last|next|this past|this coming|past|coming) )?(?P<season>spring|summer|fall|autumn|winter)"
      r"(?:,? (?:of )?(?:" + YEAR + r"|(?P<wy>this|last|next) year))?",
      examples=[Example("summer 2010", "2010-SU"), Example("last summer", "2012-SU"), Example("summer", "2012-SU", PAST),
                Example("winter next year", "2014-WI")])
def season(m: re.Match[str], ctx: Context) -> Built:
    code = SEASONS[m.group("season")]
    if m.group("year"):
        return Timex(f"{m.group('year')}-{code}", "DATE", "season")
    if m.group("wy"):
        return Open("year", (STEP[m.group("wy")], f"-{code}"), "season")
    return Open("season", (code, ctx.tense, which_of(m.group("which"))), "season")


_QUARTERS = {k: int(v) for k, v in lexicon.table("quarter_ordinals").items()}


@rule("quarter", "(?P<ord>" + "|".join(_QUARTERS) + r")[- ](?:fiscal[- ])?quarter"
      r"(?:,? (?:of )?(?:(?:fiscal )?" + YEAR + r"|(?P<wy>this|last|next) year))?|q(?P<q>[1-4])(?: (?P<qy>1\d{3}|20\d{2}))?",
      examples=[Example("the third quarter of 2012", "2012-Q3"), Example("the first quarter", "2013-Q1"),
                Example("the fourth quarter", "2012-Q4"), Example("Q4", "2012-Q4")])
def quarter(m: re.Match[str], ctx: Context) -> Built:
    q = int(m.group("q")) if m.group("q") else _QUARTERS[m.group("ord")]
    if m.group("year") or m.group("qy"):
        return Timex(f"{m.group('year') or m.group('qy')}-Q{q}", "DATE", "quarter")
    if m.group("wy"):
        return Open("year", (STEP[m.group("wy")], f"-Q{q}"), "quarter")
    return Open("quarter", (q, ctx.tense), "quarter")


@rule("half", r"(?P<ord>first|second|1st|2nd|latter)[- ]half(?:,? (?:of )?(?:" + YEAR + r"|(?P<wy>this|last|next) year))?",
      examples=[Example("the first half of 2012", "2012-H1"), Example("the second half", "2012-H2")])
def half(m: re.Match[str], ctx: Context) -> Built:
    h = 1 if m.group("ord") in ("first", "1st") else 2
    if m.group("year"):
        return Timex(f"{m.group('year')}-H{h}", "DATE", "half")
    if m.group("wy"):
        return Open("year", (STEP[m.group("wy")], f"-H{h}"), "half")
    return Open("half", (h, ctx.tense), "half")


# "this"/"last"/"next" fiscal year steps as a unit does (no word: this year).
@rule("fiscal year", r"(?:(?P<which>this|last|next|current|latest|previous|past|coming) )?(?:fiscal|financial|full|calendar) year",
      examples=[Example("the current fiscal year", "2013"), Example("the latest fiscal year", "2012")])
def fiscal_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("year", (_UNIT_STEP.get(m.group("which"), 0),), "year")


@rule("earlier this year", r"(?:earlier|later|early|late) in the year|(?:so far|earlier|later) this year",
      examples=[Example("earlier this year", "2013"), Example("earlier in the year", "2013")])
def earlier_this_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("year", (0,), "year")


@rule("a year ago", r"(?:a )?year[- ](?:ago|earlier)(?: (?P<u>quarter|period|month))?",
      examples=[Example("a year ago", "2012"), Example("year-ago quarter", "2012-Q1"),
                Example("a year ago", "2011-Q3", ref="2012-Q3"), Example("the year-earlier period", "2011-Q4", ref="2012-Q4")])
def a_year_ago(m: re.Match[str], ctx: Context) -> Built:
    """A year back from the writing; right after a quarter ("profit rose in the third quarter
    from $3 million a year ago"), the same quarter a year before, as business news compares."""
    if ctx.ref and granularity_of(ctx.ref) == "quarter" and m.group("u") in (None, "quarter", "period"):
        return Open("year_before_quarter", (ctx.ref,), "quarter")
    if m.group("u") == "quarter":
        return Open("shift", ("Q", -4), "year")
    return Open("shift", ("Y", -1), "year")


_GRAN = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "year", "CE": "century", "Q": "quarter", "FN": "week"}


@rule("units ago", r"(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|just|only|barely|at least) )?"
      r"(?:" + NUM + r"|(?P<vague>a few|few|several|some|many|a couple of)) (?:more )?" + UNITS
      + r" (?P<dir>ago|back|earlier|before|from now|hence|later|after|on|since)",
      examples=[Example("three years ago", "2010"), Example("a decade ago", "2003"), Example("two weeks from now", "2013-W14"),
                Example("2.5 years ago", "PAST_REF"), Example("a century ago", "1913")])
def units_ago(m: re.Match[str], ctx: Context) -> Built:
    """Counted from the publication date; "two days later" counts from an event (see anaphora)."""
    unit = unit_of(m.group("unit"))
    n = number(m.group("num"))
    d = m.group("dir")
    if d in ("earlier", "before", "later", "after", "on", "since"):
        return STOP  # relative to another event, not to the publication date
    if unit in ("H", "MIN", "S"):
        return Open("today_unless_ahead", (d,), "day")
    if n is None or not float(n).is_integer():
        return Timex("PAST_REF" if d in ("ago", "back") else "FUTURE_REF", "DATE", None)
    sign = 1 if d in ("from now", "hence") else -1
    return Open("shift", (unit, sign * int(n)), _GRAN.get(unit))


RULES = [clock_on_day, today, part_of_named_day, weekday, part_of_day_alone, this_unit, the_weekend, season, quarter,
         half, fiscal_year, earlier_this_year, a_year_ago, units_ago]
