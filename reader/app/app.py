"""The newsreader app: the article pane, the sidebar, and the analysis streamed in behind them.

The article paints first; spaCy is imported later, inside a thread worker (harlequin's
pattern: blocking work in `@work(thread=True)`, results posted back to the UI thread). This
module therefore imports neither spaCy nor `reader.nlp.pipeline` at top level.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Static, Tree
from textual.worker import get_current_worker

from reader.analysis import Analysis
from reader.app import entities_tab, quotes_tab, timeline_tab
from reader.app.article_view import ArticleView
from reader.app.commands import ReaderCommands
from reader.app.date_screen import DateScreen
from reader.app.find import FindBar, find_all
from reader.app.help_screen import HelpScreen
from reader.app.sidebar import TABS, Item, ReaderTree, Sidebar
from reader.article import Article
from reader.resources import stylesheet_paths

START_DELAY_S = 0.08
# A cache entry up to this size (the seed's is ~15 kB; a 100k-word book's ~1.5 MB) is read on the
# UI thread before the first frame, so a cached article opens with its annotations already shown.
SYNC_CACHE_BYTES = 256 * 1024
Span = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class _Step:
    """A cache hit, shaped like reader.nlp.progress.Progress (not imported: it is spaCy-free
    but this module stays independent of the NLP package)."""

    done: int
    total: int
    analysis: Analysis | None
    final: bool = False


ServiceFactory = Callable[[], Any]  # returns an object with .stream(article, published) and .warning


class NewsreaderApp(App[None]):
    """Read one or more articles; the sidebar lists who is in them, who said what, and when."""

    TITLE = "newsreader"
    CSS_PATH = [str(p) for p in stylesheet_paths()]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("1", "tab('entities')", "Entities", id="app.tab-entities"),
        Binding("2", "tab('quotes')", "Quotes", id="app.tab-quotes"),
        Binding("3", "tab('timeline')", "Timeline", id="app.tab-timeline"),
        Binding("tab", "focus_next", "Next pane", show=False, tooltip="Next pane (article, list)", id="app.focus-next"),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus-previous"),
        Binding(
            "n", "cycle(1)", "Next", tooltip="Next mention, quote of the speaker, date or find match", id="app.next"
        ),
        Binding(
            "N",
            "cycle(-1)",
            "Prev",
            key_display="N",
            tooltip="Previous mention, quote of the speaker, date or find match",
            id="app.previous",
        ),
        Binding(
            "right_square_bracket",
            "quote(1)",
            "Next quote",
            key_display="]",
            show=False,
            tooltip="Next quote of anyone from the reading position",
            id="app.next-quote",
        ),
        Binding(
            "left_square_bracket",
            "quote(-1)",
            "Previous quote",
            key_display="[",
            show=False,
            tooltip="Previous quote of anyone from the reading position",
            id="app.previous-quote",
        ),
        Binding(
            "e", "toggle_entities", "Tints", tooltip="Entity tints in the article on/off", id="app.toggle-entities"
        ),
        Binding(
            "d", "set_date", "Date", tooltip="Set the publication date; the timeline re-resolves", id="app.set-date"
        ),
        Binding("slash", "find", "Find", key_display="/", tooltip="Find in the article", id="app.find"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Jump to…",
            show=False,
            tooltip="Command palette: jump to any speaker, entity or date by name",
            id="app.command-palette",
        ),
        Binding(
            "escape", "clear", "Clear", show=False, tooltip="Clear the highlight and the lit mentions", id="app.clear"
        ),
        Binding("greater_than_sign", "article(1)", "Next article", key_display=">", id="app.next-article"),
        Binding("less_than_sign", "article(-1)", "Previous article", key_display="<", id="app.previous-article"),
    ]

    def __init__(
        self,
        articles: list[Article],
        model: str | None = None,
        published: str | None = None,
        use_cache: bool = True,
        *,
        service_factory: ServiceFactory | None = None,
    ) -> None:
        super().__init__()
        if not articles:
            raise ValueError("NewsreaderApp needs at least one article")
        self.articles = list(articles)
        self.index = 0
        self.model_name = model
        self.use_cache = use_cache
        self._service_factory = service_factory
        self._published: list[str | None] = [published or a.published for a in self.articles]
        self.analyses: dict[int, Analysis] = {}
        self.finished: set[int] = set()  # analysed (or failed) articles
        self.progress: dict[int, tuple[int, int]] = {}
        self.failures: dict[int, str] = {}
        self.warning: str | None = None
        self._cycle: list[Span] = []
        self._cycle_targets: dict[Span, tuple[Span, Any]] = {}
        self._stale_scheduled = False

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """In a terminal, the objects the imports left (Textual's classes, CSS, the article) are
        moved out of the garbage collector's sight: a full collection over them cost ~16 ms of
        the first frame. They live as long as the process anyway; released again on exit."""
        gc.freeze()
        self._frozen = True
        try:
            return super().run(*args, **kwargs)
        finally:
            gc.unfreeze()

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="header"):
            yield Static(id="header-title")
            yield Static(id="header-state")
        with Horizontal(id="body"):
            yield ArticleView(self.article, id="article")
            with Sidebar(id="sidebar"):
                yield from Sidebar.panes()
        yield Static(id="status")
        yield FindBar()
        yield Footer()

    @property
    def article(self) -> Article:
        return self.articles[self.index]

    @property
    def analysis(self) -> Analysis | None:
        return self.analyses.get(self.index)

    @property
    def view(self) -> ArticleView:
        return self._view

    @property
    def sidebar(self) -> Sidebar:
        return self._sidebar

    def on_mount(self) -> None:
        self._view = self.query_one("#article", ArticleView)
        self._sidebar = self.query_one("#sidebar", Sidebar)
        self._status = self.query_one("#status", Static)
        self.query_one(FindBar).display = False
        self.view.focus()
        self._service: Any = None
        self._service_error: str | None = None
        try:
            self._service = self._make_service()
        except Exception as e:  # noqa: BLE001 - reported by the worker, the text stays readable
            self._service_error = str(e)
        self._cached_now(self.index)
        self._show_article()
        if self.analysing:
            # Paint the text first; only then start the worker (which imports spaCy on a cache miss).
            self.call_after_refresh(self._analyse)
        if getattr(self, "_frozen", False):
            self.call_after_refresh(gc.freeze)  # and the widgets too: later collections stay short

    def _cached_now(self, idx: int) -> None:
        """A small cache entry is read here, on the UI thread (a JSON read, no spaCy), so the
        first frame already carries the annotations; anything else is left to the worker."""
        cached = getattr(self._service, "cached", None)
        if not callable(cached) or idx in self.finished:
            return
        try:
            hit = cached(self.articles[idx], self._published[idx], max_bytes=SYNC_CACHE_BYTES)
        except Exception:  # noqa: BLE001 - a bad cache entry is just a miss
            return
        if hit is not None:
            self.progress[idx] = (1, 1)
            self.analyses[idx] = hit
            self.finished.add(idx)

    # ------------------------------------------------------------ the analysis
    def _make_service(self) -> Any:
        if self._service_factory is not None:
            return self._service_factory()
        from reader.service import AnalysisService  # off the UI path

        return AnalysisService(model=self.model_name, use_cache=self.use_cache)

    def _next_to_analyse(self) -> int | None:
        if self.index not in self.finished:
            return self.index
        return next((i for i in range(len(self.articles)) if i not in self.finished), None)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self) -> None:
        """Analyse the current article first, then the others, posting each step to the UI."""
        worker = get_current_worker()
        service = self._service
        if service is None:
            self._post(self._failed, self.index, self._service_error or "no analysis service", True)
            return
        # A cached analysis needs no spaCy: show it at once.
        cached = getattr(service, "cached", None)
        if callable(cached):
            for idx in sorted(range(len(self.articles)), key=lambda i: i != self.index):
                if idx in self.finished:
                    continue
                try:
                    hit = cached(self.articles[idx], self._published[idx])
                except Exception:  # noqa: BLE001 - a bad cache entry is just a miss
                    hit = None
                if hit is not None and not self._post(
                    self._on_progress, idx, _Step(1, 1, hit, True), self._published[idx], None
                ):
                    return
        # The frame is written by the driver's writer thread: a short grace period keeps the
        # spaCy import (which holds the GIL for long stretches) from delaying that write.
        time.sleep(START_DELAY_S)
        while not worker.is_cancelled:
            idx = self._next_to_analyse()
            if idx is None:
                return
            published = self._published[idx]
            final = False
            try:
                for step in service.stream(self.articles[idx], published):
                    if worker.is_cancelled:
                        return
                    final = final or step.final
                    if not self._post(self._on_progress, idx, step, published, getattr(service, "warning", None)):
                        return
                if not final and not self._post(self._failed, idx, "the analysis ended without a result", False):
                    return
            except Exception as e:  # noqa: BLE001
                if not self._post(self._failed, idx, str(e), False):
                    return

    def _notify(self, message: str, **kwargs: Any) -> None:
        """A toast whose text is shown literally (messages quote files, errors and install hints
        such as "newsreader[model]", which markup would swallow)."""
        self.notify(message, markup=False, **kwargs)

    def _post(self, callback: Callable[..., None], *args: Any) -> bool:
        try:
            self.call_from_thread(callback, *args)
            return True
        except RuntimeError:  # the app has closed
            return False

    def _on_progress(self, idx: int, step: Any, published: str | None, warning: str | None) -> None:
        self.progress[idx] = (step.done, step.total)
        if warning and warning != self.warning:
            self.warning = warning
            self._notify(warning, title="No spaCy model", severity="warning", timeout=8)
        if step.analysis is not None:
            self.analyses[idx] = step.analysis
        if step.final:
            self.finished.add(idx)
            if self._published[idx] != published and idx in self.analyses:
                self._reresolve(idx)
        if idx == self.index:
            if step.analysis is not None:
                self._show_analysis()
            self._update_header()

    def _failed(self, idx: int, message: str, fatal: bool) -> None:
        targets = range(len(self.articles)) if fatal else [idx]
        for i in targets:
            self.failures[i] = message
            self.finished.add(i)
        self._notify(message, title="Analysis failed", severity="error", timeout=10)
        self._update_header()
        self._set_status(Text(f"analysis failed: {message}", style="bold"))

    @property
    def analysing(self) -> bool:
        return len(self.finished) < len(self.articles)

    # ----------------------------------------------------------------- display
    def _show_article(self) -> None:
        self._signatures: dict[str, object] = {}
        self._stale: dict[str, tuple[Callable[[], None], object]] = {}
        self.view.set_article(self.article)
        self._cycle, self._cycle_targets = [], {}
        self._update_header()
        self._show_analysis()

    def _show_analysis(self) -> None:
        a = self.analysis
        if a is not None:
            self.view.set_annotations(entities_tab.entity_spans(a), quotes_tab.quote_spans(a))
        else:
            self.view.set_annotations([], [])
        published = self._published[self.index]
        fills = {
            "entities": (
                lambda: entities_tab.fill(self.sidebar.tree("entities"), a),
                None if a is None else [(e.id, e.name, e.label, e.role, len(e.mentions)) for e in a.entities],
            ),
            "quotes": (
                lambda: quotes_tab.fill(self.sidebar.tree("quotes"), a),
                None if a is None else [(q.id, q.start, q.speaker, q.speaker_name) for q in a.quotes],
            ),
            "timeline": (
                lambda: timeline_tab.fill(self.sidebar.tree("timeline"), a, published),
                None if a is None else (published, [(t.id, t.date, t.event) for t in a.timeline]),
            ),
        }
        active = self.sidebar.active
        for tab, (fill, signature) in fills.items():
            # A streaming snapshot that changed nothing in a tab leaves its tree (and cursor) alone.
            if signature is not None and self._signatures.get(tab) == signature:
                self._stale.pop(tab, None)
            elif signature is None or tab == active:
                self._stale.pop(tab, None)
                fill()
                self._signatures[tab] = signature
            else:
                # Hidden tabs are filled when shown, or after the frame once the analysis is
                # complete: the first frame and a streaming snapshot only pay for the visible one.
                self._stale[tab] = (fill, signature)
        if self._stale and self.index in self.finished and not self._stale_scheduled:
            self._stale_scheduled = True
            self.call_after_refresh(self._fill_stale)
        if not self.query_one(FindBar).has_focus:
            self._set_status(self._idle_status())

    def _ensure_filled(self, tab: str) -> None:
        pending = self._stale.pop(tab, None)
        if pending is not None:
            fill, signature = pending
            fill()
            self._signatures[tab] = signature

    def _fill_stale(self) -> None:
        self._stale_scheduled = False
        for tab in list(self._stale):
            self._ensure_filled(tab)

    def _idle_status(self) -> Text:
        if self.index in self.failures:
            return Text(f"analysis failed: {self.failures[self.index]}", style="bold")
        if self.warning:
            return Text(self.warning)
        return Text(
            "? help · 1/2/3 tabs · enter jump · n/N next/previous · ]/[ quotes · / find · ctrl+p jump to…", style="dim"
        )

    def _set_status(self, text: Text) -> None:
        self._status.update(text)

    def _update_header(self) -> None:
        title = Text("newsreader", style="bold")
        title.append(" │ ")
        title.append(self.article.title or self.article.source)
        if len(self.articles) > 1:
            title.append(f"  [{self.index + 1}/{len(self.articles)}]", style="dim")
        self.query_one("#header-title", Static).update(title)
        self.query_one("#header-state", Static).update(self.state_text())

    def state_text(self) -> Text:
        """The analysis state for the header: progress while running, counts when done."""
        a = self.analysis
        if self.index in self.failures:
            return Text("analysis failed", style="bold")
        if self.index not in self.finished:
            done, total = self.progress.get(self.index, (0, 1))
            if done == 0:
                return Text("loading model…")
            return Text(f"analysing {min(99, 100 * done // max(1, total))}%")
        if a is None:
            return Text("")
        t = Text(f"{len(a.entities)} entities · {len(a.quotes)} quotes · {len(a.timeline)} dates")
        if a.published:
            t.append(f" · {a.published}")
        if a.model.name == "none":
            t.append(" · no model", style="bold")
        return t

    # ----------------------------------------------------------------- sidebar
    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        tree = event.control
        if not isinstance(tree, ReaderTree) or tree.id != f"{self.sidebar.active}-tree":
            return
        self._focus_node(event.node, announce=tree.has_focus)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        item = event.node.data
        if not isinstance(item, Item) or item.kind == "header":
            return
        self._focus_node(event.node)
        if item.kind == "speaker":
            return  # enter expands or collapses the speaker
        if item.spans:
            self._jump(item.spans[0], item.target or item.spans[0], item.status_text())

    @on(Sidebar.TabActivated)
    def _tab_changed(self, event: Sidebar.TabActivated) -> None:
        self._ensure_filled(self.sidebar.active)
        node = self.sidebar.tree().cursor_node
        if node is not None:
            self._focus_node(node)
        else:
            self.view.marks = []

    def _focus_node(self, node: Any, announce: bool = True) -> None:
        """An item got the cursor: light up what it stands for and make it what n/N cycle;
        `announce` it in the status line when the reader moved there (not on a rebuild)."""
        item = node.data
        if not isinstance(item, Item):
            return
        if item.kind == "entity":
            self.view.marks = list(item.spans)
            self._set_cycle(list(item.spans), {})
        elif item.kind == "speaker":
            self.view.marks = []
            self._set_cycle(list(item.spans), self._quote_targets(item.spans))
        elif item.kind == "quote":
            self.view.marks = []
            parent = node.parent.data if node.parent is not None else None
            spans = list(parent.spans) if isinstance(parent, Item) else list(item.spans)
            self._set_cycle(spans, self._quote_targets(spans))
        elif item.kind == "entry":
            self.view.marks = []
            self._set_cycle(*self._timeline_cycle())
        else:
            self.view.marks = []
            if announce:
                self._set_status(self._idle_status())
            return
        if announce:
            self._set_status(item.status_text())

    def _quote_targets(self, spans: Any) -> dict[Span, tuple[Span, Any]]:
        a = self.analysis
        if a is None:
            return {}
        wanted = set(spans)
        return {
            (q.start, q.end): ((q.start, q.end), lambda q=q: quotes_tab.quote_status(a, q))
            for q in a.quotes
            if (q.start, q.end) in wanted
        }

    def _timeline_cycle(self) -> tuple[list[Span], dict[Span, tuple[Span, Any]]]:
        a = self.analysis
        if a is None:
            return [], {}
        targets = {}
        for t in a.timeline:
            item = timeline_tab.entry_item(t)
            targets[(t.start, t.end)] = (item.target or (t.start, t.end), item.status)
        return sorted(targets), targets

    def _set_cycle(self, spans: list[Span], targets: dict[Span, tuple[Span, Any]]) -> None:
        self._cycle = sorted(spans)
        self._cycle_targets = targets

    @on(ArticleView.Clicked)
    def _article_clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a quote shows its speaker; on a name, lights up all its mentions."""
        a = self.analysis
        if a is None:
            return
        at = event.offset
        quote = next((q for q in a.quotes if q.start <= at < q.end), None)
        if quote is not None:
            same = [(q.start, q.end) for q in a.quotes if q.speaker == quote.speaker]
            self._set_cycle(same, self._quote_targets(same))
            self.view.marks = []
            self.view.selected = (quote.start, quote.end)
            self._set_status(quotes_tab.quote_status(a, quote))
            return
        for e in a.entities:
            if any(m.start <= at < m.end for m in e.mentions):
                spans = sorted((m.start, m.end) for m in e.mentions)
                self._set_cycle(spans, {})
                self.view.marks = spans
                self.view.selected = next(s for s in spans if s[0] <= at < s[1])
                self._set_status(entities_tab.entity_status(e))
                return

    # ------------------------------------------------------------------ moving
    def _jump(self, span: Span, highlight: Span | None = None, status: Text | Callable[[], Text] | None = None) -> None:
        """Scroll the article to `span` and highlight `highlight` (default: the span)."""
        target = highlight or span
        view = self.view
        view.selected = target
        view.scroll_to_span(*target)
        if not view.is_visible(*span):
            view.scroll_to_span(*span)
        if callable(status):
            status = status()
        if status is not None:
            self._set_status(status)

    def _position(self) -> int:
        """The reading position: the highlighted span when on screen, else the top line."""
        view = self.view
        sel = view.selected
        if sel is not None and view.is_visible(*sel):
            return sel[0]
        return view.offset_at_top() - 1

    def _step(self, spans: list[Span], direction: int) -> Span | None:
        if not spans:
            return None
        starts = [s for s, _ in spans]
        pos = self._position()
        if direction > 0:
            i = bisect_right(starts, pos)
            return spans[i % len(spans)]
        sel = self.view.selected
        pos = sel[0] if sel is not None and self.view.is_visible(*sel) else pos + 1
        i = bisect_left(starts, pos) - 1
        return spans[i % len(spans)]

    def action_cycle(self, direction: int) -> None:
        span = self._step(self._cycle, direction)
        if span is None:
            self._notify("Select an entity, speaker, quote or date in the sidebar first (or / to find).", timeout=3)
            return
        target, status = self._cycle_targets.get(span, (span, None))
        self._jump(span, target, status)

    def action_quote(self, direction: int) -> None:
        a = self.analysis
        if a is None or not a.quotes:
            self._notify("No quotes (yet).", timeout=3)
            return
        quotes = sorted(a.quotes, key=lambda q: q.start)
        span = self._step([(q.start, q.end) for q in quotes], direction)
        assert span is not None
        q = next(q for q in quotes if (q.start, q.end) == span)
        same = [(x.start, x.end) for x in quotes if x.speaker == q.speaker]
        if self.sidebar.active == "quotes":  # keep the list's cursor on the quote being read
            self.sidebar.tree("quotes").select_key(q.id)
        self._set_cycle(same, self._quote_targets(same))
        self._jump(span, span, quotes_tab.quote_status(a, q))

    def action_clear(self) -> None:
        self.view.selected = None
        self.view.marks = []
        self._set_status(self._idle_status())

    def action_tab(self, tab: str) -> None:
        if tab in TABS:
            self._ensure_filled(tab)
            self.sidebar.active = tab
            self.sidebar.tree(tab).focus()

    def action_toggle_entities(self) -> None:
        self.view.show_entities = not self.view.show_entities
        self._notify(f"Entity tints {'on' if self.view.show_entities else 'off'}", timeout=2)

    def action_help(self) -> None:
        sections = [
            ("Anywhere", [b for b in self.BINDINGS if isinstance(b, Binding)]),
            ("Article", [b for b in ArticleView.BINDINGS if isinstance(b, Binding)]),
            (
                "Sidebar lists",
                [
                    *(b for b in ReaderTree.BINDINGS if isinstance(b, Binding)),
                    Binding("enter", "", "Jump to the item and highlight it"),
                    Binding("space", "", "Expand or collapse"),
                ],
            ),
            ("Find bar", [Binding("enter", "", "Next match"), Binding("escape", "", "Close (n/N keep going)")]),
        ]
        self.push_screen(HelpScreen(sections))

    def action_article(self, direction: int) -> None:
        if len(self.articles) < 2:
            return
        self.index = (self.index + direction) % len(self.articles)
        self._cached_now(self.index)
        self._show_article()
        if self.index not in self.finished and not any(w.is_running for w in self.workers if w.group == "analysis"):
            self._analyse()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "article" and len(self.articles) < 2:
            return False
        return True

    # -------------------------------------------------------------------- find
    def action_find(self) -> None:
        bar = self.query_one(FindBar)
        bar.display = True
        bar.focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        matches = find_all(self.article.text, event.value)
        self.view.marks = matches
        self._set_cycle(matches, {})
        if not event.value:
            self._set_status(self._idle_status())
            return
        self._set_status(
            Text(f"{len(matches)} match{'es' if len(matches) != 1 else ''} for ") + Text(repr(event.value))
        )
        if matches:
            sel = self.view.selected
            if sel is None or sel not in matches:
                self.view.selected = None
                self.action_cycle(1)

    @on(Input.Submitted, "#find")
    def _find_next(self, event: Input.Submitted) -> None:
        if self._cycle:
            self.action_cycle(1)

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.query_one(FindBar).display = False
        self.view.focus()

    # ------------------------------------------------------------------- dates
    def action_set_date(self) -> None:
        self.push_screen(DateScreen(self._published[self.index]), callback=self._date_chosen)

    def _date_chosen(self, value: str | None) -> None:
        if not value:
            return
        self._published[self.index] = value
        if self.index in self.finished and self.index in self.analyses:
            self._reresolve(self.index)
        else:
            self._notify(f"Publication date {value}: applied when the analysis finishes.", timeout=4)

    def _reresolve(self, idx: int) -> None:
        """Re-resolve the timeline against the reader's publication date, without spaCy, in a
        thread (dateparser is slow to import and a long timeline has many entries)."""
        self._reresolve_worker(idx, self.analyses[idx], self._published[idx])

    @work(thread=True, group="dates", exit_on_error=False)
    def _reresolve_worker(self, idx: int, a: Analysis, published: str | None) -> None:
        try:
            from reader.nlp.time.dates import reresolve
        except ImportError:
            self._post(
                self._notify,
                "Re-resolving the timeline is not available in this build "
                "(reader.nlp.time.dates is missing); use --date YYYY-MM-DD instead.",
            )
            return
        try:
            timeline = list(reresolve(a.timeline, a.text, published))
        except Exception as e:  # noqa: BLE001
            self._post(self._notify, f"Could not re-resolve the timeline: {e}")
            return
        self._post(self._reresolved, idx, a, published, timeline)

    def _reresolved(self, idx: int, a: Analysis, published: str | None, timeline: list[Any]) -> None:
        if self.analyses.get(idx) is not a or self._published[idx] != published:
            return  # the analysis or the date changed meanwhile; a newer re-resolve follows
        self.analyses[idx] = dataclasses.replace(a, published=published, timeline=timeline)
        if idx == self.index:
            self._stale.pop("timeline", None)
            timeline_tab.fill(self.sidebar.tree("timeline"), self.analyses[idx], published)
            self._signatures.pop("timeline", None)
            self._update_header()
            self._notify(f"Timeline re-resolved against {published}.", timeout=3)

    # ----------------------------------------------------------------- palette
    def palette_targets(self) -> list[tuple[str, str, Callable[[], None]]]:
        out: list[tuple[str, str, Callable[[], None]]] = []
        a = self.analysis
        if a is not None:
            for sid, quotes in quotes_tab.speakers(a):
                if sid is None:
                    continue
                e = a.entity(sid)
                name = e.name if e is not None else quotes[0].speaker_name or sid
                out.append(
                    (
                        f"Speaker: {name}",
                        f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}",
                        self._palette_jump("quotes", f"speaker:{sid}", quotes[0].start, quotes[0].end),
                    )
                )
            for e in a.entities:
                if e.mentions:
                    first = min(e.mentions, key=lambda m: m.start)
                    help_text = " · ".join(x for x in (e.label, e.role, ", ".join(e.aliases)) if x)
                    out.append(
                        (
                            f"{entities_tab.group_of(e.label)}: {e.name}",
                            help_text,
                            self._palette_jump("entities", e.id, first.start, first.end),
                        )
                    )
            for t in a.timeline:
                item = timeline_tab.entry_item(t)
                out.append(
                    (
                        f"Date: {t.date or 'unresolved'} — {t.expression}",
                        t.event,
                        self._palette_jump("timeline", t.id, t.start, t.end, item.target),
                    )
                )
        if len(self.articles) > 1:
            for i, art in enumerate(self.articles):
                out.append((f"Article: {art.title or art.source}", art.source, self._palette_article(i)))
        return out

    def _palette_jump(self, tab: str, key: str, start: int, end: int, target: Span | None = None) -> Callable[[], None]:
        def go() -> None:
            self.action_tab(tab)
            tree = self.sidebar.tree(tab)
            tree.select_key(key)
            node = tree.cursor_node
            if node is not None:
                self._focus_node(node)
            item = node.data if node is not None else None
            self._jump((start, end), target, item.status_text() if isinstance(item, Item) else None)

        return go

    def _palette_article(self, i: int) -> Callable[[], None]:
        def go() -> None:
            self.action_article(i - self.index)

        return go

    # ------------------------------------------------------------------- tests
    def iter_tab_items(self, tab: str) -> Iterator[Item]:
        self._ensure_filled(tab)
        tree = self.sidebar.tree(tab)
        stack = list(tree.root.children)
        while stack:
            node = stack.pop(0)
            if isinstance(node.data, Item):
                yield node.data
            stack[0:0] = list(node.children)
