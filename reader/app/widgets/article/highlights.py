"""The highlight and the lit marks of the article, kept per block: plain logic, no widget.

The article view caches each rendered line under its block's version. Setting the highlight
(`select`) or the marks (`mark`) bumps the version of exactly the blocks whose look changes,
and says which they are, so the view repaints those lines only — a book with thousands of
marks repaints a screenful, not the book.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.app.widgets.article.layout import blocks_overlapping

Span = tuple[int, int]


class Highlights:
    """The selected span and the marked spans over blocks given as (start, end), ascending."""

    def __init__(self, blocks: Iterable[Span]) -> None:
        spans = list(blocks)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        self.versions = [0] * len(spans)  # bumped whenever a block's highlights change
        self.selected: Span | None = None
        self.marks: list[Span] = []
        self._marks_by_block: dict[int, list[Span]] = {}

    def blocks_overlapping(self, start: int, end: int) -> range:
        return blocks_overlapping(self._starts, self._ends, start, end)

    def marks_in(self, block: int) -> list[Span]:
        return self._marks_by_block.get(block, [])

    def select(self, span: Span | None) -> set[int]:
        """Highlight `span` (None: nothing); the blocks whose look changed."""
        if span == self.selected:
            return set()
        old, self.selected = self.selected, span
        return self._touch([s for s in (old, span) if s is not None])

    def mark(self, spans: Iterable[Span]) -> set[int]:
        """Light `spans` instead of the marks before; the blocks whose look changed."""
        old, self.marks = self.marks, sorted(spans)
        by_block: dict[int, list[Span]] = {}
        for start, end in self.marks:
            for bi in self.blocks_overlapping(start, end):
                by_block.setdefault(bi, []).append((start, end))
        self._marks_by_block = by_block
        return self._touch(old + self.marks)

    def _touch(self, spans: list[Span]) -> set[int]:
        touched: set[int] = set()
        for start, end in spans:
            touched.update(self.blocks_overlapping(start, end))
        for bi in touched:
            self.versions[bi] += 1
        return touched
