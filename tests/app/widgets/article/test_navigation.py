"""n/N stepping as plain logic: from the highlighted span when on screen, else from the top line."""

from __future__ import annotations

from reader.app.widgets.article.navigation import Navigator, ReadingPosition

SPANS = [(10, 15), (40, 45), (80, 90)]


def nav() -> Navigator:
    n = Navigator()
    n.set(list(reversed(SPANS)))  # kept in reading order whatever order it is given in
    return n


def test_next_goes_to_the_first_span_after_the_highlight() -> None:
    assert nav().step(1, ReadingPosition((40, 45), top=0)) == (80, 90)


def test_previous_goes_to_the_last_span_before_the_highlight() -> None:
    assert nav().step(-1, ReadingPosition((40, 45), top=0)) == (10, 15)


def test_without_a_visible_highlight_the_top_line_counts() -> None:
    n = nav()
    assert n.step(1, ReadingPosition(None, top=40)) == (40, 45)  # a span starting on the top line
    assert n.step(-1, ReadingPosition(None, top=40)) == (10, 15)


def test_stepping_wraps_around_both_ends() -> None:
    n = nav()
    assert n.step(1, ReadingPosition((80, 90), top=0)) == (10, 15)
    assert n.step(-1, ReadingPosition((10, 15), top=0)) == (80, 90)


def test_an_empty_navigator_steps_nowhere_and_is_false() -> None:
    n = Navigator()
    assert not n and n.step(1, ReadingPosition(None, 0)) is None
    assert nav()


def test_a_target_defaults_to_the_span_itself() -> None:
    n = Navigator()
    n.set([(5, 9)], {(5, 9): ((0, 20), None)})
    assert n.target((5, 9)) == ((0, 20), None)
    assert n.target((30, 31)) == ((30, 31), None)


def test_two_spans_that_light_the_same_sentence_are_both_visited_in_order() -> None:
    sentence = (0, 50)
    n = Navigator()
    n.set([(10, 14), (30, 34), (60, 64)], {(10, 14): (sentence, None), (30, 34): (sentence, None)})
    assert n.step(1, ReadingPosition(None, top=0)) == (10, 14)
    assert n.step(1, ReadingPosition(sentence, top=0)) == (30, 34)  # not (10, 14) again
    assert n.step(1, ReadingPosition(sentence, top=0)) == (60, 64)
    assert n.step(-1, ReadingPosition((60, 64), top=0)) == (30, 34)
    assert n.step(-1, ReadingPosition(sentence, top=0)) == (10, 14)  # not skipped


def test_a_foreign_highlight_is_the_position_not_the_last_step() -> None:
    n = nav()
    n.step(1, ReadingPosition(None, top=0))
    assert n.current == (10, 15)
    assert n.step(1, ReadingPosition((50, 55), top=0)) == (80, 90)
