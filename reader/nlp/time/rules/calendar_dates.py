"""Dates written with the calendar's own names and numbers: "February 24, 2022", "3/4/98",
"May 2010", "March 8", "Christmas", "Easter", "last May", "June next year"."""

from __future__ import annotations

import re

from reader.nlp.time.anchor import Open
from reader.nlp.time.rules.rule import Built, Context, Example, day_open, rule
from reader.nlp.time.timex import PAST, FUTURE, date_timex
from reader.nlp.time.words import DAY, HOLIDAYS, M, M_ANON, MONTHS, ORDINALS, STEP, WD, WEEKDAYS, YEAR, which_of


@rule("ISO date", r"(\d{4})-(\d{2})-(\d{2})", examples=[Example("2013-03-22", "2013-03-22")])
def iso_date(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(m.group(0))


@rule("numeric date", r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})",
      examples=[Example("3/4/2013", "2013-03-04"), Example("12/25/98", "1998-12-25")])
def numeric_date(m: re.Match[str], ctx: Context) -> Built:
    """Month first, as American news writes it; a two-digit year in the century that fits."""
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if y < 100:
        return Open("century_year", (y, f"-{mo:02d}-{d:02d}"), "day")
    return date_timex(f"{y:04d}-{mo:02d}-{d:02d}")


@rule("full date", r"(?:" + WD + r",? )?" + M + r" " + DAY + r",? " + YEAR,
      r"(?:" + WD + r",? )?" + DAY + r" (?:of )?" + M + r",? " + YEAR,
      examples=[Example("February 24, 2022", "2022-02-24"), Example("Friday, 24 February 2022", "2022-02-24")])
def full_date(m: re.Match[str], ctx: Context) -> Built:
    mo, d, y = MONTHS[m.group("month")], int(m.group("day")), int(m.group("year"))
    if 1 <= d <= 31:
        return date_timex(f"{y:04d}-{mo:02d}-{d:02d}")
    return None


@rule("month of a year", M + r",? (?:of )?" + YEAR, examples=[Example("May 2010", "2010-05"), Example("June of 1998", "1998-06")])
def month_of_year(m: re.Match[str], ctx: Context) -> Built:
    return date_timex(f"{int(m.group('year')):04d}-{MONTHS[m.group('month')]:02d}")


@rule("month of a short year", M + r" '(?P<yy>\d{2})", examples=[Example("May '98", "1998-05")])
def month_of_short_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("century_year", (int(m.group("yy")), f"-{MONTHS[m.group('month')]:02d}"), "month")


_MD_PREFIX = r"(?:" + WD + r",? )?(?:(?P<last>this past|last) (?=" + M_ANON + "))?"


@rule("month and day", _MD_PREFIX + M + r" " + DAY, _MD_PREFIX + DAY + r" (?:of )?" + M, _MD_PREFIX + r"(?P<day>\w+) of " + M,
      examples=[Example("March 8", "2013-03-08", PAST), Example("December 8", "2013-12-08", FUTURE),
                Example("last Oct. 23", "2012-10-23"), Example("the first of April", "2013-04-01"),
                Example("Saturday, April 25", "1998-04-25", PAST, published="1998-04-24")])
def month_and_day(m: re.Match[str], ctx: Context) -> Built:
    """A month and day without a year: the year from tense and distance; "last" says past; a
    weekday given with it picks the year whose date falls on it."""
    mo = MONTHS[m.group("month")]
    dtxt = m.group("day")
    d = int(re.sub(r"\D", "", dtxt)) if re.match(r"\d", dtxt) else ORDINALS.get(dtxt)
    if not (d and 1 <= d <= 31):
        return None
    tense = PAST if m.group("last") else ctx.tense
    given_wd = WEEKDAYS[m.group("wd")] if m.group("wd") else None
    return day_open("month_day", (mo, d, tense, given_wd))


_HOLIDAY_NAMES = "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True))
_PLURAL_HOLIDAYS = "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True) if not h.endswith("s"))


@rule("fixed holiday", r"(?P<h>" + _HOLIDAY_NAMES + r")", r"(?P<h>" + _PLURAL_HOLIDAYS + r")s+",
      examples=[Example("Christmas", "2012-12-25", PAST), Example("New Year's Eve", "2012-12-31")])
def fixed_holiday(m: re.Match[str], ctx: Context) -> Built:
    mo, d = HOLIDAYS[m.group("h")]
    return day_open("month_day", (mo, d, ctx.tense))


@rule("movable feast", r"(?:(?P<which>this|last|next) )?(?P<h>easter|thanksgiving)(?: day| sunday)?(?: " + YEAR + r")?",
      examples=[Example("Easter", "2013-03-31", FUTURE), Example("Thanksgiving 1999", "1999-11-25"),
                Example("last Thanksgiving", "2012-11-22")])
def movable_feast(m: re.Match[str], ctx: Context) -> Built:
    """Easter and (American) Thanksgiving move with the year."""
    from reader.nlp.time.anchor import feast_day

    if m.group("year"):
        return date_timex(feast_day(m.group("h"), int(m.group("year"))).isoformat())
    return day_open("movable_feast", (m.group("h"), m.group("which"), ctx.tense))


@rule("month", r"(?:(?P<which>this|last|next|this past|this coming|past|coming) )?" + M,
      examples=[Example("October", "2012-10", PAST), Example("October", "2013-10", FUTURE),
                Example("last June", "2012-06"), Example("next January", "2014-01")])
def month(m: re.Match[str], ctx: Context) -> Built:
    """A month alone: "last"/"next", else the nearest one, tense deciding which side."""
    return Open("month", (MONTHS[m.group("month")], which_of(m.group("which")), ctx.tense), "month")


@rule("month of this year", M + r",? (?:of )?(?P<which>this|last|next) year",
      examples=[Example("June last year", "2012-06"), Example("May of next year", "2014-05")])
def month_of_this_year(m: re.Match[str], ctx: Context) -> Built:
    return Open("year", (STEP[m.group("which")], f"-{MONTHS[m.group('month')]:02d}"), "month")


RULES = [iso_date, numeric_date, full_date, month_of_year, month_of_short_year, month_and_day, fixed_holiday,
         movable_feast, month, month_of_this_year]
