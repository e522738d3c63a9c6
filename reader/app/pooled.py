"""The app's analysis in worker processes, for a shelf: the visible article first, every step
posted to the UI as a message, each finished article cached at once.

Runs inside the app's analysis thread (`NewsreaderApp._analyse`) once the cache has answered
what it could. It feeds `reader.shelf.jobs.LivePool` one article per free worker — the article
on screen when a worker frees up, else the next in shelf order — and turns what comes back into
the same `AnalysisStep`/`AnalysisFailed` messages the in-process path posts. Data flows one
way: Articles out, plain `Analysis` objects and counts back; no spaCy object reaches this
process, and the thread never waits for the UI (a message each, `post` returns at once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.app.analyser import AnalysisFailed, AnalysisStep
from reader.article import Article
from reader.nlp.progress import Progress

POLL_S = 0.05  # how often the thread looks for cancellation when no worker reports

Pending = list[tuple[Article, Callable[[], str | None]] | None]


def prepare_live_pool() -> None:
    """Called by the app before it runs (see `reader.shelf.jobs.prepare_live_pool`)."""
    from reader.shelf.jobs import prepare_live_pool as prepare

    prepare()


def worth_a_pool(pending: Sequence[object], jobs: int) -> bool:
    """Worker processes pay a model load each: only for two or more articles to analyse."""
    return jobs > 1 and sum(p is not None for p in pending) > 1


def next_article(pending: Pending, visible: int) -> int | None:
    """The visible article if it waits, else the first waiting one in shelf order."""
    if 0 <= visible < len(pending) and pending[visible] is not None:
        return visible
    return next((i for i, p in enumerate(pending) if p is not None), None)


def analyse_in_pool(pending: Pending, visible: Callable[[], int], post: Callable[[object], bool],
                    cancelled: Callable[[], bool], jobs: int, model: str | None, cache) -> None:
    """Analyse every article still `pending` in `jobs` worker processes; `post` a message per
    step (False: the app is closing); `cache` (an AnalysisCache or None) gets each result."""
    from reader.shelf.jobs import LivePool, cache_result

    pool = LivePool(min(jobs, sum(p is not None for p in pending)), model)
    running: dict[int, tuple[Article, str | None]] = {}
    try:
        while True:
            while pool.free > 0 and (idx := next_article(pending, visible())) is not None:
                entry = pending[idx]
                assert entry is not None
                pending[idx] = None
                running[idx] = (entry[0], entry[1]())
                pool.submit(idx, *running[idx])
            if not running or cancelled():
                return
            steps, done = pool.poll(POLL_S)
            for step in steps:
                if step.index in running:  # (a step can come after its article's result)
                    progress = Progress(step.done, step.total, step.analysis)
                    if not post(AnalysisStep(step.index, progress, running[step.index][1], None)):
                        return
            for d in done:
                article, published = running.pop(d.index)
                if d.analysis is None:
                    if not post(AnalysisFailed(d.index, d.error or "no result")):
                        return
                    continue
                total = sum(b.end - b.start for b in article.blocks) or 1
                if not post(AnalysisStep(d.index, Progress(total, total, d.analysis, final=True), published, d.warning)):
                    return
                if cache is not None:  # at once: a shelf stopped half-way resumes from here
                    cache_result(cache, article, d.analysis, published)
    finally:
        pool.close()
