"""The highlight and marks per block (reader.app.widgets.article.highlights): which blocks repaint."""

from __future__ import annotations

from reader.app.widgets.article.highlights import Highlights

BLOCKS = [(0, 10), (12, 40), (42, 80)]


def test_selecting_touches_the_old_and_the_new_block_only() -> None:
    h = Highlights(BLOCKS)
    assert h.select((15, 20)) == {1} and h.versions == [0, 1, 0]
    assert h.select((50, 55)) == {1, 2} and h.versions == [0, 2, 1]  # the old one is cleared
    assert h.selected == (50, 55)


def test_the_same_selection_again_repaints_nothing() -> None:
    h = Highlights(BLOCKS)
    h.select((15, 20))
    assert h.select((15, 20)) == set() and h.versions == [0, 1, 0]


def test_marks_are_kept_sorted_and_found_by_block() -> None:
    h = Highlights(BLOCKS)
    assert h.mark([(50, 52), (2, 4), (30, 45)]) == {0, 1, 2}
    assert h.marks == [(2, 4), (30, 45), (50, 52)]
    assert h.marks_in(0) == [(2, 4)] and h.marks_in(1) == [(30, 45)] and h.marks_in(2) == [(30, 45), (50, 52)]
    assert h.mark([(2, 4)]) == {0, 1, 2}  # dropping a mark repaints where it was
    assert h.marks_in(2) == []


def test_a_span_in_the_gap_between_blocks_touches_none() -> None:
    h = Highlights(BLOCKS)
    assert h.select((10, 12)) == set() and h.versions == [0, 0, 0]
