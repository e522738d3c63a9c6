"""What the parse says about a reporting verb: is it one, who is its subject, does the quote hang on it.

Shared by the sieves that read a quote's sentence. A passive reporting verb's subject is what is
spoken of, not who speaks; a verb's subject can be lost by the parser and is then looked for
beside the quote on the surface ("“…,” NAME said").
"""

from __future__ import annotations

from typing import Any

from reader.nlp import lexicon
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers import TITLES

NOT_SPEAKERS = frozenset(("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"))
SUBJ = ("nsubj", "nsubjpass", "csubj")
CLIMB = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "parataxis")


TELL = frozenset(lexicon.inflections("tell"))


# "promised voters to cut taxes": the subject, not the object, does what follows
_SUBJECT_CONTROL = lexicon.verb_forms("subject_control_verbs")


_BECOME = lexicon.words("linking_verb_forms")


_HONORIFICS = frozenset(lexicon.table("honorifics"))


PHASE = lexicon.verb_forms("phase_verbs")


def speaks(tok: Any) -> bool:
    """Can this subject be a source? Names, pronouns and person, group or document nouns."""
    if tok.lower_ in ("what", "whatever"):
        return False  # "what was wrong": a thing, not a source
    if tok.pos_ in ("PROPN", "PRON") or tok.text[:1].isupper():
        return True
    low = tok.lower_
    nouns = cues.PERSON_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS | cues.GROUP_NOUNS
    return low in nouns or low.rstrip("s") in nouns or (low.endswith("ies") and low[:-3] + "y" in nouns)


def subject_of(verb: Any, depth: int = 0, participle: bool = False) -> Any | None:
    """The token that does the saying: the verb's subject, or its governor's when it has none."""
    participle = participle or verb.tag_ == "VBG"
    if depth == 0 and is_passive(verb):
        return agent(verb)  # "his staff were told “…”": who is told or described does not speak
    if depth and participle and verb.dep_ == "ccomp" and is_cue(verb.head) is not None:
        # "Sanders said the process could be “messy,” adding, …": the adding is Sanders'
        return subject_of(verb.head, depth + 1, participle)
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ not in cues.RELATIVE for c in verb.children) and any(
            c.dep_ == "dobj" and c.lower_ in cues.RELATIVE for c in (*verb.head.children, *verb.children)):
        # "the folks whom Trump had won over and called him …": with an object of its own the verb
        # cannot share the relative clause's "whom"; it goes with the clause around it
        node = verb.head.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i != verb.i:
            return subject_of(node, depth + 1, participle)
    if subjects:
        # "his successor Friedrich Merz affirming": of two subjects the name wins
        # "Yahoo News and former anchor Katie Couric has …" parsed as two subjects: the nearer name
        best = next((c for c in reversed(subjects) if c.pos_ == "PROPN" and c.i < verb.i),
                    next((c for c in subjects if c.pos_ == "PROPN"), subjects[0]))
        best = through_preposition(best)
        if not speaks(best):
            # "With 50 days until the election, Jane Doe, an adviser, called …" parsed with the name
            # as the apposition of a thing: the name is the subject
            best = next((c for c in best.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c.ent_type_ == "PERSON"), best)
        if depth and not speaks(best) and verb.dep_ in CLIMB and depth < 4 and verb.head.i != verb.i:
            return subject_of(verb.head, depth + 1, participle)
        return best
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj") and verb.head.lower_ in cues.DOCUMENT_NOUNS:
        sender = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        found = next((c for c in sender.children if c.dep_ in SUBJ), None)
        if found is not None:
            return found  # "the campaign sent an email saying …"
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.head.pos_ == "VERB" and depth < 4 \
            and verb.i > 0 and verb.doc[verb.i - 1].is_punct:
        # "he asked about the Brotherhood, called Omar a “…” and said …": a verb coordinated with the one
        # before the preposition, not a description of its object
        return subject_of(verb.head.head.head, depth + 1, participle)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "Maria Zakharova claiming that …"
    if verb.tag_ == "VBG" and verb.i > 0:
        left = verb.doc[verb.i - 1]
        if left.ent_type_ not in NOT_SPEAKERS and (
                left.pos_ == "PROPN" or (left.pos_ == "NOUN" and left.dep_ not in ("compound", "amod", "npadvmod"))):
            return left  # "with Chancellor Olaf Scholz asserting, …"
    lost = name_as_adverb(verb)
    if lost is not None:
        return lost  # "…, but Early still says …": a surname the tagger read as an adverb
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0 and verb.dep_ not in CLIMB:
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].pos_ == "ADV":
            k -= 1  # "Trump openly admires …"
        left = verb.doc[k]
        if left.pos_ == "PROPN" and left.ent_type_ not in NOT_SPEAKERS and not in_pobj(left):
            return left  # "…, Obama and Clinton call them “…”" with the names parsed into the clause before
        if k == verb.sent.start and left.is_title and left.pos_ == "VERB" and left.dep_ == "ROOT":
            return left  # "Trump openly admires …" with the name tagged as a verb and the real verb its object
    if verb.dep_ == "xcomp" and verb.head.lower_ not in _SUBJECT_CONTROL:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if obj is not None and speaks(obj):
            return obj  # "that prompted Rubio to call Trump “…”": the one prompted does the calling
    if (verb.dep_ in CLIMB or verb.dep_ in ("prep", "dep", "npadvmod") or (verb.dep_ == "advmod" and verb.pos_ == "ADV")) \
            and depth < 4 and verb.head.i != verb.i:  # "went so far as to say": through "far" to "went"
        return subject_of(verb.head, depth + 1, participle)
    if depth == 0 and verb.tag_ in ("VBG", "VBN"):
        root = verb.sent.root  # "…, treating it as a compliment and, when questioned, asserting, …"
        if root.i < verb.i:
            return next((c for c in root.children if c.dep_ in SUBJ), None)
    return None


def name_as_adverb(verb: Any) -> Any | None:
    """A capitalised word inside the sentence, tagged as an adverb right before a finite verb that
    has no subject ("…, but Early still says …", "…, Early says …"): a surname that is also an
    English adverb, and the verb's lost subject. At the sentence's start it may be a real adverb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJ or c.dep_ == "expl" for c in verb.children):
        return None
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].pos_ == "ADV" and not verb.doc[k].is_title:
        k -= 1  # "still", "also"
    tok = verb.doc[k]
    if k > verb.sent.start and k < verb.i and tok.is_title and tok.pos_ in ("ADV", "ADJ") and tok.dep_ == "advmod" \
            and verb.i - 3 <= tok.head.i <= verb.i:
        return tok
    return None


def is_passive(verb: Any) -> bool:
    """A passive reporting verb ("was described as", "the bill, known as"): its subject is what is
    spoken of, not who speaks. "X was quoted as saying" is the exception: X is the one quoted."""
    if verb.lower_ == "quoted":
        return False
    if verb.tag_ == "VBN" and agent(verb) is not None:
        return True  # "Asked by Thrush whether …, Sharpton avoided an answer": Thrush asked
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return True  # "Asked whether she “has the integrity …”, 75 percent said yes": not theirs
    if verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "oprd", "attr") and verb.head.lower_ in _BECOME:
        return True  # "what has become known as the “Buffett rule”"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Jane Doe, the director, compared …" misparsed as a participle on the name is no passive
        return verb.head.pos_ != "PROPN" or agent(verb) is not None
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def agent(verb: Any) -> Any | None:
    """The "by" phrase of a passive verb: "measures added by Republicans"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def through_preposition(tok: Any) -> Any:
    """The speaker a misparse hid behind a preposition: "Of Carson, Levine … said" (the subject is
    "Of"), "The Council on American-Islamic Relations Executive Director Nihad Awad says" (a titled
    name inside the organisation's prepositional phrase)."""
    if tok.pos_ == "ADP":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj if obj is not None else tok
    if tok.lower_ in cues.DOCUMENT_NOUNS:
        # "a letter from Senator Blake said": the sender speaks through the document
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ != "PROPN":
                    # "from the group's leader, Jane Doe": the name beside the description
                    obj = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), obj)
                if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in cues.PERSON_NOUNS | cues.ORG_NOUNS):
                    return obj
    if tok.pos_ != "PROPN":
        return tok  # "former aides to Mr. Weiner": the aides speak
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if obj is not None and any(t.lower_.rstrip(".") in TITLES - _HONORIFICS and t.pos_ == "PROPN" and t.i < obj.i
                                   for t in obj.subtree):
            return obj
    return tok


def beside(doc: Any, qe: int, cue: int, quoted: bytearray) -> Any | None:
    """A speaker the parse lost, from the surface: “…,” NAME said / “…,” said NAME."""
    for k in list(range(qe, cue)) + list(range(cue + 1, min(cue + 5, len(doc)))):
        if quoted[k]:
            continue
        tok = doc[k]
        if tok.pos_ == "PRON" and tok.lower_ in cues.PRONOUNS and k < cue:
            return tok
        if k > cue and doc[cue].lower_ in TELL:
            break  # "told CNN's Dana Bash": who is told is not who speaks
        if k > cue and (is_cue(doc[cue]) is None or doc[cue].tag_ in ("VB", "VBG")):
            # "admires Putin as “…”": what follows a verb that is no reporting verb is its object;
            # "to say the group …": only a finite verb goes before its subject ("said Doe")
            break
        if k > cue and (tok.pos_ in ("PRON", "ADP", "VERB", "AUX", "SCONJ") or tok.dep_ in ("dobj", "dative")):
            break  # "comparing him favorably to Governor Park": a name past the verb's object is not its subject
        if tok.pos_ == "PROPN" or (tok.is_title and tok.is_alpha
                                   and tok.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX")
                                   and (k > cue or tok.pos_ in ("ADJ", "NOUN", "X"))):
            while tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and not quoted[tok.i + 1]:
                tok = doc[tok.i + 1]
            return tok
        if tok.is_sent_start and k > cue:
            break
    return None


def main_subject(verb: Any, quoted: bytearray) -> Any | None:
    """The subject of the main clause before a participle whose parse runs into a quote ("Lee
    hardly clarified it, treating her remark as a compliment -- “…” -- and asserting, “…”")."""
    for k in range(verb.sent.start, verb.i):
        tok = verb.doc[k]
        if tok.dep_ == "nsubj" and not quoted[k] and not quoted[tok.head.i] and tok.head.i < verb.i \
                and tok.head.tag_ in ("VBD", "VBZ", "VBP") and tok.head.dep_ not in ("advcl", "relcl", "acl") \
                and (tok.pos_ in ("PROPN", "PRON") or (tok.is_lower and speaks(tok))):
            return tok
    return None


def in_pobj(tok: Any) -> bool:
    """Is this name part of a preposition's object ("told the newspaper NRC Handelsblad")?"""
    for _ in range(4):
        if tok.dep_ not in ("compound", "flat", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ == "pobj"


def is_cue(tok: Any) -> int | None:
    """0 for a speech verb, 3 for a belief verb, None otherwise."""
    low = tok.lower_
    if low == "called" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("-", "so", "so-"):
        return None  # "so-called"
    if low in cues.SPEECH_FORMS and (tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT"):
        return 0
    if low == "known" and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return 0  # "known as “…”": a naming, as certain as "called"
    if low in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return 0  # "as the paper put it"
    if low in cues.PARTICLE_FORMS and tok.pos_ == "VERB" and any(
            c.lower_ == cues.PARTICLE_FORMS[low] and c.dep_ in ("prt", "advmod") for c in tok.children):
        return 0  # "she shot back, “…”", "as Trump went on about “…”"
    if low in cues.BELIEF_FORMS and tok.pos_ == "VERB":
        return 3
    return None


def casts(verb: Any, roots: list[Any], quoted: bytearray) -> bool:
    """Does this verb cast a person as the quoted words ("admires Putin as a “strong leader”",
    "went after Trump as a “leech” and a “brat”")? Whoever does so characterises them in those
    words, whatever the verb; a verb with no person as its object ("served as “czar”") does not."""
    if verb.pos_ != "VERB" or verb.dep_ == "acl" or is_passive(verb):
        return False
    for r in roots:
        node = r
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "a “leech” and a “brat”": the second is cast as well
        prep = node.head
        if node.dep_ not in ("pobj", "amod", "acomp") or prep.lower_ != "as" or quoted[prep.i]:
            continue
        host = prep.head
        if host.dep_ == "acl" and host.tag_ == "VBG":
            # "referring to those supporting Trump as “…”": the parse hung "as" on the participle
            host = host.head.head.head if host.head.dep_ == "pobj" else host.head.head
        if host.i != verb.i:
            continue
        for c in verb.children:
            if c.i >= prep.i:
                break
            obj = c if c.dep_ == "dobj" else next((o for o in c.children if o.dep_ == "pobj"), None) \
                if c.dep_ == "prep" else None
            if obj is not None and not quoted[obj.i] and (obj.pos_ in ("PROPN", "PRON") or speaks(obj)):
                return True
    return False


def climbs_to(node: Any, target: int, steps: int) -> bool:
    """Does the token `target` govern `node` within `steps` heads?"""
    for _ in range(steps):
        if node.i == target:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def linked(cue: Any, roots: list[Any], adjacent: bool) -> bool:
    """Does the quote hang from the cue in the parse (or, right after it, the cue from the quote)?"""
    for r in roots:
        if climbs_to(r, cue.i, 6):
            return True
        node = cue
        for _ in range(3 if adjacent else 0):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i == r.i:
                return True
    return False
