"""`/`: find in the article. Matching is case-insensitive plain text (never a regex from the user).

The bar finds as the reader types and posts what it found (`Found`), `enter` (`Next`) and
`esc` (`Closed`); the reader screen lights and cycles the matches.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

MAX_MATCHES = 10_000


def find_all(text: str, needle: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text`, ignoring case; offsets index `text`."""
    if not needle:
        return []
    hay, pin = text.casefold(), needle.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß → ss): fall back to lower()
        hay, pin = text.lower(), needle.lower()
        if len(hay) != len(text):
            hay, pin = text, needle
    out: list[tuple[int, int]] = []
    i = hay.find(pin)
    while i >= 0 and len(out) < limit:
        out.append((i, i + len(pin)))
        i = hay.find(pin, i + max(1, len(pin)))
    return out


class FindBar(Input):
    """Docked at the bottom; hidden until `/`. Finds in the text `text()` gives."""

    BINDINGS = [Binding("escape", "close", "Close find", id="find.close")]

    class Found(Message):
        """The reader typed `query`; these are its `matches` (none for an empty query)."""

        def __init__(self, query: str, matches: list[tuple[int, int]]) -> None:
            super().__init__()
            self.query, self.matches = query, matches

        def summary(self) -> Text:
            n = len(self.matches)
            return Text(f"{n} match{'es' if n != 1 else ''} for ") + Text(repr(self.query))

    class Next(Message):
        """`enter`: go to the next match."""

    class Closed(Message):
        """The reader closed the find bar."""

    def __init__(self, text: Callable[[], str]) -> None:
        super().__init__(placeholder="find in article (enter: next · esc: close)", id="find")
        self._text = text

    def on_mount(self) -> None:
        self.display = False

    def open(self) -> None:
        self.display = True
        self.focus()

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.post_message(self.Found(event.value, find_all(self._text(), event.value)))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.post_message(self.Next())
