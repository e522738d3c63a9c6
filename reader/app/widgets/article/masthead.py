"""A title and byline the article's text does not hold, shown where a reader expects them.

Front matter (`title:`, `author:`) and a web page's metadata give `Article.title` and
`Article.byline` without putting them in the text, so the reading pane would start at the
first paragraph with no author. They are added as empty blocks (start == end, no characters
of the text) that the view draws with these words: offsets, highlights and the analysis are
untouched, and the layout needs no special case.
"""

from __future__ import annotations

from reader.article import Article, Block


def byline_words(byline: str) -> str:
    words = " ".join(byline.split())
    return words if words.lower().startswith("by ") else f"By {words}"


def masthead(article: Article) -> tuple[list[Block], dict[int, str]]:
    """The blocks in reading order with any missing title and byline added, and the words of
    each added block by its index."""
    blocks = sorted(article.blocks, key=lambda b: b.start)
    kinds = {b.kind for b in blocks}
    added: list[tuple[Block, str]] = []
    title = next((b for b in blocks if b.kind == "title"), None)
    if title is None and article.title and article.title.strip():
        added.append((Block("title", 0, 0), " ".join(article.title.split())))
    if "byline" not in kinds and article.byline and article.byline.strip():
        at = title.end if title is not None else 0
        added.append((Block("byline", at, at), byline_words(article.byline)))
    if not added:
        return blocks, {}
    # An added block goes before the real blocks starting at its offset (it holds no text).
    out: list[Block] = []
    words: dict[int, str] = {}
    pending = list(added)
    for b in blocks:
        while pending and pending[0][0].start <= b.start:
            block, text = pending.pop(0)
            words[len(out)] = text
            out.append(block)
        out.append(b)
    for block, text in pending:
        words[len(out)] = text
        out.append(block)
    return out, words
