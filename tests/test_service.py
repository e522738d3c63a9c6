"""AnalysisService: the one way the CLI and the app get an analysis (cache, model, fallback)."""

from __future__ import annotations

import pytest

import reader.service
from reader.cache import AnalysisCache
from reader.nlp.progress import Progress
from reader.service import AnalysisService


@pytest.fixture
def cache(tmp_path) -> AnalysisCache:
    return AnalysisCache(tmp_path / "cache")


def test_stream_reports_progress_and_ends_with_the_full_analysis(cache, nlp, seed_article, seed_analysis):
    steps = list(AnalysisService(cache=cache, loaded=nlp).stream(seed_article))
    assert all(isinstance(s, Progress) for s in steps)
    assert [s.final for s in steps] == [False] * (len(steps) - 1) + [True]
    dones = [s.done for s in steps]
    assert dones == sorted(dones) and steps[-1].done == steps[-1].total
    assert steps[-1].analysis == seed_analysis


def test_analyze_equals_the_pipeline(cache, nlp, seed_article, seed_analysis):
    assert AnalysisService(cache=cache, loaded=nlp).analyze(seed_article) == seed_analysis


def test_cache_hit_is_a_single_final_step(cache, nlp, seed_article, seed_analysis):
    AnalysisService(cache=cache, loaded=nlp).analyze(seed_article)
    steps = list(AnalysisService(cache=cache).stream(seed_article))
    assert len(steps) == 1 and steps[0].final and steps[0].fraction == 1.0
    assert steps[0].analysis == seed_analysis


def test_published_override_reaches_the_analysis(cache, nlp, seed_article):
    a = AnalysisService(cache=cache, loaded=nlp).analyze(seed_article, published="2025-03-02")
    assert a.published == "2025-03-02"


def test_unknown_model_name_is_a_model_error(seed_article):
    service = AnalysisService(model="no_such_model_xyz", use_cache=False)
    with pytest.raises(AnalysisService.ModelError, match="no_such_model_xyz"):
        service.analyze(seed_article)


def test_without_any_model_the_article_still_gets_quotes(seed_article, monkeypatch):
    # Simulates a machine with no model package installed (the lookups are importlib-only).
    monkeypatch.setattr(reader.service, "find_model", lambda name=None: None)
    monkeypatch.setattr(reader.service, "model_info", lambda name=None: None)
    service = AnalysisService(use_cache=True)
    a = service.analyze(seed_article)
    assert service.warning and "install" in service.warning
    assert a.model.name == "none" and a.entities == []
    assert len(a.quotes) >= 10  # quotes come from punctuation alone
    assert all(q.speaker is None for q in a.quotes)


def test_result_is_cached_even_when_the_consumer_stops_at_the_final_step(cache, nlp, seed_article):
    stream = AnalysisService(cache=cache, loaded=nlp).stream(seed_article)
    final = next(s for s in stream if s.final)
    assert not cache.directory.exists() or not list(cache.directory.glob("*.json"))  # not written yet
    stream.close()
    assert AnalysisService(cache=cache).cached(seed_article) == final.analysis
