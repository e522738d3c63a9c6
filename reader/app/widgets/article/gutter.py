"""A one-column gutter beside the article: a mark at each place `n`/`N` would go, and a band
where the reader is.

As editors mark search hits beside the scrollbar, the gutter shows where the selected entity is
mentioned, where the selected speaker is quoted, where the dates or the find matches are —
scaled to the whole article, so the reader sees where to go before going. The rows standing for
the lines on screen are drawn as a muted band (a scrollbar's thumb), so a mark inside it is in
view and one below it is further on. Rows are bucketed once per change (not per frame), keyed
on the article's layout object itself: a re-wrap always moves the marks, even when it keeps
the number of lines.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from reader.app.widgets.article.layout import Layout
from reader.app.widgets.article.navigation import Navigator, Span
from reader.app.widgets.article.view import ArticleView

MARK = "▐"


def mark_rows(lines: list[int], total_lines: int, height: int) -> set[int]:
    """The gutter rows (0..height-1) that article lines fall in, scaled to the article's length."""
    if height <= 0 or total_lines <= 0:
        return set()
    return {min(height - 1, line * height // total_lines) for line in lines}


def band_rows(top: int, visible: int, total_lines: int, height: int) -> range:
    """The gutter rows of the article lines on screen, [top, top + visible), scaled as the marks
    are (a mark of a line on screen always falls in the band); none when the whole article
    is on screen."""
    if height <= 0 or visible <= 0 or total_lines <= visible:
        return range(0)
    first = min(height - 1, max(0, top) * height // total_lines)
    last = min(height - 1, (min(top + visible, total_lines) - 1) * height // total_lines)
    return range(first, max(first, last) + 1)


class MarkGutter(Widget):
    """Beside `view`: told the spans (`show`, or a Navigator to `follow`), it reads their lines
    from the view's layout and repaints when the view scrolls or re-wraps."""

    COMPONENT_CLASSES = {"gutter--mark", "gutter--band"}
    DEFAULT_CSS = "MarkGutter { width: 1; height: 1fr; }"

    def __init__(self, view: ArticleView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._view = view
        self._spans: list[Span] = []
        self._rows: set[int] = set()
        self._for: tuple[Layout | None, int] | None = None  # (layout, height) the rows were made for
        self._navigator: Navigator | None = None
        self._strips: dict[tuple[bool, bool], Strip] = {}  # by (in the band, marked)
        self._frame: tuple[range, set[int]] | None = None  # band and marks during one repaint
        self._painted_band: range | None = None

    def on_mount(self) -> None:
        self.watch(self._view, "scroll_y", self._view_scrolled, init=False)
        self.watch(self._view, "virtual_size", self._view_rewrapped, init=False)

    def _view_scrolled(self) -> None:
        """The band moves, but only every few lines of a long article: repaint when it does."""
        if self.band != self._painted_band:
            self.refresh()

    def _view_rewrapped(self) -> None:
        """The view re-wrapped: the marks move."""
        self.refresh()

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
        layout, height = self._view.layout_info, self.size.height
        if self._for is None or self._for[0] is not layout or self._for[1] != height:
            self._for = (layout, height)
            lines = [layout.line_of_offset(s) for s, _ in self._spans] if layout is not None else []
            self._rows = mark_rows(lines, layout.height if layout is not None else 0, height)
        return self._rows

    @property
    def band(self) -> range:
        """The rows standing for the article lines on screen."""
        layout = self._view.layout_info
        if layout is None:
            return range(0)
        return band_rows(round(self._view.scroll_offset.y), self._view.size.height, layout.height, self.size.height)

    def show(self, spans: list[Span]) -> None:
        self._spans = list(spans)
        self._for = None
        self.refresh()

    def on_resize(self) -> None:
        self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return container.height

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips = {}

    def render_lines(self, crop: Region) -> list[Strip]:
        """The band and the marks are read once per repaint, not once per row (a widget's
        size is a walk up the DOM: a few microseconds each)."""
        self._frame = (self.band, self.rows)
        self._painted_band = self._frame[0]
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        """One cell: a mark or a blank, on the band's background or the gutter's (the four
        strips are made once per style change, not per row)."""
        band, rows = self._frame or (self.band, self.rows)
        key = (y in band, y in rows)
        strip = self._strips.get(key)
        if strip is None:
            style = self.rich_style
            if key[0]:
                style += self.get_component_rich_style("gutter--band")
            if key[1]:
                style += self.get_component_rich_style("gutter--mark", partial=True)
            strip = self._strips[key] = Strip([Segment(MARK if key[1] else " ", style)], 1)
        return strip
