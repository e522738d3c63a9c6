"""Entity mentions of one block: spaCy's entities read once, reduced to plain `Mention` records.

A name in news comes wrapped in titles, articles, possessives and brackets; `collect` keeps the
name proper and records the title, apposition and the evidence later steps weigh (a title word
before it, Title Case around it, its syntactic role). No spaCy object outlives the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.nlp import lexicon
from reader.nlp.entities import roles
from reader.nlp.entities.names import ARTICLES, is_first_name

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# Labels whose mentions are read for a title before them (a person, or a person mislabelled).
TITLED_LABELS = {"PERSON", "ORG"}
NOT_NAME_POS = {"VERB", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ"}
COMPOUND_TAILS = lexicon.words("compound_tails")
GLUED_POSSESSIVE = re.compile(r"[’‘'`]s$")
POSSESSIVE = ("'s", "’s", "'", "’")
# "the city of Kharkiv": the noun before "of" says what the name is.
PLACE_NOUNS = lexicon.words("place_nouns")
MONTHS = lexicon.table("months")
WEEKDAYS = lexicon.table("weekdays")
# "said", "told": what people do and things seldom do (the wider list has "weigh", "show", "note").
SAY_FORMS = frozenset(lexicon.inflections("say") | lexicon.inflections("tell"))


@dataclass(frozen=True, slots=True)
class Mention:
    """One NER mention, reduced to strings and offsets (no spaCy objects)."""

    start: int  # the name proper: no title, article or possessive
    end: int
    text: str  # the name as written, brackets removed ("Vladimir Putin")
    label: str
    role: str | None = None  # title phrase before or inside the name ("UK Prime Minister")
    appos: str | None = None  # apposition ("the Foreign Ministry spokeswoman")
    honorific: str | None = None  # "mr", "mrs", "sir"...
    titled: bool = False  # a title word stands right before the name: evidence of a person
    proper: bool = True  # every word of the name is capitalized (else it is not a name)
    title_form: str | None = None  # "President Donald Trump", "Sir Keir Starmer"
    initial: bool = False  # starts its sentence (title words included) with no office title vouching for it
    dep: str = ""  # the name's syntactic role: "nsubj", "poss", "compound", "pobj:on"...
    plural: bool = False  # a plural proper noun ("Latinos", "Greeks"): a group, not one person
    headline: bool = False  # in the title or a Title-Cased line, where NER guesses names from capitals
    heading: bool = False  # in a short block (a heading, a signature): a name may carry a stray word
    determined: bool = False  # "the" or "a" right before the name, no title between: "the Miami Herald"
    next_noun: str = ""  # a common noun right after the name: "Mercy Abbott hospital", "Beamcast controller"
    appos_noun: str = ""  # the noun the name stands in apposition to: "website" (the … website Full Fact)
    dateline: bool = False  # "CHESTER, England —" opening a paragraph: a place, however it is tagged
    governor: str = ""  # for the object of a preposition, the word the preposition hangs on: "trip" (to X)
    modified: bool = False  # an article, then only lower-case modifiers: "the new Velmar Pro", "a 16-inch Pixel"
    numbered: bool = False  # a model number right after the name: "Velmar 3", "Skyhawk Q4"
    says: bool = False  # the subject of "say" or "tell": "Ann Ruiz said", "said Ann Ruiz" (things say little)


def _name_text(tokens: list[Any]) -> str:
    parts = "".join(" " if t.text in roles.BRACKETS and t.text not in "'’" else t.text_with_ws for t in tokens)
    return " ".join(parts.split()).lstrip("-–—")


def is_proper(name: str) -> bool:
    """Every word of the name capitalized (particles and suffixes aside), no digits or handles."""
    words = name.split()
    if not words or not any(p[:1].isupper() for p in words[-1].split("-")):
        return False  # "Clinton’s van": a name ends on a capitalized word ("al-Assad", "Geun-hye" do)
    if any(c.isdigit() or c in "@#/_" for c in name):
        return False  # "Twitter @IanHanchett", "ChairmanCash2016"
    for w in words:
        first, *rest = w.split("-")
        if first[:1].islower() and first.lower() not in roles.PARTICLES and roles.word(first) not in roles.SUFFIXES:
            return False  # "al-Assad" and "de Blasio" are names; "anti-tank" is not
        if any(r.lower() in COMPOUND_TAILS for r in rest):
            return False  # "Netflix-free", "Kremlin-backed"; "Geun-hye" is a name
    return not name.islower()


def _dep(tok: Any) -> str:
    """The name's syntactic role. A later item of a list after "on" or "via" takes the first
    item's ("on Facebook, Twitter and Instagram": all three are "pobj:on", media); elsewhere the
    parser's lists are too loose to trust ("voted for Ann Lee in 2008 and Tom Berg in 2012")."""
    first, hops = tok, 0
    while first.dep_ == "conj" and first.head.i != first.i and hops < 8:
        first, hops = first.head, hops + 1
    if hops and first.dep_ == "pobj" and first.head.lower_ in ("on", "via"):
        return f"pobj:{first.head.lower_}"
    d = tok.dep_
    if d == "pobj" or d == "dobj":
        return f"{d}:{tok.head.lower_}"
    if d in ("compound", "nmod"):
        return "compound" if tok.head.pos_ == "NOUN" else "name"
    return d


def _is_headline(doc: Any, text: str | None = None) -> bool:
    """Most longer words capitalized: a title, heading or sentence in Title Case. (`doc` may be
    a sentence Span; `text` its text when the caller has it cheaply.)"""
    if len(doc) > 80:
        return False
    if text is None:
        text = doc[:40].text
    rough = [w for w in text[:240].split() if len(w) > 3 and w[:1].isalpha()]
    if sum(w[:1].isupper() for w in rough) < 0.5 * len(rough):
        return False  # most words in lower case: plain prose (the common case, decided cheaply)
    # names are capitalized anyway: look at the other words (and not inside quotes)
    words = [t.text for t in doc[:24] if not t.ent_type and len(t.text) > 3 and t.is_alpha and not t.is_sent_start]
    words = words[:10]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _name_tokens(doc: Any, e: Any, label: str) -> list[Any]:
    """The tokens of the name proper: no article, brackets, possessive, or verb the tagger ran in."""
    toks = list(e)
    while toks and (toks[0].lower_ in ARTICLES or toks[0].is_punct or toks[0].text in roles.BRACKETS):
        toks.pop(0)
    while toks and (toks[-1].tag_ == "POS" or toks[-1].text in POSSESSIVE or toks[-1].is_punct
                    and not toks[-1].text.endswith(".")):
        toks.pop()
    for k, t in enumerate(toks):  # "John Podesta’s Gmail": the name ends at its possessive
        if k and (t.tag_ == "POS" or t.text in ("’s", "'s")):
            toks = toks[:k]
            break
    if label == "PERSON":  # "Follow Pam Key", "Clinton Said": verbs and particles are not names
        while len(toks) > 1 and toks[0].pos_ in NOT_NAME_POS:
            toks.pop(0)
        while len(toks) > 1 and toks[-1].pos_ in NOT_NAME_POS:
            toks.pop()
    if toks and label == "PERSON" and toks[0].i == e.start:
        # "His daughter, Siobhan Keane": a first name the tagger left out of the name is not a title
        j = e.start - 1
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].dep_ == "compound" \
                and e.start <= doc[j].head.i < e.end and not roles.is_title(doc[j].text) \
                and is_first_name(doc[j].text):
            toks.insert(0, doc[j])
            j -= 1
    return toks


def _title_form(title_toks: list[Any], name: str) -> str | None:
    """The name with the title words right before it ("President Donald Trump"), as an alias."""
    run: list[str] = []
    for t in reversed(title_toks):
        if roles.is_title(t.text) and (t.text[:1].isupper()) or t.text in ("-", "–") and run:
            run.insert(0, t.text_with_ws if t.text not in ("-", "–") else "-")
            if roles.word(t.text) in roles.HONORIFICS:
                break
        else:
            break
    return roles.SPACED_HYPHEN.sub("-", "".join(run)).strip() + " " + name if run else None


def _titles(doc: Any, e: Any, label: str, toks: list[Any], parsed: bool) -> tuple[list[Any], list[Any]]:
    """(title tokens before or inside the name, the name tokens without them)."""
    inner: list[Any] = []
    if label in TITLED_LABELS and len(toks) > 1:
        inner, rest = roles.split_title(toks, strict=label != "PERSON")
        if inner and (label == "PERSON" or all(t.is_title or t.is_punct for t in rest)):
            toks = rest
        else:
            inner = []
    before = roles.role_before(doc, e.start, e.end) if label in TITLED_LABELS and parsed else []
    return before + inner, toks


def _dateline(doc: Any, toks: list[Any]) -> bool:
    """The name opens its block in capitals and a comma, dash or bracket follows: a dateline city."""
    first = toks[0].i
    if any(not t.is_punct for t in doc[:first]) or not all(t.is_upper or not t.is_alpha for t in toks):
        return False
    nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    return nxt is not None and nxt.text in (",", "—", "–", "-", "(", "--", ".")  # (the parser sees "—" as ".")


def _determined(doc: Any, e: Any, toks: list[Any]) -> bool:
    """An article stands right before the name: names of people take none ("the Denver Post").
    (In "the Trump administration" the article is the noun's, not the name's.)"""
    last = toks[-1]
    if last.dep_ in ("compound", "nmod", "amod", "poss") and last.head.i > last.i:
        return False
    if e[0].lower_ in ("the", "a", "an") and e[0].i < toks[0].i:
        return True
    i = toks[0].i - 1
    return i >= 0 and doc[i].lower_ in ("the", "a", "an") and doc[i].i < e.start


def _modified(doc: Any, toks: list[Any]) -> bool:
    """An article, then only lower-case words that are no person nouns before the name: "the new
    Velmar Pro", "a 16-inch Velmar Pro", "the smaller, more portable Switch". How a thing is
    picked out; a person so described is titled ("the new coach Ann Ruiz"). (In "a former Obama
    aide" the words describe the aide.)"""
    last = toks[-1]
    if last.dep_ in ("compound", "nmod", "amod", "poss") and last.head.i > last.i:
        return False
    i, seen = toks[0].i - 1, 0
    while i >= 0 and seen < 6:
        t = doc[i]
        if t.lower_ in ("the", "a", "an"):
            return seen > 0
        if t.text in (",", "-", "–") and seen or t.like_num \
                or t.is_lower and (t.pos_ in ("ADJ", "ADV", "NUM") or t.pos_ == "NOUN" and not roles.is_person_noun(t.text)):
            seen += 1
            i -= 1
            continue
        return False
    return False


def _numbered(doc: Any, toks: list[Any]) -> bool:
    """A model number right after the name: "Skyhawk Q4", "Orvex ZX3418", "Velmar 3
    is staying". A bare number followed by anything but a verb is a count or a score ("Baker 6
    points", "Nadal 6-3", "27 Jo Marsh 487 0 0" in a table), a year ("Trump 2020") or a rating."""
    j = toks[-1].i + 1
    if j >= len(doc) or not doc[j].text.isalnum() or not any(c.isdigit() for c in doc[j].text):
        return False
    after = doc[j + 1] if j + 1 < len(doc) else None
    if doc[j].text.isdigit():
        return after is not None and after.pos_ in ("VERB", "AUX") and len(doc[j].text) < 4
    return any(c.isalpha() for c in doc[j].text) and (after is None or after.text not in ("-", "–", "/"))


class _Block:
    """What collect knows of the block as a whole: is it a title or heading, is it parsed, and
    which of its sentences are in Title Case (worked out once per sentence, when needed)."""

    def __init__(self, doc: Any, offset: int, title: bool | None = None) -> None:
        # the title (by default the text's first block) and short blocks (headings) are Title-Case
        # prone; a text whose first block is a paragraph says so (`title=False`).
        # (Title Case elsewhere is checked per sentence, and only around people: that is where it misleads.)
        self.title = offset == 0 if title is None else title
        # a heading: a few words, no verb ("Beyond Trump"); "Hillary Clinton has come up with one." is prose
        self.heading = len(doc) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in doc)
        self.parsed = doc.has_annotation("DEP")  # titles, appositions and Title-Case sentences need the parse
        self._titlecase: dict[int, bool] = {}

    def headline(self, e: Any, toks: list[Any]) -> bool:
        """A person's name in a Title-Cased line or in capitals: NER guesses names from capitals there."""
        if self.title or not self.parsed:
            return self.title
        sent = e.sent
        if sent.start not in self._titlecase:
            self._titlecase[sent.start] = _is_headline(sent)
        shouting = all(t.is_upper or t.is_punct for t in toks) \
            and sum(len(t) for t in toks) > 3  # "HUFFPOST", "JEB BUSH": confirmed by the body or dropped
        return self._titlecase[sent.start] or shouting


def collect(doc: Any, offset: int, title: bool | None = None) -> list[Mention]:
    """The entity mentions of one block, with the titles and descriptions around them. `title`
    says whether the block is the article's title (unsaid: the block at offset 0 is)."""
    out: list[Mention] = []
    if not doc.ents:
        return out
    block = _Block(doc, offset, title)
    for e in doc.ents:
        e = _named_date(doc, e) or _first_name_left_out(doc, e) or e
        m = _mention(doc, e, offset, block)
        if m is not None:
            out.append(m)
    return out


def _named_date(doc: Any, e: Any) -> Any:
    """A person's name the tagger read as a date because its surname is a word of time
    ("Australian Gregory Weeks", "Rhea Summers"): capitalized proper nouns only, opening (or
    right after) a known first name that is no month or weekday. The span as a PERSON, else None."""
    if e.label_ != "DATE" or not all(t.pos_ == "PROPN" and t.is_title for t in e):
        return None
    start = e.start
    if not is_first_name(e[0].text) and start > 0 and not doc[start - 1].ent_type_ \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1  # "Timothy" left out of the date "Weeks"
    first = doc[start].lower_
    if e.end - start < 2 or first in MONTHS or first in WEEKDAYS or not is_first_name(doc[start].text):
        return None
    return doc.char_span(doc[start].idx, e.end_char, label="PERSON")


def _first_name_left_out(doc: Any, e: Any) -> Any:
    """ "Odile Tamakian, a spokeswoman, said": the tagger called the surname a nationality or
    an organisation and left the first name out. The span with the known first name before it
    (untagged, a proper noun compounded to it), under the tagger's label: the labels weigh it
    as a name from there. Else None."""
    if e.label_ not in ("ORG", "NORP", "PRODUCT") or len(e) != 1 or e.start == 0:
        return None
    prev, tok = doc[e.start - 1], e[0]
    if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_title or not tok.is_title or prev.head.i != tok.i \
            or prev.dep_ != "compound" or not is_first_name(prev.text) or tok.tag_ in ("NNPS", "NNS"):
        return None  # ("Nordic Liberals": a plural is a group)
    return doc.char_span(prev.idx, e.end_char, label=e.label_)


def _mention(doc: Any, e: Any, offset: int, block: _Block) -> Mention | None:
    label = e.label_
    if label not in KEPT_LABELS:
        return None
    parsed = block.parsed
    root = e.root if label in TITLED_LABELS or label in ("FAC", "NORP") else None
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in PLACE_NOUNS:
        label = "GPE"
    toks = _name_tokens(doc, e, label)
    if not toks:
        return None
    headline = block.headline(e, toks) if label == "PERSON" else block.title
    title_toks, toks = _titles(doc, e, label, toks, parsed)
    role = None
    if title_toks:
        role = roles.clean_role(doc[title_toks[0].i : toks[0].i].text) or None  # (Doc.text joins every token)
    title_test = roles.is_title if label == "PERSON" else roles.is_person_title
    titled = bool(title_toks) and title_test(title_toks[-1].text) and title_toks[-1].lower_ != "of"
    name = _name_text(toks)
    start_char = toks[0].idx + len(toks[0].text) - len(toks[0].text.lstrip("-–—"))  # "-Michelle Marks"
    end_char = toks[-1].idx + len(toks[-1].text)
    glued = GLUED_POSSESSIVE.search(name)
    if glued and len(name) > 3:
        name = name[: glued.start()]
        end_char -= 2
    appos = None
    if root is not None and parsed and label in TITLED_LABELS and (e.end < len(doc) and doc[e.end].text == ","
                                                                    or root.dep_ == "appos"):
        appos = roles.appositive(e)
    after = doc[e.end] if e.end < len(doc) else None
    head = toks[-1].head
    return Mention(
        determined=not title_toks and _determined(doc, e, toks),
        dateline=_dateline(doc, toks),
        appos_noun=head.lower_ if toks[-1].dep_ == "appos" and head.pos_ == "NOUN" else "",
        next_noun=after.lower_ if after is not None and after.pos_ == "NOUN" and after.is_lower else "",
        modified=not titled and _modified(doc, toks), numbered=_numbered(doc, toks),
        says=toks[-1].dep_ == "nsubj" and toks[-1].head.lower_ in SAY_FORMS,
        governor=head.head.lower_ if parsed and toks[-1].dep_ == "pobj" and head.i != head.head.i else "",
        start=offset + start_char, end=offset + end_char, text=name,
        label=label, role=role, appos=appos, honorific=roles.honorific([t.text for t in title_toks]), titled=titled,
        proper=is_proper(name), title_form=_title_form(title_toks, name) if titled else None,
        headline=headline, heading=block.heading,
        plural=len(toks) == 1 and toks[0].tag_ in ("NNPS", "NNS"),
        dep=_dep(toks[-1]) if label == "PERSON" else "",
        initial=label == "PERSON" and parsed and (title_toks or toks)[0].is_sent_start
        and not (title_toks and roles.is_person_title(title_toks[-1].text)),
    )
