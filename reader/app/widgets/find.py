"""`/`: find in the article. Matching is case-insensitive plain text (never a regex from the user)."""

from __future__ import annotations

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
    """Docked at the bottom; hidden until `/`."""

    BINDINGS = [Binding("escape", "close", "Close find", id="find.close")]

    def __init__(self) -> None:
        super().__init__(placeholder="find in article (enter: next · esc: close)", id="find")

    def action_close(self) -> None:
        self.post_message(self.Closed())

    class Closed(Message):
        """The reader closed the find bar."""
