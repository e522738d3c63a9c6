"""The library: a shelf of articles as a table, and who said what across all of them.

Tabs: Articles (title, outlet or byline, date, words, quotes, people, analysis state —
sortable by any column, filtered as you type), Speakers (one entry per person across the
shelf; their quotes from every article beside), People, Organisations, Timeline (every dated
event with its article), Find (`/`: article texts and quotes of the whole shelf). `enter`
opens the reader at the item; `escape` in the reader comes back here with the place kept.
Everything is built from `ArticleState`s and the cross-article index (`reader.shelf.index`):
no spaCy on this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.app.state import ArticleState
from reader.shelf.index import ShelfEntry, ShelfIndex, build_index

if TYPE_CHECKING:
    from reader.app.app import NewsreaderApp

Span = tuple[int, int]
COLUMNS = ("title", "by", "date", "words", "quotes", "people", "state")
_MAX_FIND = 200


def state_label(state: ArticleState) -> str:
    if state.failure is not None:
        return "failed"
    if state.finished:
        return "done"
    done, total = state.progress
    return f"{min(99, 100 * done // max(1, total))}%" if done else "queued"


def row_of(state: ArticleState) -> tuple[str, str, str, int, int, int, str]:
    """The article's row: what the table shows and sorts by."""
    a, an = state.article, state.analysis
    by = " ".join((getattr(a, "outlet", None) or a.byline or "").split())
    people = sum(1 for e in an.entities if e.label == "PERSON") if an else 0
    return (" ".join((a.title or a.source).split()), by, state.published or "", a.word_count,
            len(an.quotes) if an else 0, people, state_label(state))


def find_in_shelf(states: list[ArticleState], query: str, most: int = _MAX_FIND) -> list[tuple[int, Span, str]]:
    """Every place the query occurs (case-insensitive) in the shelf's texts: (article, span, context)."""
    q = query.casefold()
    out: list[tuple[int, Span, str]] = []
    if not q:
        return out
    for i, s in enumerate(states):
        text = s.article.text
        low = text.casefold()
        at = low.find(q)
        while at >= 0 and len(out) < most:
            out.append((i, (at, at + len(q)), " ".join(text[max(0, at - 30): at + len(q) + 30].split())))
            at = low.find(q, at + max(1, len(q)))
    return out


class LibraryScreen(Screen[None]):
    """The shelf; its cursor and sort stay when the reader comes back."""

    BINDINGS = [
        Binding("slash", "find", "Find in shelf", key_display="/", id="library.find"),
        Binding("s", "sort", "Sort", tooltip="Sort the articles by the next column", id="library.sort"),
        Binding("escape", "back", "Reader", tooltip="Back to the article on show", id="library.back"),
        Binding("q", "app.quit", "Quit", id="library.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._sort = 2  # by date
        self._index: ShelfIndex = ShelfIndex([], [])
        self._speakers: list[ShelfEntry] = []

    @property
    def newsreader(self) -> NewsreaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        with TabbedContent(id="library-tabs"):
            with TabPane("Articles", id="library-articles"):
                yield Input(placeholder="filter by title, outlet or byline…", id="library-filter")
                yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
            with TabPane("Speakers", id="library-speakers"):
                with Horizontal():
                    yield OptionList(id="library-speaker-list")
                    yield OptionList(id="library-speaker-quotes")
            with TabPane("People", id="library-people"):
                yield OptionList(id="library-people-list")
            with TabPane("Organisations", id="library-orgs"):
                yield OptionList(id="library-org-list")
            with TabPane("Timeline", id="library-timeline"):
                yield OptionList(id="library-timeline-list")
            with TabPane("Find", id="library-find"):
                yield Input(placeholder="find in every article…", id="library-find-input")
                yield OptionList(id="library-find-results")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#library-table", DataTable)
        for name in COLUMNS:
            table.add_column(name, key=name)
        self.refresh_shelf()
        table.focus()

    # ------------------------------------------------------------------ filling
    def refresh_shelf(self) -> None:
        """Rebuild the table and the cross-article lists from the states (after analyses land)."""
        states = self.newsreader.states
        done = sum(1 for s in states if s.finished)
        self.query_one("#library-title", Static).update(
            Text.assemble(("Library", "bold"), f" │ {len(states)} articles · {done} analysed"))
        self._fill_table()
        self._index = build_index([s.analysis for s in states if s.analysis is not None])
        self._positions = [i for i, s in enumerate(states) if s.analysis is not None]
        self._fill_speakers()
        self._fill_entries("#library-people-list", self._index.people)
        self._fill_entries("#library-org-list", self._index.organisations)
        self._fill_timeline()

    def _fill_table(self) -> None:
        table = self.query_one("#library-table", DataTable)
        keep = table.cursor_row
        needle = self.query_one("#library-filter", Input).value.casefold()
        rows = [(i, row_of(s)) for i, s in enumerate(self.newsreader.states)]
        rows = [(i, r) for i, r in rows if not needle or needle in f"{r[0]} {r[1]}".casefold()]
        rows.sort(key=lambda ir: (ir[1][self._sort] in ("", 0), ir[1][self._sort]),
                  reverse=self._sort in (3, 4, 5))
        table.clear()
        for i, r in rows:
            table.add_row(*(Text(str(c)) for c in r), key=str(i))
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))

    def _article(self, shelf_position: int) -> int:
        """The state index of an article as numbered in the index (analysed articles only)."""
        return self._positions[shelf_position]

    def _fill_speakers(self) -> None:
        self._speakers = self._index.speakers
        names = self.query_one("#library-speaker-list", OptionList)
        names.clear_options()
        for k, e in enumerate(self._speakers):
            label = Text.assemble((e.name, "bold"), (f"  {len(e.quotes)} quotes · {len(e.articles)} articles", "dim"))
            names.add_option(Option(label, id=f"speaker-{k}"))
        if self._speakers:
            names.highlighted = 0
            self._show_quotes(0)

    def _show_quotes(self, k: int) -> None:
        quotes = self.query_one("#library-speaker-quotes", OptionList)
        quotes.clear_options()
        states = self.newsreader.states
        for n, q in enumerate(self._speakers[k].quotes):
            title = states[self._article(q.article)].article.title or states[self._article(q.article)].article.source
            quotes.add_option(Option(Text.assemble(f"“{' '.join(q.text.split())}”", ("  — ", "dim"), (title, "italic")),
                                     id=f"quote-{k}-{n}"))

    def _fill_entries(self, selector: str, entries: list[ShelfEntry]) -> None:
        target = self.query_one(selector, OptionList)
        target.clear_options()
        for e in entries:
            role = f", {e.roles[0]}" if e.roles else ""
            target.add_option(Option(Text.assemble((e.name, "bold"), role,
                                                   (f"  {len(e.articles)} articles · {e.mentions} mentions", "dim"))))
        self._entries = getattr(self, "_entries", {})
        self._entries[selector] = entries

    def _fill_timeline(self) -> None:
        target = self.query_one("#library-timeline-list", OptionList)
        target.clear_options()
        states = self.newsreader.states
        for d in self._index.timeline:
            title = states[self._article(d.article)].article.title or ""
            target.add_option(Option(Text.assemble((d.date.ljust(11), "bold"), " ".join(d.event.split()),
                                                   ("  — ", "dim"), (title, "italic"))))

    # ----------------------------------------------------------------- actions
    def action_sort(self) -> None:
        self._sort = (self._sort + 1) % len(COLUMNS)
        self._fill_table()
        self.app.notify(f"Sorted by {COLUMNS[self._sort]}", timeout=2, markup=False)

    def action_find(self) -> None:
        self.query_one("#library-tabs", TabbedContent).active = "library-find"
        self.query_one("#library-find-input", Input).focus()

    def action_back(self) -> None:
        self.newsreader.open_article(self.newsreader.index)

    @on(Input.Changed, "#library-filter")
    def _filter(self) -> None:
        self._fill_table()

    @on(Input.Changed, "#library-find-input")
    def _find(self, event: Input.Changed) -> None:
        results = self.query_one("#library-find-results", OptionList)
        results.clear_options()
        self._found = find_in_shelf(self.newsreader.states, event.value)
        states = self.newsreader.states
        for i, _, context in self._found:
            title = states[i].article.title or states[i].article.source
            results.add_option(Option(Text.assemble((title, "bold"), "  ", context)))

    @on(DataTable.RowSelected, "#library-table")
    def _open_row(self, event: DataTable.RowSelected) -> None:
        self.newsreader.open_article(int(event.row_key.value))

    @on(OptionList.OptionHighlighted, "#library-speaker-list")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_quotes(event.option_index)

    @on(OptionList.OptionSelected)
    def _open_option(self, event: OptionList.OptionSelected) -> None:
        opener = self._opener(event.option_list.id or "", event.option_index)
        if opener is not None:
            opener()

    def _opener(self, list_id: str, n: int) -> Callable[[], None] | None:
        app = self.newsreader
        if list_id == "library-speaker-list":
            self.query_one("#library-speaker-quotes", OptionList).focus()
            return None
        if list_id == "library-speaker-quotes":
            k = self.query_one("#library-speaker-list", OptionList).highlighted or 0
            q = self._speakers[k].quotes[n]
            return lambda: app.open_article(self._article(q.article), (q.start, q.end))
        if list_id == "library-timeline-list":
            d = self._index.timeline[n]
            return lambda: app.open_article(self._article(d.article), (d.start, d.start + len(d.expression)))
        if list_id == "library-find-results":
            i, span, _ = self._found[n]
            return lambda: app.open_article(i, span)
        entries = getattr(self, "_entries", {}).get(f"#{list_id}")
        if entries is not None:
            first = entries[n].articles[0]
            return lambda: app.open_article(self._article(first))
        return None
