"""Look-ups by position: entity mentions in reading order, and the quotes' character ranges."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from reader.analysis import Entity
from reader.nlp.entities.names import core_words, person_words


def tokens(name: str) -> list[str]:
    """A name's words in lower case, without "the" and a possessive "'s"."""
    return [t for t in re.findall(r"[\w'’.-]+", name.lower()) if t not in ("the", "'s", "’s")]


def name_key(name: str) -> str:
    """What a name is looked up by, one key for all its spellings: "Schröder", "Schroeder" and
    "Schroder"; "Van Der Beek" and "van der Beek" (the entities' own `person_words`)."""
    return " ".join(w for w in person_words(name) if w != "the")


def surname_key(name: str) -> str | None:
    """The surname's key, past a suffix: "okafor" of "Daniel Okafor Jr."."""
    words = [w for w in core_words(person_words(name)) if w != "the"]
    return words[-1] if words else None


class Ranges:
    """Sorted, non-overlapping character ranges (the quotes), for O(log n) "is this inside?"."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ranges[i][1]


class EntityIndex:
    """Entity mentions in reading order, for at-position and nearest-before look-ups."""

    def __init__(self, entities: list[Entity]) -> None:
        # A name the tagger once labelled ORG ("Trump", "Olaf Scholz") is still the person
        # when a PERSON entity carries the same name or surname.
        people: dict[str, Entity] = {}
        for e in entities:
            if e.label == "PERSON":
                people.setdefault(name_key(e.name), e)
                people.setdefault(surname_key(e.name) or "", e)
        self.items = sorted(
            ((m.start, m.end, people.get(name_key(e.name), e) if e.label != "PERSON" else e)
             for e in entities for m in e.mentions), key=lambda x: (x[0], x[1])
        )
        self.starts = [s for s, _, _ in self.items]

    def add(self, ent: Entity, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.items.insert(i, (start, end, ent))
        self.starts.insert(i, start)

    def at(self, pos: int) -> Entity | None:
        """The entity with a mention over character `pos` (the head of a speaker's name)."""
        found = self.span_at(pos)
        return found[2] if found else None

    def span_at(self, pos: int) -> tuple[int, int, Entity] | None:
        """The entity mention over character `pos`, with its start and end."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and pos - self.items[i][0] < 200:
            s, e, ent = self.items[i]
            if s <= pos < e:
                return s, e, ent
            i -= 1
        return None

    def before(self, pos: int, labels: tuple[str, ...], skip: Ranges, limit: int = 6,
               window: int = 2500, keep: Callable[[Entity], bool] | None = None) -> list[tuple[int, int, Entity]]:
        """Mentions before `pos` (nearest first, within `window` characters), of at most
        `limit` entities (those `keep` accepts), none inside `skip`."""
        i = bisect_right(self.starts, pos) - 1
        out: list[tuple[int, int, Entity]] = []
        seen: set[str] = set()
        while i >= 0 and pos - self.items[i][0] < window:
            s, e, ent = self.items[i]
            i -= 1
            if e > pos or ent.label not in labels or skip.inside(s) or (keep is not None and not keep(ent)):
                continue
            if ent.id not in seen:
                if len(seen) >= limit:
                    break
                seen.add(ent.id)
            out.append((s, e, ent))
        return out
