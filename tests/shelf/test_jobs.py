"""A shelf analysed in worker processes (reader.shelf.jobs): input order, cache, errors per article."""

from __future__ import annotations

from reader.cache import cache_dir
from reader.shelf.jobs import analyze_shelf
from reader.sources import article_from_text

TEXTS = [
    "Harbour strike ends\n\n“We are going back to work,” said Ann Lee, the union leader, on Monday.",
    "Pier opens\n\nMayor Tom Berg cut the ribbon. “It took ten years,” he said.",
    "Flood warning\n\nThe river rose overnight in Millbrook.",
]


def _articles(tag: str):
    return [article_from_text(t + f" ({tag})", source=f"{tag}-{i}.txt") for i, t in enumerate(TEXTS)]


def test_two_workers_give_every_article_in_input_order_and_cache_each():
    articles = _articles("order")
    before = len(list(cache_dir().glob("*.json"))) if cache_dir().exists() else 0
    done = list(analyze_shelf(articles, jobs=2))
    assert [d.index for d in done] == [0, 1, 2]
    assert [d.analysis.source for d in done] == [a.source for a in articles]
    assert all(d.error is None for d in done)
    assert done[0].analysis.quotes[0].speaker_name == "Ann Lee"
    assert done[1].analysis.quotes[0].speaker_name == "Tom Berg"
    assert len(list(cache_dir().glob("*.json"))) == before + 3
    again = list(analyze_shelf(articles, jobs=2))  # all from the cache now
    assert [d.analysis.to_dict() for d in again] == [d.analysis.to_dict() for d in done]


def test_a_failing_model_is_one_error_per_article_not_a_crash():
    done = list(analyze_shelf(_articles("nomodel"), jobs=2, model="en_core_web_no_such_model", use_cache=False))
    assert [d.index for d in done] == [0, 1, 2]
    assert all(d.analysis is None and d.error for d in done)
