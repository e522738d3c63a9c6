"""The library's lists built from the cross-article index: speakers, their quotes, people and
organisations, the merged timeline, and the places Find found — one Text row per item, in the
index's order (a row's number is its item's), for a `LineList` (`lines.py`). Names, quotes and
titles are data: always Text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text

from reader.shelf.index import DateRef, ShelfEntry

Title = Callable[[int], str]  # an index article number → its title


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
