"""A person's gender for "he"/"she": honorifics and roles, first names, the article's own pronouns."""

from __future__ import annotations

import re

from reader.analysis import Entity
from reader.nlp.entities import roles
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers.names import TITLES


def first_name_gender(name: str, sure: bool = False) -> str | None:
    """'m' or 'f' from the first name of a full name ("Hillary Clinton"), or of a name that is
    only a first name whose gender is sure ("Melanie"); None for a surname alone. With `sure`,
    only a sure first name counts."""
    toks = [t for t in re.findall(r"[A-Za-zÀ-ÿ'-]+", name) if t.lower().rstrip(".") not in TITLES]
    while len(toks) > 2 and roles.is_title(toks[0]):  # "Representative Ann McLane Kuster"
        toks.pop(0)
    if not toks or len(toks[0]) < 2:
        return None
    if (len(toks) < 2 or sure) and not cues.first_name_is_sure(toks[0]):
        return None
    return cues.first_name_gender(toks[0])


def _word_votes(ent: Entity, text: str) -> dict[str, int]:
    """Votes from an honorific or gendered word just before a mention ("Mrs. Lee") and from the
    entity's role ("spokeswoman"), which counts twice."""
    votes = {"m": 0, "f": 0}
    for m in ent.mentions[:12]:
        for w in text[max(0, m.start - 20) : m.start].lower().split()[-1:]:
            if w in cues.MALE_WORDS:
                votes["m"] += 1
            elif w in cues.FEMALE_WORDS:
                votes["f"] += 1
    for w in (ent.role or "").lower().split():
        if w in cues.MALE_WORDS:
            votes["m"] += 2
        elif w in cues.FEMALE_WORDS:
            votes["f"] += 2
    return votes


def gender(ent: Entity, text: str, said: dict[str, int] | None, fuller: list[str]) -> str | None:
    """'m' or 'f': an honorific or gendered role in the article ("Mrs.", "spokeswoman"), else the
    first name's usual gender (of this name or a fuller one with the same surname), else the
    pronouns the article uses for this person ("Scott said he …")."""
    votes = _word_votes(ent, text)
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    if said and not any(first_name_gender(form, sure=True) for form in (ent.name, *ent.aliases, *fuller)):
        # the article's own "Sanders said he …", twice and more, over a first name only mostly
        # one gender ("Bernie"); a sure one ("Melanie") is not outvoted by a "he" about her husband
        # ("Taylor Swift … Swift said she …": once is enough when it is never contradicted)
        m_, f_ = said.get("m", 0), said.get("f", 0)
        if max(m_, f_) >= 2 and max(m_, f_) >= 3 * min(m_, f_) or min(m_, f_) == 0 and max(m_, f_) == 1:
            return "m" if m_ > f_ else "f"
    for form in (ent.name, *ent.aliases, *fuller):
        g = first_name_gender(form)
        if g:
            return g
    if said and said.get("m", 0) != said.get("f", 0):
        return "m" if said.get("m", 0) > said.get("f", 0) else "f"
    return None
