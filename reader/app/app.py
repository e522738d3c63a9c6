"""The newsreader app: what is global — the open articles, the analysis service, the palette,
themes and the keys that work anywhere. Reading one article is the `ReaderScreen`'s business.

The article paints first; spaCy is imported later, inside a thread worker (harlequin's
pattern: blocking work in `@work(thread=True)`, results posted back to the UI thread). This
module therefore imports neither spaCy nor `reader.nlp.pipeline` at top level.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App
from textual.worker import get_current_worker

from reader.analysis import Analysis, reduced_note
from reader.app.analyser import (
    AnalysisFailed,
    AnalysisSource,
    AnalysisStep,
    CachedSource,
    CacheHits,
    Schedule,
    TimelineReresolved,
)
from reader.app.commands import ReaderCommands
from reader.app.heap import Heap
from reader.app.pooled import analyse_in_pool, prepare_live_pool, worth_a_pool
from reader.app.keys import APP_KEYS
from reader.app.commands import Target as PaletteTarget
from reader.app.screens.help import HelpScreen, reader_sections
from reader.app.screens.library import LibraryScreen
from reader.app.screens.reader import ReaderScreen
from reader.app.signals import quit_on_signals
from reader.app.state import ArticleState
from reader.app.user_state import UserState
from reader.article import Article
from reader.resources import stylesheet_paths

START_DELAY_S = 0.08
# A cache entry up to this size (the seed's is ~15 kB; a 100k-word book's ~1.5 MB) is read on the
# UI thread before the first frame, so a cached article opens with its annotations already shown.
SYNC_CACHE_BYTES = 256 * 1024


ServiceFactory = Callable[[], AnalysisSource]


class NewsreaderApp(App[None]):
    """Read one or more articles, each analysed in the background, the visible one first."""

    TITLE = "newsreader"
    CSS_PATH = [str(p) for p in stylesheet_paths()]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = APP_KEYS

    def __init__(
        self,
        articles: list[Article],
        model: str | None = None,
        published: str | None = None,
        use_cache: bool = True,
        *,
        service_factory: ServiceFactory | None = None,
        user_state: UserState | None = None,
        shelf: bool = False,
        jobs: int = 1,
    ) -> None:
        """`shelf`: the articles are a shelf (a directory, a feed, a list): open on the library.
        `jobs`: worker processes for two or more articles to analyse (1: a thread in here)."""
        super().__init__()
        self.shelf, self.jobs = shelf, jobs
        if jobs > 1 and service_factory is None and len(articles) > 1:
            prepare_live_pool()
        if not articles:
            raise ValueError("NewsreaderApp needs at least one article")
        self.states = [ArticleState(a, published or a.published) for a in articles]
        self.user_state = user_state  # the theme and places of earlier runs (None: remember nothing)
        if user_state is not None:
            for s in self.states:
                s.top = user_state.place(s.article) or 0
        self.index = 0
        self.model_name = model
        self.use_cache = use_cache
        self._service_factory = service_factory
        self.warning: str | None = None
        self._service: AnalysisSource | None = None
        self._service_error: str | None = None
        self._library: LibraryScreen | None = None
        self.heap = Heap()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """In a terminal, what the imports left (Textual's classes, CSS, the article) and all the
        app keeps later is moved out of the garbage collector's sight (`heap.py`)."""
        self.heap.hold()
        try:
            return super().run(*args, **kwargs)
        finally:
            self.heap.release()

    # ------------------------------------------------------------------ layout
    def get_default_screen(self) -> ReaderScreen:
        self.reader = ReaderScreen(self.current)
        return self.reader

    @property
    def current(self) -> ArticleState:
        """The state of the article on screen."""
        return self.states[self.index]

    @property
    def article(self) -> Article:
        return self.current.article

    @property
    def analysis(self) -> Analysis | None:
        return self.current.analysis

    @property
    def analysing(self) -> bool:
        return not all(s.finished for s in self.states)

    def on_load(self) -> None:
        try:
            self._service = self._make_service()
        except Exception as e:  # noqa: BLE001 - reported by the worker, the text stays readable
            self._service_error = str(e)
        if not self.shelf:  # a shelf opens on its library: the worker reads the cache for it
            self._cached_now(self.current)

    def on_mount(self) -> None:
        saved = self.user_state.theme if self.user_state is not None else None
        if saved and saved in self.available_themes:
            self.theme = saved
        if self.shelf and len(self.states) > 1:
            self.action_library()  # the first frame is the library
        if self.analysing:
            # Paint the text first; only then start the worker (which imports spaCy on a cache miss).
            self.call_after_refresh(self._analyse)
        self.call_after_refresh(self.heap.keep)  # and the widgets too: later collections stay short
        if not self.is_headless:
            quit_on_signals(self)

    def _cached_now(self, state: ArticleState) -> None:
        """A small cache entry is read here, on the UI thread (a JSON read, no spaCy), so the
        first frame already carries the annotations; anything else is left to the worker."""
        if not isinstance(self._service, CachedSource) or state.finished:
            return
        try:
            hit = self._service.cached(state.article, state.published, max_bytes=SYNC_CACHE_BYTES)
        except Exception:  # noqa: BLE001 - a bad cache entry is just a miss
            return
        if hit is not None:
            state.advance(1, 1, hit, final=True)

    # ------------------------------------------------------------ the analysis
    def _make_service(self) -> AnalysisSource:
        if self._service_factory is not None:
            return self._service_factory()
        from reader.service import AnalysisService  # off the UI path

        return AnalysisService(model=self.model_name, use_cache=self.use_cache)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self) -> None:
        """Analyse the visible article first, then the others, posting each step to the UI (a
        message: the worker never waits for the UI to draw)."""
        worker = get_current_worker()
        service = self._service
        if service is None:
            self.post_message(AnalysisFailed(self.index, self._service_error or "no analysis service", fatal=True))
            return
        pending = [None if s.finished else (s.article, lambda s=s: s.published) for s in self.states]
        schedule = Schedule(service, pending, lambda: self.index)
        for hits in schedule.cache_hit_batches():  # need no spaCy: shown at once
            if not self.post_message(hits):
                return
        if self._service_factory is None and worth_a_pool(schedule.pending, self.jobs):
            analyse_in_pool(schedule.pending, lambda: self.index, self.post_message, lambda: worker.is_cancelled,
                            self.jobs, self.model_name, getattr(service, "cache", None))
            return
        # The frame is written by the driver's writer thread: a short grace period keeps the
        # spaCy import (which holds the GIL for long stretches) from delaying that write.
        time.sleep(START_DELAY_S)
        for idx, step, published, failure in schedule:
            if worker.is_cancelled:
                return
            if step is None or failure is not None:
                message: AnalysisStep | AnalysisFailed = AnalysisFailed(idx, failure or "no result")
            else:
                message = AnalysisStep(idx, step, published, service.warning)
            if not self.post_message(message):
                return  # the app is closing

    def on_cache_hits(self, message: CacheHits) -> None:
        for step in message.steps:
            self.on_analysis_step(step)

    def on_analysis_step(self, message: AnalysisStep) -> None:
        state, step = self.states[message.index], message.step
        state.advance(step.done, step.total, step.analysis, step.final)
        if step.final:
            self.heap.keep()  # the analysis lives on: out of the collector's walks
        warning = message.warning
        if warning and warning != self.warning:
            self.warning = warning
            self.notify(warning, title="No spaCy model", severity="warning", timeout=8, markup=False)
        note = reduced_note(step.analysis) if step.final and step.analysis is not None else None
        if note:  # part of a huge paragraph was only lightly read: say so
            self.notify(note, title="Reduced analysis", severity="warning", timeout=10, markup=False)
        if step.final and state.published != message.published and state.analysis is not None:
            self.reresolve(state)
        if message.index == self.index:
            if step.analysis is not None:
                self.reader.analysis_changed()
            self.reader.update_header()
        self._library_changed(message.index)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        for state in self.states if message.fatal else [self.states[message.index]]:
            state.fail(message.reason)
        self.notify(message.reason, title="Analysis failed", severity="error", timeout=10, markup=False)
        if message.fatal or message.index == self.index:
            self.reader.analysis_changed()  # the tabs say what failed; the text stays
        self.reader.update_header()
        self.reader.set_status(Text(f"analysis failed: {message.reason}", style="bold"))
        for i in range(len(self.states)) if message.fatal else [message.index]:
            self._library_changed(i)

    async def action_quit(self) -> None:
        self.remember()
        self.exit()

    def remember(self) -> None:
        """The theme and each article's place, for the next run."""
        if self.user_state is None:
            return
        view = getattr(getattr(self, "reader", None), "view", None)
        if view is not None:
            self.current.top = view.offset_at_top()
        for s in self.states:
            self.user_state.remember(s.article, s.top)
        self.user_state.theme = self.theme
        self.user_state.save()

    # ----------------------------------------------------------------- articles
    def action_article(self, direction: int) -> None:
        if len(self.states) < 2:
            return
        self.index = (self.index + direction) % len(self.states)
        self._cached_now(self.current)
        self.reader.show(self.current)
        if not self.current.finished and not any(w.is_running for w in self.workers if w.group == "analysis"):
            self._analyse()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("article", "library") and len(self.states) < 2:
            return False
        return True

    # ------------------------------------------------------------------ library
    @property
    def library(self) -> LibraryScreen | None:
        """The shelf's library screen, once it has been shown (it keeps its place)."""
        return self._library

    def action_library(self) -> None:
        """Show the shelf as a table (several articles only)."""
        if len(self.states) < 2 or isinstance(self.screen, LibraryScreen):
            return
        if self._library is None:
            self._library = LibraryScreen()
            self.install_screen(self._library, "library")
        else:
            self._library.refresh_shelf()
        self.push_screen("library")

    def open_article(self, index: int, span: tuple[int, int] | None = None) -> None:
        """The reader on article `index` (from the library), at `span` when given."""
        if isinstance(self.screen, LibraryScreen):
            self.pop_screen()
        if index != self.index:
            self.action_article(index - self.index)
        if span is not None:
            self.reader.show_span(span)

    def _library_changed(self, index: int) -> None:
        """Article `index` moved: its row in the library follows (the library batches them)."""
        if self._library is not None and self._library.is_mounted:
            self._library.article_changed(index)

    # ------------------------------------------------------------------- dates
    def reresolve(self, state: ArticleState) -> None:
        """Re-resolve the timeline against the state's publication date, without spaCy, in a
        thread (dateparser is slow to import and a long timeline has many entries)."""
        assert state.analysis is not None
        self._reresolve_worker(state, state.analysis, state.published)

    @work(thread=True, group="dates", exit_on_error=False, description="re-resolve the timeline")  # (not repr(a))
    def _reresolve_worker(self, state: ArticleState, a: Analysis, published: str | None) -> None:
        try:
            from reader.nlp.time.dates import reresolve
        except ImportError:
            error = (
                "Re-resolving the timeline is not available in this build "
                "(reader.nlp.time.dates is missing); use --date YYYY-MM-DD instead."
            )
            self.post_message(TimelineReresolved(state, a, published, None, error))
            return
        try:
            timeline = list(reresolve(a.timeline, a.text, published))
        except Exception as e:  # noqa: BLE001
            self.post_message(TimelineReresolved(state, a, published, None, f"Could not re-resolve the timeline: {e}"))
            return
        self.post_message(TimelineReresolved(state, a, published, timeline))

    def on_timeline_reresolved(self, message: TimelineReresolved) -> None:
        state, a, published = message.key, message.analysis, message.published
        if message.timeline is None:
            self.notify(message.error or "", markup=False)
            return
        if not isinstance(state, ArticleState) or state.analysis is not a or state.published != published:
            return  # the analysis or the date changed meanwhile; a newer re-resolve follows
        state.analysis = dataclasses.replace(a, published=published, timeline=message.timeline)
        if state is self.current:
            self.reader.timeline_reresolved()
            self.reader.say(f"Timeline re-resolved against {published}.", timeout=3)

    # ------------------------------------------------------------ help, palette
    def action_help(self) -> None:
        self.push_screen(HelpScreen(reader_sections(self.BINDINGS)))

    def palette_targets(self) -> list[PaletteTarget]:
        out = self.reader.palette_targets()
        out.append(("Overview: the story at a glance", "voices, presence, timeline strip (o)",
                    self.reader.action_overview))
        if len(self.states) > 1:
            for i, s in enumerate(self.states):
                a = s.article
                out.append((f"Article: {a.title or a.source}", a.source, self._palette_article(i)))
        return out

    def _palette_article(self, i: int) -> Callable[[], None]:
        def go() -> None:
            self.action_article(i - self.index)

        return go
