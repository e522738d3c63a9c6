"""Paragraphs longer than the parser takes, cut into pieces whose offsets stay in the article.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters, error E088), and the parser's
memory grows with the text it is given. A prose block over `MAX_CHARS` is cut into pieces of
the same kind: at the last sentence end outside any quotation in the second half of the
window, else at the last space, else anywhere. Each piece is a `Block` into the same text, so
every offset the collectors produce still points at the article as shown.

A block that long is no paragraph a writer made (a text without breaks, a dump), and parsing a
million characters of it takes a minute. Of such cut blocks, `FULL_CUT_CHARS` characters per
article get the full analysis; the pieces after get the light pass (`reader/nlp/light.py`),
which `Analysis.reduced` records. Paragraphs under `MAX_CHARS` are always analysed in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from reader.article import Block

# Beyond any real paragraph (a long one is ~3,000 characters), far under spaCy's max_length.
MAX_CHARS = 10_000
# Characters in one nlp.pipe batch: the parser holds ~3.5 KB per character of a batch in flight,
# so a batch of 32 long pieces would take a gigabyte; 32 real paragraphs stay under this.
BATCH_CHARS = 60_000
# Characters of cut blocks given the full analysis, per article (~8,000 words, longer than most
# whole articles): ~1.8 s of CPU, so a paragraph of 1,000,001 characters is exported in ~7 s of
# CPU and under 350 MB, model load included (benchmarks/large_input.py; 100,000 took 9 s).
FULL_CUT_CHARS = 50_000
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")
_SPACE = re.compile(r"\s+")


class _Span(Protocol):  # a QuoteSpan, or anything else with a start and an end
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def parser_pieces(text: str, blocks: Sequence[Block], quotes: Sequence[_Span] = (),
                  max_chars: int = MAX_CHARS) -> list[Block]:
    """`blocks` with each one longer than `max_chars` replaced by consecutive pieces of it."""
    out: list[Block] = []
    for block in blocks:
        if block.end - block.start <= max_chars:
            out.append(block)
            continue
        inside = [(q.start, q.end) for q in quotes if q.start < block.end and q.end > block.start]
        start = block.start
        while block.end - start > max_chars:
            cut = _cut(text, start, start + max_chars, inside)
            out.append(Block(block.kind, start, cut))
            start = cut
        out.append(Block(block.kind, start, block.end))
    return out


def light_pieces(blocks: Sequence[Block], pieces: Sequence[Block], budget: int = FULL_CUT_CHARS) -> list[bool]:
    """For each of `pieces` (from `parser_pieces(.., blocks)`): is it past the full-analysis
    budget? Only pieces cut from a longer block count against it or can be past it."""
    whole = {(b.start, b.end) for b in blocks}
    out: list[bool] = []
    spent = 0
    for p in pieces:
        if (p.start, p.end) in whole:
            out.append(False)
            continue
        out.append(spent >= budget)
        spent += p.end - p.start
    return out


def batch_size_for(blocks: Sequence[Block], batch_size: int, batch_chars: int = BATCH_CHARS) -> int:
    """`batch_size`, lowered so that a batch of the longest blocks stays near `batch_chars`."""
    longest = max((b.end - b.start for b in blocks), default=0)
    return max(1, min(batch_size, batch_chars // max(1, longest)))


def _cut(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> int:
    """Where to end a piece that starts at `lo` and may not pass `hi` (always > lo)."""
    mid = lo + (hi - lo) // 2
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(text, mid, hi)]
        for end in reversed(ends):
            if end < hi and not any(a < end < b for a, b in quotes):
                return end
    return hi
