"""Headline label: a headline-case line labelled with a name and a colon.

    Doe: As Mayor, “We Will Rebuild” But Still Asks For Help
"""

from __future__ import annotations

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.headline import line_label, title_case

NAME = "headline_label"


def find(block: Block, site: Site) -> list[Evidence]:
    if not title_case(block.doc[site.qs].sent, block.quoted, block.title_cache):
        return []
    label = line_label(block.doc, site.qs, block.quoted, block.offset)
    return [] if label is None else [Evidence(site.span, "colon", None, label, 2, site.qs, label.start, NAME)]
