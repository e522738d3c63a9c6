"""Keys that scroll at once (reader.app.widgets.article.instant_scroll): no animation to wait for."""

from __future__ import annotations

import pytest
from textual.actions import SkipAction
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.app.widgets.article.instant_scroll import InstantScroll


class Pane(InstantScroll, VerticalScroll):
    pass


class Host(App):
    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Pane():
            yield Static("\n".join(f"line {i}" for i in range(self.lines)))


async def test_each_scroll_key_is_there_after_one_frame_not_midway_through_an_animation() -> None:
    app = Host(200)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()  # laid out
        pane = app.query_one(Pane)
        page = pane.scrollable_content_region.height
        expected = [("action_scroll_down", 1), ("action_page_down", 1 + page), ("action_scroll_end", pane.max_scroll_y),
                    ("action_page_up", pane.max_scroll_y - page), ("action_scroll_up", pane.max_scroll_y - page - 1),
                    ("action_scroll_home", 0)]
        for action, y in expected:
            getattr(pane, action)()
            await pilot.pause()  # one frame: an animated scroll would be partway (5.7 of 21 lines)
            assert pane.scroll_y == y, action


async def test_with_nothing_to_scroll_the_key_is_left_to_others() -> None:
    app = Host(3)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        with pytest.raises(SkipAction):
            app.query_one(Pane).action_scroll_down()


async def test_the_mixin_leaves_the_widgets_css_type_alone() -> None:
    """Textual's CSS follows a widget's first Widget base: a mixin that were a Widget would hide
    VerticalScroll's (or ScrollView's) rules and DEFAULT_CSS from the widget."""
    app = Host(3)
    async with app.run_test(size=(40, 20)):
        assert list(app.query("VerticalScroll")) == [app.query_one(Pane)]
