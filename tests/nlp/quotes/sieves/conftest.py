"""Parsed sentences for the parse-level sieves: one Doc per text for the whole session, a fresh
view of each quotation per test (a sieve may widen its site)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.article import Block as Paragraph
from reader.nlp.quotes.clues import Block, Site
from reader.nlp.quotes.marks import find_quotes


@pytest.fixture(scope="session")
def parsed(nlp) -> Callable[[str], tuple[Block, list[Site]]]:
    """text → (the block, one site per quotation), the text parsed once per session."""
    docs: dict[str, Block] = {}

    def parse(text: str) -> tuple[Block, list[Site]]:
        if text not in docs:
            spans = find_quotes(text, [Paragraph("paragraph", 0, len(text))])
            docs[text] = Block.of(nlp.nlp(text), 0, spans)
        block = docs[text]
        return block, [Site.of(block, s, *r) for s, r in zip(block.spans, block.ranges) if r is not None]

    return parse


@pytest.fixture(scope="session")
def block_of(parsed) -> Callable[[str], Block]:
    return lambda text: parsed(text)[0]
