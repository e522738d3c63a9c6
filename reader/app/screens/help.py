"""`?`: every key the reader has, generated from the bindings so it cannot go stale."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.app.screens.reader import ReaderScreen
from reader.app.widgets.article.view import ArticleView
from reader.app.widgets.sidebar.tree import ReaderTree

_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "shift+tab": "shift+tab",
    "escape": "esc",
}


def reader_sections(app_bindings: list[Any]) -> list[tuple[str, list[Binding]]]:
    """The reader's keys by where they work: anywhere (the reader screen's and the app's),
    in the article, in the sidebar lists, in the find bar."""
    return [
        ("Anywhere", described(ReaderScreen.BINDINGS, app_bindings)),
        ("Article", described(ArticleView.BINDINGS)),
        (
            "Sidebar lists",
            [
                *described(ReaderTree.BINDINGS),
                Binding("enter", "", "Jump to the item and highlight it"),
                Binding("space", "", "Expand or collapse"),
            ],
        ),
        ("Find bar", [Binding("enter", "", "Next match"), Binding("escape", "", "Close (n/N keep going)")]),
    ]


def described(*binding_lists: list[Any]) -> list[Binding]:
    """The bindings of these lists, one per key (the first one wins)."""
    seen: set[str] = set()
    out: list[Binding] = []
    for bindings in binding_lists:
        for b in bindings:
            if isinstance(b, Binding) and b.key not in seen:
                seen.add(b.key)
                out.append(b)
    return out


def key_text(keys: str) -> str:
    return " ".join(_NAMES.get(k, k) for k in keys.split(","))


def keys_table(sections: list[tuple[str, list[Binding]]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings in sections:
        table.add_row(Text(title, style="bold underline"), Text(""))
        for b in bindings:
            if b.description:
                table.add_row(Text(key_text(b.key)), Text(b.tooltip or b.description))
        table.add_row(Text(""), Text(""))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page-down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page-up"),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self._sections = sections

    def action_scroll(self, lines: int) -> None:
        """j/k scroll the keys, as they scroll the article."""
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_to(y=box.scroll_y + lines, animate=False)

    def action_page(self, direction: int) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_to(y=box.scroll_y + direction * max(1, box.scrollable_content_region.height - 1), animate=False)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("newsreader — keys", style="bold"), id="help-title")
            yield Static(keys_table(self._sections), id="help-keys")
            yield Static(
                Text(
                    "Mouse: click a tab or an item; scroll the article with the wheel. "
                    "j/k scroll this help; esc, q or ? closes it.",
                    style="dim",
                ),
                id="help-foot",
            )
