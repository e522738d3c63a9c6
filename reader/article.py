"""The loaded article: clean text plus where its title, byline, headings and paragraphs are.

Everything downstream (spaCy, the UI, the export) indexes `Article.text` by character offset,
so blocks are (start, end) spans into it rather than copies of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "byline", "dateline", "heading", "paragraph"]


@dataclass(frozen=True)
class Block:
    """One displayed unit of the article: a title, byline, heading or paragraph."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A sanitized article ready for analysis and display."""

    source: str
    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" when the text or metadata states one
    outlet: str | None = None  # the site or publication ("BBC News"), when a web page names it
    warnings: tuple[str, ...] = field(default=())

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The blocks the NLP reads: body paragraphs (titles and headings are not prose)."""
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    @property
    def word_count(self) -> int:
        return len(self.text.split())
