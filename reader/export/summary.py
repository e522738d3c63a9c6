"""`--export summary`: the story at a glance, drawn with Rich on stdout.

Voices (who gets the words, as bars), the timeline strip, and where the main people appear.
Everything from the article is `Text`, never markup. Rich drops colour by itself when stdout is
not a terminal, so `| less` or a file gets plain text; the width follows the terminal (80 when
there is none).
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from reader.analysis import Analysis
from reader.overview import Presence, Strip, marks, presence, strip, voices

MARKERS = {"person": "●", "organisation": "■", "unnamed": "○", "unattributed": "?"}
_FORMATS = {"day": "%d %b %Y", "month": "%b %Y", "year": "%Y"}
_BAR = "█"
_REST = "·"


ACCENT = "cyan"  # the app passes its theme's accent colour instead


def bar(share: float, width: int, accent: str = ACCENT) -> Text:
    """A horizontal bar of `share` (0..1) in `width` cells; a non-zero share shows at least one cell."""
    full = 0 if share <= 0 else max(1, round(share * width))
    return Text(_BAR * full, style=f"bold {accent}") + Text(_REST * (width - full), style="dim")


def _heading(title: str) -> Text:
    return Text(title, style="bold underline")


def voices_table(a: Analysis, bar_width: int = 20) -> RenderableType:
    rows = voices(a)
    if not rows:
        return Text("No quotes.", style="dim")
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=False)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("speaker", overflow="ellipsis", no_wrap=True, max_width=28)
    table.add_column("share", no_wrap=True)
    table.add_column("quotes", justify="right", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    for v in rows:
        who = Text(" ".join(v.name.split()), style="italic" if v.kind in ("unnamed", "unattributed") else "")
        if v.role:
            who.append(f", {' '.join(v.role.split())}", style="dim")
        table.add_row(Text(MARKERS[v.kind]), who, bar(v.share, bar_width),
                      Text(str(v.quotes)), Text(str(v.words)))
    legend = Text("● person  ■ organisation  ○ unnamed  ? no speaker · bar: share of quotes", style="dim")
    return Group(table, legend)


def axis_lines(s: Strip, width: int, accent: str = ACCENT, selected: str | None = None) -> list[Text]:
    """The time axis with a mark per dated event (the selected one as ◆) and its tick labels."""
    axis = Text("─" * width, style=accent)
    for cell in marks([p.position for p in s.placed], width):
        axis = axis[:cell] + Text("●", style=accent) + axis[cell + 1:]
    for p in s.placed:
        if p.entry_id == selected:
            cell = marks([p.position], width)[0]
            axis = axis[:cell] + Text("◆", style=f"bold reverse {accent}") + axis[cell + 1:]
    labels = [" "] * width
    for t in s.ticks:
        cell = min(width - len(t.label), int(t.position * (width - 1)))
        if cell >= 0 and all(c == " " for c in labels[max(0, cell - 1): cell + len(t.label) + 1]):
            labels[cell: cell + len(t.label)] = list(t.label)
    return [axis, Text("".join(labels).rstrip(), style="dim")]


def strip_lines(s: Strip, width: int, accent: str = ACCENT) -> list[Text]:
    """The axis with a mark per dated event, its tick labels, then each event by its date."""
    if not s.placed:
        return [Text("No dated events.", style="dim")] + _undated(s)
    out = axis_lines(s, width, accent)
    for p in s.placed:
        when = p.when.strftime(_FORMATS.get(p.granularity or "", "%Y-%m-%d")).lstrip("0")
        line = Text("  ● ", style=accent) + Text(when.ljust(11), style="bold") + Text(f" {p.event or p.label}")
        line.append(f" ({p.label})" if p.event and p.label != when else "", style="dim")
        line.truncate(width, overflow="ellipsis")
        out.append(line)
    return out + _undated(s)


def _undated(s: Strip) -> list[Text]:
    if not s.undated:
        return []
    return [Text("  not placed (no date to resolve against): ", style="dim") + Text("; ".join(s.undated))]


def presence_track(p: Presence, width: int, accent: str = ACCENT) -> Text:
    """One person along the article: · nothing, │ mentioned, █ quoted (left = start)."""
    cells = ["·"] * width
    for c in marks(p.mentions, width):
        cells[c] = "│"
    for c in marks(p.quotes, width):
        cells[c] = "█"
    return Text("".join(cells), style=accent)


PRESENCE_LEGEND = "│ mentioned  █ quoted · the article from start (left) to end (right)"


def presence_lines(a: Analysis, width: int, most: int = 5, accent: str = ACCENT) -> list[Text]:
    """For the most mentioned people: their mentions and quotes along the article."""
    people = sorted((e for e in a.entities if e.label == "PERSON"), key=lambda e: -len(e.mentions))[:most]
    if not people:
        return [Text("No people.", style="dim")]
    name_width = min(22, max(len(e.name) for e in people))
    track = max(10, width - name_width - 2)
    out = []
    for e in people:
        p = presence(a, e.id)
        if p is not None:
            name = Text(e.name[:name_width].ljust(name_width), style="bold")
            out.append(name + Text("  ") + presence_track(p, track, accent))
    out.append(Text(PRESENCE_LEGEND, style="dim"))
    return out


def summary(a: Analysis, width: int = 80) -> RenderableType:
    """The whole overview of one analysis as one renderable."""
    head = Text(" ".join((a.title or a.source).split()), style="bold")
    facts = [f for f in (a.byline and f"by {' '.join(a.byline.split())}", a.published) if f]
    parts: list[RenderableType] = [head]
    if facts:
        parts.append(Text(" · ".join(facts), style="dim"))
    inner = max(20, width - 2)
    parts += [Text(""), _heading("Voices"), voices_table(a, bar_width=max(8, min(24, inner - 50))),
              Text(""), _heading("Timeline"), *strip_lines(strip(a), inner),
              Text(""), _heading("Where people appear"), *presence_lines(a, inner)]
    return Group(*parts)


def print_summary(a: Analysis, console: Console | None = None) -> None:
    console = console or Console(highlight=False, emoji=False)
    console.print(summary(a, width=console.width), markup=False, highlight=False, emoji=False)
    console.print()
