"""Evidence gathering: one block's parse read once, around each quotation, by the sieves in turn.

`collect` keeps small records, never the Doc: the clues each parse-level sieve finds for each
quote (`Evidence`, named by its sieve), the sentence subjects (`Subject`) for resolving "he" and
"she" later, paragraph-level clues (a sign-off paragraph, a paragraph ending in a colon), and
which quotes have words of speech in them (`Verbal`). The order of the sieves below is the order
of their evidence; `attribute` ranks it at document level.
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Parsed, Site, Unnamed, Verbal
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import (according_to, colon_intro, colon_paragraph, dash_signature, headline_label,
                                      headline_verb, sentence_before, sign_off, speech_noun, speech_verb, tag_after,
                                      transcript_label, unnamed_person)
from reader.nlp.quotes.speakers import Subject
from reader.nlp.quotes.subjects import collect_subjects

Record = Evidence | Subject | Verbal | Parsed | Unnamed
PERSONAL = frozenset("i me my we us our you your".split())
_NOUN_MODIFIERS = ("amod", "compound", "nmod", "npadvmod")


def collect(doc: Any, offset: int, spans: list[QuoteSpan]) -> list[Record]:
    """Evidence for each quote of one block, a colon at the block's end, and named subjects."""
    block = Block.of(doc, offset, spans)
    found: list[Record] = [Parsed(offset)]
    found += collect_subjects(doc, offset, block.quoted)
    found += colon_paragraph.find(block)
    found += sign_off.find(block)
    found += unnamed_person.find(block)
    for span, rng in zip(spans, block.ranges):
        if rng is not None:
            found += _around(block, Site.of(block, span, *rng))
    return found


def _around(block: Block, site: Site) -> list[Evidence | Verbal]:
    """The clues around one quotation: its own marks, its sentences, then (for want of those) the
    words right after it and the sentence before."""
    found: list[Evidence | Verbal] = []
    found += transcript_label.find(block, site)
    found += dash_signature.after_quote(block, site)
    if any(_speaks_verb(t) or (t.pos_ == "PRON" and t.lower_ in PERSONAL) for t in block.doc[site.qs : site.qe]):
        found.append(Verbal(site.span))
    found += dash_signature.inside_quote(block, site)
    found += colon_intro.find(block, site)  # (widens the site to the colon's sentence)
    found += headline_label.find(block, site)
    sentence = _in_sentences(block, site)
    found += sentence
    if not sentence:
        after = tag_after.find(block, site)
        found += after or sentence_before.find(block, site)
    return found


def _speaks_verb(tok: Any) -> bool:
    """A verb that says something: not a participle describing a noun inside the quote ("guarded
    optimism", "a “managed decline”"), which makes a term, not a statement."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return not (tok.tag_ in ("VBN", "VBG", "VBD") and tok.dep_ in _NOUN_MODIFIERS)


def _in_sentences(block: Block, site: Site) -> list[Evidence]:
    """Every token of the quote's sentences outside it, asked of the word sieves in order: "according
    to", a speech noun, a headline-case verb, a reporting verb."""
    found: list[Evidence] = []
    said: dict[int, int] = {}  # token of a sure reporting verb → index of its evidence in `found`
    for i in range(site.lo, site.hi):
        if block.quoted[i]:
            continue
        tok = block.doc[i]
        if according_to.claims(tok):
            found += according_to.find(block, site, tok)
        elif speech_noun.claims(tok):
            found += speech_noun.find(block, site, tok)
        elif headline_verb.claims(block, tok):
            found += headline_verb.find(block, site, tok)
        else:
            for ev in speech_verb.find(block, site, tok):
                if speech_verb.is_sure(ev):
                    said[i] = len(found)
                found.append(ev)
    speech_verb.defer_to_reporting(block, site, found, said)
    return found
