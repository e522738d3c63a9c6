"""Quoted words that are nobody's words: numbers and handles, titles of works, scare quotes.

A quotation with no speech around it and no verb of its own is a term, a nickname or a title;
the driver leaves it out of the quotes.
"""

from __future__ import annotations

import re

from reader.nlp import lexicon
from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan, looks_like_title


_WORK_NOUNS = lexicon.words("work_nouns")


# "the ''Harbour Lights'' tape", "his ''Straight Talk Hour'' radio program": a name used as a modifier
_AFTER_WORK = _WORK_NOUNS | lexicon.words("work_modified_nouns")


_WORK_PREPS = lexicon.words("before_title_words")


# One word with a capital right after a small letter ("factcheckJane", "eTicket"): an account's or a
# product's name, as no one writes a spoken word (a "#hashtag" someone posted stays words)
_CAMEL_CASE = re.compile(r"[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*")


def not_words(quoted: str) -> bool:
    """A number, date, handle, address or camel-case name in quotation marks: nobody's words."""
    t = quoted.strip(" .,")
    return sum(c.isalpha() for c in t) < 2 or (" " not in t and any(x in t for x in ("@", "://", "www.", ".com"))) \
        or _CAMEL_CASE.fullmatch(t) is not None


def names_own_speaker(ev: Evidence) -> bool:
    """Does the clue's speaker mention hold the quote ("the “Glass Orchard” actor said", "according to her
    “harbour levy” plan")? Then the quoted words help name the speaker; they are not what it says. (A
    transcript label sits inside its quote by design.)"""
    m, q = ev.speaker, ev.quote
    return m is not None and q is not None and ev.rule != "label" and m.start <= q.start < m.end


def named_work(text: str, s: QuoteSpan, quoted: str) -> bool:
    """A title after a preposition: "said on “Fox News Sunday”", "the author of “Hacked World Order”"."""
    before = text[max(0, s.start - 40) : s.start].rstrip(" “\"'«‘`(").split()
    if before and before[-1].lower().strip(",:") in ("titled", "entitled") \
            and looks_like_title(quoted.rstrip(" ?!")):
        return True  # "an ad titled “Unifier?”"
    # "CBS' ''60 Minutes''", "“Fox & Friends”": a number opening a title, an ampersand inside one
    if not looks_like_title(re.sub(r"^\d+\s+(?=[A-Z])", "", quoted.strip()).replace(" & ", " and ")):
        return False
    after = text[s.end : s.end + 30].lstrip(" ”\"'»’`").split()
    if after and not re.search(r"[.,;:!?]$", quoted.rstrip(" ”\"'»’")) \
            and after[0].lower().rstrip(".,;:!?)") in _AFTER_WORK:
        return True  # "the ''Harbour Lights'' tape", "put on a “…” cap."
    if not before:
        return False
    if before[-1].lower() in _WORK_PREPS or before[-1].lower().endswith(("’s", "'s", "s'", "s’")) \
            or re.search(r"s['’]\s*(?:''|[“\"‘'«`])\s*$", text[max(0, s.start - 12) : s.start], re.I):
        return True  # "CBS' ''60 Minutes''": the opening marks took the possessive's apostrophe
    # "his memoir, “An American Son”", "the song “A Change Is Gonna Come”"
    return any(w.lower().strip(",.:;") in _WORK_NOUNS for w in before[-3:])


# Participles that give a thing its name ("a condition called “…”", "what is termed “…”")
_NAMING = frozenset(("called", "termed"))


def named_term(s: QuoteSpan, quoted: str, rule: str | None, cue: str | None) -> bool:
    """A short term the writer introduces with a passive of naming and no one doing the naming
    ("a disease called “sheep lung”", "what's called “the long tail”"): a name, not speech.
    (“Known as” and "described as" stay: what something is known as is often a side's phrase.)"""
    return rule == "passive" and (cue or "").lower() in _NAMING and s.embedded and len(quoted.split()) <= 4


def scare(text: str, s: QuoteSpan, quoted: str) -> bool:
    """Quoted words with nobody saying them: a term, a nickname or a title."""
    if looks_like_title(quoted):
        return True
    return s.embedded and len(quoted.split()) <= 4
