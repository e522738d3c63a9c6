"""Sources → Article: read a file, stdin or URL, decode it safely, sanitize it, find its shape."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.article import Article
from reader.sources.decode import decode
from reader.sources.errors import SourceError
from reader.sources.html import fetch, html_to_article, looks_like_url
from reader.sources.sanitize import sanitize
from reader.sources.structure import shape

__all__ = ["SourceError", "load", "article_from_text"]

# A book of 100k words is ~0.6 MB; anything past this is not an article.
MAX_BYTES = 25 * 1024 * 1024
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def article_from_text(text: str, source: str = "<text>", markdown: bool = False) -> Article:
    clean = sanitize(text)
    s = shape(clean, markdown=markdown)
    if not s.text.strip():
        raise SourceError(f"{source}: no readable text in it")
    return Article(
        source=source, text=s.text, blocks=s.blocks, title=s.title, byline=s.byline, published=s.published
    )


def _read_bytes(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    elif looks_like_url(source):
        data = fetch(source, MAX_BYTES)
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise SourceError(f"{source}: is a directory, not an article file")
            if not path.exists():
                raise SourceError(f"{source}: no such file")
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise SourceError(f"{source}: too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
            data = path.read_bytes()
        except SourceError:
            raise
        except OSError as e:
            raise SourceError(f"{source}: cannot read it ({e.strerror or e.__class__.__name__})") from None
    if len(data) > MAX_BYTES:
        raise SourceError(f"{source}: too large (the limit is {MAX_BYTES // 2**20} MB)")
    if not data.strip():
        raise SourceError(f"{source}: the file is empty")
    return data


def load(source: str) -> Article:
    """Read one source; raises SourceError with a one-line message for any bad input."""
    data = _read_bytes(source)
    text = decode(data, source)
    suffix = "" if looks_like_url(source) else Path(source).suffix.lower()
    if looks_like_url(source) or suffix in _HTML_SUFFIXES or _starts_like_html(text):
        return html_to_article(text, source)
    return article_from_text(text, source=source, markdown=suffix in _MARKDOWN_SUFFIXES)


def _starts_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
