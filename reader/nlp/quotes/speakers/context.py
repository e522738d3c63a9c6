"""What every resolution step looks at: the text, the entities by position and by name, the
sentence subjects (salience) and each person's gender; and the one place a missed speaker
becomes a new entity."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis import Entity, Span
from reader.nlp.entities.labels import name_label
from reader.nlp.quotes.speakers import gender as genders
from reader.nlp.quotes.speakers.index import EntityIndex, Ranges, name_key, surname_key, tokens
from reader.nlp.quotes.speakers.mentions import SPEAKER_LABELS, Subject

SUBJECT_WEIGHT = 0.1  # a subject counts as this much nearer than an object when resolving "he"
_EMBEDDED_WEIGHT = 0.4  # the subject of a reported clause is less salient than the one who reports it
INTRODUCED_WEIGHT = 0.3  # a name followed by an apposition giving its role: a source being introduced
# ", president of …", ", a former aide": a lower-case apposition right after a name (not a clause)
_APPOSITION_AFTER = re.compile(
    r",\s+(?!(?:who|which|that|and|but|or|as|in|on|at|for|to|with|said|says|told|according|who's|he|she|they|it|we|i|you)\b|[a-z]+ing\b)"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?[a-z][a-z-]+\b")


class Context:
    """The article as the resolver sees it; shared by the name, pronoun and description steps."""

    def __init__(self, entities: list[Entity], text: str, quote_ranges: list[tuple[int, int]],
                 subjects: list[Subject]) -> None:
        self.subjects = sorted(subjects, key=lambda x: x.start)
        self.subject_starts = [x.start for x in self.subjects]
        self.entities = entities
        self.text = text
        self.index = EntityIndex(entities)
        self.quoted = Ranges(quote_ranges)
        self._gender: dict[str, str | None] = {}
        self.used_ids = {e.id for e in entities}
        # name look-ups: full name and surname of every form of every speaker-like entity
        self.by_full: dict[str, list[Entity]] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        for ent in entities:
            self._learn(ent)
        # pronouns the article itself uses for each named subject
        self._said: dict[str, dict[str, int]] = {}
        for sub in self.subjects:
            if sub.gender:
                ent = self.index.at(sub.end - 1)
                if ent is not None:
                    votes = self._said.setdefault(ent.id, {})
                    votes[sub.gender] = votes.get(sub.gender, 0) + 1

    def _learn(self, ent: Entity) -> None:
        if ent.label not in SPEAKER_LABELS:
            return
        for form in (ent.name, *ent.aliases):
            self.by_full.setdefault(name_key(form), []).append(ent)
            sur = surname_key(form)
            if sur:
                self.by_surname.setdefault(sur, []).append(ent)

    def subject_at(self, start: int, end: int) -> Subject | None:
        """The sentence subject overlapping these characters, if any."""
        i = bisect_left(self.subject_starts, end) - 1
        return self.subjects[i] if i >= 0 and self.subjects[i].end > start else None

    def is_subject(self, start: int, end: int) -> bool:
        return self.subject_at(start, end) is not None

    def weight(self, start: int, end: int) -> float:
        """How much nearer a mention counts for a later pronoun: a main subject most (and the
        subject of a clause put before its sentence), a source introduced with an apposition
        ("…, which concerns Henry Crespo, president of …") more than another object, a plain
        object not at all."""
        sub = self.subject_at(start, end)
        if sub is None:
            return INTRODUCED_WEIGHT if _APPOSITION_AFTER.match(self.text, end) else 1.0
        return _EMBEDDED_WEIGHT if sub.embedded and not sub.fronted else SUBJECT_WEIGHT

    def gender_said_at(self, start: int, end: int) -> str | None:
        """"m"/"f" when the subject at this place is taken up by "he"/"she" later in its sentence."""
        sub = self.subject_at(start, end)
        return sub.gender if sub is not None else None

    def gender(self, ent: Entity) -> str | None:
        if ent.id not in self._gender:
            fuller = [e.name for e in self.by_surname.get(surname_key(ent.name) or "", [])
                      if e.label == "PERSON" and e.id != ent.id and len(e.name.split()) > 1]
            self._gender[ent.id] = genders.gender(ent, self.text, self._said.get(ent.id), fuller)
        return self._gender[ent.id]

    def fitting(self, ent: Entity, start: int, end: int, want: str) -> Entity | None:
        """The person a mention names if "he"/"she" (`want`) can refer to them, else None.

        A bare surname the entity list gave to one of two people ("Clinton" for Bill) goes to
        the namesake the pronoun fits ("Clinton issued a statement saying she …": Hillary)."""
        g = self.gender(ent)
        if g == want or (g is None and ent.label == "PERSON"):
            return ent
        if g is not None and len(tokens(self.text[start:end])) == 1:
            for other in self.by_surname.get(surname_key(self.text[start:end]) or "", []):
                if other.label == "PERSON" and other.id != ent.id and self.gender(other) == want:
                    return other
        return None

    def by_name(self, name: str, pos: int) -> Entity | None:
        """The entity this name (or its surname) names, the one mentioned nearest to `pos`."""
        sur = surname_key(name)
        if not sur:
            return None
        cands = self.by_full.get(name_key(name), []) + self.by_surname.get(sur, [])
        best: tuple[int, Entity] | None = None
        for ent in cands:
            dist = min((abs(m.start - pos) for m in ent.mentions), default=10**9)
            if best is None or dist < best[0]:
                best = (dist, ent)
        return best[1] if best else None

    def new(self, name: str, label: str, start: int, end: int) -> Entity | None:
        """An entity for a speaker the entity list missed ("the Kremlin", a name NER skipped). A
        person's name is weighed by the entity labels' own evidence first: an office, a place or a
        common noun opening a sentence is no person (None: no name at all)."""
        if label == "PERSON":
            label = name_label(name, self.text, start)  # type: ignore[assignment]
            if label is None:
                return None
        k = len(self.entities) + 1
        while f"e{k}" in self.used_ids:
            k += 1
        ent = Entity(id=f"e{k}", name=name, label=label, mentions=[Span(start, end)])
        self.entities.append(ent)
        self.used_ids.add(ent.id)
        self.index.add(ent, start, end)
        self._learn(ent)
        return ent
