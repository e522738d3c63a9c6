"""Pronouns as speakers: "he"/"she" → the most salient person of that gender named before (a
main-clause subject counts as nearer than an object, an earlier "he" passes on whom it stands
for); "it" → an organisation or country named just before."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from reader.analysis import Entity
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers.context import INTRODUCED_WEIGHT, SUBJECT_WEIGHT, Context
from reader.nlp.quotes.speakers.descriptions import ORGANISATION_HEADS, SPOKESPEOPLE, Descriptions
from reader.nlp.quotes.speakers.gender import first_name_gender
from reader.nlp.quotes.speakers.index import tokens
from reader.nlp.quotes.speakers.mentions import Mention, Subject
from reader.nlp.quotes.speakers.names import Names

_CHAIN_COST = 2.0  # an earlier "he" counts as this much farther than the name it stands for would
# "As for Trump, he said …": a topic put before the sentence's pronoun subject
_TOPIC = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:As for|As to|Asked about)\s+"
                    r"(?P<name>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*),\s*$")
# ", Acme Media," after a subject and its clause: the name in apposition
_APPOSED = re.compile(r"[^,.;:“”\"]{0,60},\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:of|for|[A-Z][\w.&'’-]*))*),")

# "WIRED spoke to one mother, who …": an unnamed person brought in with "a", "an" or "one"
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<head>[a-z]+)\b(?!\s+of\b)")


class _Candidate(NamedTuple):
    """An antecedent: its weighted distance, and the entity, or a named subject with no entity
    yet, or an unnamed person's description."""

    dist: float
    entity: Entity | None = None
    subject: Subject | None = None
    unnamed: str | None = None


class Pronouns:
    """Resolves "he", "she" and "it"; the "he"/"she" subjects before a quote are resolved once
    each, in reading order, so a chain of them is followed without recursion."""

    def __init__(self, ctx: Context, names: Names, descriptions: Descriptions) -> None:
        self.ctx = ctx
        self.names = names
        self.descriptions = descriptions
        self._chain = [x for x in ctx.subjects if x.pronoun]
        self._chain_next = 0
        self._chain_memo: dict[int, Entity | None] = {}

    def pronoun(self, m: Mention) -> Entity | None:
        """"he"/"she": the nearest person of that gender named before, subjects counting as
        nearer than objects (the subject of the last sentence is the likeliest antecedent)."""
        return self.speaker(m)[0]

    def speaker(self, m: Mention) -> tuple[Entity | None, str | None]:
        """The entity a pronoun stands for and its name, or (None, the description of the
        unnamed person it stands for: "one mother"), or (None, None)."""
        if m.head in cues.MALE or m.head in cues.FEMALE:
            return self._personal(m, "m" if m.head in cues.MALE else "f")
        ent = None
        if m.head in cues.NEUTER:
            ent = self._neuter(m)
        elif m.head == "they":
            ent = self._they_for_one(m)
        return ent, ent.name if ent else None

    def _personal(self, m: Mention, want: str) -> tuple[Entity | None, str | None]:
        topic = self._topic(m, want)
        if topic is not None:
            return topic, topic.name
        cands = self._named_candidates(m, want) + self._subject_candidates(m, want) + self._unnamed(m, want)
        if not cands:
            return None, None
        best = min(cands, key=lambda c: c.dist)
        ent = best.entity
        if ent is None and best.subject is not None:
            ent = self.ctx.new(best.subject.name, "PERSON", best.subject.start, best.subject.end)
        return ent, ent.name if ent else best.unnamed

    def _unnamed(self, m: Mention, want: str) -> list[_Candidate]:
        """An unnamed person brought in since the last paragraph ("WIRED spoke to one mother, who
        … “…,” she said"), whose noun fits the pronoun: theirs are the words, not a person named
        before. Counts as near as a source introduced with a role."""
        ctx = self.ctx
        lo = ctx.text.rfind("\n", 0, max(0, ctx.text.rfind("\n", 0, m.start) - 1)) + 1
        gendered = cues.MALE_WORDS if want == "m" else cues.FEMALE_WORDS
        other = cues.FEMALE_WORDS if want == "m" else cues.MALE_WORDS
        cands: list[_Candidate] = []
        for found in _INDEFINITE.finditer(ctx.text, lo, m.start):
            head = found.group("head")
            if ctx.quoted.inside(found.start()) or head in other or head in SPOKESPEOPLE \
                    or head not in gendered and head not in cues.PERSON_NOUNS:
                continue
            if any(w in cues.PERSON_NOUNS or w in gendered for w in found.group("words").split()):
                continue  # "a woman lawyer": the regex's shortest reading; the longer one follows
            cands.append(_Candidate((m.start - found.start()) * INTRODUCED_WEIGHT, unnamed=found.group(0)))
        return cands

    def _topic(self, m: Mention, want: str) -> Entity | None:
        """"As for Trump, he said …": the topic the sentence opens with."""
        topic = _TOPIC.search(self.ctx.text, max(0, m.start - 80), m.start)
        if topic:
            ent = self.names.named(topic.start("name"), topic.end("name"), topic.group("name"))
            if ent is not None and ent.label == "PERSON" and self.ctx.gender(ent) in (want, None):
                return ent
        return None

    def _named_candidates(self, m: Mention, want: str) -> list[_Candidate]:
        """The last four people of that gender among the entity mentions before the pronoun."""
        ctx = self.ctx
        cands: list[_Candidate] = []
        seen: set[str] = set()
        for s, e, ent in ctx.index.before(m.start, ("PERSON", "ORG"), ctx.quoted, 12):
            fit = ctx.fitting(ent, s, e, want)
            if fit is None:
                continue  # men and organisations named in between don't use up the look-back
            if fit.id not in seen:
                if len(seen) >= 4:
                    break
                seen.add(fit.id)
            cands.append(_Candidate((m.start - s) * ctx.weight(s, e), fit))
        return cands

    def _subject_candidates(self, m: Mention, want: str) -> list[_Candidate]:
        """Sentence subjects before the pronoun that no entity covers: an earlier "he" (for the
        person it stands for), "The German leader" (for whom it describes), a name the tagger
        missed (kept as a subject, made an entity only if chosen)."""
        ctx = self.ctx
        cands: list[_Candidate] = []
        i = bisect_left(ctx.subject_starts, m.start) - 1
        while i >= 0 and m.start - ctx.subjects[i].start < 2500:
            sub = ctx.subjects[i]
            i -= 1
            dist = (m.start - sub.start) * ctx.weight(sub.start, sub.end)
            if sub.pronoun:
                # "Trump … As for Trump, he said he is not worried. “…,” he said": the person an
                # earlier "he" already stands for
                if sub.name.lower() in (cues.MALE if want == "m" else cues.FEMALE):
                    ent = self._chained(sub)
                    if ent is not None:
                        cands.append(_Candidate(_CHAIN_COST * dist, ent))
                continue
            if ctx.quoted.inside(sub.start) or ctx.index.at(sub.end - 1) is not None:
                continue
            if sub.name[:4].lower() == "the ":  # "The German leader was more cautious. … he said"
                head = sub.name.split()[-1].lower()
                ent = self.descriptions.description(Mention(sub.start, sub.end, sub.name, head, "description"))
                if ent is not None and ent.label == "PERSON" and ctx.gender(ent) in (want, None):
                    cands.append(_Candidate(dist, ent))
                continue
            ent = ctx.by_name(sub.name, sub.start)
            if ent is not None and ent.label == "PERSON" and ctx.gender(ent) in (want, None):
                cands.append(_Candidate(dist, ent))
            elif ent is None and first_name_gender(sub.name) == want:
                cands.append(_Candidate(dist, subject=sub))
        return cands

    def _chained(self, sub: Subject) -> Entity | None:
        """Who a "he"/"she" subject before the quote stands for."""
        while self._chain_next < len(self._chain) and self._chain[self._chain_next].start <= sub.start:
            p = self._chain[self._chain_next]
            self._chain_next += 1
            self._chain_memo[p.start] = self.pronoun(Mention(p.start, p.end, p.name, p.name.lower(), "pronoun"))
        return self._chain_memo.get(sub.start)

    def _they_for_one(self, m: Mention) -> Entity | None:
        """"they" for one speaker: an organisation ("Acme have denied it. “…,” they said in a
        statement") or a spokesperson ("Jo Lin, a spokesperson for Acme, confirmed it. “…,” they
        said") who is the subject of the last main clause before the quote, in this paragraph or
        the one before. Any other subject in between (a group, another person) and "they" is theirs."""
        ent = self._last_subject(m)
        if ent is not None and (ent.label == "ORG" or set(tokens(ent.role or "")) & SPOKESPEOPLE):
            return ent
        return None

    def _last_subject(self, m: Mention) -> Entity | None:
        """The entity that is the subject of the last main clause before `m` (in its paragraph, the
        one before, or the last 600 characters), looked up by position, by name (a mention the tagger missed), or through
        the name in apposition to a description ("The company that runs it, Acme Media, denies")."""
        ctx = self.ctx
        lo = ctx.text.rfind("\n", 0, max(0, ctx.text.rfind("\n", 0, m.start) - 1)) + 1
        lo = min(lo, m.start - 600)  # quoted paragraphs in between name no one
        i = bisect_left(ctx.subject_starts, m.start) - 1
        while i >= 0 and ctx.subjects[i].start >= lo:
            sub = ctx.subjects[i]
            i -= 1
            if sub.embedded or ctx.quoted.inside(sub.start):
                continue
            if sub.pronoun and sub.name.lower() in ("they", "it"):
                continue  # the same speaker taken up again
            if sub.pronoun:
                return None
            if sub.name[:4].lower() == "the ":
                return self._apposed(sub)
            return ctx.index.at(sub.end - 1) or ctx.by_name(sub.name, sub.start)
        return None

    def _apposed(self, sub: Subject) -> Entity | None:
        """"The company that runs the awards, Acme Media, denies …": an organisation noun's name."""
        if sub.name.split()[-1].lower() not in ORGANISATION_HEADS:
            return None
        found = _APPOSED.match(self.ctx.text, sub.end)
        if found is None:
            return None
        return self.names.named(found.start("name"), found.end("name"), found.group("name"))

    def _neuter(self, m: Mention) -> Entity | None:
        """"it": an organisation or country named just before, its subjects counting as nearer;
        a country only as a subject, and never the dateline ("WASHINGTON -- …")."""
        ctx = self.ctx
        near = [((m.start - s) * (SUBJECT_WEIGHT if ctx.is_subject(s, e) else 1.0), ent)
                for s, e, ent in ctx.index.before(m.start, ("ORG", "GPE"), ctx.quoted, 3, 400)
                if ent.label == "ORG" or (ctx.is_subject(s, e) and not ctx.text[s:e].isupper())]
        if near:
            return min(near, key=lambda c: c[0])[1]
        ent = self._last_subject(m)  # "Acme have denied it. Now they put out a statement. “…,” it says"
        return ent if ent is not None and ent.label == "ORG" else None
