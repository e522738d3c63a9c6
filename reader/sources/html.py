"""HTML pages and URLs: trafilatura extracts the article body and its metadata.

The extracted body is Markdown (headings kept), with title/author/date passed on as front
matter, so the same shape finder reads it as it reads a Markdown file.
"""

from __future__ import annotations

from reader.sources.errors import SourceError


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
