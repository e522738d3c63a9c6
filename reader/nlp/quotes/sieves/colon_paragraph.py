"""Colon paragraph: a paragraph ending in a colon introduces the quotation paragraph after it.

    The mayor's answer came in a letter to the council:
    “We will not close the library.”

At block level `find` keeps the introducing clause; at document level `introduces` hands it to
a quote that opens its paragraph soon after (and has no clue of its own).
"""

from __future__ import annotations

from bisect import bisect_right

from reader.nlp.quotes.clues import Block, Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import is_cue, subject_of

NAME = "colon_paragraph"


def find(block: Block) -> list[Evidence]:
    doc = block.doc
    if not block.text.rstrip().endswith(":") or not len(doc):
        return []
    root = next((tok for tok in doc[-1].sent if tok.dep_ == "ROOT"), None)
    subj = subject_of(root) if root is not None else None
    if subj is None:
        return []
    return [Evidence(None, "colon_end", root.text if is_cue(root) is not None else None,
                     mention_of(subj, block.offset), 2, 0, block.offset + root.idx, NAME)]


def introduces(s: QuoteSpan, colon_ends: list[Evidence], colon_at: list[int]) -> Evidence | None:
    """The colon paragraph closest before a quote opening its line, within 400 characters."""
    i = bisect_right(colon_at, s.start) - 1
    if i >= 0 and 0 < s.start - colon_ends[i].at < 400:
        return colon_ends[i]
    return None
