"""Run spaCy over an article's prose blocks and turn what it finds into an `Analysis`.

Data flows one way: each block's Doc is read once by the per-block collectors
(`entities.collect`, `quotes.collect`, `timeline.collect`), which keep small plain records and
let the Doc go — never one giant Doc. Document-level steps (entity consolidation, speaker
resolution across paragraphs, date resolution) run in `build` over those records.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.analysis import Analysis, ModelInfo, Span
from reader.article import Article, Block
from reader.nlp import entities, leadins, quotes
from reader.nlp.chunks import FULL_CUT_CHARS, batch_size_for, light_pieces, parser_pieces
from reader.nlp.light import LightPass
from reader.nlp.time import timeline
from reader.nlp.progress import Progress

__all__ = ["Progress", "Collected", "analyze_stream", "analyze", "analyze_without_model", "build", "prose_blocks"]

PROSE = ("title", "heading", "paragraph")
NO_MODEL = ModelInfo(name="none", version="0")
# Paragraphs per nlp.pipe batch: past ~32 short texts spaCy's throughput is flat on this kind of
# machine (see benchmarks/), and small batches keep the memory and the gaps between progress
# reports small.
BATCH_SIZE = 32
# Share of the elapsed time that partial snapshots (the document-level `build`) may take, so
# the streamed analysis stays within a few percent of raw nlp.pipe however slow `build` gets.
SNAPSHOT_BUDGET = 0.025
PROGRESS_SECONDS = 0.1  # least time between two progress reports without a snapshot


@dataclass
class Collected:
    """Everything the per-block collectors kept, in reading order."""

    entity_mentions: list[entities.Mention] = field(default_factory=list)
    quote_evidence: list[quotes.Evidence] = field(default_factory=list)
    date_mentions: list[timeline.DateMention] = field(default_factory=list)


def prose_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind in PROSE]


def build(article: Article, model: ModelInfo, collected: Collected, published: str | None,
          quote_spans: list[quotes.QuoteSpan], reduced: list[Span] | None = None) -> Analysis:
    """The document-level steps: merge entities, attribute quotes, resolve dates."""
    credits = entities.find_credits(article.text, article.blocks)
    ents = entities.consolidate(collected.entity_mentions, article.text, credits)
    qs = quotes.attribute(quote_spans, collected.quote_evidence, ents, article.text)
    tl = timeline.resolve(collected.date_mentions, published, article.text)
    return Analysis(
        source=article.source, title=article.title, published=published, credits=credits.names,
        byline=article.byline or (" and ".join(credits.byline) if credits.byline else None),
        model=model, text=article.text, entities=ents, quotes=qs, timeline=tl, outlet=article.outlet,
        timexes=timeline.timexes(collected.date_mentions, published), reduced=list(reduced or []),
    )


def reduced_ranges(blocks: list[Block], light: list[bool]) -> list[Span]:
    """The text the light pass read, adjacent pieces merged."""
    out: list[Span] = []
    for block, lit in zip(blocks, light):
        if not lit:
            continue
        if out and out[-1].end == block.start:
            out[-1] = Span(out[-1].start, block.end)
        else:
            out.append(Span(block.start, block.end))
    return out


def _docs(nlp: Any, text: str, blocks: list[Block], light: list[bool], batch_size: int,
          known: list[entities.Mention]) -> Iterator[Any]:
    """Each block's Doc in order: runs of full blocks through `nlp.pipe`, runs past the budget
    through the light pass, which first learns the names in `known` (the mentions so far)."""
    lighter: LightPass | None = None
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and light[j] == light[i]:
            j += 1
        texts = (leadins.for_parser(text[b.start : b.end]) for b in blocks[i:j])
        if light[i]:
            lighter = lighter or LightPass(nlp)
            lighter.learn(known)
            yield from map(lighter, texts)
        else:
            yield from nlp.pipe(texts, batch_size=batch_size)
        i = j


def analyze_stream(article: Article, nlp: Any, model: ModelInfo, published: str | None = None,
                   batch_size: int = BATCH_SIZE, snapshot_budget: float = SNAPSHOT_BUDGET,
                   progress_seconds: float = PROGRESS_SECONDS,
                   full_cut_chars: int = FULL_CUT_CHARS) -> Iterator[Progress]:
    """Yield progress as paragraphs finish, now and then a partial snapshot, and last a
    `final` Progress with the complete Analysis.

    Each paragraph is its own Doc, read once by the collectors and dropped, so memory stays
    flat for a book. A snapshot runs the document-level `build` over everything so far; the
    first comes after the first batch, later ones only once the time since the previous one
    is `1 / snapshot_budget` times what that build cost. Pieces cut from over-long blocks past
    `full_cut_chars` get the light pass only, recorded in `Analysis.reduced`.
    """
    published = published or article.published
    whole = prose_blocks(article)
    total = sum(b.end - b.start for b in whole) or 1
    quote_spans = quotes.find_quotes(article.text, whole)
    blocks = parser_pieces(article.text, whole, quote_spans)  # a paragraph over the parser's limit, cut
    light = light_pieces(whole, blocks, full_cut_chars)  # and past a budget, only lightly read
    reduced = reduced_ranges(blocks, light)
    batch_size = batch_size_for([b for b, lit in zip(blocks, light) if not lit], batch_size)
    by_block = quotes.spans_by_block(quote_spans, blocks)
    collected = Collected()
    done = 0
    last_report = last_snapshot = time.monotonic()
    build_cost: float | None = None  # None: no snapshot yet
    docs = _docs(nlp, article.text, blocks, light, batch_size, collected.entity_mentions)
    for i, (block, doc) in enumerate(zip(blocks, docs)):
        collected.entity_mentions.extend(entities.collect(doc, block.start, block.kind == "title"))
        collected.quote_evidence.extend(quotes.collect(doc, block.start, by_block[i]))
        collected.date_mentions.extend(timeline.collect(doc, block.start))
        del doc
        done += block.end - block.start
        if i == len(blocks) - 1:
            break  # the final build follows
        now = time.monotonic()
        if build_cost is None:
            due = (i + 1) >= batch_size
        else:
            due = now - last_snapshot >= build_cost / snapshot_budget
        if due:
            snapshot = build(article, model, collected, published, quote_spans, reduced)
            last_snapshot = last_report = time.monotonic()
            build_cost = last_snapshot - now
            yield Progress(done, total, snapshot)
        elif now - last_report >= progress_seconds:
            last_report = now
            yield Progress(done, total, None)
    yield Progress(total, total, build(article, model, collected, published, quote_spans, reduced), final=True)


def analyze(article: Article, nlp: Any, model: ModelInfo, published: str | None = None) -> Analysis:
    result = None
    for progress in analyze_stream(article, nlp, model, published):
        result = progress.analysis
    assert result is not None
    return result


def analyze_without_model(article: Article, published: str | None = None) -> Analysis:
    """No spaCy model installed: quotes from punctuation only, no entities or speakers."""
    blocks = prose_blocks(article)
    return build(article, NO_MODEL, Collected(), published or article.published,
                 quotes.find_quotes(article.text, blocks))
