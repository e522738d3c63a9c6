"""A title and byline the article's text does not hold, shown where a reader expects them.

Front matter (`title:`, `author:`) and a web page's metadata give `Article.title` and
`Article.byline` without putting them in the text, so the reading pane would start at the
first paragraph with no author. They are added as empty blocks (start == end, no characters
of the text) that the view draws with these words: offsets, highlights and the analysis are
untouched, and the layout needs no special case.

The analysis finds more: a "By …" line in the text it read as the byline, and the reporting and
editing credits at the end ("Reporting by …; Editing by …"). Those names are kept out of People,
so they are shown here instead, under the title, once the analysis arrives.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.article import Article, Block


def byline_words(byline: str) -> str:
    words = " ".join(byline.split())
    return words if words.lower().startswith("by ") else f"By {words}"


def credits_words(credits: Sequence[str], shown: str) -> str | None:
    """ "Credits: A, B" for the credited names the byline shown does not already name."""
    extra = [" ".join(c.split()) for c in credits if c.strip() and " ".join(c.split()) not in shown]
    return f"Credits: {', '.join(extra)}" if extra else None


def masthead(article: Article, byline: str | None = None,
             credits: Sequence[str] = ()) -> tuple[list[Block], dict[int, str]]:
    """The blocks in reading order with any missing title and byline added, and the words of
    each added block by its index. `byline` and `credits` are what the analysis found: a byline
    when the article has none, and the credited names it does not show yet."""
    blocks = sorted(article.blocks, key=lambda b: b.start)
    added: list[tuple[Block, str]] = []
    title = next((b for b in blocks if b.kind == "title"), None)
    at = title.end if title is not None else 0
    if title is None and article.title and article.title.strip():
        added.append((Block("title", 0, 0), " ".join(article.title.split())))
    in_text = next((b for b in blocks if b.kind == "byline"), None)
    shown = " ".join(article.text[in_text.start : in_text.end].split()) if in_text is not None else ""
    if in_text is None:
        missing = article.byline if article.byline and article.byline.strip() else byline
        if missing and missing.strip():
            shown = byline_words(missing)
            added.append((Block("byline", at, at), shown))
    credit_line = credits_words(credits, shown)
    if credit_line:
        at = in_text.end if in_text is not None else at
        added.append((Block("byline", at, at), credit_line))
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
