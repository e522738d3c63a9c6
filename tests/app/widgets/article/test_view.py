"""The article pane's pure parts: styled spans bucketed by the blocks they touch."""

from __future__ import annotations

from reader.app.widgets.article.view import bucket_spans
from reader.article import Block

BLOCKS = [Block("title", 0, 10), Block("paragraph", 12, 40), Block("paragraph", 42, 80)]


def test_a_span_lands_in_its_block_only() -> None:
    out = bucket_spans(BLOCKS, [(15, 20, "article--person")])
    assert out == [[], [(15, 20, "article--person")], []]


def test_a_span_across_blocks_lands_in_each() -> None:
    out = bucket_spans(BLOCKS, [(30, 50, "article--quote")])
    assert [len(b) for b in out] == [0, 1, 1]


def test_a_span_in_the_gap_touches_no_block() -> None:
    assert bucket_spans(BLOCKS, [(40, 42, "article--mark")]) == [[], [], []]
