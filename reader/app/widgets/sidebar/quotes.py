"""Quotes tab: speakers by number of quotes, each expanding to their quotes; Unattributed last."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rich.text import Text

from reader.analysis import Analysis, Quote
from reader.app.widgets.article.navigation import Span, Target
from reader.app.widgets.article.view import SPEAKER_TINTS
from reader.app.widgets.sidebar.tree import Item, ReaderTree

UNATTRIBUTED = "speaker:-"


def speakers(analysis: Analysis) -> list[tuple[str | None, list[Quote]]]:
    """(speaker id or None, quotes in reading order), most quotes first, Unattributed last."""
    by: dict[str | None, list[Quote]] = defaultdict(list)
    for q in sorted(analysis.quotes, key=lambda q: q.start):
        by[q.speaker].append(q)
    named = sorted((k for k in by if k is not None), key=lambda k: (-len(by[k]), by[k][0].start))
    out = [(k, by[k]) for k in named]
    if None in by:
        out.append((None, by[None]))
    return out


def speaker_tints(analysis: Analysis) -> dict[str | None, str]:
    """Component class per speaker: each speaker's quotes share a tint."""
    tints: dict[str | None, str] = {None: "article--quote-unattributed"}
    for i, (sid, _) in enumerate(s for s in speakers(analysis) if s[0] is not None):
        tints[sid] = f"article--speaker-{i % SPEAKER_TINTS}"
    return tints


def quote_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    tints = speaker_tints(analysis)
    out: list[tuple[int, int, str]] = []
    for q in analysis.quotes:
        out.append((q.start, q.end, "article--quote"))
        out.append((q.start, q.end, tints.get(q.speaker, "article--quote-unattributed")))
    return out


def speaker_name(analysis: Analysis, q: Quote) -> str | None:
    e = analysis.entity(q.speaker)
    return e.name if e is not None else q.speaker_name


def first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def quote_status(analysis: Analysis, q: Quote) -> Text:
    t = Text()
    name = speaker_name(analysis, q)
    e = analysis.entity(q.speaker)
    if name:
        t.append(name, style="bold")
        if e is not None and e.role:
            t.append(f" ({e.role})", style="italic")
    else:
        t.append("Unattributed", style="bold dim")
    if q.cue:
        t.append(f" · {q.cue}")
    t.append(f" · {q.kind} · “{first_words(q.text, 12)}”")
    return t


def fill(tree: ReaderTree, analysis: Analysis | None) -> None:
    key = tree.start_fill(analysis is not None)
    if analysis is None:
        return
    groups = speakers(analysis)
    expand = len(analysis.quotes) <= 60
    for sid, quotes in groups:
        e = analysis.entity(sid)
        name = "Unattributed" if sid is None else (e.name if e is not None else quotes[0].speaker_name or sid)
        label = Text.assemble((name, "bold" if sid is not None else "bold dim"))
        label.append(f" {len(quotes)}", style="dim")
        if e is not None and e.role:
            label.append(f"  {e.role}", style="italic dim")
        status = Text.assemble(
            (name, "bold"),
            f" · {len(quotes)} quote{'s' if len(quotes) != 1 else ''}",
            ("   n/N: next/previous quote", "dim"),
        )
        spans = tuple((q.start, q.end) for q in quotes)
        children = [
            (
                Text(f"“{first_words(q.text)}”"),
                Item("quote", q.id, ((q.start, q.end),), None, lambda q=q: quote_status(analysis, q)),
            )
            for q in quotes
        ]
        tree.add_group(
            label,
            Item("speaker", UNATTRIBUTED if sid is None else f"speaker:{sid}", spans, None, status),
            children,
            expand=expand,
        )
    if not analysis.quotes:
        tree.root.add_leaf(Text("no quotes", style="dim"), Item("header", "none"))
    tree.restore_cursor(key)


def quote_targets(analysis: Analysis | None, spans: Iterable[tuple[int, int]]) -> dict[Span, Target]:
    """For n/N over quotes: each quote highlights itself and shows its speaker."""
    if analysis is None:
        return {}
    wanted = set(spans)
    return {
        (q.start, q.end): ((q.start, q.end), lambda q=q: quote_status(analysis, q))
        for q in analysis.quotes
        if (q.start, q.end) in wanted
    }
