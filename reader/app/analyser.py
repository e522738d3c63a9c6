"""The analysis behind the reader: what the app asks of a service, the order articles are
analysed in, and the messages a worker posts to the UI.

The worker never waits for the UI: it posts each step as a message (Textual's way, as harlequin
and toolong do) and a newer step of the same article replaces one still queued. The visible
article goes first: when the reader turns to an unfinished article, the one in progress is set
aside (its stream is a generator, resumed later where it stopped) until the visible one is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from textual.message import Message

from reader.analysis import Analysis
from reader.article import Article

HIT_BATCH = 100  # cache hits a message carries (a few milliseconds of the UI's time)


class Step(Protocol):
    """One step of a streaming analysis (reader.nlp.progress.Progress has this shape)."""

    @property
    def done(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def analysis(self) -> Analysis | None: ...
    @property
    def final(self) -> bool: ...


@runtime_checkable
class AnalysisSource(Protocol):
    """What the app needs of an analysis service (reader.service.AnalysisService is one)."""

    warning: str | None  # e.g. "no spaCy model installed", shown once

    def stream(self, article: Article, published: str | None = None) -> Iterator[Step]:
        """Steps of the analysis; the last is `final` and carries the complete Analysis."""
        ...


@runtime_checkable
class CachedSource(AnalysisSource, Protocol):
    """A service that can also answer from its cache without loading a model."""

    def cached(self, article: Article, published: str | None = None, max_bytes: int | None = None) -> Analysis | None:
        ...


@dataclass(frozen=True)
class CacheHit:
    """A cache hit as a step."""

    analysis: Analysis
    done: int = 1
    total: int = 1
    final: bool = True


# ------------------------------------------------------------------- messages
class AnalysisStep(Message):
    """Article `index` advanced by `step` (analysed against `published`)."""

    def __init__(self, index: int, step: Step, published: str | None, warning: str | None) -> None:
        super().__init__()
        self.index, self.step, self.published, self.warning = index, step, published, warning

    def can_replace(self, message: Message) -> bool:
        """A later step of the same article supersedes this one while both wait in the queue
        (a final step or a snapshot is never dropped for one without a snapshot)."""
        return (
            isinstance(message, AnalysisStep)
            and message.index == self.index
            and not self.step.final
            and (message.step.analysis is not None or self.step.analysis is None)
        )


class CacheHits(Message):
    """Articles the cache answered, as the steps `AnalysisStep` would carry one by one: a shelf
    of a thousand cached articles costs the UI ten turns, not a thousand."""

    def __init__(self, steps: list[AnalysisStep]) -> None:
        super().__init__()
        self.steps = steps


class AnalysisFailed(Message):
    """The analysis of article `index` (of every article when `fatal`) failed."""

    def __init__(self, index: int, reason: str, fatal: bool = False) -> None:
        super().__init__()
        self.index, self.reason, self.fatal = index, reason, fatal


class TimelineReresolved(Message):
    """The timeline of `analysis` re-resolved against `published` (None: `error` says why not)."""

    def __init__(self, key: object, analysis: Analysis, published: str | None, timeline: list | None,
                 error: str | None = None) -> None:
        super().__init__()
        self.key, self.analysis, self.published, self.timeline, self.error = key, analysis, published, timeline, error


# ------------------------------------------------------------------ the order
Outcome = tuple[int, Step | None, str | None, str | None]  # (index, step, published, failure)


class Schedule:
    """Steps of every article's analysis, the visible one first, interleaved at step bounds.

    `pending` lists (article, published date) for each index (None: nothing to do, e.g. a
    cache hit already shown); `visible()` says which index is on screen now.
    """

    def __init__(self, service: AnalysisSource, pending: Sequence[tuple[Article, Callable[[], str | None]] | None],
                 visible: Callable[[], int]) -> None:
        self.service = service
        self.pending = list(pending)
        self.visible = visible
        self._streams: dict[int, tuple[Iterator[Step], str | None]] = {}  # started, set aside

    def _pick(self, running: int | None) -> int | None:
        v = self.visible()
        if 0 <= v < len(self.pending) and self.pending[v] is not None:
            return v
        if running is not None:
            return running
        started = next(iter(self._streams), None)
        if started is not None:
            return started
        return next((i for i, p in enumerate(self.pending) if p is not None), None)

    def __iter__(self) -> Iterator[Outcome]:
        running: int | None = None
        while (idx := self._pick(running)) is not None:
            running = idx
            entry = self.pending[idx]
            assert entry is not None
            if idx not in self._streams:
                article, published = entry[0], entry[1]()
                self._streams[idx] = (iter(self.service.stream(article, published)), published)
            stream, published = self._streams[idx]
            try:
                step = next(stream, None)
            except Exception as e:  # noqa: BLE001 - one article's failure, the others go on
                step, failure = None, str(e) or type(e).__name__
            else:
                failure = None if step is not None else "the analysis ended without a result"
            if step is not None and not step.final:
                yield idx, step, published, None
                continue
            del self._streams[idx]
            self.pending[idx] = None
            running = None
            yield idx, step, published, failure
            if step is not None:
                _drain(stream)  # what the service does after its last step (writing its cache)

    def cache_hits(self) -> Iterator[tuple[int, Analysis, str | None]]:
        """Articles the service's cache answers without a model, the visible one first."""
        if not isinstance(self.service, CachedSource):
            return
        v = self.visible()
        for idx in sorted(range(len(self.pending)), key=lambda i: i != v):
            entry = self.pending[idx]
            if entry is None:
                continue
            published = entry[1]()
            try:
                hit = self.service.cached(entry[0], published)
            except Exception:  # noqa: BLE001 - a bad cache entry is just a miss
                hit = None
            if hit is not None:
                self.pending[idx] = None
                yield idx, hit, published

    def cache_hit_batches(self, size: int = HIT_BATCH) -> Iterator[CacheHits]:
        """The cache hits as messages: the first (the visible article) alone, then `size` a time."""
        batch: list[AnalysisStep] = []
        first = True
        for idx, hit, published in self.cache_hits():
            batch.append(AnalysisStep(idx, CacheHit(hit), published, None))
            if first or len(batch) >= size:
                yield CacheHits(batch)
                batch, first = [], False
        if batch:
            yield CacheHits(batch)


def _drain(stream: Iterator[Step]) -> None:
    try:
        for _ in stream:
            pass
    except Exception:  # noqa: BLE001 - the result is already shown
        pass
