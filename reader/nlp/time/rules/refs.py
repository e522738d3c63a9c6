"""Vague references: "now" (PRESENT_REF), "in the past" (PAST_REF), "soon" (FUTURE_REF), and the
two "the past year" forms that are spans of time up to now, not the calendar year before."""

from __future__ import annotations

import re

from reader.nlp.time.rules.rule import Context, Example, rule, words
from reader.nlp.time.timex import Timex
from reader.nlp.time.words import UNIT


@rule("the past decade", r"(?:the |over the |in the )?(?:past|next|coming|following)(?: few)? decade|the last decade",
      keep_the=True, examples=[Example("over the next decade", "P10Y")])
def past_decade(m: re.Match[str], ctx: Context) -> Timex:
    """"over the next decade": ten years, not the 2020s."""
    return Timex("P10Y", "DURATION", None)


@rule("the past year", r"the (?:last|past) (?P<u>year|month|quarter)", keep_the=True,
      examples=[Example("the past year", "P1Y"), Example("the last month", "P1M")])
def past_year(m: re.Match[str], ctx: Context) -> Timex:
    """"in the last year": the twelve months to now."""
    return Timex(f"P1{UNIT[m.group('u')][0]}", "DURATION", None)


@rule("now", words("now", "right now", "currently", "at present", "at the moment", "presently", "nowadays",
                   "these days", "the present", "present", "this time", "today's", "at this time", "so far", "to date"),
      examples=[Example("now", "PRESENT_REF"), Example("currently", "PRESENT_REF"), Example("these days", "PRESENT_REF")])
def now(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("PRESENT_REF", "DATE", None)


@rule("years ago", r"(?:many |some |several |a few )?(?:years|decades|centuries|months|weeks|days) ago",
      examples=[Example("years ago", "PAST_REF"), Example("many decades ago", "PAST_REF")])
def years_ago(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("PAST_REF", "DATE", None)


@rule("the past", words("past", "recently", "lately", "previously", "formerly", "once", "earlier", "in the past",
                        "at the time", "that time", "then", "before", "long ago", "years ago", "once upon a time"),
      examples=[Example("the past", "PAST_REF"), Example("recently", "PAST_REF")])
def the_past(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("PAST_REF", "DATE", None)


@rule("the future", words("future", "near future", "coming", "later", "soon", "one day", "someday", "eventually",
                          "in the future", "the future", "the near future", "days to come", "years to come",
                          "months to come"),
      examples=[Example("the near future", "FUTURE_REF"), Example("soon", "FUTURE_REF")])
def the_future(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("FUTURE_REF", "DATE", None)


RULES = [past_decade, past_year, now, years_ago, the_past, the_future]
