"""A one-column gutter beside the article: a mark at each place `n`/`N` would go.

As editors mark search hits beside the scrollbar, the gutter shows where the selected entity is
mentioned, where the selected speaker is quoted, where the dates or the find matches are —
scaled to the whole article, so the reader sees where to go before going. Rows are bucketed
once per change (not per frame), so a book with thousands of mentions costs nothing to scroll.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from reader.app.widgets.article.navigation import Navigator, Span

MARK = "▐"


def mark_rows(lines: list[int], total_lines: int, height: int) -> set[int]:
    """The gutter rows (0..height-1) that article lines fall in, scaled to the article's length."""
    if height <= 0 or total_lines <= 0:
        return set()
    return {min(height - 1, line * height // total_lines) for line in lines}


class MarkGutter(Widget):
    """Told the spans (`show`) and how to find their lines (`line_of`, `total_lines`)."""

    COMPONENT_CLASSES = {"gutter--mark"}
    DEFAULT_CSS = "MarkGutter { width: 1; height: 1fr; }"

    def __init__(self, line_of: Callable[[int], int], total_lines: Callable[[], int], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._line_of = line_of
        self._total_lines = total_lines
        self._spans: list[Span] = []
        self._rows: set[int] = set()
        self._for: tuple[int, int] | None = None  # (total lines, height) the rows were made for
        self._navigator: Navigator | None = None

    def follow(self, navigator: Navigator) -> None:
        """Mark what `navigator` cycles from now on (the one followed before is let go)."""
        if self._navigator is not None and self._navigator is not navigator:
            self._navigator.listener = None
        self._navigator = navigator
        navigator.listener = self.show
        self.show(navigator.spans)

    @property
    def rows(self) -> set[int]:
        """The marked rows as now laid out (recomputed when the article re-wraps or resizes)."""
        key = (self._total_lines(), self.size.height)
        if key != self._for:
            self._for = key
            self._rows = mark_rows([self._line_of(s) for s, _ in self._spans], *key)
        return self._rows

    def show(self, spans: list[Span]) -> None:
        self._spans = list(spans)
        self._for = None
        self.refresh()

    def on_resize(self) -> None:
        self._for = None
        self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return container.height

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        if y in self.rows:
            return Strip([Segment(MARK, base + self.get_component_rich_style("gutter--mark"))], 1)
        return Strip([Segment(" ", base)], 1)
