"""The library: a shelf of articles as a table, and who said what across all of them.

Tabs: Articles (title, outlet or byline, date, words, quotes, people, analysis state —
sortable by any column, filtered as you type), Speakers (one entry per person across the
shelf; their quotes from every article beside), People, Organisations, Timeline (every dated
event with its article), Find (`/`: article texts and quotes of the whole shelf). `enter`
opens the reader at the item; `escape` in the reader comes back here with the place kept.

Built for a thousand articles: the app tells the screen which article moved
(`article_changed`), and the screen updates only those rows, at most ten times a second; the
cross-article index (`reader.shelf.index`, plain data, no spaCy) and the rows of every list are
built in a thread and posted back as a message; the lists draw only the rows on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static, TabbedContent, TabPane

from reader.app.state import ArticleState
from reader.app.widgets.library import lists
from reader.app.widgets.library.lists import ShelfLists
from reader.app.widgets.library.lines import CursorLines, LineList
from reader.app.widgets.library.table import COLUMNS, ArticlesTable, ordered, row_of, shelf_title, state_label
from reader.app.widgets.keys_footer import KeysFooter
from reader.shelf.index import build_index

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.app.app import NewsreaderApp

__all__ = ["LibraryScreen", "find_in_shelf", "row_of", "state_label"]

Span = tuple[int, int]
_MAX_FIND = 200
FLUSH_S = 0.1  # analysis steps reach the table at most this often
# The index is rebuilt once articles stop finishing for a moment (a thousand cache hits arrive
# in a second or two: one build after them, not ten during), and at least this often meanwhile;
# at once when every article is finished.
INDEX_QUIET_S = 0.15
INDEX_MAX_WAIT_S = 2.0


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


class IndexBuilt(Message):
    """The lists of the cross-article index over the analysed articles `positions` (state indices)."""

    def __init__(self, lists: ShelfLists, positions: list[int]) -> None:
        super().__init__()
        self.lists, self.positions = lists, positions


class LibraryScreen(Screen[None]):
    """The shelf; its cursor and sort stay when the reader comes back."""

    BINDINGS = [
        Binding("slash", "find", "Find in shelf", key_display="/", id="library.find"),
        Binding("s", "sort", "Sort", tooltip="Sort the articles by the next column", id="library.sort"),
        Binding("escape", "back", "Reader", tooltip="Back to the article on show", id="library.back"),
        Binding("down", "into_tab", "Into the list", show=False, id="library.into"),
        Binding("q", "app.quit", "Quit", id="library.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._sort = 2  # by date
        self._lists = ShelfLists()
        self._positions: list[int] = []  # index article number → state index
        self._dirty: set[int] = set()
        self._flush_timer: Timer | None = None
        self._index_stale = True
        self._building = False
        self._stale_since = time.monotonic()  # the oldest finished article the index lacks
        self._last_finish = 0.0
        self._index_timer: Timer | None = None
        self._found: list[tuple[int, Span, str]] = []
        self._quotes_of: tuple[ShelfLists, int] | None = None  # (lists, speaker row) whose quotes show

    @property
    def newsreader(self) -> NewsreaderApp:
        return self.app  # type: ignore[return-value]

    @property
    def shown_rows(self) -> int:
        """Rows in the articles table now (0 before the screen is composed)."""
        tables = self.query(ArticlesTable)
        return tables.first().row_count if tables else 0

    @property
    def indexed_articles(self) -> int:
        """How many articles the cross-article index now shown was built from."""
        return len(self._positions)

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        with TabbedContent(id="library-tabs"):
            with TabPane("Articles", id="library-articles"):
                yield Input(placeholder="filter by title, outlet or byline…", id="library-filter")
                yield ArticlesTable(id="library-table")
            with TabPane("Speakers", id="library-speakers"):
                with Horizontal():
                    yield LineList(id="library-speaker-list")
                    yield LineList(id="library-speaker-quotes")
            with TabPane("People", id="library-people"):
                yield LineList(id="library-people-list")
            with TabPane("Organisations", id="library-orgs"):
                yield LineList(id="library-org-list")
            with TabPane("Timeline", id="library-timeline"):
                yield LineList(id="library-timeline-list")
            with TabPane("Find", id="library-find"):
                yield Input(placeholder="find in every article…", id="library-find-input")
                yield LineList(id="library-find-results")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._update_title()
        self._fill_table()
        self.query_one(ArticlesTable).focus()
        self._rebuild_index()

    # ------------------------------------------------------- analysis steps
    def article_changed(self, index: int) -> None:
        """Article `index` advanced, finished or failed: its row (and the index) follow soon."""
        self._dirty.add(index)
        if self._flush_timer is None:
            self._flush_timer = self.set_timer(FLUSH_S, self._flush)

    def refresh_shelf(self) -> None:
        """Bring everything up to date now (the screen is shown again)."""
        self._flush()

    def _flush(self) -> None:
        self._flush_timer = None
        dirty, self._dirty = self._dirty, set()
        states = self.newsreader.states
        if any(states[i].finished for i in dirty):
            now = time.monotonic()
            if not self._index_stale:
                self._stale_since = now
            self._index_stale, self._last_finish = True, now
        self._update_title()
        self.query_one(ArticlesTable).update_rows(dirty)
        self._rebuild_index()

    def _update_title(self) -> None:
        states = self.newsreader.states
        done = sum(1 for s in states if s.finished)
        self.query_one("#library-title", Static).update(  # one line, always: no re-layout of the screen
            Text.assemble(("Library", "bold"), f" │ {len(states)} articles · {done} analysed"), layout=False)

    # ------------------------------------------------------- the index
    def _rebuild_index(self) -> None:
        """One build at a time, in a thread, over the analyses finished by now."""
        if not self._index_stale or self._building:
            return
        now = time.monotonic()
        waiting = not all(s.finished for s in self.newsreader.states)  # (else no more are coming)
        if waiting and now - self._last_finish < INDEX_QUIET_S and now - self._stale_since < INDEX_MAX_WAIT_S:
            if self._index_timer is None:
                self._index_timer = self.set_timer(INDEX_QUIET_S, self._index_waited)
            return
        states = self.newsreader.states
        positions = [i for i, s in enumerate(states) if s.finished and s.analysis is not None]
        analyses = [states[i].analysis for i in positions]
        titles = [self._title(i) for i in positions]
        self._index_stale, self._building = False, True
        self._build_index(analyses, positions, titles)  # type: ignore[arg-type]

    def _index_waited(self) -> None:
        self._index_timer = None
        self._rebuild_index()

    # (A description of our own: Textual's default is the repr of every argument, a thousand
    # analyses, written on the UI thread: 60-80 ms before the thread even started.)
    @work(thread=True, group="shelf-index", exit_on_error=False, description="the shelf index")
    def _build_index(self, analyses: list[Analysis], positions: list[int], titles: list[str]) -> None:
        self.post_message(IndexBuilt(lists.shelf_lists(build_index(analyses), titles.__getitem__), positions))

    def on_index_built(self, message: IndexBuilt) -> None:
        self._building = False
        self._lists, self._positions = message.lists, message.positions
        self.newsreader.heap.keep()
        for list_id, rows in message.lists.rows.items():  # hidden lists: drawn when their tab shows
            self.query_one(f"#{list_id}", LineList).set_rows(rows)
        self._show_quotes(self.query_one("#library-speaker-list", LineList).cursor_row)
        self._rebuild_index()  # articles finished while it was built

    def _entries(self, list_id: str):
        return {"#library-people-list": self._lists.people, "#library-org-list": self._lists.organisations}.get(list_id)

    def _article(self, shelf_position: int) -> int:
        """The state index of an article as numbered in the index (analysed articles only)."""
        return self._positions[shelf_position]

    def _title(self, i: int) -> str:
        return shelf_title(self.newsreader.states[i].article)

    def _title_in_index(self, k: int) -> str:
        return self._title(self._article(k))

    def _show_quotes(self, k: int) -> None:
        speakers = self._lists.speakers
        if self._quotes_of is not None and self._quotes_of[0] is self._lists and self._quotes_of[1] == k:
            return  # (the list's fill announces its cursor too: one fill of the quotes, one repaint)
        self._quotes_of = (self._lists, k)
        entry = speakers[k] if 0 <= k < len(speakers) else None
        self.query_one("#library-speaker-quotes", LineList).set_rows(
            lists.quote_rows(entry, self._title_in_index) if entry is not None else [], keep_cursor=False)

    # ------------------------------------------------------------ the table
    def _fill_table(self) -> None:
        needle = self.query_one("#library-filter", Input).value
        states = self.newsreader.states
        table = self.query_one(ArticlesTable)
        table.sorted_by = self._sort
        table.fill(states, ordered(states, self._sort, needle))

    # ----------------------------------------------------------------- actions
    def action_sort(self) -> None:
        self._sort = (self._sort + 1) % len(COLUMNS)
        self._fill_table()  # the header marks the column

    def action_find(self) -> None:
        self.query_one("#library-tabs", TabbedContent).active = "library-find"
        self.query_one("#library-find-input", Input).focus()

    def action_into_tab(self) -> None:
        """`down` where nothing else takes it (the tab bar, a filter or find box): into the tab's list."""
        pane = self.query_one("#library-tabs", TabbedContent).active_pane
        targets = pane.query(CursorLines) if pane is not None else None
        if targets:
            targets.first().focus()

    def action_back(self) -> None:
        self.newsreader.open_article(self.newsreader.index)

    @on(Input.Changed, "#library-filter")
    def _filter(self) -> None:
        self._fill_table()

    @on(Input.Changed, "#library-find-input")
    def _find(self, event: Input.Changed) -> None:
        self._found = find_in_shelf(self.newsreader.states, event.value)
        self.query_one("#library-find-results", LineList).set_rows(lists.found_rows(self._found, self._title),
                                                                   keep_cursor=False)

    @on(CursorLines.Selected, "#library-table")
    def _open_row(self, event: CursorLines.Selected) -> None:
        event.stop()
        self.newsreader.open_article(self.query_one(ArticlesTable).article_at(event.row))

    @on(CursorLines.Highlighted, "#library-speaker-list")
    def _speaker_highlighted(self, event: CursorLines.Highlighted) -> None:
        if not isinstance(event, CursorLines.Selected):
            self._show_quotes(event.row)

    @on(CursorLines.Selected)
    def _open_item(self, event: CursorLines.Selected) -> None:
        opener = self._opener(event.lines.id or "", event.row)
        if opener is not None:
            opener()

    def _opener(self, list_id: str, n: int) -> Callable[[], None] | None:
        app = self.newsreader
        if list_id == "library-speaker-list":
            self.query_one("#library-speaker-quotes", LineList).focus()
            return None
        if list_id == "library-speaker-quotes":
            k = self.query_one("#library-speaker-list", LineList).cursor_row
            q = self._lists.speakers[k].quotes[n]
            return lambda: app.open_article(self._article(q.article), (q.start, q.end))
        if list_id == "library-timeline-list":
            d = self._lists.timeline[n]
            return lambda: app.open_article(self._article(d.article), (d.start, d.start + len(d.expression)))
        if list_id == "library-find-results":
            i, span, _ = self._found[n]
            return lambda: app.open_article(i, span)
        entries = self._entries(f"#{list_id}")
        if entries is not None:
            first = entries[n].articles[0]
            return lambda: app.open_article(self._article(first))
        return None
