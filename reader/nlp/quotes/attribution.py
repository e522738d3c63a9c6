"""Who said each quote: a sieve of rules, most certain first.

Per block, `collect` reads the parse around each quotation once and keeps small records of the
evidence, never the Doc: a reporting verb and its subject (before or after the quote, in the
sentence or in the short one the parser split off after it), "according to X" / "per X", a
colon introduction, "“…” ― Name", a transcript label "NAME:", a speech noun with its owner
("his claim that …"), the sentence before ("…, Schiff said. “…”"), a sign-off paragraph after
("― Jane Doe, Philadelphia.", "That was how Doe put it."); plus the named subjects of
sentences and the pronouns that follow them, for resolving "he" and "she" later. The subject of
a passive reporting verb is what is spoken of, not who speaks; in a headline-case line the tags
are guesses, so the capitalised words before the verb are read as its subject.

At document level `attribute` picks each quote's most certain clue and has
`speakers.Resolver` map its mention to an entity; an unnamed source ("a senior official",
"the report") keeps `speaker` None and its description as `speaker_name`. A quote with no evidence takes the speaker of the quote it continues (the second half of a
quote split by "he said", or a paragraph that only carries on the previous speaker's words).
When no rule is sure the speaker stays None: a wrong name is worse than none. Quoted words
with no speech around them (scare quotes, titles) are not quotes and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from reader.analysis import Entity, Quote
from reader.nlp.quotes import cues
from reader.nlp.quotes.marks import QuoteSpan, kind_of, looks_like_title
from reader.nlp.quotes.speakers import TITLES, Mention, Resolver, Subject

DEBUG: dict[int, str] | None = None  # set to a dict to record why each quote got its speaker

_SIGN_OFF = re.compile(r"^\s*(?:--|[-―—–])\s*(?=[A-Z])")
_TRANSCRIPT = re.compile(r"^([A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s")
_EMBEDDING = ("ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj")
_PERSONAL = frozenset("i me my we us our you your".split())
_INDEFINITE = frozenset("someone somebody anyone anybody everyone everybody nobody none nothing something anything "
                        "everything".split())
_NOT_SPEAKERS = frozenset(("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"))
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "parataxis")
_PHRASE_DEPS = ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "advmod", "punct", "flat")


@dataclass(frozen=True)
class Evidence:
    """One clue about a quote's speaker (or, with `quote` None, a paragraph ending in a colon).

    `rank`: lower is more certain (0 a verb whose clause holds the quote, a dash or a label; 1 a
    verb beside it, "according to", a speech noun; 2 a colon introduction or the sentence before;
    3 a belief verb). `distance`: tokens between clue and quote.
    """

    quote: QuoteSpan | None
    rule: str  # "verb" | "passive" | "according" | "colon" | "label" | "dash" | "noun" | "before" | "colon_end"
    # | "signoff" (a paragraph after the quote's: "― Jane Doe, Philadelphia.", "That was how Doe put it.")
    cue: str | None
    speaker: Mention | None
    rank: int
    distance: int
    at: int  # character offset of the clue
    sieve: str = ""  # the pattern family that found it; a quote it decides carries this name as its `rule`


@dataclass(frozen=True)
class Verbal:
    """A quote whose words include a verb or a personal pronoun: said by someone, not a term."""

    quote: QuoteSpan


@dataclass(frozen=True)
class Parsed:
    """A block went through the model: quotes with no clue around them may then be scare quotes."""

    start: int


# ---------------------------------------------------------------- per block (with the Doc)


def _phrase(head: Any) -> tuple[int, int]:
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


def _mention(tok: Any, offset: int) -> Mention | None:
    doc = tok.doc
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and tok.pos_ == "PROPN" \
            and (tok.ent_type_ != "PERSON" or tok.head.ent_type_ == "PERSON"):
        # "Smith and Jones wrote": the first of two named speakers ("Acme Radio and its host Jane Doe
        # said": the person, who voices the words, rather than the organisation)
        tok = tok.head
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE", "NORP"):
        tok = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), tok)
    if tok.lower_ in cues.RELATIVE and tok.dep_ in _SUBJ:
        verb = tok.head
        if verb.dep_ == "relcl":
            tok = verb.head
        else:
            return None
    if tok.ent_type_ in _NOT_SPEAKERS and not any(c.dep_ == "det" for c in tok.children):
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
                hi = max(hi, _phrase(obj)[1]) if obj is not None else hi
        span = doc[tok.i : hi]
        return Mention(offset + span.start_char, offset + span.end_char, span.text, tok.lower_, "description")
    if tok.pos_ == "PRON" or tok.lower_ in cues.PRONOUNS:
        return Mention(offset + tok.idx, offset + tok.idx + len(tok), tok.text, tok.lower_, "pronoun")
    lo, hi = _phrase(tok)
    paren = next((k for k in range(tok.i - 1, lo, -1) if doc[k].text == "("), None)
    if paren is not None and doc[paren - 1].pos_ == "PROPN":
        return _mention(doc[paren - 1], offset)  # "Del. Marcia Dale (D-Newport News)": the name, not the district
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "case"):
        lo += 1
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "case"):
        hi -= 1
    span = doc[lo:hi]
    has_det = any(t.dep_ == "det" for t in span)
    capital = tok.text[:1].isupper() and tok.lower_ not in cues.PERSON_NOUNS and tok.lower_ not in cues.ORG_NOUNS
    # a lower-case head is a description even when tagged PROPN ("the billionaire business mogul")
    proper = tok.pos_ == "PROPN" and not tok.text[:1].islower()
    kind = "name" if proper or (capital and (tok.i > tok.sent.start or not has_det)) else "description"
    appos = []
    for c in tok.children:
        if c.dep_ == "appos" and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "("):
            # (not a parenthesis: "Del. Marcia Price (D-Newport News)" names a district)
            paren = next((k for k in range(c.i - 1, c.left_edge.i, -1) if doc[k].text == "("), None)
            if paren is not None and doc[paren - 1].pos_ == "PROPN":
                c = doc[paren - 1]
            a, b = _phrase(c)
            if any(t.pos_ == "PROPN" for t in doc[a:b]):
                appos.append((offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]), doc[a:b].text))
    owner = None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            a, b = _phrase(c)
            owner = (offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]), doc[a:b].text)
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


def _speaks(tok: Any) -> bool:
    """Can this subject be a source? Names, pronouns and person, group or document nouns."""
    if tok.lower_ in ("what", "whatever"):
        return False  # "what was wrong": a thing, not a source
    if tok.pos_ in ("PROPN", "PRON") or tok.text[:1].isupper():
        return True
    low = tok.lower_
    nouns = cues.PERSON_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS | cues.GROUP_NOUNS
    return low in nouns or low.rstrip("s") in nouns or (low.endswith("ies") and low[:-3] + "y" in nouns)


def _subject(verb: Any, depth: int = 0, participle: bool = False) -> Any | None:
    """The token that does the saying: the verb's subject, or its governor's when it has none."""
    participle = participle or verb.tag_ == "VBG"
    if depth == 0 and _passive(verb):
        return _agent(verb)  # "his staff were told “…”": who is told or described does not speak
    if depth and participle and verb.dep_ == "ccomp" and _is_cue(verb.head) is not None:
        # "Sanders said the process could be “messy,” adding, …": the adding is Sanders'
        return _subject(verb.head, depth + 1, participle)
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
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
            return _subject(node, depth + 1, participle)
    if subjects:
        # "his successor Friedrich Merz affirming": of two subjects the name wins
        # "Yahoo News and former anchor Katie Couric has …" parsed as two subjects: the nearer name
        best = next((c for c in reversed(subjects) if c.pos_ == "PROPN" and c.i < verb.i),
                    next((c for c in subjects if c.pos_ == "PROPN"), subjects[0]))
        best = _through_preposition(best)
        if not _speaks(best):
            # "With 50 days until the election, Jane Doe, an adviser, called …" parsed with the name
            # as the apposition of a thing: the name is the subject
            best = next((c for c in best.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c.ent_type_ == "PERSON"), best)
        if depth and not _speaks(best) and verb.dep_ in _CLIMB and depth < 4 and verb.head.i != verb.i:
            return _subject(verb.head, depth + 1, participle)
        return best
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj") and verb.head.lower_ in cues.DOCUMENT_NOUNS:
        sender = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        found = next((c for c in sender.children if c.dep_ in _SUBJ), None)
        if found is not None:
            return found  # "the campaign sent an email saying …"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "Maria Zakharova claiming that …"
    if verb.tag_ == "VBG" and verb.i > 0:
        left = verb.doc[verb.i - 1]
        if left.ent_type_ not in _NOT_SPEAKERS and (
                left.pos_ == "PROPN" or (left.pos_ == "NOUN" and left.dep_ not in ("compound", "amod", "npadvmod"))):
            return left  # "with Chancellor Olaf Scholz asserting, …"
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0 and verb.dep_ not in _CLIMB:
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].pos_ == "ADV":
            k -= 1  # "Trump openly admires …"
        left = verb.doc[k]
        if left.pos_ == "PROPN" and left.ent_type_ not in _NOT_SPEAKERS and not _in_pobj(left):
            return left  # "…, Obama and Clinton call them “…”" with the names parsed into the clause before
        if k == verb.sent.start and left.is_title and left.pos_ == "VERB" and left.dep_ == "ROOT":
            return left  # "Trump openly admires …" with the name tagged as a verb and the real verb its object
    if verb.dep_ == "xcomp" and verb.head.lower_ not in _SUBJECT_CONTROL:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if obj is not None and _speaks(obj):
            return obj  # "that prompted Rubio to call Trump “…”": the one prompted does the calling
    if (verb.dep_ in _CLIMB or verb.dep_ in ("prep", "dep", "npadvmod") or (verb.dep_ == "advmod" and verb.pos_ == "ADV")) \
            and depth < 4 and verb.head.i != verb.i:  # "went so far as to say": through "far" to "went"
        return _subject(verb.head, depth + 1, participle)
    if depth == 0 and verb.tag_ in ("VBG", "VBN"):
        root = verb.sent.root  # "…, treating it as a compliment and, when questioned, asserting, …"
        if root.i < verb.i:
            return next((c for c in root.children if c.dep_ in _SUBJ), None)
    return None


_TELL = frozenset(("tell", "tells", "told", "telling"))
# "promised voters to cut taxes": the subject, not the object, does what follows
_SUBJECT_CONTROL = frozenset("promise promised promises promising vow vowed vows vowing".split())


def _passive(verb: Any) -> bool:
    """A passive reporting verb ("was described as", "the bill, known as"): its subject is what is
    spoken of, not who speaks. "X was quoted as saying" is the exception: X is the one quoted."""
    if verb.lower_ == "quoted":
        return False
    if verb.tag_ == "VBN" and _agent(verb) is not None:
        return True  # "Asked by Thrush whether …, Sharpton avoided an answer": Thrush asked
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return True  # "Asked whether she “has the integrity …”, 75 percent said yes": not theirs
    if verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "oprd", "attr") and verb.head.lower_ in _BECOME:
        return True  # "what has become known as the “Buffett rule”"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Jane Doe, the director, compared …" misparsed as a participle on the name is no passive
        return verb.head.pos_ != "PROPN" or _agent(verb) is not None
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _agent(verb: Any) -> Any | None:
    """The "by" phrase of a passive verb: "measures added by Republicans"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


_BECOME = frozenset("become becomes became becoming get gets got gotten getting remain remains remained".split())
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())


def _through_preposition(tok: Any) -> Any:
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


def _beside(doc: Any, qe: int, cue: int, quoted: bytearray) -> Any | None:
    """A speaker the parse lost, from the surface: “…,” NAME said / “…,” said NAME."""
    for k in list(range(qe, cue)) + list(range(cue + 1, min(cue + 5, len(doc)))):
        if quoted[k]:
            continue
        tok = doc[k]
        if tok.pos_ == "PRON" and tok.lower_ in cues.PRONOUNS and k < cue:
            return tok
        if k > cue and doc[cue].lower_ in _TELL:
            break  # "told CNN's Dana Bash": who is told is not who speaks
        if k > cue and (_is_cue(doc[cue]) is None or doc[cue].tag_ in ("VB", "VBG")):
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
    return any(_climbs_to(r, verb.i, 8) for r in roots)


def _main_subject(verb: Any, quoted: bytearray) -> Any | None:
    """The subject of the main clause before a participle whose parse runs into a quote ("Lee
    hardly clarified it, treating her remark as a compliment -- “…” -- and asserting, “…”")."""
    for k in range(verb.sent.start, verb.i):
        tok = verb.doc[k]
        if tok.dep_ == "nsubj" and not quoted[k] and not quoted[tok.head.i] and tok.head.i < verb.i \
                and tok.head.tag_ in ("VBD", "VBZ", "VBP") and tok.head.dep_ not in ("advcl", "relcl", "acl") \
                and (tok.pos_ in ("PROPN", "PRON") or (tok.is_lower and _speaks(tok))):
            return tok
    return None


def _in_pobj(tok: Any) -> bool:
    """Is this name part of a preposition's object ("told the newspaper NRC Handelsblad")?"""
    for _ in range(4):
        if tok.dep_ not in ("compound", "flat", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ == "pobj"


def _tag_after(doc: Any, qe: int, quoted: bytearray) -> tuple[Any, Any] | None:
    """“…,” Hannity started. / “…?” she pressed.: a quote that stops on a comma or a question and
    goes on with a name or pronoun and its verb is tagged with its speaker, whatever the verb."""
    k = qe
    while k < len(doc) and (quoted[k] or doc[k].is_punct) and k - qe < 3:
        k += 1
    if k >= len(doc) or quoted[k]:
        return None
    if doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        k += 1  # "“…,” the Saudis state in …"
    subj = doc[k]
    if subj.pos_ == "PRON" and subj.lower_ in cues.MALE | cues.FEMALE | cues.PLURAL:
        j = k + 1
    elif subj.pos_ == "PROPN":
        j = k
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        subj = doc[j - 1]
    elif subj.pos_ == "NOUN":
        # "“…,” lobbying disclosures show." with the verb tagged as one more noun: only a source noun
        # and a reporting verb that ends the sentence
        j = k
        while j < len(doc) and doc[j].pos_ == "NOUN" and j - k < 3 and not quoted[j]:
            j += 1
        if j - 1 <= k or j >= len(doc) or not doc[j].is_punct or doc[j - 1].lower_ not in \
                cues.SPEECH_FORMS | cues.BELIEF_FORMS or not _speaks(doc[j - 2]):
            return None
        return doc[j - 1], doc[j - 2]
    else:
        return None
    if j >= len(doc) or quoted[j]:
        return None
    if doc[j].lower_ in cues.SPEECH_FORMS and doc[j].lower_ not in ("call", "calls", "order", "orders", "question"):
        return doc[j], subj  # a speech verb the tagger took for a noun ("the Saudis state")
    if doc[j].pos_ != "VERB" or doc[j].tag_ not in ("VBD", "VBZ") or subj.head.i != j:
        return None
    return doc[j], subj


_PHASE = frozenset("continue continues continued continuing begin begins began begun beginning".split())


def _is_cue(tok: Any) -> int | None:
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


def _casts(verb: Any, roots: list[Any], quoted: bytearray) -> bool:
    """Does this verb cast a person as the quoted words ("admires Putin as a “strong leader”",
    "went after Trump as a “leech” and a “brat”")? Whoever does so characterises them in those
    words, whatever the verb; a verb with no person as its object ("served as “czar”") does not."""
    if verb.pos_ != "VERB" or verb.dep_ == "acl" or _passive(verb):
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
            if obj is not None and not quoted[obj.i] and (obj.pos_ in ("PROPN", "PRON") or _speaks(obj)):
                return True
    return False


def _climbs_to(node: Any, target: int, steps: int) -> bool:
    """Does the token `target` govern `node` within `steps` heads?"""
    for _ in range(steps):
        if node.i == target:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _linked(cue: Any, roots: list[Any], adjacent: bool) -> bool:
    """Does the quote hang from the cue in the parse (or, right after it, the cue from the quote)?"""
    for r in roots:
        if _climbs_to(r, cue.i, 6):
            return True
        node = cue
        for _ in range(3 if adjacent else 0):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i == r.i:
                return True
    return False


# forms that are verbs even when a headline's capitals make the tagger call them names ("The Post" is not)
_HEADLINE_VERBS = frozenset("said says told tells wrote writes spoke speaks".split())
_FUNCTION_WORDS = frozenset("a an the and but or nor for of at in on to by with from as when while after before if "
                            "that than so still also again then".split())


def _title_case(sent: Any, quoted: bytearray, cache: dict[int, bool]) -> bool:
    """Is this sentence set in headline case ("Clinton Said Of Wall Street, …")? Most of its
    unquoted words of four letters or more start with a capital."""
    got = cache.get(sent.start)
    if got is None:
        words = [t for t in sent if not quoted[t.i] and t.is_alpha and len(t) > 3]
        if len(words) < 3:  # a short sentence the parser split off: judge the whole paragraph
            words = [t for t in sent.doc if not quoted[t.i] and t.is_alpha and len(t) > 3]
        got = len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
        cache[sent.start] = got
    return got


def _headline_cue(tok: Any, quoted: bytearray, cache: dict[int, bool]) -> bool:
    """A capitalised reporting verb in a headline-case line ("Clinton Joked", "Trump Says")."""
    return tok.text[:1].isupper() and tok.lower_ in cues.SPEECH_FORMS and (
        tok.pos_ == "VERB" or tok.lower_.endswith("ed") or tok.lower_ in _HEADLINE_VERBS) \
        and _title_case(tok.sent, quoted, cache)


def _title_subject(doc: Any, verb: Any, quoted: bytearray, offset: int) -> Mention | None:
    """The capitalised run right before a verb in a headline-case line, function words excluded."""
    k = verb.i
    while k - 1 >= verb.sent.start and not quoted[k - 1] and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].lower_ not in _FUNCTION_WORDS and doc[k - 1].lower_ not in cues.PRONOUNS:
        k -= 1
    if k == verb.i:
        return _line_label(doc, verb.i, quoted, offset)
    span = doc[k : verb.i]
    core = " ".join(t.text for t in span if t.lower_.rstrip(".") not in TITLES)
    return Mention(offset + span.start_char, offset + span.end_char, span.text, span[-1].lower_, "name",
                   core=core or None)


def _line_label(doc: Any, before: int, quoted: bytearray, offset: int) -> Mention | None:
    """"Clinton: As Senator, “…” But Still Called For …": the name labelling a headline-case line."""
    j = 0
    while j < before and j < 6 and doc[j].is_alpha and doc[j].text[:1].isupper() and not quoted[j]:
        j += 1
    if j == 0 or j >= before or doc[j].text != ":":
        return None
    span = doc[0:j]
    return Mention(offset + span.start_char, offset + span.end_char, span.text, span[-1].lower_, "name")


def _pronoun_after(doc: Any, tok: Any, quoted: bytearray) -> str | None:
    """The gender the sentence gives its subject: "Hillary Clinton said she …" → "f"."""
    end = min(tok.sent.end, tok.i + 25)
    for k in range(tok.i + 1, end):
        if quoted[k]:
            continue
        t = doc[k]
        if t.pos_ == "PROPN":
            return None  # someone else came first
        if t.lower_ in cues.MALE:
            return "m"
        if t.lower_ in cues.FEMALE:
            return "f"
    return None


def _named_subjects(doc: Any) -> list[int]:
    """Indices of proper-noun subjects, read from the Doc's arrays (a Python loop over every
    token would cost more than the rest of the attribution)."""
    from spacy.attrs import DEP, IS_TITLE, POS, SENT_START
    from spacy.symbols import CCONJ, NOUN, PRON, PROPN, appos, nsubj, nsubjpass

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
    # "he"/"she" as a subject: links of a chain of mentions of one person
    for i in ((arr[:, 0] == PRON) & subject).nonzero()[0].tolist():
        if doc[i].lower_ in ("he", "she"):
            out.append(i)
    # "The German leader was more cautious.": a definite description of a person as the subject
    for i in ((arr[:, 0] == NOUN) & subject & (arr[:, 3] == 0)).nonzero()[0].tolist():
        if doc[i].lower_ in cues.PERSON_NOUNS and doc[i].left_edge.lower_ == "the" and doc[i].left_edge.i < i:
            out.append(i)
    return sorted(out)


def _clause_of(tok: Any) -> tuple[bool, bool]:
    """(embedded, fronted): is this the subject of a reported or subordinate clause ("Trump said
    *Assad* is …"), and is that clause put before a main clause that goes on about them with
    "he"/"she" ("When *Flynn* was asked …, he said"; "*Kuster* kept silent for years: “…,” she said")?"""
    if tok.dep_ == "appos":  # "the campaign's attorney, Marc Elias, made …": the clause of the noun it renames
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in _SUBJ or verb.dep_ not in _EMBEDDING:
        return False, False
    if verb.dep_ not in ("advcl", "ccomp") or verb.i > verb.head.i:
        return True, False
    end = verb.right_edge.i
    return True, any(t.i > end and t.dep_ in _SUBJ and t.lower_ in ("he", "she") for t in verb.sent)


def collect(doc: Any, offset: int, spans: list[QuoteSpan]) -> list[Evidence | Subject | Verbal | Parsed]:
    """Evidence for each quote of one block, a colon at the block's end, and named subjects."""
    found: list[Evidence | Subject | Verbal | Parsed] = [Parsed(offset)]
    text = doc.text
    n = len(doc)
    quoted = bytearray(n)
    ranges = []
    for span in spans:
        local = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
        if local is None or not len(local):
            ranges.append(None)
            continue
        # the quotation marks themselves belong to the quote
        a = local.start - 1 if local.start > 0 and doc[local.start - 1].is_quote else local.start
        b = local.end + 1 if local.end < n and doc[local.end].is_quote else local.end
        for i in range(a, b):
            quoted[i] = 1
        ranges.append((local.start, local.end))
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
    if text.rstrip().endswith(":") and len(doc):
        last = doc[-1].sent
        for tok in last:
            if tok.dep_ == "ROOT":
                subj = _subject(tok)
                if subj is not None:
                    found.append(Evidence(None, "colon_end", tok.text if _is_cue(tok) is not None else None,
                                          _mention(subj, offset), 2, 0, offset + tok.idx, "colon_paragraph"))
                break
    sign = _SIGN_OFF.match(text)
    if sign and not spans and len(doc) <= 30 and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc):
        # (a bullet with a finite verb, "- Senator Doe voted no.", is a list item, not a signature)
        # a paragraph of its own after a quote: "― Jane Doe, Philadelphia." / "-Senator Doe, tweeting."
        first = doc.char_span(sign.end(), sign.end() + 1, alignment_mode="expand")
        head = next((t for t in doc[first.start : first.start + 3] if t.pos_ == "PROPN"), None) if first else None
        if head is not None:
            while head.i + 1 < n and doc[head.i + 1].pos_ == "PROPN":
                head = doc[head.i + 1]
            m = _mention(head, offset)
            if m is not None:  # the tokenizer keeps "-President" whole: the name starts after the dash
                cut = len(m.text) - len(m.text.lstrip("-―—– "))
                m = replace(m, start=m.start + cut, text=m.text[cut:],
                            core=m.core.lstrip("-―—– ") if m.core else m.core)
            found.append(Evidence(None, "signoff", None, m, 0, 0, offset + head.idx, "sign_off"))
    if n > 3 and doc[0].lower_ in ("that", "this") and doc[1].lower_ in ("was", "is", "'s", "’s") \
            and doc[2].lower_ in ("how", "what") and not any(quoted[i] for i in range(doc[0].sent.end)):
        # a paragraph after a quote: "That was how Jane Doe described her merger."
        for tok in doc[3 : doc[0].sent.end]:
            if _is_cue(tok) == 0:
                subj = _subject(tok)
                if subj is not None:
                    found.append(Evidence(None, "signoff", tok.text, _mention(subj, offset), 2, 0, offset + tok.idx,
                                          "sign_off"))
                break
    title_cache: dict[int, bool] = {}  # sentence start → set in headline case?
    for span, rng in zip(spans, ranges):
        if rng is None:
            continue
        qs, qe = rng
        label = _TRANSCRIPT.match(text[span.start - offset : span.end - offset])
        if label:
            name = label.group(1).strip()
            s = span.start
            found.append(Evidence(span, "label", None, Mention(s, s + len(name), name, name.lower(), "name"), 0, 0, s,
                                  "transcript_label"))
        # "“…” ― Jane Doe": a dash and a name right after the closing mark
        j = span.end - offset
        while j < len(text) and text[j] in "”\"»’' ":
            j += 1
        if j < len(text) and text[j] in "―—–-":
            j += 2 if text[j : j + 2] == "--" else 1
            while j < len(text) and text[j] == " ":
                j += 1
            after = doc.char_span(j, j + 1, alignment_mode="expand") if j < len(text) else None
            if after is not None and len(after) and (after[0].pos_ == "PROPN" or after[0].is_title):
                head = after[0]
                while head.i + 1 < n and doc[head.i + 1].pos_ == "PROPN" and not quoted[head.i + 1]:
                    head = doc[head.i + 1]
                found.append(Evidence(span, "dash", None, _mention(head, offset), 0, 1, offset + j, "dash_signature"))
        if any(t.pos_ in ("VERB", "AUX") or (t.pos_ == "PRON" and t.lower_ in _PERSONAL) for t in doc[qs:qe]):
            found.append(Verbal(span))
        last = doc[qe - 1].sent
        if last.start > qs and last.end - last.start >= 3 and doc[last.start].pos_ == "PROPN":
            # "“… on policy. Norman Ornstein, American Enterprise Institute scholar.”": a signature
            # the closing mark swallowed, a name and a comma with no verb after it
            k = last.start
            while k + 1 < last.end and doc[k + 1].pos_ == "PROPN":
                k += 1
            if k > last.start and k + 1 < last.end and doc[k + 1].text == "," \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : last.end]):
                found.append(Evidence(span, "dash", None, _mention(doc[k], offset), 0, 1, offset + doc[last.start].idx,
                                      "signature_in_quote"))
        first_sent, last_sent = doc[qs].sent, doc[qe - 1].sent
        lo, hi = first_sent.start, last_sent.end
        # "“…?” he asked." split off as its own short sentence by the parser
        if hi < n and all(quoted[i] or doc[i].is_punct for i in range(qe, hi)):
            nxt = doc[hi].sent
            head = range(nxt.start, min(nxt.end, nxt.start + 7))
            if (len(nxt) <= 12 and not any(quoted[i] for i in range(nxt.start, nxt.end))) or any(
                    not quoted[i] and _is_cue(doc[i]) == 0 for i in head) or (
                    not quoted[nxt.root.i] and _is_cue(nxt.root) == 0 and not quoted[nxt.start]):
                hi = nxt.end
        roots = [t for t in doc[qs:qe] if not (qs <= t.head.i < qe) or t.head.i == t.i]
        # colon introduction: "… he said: “…”"
        j = qs - 1
        while j >= 0 and (doc[j].is_quote or doc[j].is_space):
            j -= 1
        if j >= 0 and doc[j].text == ":" and not quoted[j]:
            sent = doc[j].sent
            verb = None  # the reporting verb before the colon, else the verb nearest to it
            for k in range(j - 1, sent.start - 1, -1):
                if doc[k].pos_ in ("VERB", "AUX") and not quoted[k]:
                    if _is_cue(doc[k]) is not None:
                        verb = doc[k]
                        break
                    if verb is None:
                        verb = doc[k]
            subj = None
            if verb is None:
                # a verbless label: "Jeremy Lott, author: “…”"
                names = [k for k in range(sent.start, j) if doc[k].pos_ == "PROPN" and not quoted[k]]
                if names:
                    k = names[0]
                    while k + 1 < j and doc[k + 1].pos_ == "PROPN":
                        k += 1
                    subj = doc[k]
                verb = sent.root
            else:
                subj = _subject(verb)
                root = sent.root
                if (subj is None or not _speaks(subj)) and _is_cue(verb) is None and root.i < j and not quoted[root.i]:
                    # "Jeb Bush broke down what was wrong with it: “…”": the main clause's subject
                    subj = _subject(root) or subj
                node = verb
                for _ in range(4):
                    if (subj is not None and _speaks(subj)) or _is_cue(verb) is not None or node.head.i == node.i:
                        break
                    node = node.head  # the parse put the sentence's start in the quote before: climb instead
                    found_subj = next((c for c in node.children if c.dep_ in _SUBJ and not quoted[c.i]), None)
                    if found_subj is not None and _speaks(found_subj) and not quoted[node.i]:
                        subj = found_subj
                if (subj is None or not _speaks(subj)) and j > 0 and doc[j - 1].pos_ == "PROPN" and not quoted[j - 1] \
                        and not _in_pobj(doc[j - 1]):
                    subj = doc[j - 1]  # "… doesn't surprise pollster Daron Shaw: “…”": the name before the colon
            if subj is not None and not quoted[subj.i]:
                found.append(Evidence(span, "colon", verb.text if _is_cue(verb) is not None else None,
                                      _mention(subj, offset), 2, qs - j, offset + doc[j].idx, "colon_intro"))
            if lo > sent.start:
                lo = sent.start
        said: dict[int, int] = {}  # token → index in `found` of the reporting verbs linked to the quote
        if _title_case(doc[qs].sent, quoted, title_cache):
            label = _line_label(doc, qs, quoted, offset)
            if label is not None:
                found.append(Evidence(span, "colon", None, label, 2, qs, label.start, "headline_label"))
        before = len(found)
        for i in range(lo, hi):
            if quoted[i]:
                continue
            tok = doc[i]
            dist = qs - i if i < qs else i - qe + 1
            prep = doc[i + 1] if tok.lower_ == "according" and i + 1 < n and doc[i + 1].lower_ == "to" else \
                tok if tok.lower_ == "per" and tok.pos_ == "ADP" else None
            if prep is not None:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and not quoted[obj.i]:
                    found.append(Evidence(span, "according", "according to" if prep is not tok else "per",
                                          _mention(obj, offset), 1, dist, offset + tok.idx, "according_to"))
                continue
            if tok.lower_ in cues.SPEECH_NOUNS and tok.pos_ == "NOUN":
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is None:
                    by = next((c for c in tok.children if c.lower_ in ("by", "from") and c.dep_ == "prep"), None)
                    owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                if owner is not None and not quoted[owner.i]:
                    # "his claim that “…”": the quote completes the noun, as certain as a verb's clause
                    rank = 0 if _linked(tok, roots, False) else 1
                    if rank and not _about_words(tok, roots):
                        continue
                    found.append(Evidence(span, "noun", tok.text, _mention(owner, offset), rank, dist + 2,
                                          offset + tok.idx, "speech_noun"))
                continue
            rank = _is_cue(tok)
            if rank is None and _casts(tok, roots, quoted):
                rank = 0  # "Reid has been pounding Trump as a “con artist”": Reid gives Trump the name
            if _headline_cue(tok, quoted, title_cache):
                # "… Hillary Clinton Joked “You Are The Smartest People.”": in a headline-case line the
                # tags and the parse are guesses; the speaker is the run of capitalised words before the verb
                found.append(Evidence(span, "verb", tok.text, _title_subject(doc, tok, quoted, offset), 0 if
                                      rank == 0 and _linked(tok, roots, False) or dist <= 2 else 1, dist,
                                      offset + tok.idx, "headline_verb"))
                continue
            if rank is None:
                continue
            subj = _subject(tok)
            if (subj is None or quoted[subj.i]) and tok.tag_ == "VBG" and not _passive(tok):
                subj = _main_subject(tok, quoted) or subj
            if (subj is None or quoted[subj.i]) and not _passive(tok) and i >= qe and tok.lower_ not in _TELL \
                    and all(quoted[k] or doc[k].is_punct for k in range(qe, i)):
                # "“Fine,” admitted the mayor." with "Fine" parsed as a subject, "“Not now,” begged
                # Lopez." with the name as an object: right after the quote the verb comes before
                # its subject
                subj = next((c for c in tok.children if c.dep_ in _SUBJ and not quoted[c.i]), None) or next(
                    (c for c in tok.children if c.dep_ == "dobj" and c.i > i and not quoted[c.i] and _speaks(c)
                     and any(r.head.i == tok.i for r in roots)), None) or subj
            if (subj is None or quoted[subj.i]) and not _passive(tok):
                subj = _beside(doc, qe, i, quoted)  # "“…,” NAME said" / "said NAME" / "Said NAME: “…”"
            mention = _mention(subj, offset) if subj is not None and not quoted[subj.i] else None
            if mention is None and subj is not None and subj.is_upper and subj.i < i:
                # a dateline took the subject's place: the name after it is the speaker
                after = next((doc[k] for k in range(subj.i + 1, i) if doc[k].pos_ == "PROPN"
                              and not doc[k].is_upper and not quoted[k]), None)
                while after is not None and after.i + 1 < i and doc[after.i + 1].pos_ == "PROPN":
                    after = doc[after.i + 1]
                mention = _mention(after, offset) if after is not None else None
            # ("“…” if he continues to lose ground": a verb with its own complement does not tag the quote)
            if rank == 0 and not _linked(tok, roots, i > qe and dist <= 5 and not (
                    tok.lower_ in _PHASE and any(c.dep_ in ("xcomp", "dobj") for c in tok.children))):
                rank = 1
            if any(c.dep_ == "neg" for c in tok.children):
                rank = 3  # "for not calling it “radical Islamic terrorism”": words its subject did not say
            rule = "passive" if mention is None and _passive(tok) else "verb"
            if rule == "passive" and rank == 0 and not _linked(tok, roots, False):
                rank = 1  # "a “paperwork error” that was reported …": the passive only describes the quote
            if rule == "verb" and rank == 0 and mention is not None:
                said[i] = len(found)
            sieve = "passive" if rule == "passive" else "casting" if _is_cue(tok) is None else \
                ("speech_verb", "verb_beside", "verb_beside", "belief_verb")[rank]
            found.append(Evidence(span, rule, tok.text, mention, rank, dist, offset + tok.idx, sieve))
        for i, k in said.items():
            # "Trump said Clinton once described the deal as “the gold standard”": a reporting verb
            # inside the clause another reports gives way to the outer one, whose words these are
            node = doc[i]
            for _ in range(4):
                if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
                    break
                node = node.head
                if node.i in said:
                    found[k] = replace(found[k], rank=1, sieve="reported_verb")
                    break
        if len(found) == before and text[span.end - offset - 1 : span.end - offset] in (",", "?", "!"):
            tag = _tag_after(doc, qe, quoted)
            if tag is not None:
                verb, subj = tag
                found.append(Evidence(span, "verb", verb.text, _mention(subj, offset), 1, verb.i - qe + 1,
                                      offset + verb.idx, "tag_after"))
        prev = doc[lo - 1].sent if lo > 0 else None
        if len(found) == before and prev is not None and all(quoted[i] or doc[i].is_punct for i in range(lo, qs)) \
                and not any(quoted[i] for i in range(prev.start, prev.end)):
            # "…, Schiff said. “The other factor …”": the sentence before names the speaker
            # (when that sentence holds a quote of its own, the quote's speaker carries on instead)
            for i in range(prev.end - 1, prev.start - 1, -1):
                tok = doc[i]
                if not quoted[i] and _headline_cue(tok, quoted, title_cache):
                    found.append(Evidence(span, "before", tok.text, _title_subject(doc, tok, quoted, offset), 2, qs - i,
                                          offset + tok.idx, "sentence_before"))
                    break
                if quoted[i] or _is_cue(tok) != 0:
                    continue
                subj = _subject(tok)
                if subj is not None and not quoted[subj.i]:
                    found.append(Evidence(span, "before", tok.text, _mention(subj, offset), 2, qs - i, offset + tok.idx,
                                          "sentence_before"))
                    break
    return found


# ---------------------------------------------------------------- document level


def _ordered(evs: list[Evidence]) -> list[Evidence]:
    """The quote's clues, most certain first; a clue whose subject cannot speak is dropped."""
    usable = [e for e in evs if e.speaker is None or e.speaker.kind != "description" or e.rule == "according"
              or (e.cue or "").lower() in cues.SAY_FORMS or _can_speak(e.speaker)]
    passive = min((e.distance for e in evs if e.rule == "passive" and e.rank == 0), default=None)
    if passive is not None:
        # "in what is being criticized as “…”", "Asked whether he “…”, 75 percent said yes": the
        # verb that holds the quote names no speaker, and a verb beside it or further out does not
        # supply one
        usable = [e for e in usable if e.rule != "verb" or (e.rank == 0 and e.distance < passive)]
    # "Moore said he felt they were saying, “…”": a plural pronoun gives way to a named speaker
    # "Obama said it would tell a story of “suffering …”": a thing as the subject of a verb of saying
    # gives way to a person saying it
    return sorted(usable, key=lambda e: (e.speaker is None, e.speaker is not None and e.speaker.head in cues.PLURAL,
                                         e.speaker is not None and _inanimate(e.speaker), e.rank,
                                         e.speaker is not None and e.speaker.kind == "description"
                                         and e.rule != "according", e.distance))


def _inanimate(m: Mention) -> bool:
    """"it", or a description of a thing ("the areas", "the words"): a speaker only for want of another."""
    if m.kind == "pronoun":
        return m.head in cues.NEUTER
    return m.kind == "description" and not _can_speak(m)


def _can_speak(m: Mention) -> bool:
    """A description can be a source when its head is a person, a group or a document."""
    head = m.head
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    nouns = cues.PERSON_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS | cues.GROUP_NOUNS | cues.QUANTIFIERS
    return head in nouns or singular in nouns or (head.endswith("ies") and head[:-3] + "y" in nouns)


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def attribute(spans: list[QuoteSpan], evidence: list[Evidence], entities: list[Entity], text: str) -> list[Quote]:
    """Quotes with their speakers; scare quotes and titles (no speech around them) left out."""
    by_quote: dict[QuoteSpan, list[Evidence]] = {}
    colon_ends: list[Evidence] = []
    sign_offs: dict[int, Evidence] = {}  # paragraph start → "― Jane Doe, Philadelphia."
    subjects: list[Subject] = []
    verbal: set[QuoteSpan] = set()
    parsed = False
    for ev in evidence:
        if isinstance(ev, Subject):
            subjects.append(ev)
        elif isinstance(ev, Verbal):
            verbal.add(ev.quote)
        elif isinstance(ev, Parsed):
            parsed = True
        elif ev.quote is None and ev.rule == "signoff":
            sign_offs[_paragraph_of(text, ev.at)[0]] = ev
        elif ev.quote is None:
            colon_ends.append(ev)
        else:
            by_quote.setdefault(ev.quote, []).append(ev)
    colon_ends.sort(key=lambda e: e.at)
    spoken = {_paragraph_of(text, q.start)[0] for q in by_quote}  # paragraphs naming a speaker
    colon_at = [e.at for e in colon_ends]
    have_model = parsed  # without a model there is no parse to tell speech from a scare quote
    resolver = Resolver(entities, text, [(s.start, s.end) for s in spans], subjects)

    by_start = sorted((x for x in subjects if not x.pronoun), key=lambda x: x.start)  # named ones only
    subject_at = [x.start for x in by_start]
    quotes: list[Quote] = []
    prev: tuple[QuoteSpan, Entity | None, str | None, int, str | None] | None = None  # span, speaker, cue, paragraph, name
    prev_at = -1  # where the clue of the previous quote's speaker was
    prev_end_q = -1
    known = {e.id for e in entities}
    for s in sorted(spans, key=lambda x: x.start):
        quoted = text[s.start : s.end]
        evs = by_quote.get(s, [])
        para = _paragraph_of(text, s.start)
        ordered = _ordered(evs)
        best = ordered[0] if ordered else None
        if best is not None and best.rank >= 1 and best.rule == "verb" and prev is not None and prev[3] == para[0] \
                and prev[4] is not None and _resumes(text, prev[0], s) and not _tagged(text, s, best):
            best = None  # "“…,” Moore said. “…”": the second half is hers, not a verb's further on
        speaker: Entity | None = None
        name: str | None = None
        cue: str | None = None
        why = "none"
        rule: str | None = None  # the sieve that decided
        if best is not None:
            cue, rule = best.cue, best.sieve
            speaker, name = resolver.resolve(best.speaker)
            why = f"{best.rule}{best.rank}:{best.speaker.kind if best.speaker else '-'}:{best.speaker.text if best.speaker else ''}"
        sign = _signed(text, para, spans, sign_offs) if best is None and para[0] not in spoken else None
        if sign is not None:
            speaker, name = resolver.resolve(sign.speaker)
            cue, rule = sign.cue, sign.sieve
            why = f"signoff{sign.rank}:{sign.speaker.kind if sign.speaker else '-'}:{sign.speaker.text if sign.speaker else ''}"
        elif best is None or (name is None and best.speaker is None):
            # no speech verb around it: carry on from the previous quote, or a colon before it
            if prev is not None and prev[3] == para[0] and prev[4] is not None \
                    and not _other_subject(text, by_start, subject_at, max(prev[0].end, prev_at), s.start, prev[4]) \
                    and not _narrated(text, s, max(prev[0].end, prev_at)):
                speaker, name, cue = prev[1], prev[4], prev[2]
                why = rule = "same_paragraph"
            elif s.opens_line and prev is not None and prev[4] is not None and _continues(text, prev[0], s, spoken):
                speaker, name, cue = prev[1], prev[4], prev[2]
                why = rule = "continuation"
            elif s.opens_line:
                i = bisect_right(colon_at, s.start) - 1
                if i >= 0 and 0 < s.start - colon_ends[i].at < 400:
                    ce = colon_ends[i]
                    (speaker, name), cue, rule = resolver.resolve(ce.speaker), ce.cue, ce.sieve
                    why = "colon_end"
            if why == "none" and prev_end_q <= s.start:
                sub = _sentence_subject(text, by_start, subject_at, s, para, max(prev_end_q, 0))
                if sub is not None:
                    ent, nm = resolver.resolve(sub)
                    # a person the article names (not a capitalised word taken for a name), and
                    # words that are not a title
                    if ent is not None and ent.label == "PERSON" and ent.id in known \
                            and not looks_like_title(quoted) \
                            and not _SERVES_AS.search(text, max(0, s.start - 40), s.start):
                        speaker, name, cue = ent, nm, None
                        why, rule = "subject", "subject_fallback"
        if _not_words(quoted) or _named_work(text, s, quoted) or (
                have_model and not evs and name is None and s not in verbal and para[0] not in spoken
                and _scare(text, s, quoted)):
            continue
        if DEBUG is not None:
            DEBUG[s.start] = why
        quotes.append(
            Quote(id=f"q{len(quotes) + 1}", text=quoted, start=s.start, end=s.end, kind=kind_of(s, quoted),
                  speaker=speaker.id if speaker else None, speaker_name=name, cue=cue, rule=rule)
        )
        if why not in ("same_paragraph", "continuation"):
            prev_at = best.at if best is not None else sign.at if sign is not None else -1
        prev = (s, speaker, cue, para[0], name)
        prev_end_q = s.end
    return quotes


_NARRATION_OPENERS = frozenset("the a an this that these those it its there such".split())


def _narrated(text: str, s: QuoteSpan, lo: int) -> bool:
    """Is `s` a partial quote inside a later sentence of the writer's, with no speech of its own
    ("“…,” Doe noted. The choice was between going after him as “unfit” or …")?"""
    if not s.embedded:
        return False
    if not text[:lo].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        lo = _sentence_end(text, lo, s.start)
    sentence = text[lo : s.start].strip(" ”\"'»’“«‘`").split()
    if lo >= s.start or not sentence or re.search(r"\b(?:he|she|they|his|her|their|him|them)\b", text[lo : s.start], re.I):
        return False  # "Then he turned to “little” Rubio": still about the speaker
    # a sentence about a thing ("The choice was …", "It was …"), not about a person named first
    return sentence[0].lower() in _NARRATION_OPENERS


# "Lee served as “chief problem solver”": the subject is what the words name, not who says them
_SERVES_AS = re.compile(r"\b(?:serv|work|act|pos|doubl|function|ran|run|stand|stood)\w*\s+as\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?[“\"'‘«]*$")


def _sentence_subject(text: str, subjects: list[Subject], subject_at: list[int], s: QuoteSpan,
                      para: tuple[int, int], lo: int) -> Mention | None:
    """The person a quote with no speech around it goes on from: the named subject of its own
    sentence ("Reid has been pounding Trump as a “con artist”"), of the sentence just before it
    ("Berg is unconvinced. “Never.”"), or, for a paragraph that opens with a quotation, the subject
    opening the last sentence of the paragraph before ("He kept the lighthouse for years. ¶ “The wind …”")."""
    if s.opens_line:
        b = para[0] - 1
        while b > 0 and text[b - 1] in "\n\r \t":
            b -= 1
        a = text.rfind("\n", 0, b) + 1
        if b <= a or b <= lo or text[b - 1] not in ".!?":
            return None
        start = a
        while True:  # the last sentence of that paragraph
            nxt = _sentence_end(text, start, b)
            if nxt >= b:
                break
            start = nxt
        if any(c in text[start:b] for c in "“”\"«»") or "''" in text[start:b]:
            return None
        word = re.match(r"(He|She)\b", text[start:b])
        if word:
            return Mention(start, start + len(word.group(1)), word.group(1), word.group(1).lower(), "pronoun")
        k = bisect_right(subject_at, b) - 1
        if k >= 0 and subjects[k].start == start and not subjects[k].embedded:
            sub = subjects[k]
        else:
            return None
        last = sub.name.split()[-1]
        if any(not x.embedded and last not in x.name for x in subjects[bisect_right(subject_at, a - 1) : k]):
            return None  # "Trump arrived late. Clinton left early. ¶ “…”": two people, no telling which
    else:
        k = bisect_right(subject_at, s.start - 1) - 1
        # not a reported clause's subject, nor a name in brackets ("Reid (D-Nev.)")
        while k >= 0 and (subjects[k].embedded
                          or text.rfind("(", para[0], subjects[k].start) > text.rfind(")", para[0], subjects[k].start)):
            k -= 1
        if k < 0 or subjects[k].start < max(lo, para[0]):
            return None
        sub = subjects[k]
        ends = _sentence_end(text, sub.end, s.start)
        if s.embedded:
            between = text[sub.end : s.start]
            if ends < s.start or between.startswith(",") and "," not in between[1:]:
                return None  # (or "Santilli, a self-styled "new-media" journalist": a word of his description)
        elif ends >= s.start:
            # "Trump also embraced torture -- “…”": a quote the subject's own sentence introduces
            # with a dash or a colon (not "Doe, who …, “…”")
            if not text[sub.end : s.start].rstrip(" “\"'«‘`").endswith(("--", "—", "―", ":")):
                return None
        elif _sentence_end(text, ends, s.start) < s.start:
            return None  # only the sentence just before a quote that opens its own
    return Mention(sub.start, sub.end, sub.name, sub.name.split()[-1].lower(), "name")


def _other_subject(text: str, subjects: list[Subject], subject_at: list[int], lo: int, hi: int, name: str) -> bool:
    """Does a sentence between the previous quote's attribution and this quote have another named
    subject ("“…,” said Moore. Reid has called Trump a “con artist”"): then the words are not hers."""
    own = {w.strip(".,").lower() for w in name.split() if len(w) > 2}
    if not text[:lo].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        lo = _sentence_end(text, lo, hi)  # not the attribution's own sentence ("said Doe, who leads Acme.")
    for k in range(bisect_right(subject_at, lo), bisect_right(subject_at, hi - 1)):
        sub = subjects[k]
        if sub.embedded or sub.end > hi:
            continue
        words = {w.strip(".,").lower() for w in sub.name.split() if w[:1].isupper()}
        if words and not words & own:
            return True
    return False


def _signed(text: str, para: tuple[int, int], spans: list[QuoteSpan],
            sign_offs: dict[int, Evidence]) -> Evidence | None:
    """The sign-off paragraph right after this one, when this paragraph ends with a quote."""
    if not sign_offs:
        return None
    nxt = para[1]
    while nxt < len(text) and text[nxt] in "\n\r \t":
        nxt += 1
    ev = sign_offs.get(nxt)
    if ev is None:
        return None
    last = max((q.end for q in spans if para[0] <= q.start < para[1]), default=para[0])
    return ev if not any(c.isalnum() for c in text[last : para[1]]) else None


_ABBREVIATIONS = frozenset("jr sr st lt col sgt capt gen sen rev vs mt ft no inc corp co".split())
_SENTENCE_END = re.compile(r"(\w*)[.!?…][”\"'’)]*\s+(?=[“\"‘'(]?[A-Z])")


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding `lo` ends (`hi` if it runs on): a stop not after a title or initial."""
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + 2)):
        if m.start() >= hi:
            break
        word = m.group(1)
        if len(word) == 1 and word.isupper() or word.lower() in TITLES or word.lower() in _ABBREVIATIONS:
            continue
        return m.end()
    return hi


def _resumes(text: str, prev: QuoteSpan, s: QuoteSpan) -> bool:
    """Does `s` open a new sentence right after the attribution of `prev` ("“…,” he said. “…”")?"""
    between = text[prev.end : s.start]
    if s.embedded or "\n" in between or len(between) > 120:
        return False
    tail = between.rstrip(" “\"'«‘`")
    if not tail.strip(" ”\"'»’") and text[prev.start : prev.end].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        return True  # "“… Itself.” “Remember …”": a second quotation right after one that ended a sentence
    return tail.endswith((".", "!", "?", ":"))


def _tagged(text: str, s: QuoteSpan, ev: Evidence) -> bool:
    """Is the clue a tag right after the quote, in its own sentence ("“…?” Maddow repeated")?"""
    if text[s.start : s.end].rstrip().endswith("."):
        return False  # the quote ended its sentence: what follows is a new one
    return ev.at > s.end and ev.distance <= 4 and not re.search(r"[.!?:;]", text[s.end : ev.at])


def _continues(text: str, prev: QuoteSpan, s: QuoteSpan, spoken: set[int]) -> bool:
    """Is `s` (opening its paragraph) a continuation of the quote `prev` in the paragraph before?

    Yes when the paragraph before ends with that quote's attribution, and this paragraph
    names no speaker for any of its quotes: a pure continuation of the same voice.
    """
    between = text[prev.end : s.start]
    if between.count("\n") > 2 or "\n" not in between:
        return False
    if _paragraph_of(text, s.start)[0] in spoken:
        return False
    tail = between[: between.index("\n")]
    return len(tail) < 250


_WORK_NOUNS = frozenset(
    "book books memoir novel song songs album film films movie movies show shows series program programme "
    "documentary podcast episode column op-ed essay article headline play musical poem hit single titled "
    "entitled autobiography biography anthem hymn ballad tune sitcom drama comedy report study speech".split()
)
# "the ''Access Hollywood'' tape", "his ''Keepin' It Real'' radio program": a name used as a modifier
_AFTER_WORK = _WORK_NOUNS | frozenset("tape tapes video radio cap hat ratings franchise revival reboot".split())
_WORK_PREPS = frozenset("on in of at from to titled entitled named via".split())


def _not_words(quoted: str) -> bool:
    """A number, date, handle or address in quotation marks: nobody's words."""
    t = quoted.strip(" .,")
    return sum(c.isalpha() for c in t) < 2 or (" " not in t and any(x in t for x in ("@", "://", "www.", ".com")))


def _named_work(text: str, s: QuoteSpan, quoted: str) -> bool:
    """A title after a preposition: "said on “Fox News Sunday”", "the author of “Hacked World Order”"."""
    before = text[max(0, s.start - 40) : s.start].rstrip(" “\"'«‘`(").split()
    if before and before[-1].lower().strip(",:") in ("titled", "entitled") \
            and looks_like_title(quoted.rstrip(" ?!")):
        return True  # "an ad titled “Unifier?”"
    # "CBS' ''60 Minutes''", "“Fox & Friends”": a number opening a title, an ampersand inside one
    if not looks_like_title(re.sub(r"^\d+\s+(?=[A-Z])", "", quoted.strip()).replace(" & ", " and ")):
        return False
    after = text[s.end : s.end + 30].lstrip(" ”\"'»’`").split()
    if after and not re.search(r"[.,;:!?]$", quoted.rstrip(" ”\"'»’")) and after[0].lower() in _AFTER_WORK:
        return True  # "the ''Access Hollywood'' tape"
    if not before:
        return False
    if before[-1].lower() in _WORK_PREPS or before[-1].lower().endswith(("’s", "'s", "s'", "s’")) \
            or re.search(r"s['’]\s*(?:''|[“\"‘'«`])\s*$", text[max(0, s.start - 12) : s.start], re.I):
        return True  # "CBS' ''60 Minutes''": the opening marks took the possessive's apostrophe
    # "his memoir, “An American Son”", "the song “A Change Is Gonna Come”"
    return any(w.lower().strip(",.:;") in _WORK_NOUNS for w in before[-3:])


def _scare(text: str, s: QuoteSpan, quoted: str) -> bool:
    """Quoted words with nobody saying them: a term, a nickname or a title."""
    if looks_like_title(quoted):
        return True
    return s.embedded and len(quoted.split()) <= 4
