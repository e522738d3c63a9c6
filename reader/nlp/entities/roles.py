"""Titles and descriptions around a name, turned into a role ("UK Prime Minister").

A name in news comes wrapped: "UK Prime Minister Sir Keir Starmer", "Maria Zakharova, the
Foreign Ministry spokeswoman". The wrapping is the person's role; the name proper is what is
left. Everything here reads spaCy tokens but keeps only strings.
"""

from __future__ import annotations

import re
from typing import Any

from reader.nlp import lexicon

# Titles and role nouns of news copy (the lists are data in reader/nlp/lexicon).
TITLES = lexicon.words("role_titles")
# Lowercase parts of a name ("von der Leyen", "bin Salman", "de Blasio").
PARTICLES = lexicon.words("name_particles")
# Honorifics are not roles; they hint at gender, which separates "Mr. Clinton" from "Mrs. Clinton".
HONORIFICS = {k: "" if v == "none" else v for k, v in lexicon.table("honorifics").items()}
# Name suffixes that belong to the name (and tell "Donald Trump Jr." from "Donald Trump").
SUFFIXES = lexicon.words("name_suffixes")
# Words a description is headed by when it only says "the person in charge".
GENERIC_HEADS = lexicon.words("generic_heads")
# Titles sure enough to make a non-person label a person ("Chancellor Olaf Scholz" tagged ORG);
# the full list has words like "Foreign" or "General" that also start organisation names.
PERSON_TITLES = set(HONORIFICS) | lexicon.words("person_titles")
BRACKETS = "[](){}\"“”‘’'«»"
SPACED_HYPHEN = re.compile(r"\s*-\s*")
SPACED_POSSESSIVE = re.compile(r"\s+(['’]s)\b")
ENDS_POSSESSIVE = re.compile(r"['’]s?$")
WORD_SPLIT = re.compile(r"[\s-]+")
STOP_POS = {"DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "ADV", "INTJ", "SYM", "X"}
MAX_ROLE_TOKENS = 8


def word(text: str) -> str:
    return text.lower().strip(".").strip()


def title_words() -> frozenset[str]:
    return TITLES


def name_particles() -> frozenset[str]:
    return PARTICLES


def is_title(text: str) -> bool:
    """A title or role word: "President", "Sir", "Vice-President", "spokeswoman"."""
    w = word(text)
    if not w:
        return False
    if w in title_words():
        return True
    return "-" in w and all(p in title_words() for p in w.split("-") if p)


def is_person_title(text: str) -> bool:
    w = word(text)
    return w in PERSON_TITLES or "-" in w and all(p in PERSON_TITLES for p in w.split("-") if p)


FAMILY = lexicon.words("person_description_nouns")
PERSON_SUFFIXES = tuple(sorted(lexicon.words("person_noun_suffixes")))


def is_person_noun(text: str) -> bool:
    """Could this noun head a description of a person ("spokeswoman", "lawyer", "economist")?"""
    w = word(text)
    for cand in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
        if cand in FAMILY or is_title(cand) or cand.endswith(PERSON_SUFFIXES):
            return True
    return False


def split_title(tokens: list[Any], strict: bool = False) -> tuple[list[Any], list[Any]]:
    """Split an entity's tokens into (leading title tokens, name tokens), e.g. "President Donald
    Trump" -> (President, Donald Trump). A name keeps at least one token. `strict` uses only the
    titles that cannot start an organisation's name."""
    test = is_person_title if strict else is_title
    cut = 0
    for i, t in enumerate(tokens[:-1]):
        low = word(t.text)
        if test(t.text) or (t.is_punct and 0 < i and cut == i) or t.pos_ == "ADJ" and t.ent_type_ == "NORP":
            cut = i + 1
        elif low in ("of", "the") and cut == i and i > 0:  # "Secretary of State" stays a title
            continue
        else:
            break
    # never leave only particles or punctuation as the name
    while cut and not any(t.is_alpha for t in tokens[cut:]):
        cut -= 1
    return tokens[:cut], tokens[cut:]


def honorific(words: list[str]) -> str | None:
    for w in reversed(words):
        if word(w) in HONORIFICS:
            return word(w)
    return None


def role_before(doc: Any, start: int, end: int = 0) -> list[Any]:
    """The tokens of the title phrase written right before a name (token index `start`):
    "Foreign Ministry spokeswoman", "outgoing Chancellor", "his successor", "Russia's"."""
    taken: list[Any] = []
    i = start - 1
    if i < 0 or start >= len(doc):
        return taken
    prev = doc[i]
    if prev.pos_ not in ("NOUN", "PROPN", "ADJ", "PART") or doc[start].is_sent_start:
        return taken  # the usual case: "the", "in", "," before the name
    sent_start = max(0, start - MAX_ROLE_TOKENS - 2)
    while i >= sent_start and len(taken) < MAX_ROLE_TOKENS:
        t = doc[i]
        if t.text in "[(":
            break
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text in ("-", "–") and taken:
            taken.append(t)
        elif t.tag_ == "POS" or t.dep_ == "case" and t.text in ("'s", "’s", "'", "’"):
            taken.append(t)
        elif t.pos_ == "PRON" and t.dep_ == "poss" and taken:  # "his successor"
            taken.append(t)
            break
        elif t.lower_ == "of" and taken and i > sent_start and doc[i - 1].is_title and taken[-1].is_title:
            taken.append(t)  # "Secretary of State"
        elif t.lower_ == "the" and taken and i - 1 > sent_start and doc[i - 1].lower_ == "of" \
                and doc[i - 2].is_title and taken[-1].is_title:
            taken.append(t)  # "Speaker of the House"
        else:
            break
        if t.is_sent_start:
            break
        i -= 1
    taken.reverse()
    # keep only the part attached to the name: "the network President Vladimir Putin formed"
    # must not make "network" a title. (The parser sometimes hangs the name under an adjective
    # of its title, "outgoing Chancellor Olaf Scholz": the name's own head counts as attached.)
    end = end or start + 1
    inside = {t.i for t in taken} | set(range(start, end))
    root = doc[start:end].root
    k = len(taken)
    while k > 0:
        t = taken[k - 1]
        sibling = t.i == start - 1 and t.head.i == root.head.i and t.pos_ == "NOUN"  # "his successor Friedrich Merz"
        if t.head.i in inside or t.i == root.head.i or sibling or t.is_punct or t.lower_ in ("of", "the") \
                or t.tag_ == "POS":
            k -= 1
            continue
        break
    if k:
        taken = taken[k:]
    while taken and (taken[0].is_punct or taken[0].lower_ == "of" or taken[0].tag_ == "POS"):
        taken.pop(0)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in taken):
        return []
    # a lowercase common noun not attached to the name is not its title ("the deal Trump made")
    last = taken[-1]
    attached = last.dep_ in ("compound", "amod", "nmod", "poss") and last.head.i >= start
    if not (is_title(last.text) or last.tag_ == "POS" or attached):
        return []
    return taken


def appositive(ent: Any) -> str | None:
    """The description in apposition to a name: "Maria Zakharova, the Foreign Ministry
    spokeswoman" or "the spokeswoman, Maria Zakharova" - a noun phrase headed by a person noun,
    without its relative clauses."""
    root = ent.root
    cands = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        cands.append(root.head)
    for head in cands:
        if head.ent_type_ and head.ent_type_ not in ("ORG", "NORP") or head.pos_ not in ("NOUN", "PROPN"):
            continue
        if not is_person_noun(head.text) or head.pos_ == "PROPN" and not is_title(head.text):
            continue
        drop: set[int] = set(range(ent.start, ent.end))
        for c in head.children:
            if c.dep_ in ("relcl", "acl", "advcl", "appos", "conj", "cc", "punct") or c.i > head.i and c.dep_ == "prep" \
                    and c.lower_ not in ("of", "for", "at", "to", "in"):
                drop.update(t.i for t in c.subtree)
        toks = [t for t in head.subtree if t.i not in drop]
        # the phrase ends at the first gap (a dropped clause) after the head
        phrase: list[Any] = []
        for t in toks:
            if phrase and t.i != phrase[-1].i + 1 and t.i > head.i:
                break
            phrase.append(t)
        text = clean_role("".join(t.text_with_ws for t in phrase))
        if text and len(text.split()) > MAX_ROLE_TOKENS:
            # "a nurse in the emergency department at St. Mary's Hospital": the head is role enough
            text = clean_role("".join(t.text_with_ws for t in phrase if t.i <= head.i))
        if text and len(text.split()) <= MAX_ROLE_TOKENS:
            return text
    return None


def clean_role(text: str) -> str:
    """Tidy a role string: no brackets, honorifics, leading articles or stray punctuation."""
    text = text.translate({ord(c): " " for c in BRACKETS if c not in "'’"})
    text = SPACED_HYPHEN.sub("-", text)
    text = SPACED_POSSESSIVE.sub(r"\1", text)
    words = text.split()
    # honorifics are not roles ("UK Prime Minister Sir"), but "first lady" is one
    words = [w for i, w in enumerate(words) if word(w) not in HONORIFICS or i > 0 and word(words[i - 1]) == "first"]
    while words and word(words[0]) in ("the", "a", "an", ",", "and", "my", "our", "your"):
        words.pop(0)
    if words and ENDS_POSSESSIVE.search(words[-1]):
        return ""  # "CNN's Wolf Blitzer": an affiliation, not a role
    return " ".join(words).strip(" ,;:-")


ABBREVIATIONS = dict(lexicon.table("title_abbreviations"))
VAGUE_ROLE_WORDS = lexicon.words("vague_role_words")


def role_key_words(text: str) -> set[str]:
    words = {word(w) for w in WORD_SPLIT.split(text) if len(w) > 1} - {"the", "a", "an", "of"}
    return {ABBREVIATIONS.get(w, w) for w in words}


def describes(role: str | None, description: str) -> bool:
    """Does a description such as "the Ukrainian leader" fit a person with this role
    ("Ukrainian President")? Every qualifier of the description must be in the role, and its
    head noun must be in the role or be a generic head ("leader", "official")."""
    if not role:
        return False
    d = [w for w in WORD_SPLIT.split(description) if w]
    d = [word(w) for w in d if word(w) not in ("the", "a", "an", "former", "outgoing", "then")]
    if not d:
        return False
    head, quals = d[-1], d[:-1]
    have = role_key_words(role)
    if head not in have and head not in GENERIC_HEADS:
        return False
    return all(q in have for q in quals) and (bool(quals) or head in have)
