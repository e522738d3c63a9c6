"""The vocabulary of English date expressions (word lists from reader/nlp/lexicon), and the regex pieces the rules are written with."""

from __future__ import annotations

import re

from reader.nlp import lexicon

MONTHS = {k: int(v) for k, v in lexicon.table("months").items()}
WEEKDAYS = {k: int(v) for k, v in lexicon.table("weekdays").items()}
SEASONS = dict(lexicon.table("seasons"))
PARTS_OF_DAY = dict(lexicon.table("parts_of_day"))
NUMBERS = {k: int(v) for k, v in lexicon.table("number_words").items()}
VAGUE = lexicon.words("vague_amounts")
ORDINALS = {k: int(v) for k, v in lexicon.table("ordinals").items()}
DECADE_WORDS = {k: int(v) for k, v in lexicon.table("decade_words").items()}
# Fixed-date holidays resolve like a month and day without a year.
HOLIDAYS = {k: tuple(int(n) for n in v.split("-")) for k, v in lexicon.table("fixed_holidays").items()}
UNIT = dict(lexicon.table("time_units"))
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
