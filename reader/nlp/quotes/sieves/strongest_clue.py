"""Strongest clue: of the clues the parse-level sieves found for one quote, the most certain.

    “We will rebuild,” the mayor said, though critics insist the city “cannot pay for it.”

Ordered by: a speaker at all, a singular speaker before "they", a person or body before a thing
("it", "the areas"), the clue's rank, among clues that do not hold the quote "according to X" (the
source of the whole sentence) before a verb beside it, a name before a description, distance. A description that
cannot speak is dropped (unless the verb is "say" or the clue is "according to"); a passive
verb holding the quote silences the verbs beyond it.
"""

from __future__ import annotations

from reader.nlp.quotes import cues
from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.speakers import Mention


def best(evs: list[Evidence]) -> Evidence | None:
    ordered_ = ordered(evs)
    return ordered_[0] if ordered_ else None


def ordered(evs: list[Evidence]) -> list[Evidence]:
    """The quote's clues, most certain first; a clue whose subject cannot speak is dropped."""
    usable = [e for e in evs if e.speaker is None or e.speaker.kind != "description" or e.rule == "according"
              or (e.cue or "").lower() in cues.SAY_FORMS or can_speak(e.speaker)]
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
                                         e.speaker is not None and _thing(e), e.rank, e.rank > 0 and e.rule != "according",
                                         e.speaker is not None and e.speaker.kind == "description"
                                         and e.rule != "according", e.distance))


def _thing(e: Evidence) -> bool:
    """Does the clue point at a thing? Not a description the quote's own verb of saying has as its
    subject ("“…,” one forum commenter said"): whoever is said to say the words is a speaker, even
    with a head noun the lexicon does not know."""
    m = e.speaker
    if e.rule == "verb" and e.rank == 0 and m.kind == "description" and (e.cue or "").lower() in cues.SAY_FORMS \
            and (e.quote is None or not (m.start <= e.quote.start < m.end)):
        return False  # (not "Any “fair” reading, said Doe, …": a quote inside the subject is not its words)
    return inanimate(e.speaker)


def inanimate(m: Mention) -> bool:
    """"it", or a description of a thing ("the areas", "the words"): a speaker only for want of another."""
    if m.kind == "pronoun":
        return m.head in cues.NEUTER
    return m.kind == "description" and not can_speak(m)


def can_speak(m: Mention) -> bool:
    """A description can be a source when its head is a person, a group or a document."""
    head = m.head
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    nouns = cues.PERSON_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS | cues.GROUP_NOUNS | cues.QUANTIFIERS
    return head in nouns or singular in nouns or (head.endswith("ies") and head[:-3] + "y" in nouns)
