"""Reporters of other outlets cited as sources: "as Mara Lindgren reports for NPR", "according to
Lena Ortiz of the New York Times", "NPR's Lindgren".

An aggregated story leans on other outlets' reports and names their reporters. They wrote those
reports; they are not in the story, nor the speakers of what they report. The evidence is in the
text: a news outlet tied to the name ("of the … Times", "… reports for NPR", "NPR's …") and a
citing phrase ("according to", "per", "as … reports", "… reports").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.nlp import lexicon
from reader.nlp.entities.places import fold

NEWS_ENDS = lexicon.words("news_outlet_ends")
_CAPS = r"[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){0,3}"
# "Mara Lindgren reports for NPR", "… writes in The Atlantic": the outlet is named here
WRITES_FOR = re.compile(r"\s+(?:reports|reported|writes|wrote|reporting|writing)\s+(?:for|in)\s+(?:the\s+)?(" + _CAPS + ")")
# "Lena Ortiz of the New York Times", "Ortiz of the Times"
OF_OUTLET = re.compile(r",?\s+(?:of|for|at|from)\s+(?:the\s+|The\s+)?(" + _CAPS + r")")
# "NPR's Lindgren", "The Washington Post's Alex Horton"
OUTLET_S = re.compile(r"(" + _CAPS + r")\s*['’]s\s+(?:[A-Z][\w’'-]*\s+)*$")
# "according to …", "per …", "as … reports", or the report said after the outlet: "… reports"
CITING_BEFORE = re.compile(r"\b(?:according\s+to|per|as|citing|reports?|reported|wrote|writes)\s+(?:[^\s.;]+\s+){0,5}$", re.I)
CITING_AFTER = re.compile(r"\s*,?\s*(?:reports|reported|writes|wrote|notes|noted)\b")


def _outlet(name: str, known: set[str]) -> bool:
    words = fold(name).split()
    return bool(words) and (words[-1] in NEWS_ENDS or " ".join(words) in known)


def _outlets_named(text: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """Outlets the text names as someone's employer: "reports for NPR"."""
    found = set()
    for _, end in spans:
        m = WRITES_FOR.match(text, end)
        if m:
            found.add(fold(m.group(1)))
    return found


def _cited_at(text: str, start: int, end: int, outlets: set[str]) -> bool:
    """Is the name at [start, end) a reporter cited for a report (see the module doc)?"""
    if WRITES_FOR.match(text, end):
        return True
    before = text[max(0, start - 80) : start]
    of = OF_OUTLET.match(text, end)
    if of and _outlet(of.group(1), outlets):
        return bool(CITING_BEFORE.search(before) or CITING_AFTER.match(text, of.end()))
    owner = OUTLET_S.search(before)
    if owner and _outlet(owner.group(1), outlets):
        return bool(CITING_BEFORE.search(before[: owner.start()] + " ") or CITING_AFTER.match(text, end))
    return False


def cited_reporters(text: str, people: list[list[tuple[int, int]]]) -> list[int]:
    """The indices of the people (each given by their mention spans) who are reporters of other
    outlets cited for their reports."""
    outlets = _outlets_named(text, (s for spans in people for s in spans))
    return [k for k, spans in enumerate(people) if any(_cited_at(text, s, e, outlets) for s, e in spans)]


def is_cited_reporter(name: str, text: str) -> bool:
    """The same evidence for a name found outside the tagger (by the speaker resolver)."""
    spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(spans) and bool(cited_reporters(text, [spans]))
