"""A shelf analysed at corpus speed: whole articles to worker processes, results in input order.

Each worker loads the model once (the pool's initializer) and takes whole articles, so the only
traffic is an Article in and an Analysis out. Cache hits are answered in the parent without
spaCy; every finished analysis is written to the cache as soon as it arrives, so a run that is
stopped resumes where it was. The export is a pure function per article — past one machine the
same function maps onto an existing engine (a Dask bag, Ray) with the cache as the shared store.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from reader.analysis import Analysis
from reader.article import Article

_worker_service = None
_worker_steps = None  # the live pool's queue of progress steps (None: only final results)
_worker_stop = None  # set by the live pool when the app closes: running articles stop at a step


@dataclass(frozen=True)
class Done:
    """The outcome for one article of the shelf: an analysis, or the one-line reason there is none."""

    index: int
    analysis: Analysis | None
    error: str | None = None
    warning: str | None = None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _init_worker(model: str | None, steps=None, stop=None) -> None:
    global _worker_service, _worker_steps, _worker_stop
    from reader.service import AnalysisService

    if steps is not None:
        _quiet()  # a live pool's workers share the app's terminal: nothing they print may reach it
    _worker_service = AnalysisService(model=model, use_cache=False)
    _worker_steps, _worker_stop = steps, stop


def _quiet() -> None:
    import sys

    null = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(null, fd)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the worker's lifetime


def _analyze_in_worker(article: Article, published: str | None) -> tuple[Analysis | None, str | None, str | None]:
    service = _worker_service
    try:
        analysis = service.analyze(article, published=published)
    except service.ModelError as e:
        return None, str(e), None
    except Exception as e:  # noqa: BLE001 - one bad article must not end the shelf; its line says why
        return None, f"{article.source}: analysis failed ({e.__class__.__name__}: {e})", None
    return analysis, None, service.warning


@dataclass(frozen=True)
class Step:
    """Article `index` got this far in a worker (`analysis`: a partial snapshot, sometimes)."""

    index: int
    done: int
    total: int
    analysis: Analysis | None = None


class _Stopped(Exception):
    pass


def _stream_in_worker(index: int, article: Article, published: str | None) -> tuple[Analysis | None, str | None, str | None]:
    """One article in a live pool's worker: each step on the steps queue as it comes, the
    result returned (so it never waits behind the queue)."""
    service = _worker_service
    _worker_steps.put(Step(index, 0, 1))  # started
    analysis = None
    try:
        for step in service.stream(article, published):
            if step.final:
                analysis = step.analysis
                break
            if _worker_stop.is_set():
                raise _Stopped
            _worker_steps.put(Step(index, step.done, step.total, step.analysis))
    except _Stopped:
        return None, "stopped", None
    except service.ModelError as e:
        return None, str(e), None
    except Exception as e:  # noqa: BLE001 - one bad article must not end the shelf; its line says why
        return None, f"{article.source}: analysis failed ({e.__class__.__name__}: {e})", None
    return analysis, None, service.warning


def prepare_live_pool() -> None:
    """Start multiprocessing's resource tracker now, from the main thread, before a UI takes
    over stderr: the tracker starts with the stderr file descriptor, and Textual's capture of
    stderr has none (fileno -1), which made the first pool fail inside the app."""
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()


class LivePool:
    """Worker processes for the app: articles submitted one at a time (the caller decides the
    order, the visible one first), their progress steps and results read back with `poll`.

    Workers are started with "spawn" (the app has threads; a fork would copy their locks), each
    loads the model once; `close` stops running articles at their next step.
    """

    def __init__(self, jobs: int, model: str | None = None) -> None:
        context = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self._steps = context.Queue()
        self._stop = context.Event()
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                                         initargs=(model, self._steps, self._stop))
        self._running: dict[Future, int] = {}

    @property
    def free(self) -> int:
        """How many more articles can start now."""
        return self.jobs - len(self._running)

    def submit(self, index: int, article: Article, published: str | None) -> None:
        self._running[self._pool.submit(_stream_in_worker, index, article, published)] = index

    def poll(self, timeout: float) -> tuple[list[Step], list[Done]]:
        """The steps and results that came within `timeout` seconds (or at once, when some are there)."""
        finished, _ = wait(list(self._running), timeout=timeout, return_when=FIRST_COMPLETED)
        steps: list[Step] = []
        while True:
            try:
                steps.append(self._steps.get_nowait())
            except queue.Empty:
                break
        done = []
        for future in finished:
            index = self._running.pop(future)
            try:
                analysis, error, warning = future.result()
            except Exception as e:  # noqa: BLE001 - a worker died (killed, out of memory)
                analysis, error, warning = None, f"the analysis worker stopped ({e.__class__.__name__})", None
            done.append(Done(index, analysis, error, warning))
        return steps, done

    def close(self) -> None:
        """Stop: waiting articles are dropped and the workers ended, so quitting the app does not
        wait for a model load or an article half-way (nothing of theirs is needed any more)."""
        self._stop.set()  # where the process list below is not there: running articles stop at a step
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


def analyze_shelf(articles: list[Article], jobs: int, model: str | None = None, use_cache: bool = True,
                  published: str | None = None) -> Iterator[Done]:
    """One `Done` per article, in input order, as soon as it and all before it are finished."""
    from reader.service import AnalysisService

    parent = AnalysisService(model=model, use_cache=use_cache)
    if jobs <= 1 or len(articles) <= 1:
        yield from _serial(parent, articles, published)
        return
    pending: list[tuple[int, Analysis | None, Future | None]] = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(articles)), initializer=_init_worker,
                             initargs=(model,)) as pool:
        for i, article in enumerate(articles):
            hit = parent.cached(article, published)
            pending.append((i, hit, None if hit is not None else pool.submit(_analyze_in_worker, article, published)))
        for i, hit, future in pending:
            if future is None:
                yield Done(i, hit)
                continue
            analysis, error, warning = future.result()
            if analysis is not None and parent.cache is not None:
                cache_result(parent.cache, articles[i], analysis, published)
            yield Done(i, analysis, error, warning)


def cache_result(cache, article: Article, analysis: Analysis, published: str | None) -> None:
    """Cached at once, under the key the parent's service looks up (so a rerun resumes)."""
    from reader.cache import cache_key

    cache.put(cache_key(article, published or article.published, analysis.model), analysis)


def _serial(service, articles: list[Article], published: str | None) -> Iterator[Done]:
    for i, article in enumerate(articles):
        try:
            yield Done(i, service.analyze(article, published=published), warning=service.warning)
        except service.ModelError as e:
            yield Done(i, None, str(e))
