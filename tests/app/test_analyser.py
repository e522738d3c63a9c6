"""The order articles are analysed in (the visible one first, the others set aside and resumed)
and the step messages a worker posts, without the UI."""

from __future__ import annotations

from reader.analysis import Analysis, ModelInfo
from reader.app.analyser import AnalysisSource, AnalysisStep, CachedSource, CacheHit, Schedule
from reader.article import Article, Block
from reader.nlp.progress import Progress


def article(name: str) -> Article:
    return Article(source=name, text=f"{name}\n\nBody.", blocks=(Block("title", 0, len(name)),))


def result(name: str) -> Analysis:
    return Analysis(source=name, title=name, byline=None, published=None, model=ModelInfo("m", "1"), text=name)


class Scripted:
    """A service whose articles take `steps[source]` steps; `fail` raises in that article's."""

    warning = None

    def __init__(self, steps: dict[str, int], fail: str | None = None) -> None:
        self.steps, self.fail, self.closed = steps, fail, []

    def stream(self, a: Article, published: str | None = None):
        try:
            n = self.steps[a.source]
            for i in range(1, n):
                if a.source == self.fail:
                    raise OSError("disk on fire")
                yield Progress(i, n, None)
            yield Progress(n, n, result(a.source), final=True)
        finally:
            self.closed.append(a.source)


def schedule(service, names, visible) -> Schedule:
    return Schedule(service, [(article(n), lambda: None) for n in names], visible)


def test_the_visible_article_goes_first() -> None:
    out = [(i, s.final) for i, s, _, _ in schedule(Scripted({"a": 2, "b": 1}), "ab", lambda: 1)]
    assert out == [(1, True), (0, False), (0, True)]


def test_turning_to_another_article_sets_the_running_one_aside_and_resumes_it_later() -> None:
    shown = [0]
    seen = []
    for idx, step, _, _ in schedule(Scripted({"a": 4, "b": 2}), "ab", lambda: shown[0]):
        seen.append((idx, step.done))
        if seen == [(0, 1)]:
            shown[0] = 1  # the reader pressed '>' while 'a' was being analysed
    assert seen == [(0, 1), (1, 1), (1, 2), (0, 2), (0, 3), (0, 4)]


def test_a_failure_is_reported_and_the_others_go_on() -> None:
    out = list(schedule(Scripted({"a": 3, "b": 1}, fail="a"), "ab", lambda: 0))
    assert (0, None, None, "disk on fire") in out
    assert out[-1][0] == 1 and out[-1][1].final


def test_a_stream_without_a_final_step_is_a_failure() -> None:
    class Silent:
        warning = None

        def stream(self, a, published=None):
            return iter(())

    assert list(schedule(Silent(), "a", lambda: 0)) == [(0, None, None, "the analysis ended without a result")]


def test_after_the_final_step_the_stream_runs_to_its_end() -> None:
    service = Scripted({"a": 1})
    assert [s.final for _, s, _, _ in schedule(service, "a", lambda: 0)] == [True]
    assert service.closed == ["a"]  # AnalysisService writes its cache there


def test_cache_hits_come_first_and_are_not_analysed_again() -> None:
    class Cached(Scripted):
        def cached(self, a, published=None, max_bytes=None):
            return result(a.source) if a.source == "b" else None

    service = Cached({"a": 1, "b": 1})
    assert isinstance(service, CachedSource) and not isinstance(Scripted({}), CachedSource)
    s = schedule(service, "ab", lambda: 0)
    assert [(i, a.source) for i, a, _ in s.cache_hits()] == [(1, "b")]
    assert [i for i, *_ in s] == [0]


def test_cache_hits_come_as_few_messages_the_visible_article_alone_first() -> None:
    class AllCached(Scripted):
        def cached(self, a, published=None, max_bytes=None):
            return result(a.source)

    names = [f"n{i}" for i in range(7)]
    s = Schedule(AllCached({}), [(article(n), lambda: None) for n in names], lambda: 4)
    batches = [[(step.index, step.step.analysis.source) for step in hits.steps] for hits in s.cache_hit_batches(size=3)]
    assert batches == [[(4, "n4")], [(0, "n0"), (1, "n1"), (2, "n2")], [(3, "n3"), (5, "n5"), (6, "n6")]]
    assert all(s.pending[i] is None for i in range(7))  # none of them is analysed again


def test_the_real_service_is_a_cached_source() -> None:
    from reader.service import AnalysisService

    service = AnalysisService(use_cache=False)
    assert isinstance(service, AnalysisSource) and isinstance(service, CachedSource)


def test_a_newer_step_replaces_a_queued_one_but_never_a_final_one_or_a_snapshot() -> None:
    snap = result("a")
    older = AnalysisStep(0, Progress(1, 4, None), None, None)
    assert older.can_replace(AnalysisStep(0, Progress(2, 4, None), None, None))
    assert not older.can_replace(AnalysisStep(1, Progress(2, 4, None), None, None))  # another article
    with_snapshot = AnalysisStep(0, Progress(1, 4, snap), None, None)
    assert not with_snapshot.can_replace(AnalysisStep(0, Progress(2, 4, None), None, None))
    assert with_snapshot.can_replace(AnalysisStep(0, Progress(3, 4, snap), None, None))
    final = AnalysisStep(0, CacheHit(snap), None, None)
    assert not final.can_replace(AnalysisStep(0, Progress(2, 4, None), None, None))
