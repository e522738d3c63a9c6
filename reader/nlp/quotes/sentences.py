"""Paragraphs and sentences on the plain text, for the document-level steps (no Doc there)."""

from __future__ import annotations

import re

from reader.nlp import lexicon
from reader.nlp.quotes.speakers import TITLES


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


_ABBREVIATIONS = lexicon.words("sentence_abbreviations") | frozenset(lexicon.table("title_abbreviations"))


# The word before the stop is taken whole from its start ((?<!\w)): a scan that tried every
# position inside a long word would take time quadratic in its length.
_SENTENCE_END = re.compile(r"(?<!\w)(\w*)[.!?…][”\"'’)]*\s+(?=[“\"‘'(]?[A-Z])")


def sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding `lo` ends (`hi` if it runs on): a stop not after a title or initial."""
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + 2)):
        if m.start() >= hi:
            break
        word = m.group(1)
        if len(word) == 1 and word.isupper() or word.lower() in TITLES or word.lower() in _ABBREVIATIONS:
            continue
        return m.end()
    return hi
