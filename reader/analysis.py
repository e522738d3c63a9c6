"""The analysis of an article as plain dataclasses, and its JSON form `newsreader.analysis/1`.

This is the contract between the NLP core, the UI, the export and the cache: nothing here
imports spaCy or Textual. Every span is a (start, end) character offset into `Analysis.text`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "newsreader.analysis/1"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@dataclass
class Entity:
    id: str
    name: str
    label: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str  # "full" | "partial"
    speaker: str | None = None  # an Entity id
    speaker_name: str | None = None
    cue: str | None = None
    rule: str | None = None  # the attribution sieve that decided the speaker ("speech_verb", "continuation", …)


@dataclass
class TimelineEntry:
    id: str
    expression: str
    start: int
    end: int
    date: str | None
    granularity: str | None
    event: str
    # Beyond DESIGN.md's schema: the sentence the expression dates, so the UI can light it up.
    sentence: Span | None = None
    # Tense of the verb the expression modifies ("past" | "present" | "future"): lets the UI
    # re-resolve weekdays and bare months against another publication date without spaCy.
    tense: str | None = None


_TIMELINE_FIELDS = frozenset(TimelineEntry.__dataclass_fields__)


@dataclass
class TimeExpression:
    """Every temporal expression as TimeML types it (DATE, TIME, DURATION, SET) with its TIMEX3
    value: durations, sets and "now" too, which the timeline leaves out. For TempEval scoring."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class Analysis:
    source: str
    title: str | None
    byline: str | None
    published: str | None
    model: ModelInfo
    text: str
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    outlet: str | None = None  # the site or publication a web page names ("BBC News")
    credits: list[str] = field(default_factory=list)  # byline and reporting credits, not story people
    timexes: list[TimeExpression] = field(default_factory=list)  # optional in the schema
    # Ranges of the text past the full-analysis budget, given only the light pass (quotation marks,
    # dates by their form, names found earlier; no parse, no entity recognition). Optional.
    reduced: list[Span] = field(default_factory=list)
    schema: str = SCHEMA

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        ordered = {"schema": d.pop("schema")}
        ordered.update(d)
        return ordered

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Analysis":
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document")
        return cls(
            source=d["source"],
            title=d.get("title"),
            byline=d.get("byline"),
            published=d.get("published"),
            outlet=d.get("outlet"),
            credits=list(d.get("credits") or []),
            model=ModelInfo(**d["model"]),
            text=d["text"],
            entities=[
                Entity(**{**e, "mentions": [Span(**m) for m in e.get("mentions", [])]})
                for e in d.get("entities", [])
            ],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            timeline=[
                TimelineEntry(**{**{k: v for k, v in t.items() if k in _TIMELINE_FIELDS},
                                 "sentence": Span(**t["sentence"]) if t.get("sentence") else None})
                for t in d.get("timeline", [])
            ],
            timexes=[TimeExpression(**t) for t in d.get("timexes", [])],
            reduced=[Span(**r) for r in d.get("reduced", [])],
        )

    @classmethod
    def from_json(cls, s: str) -> "Analysis":
        return cls.from_dict(json.loads(s))


def reduced_note(analysis: Analysis) -> str | None:
    """One line for the user when part of the text got only the light pass (None when none did)."""
    n = sum(r.end - r.start for r in analysis.reduced)
    if not n:
        return None
    return (f"{n:,} of {len(analysis.text):,} characters, in paragraphs too long to parse in full, got a reduced "
            "analysis: quotation marks, dates and names found earlier, but no parse and no new names")
