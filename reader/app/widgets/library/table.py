"""The library's articles table: a Line-API widget that draws only the rows on screen.

A Textual DataTable measures and renders every cell it is given, which for a thousand articles
held the event loop for seconds while the library filled and on every sort. This table keeps
only the order of the articles (indices into the app's states); a row is formatted from its
state when it is drawn, so filling, sorting, filtering and a step that changes one article's
progress cost a list operation and a repaint of the visible lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.state import ArticleState

COLUMNS = ("title", "by", "date", "words", "quotes", "people", "state")
NUMERIC = frozenset((3, 4, 5))  # sorted largest first

Row = tuple[str, str, str, int, int, int, str]


def state_label(state: ArticleState) -> str:
    """"queued", "37%", "done" or "failed": where the article's analysis is."""
    if state.failure is not None:
        return "failed"
    if state.finished:
        return "done"
    done, total = state.progress
    return f"{min(99, 100 * done // max(1, total))}%" if state.started else "queued"


def row_of(state: ArticleState) -> Row:
    """The article's row: what the table shows and sorts by."""
    a, an = state.article, state.analysis
    by = " ".join((getattr(a, "outlet", None) or a.byline or "").split())
    people = sum(1 for e in an.entities if e.label == "PERSON") if an else 0
    return (" ".join((a.title or a.source).split()), by, state.published or "", a.word_count,
            len(an.quotes) if an else 0, people, state_label(state))


def ordered(states: Sequence[ArticleState], sort: int, needle: str) -> list[int]:
    """The indices of the articles the filter keeps, in the order of column `sort` (blanks last)."""
    needle = needle.casefold()
    rows = [(i, row_of(s)) for i, s in enumerate(states)]
    rows = [(i, r) for i, r in rows if not needle or needle in f"{r[0]} {r[1]}".casefold()]
    if sort in NUMERIC:
        rows.sort(key=lambda ir: -ir[1][sort])
    else:
        rows.sort(key=lambda ir: (ir[1][sort] == "", ir[1][sort]))
    return [i for i, _ in rows]


def _cells(row: Row) -> list[Text]:
    """Every cell as Text: titles and bylines are data, never markup."""
    return [Text(str(c), justify="right" if n in NUMERIC else "left") for n, c in enumerate(row)]


class ArticlesTable(ScrollView, can_focus=True):
    """The shelf's articles, a header line and one line per article; `Selected` on enter or a
    click on the cursor's row."""

    COMPONENT_CLASSES = {"articles-table--header", "articles-table--cursor", "articles-table--stripe"}
    DEFAULT_CSS = """
    ArticlesTable { height: 1fr; overflow-x: hidden; }
    ArticlesTable > .articles-table--header { text-style: bold; background: $panel; }
    ArticlesTable > .articles-table--stripe { background: $foreground 4%; }
    ArticlesTable > .articles-table--cursor { background: $block-cursor-blurred-background; }
    ArticlesTable:focus > .articles-table--cursor { background: $block-cursor-background;
                                                    color: $block-cursor-foreground; text-style: bold; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "select", "Open", id="library.open"),
    ]

    class Selected(Message):
        """The article `index` (into the app's states) was chosen."""

        def __init__(self, table: ArticlesTable, index: int) -> None:
            super().__init__()
            self.table, self.index = table, index

        @property
        def control(self) -> ArticlesTable:
            return self.table

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._states: Sequence[ArticleState] = ()
        self._order: list[int] = []  # the articles shown, in order
        self.cursor_row = 0
        self._strips: dict[tuple[int, str, int], Strip] = {}  # (article, look, width) → its line

    @property
    def row_count(self) -> int:
        return len(self._order)

    def row_at(self, r: int) -> Row:
        """Row `r` as shown now (from its article's state)."""
        return row_of(self._states[self._order[r]])

    def article_at_cursor(self) -> int | None:
        """The index of the article the cursor is on (None: no rows)."""
        return self._order[self.cursor_row] if self._order else None

    def fill(self, states: Sequence[ArticleState], order: list[int]) -> None:
        """Show these articles (indices from `ordered`); the cursor stays on its article when kept."""
        keep = self.article_at_cursor()
        self._states, self._order = states, list(order)
        row = self._order.index(keep) if keep in self._order else min(self.cursor_row, max(0, len(order) - 1))
        self.virtual_size = Size(self.size.width, len(self._order) + 1)
        self._strips.clear()
        self.move_cursor(row)
        self.refresh()

    def update_rows(self, indices: set[int]) -> None:
        """Articles whose state moved: their lines are drawn again from their states."""
        if indices:
            self._strips = {k: v for k, v in self._strips.items() if k[0] not in indices}
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a theme change: every line drawn again

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._order) + 1)
        self.move_cursor(self.cursor_row)

    # -------------------------------------------------------------- the cursor
    def move_cursor(self, row: int) -> None:
        if not self._order:
            self.cursor_row = 0
            return
        self.cursor_row = max(0, min(row, len(self._order) - 1))
        visible = max(1, self.size.height - 1)  # lines below the header
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)
        self.refresh()

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.size.height - 2))

    def action_move_to(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else len(self._order) - 1)

    def action_select(self) -> None:
        index = self.article_at_cursor()
        if index is not None:
            self.post_message(self.Selected(self, index))

    def on_click(self, event: events.Click) -> None:
        at = event.get_content_offset(self)
        if at is None or at.y == 0:
            return
        row = self.scroll_offset.y + at.y - 1
        if row >= len(self._order):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row)

    # --------------------------------------------------------------- drawing
    def _widths(self, width: int) -> list[int]:
        fixed = [0, 0, 10, 6, 6, 6, 7]  # title and byline share what is left
        rest = max(10, width - sum(fixed) - len(COLUMNS))
        fixed[1] = min(24, rest // 3)
        fixed[0] = rest - fixed[1]
        return fixed

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._line(-1, "header", width)
        r = self.scroll_offset.y + y - 1
        if r >= len(self._order):
            return Strip.blank(width, self.rich_style)
        look = "cursor" if r == self.cursor_row else "stripe" if r % 2 else "plain"
        return self._line(self._order[r], look, width)

    def _line(self, article: int, look: str, width: int) -> Strip:
        key = (article, look, width)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 4096:
                self._strips.clear()
            strip = self._strips[key] = self._draw(article, look, width)
        return strip

    def _draw(self, article: int, look: str, width: int) -> Strip:
        base = self.rich_style
        if article < 0:
            cells = [Text(name) for name in COLUMNS]
        else:
            cells = _cells(row_of(self._states[article]))
        style = self.get_component_rich_style(f"articles-table--{look}") if look != "plain" else Style()
        line = Text(no_wrap=True, end="")
        for cell, w in zip(cells, self._widths(width)):
            cell.truncate(w, overflow="ellipsis", pad=True)
            line.append_text(cell)
            line.append(" ")
        line.truncate(width, pad=True)
        line.stylize(base + style)
        return Strip(list(line.render(self.app.console)), width)
