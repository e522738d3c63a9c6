"""The library's lists built from the cross-article index: speakers, their quotes, people and
organisations, the merged timeline, and the places Find found — one Text row per item, in the
index's order (a row's number is its item's), for a `LineList` (`lines.py`). Names, quotes and
titles are data: always Text, never markup.

`ShelfLists` is all of them at once, made in the thread that builds the index: a thousand
articles give thousands of rows, and building them on the UI thread when a tab was first shown
made that key wait.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rich.text import Text

from reader.shelf.index import DateRef, ShelfEntry, ShelfIndex

Title = Callable[[int], str]  # an index article number → its title


@dataclass
class ShelfLists:
    """The index as the library lists it: each list's items in order, and their rows by list id."""

    speakers: list[ShelfEntry] = field(default_factory=list)
    people: list[ShelfEntry] = field(default_factory=list)
    organisations: list[ShelfEntry] = field(default_factory=list)
    timeline: list[DateRef] = field(default_factory=list)
    rows: dict[str, list[Text]] = field(default_factory=dict)


def shelf_lists(index: ShelfIndex, title: Title) -> ShelfLists:
    """Every list of the library from one index (plain data and Text: safe in a thread)."""
    out = ShelfLists(index.speakers, index.people, index.organisations, index.timeline)
    out.rows = {
        "library-speaker-list": speaker_rows(out.speakers),
        "library-people-list": entry_rows(out.people),
        "library-org-list": entry_rows(out.organisations),
        "library-timeline-list": timeline_rows(out.timeline, title),
    }
    return out


def speaker_rows(speakers: Sequence[ShelfEntry]) -> list[Text]:
    return [Text.assemble((e.name, "bold"), (f"  {len(e.quotes)} quotes · {len(e.articles)} articles", "dim"))
            for e in speakers]


def quote_rows(entry: ShelfEntry, title: Title) -> list[Text]:
    return [Text.assemble(f"“{' '.join(q.text.split())}”", ("  — ", "dim"), (title(q.article), "italic"))
            for q in entry.quotes]


def entry_rows(entries: Sequence[ShelfEntry]) -> list[Text]:
    return [Text.assemble((e.name, "bold"), f", {e.roles[0]}" if e.roles else "",
                          (f"  {len(e.articles)} articles · {e.mentions} mentions", "dim"))
            for e in entries]


def timeline_rows(timeline: Sequence[DateRef], title: Title) -> list[Text]:
    return [Text.assemble((d.date.ljust(11), "bold"), " ".join(d.event.split()), ("  — ", "dim"),
                          (title(d.article), "italic"))
            for d in timeline]


def found_rows(found: Sequence[tuple[int, tuple[int, int], str]], title: Title) -> list[Text]:
    return [Text.assemble((title(i), "bold"), "  ", context) for i, _, context in found]
