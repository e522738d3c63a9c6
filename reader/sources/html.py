"""HTML pages and URLs: trafilatura extracts the article body and its metadata.

The extracted body is Markdown (headings kept), with title/author/date passed on as front
matter, so the same shape finder reads it as it reads a Markdown file.
"""

from __future__ import annotations

from reader.sources.errors import SourceError

FETCH_TIMEOUT_S = 20.0


def looks_like_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int) -> bytes:
    import httpx

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


def html_to_markdown(html: str, source: str) -> str:
    """The article in an HTML page as Markdown with front matter; SourceError if there is none."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_formatting=True, favor_recall=True)
    if doc is None:
        raise SourceError(f"{source}: no article text found in this page")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    body = (meta.get("text") or "").strip()
    if not body:
        raise SourceError(f"{source}: no article text found in this page")
    front = []
    for key in ("title", "author", "date"):
        value = " ".join(str(meta.get(key) or "").split())
        if value:
            front.append(f"{key}: {value}")
    return ("---\n" + "\n".join(front) + "\n---\n" if front else "") + body
