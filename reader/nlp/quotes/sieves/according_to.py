"""According to: "according to X" or "per X" in the quote's sentences names the source.

    The bridge will cost “far more than planned,” according to the city engineer.
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.mention import mention_of

NAME = "according_to"


def claims(tok: Any) -> bool:
    """Is this token the pattern's own word ("according" before "to", "per" as a preposition)?"""
    doc = tok.doc
    return (tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to") or (
        tok.lower_ == "per" and tok.pos_ == "ADP")


def find(block: Block, site: Site, tok: Any) -> list[Evidence]:
    prep = tok if tok.lower_ == "per" else block.doc[tok.i + 1]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or block.quoted[obj.i]:
        return []
    return [Evidence(site.span, "according", "according to" if prep is not tok else "per",
                     mention_of(obj, block.offset), 1, site.distance(tok.i), block.offset + tok.idx, NAME)]
