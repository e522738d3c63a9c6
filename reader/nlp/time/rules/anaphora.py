"""Dates counted from the text's own last date ("the following year", "that day", "two days
later", "the previous Friday"): the story's time, not the publication date, where it has one."""

from __future__ import annotations

import re
from datetime import date

from reader.nlp.time import calendar_math as cal
from reader.nlp.time.anchor import Open
from reader.nlp.time.rules.rule import Built, Context, Example, day_open, rule
from reader.nlp.time.timex import Timex, date_timex, granularity_of
from reader.nlp.time.words import NUM, PARTS_OF_DAY, SEASONS, UNIT, WD, WEEKDAYS, number

# How coarse the last date may be for a unit counted from it: a year is enough for "the
# following year", a day is needed for "two days later".
REF_START = {"day": 0, "month": 1, "year": 2, "quarter": 3}
_UNIT_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def ref_date(ref: str | None) -> tuple[date, str] | None:
    """The first day of the text's last date, and its granularity."""
    g = granularity_of(ref)
    if ref is None or g not in REF_START:
        return None
    if g == "day":
        return date.fromisoformat(ref[:10]), g
    if g == "month":
        return date(int(ref[:4]), int(ref[5:7]), 1), g
    if g == "quarter":
        return date(int(ref[:4]), (int(ref[-1]) - 1) * 3 + 1, 1), g
    return date(int(ref[:4]), 1, 1), g


@rule("that season", r"(?:that|the same|that same) (?P<season>spring|summer|fall|autumn|winter)", keep_the=True, anaphoric=True,
      examples=[Example("that summer", "1998-SU", ref="1998-03-02"), Example("that summer", None)])
def that_season(m: re.Match[str], ctx: Context) -> Built:
    """"that summer": the season of the year the story is in."""
    base = ref_date(ctx.ref)
    code = SEASONS[m.group("season")]
    return date_timex(f"{base[0].year}-{code}" if base else None, "season")


@rule("the following weekday", r"(?:the )?(?P<w>previous|preceding|following|next|same) " + WD, keep_the=True, anaphoric=True,
      examples=[Example("the previous Friday", "1989-10-20", ref="1989-10-27", published="1989-10-30"),
                Example("the following Monday", "2013-03-11", ref="2013-03-06"),
                Example("the following Monday", "2013-03-25")])
def following_weekday(m: re.Match[str], ctx: Context) -> Built:
    """"the following Monday": counted from the story's last day, else from the publication."""
    if not (m.string.startswith("the ") or m.group("w") != "next"):
        return None  # "next Monday" is deictic
    which = "last" if m.group("w") in ("previous", "preceding") else "this" if m.group("w") == "same" else "next"
    wd = WEEKDAYS[m.group("wd")]
    base = ref_date(ctx.ref)
    if base and base[1] == "day":
        return date_timex(cal.weekday_near(base[0], wd, None, which).isoformat())
    return day_open("weekday", (wd, None, which))


@rule("that day",
      r"(?:(?:earlier|later|early|late) (?:on )?)?(?P<w>that|the same|same|the following|following|the next|the previous|"
      r"previous|the preceding|preceding|the prior|prior|the succeeding) (?P<u>day|week|month|year|morning|afternoon|evening|night)"
      r"|(?:the )?(?P<u2>day|week|month|year) (?P<w2>before|after|later|earlier)"
      r"|(?:(?:about|around|nearly|almost|some|roughly|just|only) )?(?P<num>" + NUM[8:-1] + r") (?P<u3>days?|weeks?|months?|years?) (?P<w3>later|earlier)",
      keep_the=True, anaphoric=True,
      examples=[Example("the following year", "1996", ref="1995-05-22"), Example("later that year", "1998", ref="1998-06"),
                Example("two days later", "1999-10-25", ref="1999-10-23"), Example("a year earlier", "1988-Q3", ref="1989-Q3"),
                Example("the next day", "2013-03-23"), Example("that night", "1999-10-23TNI", ref="1999-10-23")])
def that_day(m: re.Match[str], ctx: Context) -> Built:
    if m.group("u3"):
        unit_word, n = re.sub(r"s$", "", m.group("u3")), number(m.group("num"))
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
    unplaced = date_timex(None, _UNIT_GRAN[unit], type_="TIME" if part else "DATE")
    base = ref_date(ctx.ref)
    if base is not None and REF_START[base[1]] > {"D": 0, "W": 0, "M": 1, "Y": 3}[unit] and \
            not (base[1] == "quarter" and unit == "Y"):
        return unplaced  # the story's last date is too coarse ("two days later" than a year)
    if base is None:
        if n == 0:
            return unplaced
        keep_day = m.group("u3") and unit in ("Y", "M")
        return Open("shift_keeping_day", (unit, n), _UNIT_GRAN[unit]) if keep_day else \
            Open("shift", (unit, n), _UNIT_GRAN[unit], "TIME" if part else "DATE", suffix=f"T{part}" if part else "")
    d, g = base
    if g == "quarter" and unit == "Y":
        return date_timex(cal.shift(d, "Q", 4 * n), "quarter")
    if m.group("u3") and g == "day" and unit in ("Y", "M"):
        # "a year earlier" than a day is a day: keep the reference's precision.
        y, mo = cal.add_months(d, n * (12 if unit == "Y" else 1))
        return date_timex(cal.safe_date(y, mo, d.day).isoformat())
    value = cal.shift(d, unit, n)
    if part:
        return Timex(f"{value}T{part}", "TIME", "day")
    return date_timex(value)


RULES = [that_season, following_weekday, that_day]
