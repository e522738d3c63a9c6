"""The library's lists built from the cross-article index: speakers, their quotes, people and
organisations, the merged timeline, and the places Find found.

Each list is the options of an `OptionList`; a shelf's lists run to thousands of options, so
`StreamedOptions` adds them a screenful first and the rest in chunks on later turns of the
event loop (adding options measures each one) — a tab switch stays within a frame or two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.shelf.index import DateRef, ShelfEntry

FIRST = 60
CHUNK = 150

Title = Callable[[int], str]  # an index article number → its title


def speaker_options(speakers: Sequence[ShelfEntry]) -> list[Option]:
    return [Option(Text.assemble((e.name, "bold"), (f"  {len(e.quotes)} quotes · {len(e.articles)} articles", "dim")))
            for e in speakers]


def quote_options(entry: ShelfEntry, title: Title) -> list[Option]:
    return [Option(Text.assemble(f"“{' '.join(q.text.split())}”", ("  — ", "dim"), (title(q.article), "italic")))
            for q in entry.quotes]


def entry_options(entries: Sequence[ShelfEntry]) -> list[Option]:
    return [Option(Text.assemble((e.name, "bold"), f", {e.roles[0]}" if e.roles else "",
                                 (f"  {len(e.articles)} articles · {e.mentions} mentions", "dim")))
            for e in entries]


def timeline_options(timeline: Sequence[DateRef], title: Title) -> list[Option]:
    return [Option(Text.assemble((d.date.ljust(11), "bold"), " ".join(d.event.split()), ("  — ", "dim"),
                                 (title(d.article), "italic")))
            for d in timeline]


def found_options(found: Sequence[tuple[int, tuple[int, int], str]], title: Title) -> list[Option]:
    return [Option(Text.assemble((title(i), "bold"), "  ", context)) for i, _, context in found]


class StreamedOptions:
    """Fills one OptionList a chunk at a time; a newer fill replaces one still running."""

    def __init__(self, target: OptionList) -> None:
        self.target = target
        self._pending: list[Option] = []
        self._generation = 0

    def fill(self, options: list[Option]) -> None:
        self._generation += 1
        keep = self.target.highlighted or 0
        self.target.clear_options()
        self._pending = options
        self._add(FIRST)
        if options:
            self.target.highlighted = min(keep, self.target.option_count - 1)
        if self._pending:
            generation = self._generation
            self.target.set_timer(0.001, lambda: self._more(generation))

    def _more(self, generation: int) -> None:
        if generation != self._generation:
            return  # a newer fill took over
        self._add(CHUNK)
        if self._pending:
            self.target.set_timer(0.001, lambda: self._more(generation))

    def _add(self, count: int) -> None:
        batch, self._pending = self._pending[:count], self._pending[count:]
        if batch:
            self.target.add_options(batch)
