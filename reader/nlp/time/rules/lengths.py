"""Lengths of time and repetitions: "three years", "the past two weeks" (DURATION), "every
Thursday", "daily" (SET). They are TIMEX3s for TempEval but no points on the timeline."""

from __future__ import annotations

import re

from reader.nlp import lexicon
from reader.nlp.time.rules.rule import STOP, Built, Context, Example, rule
from reader.nlp.time.timex import Timex
from reader.nlp.time.words import MONTHS, NUM, PARTS_OF_DAY, SEASONS, UNIT, UNITS, WEEKDAYS, format_number, number, unit_of


@rule("duration",
      r"(?:(?:the|a|an) )?(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|just|only|at least|"
      r"at most|up to|another|an additional|an extra|the entire|the whole|all|each of|each of the|for) )?"
      r"(?:(?:the )?(?:past|last|next|coming|first|previous|following|final|remaining|additional|further|recent|latest|"
      r"preceding|ensuing|subsequent|intervening|early|later) )?"
      r"(?:(?:" + NUM + r"|(?P<vague>a few|few|several|some|many|a couple of|a number of|numerous|a dozen))[- ])?"
      r"(?:(?:more|additional|full|straight|consecutive|long|short|trading|business|calendar|working) )?"
      + UNITS + r"(?:[- ](?:long|old|plus|or so|running|and counting))?",
      examples=[Example("three years", "P3Y"), Example("the past two weeks", "P2W"), Example("several days", "PXD"),
                Example("a decade", "P10Y"), Example("24 hours", "PT24H"), Example("a fortnight", "P2W")])
def duration(m: re.Match[str], ctx: Context) -> Built:
    unit_word = m.group("unit")
    unit = unit_of(unit_word)
    plural = unit_word.endswith("s")
    n = number(m.group("num"))
    s = m.string
    if m.group("num") is None and not m.group("vague") and not plural:
        # "the year", "the week", "a day" with no number: a duration only with an article
        if not re.match(r"(?:a|an|one|the (?:past|last|next|previous|first|coming|following)) ", s) and \
                not re.match(r"(?:past|next|first) ", s):
            return STOP
        n = 1
    return Timex(_length(unit, n), "DURATION", None)


def _length(unit: str, n: float | None) -> str:
    if unit == "DE":
        return f"P{format_number(n * 10 if n else None)}Y" if n else "PXDE"
    if unit == "CE":
        return f"P{format_number(n * 100)}Y" if n else "PXC"
    if unit == "FN":
        return f"P{format_number(n * 2 if n else None)}W"
    if unit in ("H", "S"):
        return f"PT{format_number(n)}{unit}"
    if unit == "MIN":
        return f"PT{format_number(n)}M"
    return f"P{format_number(n)}{unit}"


@rule("every", r"(?:every|each|per|a) (?:other |single |few )?(?P<u>\w+)s?",
      examples=[Example("every week", "P1W"), Example("each Thursday", "XXXX-WXX-4"), Example("every summer", "XXXX-SU")])
def every(m: re.Match[str], ctx: Context) -> Built:
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
    return STOP


_HOW_OFTEN = lexicon.table("how_often")


@rule("how often", "(?P<w>" + "|".join(_HOW_OFTEN) + ")", examples=[Example("daily", "P1D"), Example("quarterly", "P1Q")])
def how_often(m: re.Match[str], ctx: Context) -> Built:
    return Timex(_HOW_OFTEN[m.group("w")], "SET", None)


RULES = [duration, every, how_often]
