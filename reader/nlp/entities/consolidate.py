"""Named entities: per-block mentions from spaCy NER, consolidated into one entity per thing.

`collect` reads one block's Doc and keeps light `Mention` records (the name proper, the title
or description around it); `consolidate` works at document level on those records only:
labels by evidence and majority, people clustered by name (full name, surname, possessive,
diacritics), places by country code, junk dropped, roles chosen. Entity ids follow the
reading order of first mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reader.analysis import Entity, Span
from reader.nlp.entities import places, roles
from reader.nlp.entities.places import fold

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# Labels a mislabelled person name shows up under ("Trump" as ORG, "Olaf Scholz" as ORG).
PERSONISH = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"}
PLACE_LABELS = {"GPE", "LOC"}
# Labels under which NER files person names it does not know ("Sean Hannity" as ORG).
NAME_LIKE_LABELS = {"ORG", "NORP", "LOC", "PRODUCT"}
# Labels whose mentions are read for a title before them (a person, or a person mislabelled).
TITLED_LABELS = {"PERSON", "ORG"}
# When a cluster's votes tie, the likelier reading wins.
LABEL_PRIORITY = ["PERSON", "GPE", "ORG", "FAC", "LOC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"]
NOT_NAME_POS = {"VERB", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ"}
CAPITALIZED = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*")
COMPOUND_TAILS = {"free", "based", "led", "backed", "funded", "style", "like", "type", "era", "wing", "born",
                  "run", "owned", "made", "friendly", "related", "linked", "allied", "aligned", "bound", "minded"}
GLUED_POSSESSIVE = re.compile(r"[’‘'`]s$")
LAST_WORD = re.compile(r"([\w.-]+)$")
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")  # "U.N." is not the "Un" of Kim Jong Un
POSSESSIVE = ("'s", "’s", "'", "’")
ARTICLES = ("the", "a", "an")
# "the city of Kharkiv": the noun before "of" says what the name is.
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "state", "county", "port",
               "island", "district", "republic", "kingdom", "country", "suburb", "neighbourhood", "neighborhood"}
# Last words that make a capitalized phrase an organisation or a thing, not a person.
ORG_HEADS = {
    "network", "networks", "coal", "strategies", "strategy", "grants", "grant", "consult", "consulting", "group",
    "inc", "corp", "co", "llc", "ltd", "plc", "company", "partners", "associates", "foundation", "institute",
    "center", "centre", "university", "college", "school", "news", "times", "journal", "bank", "fund",
    "party", "committee", "council", "association", "agency", "department", "ministry", "office", "media",
    "holdings", "capital", "energy", "airlines", "airways", "motors", "technologies", "systems", "labs",
    "pharmaceuticals", "club", "project", "act", "plan", "program", "programme", "report", "show", "says",
    "equality", "county", "city", "state", "republic", "realty",
    "coalition", "union", "federation", "alliance", "campaign", "administration", "court", "commission",
    "board", "service", "services", "force", "army", "navy", "police", "church", "hospital", "trust", "press",
    "magazine", "channel", "radio", "tv", "studios", "records", "entertainment", "games", "foods", "brands",
    "hotel", "tower", "towers", "building", "plaza", "museum", "park", "bridge", "airport", "station", "avenue",
    "street", "road", "square", "stadium", "arena", "research", "assembly", "register", "observer",
    "resources", "decisions", "electric", "nation", "brothers", "sons", "scouts", "society", "speech",
    "debate", "rally", "summit", "convention", "caucus", "primary", "amendment", "treaty", "accord",
}
# Last words of place names.
PLACE_HEADS = {"beach", "lake", "bay", "valley", "coast", "springs", "falls", "heights", "hills", "atoll",
               "island", "islands", "river", "mountains", "mountain", "peninsula", "desert", "canyon", "harbor"}
# Nouns that introduce a thing, not a person: "the blood-testing company Theranos".
ORG_NOUNS = {"company", "firm", "startup", "service", "site", "website", "app", "platform", "network", "brand",
             "magazine", "newspaper", "paper", "outlet", "publication", "channel", "station", "bank", "fund",
             "group", "chain", "maker", "manufacturer", "retailer", "giant", "insurer", "lender", "airline",
             "carrier", "agency", "organization", "organisation", "nonprofit", "charity", "union", "party"}
WORK_NOUNS = {"show", "series", "sitcom", "film", "movie", "documentary", "book", "novel", "memoir", "album",
              "song", "program", "programme", "play", "musical", "opera", "game", "podcast", "drug", "product"}
QUOTE_MARKS = "\"“”'‘’«»"
# Offices that end a title, never a name: "Charlotte Mayor" is a title NER took for a name.
OFFICE_WORDS = {"mayor", "president", "senator", "governor", "minister", "secretary", "chancellor", "spokesman",
                "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo", "director", "commissioner",
                "ambassador", "candidate", "nominee", "premier", "attorney", "officer"}
NEAREST_WINDOW = 400  # chars: how far back "his successor" looks for the person meant


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


def _name_text(tokens: list[Any]) -> str:
    parts = "".join(" " if t.text in roles.BRACKETS and t.text not in "'’" else t.text_with_ws for t in tokens)
    return " ".join(parts.split()).lstrip("-–—")


def _is_proper(name: str) -> bool:
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


def collect(doc: Any, offset: int) -> list[Mention]:
    """The entity mentions of one block, with the titles and descriptions around them."""
    out: list[Mention] = []
    ents = doc.ents
    if not ents:
        return out
    # the text's first block is its title; short blocks are headings: both are Title-Case prone.
    # (Title Case elsewhere is checked per sentence, and only around people: that is where it misleads.)
    title = offset == 0
    # a heading: a few words, no verb ("Beyond Trump"); "Hillary Clinton has come up with one." is prose
    heading = len(doc) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in doc)
    parsed = doc.has_annotation("DEP")  # titles, appositions and Title-Case sentences need the parse
    titlecase: dict[int, bool] = {}  # sentence start -> is it a Title-Cased sentence
    for e in ents:
        label = e.label_
        if label not in KEPT_LABELS:
            continue
        root = e.root if label in TITLED_LABELS or label in ("FAC", "NORP") else None
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.head.head.lower_ in PLACE_NOUNS:
            label = "GPE"
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
        if not toks:
            continue
        if label == "PERSON" and toks[0].i == e.start:
            # "His daughter, Siobhan Keane": a first name the tagger left out of the name is not a title
            j = e.start - 1
            while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].dep_ == "compound" \
                    and e.start <= doc[j].head.i < e.end and not roles.is_title(doc[j].text) \
                    and _first_name(doc[j].text):
                toks.insert(0, doc[j])
                j -= 1
        headline = title
        if not headline and label == "PERSON" and parsed:
            sent = e.sent
            if sent.start not in titlecase:
                titlecase[sent.start] = _is_headline(sent)
            shouting = label == "PERSON" and all(t.is_upper or t.is_punct for t in toks) \
                and sum(len(t) for t in toks) > 3  # "HUFFPOST", "JEB BUSH": confirmed by the body or dropped
            headline = titlecase[sent.start] or shouting
        inner: list[Any] = []
        if label in TITLED_LABELS and len(toks) > 1:
            inner, rest = roles.split_title(toks, strict=label != "PERSON")
            if inner and (label == "PERSON" or all(t.is_title or t.is_punct for t in rest)):
                toks = rest
            else:
                inner = []
        before = roles.role_before(doc, e.start, e.end) if label in TITLED_LABELS and parsed else []
        title_toks = before + inner
        role = None
        if title_toks:
            role = roles.clean_role(doc[title_toks[0].i : toks[0].i].text) or None  # (Doc.text joins every token)
        words = [t.text for t in title_toks]
        hon = roles.honorific(words)
        title_test = roles.is_title if label == "PERSON" else roles.is_person_title
        titled = bool(title_toks) and title_test(title_toks[-1].text) and title_toks[-1].lower_ != "of"
        name = _name_text(toks)
        start_char = toks[0].idx + len(toks[0].text) - len(toks[0].text.lstrip("-–—"))  # "-Michelle Marks"
        end_char = toks[-1].idx + len(toks[-1].text)
        glued = GLUED_POSSESSIVE.search(name)
        if glued and len(name) > 3:
            name = name[: glued.start()]
            end_char -= 2
        title_form = None
        if titled:
            run: list[str] = []
            for t in reversed(title_toks):
                if roles.is_title(t.text) and (t.text[:1].isupper()) or t.text in ("-", "–") and run:
                    run.insert(0, t.text_with_ws if t.text not in ("-", "–") else "-")
                    if roles.word(t.text) in roles.HONORIFICS:
                        break
                else:
                    break
            if run:
                title_form = roles.SPACED_HYPHEN.sub("-", "".join(run)).strip() + " " + name
        appos = None
        if root is not None and parsed and label in TITLED_LABELS and (e.end < len(doc) and doc[e.end].text == ","
                                                            or root.dep_ == "appos"):
            appos = roles.appositive(e)
        out.append(Mention(
            start=offset + start_char, end=offset + end_char, text=name,
            label=label, role=role, appos=appos, honorific=hon, titled=titled,
            proper=_is_proper(name), title_form=title_form, headline=headline, heading=heading,
            plural=len(toks) == 1 and toks[0].tag_ in ("NNPS", "NNS"),
            dep=_dep(toks[-1]) if label == "PERSON" else "",
            initial=label == "PERSON" and parsed and (title_toks or toks)[0].is_sent_start
            and not (title_toks and roles.is_person_title(title_toks[-1].text)),
        ))
    return out


# ---------------------------------------------------------------- document level


def _words(text: str) -> list[str]:
    """Folded name words: "Donald J. Trump" -> ["donald", "j", "trump"]; "Müller" == "muller"."""
    return list(_words_cached(text))


@lru_cache(maxsize=4096)
def _words_cached(text: str) -> tuple[str, ...]:
    return tuple(w for w in fold(text).replace("'s", "").split() if w != "-")


def _core(words: list[str]) -> list[str]:
    """Without suffixes: what first/last-name matching looks at."""
    return [w for w in words if w not in roles.SUFFIXES]


@lru_cache(maxsize=4096)
def _core_key(text: str) -> str:
    """The folded name without suffixes, as one string: "donald trump"."""
    return " ".join(w for w in _words_cached(text) if w not in roles.SUFFIXES)


def _suffix(words: list[str]) -> str:
    return " ".join(w for w in words if w in roles.SUFFIXES)


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same surname and suffix, compatible first names
    ("Donald J. Trump" / "Donald Trump", "J.D. Vance" / "JD Vance", "J. Smith" / "John Smith")."""
    ca, cb = _core(a), _core(b)
    if not ca or not cb or ca[-1] != cb[-1] or _suffix(a) != _suffix(b):
        return False
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if len(short) >= 2 and long_[-len(short):] == short:
        return True  # "Guajardo Villarreal" / "Ildefonso Guajardo Villarreal"
    fa, fb = ca[0], cb[0]
    if min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)):
        return True  # "Joe Biden" / "Joseph R. Biden", "Chris" / "Christopher"
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _is_place(text: str) -> bool:
    return places.is_place_name(text)


@lru_cache(maxsize=4096)
def _first_name_gender(word: str) -> str:
    """'m', 'f' or '' for a first name (the quotes' first-name table, shared so it loads once)."""
    from reader.nlp.quotes import cues

    return cues.first_name_gender(word.strip(".")) or ""


def _first_name(word: str) -> bool:
    return bool(_first_name_gender(word))


def _name_like(m: Mention) -> bool:
    """An organisation or group mention that reads as a person's name: "Sean Hannity" tagged
    ORG. Two or three capitalized words starting with a known first name, no organisation word,
    not a place."""
    w = m.text.split()
    if not 2 <= len(w) <= 3 or not m.proper or "&" in m.text or m.text.isupper():
        return False
    if any(fold(x) in ORG_HEADS for x in w) or not all(x[:1].isupper() for x in w):
        return False
    if fold(w[0]) in roles.PARTICLES or any(places.country_code(x) for x in w):
        return False  # "Al Qaeda", "Caja China"
    return _first_name(w[0]) and not _is_place(m.text)


def _quoted(m: Mention, text: str) -> bool:
    """The whole name sits in quotation marks: a title ("''Twin Peaks''"), not a person."""
    before = text[max(0, m.start - 2) : m.start]
    after = text[m.end : m.end + 3].lstrip(",.")
    return bool(before) and before[-1] in QUOTE_MARKS and bool(after) and after[0] in QUOTE_MARKS \
        and m.end - m.start > 3


def _vote_labels(mentions: list[Mention], text: str) -> list[str | None]:
    """Each mention's label after evidence; None drops the mention (junk)."""
    labels: list[str | None] = []
    full: set[str] = set()
    surnames: set[str] = set()
    named = [m.label in NAME_LIKE_LABELS and _name_like(m) for m in mentions]
    for m, is_named in zip(mentions, named):
        if m.label == "PERSON" and m.proper or is_named:
            w = _core(_words(m.text))
            if len(w) >= 2 and w[-1] not in ORG_HEADS:
                full.add(" ".join(w))
                surnames.add(w[-1])
    person_keys = full | surnames
    # words of organisation names ("Patriot Coal"): alone, "Patriot" is that organisation
    org_words: set[str] = set()
    for m in mentions:
        if m.label in ("ORG", "PERSON") and len(_words(m.text)) > 1 and _words(m.text)[-1] in ORG_HEADS:
            w = _core(_words(m.text))
            if len(w) > 1:
                org_words.update(w)
    for m, is_named in zip(mentions, named):
        label: str | None = "PERSON" if is_named else m.label
        key = _core_key(m.text)
        if not key or not any(c.isalpha() for c in m.text) or text[max(0, m.start - 1) : m.start] in ("#", "@"):
            labels.append(None)  # no letters, or a hashtag or handle
            continue
        if label == "PERSON":
            if not m.proper:
                label = None
            elif " " in key and key.split()[-1] in PLACE_HEADS:
                label = "LOC"  # "Coco Beach", "Midway Atoll"
            elif " " in key and key.split()[-1] in ORG_HEADS:
                label = "ORG"  # "Patriot Coal", "Dish Network"
            elif key.split()[-1] in OFFICE_WORDS or " " not in key and key in roles.HONORIFICS:
                label = None  # "Charlotte Mayor": a title, not a name
            elif " " not in key and not m.titled and key not in person_keys and _is_place(m.text):
                label = "GPE"  # "Kyiv" read as a person
            elif m.plural and not m.titled and key not in person_keys:
                label = "NORP"  # "Latinos", "Greeks"
            elif " " not in key and not m.titled and key not in person_keys and key in org_words:
                label = "ORG"  # "Patriot" of "Patriot Coal"
            elif m.role and fold(m.role.split()[-1]) in ORG_NOUNS:
                label = "ORG"  # "the blood-testing company Theranos"
            elif m.role and fold(m.role.split()[-1]) in WORK_NOUNS or _quoted(m, text) \
                    and (" " in key or key not in surnames and not _first_name(key)):  # (not “Vito”, a nickname)
                label = "WORK_OF_ART"  # "the cult series Twin Peaks", ''Twin Peaks''
        elif (m.label in PERSONISH or m.label == "LAW") and m.label != "NORP" and m.proper \
                and not ACRONYM.match(m.text):  # ("Roe" tagged LAW in a story about Jane Roe)
            if key in person_keys and not (m.label in PLACE_LABELS and _is_place(m.text)):
                label = "PERSON"
            elif m.titled and m.label != "GPE" and not _is_place(m.text):
                label = "PERSON"  # "Chancellor Olaf Scholz" read as an organisation
            elif m.titled and m.label == "GPE" and not _is_place(m.text) and m.text[:1].isupper():
                label = "PERSON"
        if label is not None and label != "PERSON" and not any(c.isupper() for c in m.text):
            label = None  # lowercase "names" are not names
        labels.append(label)
    # a name tagged PERSON here and ORG there: the majority of its mentions decides
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if labels[i] in PERSONISH and labels[i] != "NORP":
            groups[_core_key(m.text)].append(i)
    for key, idx in groups.items():
        votes = [labels[i] for i in idx]
        if len(set(votes)) > 1 and "PERSON" in votes:
            titled = any(mentions[i].titled for i in idx)
            winner = "PERSON" if titled else _choose_label(votes)  # type: ignore[arg-type]
            for i in idx:
                labels[i] = winner
        elif votes[0] == "PERSON" and " " not in key and key not in person_keys \
                and all(mentions[i].dep in ("pobj:on", "pobj:via") and not mentions[i].titled for i in idx):
            for i in idx:
                labels[i] = "ORG"  # only ever "on Twitter": a medium, not a person
    return labels


def _cluster_people(idx: list[int], mentions: list[Mention]) -> list[list[int]]:
    """Group person mentions: full names first; then each surname (or unique first name) goes to
    a compatible full name already introduced, the nearest before it when two people share it.
    A surname used before any full name of it is its own person at first ("President Obama" in
    a story that later names Michelle Obama); it joins the full name at the end unless it was
    clearly used for someone else before that full name came."""
    clusters: list[list[int]] = []
    names: list[list[str]] = []  # each cluster's fullest folded name
    singles: list[int] = []
    by_last: dict[str, list[int]] = defaultdict(list)  # compatible names share their last word
    for i in idx:
        w = _words(mentions[i].text)
        core = _core(w)
        if len(core) >= 2:
            for c in by_last[core[-1]]:
                if _compatible(w, names[c]):
                    clusters[c].append(i)
                    if len(w) > len(names[c]):
                        names[c] = w
                    break
            else:
                by_last[core[-1]].append(len(clusters))
                clusters.append([i])
                names.append(w)
        else:
            singles.append(i)
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    for c, cw in enumerate(names):
        core = _core(cw)
        by_surname[core[-1]].append(c)
        by_first[core[0]].append(c)
    intro = [min((mentions[i].start for i in cl if not mentions[i].headline),
                 default=min(mentions[i].start for i in cl)) for cl in clusters]

    def full_candidates(w: list[str]) -> list[int]:
        cands = by_surname.get(w[-1], []) if w else []
        if len(w) > 1:  # "von der Leyen": the whole tail must match
            cands = [c for c in cands if _core(names[c])[-len(w):] == w]
        if not cands and len(w) == 1 and len(by_first.get(w[0], [])) == 1 and w[0] not in by_surname:
            cands = by_first[w[0]]
        return cands

    standalone: dict[tuple[str, str], int] = {}
    for i in singles:
        m = mentions[i]
        words = _words(m.text)
        w = _core(words)
        key = (" ".join(w), _suffix(words))
        cands = [c for c in full_candidates(w) if intro[c] <= m.start or m.headline]
        # "Trump Jr." is the son, a bare "Trump" the one without a suffix, when both are named
        cands = [c for c in cands if _suffix(names[c]) == key[1]] or cands
        if key in standalone:
            cands.append(standalone[key])
        if cands:
            clusters[_likeliest(cands, clusters, mentions, m)].append(i)
        else:
            standalone[key] = len(clusters)
            clusters.append([i])
            names.append(w)
    # a surname first used alone joins its full name unless it was someone else's before
    merged: set[int] = set()
    for (key, sfx), s_idx in standalone.items():
        fulls = full_candidates(key.split())
        fulls = [c for c in fulls if _suffix(names[c]) == sfx] or fulls
        if len(fulls) != 1:
            continue  # two full names share it: which one it was is anyone's guess
        f = fulls[0]
        gs = _cluster_gender(clusters[s_idx], mentions)
        gf = _cluster_gender(clusters[f], mentions) if gs else ""
        before = sum(1 for i in clusters[s_idx] if mentions[i].start < intro[f] and not mentions[i].headline)
        if gs and gf and gs != gf or before >= 3 and len(clusters[f]) < len(clusters[s_idx]):
            continue
        clusters[f].extend(clusters[s_idx])
        merged.add(s_idx)
    return [cl for c, cl in enumerate(clusters) if c not in merged]


def _likeliest(cands: list[int], clusters: list[list[int]], mentions: list[Mention], m: Mention) -> int:
    """Among clusters that share a surname: the one whose honorifics agree ("Mrs. Clinton"),
    then the one named nearest before."""
    if len(cands) == 1:
        return cands[0]
    if m.role:  # "Senator Cruz" is the senator, not his wife
        words = roles.role_key_words(m.role) - roles.VAGUE_ROLE_WORDS
        fitting = [c for c in cands if any(words & roles.role_key_words(mentions[i].role or mentions[i].appos or "")
                                           for i in clusters[c])]
        cands = fitting or cands
    gender = roles.HONORIFICS.get(m.honorific or "", "")
    if gender:
        ranked = {c: _cluster_gender(clusters[c], mentions) for c in cands}
        same = [c for c in cands if ranked[c] == gender]
        unknown = [c for c in cands if not ranked[c]]
        cands = same or unknown or cands
    return _nearest(cands, clusters, mentions, m.start)


def _cluster_gender(cluster: list[int], mentions: list[Mention]) -> str:
    """'m', 'f' or '': from an honorific ("Mrs. Clinton"), else from a first name ("Bill")."""
    for i in cluster:
        if mentions[i].honorific:
            return roles.HONORIFICS.get(mentions[i].honorific, "")
    for i in cluster:
        w = mentions[i].text.split()
        if len(w) >= 2:
            return _first_name_gender(w[0])
    return ""


def _nearest(cands: list[int], clusters: list[list[int]], mentions: list[Mention], pos: int) -> int:
    """The candidate cluster named closest before `pos` (else closest after, else the biggest)."""
    best, best_d = cands[0], None
    for c in cands:
        for i in clusters[c]:
            s = mentions[i].start
            d = pos - s if s <= pos else 10 * (s - pos)  # a later mention counts, but less
            if best_d is None or d < best_d:
                best, best_d = c, d
    return best


def _place_key(m: Mention, label: str) -> str:
    if label in PLACE_LABELS or label in ("ORG", "FAC"):
        code = places.country_code(m.text)
        if code:
            return "country:" + code
    w = _words(m.text)
    while w and w[0] in ARTICLES:
        w.pop(0)
    if label == "NORP" and w and w[-1].endswith("s") and len(w[-1]) > 3:
        w[-1] = w[-1][:-1]  # "Republicans" / "Republican"
    return " ".join(w)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in ("of", "the", "and", "for", "&") and w[:1].isalpha())


def _choose_label(votes: list[str]) -> str:
    counts = Counter(votes)
    top = max(counts.values())
    return min((l for l, n in counts.items() if n == top), key=lambda l: LABEL_PRIORITY.index(l)
               if l in LABEL_PRIORITY else len(LABEL_PRIORITY))


def _display_person(cluster: list[int], mentions: list[Mention]) -> str:
    forms = Counter(mentions[i].text for i in cluster)
    first = {}
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        first.setdefault(mentions[i].text, mentions[i].start)
    # the most used full name ("Alicia Machado" over a once-seen "Universe Alicia Machado"), then the longest
    return max(forms, key=lambda f: (not f.isupper(), len(_core(_words(f))) >= 2, forms[f], len(_core(_words(f))),
                                     any(ord(c) > 127 for c in f), -first[f]))


def _display_other(cluster: list[int], mentions: list[Mention], key: str) -> str:
    forms = Counter(_strip_article(mentions[i].text) for i in cluster)
    if key.startswith("country:") and all(places.CODE.match(f) for f in forms):
        return places.country_name(key.split(":", 1)[1])
    return max(forms, key=lambda f: (not places.CODE.match(f), len(f.split()), forms[f]))


def _strip_article(text: str) -> str:
    head, _, rest = text.partition(" ")
    return rest if head.lower() in ARTICLES and rest else text


def _choose_role(cluster: list[int], mentions: list[Mention], clusters_of: dict[int, int],
                 person_mentions: list[int]) -> str | None:
    role: str | None = None
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        m = mentions[i]
        cand = m.role if m.role and roles.role_key_words(m.role) else m.appos
        if not cand:
            continue
        cand = _resolve_possessive(cand, m, clusters_of, person_mentions, mentions)
        if role is None:
            role = cand
        elif roles.role_key_words(role) < roles.role_key_words(cand):
            role = cand  # a later, fuller form of the same role ("President" -> "US President")
    return role


def _resolve_possessive(role: str, m: Mention, clusters_of: dict[int, int], person_mentions: list[int],
                        mentions: list[Mention]) -> str:
    """ "his successor" -> "Scholz's successor": the person named just before, not this one."""
    first, _, rest = role.partition(" ")
    if first.lower() not in ("his", "her", "their") or not rest:
        return role
    me = None
    for i in person_mentions:
        if mentions[i] is m:
            me = clusters_of[i]
    prev = None
    for i in person_mentions:
        p = mentions[i]
        if p.start >= m.start:
            break
        if clusters_of[i] != me and m.start - p.end <= NEAREST_WINDOW:
            prev = p
    if prev is None:
        return role
    return f"{prev.text.split()[-1]}'s {rest}"


def _extra_mentions(surnames: list[tuple[str, str]], covered: list[tuple[int, int]], text: str) -> dict[str, list[Span]]:
    """Surnames spaCy did not tag ("… said Vance."): exact-case occurrences outside any other
    entity, not glued to another capitalized word, added to that person. A surname two people
    share is left alone: which one is meant needs more than the text around it."""
    owners: dict[str, str] = {}
    shared: set[str] = set()
    for key, surname in surnames:
        if surname in owners and owners[surname] != key:
            shared.add(surname)
        owners.setdefault(surname, key)
    for surname in shared:
        del owners[surname]
    if not owners:
        return {}
    mask = bytearray(len(text))
    for s, e in covered:
        mask[s:e] = b"\x01" * (e - s)
    found: dict[str, list[Span]] = defaultdict(list)
    if len(owners) <= 12:  # a few names: str.find per name is fastest
        for surname, owner in owners.items():
            s = text.find(surname)
            while s >= 0:
                e = s + len(surname)
                if _extra_ok(text, mask, s, e):
                    found[owner].append(Span(s, e))
                s = text.find(surname, e)
        return found
    for mo in CAPITALIZED.finditer(text):  # many (a long text): one pass over the capitalized words
        word = mo.group()
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
        owner = owners.get(word)
        if owner is not None:
            s = mo.start()
            if _extra_ok(text, mask, s, s + len(word)):
                found[owner].append(Span(s, s + len(word)))
    return found


def _extra_ok(text: str, mask: bytearray, s: int, e: int) -> bool:
    """Is this occurrence of a surname a mention of its person?"""
    if s and (text[s - 1].isalnum() or text[s - 1] in "’'-") or e < len(text) and (text[e].isalnum() or text[e] == "-"):
        return False  # part of a longer word
    if any(mask[s:e]):
        return False  # inside an entity already
    after = text[e : e + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False  # "Trump Tower", "Clinton Foundation": another name
    before = text[max(0, s - 30) : s].rstrip(" ")
    prev_word = LAST_WORD.search(before)
    if prev_word and prev_word.group(1)[:1].isupper() and not roles.is_title(prev_word.group(1)) \
            and before[-1:] not in ".!?\"“”\n:":
        return False  # "Ivanka Trump" is someone else when spaCy did not say so
    return True


def _key(text: str) -> str:
    w = _core(_words(text))
    while w and w[0] in ARTICLES:
        w.pop(0)
    return " ".join(w)


def _confirm_headlines(mentions: list[Mention], text: str) -> list[Mention]:
    """Title Case lines fool NER ("Obama Says", "Rip Donald Trump"): a mention there counts only
    when the body names it too, trimmed to the body's name where it is part of a longer guess."""
    if not any(m.headline or m.heading for m in mentions):
        return mentions
    body = [m for m in mentions if not (m.headline or m.heading)]
    if not body:
        return mentions  # nothing to check against: a one-block text
    keys = {_key(m.text) for m in body}
    person_parts: set[str] = set()
    for m in body:
        if m.label == "PERSON":
            w = _core(_words(m.text))
            if w:
                person_parts.update((" ".join(w), w[-1], w[0]))
    out: list[Mention] = []
    for m in mentions:
        if not (m.headline or m.heading) or _key(m.text) in keys:
            out.append(m)
            continue
        words = m.text.split()
        found = None
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                if _key(sub) in person_parts:
                    found = sub
                    break
            if found:
                break
        if found:
            pos = text.find(found, m.start, m.end)
            if pos >= 0:
                out.append(replace(m, start=pos, end=pos + len(found), text=found, label="PERSON",
                                   role=None, appos=None, title_form=None))
        elif not m.headline:
            out.append(m)  # a heading's own name ("Chris Smith" signing a letter)
    return out


def _trim_initial_words(mentions: list[Mention]) -> list[Mention]:
    """ "Home Globe Zelensky", "Derelict Obama": a capitalized word at the start of a sentence
    that NER took for a first name. It is dropped when it is no known first name, appears in no
    other name, and the rest is the surname of someone well established (four mentions or more)."""
    used: Counter[str] = Counter()
    for m in mentions:
        if m.label == "PERSON":
            used.update(_core(_words(m.text)))
    out = []
    for m in mentions:
        w = _core(_words(m.text))
        if m.initial and len(w) == 2 and used[w[0]] == 1 and used[w[1]] >= 4 and not _first_name(w[0]):
            rest = m.text.split(None, 1)[-1]
            out.append(replace(m, start=m.end - len(rest), text=rest, title_form=None, role=None, titled=False))
        else:
            out.append(m)
    return out


def consolidate(mentions: list[Mention], text: str) -> list[Entity]:
    """One Entity per real thing, in reading order of first mention."""
    mentions = _trim_initial_words(_confirm_headlines(mentions, text))
    labels = _vote_labels(mentions, text)
    person_idx = [i for i, l in enumerate(labels) if l == "PERSON"]
    person_idx.sort(key=lambda i: mentions[i].start)
    clusters = _cluster_people(person_idx, mentions)
    clusters_of = {i: c for c, cl in enumerate(clusters) for i in cl}

    groups: dict[str, list[int]] = defaultdict(list)
    for i, l in enumerate(labels):
        if l is None or l == "PERSON":
            continue
        groups[_place_key(mentions[i], l)].append(i)
    # an acronym and its spelled-out form are one organisation ("NATO" / "North Atlantic Treaty Organization")
    long_by_acr: dict[str, str] = {}
    for key, cl in groups.items():
        w = key.split()
        if len(w) >= 2 and not key.startswith("country:"):
            caps = [x for x in mentions[cl[0]].text.split() if x[:1].isupper()]
            if len(caps) >= 2:
                long_by_acr.setdefault(_acronym(w), key)
    for key in list(groups):
        if " " not in key and key in long_by_acr and mentions[groups[key][0]].text.isupper():
            groups[long_by_acr[key]].extend(groups.pop(key))

    records: list[tuple[int, Entity]] = []
    surname_owner: list[tuple[str, str]] = []
    for c, cl in enumerate(clusters):
        name = _display_person(cl, mentions)
        role = _choose_role(cl, mentions, clusters_of, person_idx)
        aliases = _aliases(cl, mentions, name)
        spans = [Span(mentions[i].start, mentions[i].end) for i in cl]
        ent = Entity(id="", name=name, label="PERSON", role=role, aliases=aliases, mentions=spans)
        records.append((min(s.start for s in spans), ent))
        core = name.split()
        if len(core) >= 2 and len(core[-1]) >= 3 and core[-1][:1].isupper():
            surname_owner.append((str(c), core[-1]))
    for key, cl in groups.items():
        label = _choose_label([labels[i] for i in cl])  # type: ignore[misc]
        if key.startswith("country:"):
            label = "GPE"
        name = _display_other(cl, mentions, key)
        aliases = _aliases(cl, mentions, name, strip_article=True)
        spans = [Span(mentions[i].start, mentions[i].end) for i in cl]
        records.append((min(s.start for s in spans), Entity(id="", name=name, label=label, aliases=aliases,
                                                            mentions=spans)))

    # surnames spaCy did not tag, added to their person
    covered = [(m.start, m.end) for m in mentions]
    extra = _extra_mentions(surname_owner, covered, text)
    for c, spans in extra.items():
        ent = records[int(c)][1]
        ent.mentions.extend(spans)

    records.sort(key=lambda r: r[0])
    out = []
    for n, (_, ent) in enumerate(records, 1):
        ent.id = f"e{n}"
        ent.mentions = sorted(set(ent.mentions), key=lambda s: (s.start, s.end))
        out.append(ent)
    return out


def _aliases(cluster: list[int], mentions: list[Mention], name: str, strip_article: bool = False) -> list[str]:
    seen: dict[str, None] = {}
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        m = mentions[i]
        for form in (m.text, m.title_form):
            if not form:
                continue
            if strip_article:
                form = _strip_article(form)
            if form != name:
                seen.setdefault(form, None)
    return list(seen)
