"""HTML pages: the way into `reader.sources.web`, which reads the article out of a page."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.article import Article


def html_to_article(html: str, source: str, shown: str | None = None) -> Article:
    """The article in an HTML page; SourceError (one line, naming `shown`) if there is none."""
    from reader.sources.web import page_to_article

    return page_to_article(html, source, shown)
