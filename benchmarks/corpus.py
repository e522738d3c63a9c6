"""The texts the benchmark reads: the bundled seed, and a book-length text made from it.

The 100k-word text is real article text: the body paragraphs of the bundled seed article
(seeds/zelensky-urges-us-support.txt, a news report of ~745 words) repeated under numbered
section headings until it passes 100,000 words, with one title on top. It goes through the
normal Markdown source loader, so its blocks are what a user's file would give.
"""

from __future__ import annotations

from pathlib import Path

from reader.article import Article
from reader.resources import default_seed
from reader.sources import article_from_text, load

WORDS_100K = 100_000


def seed() -> Article:
    return load(str(default_seed()))


def book_markdown(words: int = WORDS_100K) -> str:
    s = seed()
    body = "\n\n".join(s.text[b.start : b.end] for b in s.paragraphs)
    per_copy = len(body.split())
    copies = -(-words // per_copy)
    parts = [f"## Part {i}\n\n{body}" for i in range(1, copies + 1)]
    return f"# {s.title or 'A long read'} (the long edition)\n\n" + "\n\n".join(parts) + "\n"


def book(words: int = WORDS_100K) -> Article:
    return article_from_text(book_markdown(words), source="<bench-100k>", markdown=True)


def write_book(path: Path, words: int = WORDS_100K) -> Path:
    path.write_text(book_markdown(words), encoding="utf-8")
    return path
