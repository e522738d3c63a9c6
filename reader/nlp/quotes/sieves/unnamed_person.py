"""Unnamed person: "he" or "she" right after the article introduces an unnamed person of that
gender stands for that person, not for a named one mentioned earlier; the quote keeps the
description and no speaker.

    Jane Doe's office would not comment. Reporters reached one mother at the school gate.
    “We were never told,” she said.

At block level `find` keeps each indefinite, gendered person ("one mother", "a local man");
at document level `takes_over` gives the pronoun to the latest one when the named person the
resolver chose was not mentioned again after it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from reader.analysis import Entity
from reader.nlp.quotes import cues
from reader.nlp.quotes.clues import Block, Evidence, Unnamed

NAME = "unnamed_person"
_INDEFINITE = frozenset("a an one another".split())
_REACH = 400  # characters: an introduction further back is no longer the one meant
_HASHES: Any = None  # string hashes of the gendered words, made once


def find(block: Block) -> list[Unnamed]:
    found = []
    for i in _gendered_words(block.doc):
        tok = block.doc[i]
        if tok.pos_ != "NOUN" or block.quoted[i] or tok.ent_type_:
            continue
        gender = "f" if tok.lower_ in cues.FEMALE_WORDS else "m" if tok.lower_ in cues.MALE_WORDS else None
        det = next((c for c in tok.children if c.dep_ in ("det", "nummod") and c.i < tok.i), None)
        if gender is None or det is None or det.lower_ not in _INDEFINITE or not _introduced(tok):
            continue
        text = block.text[det.idx : tok.idx + len(tok)]
        found.append(Unnamed(block.offset + det.idx, block.offset + tok.idx + len(tok), text, gender))
    return found


def _introduced(tok: Any) -> bool:
    """Does the phrase bring in someone new, as a subject or an object? Not a name's apposition
    ("Jane Doe, a spokeswoman for Acme,") nor a role ("life as a woman in politics")."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like"):
        return False
    return not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)


def _gendered_words(doc: Any) -> list[int]:
    """Indices of gendered nouns ("mother", "man"), from the Doc's arrays (no Python loop over tokens)."""
    import numpy
    from spacy.attrs import LOWER

    global _HASHES
    if _HASHES is None:
        _HASHES = numpy.array([doc.vocab.strings.add(w) for w in cues.MALE_WORDS | cues.FEMALE_WORDS], dtype="uint64")
    if not len(doc):
        return []
    return numpy.isin(doc.to_array(LOWER), _HASHES).nonzero()[0].tolist()


def takes_over(clue: Evidence, speaker: Entity | None, unnamed: list[Unnamed], unnamed_at: list[int]) -> Unnamed | None:
    """The unnamed person a "he"/"she" clue stands for instead of the named `speaker`, if any."""
    m = clue.speaker
    if speaker is None or m is None or m.kind != "pronoun" or m.head not in ("he", "she"):
        return None
    k = bisect_right(unnamed_at, m.start) - 1
    if k < 0 or m.start - unnamed[k].start > _REACH:
        return None
    intro = unnamed[k]
    if intro.gender != ("m" if m.head == "he" else "f"):
        return None
    if any(intro.end <= s.start < m.start for s in speaker.mentions):
        return None  # the named person came up again after the introduction
    return intro
