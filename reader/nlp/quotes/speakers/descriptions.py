"""Descriptions as speakers: "the Ukrainian leader", "the 58-year-old", "a spokesperson for the
union", "a statement from the Commission" → the entity named with that role, age, nationality,
organisation or authorship. An unnamed source ("a senior official", "the report") resolves to
nothing and keeps its description."""

from __future__ import annotations

import re

from reader.analysis import Entity
from reader.nlp import lexicon
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers.context import Context
from reader.nlp.quotes.speakers.index import tokens
from reader.nlp.quotes.speakers.mentions import Mention
from reader.nlp.quotes.speakers.names import Names, name_shaped

# "the 24-year-old", "the Spaniard": epithets journalists use for someone just named
_EPITHET = re.compile(r"^the\s+(?:(?P<age>\d{1,3})-year-old|[A-Z][a-z]+)$", re.I)
# "Detective Inspector Sarah Lang … the officer added": a rank and the broader word for it
_BROADER = {k: tuple(v.split()) for k, v in lexicon.table("broader_roles").items()}
# an organisation's or person's name written after a preposition: "European Commission", "Seafarers' Union"
_NAME_AFTER = r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:of|for|on|[A-Z][\w.&'’-]*))*)"
# the sender or author right after a document: " from the European Commission", " by economists Ann Lee"
_AUTHOR = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}" + _NAME_AFTER)
# the publisher right before a document: "The Washington Post recently ran "
_PUBLISHER = re.compile(r"(?P<name>(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+(?:\w+ly\s+)?"
                        r"(?:ran|published|released|issued|posted|put out|sent out|circulated)\s+$")
# "the company said": generic names of a business
_BUSINESS_HEADS = lexicon.words("business_descriptions")
ORGANISATION_HEADS = cues.ORG_NOUNS | _BUSINESS_HEADS
SPOKESPEOPLE = lexicon.words("spokespeople")
_FOR = re.compile(r"\s+for\s+(?:the\s+)?" + _NAME_AFTER)
# "the actor", "the “Glass Orchard” actor": a bare person noun, at most with the title of a work
_BARE = re.compile(r"^the\s+(?:[\"“][^\"”]+[\"”]\s+)?[a-z]+$", re.I)
_GENERIC_HEADS = lexicon.words("generic_heads")


def described(text: str) -> str | None:
    """The description as a speaker's name ("a senior official"), when it reads as one."""
    t = text.strip(" ,.")
    return t if 0 < len(t) <= 80 and any(c.isalpha() for c in t) else None


class Descriptions:
    """Resolves descriptions, epithets, spokespeople and documents to the entity they stand for."""

    def __init__(self, ctx: Context, names: Names) -> None:
        self.ctx = ctx
        self.names = names

    def is_epithet(self, m: Mention) -> bool:
        """"the 24-year-old", "the Spaniard" (not "the Kremlin"): an age or a nationality."""
        epithet = _EPITHET.match(m.text)
        return bool(epithet and (epithet.group("age") or self._nationality(m)))

    def referent(self, m: Mention) -> Entity | None:
        """The entity a description stands for: a name in apposition ("the mayor, Jane Doe"), a
        person with that role, the organisation a spokesperson speaks for, a document's author."""
        for a_start, a_end, a_text in m.appos:
            ent = self.names.named(a_start, a_end, a_text)
            if ent is not None:
                return ent
        ent = self.description(m) or self._named_as(m)
        if ent is None and m.head in SPOKESPEOPLE:
            ent = self._spoken_for(m)
        if ent is None and m.head in cues.DOCUMENT_NOUNS:
            ent = self._author(m)
        if ent is None and self._anaphoric(m):
            ent = self._protagonist(m)
        return ent

    def _named_as(self, m: Mention) -> Entity | None:
        """"the group added" after "The group, Dock Workers Coalition, formed …": the name the article
        gave the same description in apposition, the last time before (within a few paragraphs)."""
        if tokens(m.text) != [m.head] or not m.text.lower().startswith("the ") or not m.head.isalpha():
            return None
        named = None
        for named in re.finditer(rf"\b[Tt]he\s+{m.head}(?:\s+(?:that|which|who)\b[^,.;:“”\"]{{0,60}})?,\s+{_NAME_AFTER},",
                                 self.ctx.text[: m.start]):
            pass
        if named is None or m.start - named.start() > 3000:
            return None
        return self.names.named(named.start("name"), named.end("name"), named.group("name"))

    def _anaphoric(self, m: Mention) -> bool:
        """A definite person description that can only mean someone the story is already about
        ("said the actor"): "the" and a bare person noun, not a group's ("the official", "the
        resident"), and one the article never brought in as someone new ("a dispatcher …")."""
        if not _BARE.match(m.text) or m.head not in cues.PERSON_NOUNS:
            return False  # "the former secretary of state" describes, and may mean someone else
        if m.head in cues.GROUP_NOUNS or m.head in _GENERIC_HEADS or m.head in SPOKESPEOPLE:
            return False
        brought_in = re.compile(rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(m.head)}\b", re.I)
        return brought_in.search(self.ctx.text, 0, m.start) is None

    def _protagonist(self, m: Mention) -> Entity | None:
        """The person the story is about so far: named at least three times before, twice as
        often as anyone else, within the last paragraphs, and of the description's gender."""
        counts: dict[str, int] = {}
        people: dict[str, Entity] = {}
        recent: set[str] = set()
        for s, _, ent in self.ctx.index.before(m.start, ("PERSON",), self.ctx.quoted, 10**6, m.start + 1):
            counts[ent.id] = counts.get(ent.id, 0) + 1
            people[ent.id] = ent
            if m.start - s < 1500:
                recent.add(ent.id)
        ranked = sorted(counts, key=lambda k: -counts[k])
        if not ranked or counts[ranked[0]] < 3 or ranked[0] not in recent:
            return None
        if len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]:
            return None
        ent = people[ranked[0]]
        g = self.ctx.gender(ent)
        if g and m.head in (cues.FEMALE_WORDS if g == "m" else cues.MALE_WORDS):
            return None
        return None if self._met(m, ent) else ent

    def _met(self, m: Mention, ent: Entity) -> bool:
        """Did a sentence before put the description and the person side by side as two people
        ("After questioning the patient …, Dempsey and his team found …"), not in apposition?"""
        text = self.ctx.text
        for found in re.finditer(rf"\bthe\s+(?:\S+\s+){{0,2}}?{re.escape(m.head)}\b", text[: m.start], re.I):
            a = max(text.rfind(c, 0, found.start()) for c in ".!?\n") + 1
            b = min((i for i in (text.find(c, found.end()) for c in ".!?\n") if i >= 0), default=len(text))
            for span in ent.mentions:
                if a <= span.start < b and (span.end + 3 < found.start() or span.start > found.end() + 3):
                    return True
        return False

    def description(self, m: Mention) -> Entity | None:
        """A definite description ("the Ukrainian leader", "the spokeswoman") of someone named before.

        The entity's role must hold the description's head noun ("spokeswoman"), or, for a
        generic head ("leader", "chief"), one of its modifiers ("Ukrainian"). Indefinite ones
        ("a spokesman", "one official") bring in someone new and are never resolved.
        """
        words = tokens(m.text)
        if not words or words[0] != "the" and not m.text.lower().startswith("the "):
            return None
        if m.head in cues.ORG_NOUNS or m.head in _BUSINESS_HEADS:
            return self._organisation(m, words)
        if m.head not in cues.PERSON_NOUNS:
            return None
        modifiers = {w for w in words[:-1] if w not in ("the", "former", "new", "current", "then") and len(w) > 2}
        for _, _, ent in self.ctx.index.before(m.start, ("PERSON",), self.ctx.quoted):
            role = set(tokens(ent.role or ""))
            role |= {broad for w in role for broad in _BROADER.get(w, ())}
            if m.head in role or (m.head in _GENERIC_HEADS and modifiers & role):
                return ent
        return None

    def _organisation(self, m: Mention, words: list[str]) -> Entity | None:
        """"the ministry" → the nearest organisation whose name says so ("Foreign Ministry"); a bare
        "the company" → the one organisation of the last paragraphs, if only one."""
        near = [ent for _, _, ent in self.ctx.index.before(m.start, ("ORG",), self.ctx.quoted, 3, 1500)
                if name_shaped(ent.name)]
        for ent in near:
            if m.head in tokens(ent.name):
                return ent
        if words == [m.head] and m.head in _BUSINESS_HEADS and len({e.id for e in near}) == 1:
            return near[0]
        return None

    def _nationality(self, m: Mention) -> bool:
        """"the Spaniard", "the German": one person named by nationality (a singular NORP)."""
        ent = self.ctx.index.at(m.end - 1)
        word = m.text.split()[-1]
        if ent is None or word.endswith("s"):
            return False
        return ent.label == "NORP" or ent.label == "ORG" and len(ent.mentions) == 1 and \
            word.lower().endswith(("ard", "ese", "ian", "ish", "ch"))

    def epithet(self, m: Mention) -> Entity | None:
        """"the 24-year-old", "the Spaniard": an epithet for someone named before: the person
        the text gave that age ("Tom Hale, 24,") or that nationality ("Spain's Carlos Ruiz", a
        "Spanish" role); for an age, else the only person named in the last few paragraphs, else
        the person the story is about if named there; None when two could be meant."""
        ctx = self.ctx
        epithet = _EPITHET.match(m.text)
        age = epithet.group("age") if epithet else None
        stem = re.compile(r"\b" + re.escape(m.text.split()[-1][:3].lower()))  # Spa-niard, Spa-in, Spa-nish
        near: set[str] = set()
        for s, e, ent in ctx.index.before(m.start, ("PERSON",), ctx.quoted, 4, 1500):
            near.add(ent.id)
            if age and re.match(rf"\s*(?:,|\()\s*(?:aged\s+)?{age}\b", ctx.text[e : e + 12]):
                return ent
            if not age and (stem.search((ent.role or "").lower())
                            or stem.search(ctx.text[max(0, s - 25) : e + 25].lower().replace(m.text.lower(), ""))):
                return ent
        if age:
            # "Atherton, who returned …, said … “…,” the 31-year-old said": the paragraph's subject
            para = ctx.text.rfind("\n", 0, m.start) + 1
            for s, e, ent in ctx.index.before(m.start, ("PERSON",), ctx.quoted, 4, m.start - para + 1):
                if ctx.is_subject(s, e):
                    return ent
        if age and len(near) == 1:
            return next(ent for _, _, ent in ctx.index.before(m.start, ("PERSON",), ctx.quoted, 1, 1500))
        topic = self._story_person() if age else None
        return topic if topic is not None and topic.id in near else None

    def _story_person(self) -> Entity | None:
        """The person the story is about: the first person its sentences have as subject, when no
        one is named more often in the whole article ("Ana Ruiz has agreed to take over the
        national team …": an age epithet no age in the text explains is most likely hers)."""
        ctx = self.ctx
        first = next((ent for sub in ctx.subjects if not sub.pronoun and not sub.embedded
                      for ent in [ctx.index.at(sub.end - 1)] if ent is not None and ent.label == "PERSON"), None)
        if first is None:
            return None
        most = max((len(e.mentions) for e in ctx.entities if e.label == "PERSON" and e.id != first.id), default=0)
        return first if len(first.mentions) > most else None

    def _spoken_for(self, m: Mention) -> Entity | None:
        """An unnamed spokesperson speaks for the organisation named with it ("a spokesperson for
        the Seafarers' Union", "the ministry's spokesman", "a Dow spokeswoman"). A bare "a
        spokesperson" stays as written: the organisation it speaks for is a guess."""
        named = _FOR.match(self.ctx.text, m.end)
        if named:
            ent = self.names.named(named.start("name"), named.end("name"), named.group("name"))
            if ent is not None and ent.label != "PERSON":
                return ent
        if m.owner is not None:
            ent = self.ctx.index.at(m.owner[1] - 1)
            if ent is not None and ent.label in ("ORG", "GPE"):
                return ent
        found = self.ctx.index.span_at(m.end - len(m.head) - 2)  # "A Dow spokeswoman", "a Kremlin spokesman"
        if found is not None and found[0] >= m.start and found[2].label in ("ORG", "GPE"):
            return found[2]
        return None

    def _author(self, m: Mention) -> Entity | None:
        """A document speaks for its sender, author or publisher: "a statement from the European
        Commission", "a study by economists Ann Lee and …", "The Washington Post recently ran a
        piece that noted …"."""
        text = self.ctx.text
        by = _AUTHOR.match(text, m.end) or _PUBLISHER.search(text, max(0, m.start - 80), m.start)
        if by:
            return self.names.named(by.start("name"), by.end("name"), by.group("name"))
        return None
