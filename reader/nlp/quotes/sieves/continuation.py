"""Continuation: a paragraph that opens with a quotation and names no speaker carries on the voice
of the quote that ended the paragraph before.

    “The pier is safe,” Doe said.
    “We checked every beam, twice.”
"""

from __future__ import annotations

from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sentences import paragraph_of

NAME = "continuation"


def continues(text: str, prev: QuoteSpan, s: QuoteSpan, spoken: set[int]) -> bool:
    """Is `s` (opening its paragraph) a continuation of the quote `prev` in the paragraph before?

    Yes when the paragraph before ends with that quote's attribution, and this paragraph
    names no speaker for any of its quotes: a pure continuation of the same voice.
    """
    between = text[prev.end : s.start]
    if between.count("\n") > 2 or "\n" not in between:
        return False
    if paragraph_of(text, s.start)[0] in spoken:
        return False
    tail = between[: between.index("\n")]
    return len(tail) < 250
