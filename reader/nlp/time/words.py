"""The vocabulary of English date expressions, and the regex pieces the rules are written with."""

from __future__ import annotations

import re

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
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
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
# "this", "last", "next" and their synonyms as a step from the anchor.
WHICH = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}
STEP = {"this": 0, "last": -1, "next": 1}

M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
M_ANON = M.replace("?P<month>", "?:")
WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1\d{3}|20\d{2})"
NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(k) for k in NUMBERS), key=len, reverse=True)) + r")"
UNITS = r"(?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?|seconds?|fortnights?)"


def which_of(word: str | None) -> str | None:
    """"this past" → "last", "coming" → "next"; None when no word was given."""
    return WHICH.get(word or "", word) or None


def unit_of(word: str) -> str:
    """"centuries" → "CE", "weeks" → "W"."""
    return UNIT[re.sub(r"s$", "", word).replace("centurie", "century")]


def number(s: str | None) -> float | None:
    """"three" → 3, "twenty-five" → 25, "2.5" → 2.5; None for vague amounts ("several")."""
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


def format_number(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)
