"""The overview: who gets the words, when things happened, where a person appears — as pictures.

Three parts, keyboard first, drawn from `reader.overview`'s figures (the same as
`--export summary`), coloured with the theme's accent:
- Voices: speakers ranked by quotes, each with a bar of their share; `enter` jumps to the
  speaker's first quote, and the highlighted speaker's presence is drawn below.
- Presence: where in the article the highlighted speaker (or person) is mentioned and quoted.
- Timeline strip: the dated events on one axis; the highlighted one is marked; `enter` jumps
  to its sentence.
The widget knows nothing of the reader screen: it posts `Overview.Jump` with a span.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.analysis import Analysis
from reader.export.summary import MARKERS, PRESENCE_LEGEND, axis_lines, bar, presence_track
from reader.overview import Strip, Voice, presence, strip, voices

_BAR_WIDTH = 12


class Overview(VerticalScroll):
    """The story at a glance for one analysis; empty until the analysis arrives."""

    class Jump(Message):
        """Show this span of the article (a quote, or an event's sentence)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    def __init__(self, analysis: Analysis | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = analysis
        self._voices: list[Voice] = []
        self._strip: Strip = Strip([], [], "year", [])

    def compose(self) -> ComposeResult:
        yield Static(Text("Voices", style="bold"), classes="overview-heading")
        yield OptionList(id="overview-voices")
        yield Static(id="overview-presence")
        yield Static(Text("Timeline", style="bold"), classes="overview-heading")
        yield Static(id="overview-axis")
        yield OptionList(id="overview-events")

    def on_mount(self) -> None:
        self.show(self.analysis)

    @property
    def accent(self) -> str:
        theme = self.app.current_theme
        return (theme.accent or theme.primary) if theme else "cyan"

    def show(self, analysis: Analysis | None) -> None:
        """Draw the overview of `analysis` (None: nothing yet)."""
        self.analysis = analysis
        self._voices = voices(analysis) if analysis else []
        self._strip = strip(analysis) if analysis else Strip([], [], "year", [])
        voices_list = self.query_one("#overview-voices", OptionList)
        voices_list.clear_options()
        if not self._voices:
            voices_list.add_option(Option(Text("no quotes" if analysis else "analysing…", style="dim"), disabled=True))
        for i, v in enumerate(self._voices):
            voices_list.add_option(Option(self._voice_row(v), id=f"voice-{i}"))
        events = self.query_one("#overview-events", OptionList)
        events.clear_options()
        for p in self._strip.placed:
            when = p.when.isoformat()[:_LEN.get(p.granularity, 10)]
            events.add_option(Option(Text.assemble((when.ljust(12), "bold"), p.event or p.label),
                                     id=f"event-{p.entry_id}"))
        for expression in self._strip.undated:
            events.add_option(Option(Text.assemble(("undated".ljust(12), "dim"), expression), disabled=True))
        if self._voices:
            voices_list.highlighted = 0
        if self._strip.placed:
            events.highlighted = 0
        self._draw_presence(0 if self._voices else None)
        self._draw_axis(self._strip.placed[0].entry_id if self._strip.placed else None)

    def _voice_row(self, v: Voice) -> Text:
        name = " ".join(v.name.split())
        row = Text(f"{MARKERS[v.kind]} ")
        row.append(name[:24].ljust(24), style="italic" if v.kind in ("unnamed", "unattributed") else "bold")
        row.append(" ")
        row.append_text(bar(v.share, _BAR_WIDTH, self.accent))
        row.append(f" {v.quotes:>3} q {v.words:>5} w", style="dim")
        return row

    def _width(self) -> int:
        return max(20, self.size.width - 4)

    def _draw_presence(self, index: int | None) -> None:
        target = self.query_one("#overview-presence", Static)
        voice = self._voices[index] if index is not None and index < len(self._voices) else None
        p = presence(self.analysis, voice.entity_id) if voice and voice.entity_id and self.analysis else None
        if p is None:
            target.update(Text("Presence: highlight a named speaker", style="dim"))
            return
        target.update(Text.assemble(("Presence of ", "dim"), (p.name, "bold"), "\n",
                                    presence_track(p, self._width(), self.accent), "\n",
                                    (PRESENCE_LEGEND, "dim")))

    def _draw_axis(self, selected: str | None) -> None:
        target = self.query_one("#overview-axis", Static)
        if not self._strip.placed:
            target.update(Text("No dated events.", style="dim"))
            return
        target.update(Text("\n").join(axis_lines(self._strip, self._width(), self.accent, selected)))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("voice-"):
            self._draw_presence(int(option_id.removeprefix("voice-")))
        elif option_id.startswith("event-"):
            self._draw_axis(option_id.removeprefix("event-"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("voice-") and self.analysis:
            voice = self._voices[int(option_id.removeprefix("voice-"))]
            quote = next((q for q in self.analysis.quotes if q.start == voice.first), None)
            if quote is not None:
                self.post_message(self.Jump(quote.start, quote.end))
        elif option_id.startswith("event-") and self.analysis:
            entry = next((t for t in self.analysis.timeline if t.id == option_id.removeprefix("event-")), None)
            if entry is not None:
                span = entry.sentence or entry
                self.post_message(self.Jump(span.start, span.end))

    def on_resize(self) -> None:
        if self.analysis is not None:
            voices_list = self.query_one("#overview-voices", OptionList)
            self._draw_presence(voices_list.highlighted)
            events = self.query_one("#overview-events", OptionList)
            highlighted = events.highlighted
            placed = self._strip.placed
            self._draw_axis(placed[highlighted].entry_id if highlighted is not None and highlighted < len(placed) else None)


_LEN = {"year": 4, "month": 7, "day": 10}
