"""A web page → Article: parse leniently, read it with several extractors, keep the best
reading, and put the page's own headline, byline, outlet and date on it."""

from __future__ import annotations

from reader.article import Article, Block
from reader.sources.errors import SourceError
from reader.sources.published import find_published
from reader.sources.sanitize import sanitize
from reader.sources.web.blocks import TextBlock
from reader.sources.web.candidates import candidates
from reader.sources.web.choose import choose
from reader.sources.web.facts import PageFacts, page_facts
from reader.sources.web.libraries import require_libraries
from reader.sources.web.parse import parse_html
from reader.sources.web.tidy import tidy


def _clean(text: str | None) -> str | None:
    text = " ".join(sanitize(text or "").split())
    return text or None


def _article(source: str, facts: PageFacts, body: list[TextBlock]) -> Article:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0

    def add(kind, text: str) -> None:
        nonlocal pos
        if parts:
            pos += 2
        blocks.append(Block(kind, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)

    title = _clean(facts.headline)
    if title:
        add("title", title)
    # Byline and outlet are facts beside the text, not in it: the body is the story alone.
    byline, outlet = _clean(facts.author), _clean(facts.outlet)
    for kind, text in body:
        clean = _clean(text)
        if clean:
            add(kind, clean)
    text = "\n\n".join(parts)
    published = facts.date or find_published(text, blocks)
    return Article(
        source=source, text=text, blocks=tuple(blocks), title=title, byline=byline,
        published=published, outlet=outlet,
    )


def page_to_article(html: str, source: str, shown: str | None = None) -> Article:
    """The article in an HTML page; SourceError (one line) when there is none or it cannot be read.
    `shown` is the source's name as errors show it (sanitized); `source` goes on the Article."""
    name = shown or source
    require_libraries(name)
    tree = parse_html(html, name)
    facts = page_facts(tree)
    body = tidy(choose(candidates(tree)).blocks, facts)
    if not body:
        raise SourceError(f"{name}: no article text found in this page")
    return _article(source, facts, body)
