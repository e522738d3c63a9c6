"""The reader: one article at a time, its sidebar of ways in, a status line and a find bar.

The screen shows an `ArticleState` (the app keeps one per open article) and turns the
reader's keys, clicks and list moves into jumps and highlights. What `n`/`N` step through is
the state's `Navigator`; the tabs fill themselves (`Sidebar.show`); the article pane renders.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from reader.app.commands import Target as PaletteTarget
from reader.app import copy_target
from reader.app.commands import analysis_targets, copy_command
from reader.app.focus import Focus, focus_of, hit_at, step_quote
from reader.app.keys import READER_KEYS
from reader.app.screens.date import DateScreen
from reader.app.screens.overview import OverviewScreen
from reader.app.state import ArticleState
from reader.app.widgets.article.navigation import Span, Status
from reader.app.widgets.article.gutter import MarkGutter
from reader.app.widgets.article.view import ArticleView
from reader.app.widgets.find import FindBar
from reader.app.widgets.header import HeaderBar
from reader.app.widgets.status import idle_text
from reader.app.widgets.sidebar import entities, quotes
from reader.app.widgets.sidebar.sidebar import TABS, Sidebar
from reader.app.widgets.sidebar.tree import Item
from reader.app.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from reader.app.app import NewsreaderApp


class ReaderScreen(Screen[None]):
    """Read one article; the sidebar lists who is in it, who said what, and when."""

    BINDINGS = READER_KEYS

    def __init__(self, state: ArticleState) -> None:
        super().__init__()
        self.state = state

    @property
    def newsreader(self) -> NewsreaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield HeaderBar(id="header")
        with Horizontal(id="body"):
            view = ArticleView(self.state.article, id="article")
            yield view
            yield MarkGutter(view, id="gutter")
            with Sidebar(id="sidebar"):
                yield from Sidebar.panes()
        yield Static(id="status")
        yield FindBar(lambda: self.state.article.text)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.view = self.query_one("#article", ArticleView)
        self.sidebar = self.query_one("#sidebar", Sidebar)
        self._status = self.query_one("#status", Static)
        self._find = self.query_one(FindBar)
        self.view.focus()
        self.show(self.state)
        self.sidebar.fit(self.size.width, self.view)

    # ----------------------------------------------------------------- display
    def show(self, state: ArticleState) -> None:
        """Show another open article (or the same one afresh), where the reader left it."""
        if state is not self.state:
            self._keep_place()
        self.state = state
        self.query_one("#gutter", MarkGutter).follow(state.navigator)
        self.sidebar.reset(state.cursors)
        self.view.set_article(state.article)
        if state.placed:
            self._restore_place()
        else:
            if state.top:  # a place remembered from an earlier run
                self.view.show_from(state.top)
            state.navigator.clear()
        self.update_header()
        self.analysis_changed()

    def _keep_place(self) -> None:
        """Write where the reader is into the state being left (like an editor's buffer)."""
        state, view = self.state, self.view
        state.top = view.offset_at_top()
        state.tab = self.sidebar.active
        state.cursors = self.sidebar.cursors()
        state.selected, state.marks = view.selected, list(view.marks)
        state.placed = True

    def _restore_place(self) -> None:
        state, view = self.state, self.view
        view.marks, view.selected = state.marks, state.selected
        view.show_from(state.top)
        if state.tab is not None:
            self.sidebar.restore_tab(state.tab)

    def analysis_changed(self) -> None:
        """The state's analysis grew or finished: repaint annotations and refill the tabs."""
        a = self.state.analysis
        self.view.set_credits(a.byline if a else None, a.credits if a else ())
        self.view.set_annotations(entities.entity_spans(a) if a else [], quotes.quote_spans(a) if a else [])
        self.sidebar.show(a, self.state.published, self.state.finished, self.state.failure)
        if not self._find.has_focus:
            self.set_status(self.idle_status())

    def timeline_reresolved(self) -> None:
        assert self.state.analysis is not None
        self.sidebar.refill_timeline(self.state.analysis, self.state.published)
        self.update_header()

    def update_header(self) -> None:
        app = self.newsreader
        self.query_one(HeaderBar).show(self.state, app.index, len(app.states))

    def idle_status(self) -> Text:
        return idle_text(self.state.failure, self.newsreader.warning)

    def set_status(self, text: Text) -> None:
        self._status.update(text)

    def say(self, message: str, **kwargs: Any) -> None:
        """A toast shown literally (it may quote the article or an error)."""
        self.app.notify(message, markup=False, **kwargs)

    # ----------------------------------------------------------------- sidebar
    @on(Sidebar.ItemHighlighted)
    def _item_highlighted(self, event: Sidebar.ItemHighlighted) -> None:
        if event.rebuilt and self.state.placed:
            return  # a refill put the cursor back: the place the reader left stays as it was
        self._focus(event.item, event.group, announce=event.announce)

    @on(Sidebar.ItemChosen)
    def _item_chosen(self, event: Sidebar.ItemChosen) -> None:
        self._open(event.item, event.group)

    def action_jump_selected(self) -> None:
        """`enter` in the article: jump to the item the list has selected."""
        chosen = self.sidebar.cursor_item()
        if chosen is None or chosen[0].kind == "header":
            self.say("Select an entity, speaker, quote or date in the sidebar first.", timeout=3)
            return
        self._open(*chosen)

    def _open(self, item: Item, group: Item | None) -> None:
        """Jump to what a row stands for (a speaker: the first quote)."""
        self._focus(item, group)
        if not item.spans:
            return
        first = item.spans[0]
        if item.kind == "speaker":
            target, status = self.state.navigator.target(first)
        else:
            target, status = item.target or first, item.status_text()
        self._jump(first, target, status)

    @on(Sidebar.TabShown)
    def _tab_shown(self, event: Sidebar.TabShown) -> None:
        """n/N now act on what this tab has selected; marks of another tab's item are cleared."""
        item, sel = event.item, self.view.selected
        if sel is not None and not (item is not None and item.covers(sel)):
            self.view.selected = None
        if item is not None:
            self._focus(item, event.group)
        else:
            self.view.marks = []
            self.state.navigator.clear()

    def _focus(self, item: Item, group: Item | None, announce: bool = True) -> None:
        """An item got the cursor: light up what it stands for and make it what n/N cycle;
        `announce` it in the status line when the reader moved there (not on a rebuild)."""
        found = focus_of(item, group, self.state.analysis)
        focus = found or Focus()  # a header: nothing to light or cycle
        self.view.marks = focus.marks
        self.state.navigator.set(focus.spans, focus.targets)
        if announce:
            self.set_status(item.status_text() if found is not None else self.idle_status())

    @on(ArticleView.Clicked)
    def _article_clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a quote shows its speaker; on a name, lights up all its mentions."""
        hit = hit_at(self.state.analysis, event.offset)
        if hit is not None:
            self.state.navigator.set(hit.focus.spans, hit.focus.targets)
            self.view.marks = hit.focus.marks
            self.view.selected = hit.selected
            self.set_status(hit.status)

    # ------------------------------------------------------------------ moving
    def _jump(self, span: Span, highlight: Span | None = None, status: Status = None) -> None:
        """Scroll the article to `span` and highlight `highlight` (default: the span)."""
        if span in self.state.navigator.spans:
            self.state.navigator.current = span
        self.view.jump(span, highlight or span)
        if callable(status):
            status = status()
        if status is not None:
            self.set_status(status)

    def action_cycle(self, direction: int) -> None:
        nav = self.state.navigator
        span = nav.step(direction, self.view.reading_position())
        if span is None:
            self.say("Select an entity, speaker, quote or date in the sidebar first (or / to find).", timeout=3)
            return
        target, status = nav.target(span)
        self._jump(span, target, status)
        self.sidebar.follow(self.state.analysis, span)

    def action_quote(self, direction: int) -> None:
        a = self.state.analysis
        q = step_quote(a, self.state.navigator, self.view.reading_position(), direction) if a else None
        if a is None or q is None:
            self.say("No quotes (yet).", timeout=3)
            return
        if self.sidebar.active == "quotes":  # keep the list's cursor on the quote being read
            self.sidebar.tree("quotes").select_key(q.id)
        self._jump((q.start, q.end), (q.start, q.end), quotes.quote_status(a, q))

    def show_span(self, span: Span | None) -> None:
        """Jump to and highlight a span of the article on show (from the library or the overview)."""
        if span is None:
            return
        a = self.state.analysis
        quote = next((q for q in a.quotes if (q.start, q.end) == span), None) if a else None
        self._jump(span, span, quotes.quote_status(a, quote) if quote is not None else None)

    def action_clear(self) -> None:
        """Clear the highlights; with nothing left to clear, go back to the shelf's library."""
        if self.view.selected is None and not self.view.marks and self.newsreader.library is not None:
            self.newsreader.action_library()
            return
        self.view.selected = None
        self.view.marks = []
        self.set_status(self.idle_status())

    def action_tab(self, tab: str) -> None:
        if tab in TABS:
            if not self.sidebar.display:
                self.sidebar.choose(True, self.size.width, self.view)
            self.sidebar.open_tab(tab)

    # ----------------------------------------------------------------- sidebar
    def on_resize(self) -> None:
        self.sidebar.fit(self.size.width, self.view)

    def action_toggle_sidebar(self) -> None:
        self.sidebar.choose(not self.sidebar.display, self.size.width, self.view)

    def action_toggle_entities(self) -> None:
        self.view.show_entities = not self.view.show_entities
        self.say(f"Entity tints {'on' if self.view.show_entities else 'off'}", timeout=2)

    # -------------------------------------------------------------------- find
    def action_find(self) -> None:
        self._find.open()

    @on(FindBar.Found)
    def _found(self, event: FindBar.Found) -> None:
        self.view.marks = event.matches
        self.state.navigator.set(event.matches)
        self.set_status(event.summary() if event.query else self.idle_status())
        if event.matches and self.view.selected not in event.matches:
            self.view.selected = None
            self.action_cycle(1)

    @on(FindBar.Next)
    def _find_next(self) -> None:
        if self.state.navigator:
            self.action_cycle(1)

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.view.focus()

    # ------------------------------------------------------------------- dates
    def action_set_date(self) -> None:
        self.app.push_screen(DateScreen(self.state.published), callback=self._date_chosen)

    def _date_chosen(self, value: str | None) -> None:
        if not value:
            return
        state = self.state
        state.published = value
        if state.finished and state.analysis is not None:
            self.newsreader.reresolve(state)
        else:
            self.say(f"Publication date {value}: applied when the analysis finishes.", timeout=4)

    # ---------------------------------------------------------------- overview
    def action_overview(self) -> None:
        article = self.state.article
        self.app.push_screen(OverviewScreen(self.state.analysis, article.title or article.source),
                             callback=self.show_span)

    # ----------------------------------------------------------------- palette
    def palette_targets(self) -> list[PaletteTarget]:
        """Every speaker, entity and date of the article, as jumps for the command palette."""
        a = self.state.analysis
        if a is None:
            return []
        return [copy_command(self.action_copy), *analysis_targets(a, lambda *where: partial(self.go_to, *where))]

    # -------------------------------------------------------------------- copy
    def action_copy(self) -> None:
        """`y`: the list row (when the list has focus) or the highlight, to the clipboard."""
        a = self.state.analysis
        if a is None:
            self.say("Nothing to copy until the analysis is ready.", timeout=3)
            return
        row = self.sidebar.cursor_item()
        list_focused = self.focused is self.sidebar.tree()
        copied = copy_target.choose(a, row and row[0], self.view.selected, list_focused, self.state.published)
        if copied is None:
            self.say("Select a quote, entity or date first (in the list or with n/N).", timeout=3)
            return
        self.app.copy_to_clipboard(copied.text)
        self.say(copied.text, title=f"Copied the {copied.what}", timeout=4)

    def go_to(self, tab: str, key: str, span: Span, target: Span | None) -> None:
        """Show tab's item `key` as the list's selection and jump to `span` (a palette hit)."""
        self.action_tab(tab)
        self.sidebar.tree(tab).select_key(key)
        chosen = self.sidebar.cursor_item(tab)
        if chosen is not None:
            self._focus(*chosen)
        self._jump(span, target, chosen[0].status_text() if chosen is not None else None)
