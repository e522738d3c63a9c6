"""`o`: the story at a glance for the article on show — voices, presence, the timeline strip.

Its own screen, so the pictures get the terminal's whole width. `enter` on a voice or an event
closes it and the reader jumps there; `escape` or `o` closes it where the reader was.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from reader.analysis import Analysis
from reader.app.widgets.overview import Overview
from reader.app.widgets.keys_footer import KeysFooter

Span = tuple[int, int]


class OverviewScreen(Screen[Span | None]):
    """Dismissed with the span to jump to, or None."""

    BINDINGS = [
        Binding("escape,o", "dismiss_none", "Back to the article", id="overview.close"),
        Binding("q", "app.quit", "Quit", id="overview.quit"),
    ]

    def __init__(self, analysis: Analysis | None, title: str) -> None:
        super().__init__()
        self._analysis = analysis
        self._title = title

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("Overview", "bold"), " │ ", " ".join(self._title.split())), id="overview-title")
        yield Overview(self._analysis, id="overview")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#overview-voices").focus()

    def on_overview_jump(self, message: Overview.Jump) -> None:
        self.dismiss((message.start, message.end))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
