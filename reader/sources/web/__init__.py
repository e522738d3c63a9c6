"""Web pages → Article, read better than any one extractor alone (see page.py)."""

from reader.sources.web.page import page_to_article

__all__ = ["page_to_article"]
