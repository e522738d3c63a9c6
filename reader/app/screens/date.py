"""`d`: ask for the publication date that relative dates ("three years ago") resolve against."""

from __future__ import annotations

import re
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


def parse_date(value: str) -> str | None:
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


class DateScreen(ModalScreen[str | None]):
    """Returns an ISO date, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="date.cancel")]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="date-box"):
            yield Static(Text("Publication date (YYYY-MM-DD)", style="bold"))
            yield Input(value=self._current or "", placeholder="YYYY-MM-DD", id="date-input")
            yield Static(Text("enter to apply · esc to cancel", style="dim"), id="date-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        parsed = parse_date(event.value)
        if parsed is None:
            self.query_one("#date-error", Static).update(
                Text(f"not a date of the form YYYY-MM-DD: {event.value!r}", style="bold red")
            )
            return
        self.dismiss(parsed)

    def action_cancel(self) -> None:
        self.dismiss(None)
