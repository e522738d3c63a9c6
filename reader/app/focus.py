"""What the reader is on — a sidebar row, a quote, a clicked word — as what `n`/`N` cycle.

Plain logic, no widget: the Sidebar says which item the cursor is on (a message) and the
article view which character was clicked; this module turns either into a `Focus` with the
article's analysis, which the reader screen hands to the article view and the Navigator.
An entity lights all its mentions; a speaker or one of their quotes cycles that speaker's
quotes; a date cycles every date; a header cycles nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text

from reader.analysis import Analysis, Quote
from reader.app.widgets.article.navigation import Navigator, ReadingPosition, Span, Target
from reader.app.widgets.sidebar.entities import entity_status
from reader.app.widgets.sidebar.quotes import quote_status, quote_targets
from reader.app.widgets.sidebar.timeline import timeline_targets
from reader.app.widgets.sidebar.tree import Item


@dataclass(frozen=True)
class Focus:
    """Marks to light in the article, and the spans n/N step through with their targets."""

    marks: list[Span] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    targets: dict[Span, Target] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """What a click on the article lands on: its focus, the span to highlight, the status."""

    focus: Focus
    selected: Span
    status: Text


def focus_of(item: Item, group: Item | None, analysis: Analysis | None) -> Focus | None:
    """The focus of a sidebar row `item` (under the header `group`, if any); None: the row
    cycles nothing (a header)."""
    if item.kind == "entity":
        return Focus(list(item.spans), list(item.spans))
    if item.kind in ("speaker", "quote"):
        source = group if item.kind == "quote" and group is not None else item
        spans = list(source.spans)
        return Focus([], spans, quote_targets(analysis, spans))
    if item.kind == "entry":
        spans, targets = timeline_targets(analysis)
        return Focus([], spans, targets)
    return None


def speaker_focus(analysis: Analysis, quote: Quote) -> Focus:
    """Every quote of `quote`'s speaker (the unattributed ones together), each highlighting
    itself and naming its speaker."""
    same = [(q.start, q.end) for q in analysis.quotes if q.speaker == quote.speaker]
    return Focus([], same, quote_targets(analysis, same))


def hit_at(analysis: Analysis | None, offset: int) -> Hit | None:
    """A click at character `offset`: a quote cycles its speaker's quotes; a name lights all
    the mentions of its entity; anything else is no hit."""
    if analysis is None:
        return None
    quote = next((q for q in analysis.quotes if q.start <= offset < q.end), None)
    if quote is not None:
        return Hit(speaker_focus(analysis, quote), (quote.start, quote.end), quote_status(analysis, quote))
    for e in analysis.entities:
        if any(m.start <= offset < m.end for m in e.mentions):
            spans = sorted((m.start, m.end) for m in e.mentions)
            selected = next(s for s in spans if s[0] <= offset < s[1])
            return Hit(Focus(spans, spans), selected, entity_status(e))
    return None


def step_quote(analysis: Analysis, navigator: Navigator, at: ReadingPosition, direction: int) -> Quote | None:
    """`]`/`[`: the next or previous quote of anyone from the reading position; `navigator`
    then cycles that quote's speaker's quotes (as after `enter` on the quote). No quotes:
    None, and the navigator is left as it was."""
    if not analysis.quotes:
        return None
    ordered = sorted(analysis.quotes, key=lambda q: q.start)
    spans = [(q.start, q.end) for q in ordered]
    navigator.set(spans)
    span = navigator.step(direction, at)
    if span is None:
        return None
    quote = ordered[spans.index(span)]
    same = speaker_focus(analysis, quote)
    navigator.set(same.spans, same.targets)
    return quote
