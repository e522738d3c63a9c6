"""Headline verb: a capitalised reporting verb in a headline-case line; the run of capitalised
words before it is the speaker (the tags and the parse are guesses in such a line).

    Mayor Jane Doe Promised “A New Pier By June” At Tuesday's Meeting
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.headline import headline_cue, title_subject
from reader.nlp.quotes.parse import casts, is_cue, linked

NAME = "headline_verb"


def claims(block: Block, tok: Any) -> bool:
    return headline_cue(tok, block.quoted, block.title_cache)


def find(block: Block, site: Site, tok: Any) -> list[Evidence]:
    rank = is_cue(tok)
    if rank is None and casts(tok, site.roots, block.quoted):
        rank = 0
    dist = site.distance(tok.i)
    sure = rank == 0 and linked(tok, site.roots, False) or dist <= 2
    return [Evidence(site.span, "verb", tok.text, title_subject(block.doc, tok, block.quoted, block.offset),
                     0 if sure else 1, dist, block.offset + tok.idx, NAME)]
