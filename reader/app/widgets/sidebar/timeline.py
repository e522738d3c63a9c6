"""Timeline tab: dated entries in calendar order under year headers, unresolved ones after."""

from __future__ import annotations

from rich.text import Text

from reader.analysis import Analysis, TimelineEntry
from reader.app.widgets.article.navigation import Span, Target
from reader.app.widgets.sidebar.tree import Item, ReaderTree
from reader.date_labels import date_label
from reader.nlp.time.timex import heading, sort_key


def ordered(analysis: Analysis) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """Calendar order as the NLP defines it (a week, quarter or season sorts at its start, not
    as a string), so the tab and the export agree."""
    dated = sorted((t for t in analysis.timeline if t.date), key=lambda t: (sort_key(t.date), t.start))
    undated = sorted((t for t in analysis.timeline if not t.date), key=lambda t: t.start)
    return dated, undated


def entry_status(t: TimelineEntry) -> Text:
    status = Text()
    status.append(date_label(t.date) if t.date else "unresolved", style="bold")
    status.append(f" · “{t.expression}” · ")
    status.append(t.event)
    return status


def entry_item(t: TimelineEntry) -> Item:
    target = (t.sentence.start, t.sentence.end) if t.sentence is not None else (t.start, t.end)
    return Item("entry", t.id, ((t.start, t.end),), target, lambda: entry_status(t))


def fill(tree: ReaderTree, analysis: Analysis | None, published: str | None = None) -> None:
    key = tree.start_fill(analysis is not None)
    if analysis is None:
        return
    dated, undated = ordered(analysis)
    years: dict[str, list[tuple[Text, Item]]] = {}
    for t in dated:
        year = heading(t.date)
        label = Text.assemble((date_label(t.date, omit_year=year), "bold"), "  " + (t.event or t.expression))
        years.setdefault(year, []).append((label, entry_item(t)))
    for year, children in years.items():
        tree.add_group(Text(year, style="bold"), Item("header", f"year:{year}"), children)
    if undated:
        hint = "" if published else " (press d to set the publication date)"
        children = []
        for t in undated:
            label = Text.assemble((t.expression, "bold"), "  " + t.event)
            children.append((label, entry_item(t)))
        tree.add_group(Text.assemble(("Unresolved", "bold dim"), (hint, "dim")), Item("header", "year:?"), children)
    if not analysis.timeline:
        tree.root.add_leaf(Text("no dates", style="dim"), Item("header", "none"))
    tree.restore_cursor(key)


def timeline_targets(analysis: Analysis | None) -> tuple[list[Span], dict[Span, Target]]:
    """For n/N over the timeline: every date, in reading order, highlighting its sentence."""
    if analysis is None:
        return [], {}
    targets: dict[Span, Target] = {}
    for t in analysis.timeline:
        item = entry_item(t)
        targets[(t.start, t.end)] = (item.target or (t.start, t.end), item.status)
    return sorted(targets), targets
