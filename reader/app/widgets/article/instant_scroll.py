"""Keys that scroll at once, without Textual's smooth-scroll animation.

The animation's first step waits for the animator's next tick, then for the screen's, and
paints each key twice; a reader paging through an article wants the page now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.actions import SkipAction

if TYPE_CHECKING:
    from textual.widget import Widget as _Scrolling
else:
    _Scrolling = object  # not a Widget at run time: Textual's CSS follows a widget's first Widget base


class InstantScroll(_Scrolling):
    """Mixed in before a scrolling widget: its scroll key actions jump without animating."""

    def action_scroll_down(self) -> None:
        self._scroll_now(self.scroll_down)

    def action_scroll_up(self) -> None:
        self._scroll_now(self.scroll_up)

    def action_page_down(self) -> None:
        self._scroll_now(self.scroll_page_down)

    def action_page_up(self) -> None:
        self._scroll_now(self.scroll_page_up)

    def action_scroll_home(self) -> None:
        self._scroll_now(self.scroll_home)

    def action_scroll_end(self) -> None:
        self._scroll_now(self.scroll_end)

    def _scroll_now(self, scroll: Callable[..., object]) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        scroll(animate=False)
