"""HTML pages and URLs: fetching, and the way into `reader.sources.web` (article extraction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.sources.errors import SourceError

if TYPE_CHECKING:
    from reader.article import Article

FETCH_TIMEOUT_S = 20.0


def looks_like_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int) -> bytes:
    try:
        import httpx
    except ImportError as e:
        raise SourceError(f"{url}: cannot fetch web pages, a library is missing ({e}); reinstall newsreader") from None

    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=FETCH_TIMEOUT_S,
                          headers={"User-Agent": "newsreader (terminal article reader)"}) as r:
            if r.status_code >= 400:
                raise SourceError(f"{url}: the server answered {r.status_code} {r.reason_phrase}")
            data = bytearray()
            for chunk in r.iter_bytes():
                data += chunk
                if len(data) > max_bytes:
                    raise SourceError(f"{url}: too large (the limit is {max_bytes // 2**20} MB)")
            return bytes(data)
    except httpx.HTTPError as e:
        raise SourceError(f"{url}: cannot fetch it ({e.__class__.__name__}: {e})") from None


def html_to_article(html: str, source: str) -> Article:
    """The article in an HTML page; SourceError (one line) if there is none."""
    from reader.sources.web import page_to_article

    return page_to_article(html, source)
