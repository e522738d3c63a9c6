"""Same paragraph: a quote with no clue of its own carries on the speaker of the quote before it in
its paragraph, unless another person became the subject in between or the writer narrates.

    “The pier is safe,” Doe said. “We checked every beam.”

`overrides_verb` is the same pattern seen from the other side: the second half of such a pair
is the first speaker's, not that of a reporting verb further on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.nlp.quotes.clues import Evidence, Unnamed
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sentences import sentence_end
from reader.nlp.quotes.speakers import Subject

NAME = "same_paragraph"


def carries(text: str, prev: QuoteSpan, prev_at: int, s: QuoteSpan, name: str, named: list[Subject],
            named_at: list[int], unnamed: list[Unnamed] = (), unnamed_at: list[int] = ()) -> bool:
    """Does `s` (in the paragraph of `prev`, whose speaker is `name`) carry on that speaker?"""
    lo = max(prev.end, prev_at)
    return not other_subject(text, named, named_at, lo, s.start, name) and not narrated(text, s, lo) \
        and not someone_unnamed(text, unnamed, unnamed_at, lo, s.start, name)


def someone_unnamed(text: str, unnamed: list[Unnamed], unnamed_at: list[int], lo: int, hi: int, name: str) -> bool:
    """Was an unnamed person brought in after the previous quote's attribution ("“…,” one resident
    said. A woman beside her shook her head. “…”")? Then the next words are not simply carried on."""
    if not text[:lo].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        lo = sentence_end(text, lo, hi)  # not the attribution's own sentence ("said one resident, a woman of 80.")
    k = bisect_left(unnamed_at, lo)
    return k < len(unnamed) and unnamed[k].start < hi and unnamed[k].text.lower() != name.lower()


def overrides_verb(text: str, prev: QuoteSpan, s: QuoteSpan, best: Evidence) -> bool:
    """"“…,” Moore said. “…”": the second half is hers, not a verb's further on (the caller checks
    that `prev` is in the same paragraph and had a named speaker)."""
    return best.rank >= 1 and best.rule == "verb" and resumes(text, prev, s) and not tagged(text, s, best)


_NARRATION_OPENERS = frozenset("the a an this that these those it its there such".split())


def narrated(text: str, s: QuoteSpan, lo: int) -> bool:
    """Is `s` a partial quote inside a later sentence of the writer's, with no speech of its own
    ("“…,” Doe noted. The choice was between going after him as “unfit” or …")?"""
    if not s.embedded:
        return False
    if not text[:lo].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        lo = sentence_end(text, lo, s.start)
    sentence = text[lo : s.start].strip(" ”\"'»’“«‘`").split()
    if lo >= s.start or not sentence or re.search(r"\b(?:he|she|they|his|her|their|him|them)\b", text[lo : s.start], re.I):
        return False  # "Then he turned to “little” Rubio": still about the speaker
    # a sentence about a thing ("The choice was …", "It was …"), not about a person named first
    return sentence[0].lower() in _NARRATION_OPENERS


def other_subject(text: str, subjects: list[Subject], subject_at: list[int], lo: int, hi: int, name: str) -> bool:
    """Does a sentence between the previous quote's attribution and this quote have another named
    subject ("“…,” said Moore. Reid has called Trump a “con artist”"): then the words are not hers."""
    own = {w.strip(".,").lower() for w in name.split() if len(w) > 2}
    if not text[:lo].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        lo = sentence_end(text, lo, hi)  # not the attribution's own sentence ("said Doe, who leads Acme.")
    for k in range(bisect_right(subject_at, lo), bisect_right(subject_at, hi - 1)):
        sub = subjects[k]
        if sub.embedded or sub.end > hi:
            continue
        words = {w.strip(".,").lower() for w in sub.name.split() if w[:1].isupper()}
        if words and not words & own:
            return True
    return False


def resumes(text: str, prev: QuoteSpan, s: QuoteSpan) -> bool:
    """Does `s` open a new sentence right after the attribution of `prev` ("“…,” he said. “…”")?"""
    between = text[prev.end : s.start]
    if s.embedded or "\n" in between or len(between) > 120:
        return False
    tail = between.rstrip(" “\"'«‘`")
    if not tail.strip(" ”\"'»’") and text[prev.start : prev.end].rstrip(" ”\"'»’").endswith((".", "!", "?", "…")):
        return True  # "“… Itself.” “Remember …”": a second quotation right after one that ended a sentence
    return tail.endswith((".", "!", "?", ":"))


def tagged(text: str, s: QuoteSpan, ev: Evidence) -> bool:
    """Is the clue a tag right after the quote, in its own sentence ("“…?” Maddow repeated")?"""
    if text[s.start : s.end].rstrip().endswith("."):
        return False  # the quote ended its sentence: what follows is a new one
    return ev.at > s.end and ev.distance <= 4 and not re.search(r"[.!?:;]", text[s.end : ev.at])
