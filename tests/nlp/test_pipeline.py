"""Streaming analysis over paragraphs: progress, throttled snapshots, never one giant Doc."""

from __future__ import annotations

import pytest

from reader.nlp.pipeline import BATCH_SIZE, analyze, analyze_stream, analyze_without_model, prose_blocks
from reader.sources import article_from_text


class PipeSpy:
    """The real Language, with a note of every text handed to nlp.pipe."""

    def __init__(self, nlp):
        self.nlp, self.texts = nlp, []

    def pipe(self, texts, **kw):
        def recorded():
            for t in texts:
                self.texts.append(t)
                yield t
        return self.nlp.pipe(recorded(), **kw)


@pytest.fixture(scope="module")
def long_article(seed_article):
    """The seed's body six times over, under headings: more paragraphs than one batch."""
    body = "\n\n".join(seed_article.text[b.start:b.end] for b in seed_article.paragraphs)
    parts = [f"## Part {i}\n\n{body}" for i in range(1, 7)]
    article = article_from_text("# A long read\n\n" + "\n\n".join(parts), source="<long>", markdown=True)
    assert len(prose_blocks(article)) > 2 * BATCH_SIZE
    return article


def test_each_paragraph_is_its_own_doc(nlp, long_article):
    spy = PipeSpy(nlp.nlp)
    analyze(long_article, spy, nlp.info)
    blocks = prose_blocks(long_article)
    assert spy.texts == [long_article.text[b.start:b.end] for b in blocks]
    assert max(len(t) for t in spy.texts) < len(long_article.text) / 20


def test_stream_progress_and_snapshots(nlp, long_article):
    steps = list(analyze_stream(long_article, nlp.nlp, nlp.info, progress_seconds=0))
    final = steps[-1]
    assert final.final and final.done == final.total and not any(s.final for s in steps[:-1])
    dones = [s.done for s in steps]
    assert dones == sorted(dones) and 0 < dones[0] < final.total
    snapshots = [s.analysis for s in steps[:-1] if s.analysis is not None]
    assert snapshots, "a partial analysis arrives before the end"
    first = snapshots[0]
    assert first.text == long_article.text
    assert 0 < len(first.timeline) < len(final.analysis.timeline)
    assert sum(len(e.mentions) for e in first.entities) < sum(len(e.mentions) for e in final.analysis.entities)


def test_snapshot_budget_throttles_document_builds(nlp, long_article):
    steps = list(analyze_stream(long_article, nlp.nlp, nlp.info, snapshot_budget=1e-9, progress_seconds=0))
    partial = [s for s in steps[:-1] if s.analysis is not None]
    assert len(partial) == 1  # the first batch's snapshot, then none until the final build
    assert len(steps) > len(partial) + 1  # progress without snapshots still flows


def test_stream_equals_analyze(nlp, seed_article, seed_analysis):
    *_, last = analyze_stream(seed_article, nlp.nlp, nlp.info)
    assert last.analysis == seed_analysis


def test_offsets_index_the_article_text(seed_analysis):
    text = seed_analysis.text
    for e in seed_analysis.entities:
        for m in e.mentions:
            assert text[m.start:m.end].strip() and 0 <= m.start < m.end <= len(text)
    for q in seed_analysis.quotes:
        assert text[q.start:q.end] == q.text
    for t in seed_analysis.timeline:
        assert text[t.start:t.end] == t.expression


def test_published_override(nlp, seed_article):
    assert analyze(seed_article, nlp.nlp, nlp.info, published="2025-03-02").published == "2025-03-02"


def test_empty_prose_gives_an_empty_final_analysis(nlp):
    article = article_from_text("# Only a title\n", source="<t>", markdown=True)
    steps = list(analyze_stream(article, nlp.nlp, nlp.info))
    assert steps[-1].final and steps[-1].analysis is not None


def test_without_model_quotes_only(seed_article):
    a = analyze_without_model(seed_article)
    assert a.model.name == "none" and not a.entities and a.quotes


def test_whole_paragraphs_are_never_reduced(seed_analysis):
    assert seed_analysis.reduced == []


def test_past_the_budget_a_long_paragraph_is_read_lightly(nlp, seed_article):
    """The seed's paragraphs joined into one block: the first pieces parsed, the rest lightly
    read (marks, dates by form, names already known), and the reduced range recorded."""
    body = " ".join(seed_article.text[b.start:b.end] for b in seed_article.paragraphs)
    article = article_from_text("One block\n\n" + " ".join([body] * 4), source="<block>")
    (block,) = article.paragraphs
    steps = list(analyze_stream(article, nlp.nlp, nlp.info, full_cut_chars=2_000))
    final = steps[-1].analysis
    (reduced,) = final.reduced
    assert block.start + 2_000 <= reduced.start < block.start + 2_000 + 10_000 and reduced.end == block.end
    later = [m for e in final.entities for m in e.mentions if m.start >= reduced.start]
    assert later and all(final.text[m.start:m.end].strip() for m in later)
    assert any(q.start >= reduced.start for q in final.quotes)
    assert any(t.start >= reduced.start and t.date for t in final.timeline)
    assert analyze(article, nlp.nlp, nlp.info).reduced == []  # under the default budget: all parsed
