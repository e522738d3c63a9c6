"""The sources of a shelf: a directory, an RSS/Atom feed, a list file, or plain files and URLs.

A directory gives every article file directly in it (.txt, .md, .html; hidden files skipped).
A feed — a file or a URL that reads as RSS or Atom — gives each entry's link, parsed with
feedparser from bytes we read ourselves, so the bounded, timed fetch of the URL source applies
and feedparser never opens a connection of its own. A list file gives one source per line
(blank lines and `#` comments skipped). Anything else is a source as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.sources.errors import SourceError
from reader.sources.read import read_path
from reader.sources.sanitize import sanitize_name

ARTICLE_SUFFIXES = frozenset((".txt", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml"))
FEED_SUFFIXES = frozenset((".rss", ".atom", ".xml", ".rdf"))
MAX_FEED_BYTES = 5 * 1024 * 1024
MAX_LIST_BYTES = 1024 * 1024


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def directory_sources(path: Path) -> list[str]:
    """The article files directly in a directory, by name (the shelf sorts by date once loaded)."""
    try:
        names = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() in ARTICLE_SUFFIXES)
    except OSError as e:
        raise SourceError(f"{sanitize_name(str(path))}: cannot list it ({e.strerror or e.__class__.__name__})") from None
    if not names:
        raise SourceError(f"{sanitize_name(str(path))}: a directory with no .txt, .md or .html articles in it")
    return [str(p) for p in names]


def looks_like_feed(data: bytes) -> bool:
    """RSS, RDF or Atom by the document's first element, not by a file name."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def feed_links(data: bytes, source: str) -> list[str]:
    """The links of a feed's entries, in the feed's order, each once."""
    import feedparser

    parsed = feedparser.parse(data)
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if link and is_url(link) and link not in links:
            links.append(link)
    if not links:
        raise SourceError(f"{sanitize_name(source)}: a feed with no entry links in it")
    return links


def list_file_sources(path: str) -> list[str]:
    """One source per line of a list file; `#` starts a comment."""
    data = read_path(path, MAX_LIST_BYTES)
    lines = (ln.split("#", 1)[0].strip() if not is_url(ln.strip()) else ln.strip()
             for ln in data.decode("utf-8", "replace").splitlines())
    out = [ln for ln in lines if ln]
    if not out:
        raise SourceError(f"{sanitize_name(path)}: the list names no source")
    return out


def _feed_file(path: Path) -> bytes | None:
    if path.suffix.lower() not in FEED_SUFFIXES:
        return None
    try:
        data = read_path(str(path), MAX_FEED_BYTES)
    except SourceError:
        return None  # read again, and reported, as an article
    return data if looks_like_feed(data) else None


def fetch_feed(url: str, max_bytes: int) -> bytes:
    """A URL's bytes through the URL source's bounded fetch with its one overall deadline."""
    from reader.sources.fetch import fetch

    return fetch(url, max_bytes).data


def expand(sources: list[str], fetch_url=fetch_feed) -> list[str]:
    """Every article source the arguments stand for, in order, each once.

    `fetch_url(url, max_bytes) -> bytes` reads a URL that may be a feed; with None, URLs are
    left as articles.
    """
    return [s for group in expand_groups(sources, fetch_url) for s in group.sources]


@dataclass(frozen=True)
class Group:
    """The sources one argument stands for; a directory's are shown by publication date once loaded."""

    sources: list[str]
    by_date: bool


def expand_groups(sources: list[str], fetch_url=fetch_feed) -> list[Group]:
    """One group per argument, in order; a source already named by an earlier one is left out."""
    seen: set[str] = set()
    out: list[Group] = []
    for source in sources:
        is_dir = source != "-" and not is_url(source) and Path(source).is_dir()
        if is_dir:
            found = directory_sources(Path(source))
        elif not is_url(source) and source != "-" and (data := _feed_file(Path(source))) is not None:
            found = feed_links(data, source)
        elif is_url(source) and fetch_url is not None and _may_be_feed_url(source):
            data = fetch_url(source, MAX_FEED_BYTES)
            found = feed_links(data, source) if looks_like_feed(data) else [source]
        else:
            found = [source]
        fresh = [s for s in found if s not in seen]
        seen.update(fresh)
        if fresh:
            out.append(Group(fresh, is_dir))
    return out


def by_date(items: list, published) -> list:
    """Items ordered by their publication date (oldest first), undated ones last, ties as given."""
    return sorted(items, key=lambda item: (published(item) is None, published(item) or ""))


def _may_be_feed_url(url: str) -> bool:
    """Only URLs that name a feed are fetched twice (once to read the feed): /feed, /rss, .xml…"""
    path = url.split("?", 1)[0].rstrip("/").lower()
    return path.endswith(tuple(FEED_SUFFIXES)) or path.rsplit("/", 1)[-1] in ("feed", "rss", "atom", "feeds")
