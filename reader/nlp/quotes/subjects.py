"""The subjects of sentences (names, "he"/"she", "the German leader"), kept per block as `Subject`s.

They give the resolver its salience order for "he" and "she", and the document-level sieves
their evidence that another person came up between two quotes. A reported clause's subject
("Trump said *Assad* is …") is marked embedded: it is spoken of, not the one speaking.
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes import cues
from reader.nlp.quotes.parse import SUBJ, is_cue, name_as_adverb, subject_of
from reader.nlp.quotes.speakers import TITLES, Subject
from reader.nlp.quotes.speakers.descriptions import ORGANISATION_HEADS

_EMBEDDING = ("ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj")


def collect_subjects(doc: Any, offset: int, quoted: bytearray) -> list[Subject]:
    """One block's sentence subjects outside quotations, in reading order."""
    found: list[Subject] = []
    n = len(doc)
    last_end = -1
    for i in _named_subjects(doc):
        if i < last_end or quoted[i]:
            continue
        tok = doc[i]
        if tok.pos_ == "PRON":
            last_end = tok.i + 1
            found.append(Subject(offset + tok.idx, offset + tok.idx + len(tok), tok.text, None,
                                 *_clause_of(tok), pronoun=True))
            continue
        if tok.pos_ == "NOUN" and not tok.is_title:  # "the German leader"
            last_end = tok.i + 1
            found.append(Subject(offset + tok.left_edge.idx, offset + tok.idx + len(tok),
                                 doc[tok.left_edge.i : tok.i + 1].text, _pronoun_after(doc, tok, quoted),
                                 *_clause_of(tok)))
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass"):  # a name opening its sentence: take the whole name
            while tok.i + 1 < n and doc[tok.i + 1].pos_ == "PROPN":
                tok = doc[tok.i + 1]
        k = tok.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in ("compound", "flat") \
                and doc[k - 1].lower_.rstrip(".") not in TITLES:
            k -= 1
        last_end = tok.i + 1
        found.append(Subject(offset + doc[k].idx, offset + tok.idx + len(tok), doc[k : tok.i + 1].text,
                             _pronoun_after(doc, tok, quoted), *_clause_of(tok)))
    return found


def _pronoun_after(doc: Any, tok: Any, quoted: bytearray) -> str | None:
    """The gender the sentence gives its subject: "Hillary Clinton said she …" → "f". Past another
    name only the subject of what this subject reports ("Jane Doe asked for calm in a letter to
    Tom Roe, saying she …"): who else "she" is, is anyone's guess."""
    end = min(tok.sent.end, tok.i + 25)
    other = False
    for k in range(tok.i + 1, end):
        if quoted[k]:
            continue
        t = doc[k]
        if t.pos_ == "PROPN":
            other = True  # someone else came first
        elif t.lower_ in cues.MALE or t.lower_ in cues.FEMALE:
            if other and not _reports(t, tok):
                return None
            return "m" if t.lower_ in cues.MALE else "f"
    return None


def _reports(pronoun: Any, tok: Any) -> bool:
    """Is this pronoun the subject of a clause reported by a verb whose subject is `tok` ("Doe …,
    saying she …", "Doe said that she …")?"""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or is_cue(clause.head) != 0:
        return False
    said_by = subject_of(clause.head)
    return said_by is not None and said_by.i == tok.i


def _named_subjects(doc: Any) -> list[int]:
    """Indices of proper-noun subjects, read from the Doc's arrays (a Python loop over every
    token would cost more than the rest of the attribution)."""
    from spacy.attrs import DEP, IS_TITLE, POS, SENT_START
    from spacy.symbols import CCONJ, NOUN, PRON, PROPN, advmod, appos, nsubj, nsubjpass

    if not len(doc):
        return []
    arr = doc.to_array([POS, DEP, SENT_START, IS_TITLE])
    subject = (arr[:, 1] == nsubj) | (arr[:, 1] == nsubjpass)
    # a subject by the parse, or a name opening its sentence (the parser sometimes loses those),
    # or a capitalised subject the tagger took for a common noun ("Trump has also commented …")
    opens = arr[:, 2] == 1
    # "And Obama, for all the progress …, seems to agree": after an opening conjunction too
    opens[1:] |= opens[:-1] & (arr[:-1, 0] == CCONJ)
    hits = ((arr[:, 0] == PROPN) & (subject | opens)) | ((arr[:, 0] == NOUN) & subject & (arr[:, 3] == 1))
    out = hits.nonzero()[0].tolist()
    # "Mr. Trump's campaign chairman, Paul Manafort, dismissed …": the name beside the subject
    for i in ((arr[:, 0] == PROPN) & (arr[:, 1] == appos)).nonzero()[0].tolist():
        if doc[i].head.dep_ in ("nsubj", "nsubjpass"):
            out.append(i)
    # "…, but Early still says …": a surname the tagger read as an adverb of a verb with no subject
    for i in ((arr[:, 1] == advmod) & (arr[:, 3] == 1) & (arr[:, 2] != 1)).nonzero()[0].tolist():
        k = i + 1
        if k >= len(doc):
            continue  # "Click Here": the adverb ends the block, no verb follows it
        while k < len(doc) - 1 and doc[k].pos_ == "ADV" and not doc[k].is_title:
            k += 1
        lost = name_as_adverb(doc[k])
        if lost is not None and lost.i == i:
            out.append(i)
    # "he"/"she" as a subject: links of a chain of mentions of one person
    for i in ((arr[:, 0] == PRON) & subject).nonzero()[0].tolist():
        if doc[i].lower_ in ("he", "she"):
            out.append(i)
    # "The German leader was more cautious.", "The company that runs it, Acme, denies …": a definite
    # description of a person or an organisation as the subject
    for i in ((arr[:, 0] == NOUN) & subject & (arr[:, 3] == 0)).nonzero()[0].tolist():
        if (doc[i].lower_ in cues.PERSON_NOUNS or doc[i].lower_ in ORGANISATION_HEADS) \
                and doc[i].left_edge.lower_ == "the" and doc[i].left_edge.i < i:
            out.append(i)
    return sorted(out)


def _clause_of(tok: Any) -> tuple[bool, bool]:
    """(embedded, fronted): is this the subject of a reported or subordinate clause ("Trump said
    *Assad* is …"), and is that clause put before a main clause that goes on about them with
    "he"/"she" ("When *Flynn* was asked …, he said"; "*Kuster* kept silent for years: “…,” she said")?"""
    if tok.dep_ == "appos":  # "the campaign's attorney, Marc Elias, made …": the clause of the noun it renames
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in SUBJ or verb.dep_ not in _EMBEDDING:
        return False, False
    if verb.dep_ not in ("advcl", "ccomp") or verb.i > verb.head.i:
        return True, False
    end = verb.right_edge.i
    return True, any(t.i > end and t.dep_ in SUBJ and t.lower_ in ("he", "she") for t in verb.sent)
