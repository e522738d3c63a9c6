"""The words a clue points at, as a `Mention`: a name, a pronoun or a description, with its core.

A name's core drops its titles ("French President Emmanuel Macron" → "Emmanuel Macron");
appositions that name someone ("the mayor, Jane Doe") and a proper possessor ("Acme's
spokeswoman") go with it for the resolver. Who cannot speak (a date, "someone", a dateline)
gives no mention.
"""

from __future__ import annotations

from typing import Any

from reader.nlp import lexicon
from reader.nlp.quotes import cues
from reader.nlp.quotes.parse import NOT_SPEAKERS, SUBJ
from reader.nlp.quotes.speakers import TITLES, Mention


_INDEFINITE = lexicon.words("indefinite_pronouns")


_PHRASE_DEPS = ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "advmod", "punct", "flat")


def phrase(head: Any) -> tuple[int, int]:
    """Token range of a noun phrase's core: the head and its left modifiers, no clauses."""
    lo = head.i
    for c in head.lefts:
        if c.dep_ in _PHRASE_DEPS:
            lo = min(lo, c.left_edge.i)
    hi = head.i + 1
    for c in head.rights:
        if c.dep_ in ("flat", "compound") or (c.dep_ == "case" and c.i == hi):
            hi = max(hi, c.right_edge.i + 1)
    return lo, hi


def mention_of(tok: Any, offset: int) -> Mention | None:
    doc = tok.doc
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and tok.pos_ == "PROPN" \
            and (tok.ent_type_ != "PERSON" or tok.head.ent_type_ == "PERSON"):
        # "Smith and Jones wrote": the first of two named speakers ("Acme Radio and its host Jane Doe
        # said": the person, who voices the words, rather than the organisation)
        tok = tok.head
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE", "NORP"):
        tok = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), tok)
    if tok.lower_ in cues.RELATIVE and tok.dep_ in SUBJ:
        verb = tok.head
        if verb.dep_ == "relcl":
            tok = verb.head
        else:
            return None
    if tok.ent_type_ in NOT_SPEAKERS and not any(c.dep_ == "det" for c in tok.children):
        return None  # "Tuesday said" (but "the daily wrote" is a newspaper)
    if tok.lower_ in _INDEFINITE:
        return None  # "someone shouted …": nobody in particular
    if tok.is_upper and len(tok) > 2 and tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("(", "—", "–", "-", ",", "--") \
            and (tok.i == 0 or doc[tok.i - 1].is_upper or doc[tok.i - 1].is_punct):
        return None  # a dateline, "WASHINGTON (AP) — …", parsed as the subject
    if tok.lower_ in cues.QUANTIFIERS and tok.pos_ in ("PRON", "DET", "NUM", "ADJ", "NOUN") \
            and not any(c.dep_ in ("det", "amod", "compound") for c in tok.children):
        # "said another", "some of the protesters chanted", "those surveyed said": unnamed people
        hi = tok.i + 1
        for c in tok.rights:
            if c.dep_ == "acl" and c.right_edge.i - tok.i < 6:
                hi = max(hi, c.right_edge.i + 1)
            elif c.dep_ == "prep" and c.lower_ == "of":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                hi = max(hi, phrase(obj)[1]) if obj is not None else hi
        span = doc[tok.i : hi]
        return Mention(offset + span.start_char, offset + span.end_char, span.text, tok.lower_, "description")
    if tok.pos_ == "PRON" or tok.lower_ in cues.PRONOUNS:
        return Mention(offset + tok.idx, offset + tok.idx + len(tok), tok.text, tok.lower_, "pronoun")
    lo, hi = phrase(tok)
    paren = next((k for k in range(tok.i - 1, lo, -1) if doc[k].text == "("), None)
    if paren is not None and doc[paren - 1].pos_ == "PROPN":
        return mention_of(doc[paren - 1], offset)  # "Del. Marcia Dale (D-Newport News)": the name, not the district
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "case"):
        lo += 1
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "case"):
        hi -= 1
    span = doc[lo:hi]
    has_det = any(t.dep_ == "det" for t in span)
    capital = tok.text[:1].isupper() and tok.lower_ not in cues.PERSON_NOUNS and tok.lower_ not in cues.ORG_NOUNS
    if tok.tag_ == "NNS" and not tok.ent_type_ and tok.i == tok.sent.start and _people(tok.lower_):
        capital = False  # "Teachers chanted …": people, capitalised only by the sentence, are a crowd, not a name
    # a lower-case head is a description even when tagged PROPN ("the billionaire business mogul")
    proper = tok.pos_ == "PROPN" and not tok.text[:1].islower()
    kind = "name" if proper or (capital and (tok.i > tok.sent.start or not has_det)) else "description"
    appos, owner = _appositions(tok, offset), _owner(tok, offset)
    core = None
    if kind == "name":
        k = tok.i
        while k - 1 >= lo:
            prev = doc[k - 1]
            if prev.pos_ == "PROPN" and prev.lower_.rstrip(".") not in TITLES and prev.lower_ not in cues.PERSON_NOUNS:
                k -= 1
            elif prev.text in ("-", "'", "’") and not prev.whitespace_ and k - 2 >= lo and doc[k - 2].pos_ == "PROPN" \
                    and not doc[k - 2].whitespace_:
                k -= 1  # "Park Geun-hye", "O'Rourke"
            else:
                break
        while k < tok.i and doc[k].is_punct:
            k += 1
        core = doc[k : tok.i + 1].text
    return Mention(offset + span.start_char, offset + span.end_char, span.text, tok.lower_, kind, tuple(appos), owner, core)


def _appositions(tok: Any, offset: int) -> tuple[tuple[int, int, str], ...]:
    """Appositions that name someone: "the mayor, Jane Doe" (not a bracket: "Del. Marcia Price
    (D-Newport News)" names a district)."""
    doc = tok.doc
    appos = []
    for c in tok.children:
        if c.dep_ == "appos" and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "("):
            paren = next((k for k in range(c.i - 1, c.left_edge.i, -1) if doc[k].text == "("), None)
            if paren is not None and doc[paren - 1].pos_ == "PROPN":
                c = doc[paren - 1]
            a, b = phrase(c)
            if any(t.pos_ == "PROPN" for t in doc[a:b]):
                appos.append((offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]), doc[a:b].text))
    return tuple(appos)


def _owner(tok: Any, offset: int) -> tuple[int, int, str] | None:
    """A proper possessor of the phrase: "Acme's spokeswoman" (the last one, if several)."""
    doc = tok.doc
    owner = None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            a, b = phrase(c)
            owner = (offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]), doc[a:b].text)
    return owner


def _people(plural: str) -> bool:
    """Is this the plural of a noun for people ("teachers", "protesters", "officials"), not a
    surname the tagger took for one ("Sims")?"""
    nouns = cues.PERSON_NOUNS | cues.GROUP_NOUNS | cues.ORG_NOUNS
    return plural in nouns or plural[:-1] in nouns or (plural.endswith("ies") and plural[:-3] + "y" in nouns)
