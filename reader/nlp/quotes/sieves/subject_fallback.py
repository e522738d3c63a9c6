"""Subject fallback: a quotation with no speech around it goes to a person the article names who is
the subject of its sentence, or of the sentence just before.

    Doe has long called the pier “the heart of the town”.

Only a person entity of the analysis, never a title, never "X served as “…”".
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.analysis import Entity
from reader.nlp.quotes.marks import QuoteSpan, looks_like_title
from reader.nlp.quotes.sentences import sentence_end
from reader.nlp.quotes.speakers import Mention, Resolver, Subject

NAME = "subject_fallback"


def find(text: str, s: QuoteSpan, para: tuple[int, int], lo: int, named: list[Subject], named_at: list[int],
         resolver: Resolver, known: set[str]) -> tuple[Entity, str | None] | None:
    """The person entity and name a quote with no clue goes to, or None."""
    sub = sentence_subject(text, named, named_at, s, para, lo)
    if sub is None:
        return None
    ent, nm = resolver.resolve(sub)
    # a person the article names (not a capitalised word taken for a name), and words that are not a title
    if ent is not None and ent.label == "PERSON" and ent.id in known \
            and not looks_like_title(text[s.start : s.end]) \
            and not SERVES_AS.search(text, max(0, s.start - 40), s.start):
        return ent, nm
    return None


# "Lee served as “chief problem solver”": the subject is what the words name, not who says them
SERVES_AS = re.compile(r"\b(?:serv|work|act|pos|doubl|function|ran|run|stand|stood)\w*\s+as\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?[“\"'‘«]*$")


def sentence_subject(text: str, subjects: list[Subject], subject_at: list[int], s: QuoteSpan,
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
            nxt = sentence_end(text, start, b)
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
        ends = sentence_end(text, sub.end, s.start)
        if s.embedded:
            between = text[sub.end : s.start]
            if ends < s.start or between.startswith(",") and "," not in between[1:]:
                return None  # (or "Santilli, a self-styled "new-media" journalist": a word of his description)
        elif ends >= s.start:
            # "Trump also embraced torture -- “…”": a quote the subject's own sentence introduces
            # with a dash or a colon (not "Doe, who …, “…”")
            if not text[sub.end : s.start].rstrip(" “\"'«‘`").endswith(("--", "—", "―", ":")):
                return None
        elif sentence_end(text, ends, s.start) < s.start:
            return None  # only the sentence just before a quote that opens its own
    return Mention(sub.start, sub.end, sub.name, sub.name.split()[-1].lower(), "name")
