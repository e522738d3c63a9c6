"""`ctrl+p`: jump to any speaker, entity, date or article by name, or to a quote by its words.

Names come from the article, so hits are built as plain `Content`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from reader.analysis import Analysis
from reader.app.widgets.sidebar import entities, quotes, timeline
from reader.date_labels import date_label

if TYPE_CHECKING:
    from textual.fuzzy import Matcher

Target = tuple[str, str, Callable[[], None]]  # (text shown and matched, help, action)
Span = tuple[int, int]
# Makes the action that shows tab's item `key` and jumps to a span (highlighting the target).
QUOTE_CHARS = 160  # a quote's words the palette shows and matches (a long one is cut)
JumpMaker = Callable[[str, str, Span, "Span | None"], Callable[[], None]]


def copy_command(copy: Callable[[], None]) -> Target:
    """`y` in the palette."""
    return ("Copy the selection (y)", "the highlighted quote as a citation, a name or a date's sentence", copy)


def analysis_targets(a: Analysis, jump: JumpMaker) -> list[Target]:
    """Speakers, quotes, entities and dates of an analysis, each with its jump."""
    out: list[Target] = []
    for sid, said in quotes.speakers(a):
        if sid is None:
            continue
        e = a.entity(sid)
        name = e.name if e is not None else said[0].speaker_name or sid
        count = f"{len(said)} quote{'s' if len(said) != 1 else ''}"
        out.append((f"Speaker: {name}", count, jump("quotes", f"speaker:{sid}", (said[0].start, said[0].end), None)))
    for q in a.quotes:  # by their words: "who said 'lasting peace'?"
        said_by = quotes.speaker_name(a, q) or "Unattributed"
        out.append((f"Quote: “{' '.join(q.text.split())[:QUOTE_CHARS]}”", said_by,
                    jump("quotes", q.id, (q.start, q.end), None)))
    for e in a.entities:
        if e.mentions:
            first = min(e.mentions, key=lambda m: m.start)
            help_text = " · ".join(x for x in (e.label, e.role, ", ".join(e.aliases)) if x)
            name = f"{entities.group_of(e.label)}: {e.name}"
            out.append((name, help_text, jump("entities", e.id, (first.start, first.end), None)))
    for t in a.timeline:
        target = timeline.entry_item(t).target
        name = f"Date: {date_label(t.date) if t.date else 'unresolved'} — {t.expression}"
        out.append((name, t.event, jump("timeline", t.id, (t.start, t.end), target)))
    return out


def _highlight(matcher: "Matcher", text: str) -> Content:
    content = Content(text)
    try:
        _, offsets = matcher.fuzzy_search.match(matcher.query, text)
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    except Exception:  # a Textual internals change must not break the palette
        pass
    return content


class ReaderCommands(Provider):
    """Everything in the sidebar, by name."""

    def _targets(self) -> list[Target]:
        targets = getattr(self.app, "palette_targets", None)
        return targets() if callable(targets) else []

    async def discover(self) -> Hits:
        for text, help_text, action in self._targets():
            yield DiscoveryHit(Content(text), action, text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), action, text=text, help=escape(help_text))
