"""The page's own facts: headline, author, outlet and publication date.

trafilatura reads them from JSON-LD, OpenGraph and meta tags, then the visible page (htmldate for
the date); the checks here drop what is not what the reader shows as such: a site's name or a
section given as the headline, a publisher or agency given as the author.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.sources.web.byline import clean_author
from reader.sources.web.headline import clean_headline


@dataclass(frozen=True)
class PageFacts:
    headline: str | None
    author: str | None
    outlet: str | None
    date: str | None  # ISO "YYYY-MM-DD"


def _one_line(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


def page_facts(tree) -> PageFacts:
    from trafilatura.metadata import extract_metadata

    # extensive=False is what trafilatura's own extraction asks htmldate for (fewer false dates).
    meta = extract_metadata(tree, None, None, False, set())
    outlet = _one_line(meta.sitename)
    date = _one_line(meta.date)
    return PageFacts(
        headline=clean_headline(tree, _one_line(meta.title), outlet),
        author=clean_author(tree, _one_line(meta.author), outlet),
        outlet=outlet,
        date=date[:10] if date else None,
    )
