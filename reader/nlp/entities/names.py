"""Name keys: when two written names are one person ("Donald J. Trump" / "Donald Trump",
"Schröder" / "Schroeder" / "Schroder", "van Gogh" / "Van Gogh").

Entity consolidation clusters people with these; quote speaker resolution uses the same keys,
so a name is matched one way everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.nlp.entities import roles
from reader.nlp.entities.places import fold

ARTICLES = ("the", "a", "an")
# German and Nordic letters are written two ways in English copy: "ö" as "o" or "oe".
_TWO_LETTER = re.compile(r"(?<=[aou])e")
# Slavic endings romanized several ways: "Zelenskiy" / "Zelensky" / "Zelenskii".
_SLAVIC_END = re.compile(r"(?:iy|ii|yi|yy)$")


def name_words(text: str) -> list[str]:
    """Folded name words: "Donald J. Trump" -> ["donald", "j", "trump"]; "Müller" == "muller"."""
    return list(_words_cached(text))


@lru_cache(maxsize=4096)
def _words_cached(text: str) -> tuple[str, ...]:
    return tuple(w for w in fold(text).replace("'s", "").split() if w != "-")


def person_words(text: str) -> list[str]:
    """Name words that match across transliterations: "Schröder", "Schroeder" and "Schroder" all
    give ["schroder"] (a written-out umlaut "oe" is folded like the umlaut itself), "Zelenskiy"
    and "Zelensky" ["zelensky"]."""
    return list(_person_words_cached(text))


@lru_cache(maxsize=4096)
def _person_words_cached(text: str) -> tuple[str, ...]:
    words = (w.replace("ß", "ss") for w in _words_cached(text))  # "Straße" / "Strasse"
    return tuple(_SLAVIC_END.sub("y", _TWO_LETTER.sub("", w)) if len(w) > 3 else w for w in words)


def same_person(a: str, b: str) -> bool:
    """Can two written names be one person? Full names must agree ("Joe Biden" / "Joseph R. Biden",
    "van Gogh" / "Vincent van Gogh" by its tail); a lone surname matches a full name ending in it."""
    wa, wb = core_words(person_words(a)), core_words(person_words(b))
    if not wa or not wb:
        return False
    if len(wa) >= 2 and len(wb) >= 2:
        return compatible_names(person_words(a), person_words(b))
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[-len(short):] == short


def core_words(words: list[str]) -> list[str]:
    """Without suffixes: what first/last-name matching looks at."""
    return [w for w in words if w not in roles.SUFFIXES]


@lru_cache(maxsize=4096)
def core_key(text: str) -> str:
    """The folded name without suffixes, as one string: "donald trump"."""
    return " ".join(w for w in _words_cached(text) if w not in roles.SUFFIXES)


def suffix_of(words: list[str]) -> str:
    return " ".join(w for w in words if w in roles.SUFFIXES)


def compatible_names(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same surname, compatible first names ("Donald J. Trump" /
    "Donald Trump", "J.D. Vance" / "JD Vance", "J. Smith" / "John Smith"), and no two suffixes.
    A suffix on one side only tells a son from his father ("Donald Trump Jr." / "Donald Trump")
    when the rest is the same; written otherwise it is one man ("Daniel Okafor Jr." /
    "Daniel W. Okafor")."""
    ca, cb = core_words(a), core_words(b)
    sa, sb = suffix_of(a), suffix_of(b)
    if not ca or not cb or ca[-1] != cb[-1] or sa != sb and (sa and sb or ca == cb):
        return False
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if len(short) >= 2 and long_[-len(short):] == short:
        return True  # "Guajardo Villarreal" / "Ildefonso Guajardo Villarreal"
    fa, fb = ca[0], cb[0]
    if min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)):
        return True  # "Joe Biden" / "Joseph R. Biden", "Chris" / "Christopher"
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str:
    """'m', 'f' or '' for a first name (the quotes' first-name table, shared so it loads once)."""
    from reader.nlp.quotes import cues

    return cues.first_name_gender(word.strip(".")) or ""


def is_first_name(word: str) -> bool:
    return bool(first_name_gender(word))


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """A first name of either gender or both ("Casey"), or a hyphenated one with such a part
    ("Jo-Wilfried"): that a capitalised word is a name, whatever the pronoun."""
    from reader.nlp.quotes import cues

    w = word.strip(".")
    return bool(w) and (cues.is_known_name(w) or "-" in w and any(cues.is_known_name(p) for p in w.split("-") if p))


def plain_key(text: str) -> str:
    w = core_words(name_words(text))
    while w and w[0] in ARTICLES:
        w.pop(0)
    return " ".join(w)


def strip_article(text: str) -> str:
    head, _, rest = text.partition(" ")
    return rest if head.lower() in ARTICLES and rest else text
