"""Named entities: per-block mentions from spaCy NER, consolidated into one entity per thing."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from reader.analysis import Entity, Span

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str


def collect(doc: Any, offset: int) -> list[Mention]:
    return [
        Mention(offset + e.start_char, offset + e.end_char, e.text, e.label_)
        for e in doc.ents
        if e.label_ in KEPT_LABELS
    ]


def consolidate(mentions: list[Mention], text: str) -> list[Entity]:
    """First version: one entity per (text, label)."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.text, m.label)].append(m)
    ordered = sorted(groups.items(), key=lambda kv: kv[1][0].start)
    return [
        Entity(id=f"e{i}", name=name, label=label, mentions=[Span(m.start, m.end) for m in ms])
        for i, ((name, label), ms) in enumerate(ordered, 1)
    ]
