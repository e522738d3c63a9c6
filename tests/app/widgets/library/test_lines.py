"""One-line rows drawn only where on screen (reader.app.widgets.library.lines), driven headless."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from reader.app.widgets.library.lines import CursorLines, LineList


class _Host(App[None]):
    def __init__(self, rows: list[Text]) -> None:
        super().__init__()
        self.rows, self.chosen, self.highlighted = rows, [], []

    def compose(self) -> ComposeResult:
        yield LineList(id="rows")

    def on_mount(self) -> None:
        lines = self.query_one(LineList)
        lines.set_rows(self.rows)
        lines.focus()

    def on_cursor_lines_selected(self, event: CursorLines.Selected) -> None:
        self.chosen.append(event.row)

    def on_cursor_lines_highlighted(self, event: CursorLines.Highlighted) -> None:
        self.highlighted.append(event.row)


def _screen_lines(lines: LineList) -> list[str]:
    return [lines.render_line(y).text.rstrip() for y in range(lines.size.height)]


async def test_keys_move_the_cursor_and_scroll_and_enter_chooses_the_row():
    app = _Host([Text(f"row {i}") for i in range(500)])
    async with app.run_test(size=(40, 10)) as pilot:
        lines = app.query_one(LineList)
        await pilot.press("down", "down", "enter")
        assert lines.cursor_row == 2 and app.chosen == [2] and app.highlighted[-1] == 2
        await pilot.press("end")
        assert lines.cursor_row == 499
        assert _screen_lines(lines)[-1] == "row 499"  # scrolled to it
        await pilot.press("home", "pagedown")
        assert lines.cursor_row > 2 and _screen_lines(lines)[0] == "row 0"


async def test_a_row_is_data_never_markup_and_a_long_one_ends_in_an_ellipsis():
    app = _Host([Text("[bold]x[/bold] " + "word " * 20)])
    async with app.run_test(size=(30, 5)):
        first = _screen_lines(app.query_one(LineList))[0]
        assert first.startswith("[bold]x[/bold]") and first.endswith("…")


async def test_new_rows_keep_the_cursor_in_range():
    app = _Host([Text(f"row {i}") for i in range(50)])
    async with app.run_test(size=(40, 10)) as pilot:
        lines = app.query_one(LineList)
        await pilot.press("end")
        lines.set_rows([Text("only")])
        await pilot.pause()
        assert lines.cursor_row == 0 and _screen_lines(lines)[0] == "only"
