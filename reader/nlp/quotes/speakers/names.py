"""Names as speakers: the entity a name is a mention of, or a new one for a name the tagger missed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis import Entity
from reader.nlp import lexicon
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers.mentions import SPEAKER_LABELS, Mention

if TYPE_CHECKING:
    from reader.nlp.quotes.speakers.context import Context

TITLES = frozenset(lexicon.table("honorifics")) | lexicon.words("person_titles")
# Lowercase words inside a name: "Bank of America", "Ursula von der Leyen".
_SMALL = frozenset("of the and for".split()) | lexicon.words("name_particles")
_NAME_LINKS = _SMALL | frozenset("on at in to".split())
_ORGISH = lexicon.words("organisation_name_words")


class Names:
    """Resolves a name ("Jane Doe", "Doe", "the Kremlin") to the entity it names."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def name(self, m: Mention) -> Entity | None:
        """The entity whose mention the name is; else the entity with that name or surname; else a
        new entity when the words read as a name."""
        ctx = self.ctx
        found = ctx.index.span_at(m.end - 1)
        ent = found[2] if found else None
        if found is not None and runs_past(ctx.text, m, found[0], found[1]):
            ent = None  # "Cummings and Conyers wrote": not the tagger's run-together "Cummings and Conyers"
        if ent is not None and ent.label in SPEAKER_LABELS and name_shaped(ent.name):
            said = ctx.gender_said_at(m.start, m.end)
            if said and ent.label == "PERSON":
                # "Clinton issued a statement saying she …": the namesake the sentence's pronoun fits
                ent = ctx.fitting(ent, m.start, m.end, said) or ent
            return ent
        ent = ctx.by_name(m.core or m.text, m.start)
        if ent is not None:
            return ent
        name = clean_name(m.core or m.text)
        words = name.split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
            return None  # not a name: a phrase the parse ran together
        label = "PERSON" if looks_like_person(name) else "ORG"
        return ctx.new(name, label, m.start, m.end)

    def named(self, start: int, end: int, text: str) -> Entity | None:
        """The entity a name found in the text stands for ("European Commission" after "from")."""
        return self.name(Mention(start, end, text, text.split()[-1].lower(), "name"))


def runs_past(text: str, m: Mention, start: int, end: int) -> bool:
    """Does an entity mention run past the speaker's name into other words: a conjunction, a
    lower-case word, or capitalised words after the name ("Cummings and Conyers" for
    "Cummings", "Jane Doe Joked" or "Clinton Remarks" for a name)?"""
    before, after = text[start : m.start].split(), text[m.end : end].split()
    if any(w.lower() in ("and", "&", "or") or w.islower() for w in before + after):
        return True
    suffixes = lexicon.words("name_suffixes")  # "Donald Trump Jr." runs past nothing
    return any(w[:1].isupper() and w.lower().strip(".,") not in suffixes for w in after)


def only_titles(name: str) -> bool:
    """A title standing for a name ("The Foreign Secretary, David Lammy, said"): the apposition names."""
    words = [w.rstrip(".").lower() for w in name.split()]
    if words[:1] == ["the"]:
        return len(words) > 1 and (words[-1] in TITLES or words[-1] in cues.PERSON_NOUNS)
    return bool(words) and all(w in TITLES for w in words)


def looks_like_person(name: str) -> bool:
    """A name of one to four capitalised words, none of them an organisation's ("Times", "Bank")."""
    toks = name.split()
    if any(t.lower().strip(".,") in _ORGISH for t in toks):
        return False
    return 1 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks)


def name_shaped(name: str) -> bool:
    """Does an entity's name read as a name? Not a clause the tagger ran together ("Trump told The
    Associated Press of the prospects") nor a headline ("NBA Team Prior To Her Performance …")."""
    words = name.split()
    return len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_LINKS for w in words)


def clean_name(text: str) -> str:
    """The name without a leading article or a trailing possessive: "Kremlin" of "the Kremlin's"."""
    t = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    t = re.sub(r"(['’]s|['’])$", "", t)
    return t.strip(" ,.")
