"""The status line's idle text (reader.app.widgets.status): a failure first, then a warning, else the keys."""

from __future__ import annotations

from reader.app.widgets.status import IDLE_HINT, idle_text


def test_a_failure_comes_before_a_warning_and_both_before_the_keys() -> None:
    assert idle_text("parser crashed", "no model").plain == "analysis failed: parser crashed"
    assert idle_text(None, "no model").plain == "no model"
    assert idle_text(None, None).plain == IDLE_HINT


def test_outside_text_is_not_markup() -> None:
    assert idle_text("[bold]x[/bold]", None).plain == "analysis failed: [bold]x[/bold]"
