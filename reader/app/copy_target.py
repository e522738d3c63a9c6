"""`y`: what the reader means by "this" — the list row under the cursor, or the highlight.

A quote becomes a citation with its speaker, an entity or a speaker their name, a date its
sentence (reader/citation.py says how). The screen only asks and copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis import Analysis
from reader.app.widgets.article.navigation import Span
from reader.app.widgets.sidebar.tree import Item
from reader.citation import entity_citation, entry_citation, one_line, quote_citation, speaker_of


@dataclass(frozen=True)
class Copied:
    text: str
    what: str  # "quote", "name" or "sentence", for the toast


def choose(a: Analysis, row: object, selected: Span | None, list_focused: bool, published: str | None) -> Copied | None:
    """The list's row when the list has focus or nothing is highlighted, else the highlight."""
    copied = None
    if isinstance(row, Item) and (list_focused or selected is None):
        copied = from_item(a, row, published)
    if copied is None and selected is not None:
        copied = from_span(a, selected, published)
    return copied


def from_item(a: Analysis, item: Item, published: str | None) -> Copied | None:
    """The list row's thing (a group header is nothing)."""
    if item.kind == "quote":
        q = next((q for q in a.quotes if q.id == item.key), None)
        return Copied(quote_citation(a, q, published=published), "quote") if q else None
    if item.kind == "speaker":
        said = [q for q in a.quotes if f"speaker:{q.speaker}" == item.key]
        name = speaker_of(a, said[0]) if said else None
        return Copied(name, "name") if name else None
    if item.kind == "entity":
        e = a.entity(item.key)
        return Copied(entity_citation(e), "name") if e else None
    if item.kind == "entry":
        t = next((t for t in a.timeline if t.id == item.key), None)
        return Copied(entry_citation(a, t), "sentence") if t else None
    return None


def from_span(a: Analysis, span: Span, published: str | None) -> Copied | None:
    """The highlighted span's thing: a quote, a date's sentence or a mention (else its text)."""
    start, end = span
    for q in a.quotes:
        if q.start <= start and end <= q.end:
            return Copied(quote_citation(a, q, published=published), "quote")
    for t in a.timeline:
        if (t.start, t.end) == span or t.sentence is not None and (t.sentence.start, t.sentence.end) == span:
            return Copied(entry_citation(a, t), "sentence")
    for e in a.entities:
        if any((m.start, m.end) == span for m in e.mentions):
            return Copied(entity_citation(e), "name")
    text = one_line(a.text[start:end])
    return Copied(text, "text") if text else None
