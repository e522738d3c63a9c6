"""Country names and codes, so that "US", "U.S." and "the United States" are one place.

The ISO 3166 data comes from pycountry (maintained, offline); only the everyday English short
forms that ISO does not list ("Britain", "America") are added here. Tables are built lazily,
once per process, so a cached open never pays for them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from reader.nlp import lexicon

# Everyday names that ISO 3166 does not carry, mapped to alpha-2 codes.
COMMON_FORMS = dict(lexicon.table("country_common_names"))
# Alpha codes are matched only when written in capitals (with or without dots): "US", "U.S.", "USA".
CODE = re.compile(r"^(?:[A-Z]\.?){2,3}$")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase, no diacritics, no dots, single spaces: the key that spelling variants share."""
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
    return " ".join(text.replace(".", "").split()).lower()


def _database(name: str) -> list[dict[str, str]]:
    """One of pycountry's ISO tables, read straight from its JSON: importing pycountry and
    building its objects costs ~25 ms a process, the JSON ~2 ms."""
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = os.path.join(list(spec.submodule_search_locations)[0], "databases", f"iso{name}.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)[name]
    except (OSError, ValueError, KeyError):
        return []


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded name -> alpha-2, code -> alpha-2, alpha-2 -> display name)."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in _database("3166-1"):
        a2 = c["alpha_2"]
        codes[a2] = a2
        codes[c["alpha_3"]] = a2
        display[a2] = c.get("common_name") or c["name"]
        for n in (c["name"], c.get("official_name"), c.get("common_name")):
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
    """ISO 3166-2 names: states, provinces, capital cities (needed only for a lone word NER
    called a person, so rarely loaded)."""
    return frozenset(r["name"].lower() if r["name"].isascii() and "." not in r["name"] else _fold(r["name"])
                     for r in _database("3166-2"))


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
