"""The byline's people: never a publisher, the site itself, a news agency without a person, a
login form's "Username", a staff credit, a job title or trailing date words."""

from __future__ import annotations

import re

from reader.sources.web.headline import key, names_the_site

# News agencies credited in place of a person.
_AGENCIES = {
    "ap", "associated press", "the associated press", "reuters", "afp", "agence france presse",
    "bloomberg", "upi", "pa", "pa media", "dpa", "ani", "pti", "ians", "xinhua", "tass", "efe", "ansa",
    "kyodo", "yonhap", "cnn", "bbc",
}
# Words that make a credit an organisation, a desk or a role rather than a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|staffs|desk|team|bureau|editorial|editors?|newsroom|wire|wires|services?|media|press|news|"
    r"agency|magazine|sport|sports|reports?|writers?|reporters?|correspondents?|contributors?|columnist|"
    r"username|user|admin|administrator|webmaster|inc|ltd|llc|group|publishing|network|nast)\b",
    re.IGNORECASE,
)
_ADMIN = re.compile(r"admin$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:by|analysis by|opinion by|words by|text|story by|written by|posted by|текст|автор)\s*:?\s+", re.IGNORECASE
)
# Lower-case words a person's name may hold ("Ludwig van Beethoven", "Ana de la Torre").
_PARTICLES = {"van", "von", "der", "den", "del", "della", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das"}
_DATE_WORDS = (
    r"(?:published|updated|posted|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?)"
)
_TRAILING_DATE = re.compile(rf"(?:(?:^|[\s,]+){_DATE_WORDS}\b\.?)+$", re.IGNORECASE)
_ROLE_TAIL = re.compile(r"\s+(?:is an?|is the)\s.*$|,\s.*$", re.IGNORECASE)
_CREDENTIAL = re.compile(r"^[A-Z]{2,5}$")


def _has_common_words(credit: str) -> bool:
    """Lower-case words ("defense ministries") say a phrase, not a name (Latin script only)."""
    return credit.isascii() and any(w.islower() and w not in _PARTICLES and w != "and" for w in credit.split())


def _tidy(name: str, site_names: list[str]) -> str | None:
    name = " ".join(name.split()).strip(" ,;|·-–—")
    name = _LEADING.sub("", name)
    name = _ROLE_TAIL.sub("", name)
    name = _TRAILING_DATE.sub("", name).strip(" ,;|·-–—")
    # "Jill Lawless Associated Press": an agency credited after the person.
    for agency in ("Associated Press", "The Associated Press", "Reuters", "AFP"):
        if name.lower().endswith(" " + agency.lower()):
            name = name[: -len(agency) - 1].strip()
    k = key(name)
    if (
        len(k) < 2
        or k in {"the", "and", "by"}
        or k in _AGENCIES
        or (name.isascii() and name == name.lower())  # a handle ("kevin-r"), not a name
        or _CREDENTIAL.match(name)
        or _ADMIN.search(k)
        or _NOT_A_PERSON.search(name)
        or names_the_site(name, site_names)
        or len(k.split()) > 5
        or name.lower().startswith("the ")  # "The Water Coolest", a publication
        or _has_common_words(name)
    ):
        return None
    return name.title() if name.isupper() else name  # "TOM KRISHER" → "Tom Krisher"


def clean_author(candidates: list[str], site_names: list[str]) -> str | None:
    """The people credited, in order, joined by "; "; None when no person is."""
    site_names = [n for n in site_names if n]
    people: list[str] = []
    for raw in candidates:
        credits = [_ROLE_TAIL.sub("", _LEADING.sub("", c.strip())) for c in (raw or "").split(";")]
        names = [n for c in credits if not _has_common_words(c) for n in re.split(r"\s+and\s+|\s*&\s*", c)]
        for part in names:
            name = _tidy(part, site_names)
            if not name:
                continue
            words = set(key(name).split())
            # "Troy Smith" and "Troy L Smith": one person, the fuller form kept.
            same = [i for i, p in enumerate(people) if words <= set(key(p).split()) or set(key(p).split()) <= words]
            if same:
                i = same[0]
                if len(name) > len(people[i]):
                    people[i] = name
                continue
            people.append(name)
    return "; ".join(people) or None
