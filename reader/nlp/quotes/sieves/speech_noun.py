"""Speech noun: a noun of saying with its owner, whose content the quotation gives.

    His promise that the pier would reopen “by the first of June” was repeated at every meeting.

The quote completes the noun (as certain as a verb's clause) or sits in the noun's clause as
the words themselves ("Her slogan is “…”"); the owner is a possessive or a "by"/"from" phrase.
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes import cues
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import climbs_to, linked

NAME = "speech_noun"


def claims(tok: Any) -> bool:
    return tok.lower_ in cues.SPEECH_NOUNS and tok.pos_ == "NOUN"


def find(block: Block, site: Site, tok: Any) -> list[Evidence]:
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.lower_ in ("by", "from") and c.dep_ == "prep"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None and tok.lower_.endswith("ing"):
        # "…, with Foreign Minister Jane Doe warning of “…”": a participle the tagger read as a noun,
        # its subject as a compound
        owner = next((c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
    if owner is None or block.quoted[owner.i]:
        return []
    # "his claim that “…”": the quote completes the noun, as certain as a verb's clause
    rank = 0 if linked(tok, site.roots, False) else 1
    if rank and not _about_words(tok, site.roots):
        return []
    return [Evidence(site.span, "noun", tok.text, mention_of(owner, block.offset), rank, site.distance(tok.i) + 2,
                     block.offset + tok.idx, NAME)]


def _about_words(noun: Any, roots: list[Any]) -> bool:
    """Is a speech noun the quote does not complete still in the quote's clause, so that the quote
    gives those words ("used his speech to offer “encouragement”", "Her slogan is “…”")? Not when
    the quote sits in another clause ("When they examined the senator's statement, it was labeled
    “…”") or judges the words ("Her statement is “true”", "His words were the rants of a “…”")."""
    verb = noun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep" or verb.head.i == verb.i:
            break
        verb = verb.head  # ("according to a complaint by the state, …": through "according")
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(r.head.i == verb.i and r.pos_ not in ("ADJ", "PUNCT") and r.dep_ != "acomp" for r in roots)
    node = verb
    for _ in range(3):  # "As Doe put it in his memo, “…”": the clause hangs from the quote
        if node.head.i == node.i or node.dep_ != "advcl":
            break
        node = node.head
        if any(node.i == r.i for r in roots):
            return True
    return any(climbs_to(r, verb.i, 8) for r in roots)
