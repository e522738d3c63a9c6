"""Run spaCy over an article's prose blocks and turn what it finds into an `Analysis`.

Data flows one way: each block's Doc is read once by the per-block collectors
(`entities.collect`, `quotes.collect`, `timeline.collect`), which keep small plain records and
let the Doc go — never one giant Doc. Document-level steps (entity consolidation, speaker
resolution across paragraphs, date resolution) run in `build` over those records.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.analysis import Analysis, ModelInfo
from reader.article import Article, Block
from reader.nlp import entities, quotes, timeline

PROSE = ("title", "heading", "paragraph")
NO_MODEL = ModelInfo(name="none", version="0")


@dataclass(frozen=True)
class Progress:
    """A step of the streaming analysis: how far it got and, when there is one, a snapshot."""

    done: int  # characters of prose analysed so far
    total: int
    analysis: Analysis | None
    final: bool = False


@dataclass
class Collected:
    """Everything the per-block collectors kept, in reading order."""

    entity_mentions: list[entities.Mention] = field(default_factory=list)
    quote_evidence: list[quotes.Evidence] = field(default_factory=list)
    date_mentions: list[timeline.DateMention] = field(default_factory=list)


def prose_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind in PROSE]


def build(article: Article, model: ModelInfo, collected: Collected, published: str | None,
          quote_spans: list[quotes.QuoteSpan]) -> Analysis:
    """The document-level steps: merge entities, attribute quotes, resolve dates."""
    ents = entities.consolidate(collected.entity_mentions, article.text)
    qs = quotes.attribute(quote_spans, collected.quote_evidence, ents, article.text)
    tl = timeline.resolve(collected.date_mentions, published, article.text)
    return Analysis(
        source=article.source, title=article.title, byline=article.byline, published=published,
        model=model, text=article.text, entities=ents, quotes=qs, timeline=tl,
    )


def analyze_stream(article: Article, nlp: Any, model: ModelInfo, published: str | None = None,
                   batch_size: int = 32, snapshot_seconds: float = 1.0) -> Iterator[Progress]:
    """Yield progress as batches finish, a partial snapshot at most every `snapshot_seconds`,
    and last a `final` Progress with the complete Analysis."""
    published = published or article.published
    blocks = prose_blocks(article)
    total = sum(b.end - b.start for b in blocks) or 1
    quote_spans = quotes.find_quotes(article.text, blocks)
    by_block = quotes.spans_by_block(quote_spans, blocks)
    collected = Collected()
    done = 0
    last_snapshot = time.monotonic()
    texts: Iterable[str] = (article.text[b.start : b.end] for b in blocks)
    for i, (block, doc) in enumerate(zip(blocks, nlp.pipe(texts, batch_size=batch_size))):
        collected.entity_mentions.extend(entities.collect(doc, block.start))
        collected.quote_evidence.extend(quotes.collect(doc, block.start, by_block[i]))
        collected.date_mentions.extend(timeline.collect(doc, block.start))
        done += block.end - block.start
        if (i + 1) % batch_size == 0:
            snapshot = None
            if time.monotonic() - last_snapshot >= snapshot_seconds:
                snapshot = build(article, model, collected, published, quote_spans)
                last_snapshot = time.monotonic()
            yield Progress(done, total, snapshot)
    yield Progress(total, total, build(article, model, collected, published, quote_spans), final=True)


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
