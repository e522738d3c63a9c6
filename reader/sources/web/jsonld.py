"""The article object a page describes in JSON-LD (schema.org): headline, authors, publisher.

Publishers state these for search engines, so they are the page's most deliberate facts. Pages
nest them in `@graph`, lists and `mainEntity`; a broken block is skipped, never an error.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

_ARTICLE_TYPES = ("article", "posting", "report")
_MAX_SCRIPT = 1_000_000


@dataclass
class LinkedData:
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    site_name: str | None = None  # a WebSite object's name


def _types(obj: dict) -> list[str]:
    t = obj.get("@type", [])
    return [str(x).lower() for x in (t if isinstance(t, list) else [t])]


def _name(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())  # some sites escape HTML inside the JSON too
    return text or None


def _objects(data):
    """Every dict in a JSON-LD document, depth first."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])


def _people(value) -> list[str]:
    found = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and any(t == "organization" or t.endswith("organization") for t in _types(item)):
            continue  # an organisation given as the author is no byline
        name = _name(item)
        if name:
            found.append(name)
    return found


def linked_data(tree) -> LinkedData:
    out = LinkedData()
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_SCRIPT:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        for obj in _objects(data):
            types = _types(obj)
            if any(any(a in t for a in _ARTICLE_TYPES) for t in types):
                out.headline = out.headline or _name(obj.get("headline"))
                out.authors = out.authors or _people(obj.get("author"))
                out.publisher = out.publisher or _name(obj.get("publisher"))
            elif "website" in types:
                out.site_name = out.site_name or _name(obj.get("name"))
    return out
