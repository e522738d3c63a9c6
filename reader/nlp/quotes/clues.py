"""The records evidence gathering hands the document-level driver, and the views sieves read.

A sieve reads one block's parse through a `Block` (the Doc, where the quotation marks are) and
one quotation through a `Site` (its tokens, the sentences around it), and returns `Evidence`:
a clue about the speaker, with the name of the sieve that found it. Records never hold the Doc,
so a document's evidence is small and the document-level steps need no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.parse import is_cue
from reader.nlp.quotes.speakers import Mention


@dataclass(frozen=True)
class Evidence:
    """One clue about a quote's speaker (or, with `quote` None, a paragraph ending in a colon).

    `rank`: lower is more certain (0 a verb whose clause holds the quote, a dash or a label; 1 a
    verb beside it, "according to", a speech noun; 2 a colon introduction or the sentence before;
    3 a belief verb). `distance`: tokens between clue and quote.
    """

    quote: QuoteSpan | None
    rule: str  # "verb" | "passive" | "according" | "colon" | "label" | "dash" | "noun" | "before" | "colon_end"
    # | "signoff" (a paragraph after the quote's: "― Jane Doe, Philadelphia.", "That was how Doe put it.")
    cue: str | None
    speaker: Mention | None
    rank: int
    distance: int
    at: int  # character offset of the clue
    sieve: str = ""  # the pattern family that found it; a quote it decides carries this name as its `rule`


@dataclass(frozen=True)
class Verbal:
    """A quote whose words include a verb or a personal pronoun: said by someone, not a term."""

    quote: QuoteSpan


@dataclass(frozen=True)
class Parsed:
    """A block went through the model: quotes with no clue around them may then be scare quotes."""

    start: int


@dataclass(frozen=True)
class Unnamed:
    """An unnamed person of known gender introduced in the text: "one mother", "a local man"."""

    start: int
    end: int
    text: str
    gender: str  # "m" | "f"


@dataclass
class Block:
    """One block's Doc, its character offset in the article, and which tokens are quoted."""

    doc: Any
    offset: int
    spans: list[QuoteSpan]
    quoted: bytearray  # 1 for a token inside a quotation or one of its marks
    ranges: list[tuple[int, int] | None]  # token range of each span (None: not in this Doc)
    title_cache: dict[int, bool] = field(default_factory=dict)  # sentence start → set in headline case?

    @cached_property
    def text(self) -> str:
        return self.doc.text  # Doc.text joins every token on each access: a long block's quotes read it once

    @classmethod
    def of(cls, doc: Any, offset: int, spans: list[QuoteSpan]) -> Block:
        n = len(doc)
        quoted = bytearray(n)
        ranges: list[tuple[int, int] | None] = []
        for span in spans:
            local = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
            if local is None or not len(local):
                ranges.append(None)
                continue
            # the quotation marks themselves belong to the quote
            a = local.start - 1 if local.start > 0 and doc[local.start - 1].is_quote else local.start
            b = local.end + 1 if local.end < n and doc[local.end].is_quote else local.end
            for i in range(a, b):
                quoted[i] = 1
            ranges.append((local.start, local.end))
        return cls(doc, offset, spans, quoted, ranges)


@dataclass
class Site:
    """One quotation in its block: its tokens [qs, qe), the sentences [lo, hi) around it, and the
    tokens of the quote whose heads lie outside it (where it hangs in the parse)."""

    span: QuoteSpan
    qs: int
    qe: int
    lo: int
    hi: int
    roots: list[Any]

    @classmethod
    def of(cls, block: Block, span: QuoteSpan, qs: int, qe: int) -> Site:
        doc, quoted, n = block.doc, block.quoted, len(block.doc)
        lo, hi = doc[qs].sent.start, doc[qe - 1].sent.end
        # "“…?” he asked." split off as its own short sentence by the parser
        if hi < n and all(quoted[i] or doc[i].is_punct for i in range(qe, hi)):
            nxt = doc[hi].sent
            head = range(nxt.start, min(nxt.end, nxt.start + 7))
            if (len(nxt) <= 12 and not any(quoted[i] for i in range(nxt.start, nxt.end))) or any(
                    not quoted[i] and is_cue(doc[i]) == 0 for i in head) or (
                    not quoted[nxt.root.i] and is_cue(nxt.root) == 0 and not quoted[nxt.start]):
                hi = nxt.end
        roots = [t for t in doc[qs:qe] if not (qs <= t.head.i < qe) or t.head.i == t.i]
        return cls(span, qs, qe, lo, hi, roots)

    def distance(self, i: int) -> int:
        """Tokens between token i and the quote."""
        return self.qs - i if i < self.qs else i - self.qe + 1
