"""Calendar periods named by their place in time: halves, the end of the year, a day of this
month, the week of a date, years (fiscal ones too), decades and centuries."""

from __future__ import annotations

import re

from reader.nlp import lexicon
from reader.nlp.time.anchor import Open
from reader.nlp.time.rules.rule import STOP, Built, Context, Example, day_open, rule
from reader.nlp.time.timex import PAST, date_timex
from reader.nlp.time.words import DECADE_WORDS, ORDINALS, UNIT, YEAR


@rule("half of a year", r"h(?P<h>[12]) (?P<y>1\d{3}|20\d{2})|(?P<y2>1\d{3}|20\d{2}) h(?P<h2>[12])",
      examples=[Example("H1 2025", "2025-H1"), Example("2012 H2", "2012-H2")])
def half_of_year(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(f"{m.group('y') or m.group('y2')}-H{m.group('h') or m.group('h2')}", "half")


@rule("this time last year",
      r"(?:this time|(?:the )?same (?:period|time|quarter|month|week|day)|(?:around|about|at) this time|a year ago) last year",
      examples=[Example("this time last year", "2012"), Example("the same period last year", "2012")])
def this_time_last_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("year", (-1,), "year")


@rule("end of the year",
      r"(?:(?:the )?(?:end|close) of (?:the )?year|year[- ]end|end[- ]year|year's end|(?:the )?turn of the year)",
      examples=[Example("the end of the year", "2012", PAST), Example("year's end", "2013")])
def end_of_year(m: re.Match[str], ctx: Context) -> Built:
    """In March, a past "end of the year" is last year's."""
    return Open("year_end", (ctx.tense,), "year", mod="END")


@rule("start or end of this month", r"(?:the )?(?P<p>start|beginning|middle|end|close) of (?:the|this) (?P<u>month|week)",
      examples=[Example("the end of the month", "2013-03"), Example("the start of this week", "2013-W12")])
def edge_of_this_month(m: re.Match[str], ctx: Context) -> Built:
    mod = {"start": "START", "beginning": "START", "middle": "MID"}.get(m.group("p"), "END")
    return Open("shift", (UNIT[m.group("u")], 0), m.group("u"), mod=mod)


@rule("end of a year", r"end[- ](?P<y>1\d{3}|20\d{2})", examples=[Example("end-2012", "2012")])
def end_of_a_year(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(m.group("y"), "year", "END")


@rule("day of this month", r"(?:the )?(?P<d>[0-3]?\d)(?:st|nd|rd|th)",
      examples=[Example("the 28th", "2013-02-28", PAST), Example("the 5th", "2013-04-05", "future")])
def day_of_month(m: re.Match[str], ctx: Context) -> Built:
    """"the 28th": this month's, or the month before when the clause is past and it is ahead."""
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return STOP
    return day_open("day_of_month", (d, ctx.tense))


@rule("week of a date", r"(?:the )?week of (?P<rest>.+)", examples=[Example("the week of March 6", "2013-W10", PAST)])
def week_of(m: re.Match[str], ctx: Context) -> Built:
    inner = ctx.read(m.group("rest"))
    return STOP if inner is None else Open("week_of", (inner,), "week")


@rule("fiscal year number", r"fy ?(?P<y>1\d{3}|20\d{2})", examples=[Example("FY2012", "2012")])
def fiscal_year_number(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(m.group("y"))


@rule("year", r"(?:(?:fiscal|calendar|the year|model year|fy|year)(?: year)? )?" + YEAR + r"(?: fiscal year)?",
      examples=[Example("2019", "2019"), Example("fiscal 1990", "1990"), Example("the year 2000", "2000")])
def year(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(m.group("year"))


@rule("short fiscal year", r"(?:fiscal |fy ?)'?(?P<yy>\d{2})", examples=[Example("fiscal '98", "1998"), Example("FY13", "2013")])
def short_fiscal_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("century_year", (int(m.group("yy")),), "year")


@rule("short year", r"'(?P<yy>\d{2})", examples=[Example("'98", "1998"), Example("'09", "2009")])
def short_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("century_year", (int(m.group("yy")),), "year")


@rule("decade", r"(?:(?P<c>1\d|20)(?P<d>\d)0|'?(?P<d2>\d)0)'?s",
      examples=[Example("the 1990s", "199"), Example("the '80s", "198"), Example("the 1800s", "18")])
def decade(m: re.Match[str], ctx: Context) -> Built:
    if m.group("c"):
        if m.group("d") == "0" and m.group("c") != "20":
            return date_timex(m.group("c"), "century")  # "the 1800s": the nineteenth century
        return date_timex(f"{m.group('c')}{m.group('d')}", "decade")
    return Open("decade_of_century", (int(m.group("d2")),), "decade")


@rule("decade in words", r"(?P<w>" + "|".join(DECADE_WORDS) + r")", examples=[Example("the sixties", "196")])
def decade_in_words(m: re.Match[str], ctx: Context) -> Built:
    return Open("decade_of_century", (DECADE_WORDS[m.group("w")],), "decade")


_CENTURY_WORDS = {k: int(v) for k, v in lexicon.table("century_words").items()}


@rule("century", r"(?P<n>\d{1,2})(?:st|nd|rd|th) century|(?P<w>\w+) century",
      examples=[Example("the 20th century", "19"), Example("the nineteenth century", "18"),
                Example("the last century", "19")])
def century(m: re.Match[str], ctx: Context) -> Built:
    """"the 20th century" is 19xx: TIMEX3 writes a century by its first two digits."""
    if m.group("n"):
        return date_timex(f"{int(m.group('n')) - 1:02d}", "century")
    w = m.group("w") or ""
    step = {"this": 0, "last": -1, "next": 1, "current": 0, "previous": -1}.get(w)
    if step is not None:
        return Open("century", (step,), "century")
    n = {k: v for k, v in ORDINALS.items() if v > 0}.get(w) or _CENTURY_WORDS.get(w)
    return STOP if n is None else date_timex(f"{n - 1:02d}", "century")


@rule("this decade", r"(?P<which>this|last|next|past|previous|current|coming) decade",
      examples=[Example("this decade", "201"), Example("the previous decade", "200")])
def this_decade(m: re.Match[str], ctx: Context) -> Built:
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m.group("which")]
    return Open("decade", (n,), "decade")


RULES = [half_of_year, this_time_last_year, end_of_year, edge_of_this_month, end_of_a_year, day_of_month, week_of,
         fiscal_year_number, year, short_fiscal_year, short_year, decade, decade_in_words, century, this_decade]
