"""Country names and codes, so that "US", "U.S." and "the United States" are one place.

The ISO 3166 data comes from pycountry (maintained, offline); only the everyday English short
forms that ISO does not list ("Britain", "America") are added here. Tables are built lazily,
once per process, so a cached open never pays for them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Everyday names that ISO 3166 does not carry, mapped to alpha-2 codes.
COMMON_FORMS = {
    "britain": "GB", "great britain": "GB", "england": "GB", "america": "US", "united states of america": "US",
    "the states": "US", "holland": "NL", "russia": "RU", "south korea": "KR", "north korea": "KP",
    "czech republic": "CZ", "ivory coast": "CI", "vatican": "VA", "burma": "MM", "turkey": "TR",
    "congo": "CD", "the congo": "CD", "palestine": "PS", "uae": "AE", "emirates": "AE",
}
# Alpha codes are matched only when written in capitals (with or without dots): "US", "U.S.", "USA".
CODE = re.compile(r"^(?:[A-Z]\.?){2,3}$")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase, no diacritics, no dots, single spaces: the key that spelling variants share."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace(".", "").replace("’", "'")
    return re.sub(r"\s+", " ", plain).strip().lower()


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded name -> alpha-2, code -> alpha-2, alpha-2 -> display name)."""
    import pycountry  # deferred: only when an analysis consolidates places

    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        a2 = c.alpha_2
        codes[a2] = a2
        codes[c.alpha_3] = a2
        short = getattr(c, "common_name", None) or c.name
        display[a2] = short
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if not n:
                continue
            names.setdefault(fold(n), a2)
            if ", " in n:  # "Iran, Islamic Republic of" is also "Islamic Republic of Iran"
                head, tail = n.split(", ", 1)
                names.setdefault(fold(f"{tail} {head}"), a2)
                names.setdefault(fold(head), a2)
    for form, a2 in COMMON_FORMS.items():
        names.setdefault(fold(form), a2)
    codes.setdefault("UK", "GB")
    return names, codes, display


@cache
def _subdivisions() -> frozenset[str]:
    """ISO 3166-2 names, read straight from pycountry's JSON (5 ms; its objects take 30)."""
    import json
    import os

    import pycountry

    with open(os.path.join(pycountry.DATABASE_DIR, "iso3166-2.json"), encoding="utf-8") as f:
        rows = json.load(f)["3166-2"]
    return frozenset(fold(r["name"]) for r in rows)


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country named or abbreviated in `text`, else None."""
    names, codes, _ = _countries()
    t = text.strip()
    if t.lower().startswith("the "):
        t = t[4:]
    if CODE.match(t):
        return codes.get(t.replace(".", ""))
    return names.get(fold(t))


def country_name(code: str) -> str:
    """A reader-friendly English name for an alpha-2 code ("GB" -> "United Kingdom")."""
    return _countries()[2].get(code, code)


def is_place_name(text: str) -> bool:
    """True for a country or an ISO 3166-2 subdivision (state, province, capital city)."""
    return country_code(text) is not None or fold(text) in _subdivisions()
