"""Hand-made articles for the speaker resolver: entities and mentions built from plain strings,
no model, so a failing test points at a resolution rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from reader.analysis import Entity, Span
from reader.nlp.quotes.speakers import Mention, Resolver, Subject


@dataclass
class Scene:
    """A text, its entities (every occurrence of each written form is a mention) and subjects."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)

    def person(self, name: str, *forms: str, role: str | None = None, label: str = "PERSON") -> Entity:
        spans = sorted((Span(m.start(), m.end()) for form in (name, *forms)
                        for m in re.finditer(rf"\b{re.escape(form)}\b", self.text)), key=lambda s: (s.start, s.end))
        # a shorter form inside a longer one ("Lee" in "Ann Lee") is the same mention
        spans = [s for s in spans if not any(o != s and o.start <= s.start and s.end <= o.end for o in spans)]
        ent = Entity(id=f"e{len(self.entities) + 1}", name=name, label=label, role=role,
                     aliases=list(forms), mentions=spans)
        self.entities.append(ent)
        return ent

    def org(self, name: str, *forms: str) -> Entity:
        return self.person(name, *forms, label="ORG")

    def subject(self, words: str, nth: int = 0, **flags: bool | str) -> Subject:
        """The `nth` occurrence of `words` as a sentence subject."""
        start = self.at(words, nth)
        sub = Subject(start, start + len(words), words, **flags)  # type: ignore[arg-type]
        self.subjects.append(sub)
        return sub

    def at(self, words: str, nth: int = 0) -> int:
        return [m.start() for m in re.finditer(re.escape(words), self.text)][nth]

    def mention(self, words: str, kind: str, nth: int = 0, **extra) -> Mention:
        start = self.at(words, nth)
        return Mention(start, start + len(words), words, words.split()[-1].lower(), kind, **extra)

    def resolver(self) -> Resolver:
        quotes = [(m.start() + 1, m.end() - 1) for m in re.finditer(r"“[^”]*”", self.text)]
        return Resolver(self.entities, self.text, quotes, self.subjects)

    def resolve(self, words: str, kind: str, nth: int = 0, **extra) -> tuple[str | None, str | None]:
        """(the entity's name or None, the name shown) for the `nth` `words` as a speaker mention."""
        ent, shown = self.resolver().resolve(self.mention(words, kind, nth, **extra))
        return (ent.name if ent else None), shown


@pytest.fixture
def scene():
    return Scene
