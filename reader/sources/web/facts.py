"""The page's own facts: headline, author, outlet and publication date.

JSON-LD (the publisher's statement for search engines) first, then trafilatura's reading of
OpenGraph, meta tags and the visible page (htmldate for the date, kept as it was: every dated
page right). headline.py and byline.py drop what is not what a reader takes for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.sources.web.byline import clean_author
from reader.sources.web.headline import clean_headline
from reader.sources.web.jsonld import linked_data

# A site name that is a copyright line, a bare web address or a social handle is not a name.
_NOT_AN_OUTLET = re.compile(r"^(?:©|copyright\b|\(c\))|^https?://|^@", re.IGNORECASE)


@dataclass(frozen=True)
class PageFacts:
    headline: str | None
    author: str | None
    outlet: str | None
    date: str | None  # ISO "YYYY-MM-DD"


def _one_line(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for el in tree.iter("meta"):
            if name in ((el.get("property") or "").lower(), (el.get("name") or "").lower()):
                value = _one_line(el.get("content"))
                if value:
                    return value
    return None


def _title(tree) -> str | None:
    el = tree.find(".//title")
    return _one_line(el.text_content()) if el is not None else None


def _squashed(name: str) -> str:
    k = re.sub(r"\W+", "", name.lower())
    return k.removeprefix("the").removesuffix("com")


def _outlet(tree, publisher: str | None, site_name: str | None, trafilatura_site: str | None) -> str | None:
    """og:site_name first; the spelling with spaces when another source has it ("TheHill" → "The Hill")."""
    names = [_one_line(n) for n in (_meta(tree, "og:site_name"), publisher, site_name,
                                     _meta(tree, "application-name"), trafilatura_site)]
    names = [re.split(r"\s+\|\s+", n)[0] for n in names if n and not _NOT_AN_OUTLET.search(n)]
    if not names:
        return None
    first = names[0]
    for other in names[1:]:
        if _squashed(other) == _squashed(first) and other.count(" ") > first.count(" "):
            return other
    return first


def page_facts(tree) -> PageFacts:
    from trafilatura.metadata import extract_metadata

    # extensive=False is what trafilatura's own extraction asks htmldate for (fewer false dates).
    meta = extract_metadata(tree, None, None, False, set())
    ld = linked_data(tree)
    outlet = _outlet(tree, ld.publisher, ld.site_name, _one_line(meta.sitename))
    site_names = [outlet, ld.publisher, ld.site_name, _one_line(meta.sitename), _one_line(meta.hostname)]
    site_names = [n for n in site_names if n]
    date = _one_line(meta.date)
    return PageFacts(
        # The page's own statements of its headline; an <h1> counts only as the visible form of
        # one of them (a lone <h1> can be a promotion or a section's name).
        headline=clean_headline(
            tree, [_meta(tree, "og:title", "twitter:title"), ld.headline, _title(tree), _one_line(meta.title)], site_names
        ),
        # JSON-LD's people first; the page's own byline when JSON-LD names only an organisation.
        author=clean_author(ld.authors, site_names) or clean_author([meta.author or ""], site_names),
        outlet=outlet,
        date=date[:10] if date else None,
    )
