"""One-line rows with a cursor, drawn only where they are on screen (Textual's Line API).

The library's lists run to thousands of rows (a thousand articles, their speakers, people,
dates). Textual's DataTable and OptionList measure and lay out every row they are given, which
held the event loop for hundreds of milliseconds on a tab switch or a sort; here a row is drawn
when it scrolls into view and kept as a Strip until it changes. `CursorLines` is the cursor,
keys, clicks and the strip cache; `LineList` a plain list of Text rows; the articles table
(`table.py`) adds a header and columns.
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

_MAX_STRIPS = 4096


class CursorLines(ScrollView, can_focus=True):
    """Rows below `HEADER` fixed lines; `Highlighted` when the cursor moves, `Selected` on enter
    or a click on the cursor's row. Subclasses say how many rows there are and draw a row."""

    HEADER = 0  # fixed lines at the top (not rows)
    COMPONENT_CLASSES = {"cursor-lines--header", "cursor-lines--cursor", "cursor-lines--stripe"}
    DEFAULT_CSS = """
    CursorLines { height: 1fr; overflow-x: hidden; }
    CursorLines > .cursor-lines--header { text-style: bold; background: $panel; }
    CursorLines > .cursor-lines--stripe { background: $foreground 4%; }
    CursorLines > .cursor-lines--cursor { background: $block-cursor-blurred-background; }
    CursorLines:focus > .cursor-lines--cursor { background: $block-cursor-background;
                                                color: $block-cursor-foreground; text-style: bold; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "select", "Open"),
    ]

    class Highlighted(Message):
        """The cursor is on row `row`."""

        def __init__(self, lines: CursorLines, row: int) -> None:
            super().__init__()
            self.lines, self.row = lines, row

        @property
        def control(self) -> CursorLines:
            return self.lines

    class Selected(Highlighted):
        """Row `row` was chosen (enter, or a click on the cursor's row)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.cursor_row = 0
        self._strips: dict[tuple, Strip] = {}

    # ------------------------------------------------------ for subclasses
    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def row_key(self, r: int) -> object:
        """What a row's drawn strip is kept under (it changes when the row's content does)."""
        return r

    def draw(self, r: int, width: int) -> Text:
        """Row `r` (or a header line, r < 0) as one line of Text."""
        raise NotImplementedError

    # ---------------------------------------------------------- the rows
    def rows_changed(self, cursor: int | None = None) -> None:
        """The rows are new: sizes, cursor and every line again."""
        self.virtual_size = Size(self.size.width, self.row_count + self.HEADER)
        self._strips.clear()
        self.move_cursor(self.cursor_row if cursor is None else cursor)
        self.refresh()

    def forget(self, keys: set) -> None:
        """The rows drawn under these keys changed: drawn again."""
        if keys:
            self._strips = {k: v for k, v in self._strips.items() if k[0] not in keys}
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a theme change: every line drawn again

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count + self.HEADER)
        self.move_cursor(self.cursor_row, announce=False)

    # -------------------------------------------------------- the cursor
    def move_cursor(self, row: int, announce: bool = True) -> None:
        before = self.cursor_row
        self.cursor_row = max(0, min(row, self.row_count - 1))
        visible = max(1, self.size.height - self.HEADER)
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)
        self.refresh()
        if announce and self.row_count and self.cursor_row != before:
            self.post_message(self.Highlighted(self, self.cursor_row))

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.size.height - self.HEADER - 1))

    def action_move_to(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else self.row_count - 1)

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        at = event.get_content_offset(self)
        if at is None or at.y < self.HEADER:
            return
        row = self.scroll_offset.y + at.y - self.HEADER
        if row >= self.row_count:
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row)

    # ----------------------------------------------------------- drawing
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y < self.HEADER:
            return self._line(-1 - y, "header", width)
        r = self.scroll_offset.y + y - self.HEADER
        if r >= self.row_count:
            return Strip.blank(width, self.rich_style)
        look = "cursor" if r == self.cursor_row else "stripe" if r % 2 else "plain"
        return self._line(r, look, width)

    def _line(self, r: int, look: str, width: int) -> Strip:
        key = (self.row_key(r) if r >= 0 else r, look, width)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > _MAX_STRIPS:
                self._strips.clear()
            line = self.draw(r, width)
            line.no_wrap, line.end = True, ""
            line.truncate(width, overflow="ellipsis", pad=True)
            style = self.get_component_rich_style(f"cursor-lines--{look}") if look != "plain" else Style()
            line.stylize(self.rich_style + style)
            strip = self._strips[key] = Strip(list(line.render(self.app.console)), width)
        return strip


class LineList(CursorLines):
    """A list of one-line Text rows (data: built by the caller with Text, never markup)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: Sequence[Text] = ()
        self._version = 0  # rows of an earlier fill are never drawn from the cache

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: Sequence[Text], keep_cursor: bool = True) -> None:
        self._rows = rows
        self._version += 1
        self.rows_changed(self.cursor_row if keep_cursor else 0)
        if rows:
            self.post_message(self.Highlighted(self, self.cursor_row))

    def row_at(self, r: int) -> Text:
        return self._rows[r]

    def row_key(self, r: int) -> object:
        return (self._version, r)

    def draw(self, r: int, width: int) -> Text:
        return self._rows[r].copy()
