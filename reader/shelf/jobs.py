"""A shelf analysed at corpus speed: whole articles to worker processes, results in input order.

Each worker loads the model once (the pool's initializer) and takes whole articles, so the only
traffic is an Article in and an Analysis out. Cache hits are answered in the parent without
spaCy; every finished analysis is written to the cache as soon as it arrives, so a run that is
stopped resumes where it was. The export is a pure function per article — past one machine the
same function maps onto an existing engine (a Dask bag, Ray) with the cache as the shared store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from reader.analysis import Analysis
from reader.article import Article

_worker_service = None


@dataclass(frozen=True)
class Done:
    """The outcome for one article of the shelf: an analysis, or the one-line reason there is none."""

    index: int
    analysis: Analysis | None
    error: str | None = None
    warning: str | None = None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _init_worker(model: str | None) -> None:
    global _worker_service
    from reader.service import AnalysisService

    _worker_service = AnalysisService(model=model, use_cache=False)


def _analyze_in_worker(article: Article, published: str | None) -> tuple[Analysis | None, str | None, str | None]:
    service = _worker_service
    try:
        analysis = service.analyze(article, published=published)
    except service.ModelError as e:
        return None, str(e), None
    except Exception as e:  # noqa: BLE001 - one bad article must not end the shelf; its line says why
        return None, f"{article.source}: analysis failed ({e.__class__.__name__}: {e})", None
    return analysis, None, service.warning


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
                _store(parent.cache, articles[i], analysis, published)
            yield Done(i, analysis, error, warning)


def _store(cache, article: Article, analysis: Analysis, published: str | None) -> None:
    """Cached at once, under the key the parent's service looks up (so a rerun resumes)."""
    from reader.cache import cache_key

    cache.put(cache_key(article, published or article.published, analysis.model), analysis)


def _serial(service, articles: list[Article], published: str | None) -> Iterator[Done]:
    for i, article in enumerate(articles):
        try:
            yield Done(i, service.analyze(article, published=published), warning=service.warning)
        except service.ModelError as e:
            yield Done(i, None, str(e))
