"""Sources → Article: read a file, stdin or URL, decode it safely, sanitize it, find its shape."""

from __future__ import annotations

from pathlib import Path

from reader.article import Article
from reader.sources.decode import decode
from reader.sources.errors import SourceError
from reader.sources.fetch import fetch, looks_like_url
from reader.sources.html import html_to_article
from reader.sources.read import read_path, read_stdin
from reader.sources.sanitize import sanitize, sanitize_name
from reader.sources.structure import shape

__all__ = ["SourceError", "MAX_BYTES", "load", "article_from_text"]

# What the analysis still finishes in reasonable time (about 25 s a MB here, with the model):
# a long feature is under 0.1 MB, a 300-page book about 0.6 MB (see benchmarks/).
MAX_BYTES = 2_000_000
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_PLAIN_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}


def article_from_text(text: str, source: str = "<text>", markdown: bool = False) -> Article:
    clean = sanitize(text)
    s = shape(clean, markdown=markdown)
    source = sanitize_name(source)
    if not s.text.strip():
        raise SourceError(f"{source}: no readable text in it")
    return Article(
        source=source, text=s.text, blocks=s.blocks, title=s.title, byline=s.byline, published=s.published
    )


def load(source: str, max_bytes: int = MAX_BYTES) -> Article:
    """Read one source; raises SourceError with a one-line message for any bad input."""
    shown = sanitize_name(source)
    content_type, charset = "", None
    if source == "-":
        data = read_stdin(max_bytes)
    elif looks_like_url(source):
        fetched = fetch(source, max_bytes)
        data, content_type, charset = fetched.data, fetched.content_type, fetched.charset
    else:
        data = read_path(source, max_bytes)
    if not data.strip():
        raise SourceError(f"{shown}: the file is empty")
    text = decode(data, shown, charset)
    if content_type in _PLAIN_TYPES:
        return article_from_text(text, source=source, markdown=content_type != "text/plain" or _starts_like_markdown(text))
    suffix = "" if looks_like_url(source) or source == "-" else Path(source).suffix.lower()
    if looks_like_url(source) or suffix in _HTML_SUFFIXES or _starts_like_html(text):
        return html_to_article(text, shown, shown)  # the Article carries the sanitized name too
    markdown = suffix in _MARKDOWN_SUFFIXES or (suffix == "" and _starts_like_markdown(text))
    return article_from_text(text, source=source, markdown=markdown)


def _starts_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _starts_like_markdown(text: str) -> bool:
    """Front matter or a `# ` heading first: stdin or a file without a suffix read as Markdown."""
    head = text.lstrip("\ufeff")
    return head.startswith(("---\n", "---\r\n")) or head.lstrip(" \t\r\n").startswith("# ")
