"""The article pane: a Line-API widget (ScrollView + render_line), as toolong's log view does it.

Only visible lines are rendered. Each screen line is a span of `Article.text` (see layout.py)
turned into a Strip on demand and kept in an LRU cache keyed by the block's version, so a
highlight change re-renders only the blocks it touches, and a book-length text paints as fast
as a short one. The article is data, never markup: lines are built as `rich.text.Text`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.widgets.article.highlights import Highlights
from reader.app.widgets.article.instant_scroll import InstantScroll
from reader.app.widgets.article.layout import Layout, display_text
from reader.app.widgets.article.masthead import masthead
from reader.app.widgets.article.navigation import ReadingPosition
from reader.article import Article, Block

SpanStyle = tuple[int, int, str]  # (start, end, component class)

SPEAKER_TINTS = 6  # article--speaker-0 .. -5 in styles/app.tcss
# The component classes styles/app.tcss gives: blocks, entity tints, quotes, marks, the selection.
STYLE_CLASSES = {
    "article--title",
    "article--byline",
    "article--dateline",
    "article--heading",
    "article--paragraph",
    "article--person",
    "article--org",
    "article--place",
    "article--group",
    "article--other",
    "article--quote",
    "article--quote-unattributed",
    *(f"article--speaker-{i}" for i in range(SPEAKER_TINTS)),
    "article--mark",
    "article--selected",
}


def bucket_spans(blocks: Sequence[Block], spans: Iterable[SpanStyle]) -> list[list[SpanStyle]]:
    """The styled spans each block (sorted by start) shares characters with, per block."""
    out: list[list[SpanStyle]] = [[] for _ in blocks]
    starts = [b.start for b in blocks]
    for start, end, style in spans:
        bi = max(0, bisect_left(starts, start + 1) - 1)
        while bi < len(blocks) and blocks[bi].start < end:
            if blocks[bi].end > start:
                out[bi].append((start, end, style))
            bi += 1
    return out


class ArticleView(InstantScroll, ScrollView, can_focus=True):
    """Title, byline, headings and paragraphs with entity tints, quotes and highlights."""

    BINDINGS = [
        Binding("up,k", "scroll_up", "Up", show=False, id="article.up"),
        Binding("down,j", "scroll_down", "Down", show=False, id="article.down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("home,g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]

    COMPONENT_CLASSES = STYLE_CLASSES

    show_entities: reactive[bool] = reactive(True, init=False)

    class Clicked(Message):
        """The reader clicked the character at `offset` of the article text."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        self._tints: dict[str, Style] = {}
        self._base_style: Style | None = None
        self._global_version = 0
        self._layout: Layout | None = None
        self._entities: list[list[SpanStyle]] = []
        self._quotes: list[list[SpanStyle]] = []
        self._highlights = Highlights([])
        self._pending_top: int | None = None  # a place to open at, once the text is wrapped
        self._height_seen = 0  # the pane's height before a resize
        self.set_article(article)

    # ----------------------------------------------------------------- content
    def set_article(self, article: Article) -> None:
        if getattr(self, "article", None) is not article:  # the same article keeps its text and layout
            self.article = article
            self._text = display_text(article.text)
            self._layout = None
        self._set_blocks(*masthead(article))
        # Before the first layout the pane has no size: on_resize wraps the text then (wrapping
        # a book to the minimum width first would cost more than the real wrap).
        if self.is_mounted and self.size.width > 0:
            self._relayout(keep_position=False)
            self.scroll_to(0, 0, animate=False, immediate=True)

    def set_credits(self, byline: str | None, credits: Sequence[str]) -> None:
        """The byline and credits the analysis found, shown under the title; the reading
        position stays on the same text."""
        blocks, words = masthead(self.article, byline, credits)
        if words == self._masthead and blocks == self._blocks:
            return
        top = self.offset_at_top() if self._layout is not None else None
        self._layout = None
        self._set_blocks(blocks, words, keep=self._highlights)
        if self.is_mounted and self.size.width > 0:
            self._relayout(keep_position=False)
            if top:
                self.show_from(top)

    def _set_blocks(self, blocks: list[Block], words: dict[int, str], keep: Highlights | None = None) -> None:
        """New blocks (another article, or its masthead grew): no tints yet, and no highlights
        but those of `keep`, re-bucketed for the new blocks."""
        self._blocks, self._masthead = blocks, words
        self._entities = [[] for _ in blocks]
        self._quotes = [[] for _ in blocks]
        self._highlights = Highlights((b.start, b.end) for b in blocks)
        if keep is not None:
            self._highlights.select(keep.selected)
            self._highlights.mark(keep.marks)
        self._global_version += 1
        self._cache.clear()

    def set_annotations(self, entities: Iterable[SpanStyle], quotes: Iterable[SpanStyle]) -> None:
        """Entity tints and quote styles (replaces the previous ones)."""
        self._entities = bucket_spans(self._blocks, entities)
        self._quotes = bucket_spans(self._blocks, quotes)
        self._global_version += 1
        self.refresh()

    @property
    def layout_info(self) -> Layout | None:
        return self._layout

    # -------------------------------------------------------------- highlights
    @property
    def selected(self) -> tuple[int, int] | None:
        return self._highlights.selected

    @selected.setter
    def selected(self, span: tuple[int, int] | None) -> None:
        self._repaint(self._highlights.select(span))

    @property
    def marks(self) -> list[tuple[int, int]]:
        return self._highlights.marks

    @marks.setter
    def marks(self, spans: list[tuple[int, int]]) -> None:
        self._repaint(self._highlights.mark(spans))

    def _repaint(self, blocks: set[int]) -> None:
        """Repaint the lines on screen of these blocks (their highlights changed)."""
        if self._layout is None:
            return
        top, height = self.scroll_offset.y, self.size.height
        for bi in blocks:
            y0 = self._layout.line0[bi]
            y1 = y0 + len(self._layout.lines[bi])
            if y1 > top and y0 < top + height:
                self.refresh_lines(y0, y1 - y0)

    def watch_show_entities(self) -> None:
        self._global_version += 1
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._tints.clear()
        self._base_style = None
        self._global_version += 1

    @property
    def base_style(self) -> Style:
        """The widget's own rich style, computed once per style change (not per line)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    # ------------------------------------------------------------------ layout
    def on_resize(self) -> None:
        """Rewrap, keeping the top line's text at the top, and the highlight on screen if it was."""
        sel = self.selected
        keep = sel if sel is not None and self._was_visible(*sel) else None
        self._relayout(keep_position=True)
        if keep is not None and not self.is_visible(*keep):
            self.scroll_to_span(*keep)
        self._height_seen = self.size.height

    def _was_visible(self, start: int, end: int) -> bool:
        """On screen before this resize: the old wrap and the old height."""
        return self._on_screen(start, end, self._height_seen)

    def _on_screen(self, start: int, end: int, height: int) -> bool:
        if self._layout is None:
            return False
        y0, y1 = self._layout.span_lines(start, end)
        return self.scroll_offset.y <= y0 and y1 < self.scroll_offset.y + height

    def _wrap_width(self) -> int:
        return max(10, self.scrollable_content_region.width)

    def _relayout(self, keep_position: bool) -> None:
        width = self._wrap_width()
        if self._layout is not None and self._layout.width == width:
            return
        anchor = self.offset_at_top() if keep_position and self._layout is not None else self._pending_top
        self._pending_top = None
        spans = [(b.start, b.end) for b in self._blocks]
        self._layout = Layout.build(spans, self._text, width)
        self.virtual_size = Size(width, self._layout.height)
        if anchor is not None:
            self.scroll_to(y=self._layout.line_of_offset(anchor), animate=False, immediate=True)
        self.refresh()

    def offset_at_top(self) -> int:
        """Character offset of the first line on screen (the reading position)."""
        if self._layout is None:
            return 0
        return self._layout.offset_of_line(self.scroll_offset.y)

    def show_from(self, offset: int) -> None:
        """Put the line holding character `offset` at the top (a remembered place); before
        the first wrap, as soon as the text is wrapped."""
        if self._layout is None:
            self._pending_top = offset
            return
        self.scroll_to(y=self._layout.line_of_offset(offset), animate=False, immediate=True)

    def offset_at_bottom(self) -> int:
        if self._layout is None:
            return len(self._text)
        return self._layout.offset_of_line(self.scroll_offset.y + self.size.height)

    def line_of_offset(self, offset: int) -> int:
        return self._layout.line_of_offset(offset) if self._layout is not None else 0

    def is_visible(self, start: int, end: int) -> bool:
        return self._on_screen(start, end, self.size.height)

    def reading_position(self) -> ReadingPosition:
        """The highlighted span when it is on screen, and the top line (for n/N)."""
        sel = self.selected
        visible = sel if sel is not None and self.is_visible(*sel) else None
        return ReadingPosition(visible, self.offset_at_top())

    def scroll_to_span(self, start: int, end: int) -> None:
        """Bring [start, end) into view: a third down from the top, or its start at the top
        when it is taller than the pane."""
        if self._layout is None:
            self._relayout(keep_position=False)
        if self._layout is None or self.is_visible(start, end):
            return
        y = self._layout.top_showing(start, end, max(1, self.size.height))
        self.scroll_to(y=y, animate=False, immediate=True)

    def jump(self, span: tuple[int, int], highlight: tuple[int, int]) -> None:
        """Highlight `highlight` and bring it into view, with `span` too if it is not on screen."""
        self.selected = highlight
        self.scroll_to_span(*highlight)
        if not self.is_visible(*span):
            self.scroll_to_span(*span)

    def offset_at(self, x: int, y: int) -> int | None:
        """Character offset under content cell (x, y) of the pane, or None off the text."""
        if self._layout is None:
            return None
        return self._layout.offset_at_cell(self._text, self.scroll_offset.y + y, x)

    def on_click(self, event: events.Click) -> None:
        at = event.get_content_offset(self)
        if at is None:
            return
        offset = self.offset_at(at.x, at.y)
        if offset is not None:
            self.post_message(self.Clicked(offset))

    # --------------------------------------------------------------- rendering
    def _style(self, name: str) -> Style:
        style = self._tints.get(name)
        if style is None:
            style = self.get_component_rich_style(name, partial=True)
            self._tints[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        rich_style = self.base_style
        layout = self._layout
        if layout is None and width > 0:
            # The first frame is rendered before the Resize event reaches the pane: wrap now,
            # so that frame already shows the text (on_resize then finds the layout done).
            self._relayout(keep_position=False)
            layout = self._layout
        if layout is None:
            return Strip.blank(width, rich_style)
        bi, li = layout.locate(scroll_y + y)
        if bi < 0 or li < 0:
            return Strip.blank(width, rich_style)
        key = (bi, li, layout.width, self._global_version, self._highlights.versions[bi])
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_strip(bi, li, rich_style)
            self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, rich_style)

    def _render_strip(self, bi: int, li: int, rich_style: Style) -> Strip:
        assert self._layout is not None
        start, end = self._layout.lines[bi][li]
        block = self._blocks[bi]
        words = self._masthead.get(bi)  # a title or byline from metadata, not in the text
        line = Text(self._text[start:end].rstrip() if words is None else words, end="")
        n = len(line.plain)
        # As a span, not Text(style=...): Text.render leaves the base style to the console.
        line.stylize(rich_style + self._style(f"article--{block.kind}"), 0, n)

        def paint(spans: Iterable[tuple[int, int]], style: Style) -> None:
            for s, e in spans:
                a, b = max(s, start) - start, min(e, start + n) - start
                if a < b:
                    line.stylize(style, a, b)

        if self.show_entities:
            for s, e, name in self._entities[bi]:
                paint([(s, e)], self._style(name))
        for s, e, name in self._quotes[bi]:
            paint([(s, e)], self._style(name))
        paint(self._highlights.marks_in(bi), self._style("article--mark"))
        if self.selected is not None and words is None:
            paint([self.selected], self._style("article--selected"))
        segments = list(line.render(self.app.console))
        return Strip(segments).simplify()
