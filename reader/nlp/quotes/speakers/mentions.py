"""What attribution hands the resolver: the words pointing at a speaker, and sentence subjects."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """Who a piece of evidence points at, as written: "Jane Doe", "he", "the spokeswoman"."""

    start: int
    end: int
    text: str
    head: str  # the head word, lower case
    kind: str  # "name" | "pronoun" | "description"
    appos: tuple[tuple[int, int, str], ...] = ()  # name-like appositions: "the mayor, Jane Doe"
    owner: tuple[int, int, str] | None = None  # possessor of a description: "Trump's campaign"
    core: str | None = None  # the bare name without titles: "Emmanuel Macron" of "French President Emmanuel Macron"


@dataclass(frozen=True)
class Subject:
    """Where a sentence names its subject: salience for resolving "he" and "she" later."""

    start: int
    end: int
    name: str  # the bare name ("Olaf Scholz"), for a speaker the entity list missed
    gender: str | None = None  # "m"/"f" when the sentence goes on with "he"/"she" for this subject
    embedded: bool = False  # the subject of a reported or subordinate clause ("Trump said *Assad* is …")
    fronted: bool = False  # … of an adverbial clause before its sentence ("When *Flynn* was asked …, he said")
    pronoun: bool = False  # "he"/"she" as the subject: a link in a chain of mentions of one person


# entity labels that can speak: people, organisations, countries, and what the tagger mistakes them for
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LOC")
