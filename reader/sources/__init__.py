"""Sources → Article: read a file, stdin or URL, decode it safely, sanitize it, find its shape."""

from __future__ import annotations

from pathlib import Path

from reader.article import Article
from reader.sources.decode import decode
from reader.sources.errors import SourceError
from reader.sources.fetch import fetch, looks_like_url
from reader.sources.html import html_to_article
from reader.sources.read import TooLarge, read_path, read_stdin, too_large
from reader.sources.sanitize import sanitize, sanitize_name
from reader.sources.structure import shape

__all__ = ["SourceError", "MAX_BYTES", "MAX_HTML_BYTES", "load", "article_from_text"]

# What the analysis still finishes in reasonable time (about 25 s a MB here, with the model):
# a long feature is under 0.1 MB, a 300-page book about 0.6 MB (see benchmarks/).
MAX_BYTES = 2_000_000
# A web page is mostly markup, scripts and inline data (a news page is 0.2-3 MB for ~30 KB of
# text), so it may be larger; what is read out of it must still be under MAX_BYTES of text, and
# the markup under web.parse.MAX_ELEMENTS elements (the extractors' cost grows with those).
MAX_HTML_BYTES = 20_000_000
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


def load(source: str, max_bytes: int = MAX_BYTES, max_html_bytes: int = MAX_HTML_BYTES) -> Article:
    """Read one source; raises SourceError with a one-line message for any bad input.

    Up to `max_html_bytes` are read (a web page may be that large); a source that turns out not
    to be HTML, and the text read out of a page, must be under `max_bytes`."""
    shown = sanitize_name(source)
    content_type, charset = "", None
    limits = f"{max_bytes / 1e6:g} MB of text, {max_html_bytes / 1e6:g} MB for a web page"
    named = "standard input" if source == "-" else source
    try:
        if source == "-":
            data = read_stdin(max(max_bytes, max_html_bytes))
        elif looks_like_url(source):
            fetched = fetch(source, max(max_bytes, max_html_bytes))
            data, content_type, charset = fetched.data, fetched.content_type, fetched.charset
        else:
            data = read_path(source, max(max_bytes, max_html_bytes))
    except TooLarge as e:
        raise too_large(named, max_bytes, e.size, limits) from None
    if not data.strip():
        raise SourceError(f"{shown}: the file is empty")
    suffix = "" if looks_like_url(source) or source == "-" else Path(source).suffix.lower()
    head = data[:1000].decode("utf-8", "replace")
    is_html = content_type not in _PLAIN_TYPES and (
        looks_like_url(source) or suffix in _HTML_SUFFIXES or _starts_like_html(head))
    if len(data) > max_bytes and not is_html:
        raise too_large(named, max_bytes, len(data), limits)
    text = decode(data, shown, charset)
    if content_type in _PLAIN_TYPES:
        return article_from_text(text, source=source, markdown=content_type != "text/plain" or _starts_like_markdown(text))
    if is_html or _starts_like_html(text):
        article = html_to_article(text, shown, shown)  # the Article carries the sanitized name too
        if len(article.text) > max_bytes:
            raise SourceError(f"{shown}: too much text in this page ({len(article.text) / 1e6:.1f} million "
                              f"characters; the limit is {max_bytes / 1e6:g} million)")
        return article
    markdown = suffix in _MARKDOWN_SUFFIXES or (suffix == "" and _starts_like_markdown(text))
    return article_from_text(text, source=source, markdown=markdown)


def _starts_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _starts_like_markdown(text: str) -> bool:
    """Front matter or a `# ` heading first: stdin or a file without a suffix read as Markdown."""
    head = text.lstrip("\ufeff")
    return head.startswith(("---\n", "---\r\n")) or head.lstrip(" \t\r\n").startswith("# ")
