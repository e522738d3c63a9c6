"""The app's analysis in worker processes (reader.app.pooled): real workers, the real model."""

from __future__ import annotations

from app_helpers import wait_until

from reader.app.app import NewsreaderApp
from reader.app.pooled import next_article, worth_a_pool
from reader.app.screens.library import LibraryScreen
from reader.app.widgets.library.table import ArticlesTable
from reader.service import AnalysisService
from reader.sources import article_from_text

TEXTS = [
    "Ferry resumes\n\n“The boats are back,” said Ann Lee, the harbour master, on Monday.",
    "Bridge closes\n\nMayor Tom Berg closed the bridge. “It is not safe,” he said.",
    "Market day\n\nStalls filled the square in Millbrook on Saturday.",
]


def test_the_visible_article_goes_first_then_shelf_order():
    pending = [("a", None), ("b", None), None, ("d", None)]
    assert next_article(pending, 3) == 3
    assert next_article(pending, 2) == 0  # the visible one is done: the first that waits
    assert next_article([None, None], 0) is None


def test_a_pool_only_for_two_articles_or_more_and_more_than_one_job():
    assert worth_a_pool([("a", None), ("b", None)], 2)
    assert not worth_a_pool([("a", None), None], 2)
    assert not worth_a_pool([("a", None), ("b", None)], 1)


async def test_a_shelf_is_analysed_in_worker_processes_shown_live_and_cached_at_once():
    articles = [article_from_text(t, source=f"pooled-{i}.txt") for i, t in enumerate(TEXTS)]
    app = NewsreaderApp(articles, shelf=True, jobs=2)
    async with app.run_test(size=(120, 36)):
        await wait_until(lambda: isinstance(app.screen, LibraryScreen) and app.screen.shown_rows == 3)
        table = app.screen.query_one(ArticlesTable)
        await wait_until(lambda: not app.analysing, timeout=240)
        assert [s.failure for s in app.states] == [None, None, None]
        assert app.states[0].analysis.quotes[0].speaker_name == "Ann Lee"
        assert app.states[1].analysis.quotes[0].speaker_name == "Tom Berg"
        await wait_until(lambda: [table.row_at(r)[6] for r in range(3)] == ["done"] * 3)
        await wait_until(lambda: app.screen.indexed_articles == 3)
    cache = AnalysisService()  # each result was written by the app as it came
    assert all(cache.cached(a) is not None for a in articles)
