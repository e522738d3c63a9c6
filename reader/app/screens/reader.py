"""The reader: one article at a time, its sidebar of ways in, a status line and a find bar.

The screen shows an `ArticleState` (the app keeps one per open article) and turns the
reader's keys, clicks and list moves into jumps and highlights. What `n`/`N` step through is
the state's `Navigator`; the tabs fill themselves (`Sidebar.show`); the article pane renders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Static, Tree

from reader.app.commands import Target as PaletteTarget
from reader.app import copy_target
from reader.app.commands import analysis_targets
from reader.app.keys import READER_KEYS
from reader.app.screens.date import DateScreen
from reader.app.screens.overview import OverviewScreen
from reader.app.state import ArticleState
from reader.app.widgets.article.navigation import Span, Status
from reader.app.widgets.article.gutter import MarkGutter
from reader.app.widgets.article.view import ArticleView
from reader.app.widgets.find import FindBar, find_all
from reader.app.widgets.header import HeaderBar
from reader.app.widgets.sidebar import entities, quotes
from reader.app.widgets.sidebar.quotes import quote_targets
from reader.app.widgets.sidebar.sidebar import TABS, Sidebar
from reader.app.widgets.sidebar.timeline import timeline_targets
from reader.app.widgets.sidebar.tree import Item, ReaderTree

if TYPE_CHECKING:
    from reader.app.app import NewsreaderApp

IDLE_HINT = "? help · 1/2/3 tabs · enter jump · n/N next/previous · ]/[ quotes · / find · ctrl+p jump to…"


class ReaderScreen(Screen[None]):
    """Read one article; the sidebar lists who is in it, who said what, and when."""

    BINDINGS = READER_KEYS

    def __init__(self, state: ArticleState) -> None:
        super().__init__()
        self.state = state
        self._restoring_tab: str | None = None  # a tab switch that restores a kept place

    @property
    def newsreader(self) -> NewsreaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield HeaderBar(id="header")
        with Horizontal(id="body"):
            view = ArticleView(self.state.article, id="article")
            yield view
            yield MarkGutter(view.line_of_offset, lambda: view.virtual_size.height, id="gutter")
            with Sidebar(id="sidebar"):
                yield from Sidebar.panes()
        yield Static(id="status")
        yield FindBar()
        yield Footer()

    def on_mount(self) -> None:
        self.view = self.query_one("#article", ArticleView)
        self.sidebar = self.query_one("#sidebar", Sidebar)
        self._status = self.query_one("#status", Static)
        self._find = self.query_one(FindBar)
        self._find.display = False
        self.view.focus()
        self.show(self.state)
        self._fit_sidebar()

    # ----------------------------------------------------------------- display
    def show(self, state: ArticleState) -> None:
        """Show another open article (or the same one afresh), where the reader left it."""
        if state is not self.state:
            self._keep_place()
        if self.state is not state:
            self.state.navigator.listener = None
        self.state = state
        gutter = self.query_one("#gutter", MarkGutter)
        state.navigator.listener = gutter.show
        gutter.show(state.navigator.spans)
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
        state.cursors = {tab: self.sidebar.tree(tab).cursor_key() for tab in TABS}
        state.selected, state.marks = view.selected, list(view.marks)
        state.placed = True

    def _restore_place(self) -> None:
        state, view = self.state, self.view
        view.marks, view.selected = state.marks, state.selected
        view.show_from(state.top)
        if state.tab is not None and state.tab != self.sidebar.active:
            self._restoring_tab = state.tab
            self.sidebar.active = state.tab

    def analysis_changed(self) -> None:
        """The state's analysis grew or finished: repaint annotations and refill the tabs."""
        a = self.state.analysis
        self.view.set_credits(a.byline if a else None, a.credits if a else ())
        if a is not None:
            self.view.set_annotations(entities.entity_spans(a), quotes.quote_spans(a))
        else:
            self.view.set_annotations([], [])
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
        if self.state.failure is not None:
            return Text(f"analysis failed: {self.state.failure}", style="bold")
        if self.newsreader.warning:
            return Text(self.newsreader.warning)
        return Text(IDLE_HINT, style="dim")

    def set_status(self, text: Text) -> None:
        self._status.update(text)

    def say(self, message: str, **kwargs: Any) -> None:
        """A toast shown literally (it may quote the article or an error)."""
        self.app.notify(message, markup=False, **kwargs)

    # ----------------------------------------------------------------- sidebar
    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        tree = event.control
        if not isinstance(tree, ReaderTree):
            return
        rebuilt = tree.take_rebuilt(event.node)
        if tree.id != f"{self.sidebar.active}-tree":
            return
        if rebuilt and self.state.placed:
            return  # a refill put the cursor back: the place the reader left stays as it was
        self._focus_node(event.node, announce=tree.has_focus and not rebuilt)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        self._open_node(event.node)

    def action_jump_selected(self) -> None:
        """`enter` in the article: jump to the item the list has selected."""
        node = self.sidebar.tree().cursor_node
        if node is None or not isinstance(node.data, Item) or node.data.kind == "header":
            self.say("Select an entity, speaker, quote or date in the sidebar first.", timeout=3)
            return
        self._open_node(node)

    def _open_node(self, node: Any) -> None:
        """`enter` on a row: jump to what it stands for (a speaker: the first quote); a header
        opens or closes its group (space does that on any row)."""
        item = node.data
        if not isinstance(item, Item):
            return
        if item.kind == "header":
            if node.allow_expand:
                node.toggle()
            return
        self._focus_node(node)
        if not item.spans:
            return
        if item.kind == "speaker":
            first = item.spans[0]
            target, status = self.state.navigator.target(first)
            self._jump(first, target, status)
            return
        self._jump(item.spans[0], item.target or item.spans[0], item.status_text())

    @on(Sidebar.TabActivated)
    def _tab_changed(self, event: Sidebar.TabActivated) -> None:
        """n/N now act on what this tab has selected; marks of another tab's item are cleared."""
        self.sidebar.ensure_filled(self.sidebar.active)
        if self._restoring_tab == self.sidebar.active:
            self._restoring_tab = None
            return
        node = self.sidebar.tree().cursor_node
        item = node.data if node is not None else None
        sel = self.view.selected
        if sel is not None and not (isinstance(item, Item) and (sel in item.spans or sel == item.target)):
            self.view.selected = None
        if node is not None:
            self._focus_node(node)
        else:
            self.view.marks = []
            self.state.navigator.clear()

    def _focus_node(self, node: Any, announce: bool = True) -> None:
        """An item got the cursor: light up what it stands for and make it what n/N cycle;
        `announce` it in the status line when the reader moved there (not on a rebuild)."""
        item = node.data
        if not isinstance(item, Item):
            return
        a, nav = self.state.analysis, self.state.navigator
        if item.kind == "entity":
            self.view.marks = list(item.spans)
            nav.set(list(item.spans))
        elif item.kind in ("speaker", "quote"):
            self.view.marks = []
            parent = node.parent.data if item.kind == "quote" and node.parent is not None else item
            spans = list(parent.spans) if isinstance(parent, Item) else list(item.spans)
            nav.set(spans, quote_targets(a, spans))
        elif item.kind == "entry":
            self.view.marks = []
            nav.set(*timeline_targets(a))
        else:
            self.view.marks = []
            nav.clear()
            if announce:
                self.set_status(self.idle_status())
            return
        if announce:
            self.set_status(item.status_text())

    @on(ArticleView.Clicked)
    def _article_clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a quote shows its speaker; on a name, lights up all its mentions."""
        a = self.state.analysis
        if a is None:
            return
        at = event.offset
        quote = next((q for q in a.quotes if q.start <= at < q.end), None)
        if quote is not None:
            same = [(q.start, q.end) for q in a.quotes if q.speaker == quote.speaker]
            self.state.navigator.set(same, quote_targets(a, same))
            self.view.marks = []
            self.view.selected = (quote.start, quote.end)
            self.set_status(quotes.quote_status(a, quote))
            return
        for e in a.entities:
            if any(m.start <= at < m.end for m in e.mentions):
                spans = sorted((m.start, m.end) for m in e.mentions)
                self.state.navigator.set(spans)
                self.view.marks = spans
                self.view.selected = next(s for s in spans if s[0] <= at < s[1])
                self.set_status(entities.entity_status(e))
                return

    # ------------------------------------------------------------------ moving
    def _jump(self, span: Span, highlight: Span | None = None, status: Status = None) -> None:
        """Scroll the article to `span` and highlight `highlight` (default: the span)."""
        target = highlight or span
        view = self.view
        if span in self.state.navigator.spans:
            self.state.navigator.current = span
        view.selected = target
        view.scroll_to_span(*target)
        if not view.is_visible(*span):
            view.scroll_to_span(*span)
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
        if a is None or not a.quotes:
            self.say("No quotes (yet).", timeout=3)
            return
        ordered = sorted(a.quotes, key=lambda q: q.start)
        spans = [(q.start, q.end) for q in ordered]
        nav = self.state.navigator
        nav.set(spans)
        span = nav.step(direction, self.view.reading_position())
        assert span is not None
        q = ordered[spans.index(span)]
        same = [(x.start, x.end) for x in ordered if x.speaker == q.speaker]
        if self.sidebar.active == "quotes":  # keep the list's cursor on the quote being read
            self.sidebar.tree("quotes").select_key(q.id)
        nav.set(same, quote_targets(a, same))
        self._jump(span, span, quotes.quote_status(a, q))

    def show_span(self, span: Span) -> None:
        """Jump to and highlight a span of the article on show (from the library or the overview)."""
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
                self.sidebar.choose(True)
                self._fit_sidebar()
            self.sidebar.ensure_filled(tab)
            self.sidebar.active = tab
            self.sidebar.tree(tab).focus()

    # ----------------------------------------------------------------- sidebar
    def on_resize(self) -> None:
        self._fit_sidebar()

    def action_toggle_sidebar(self) -> None:
        self.sidebar.choose(not self.sidebar.display)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """The sidebar as wide a terminal allows (Sidebar.fits); focus never stays in it hidden."""
        shown = self.sidebar.fits(self.size.width)
        if not shown and self.focused is not None and self.sidebar in self.focused.ancestors_with_self:
            self.view.focus()
        self.sidebar.display = shown

    def action_toggle_entities(self) -> None:
        self.view.show_entities = not self.view.show_entities
        self.say(f"Entity tints {'on' if self.view.show_entities else 'off'}", timeout=2)

    # -------------------------------------------------------------------- find
    def action_find(self) -> None:
        self._find.display = True
        self._find.focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        matches = find_all(self.state.article.text, event.value)
        self.view.marks = matches
        self.state.navigator.set(matches)
        if not event.value:
            self.set_status(self.idle_status())
            return
        self.set_status(Text(f"{len(matches)} match{'es' if len(matches) != 1 else ''} for ") + Text(repr(event.value)))
        if matches:
            sel = self.view.selected
            if sel is None or sel not in matches:
                self.view.selected = None
                self.action_cycle(1)

    @on(Input.Submitted, "#find")
    def _find_next(self, event: Input.Submitted) -> None:
        if self.state.navigator:
            self.action_cycle(1)

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self._find.display = False
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
                             callback=self._overview_closed)

    def _overview_closed(self, span: Span | None) -> None:
        if span is not None:
            self.show_span(span)

    # ----------------------------------------------------------------- palette
    def palette_targets(self) -> list[PaletteTarget]:
        """Every speaker, entity and date of the article, as jumps for the command palette."""
        a = self.state.analysis
        if a is None:
            return []
        copy = ("Copy the selection (y)", "the highlighted quote as a citation, a name or a date's sentence",
                self.action_copy)
        return [copy, *analysis_targets(a, self._palette_jump)]

    # -------------------------------------------------------------------- copy
    def action_copy(self) -> None:
        """`y`: the list row (when the list has focus) or the highlight, to the clipboard."""
        a = self.state.analysis
        if a is None:
            self.say("Nothing to copy until the analysis is ready.", timeout=3)
            return
        tree = self.sidebar.tree()
        row = tree.cursor_node.data if tree.cursor_node is not None else None
        copied = copy_target.choose(a, row, self.view.selected, self.focused is tree, self.state.published)
        if copied is None:
            self.say("Select a quote, entity or date first (in the list or with n/N).", timeout=3)
            return
        self.app.copy_to_clipboard(copied.text)
        self.say(copied.text, title=f"Copied the {copied.what}", timeout=4)

    def _palette_jump(self, tab: str, key: str, span: Span, target: Span | None) -> Callable[[], None]:
        def go() -> None:
            self.action_tab(tab)
            tree = self.sidebar.tree(tab)
            tree.select_key(key)
            node = tree.cursor_node
            if node is not None:
                self._focus_node(node)
            item = node.data if node is not None else None
            self._jump(span, target, item.status_text() if isinstance(item, Item) else None)

        return go
