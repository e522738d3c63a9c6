"""Speech verb: a reporting verb and its subject in the quotation's sentences.

    “The pier will reopen in June,” Mayor Jane Doe said on Tuesday.

The rule names how sure the clue is: `speech_verb` when the quote hangs on the verb in the parse
(or follows it closely), `verb_beside` for a verb in the same sentences that does not hold the
quote, `belief_verb` for "think", "believe" and a negated verb ("for not calling it “…”"),
`casting` for a verb that gives a person the quoted name ("admires Doe as a “true leader”"),
`passive` for a passive verb with no agent ("what was described as “…”": nobody named), and
`reported_verb` for a verb inside a clause another reporting verb reports ("Doe said Roe once
called the deal “a bargain”": the outer speaker's words).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import (PHASE, SUBJ, TELL, beside, casts, is_cue, is_passive, linked, main_subject,
                                     speaks, subject_of)
from reader.nlp.quotes.speakers import Mention

RANKED = ("speech_verb", "verb_beside", "verb_beside", "belief_verb")  # by rank


def find(block: Block, site: Site, tok: Any) -> list[Evidence]:
    rank = is_cue(tok)
    cue = rank is not None
    if rank is None and casts(tok, site.roots, block.quoted):
        rank = 0  # "Reid has been pounding Trump as a “con artist”": Reid gives Trump the name
    if rank is None:
        return []
    mention = _speaker(block, site, tok)
    i, dist = tok.i, site.distance(tok.i)
    # ("“…” if he continues to lose ground": a verb with its own complement does not tag the quote)
    if rank == 0 and not linked(tok, site.roots, i > site.qe and dist <= 5 and not (
            tok.lower_ in PHASE and any(c.dep_ in ("xcomp", "dobj") for c in tok.children))):
        rank = 1
    if any(c.dep_ == "neg" for c in tok.children):
        rank = 3  # "for not calling it “radical Islamic terrorism”": words its subject did not say
    rule = "passive" if mention is None and is_passive(tok) else "verb"
    if rule == "passive" and rank == 0 and not linked(tok, site.roots, False):
        rank = 1  # "a “paperwork error” that was reported …": the passive only describes the quote
    sieve = "passive" if rule == "passive" else RANKED[rank] if cue else "casting"
    return [Evidence(site.span, rule, tok.text, mention, rank, dist, block.offset + tok.idx, sieve)]


def _speaker(block: Block, site: Site, tok: Any) -> Mention | None:
    """Who does the saying: the verb's subject, or one the parse lost beside the quote."""
    doc, quoted, i = block.doc, block.quoted, tok.i
    subj = subject_of(tok)
    if (subj is None or quoted[subj.i]) and tok.tag_ == "VBG" and not is_passive(tok):
        subj = main_subject(tok, quoted) or subj
    if (subj is None or quoted[subj.i]) and not is_passive(tok) and i >= site.qe and tok.lower_ not in TELL \
            and all(quoted[k] or doc[k].is_punct for k in range(site.qe, i)):
        # "“Fine,” admitted the mayor." with "Fine" parsed as a subject, "“Not now,” begged
        # Lopez." with the name as an object: right after the quote the verb comes before
        # its subject
        subj = next((c for c in tok.children if c.dep_ in SUBJ and not quoted[c.i]), None) or next(
            (c for c in tok.children if c.dep_ == "dobj" and c.i > i and not quoted[c.i] and speaks(c)
             and any(r.head.i == tok.i for r in site.roots)), None) or subj
    if (subj is None or quoted[subj.i]) and not is_passive(tok):
        subj = beside(doc, site.qe, i, quoted)  # "“…,” NAME said" / "said NAME" / "Said NAME: “…”"
    mention = mention_of(subj, block.offset) if subj is not None and not quoted[subj.i] else None
    if mention is None and subj is not None and subj.is_upper and subj.i < i:
        # a dateline took the subject's place: the name after it is the speaker
        after = next((doc[k] for k in range(subj.i + 1, i) if doc[k].pos_ == "PROPN"
                      and not doc[k].is_upper and not quoted[k]), None)
        while after is not None and after.i + 1 < i and doc[after.i + 1].pos_ == "PROPN":
            after = doc[after.i + 1]
        mention = mention_of(after, block.offset) if after is not None else None
    return mention


def is_sure(ev: Evidence) -> bool:
    """A named speaker of a verb the quote hangs on: a candidate for `defer_to_reporting`."""
    return ev.rule == "verb" and ev.rank == 0 and ev.speaker is not None


def defer_to_reporting(block: Block, found: list[Evidence], said: dict[int, int]) -> None:
    """"Trump said Clinton once described the deal as “the gold standard”": a reporting verb
    inside the clause another reports gives way to the outer one, whose words these are.
    `said` maps the token of each sure verb to its evidence's index in `found`."""
    for i, k in said.items():
        node = block.doc[i]
        for _ in range(4):
            if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
                break
            node = node.head
            if node.i in said:
                found[k] = replace(found[k], rank=1, sieve="reported_verb")
                break
