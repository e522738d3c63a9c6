"""The resolver's face: one mention in, (entity, name as shown) out, by the kind of mention."""

from __future__ import annotations

from reader.analysis import Entity
from reader.nlp.quotes.speakers.context import Context
from reader.nlp.quotes.speakers.descriptions import Descriptions, described
from reader.nlp.quotes.speakers.mentions import Mention, Subject
from reader.nlp.quotes.speakers.names import Names, only_titles
from reader.nlp.quotes.speakers.pronouns import Pronouns


class Resolver:
    """Maps speaker mentions to entities, adding an entity for an uncovered name."""

    def __init__(self, entities: list[Entity], text: str, quote_ranges: list[tuple[int, int]],
                 subjects: list[Subject]) -> None:
        self.ctx = Context(entities, text, quote_ranges, subjects)
        self.names = Names(self.ctx)
        self.descriptions = Descriptions(self.ctx, self.names)
        self.pronouns = Pronouns(self.ctx, self.names, self.descriptions)

    def resolve(self, m: Mention | None) -> tuple[Entity | None, str | None]:
        """The entity a mention stands for, else (None, the description as written) or (None, None)."""
        if m is None:
            return None, None
        if self.descriptions.is_epithet(m):
            ent = self.descriptions.epithet(m)
            return (ent, ent.name) if ent else (None, described(m.text))
        if m.kind == "name" and not (m.appos and only_titles(m.text)):
            ent = self.names.name(m)
            return ent, ent.name if ent else None
        if m.kind == "pronoun":
            return self.pronouns.speaker(m)
        ent = self.descriptions.referent(m)
        # an unnamed source ("a senior official", "the report") is named by its description only
        return (ent, ent.name) if ent else (None, described(m.text))
