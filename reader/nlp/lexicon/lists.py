"""Reading the word-list files: comments dropped, each list read once, immutable results."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Mapping


def _lines(name: str) -> list[str]:
    """The entries of `name`.txt: comments and blank lines dropped, each line stripped."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [entry for entry in entries if entry]


@cache
def words(name: str) -> frozenset[str]:
    """The words or phrases of one list ("speech_verbs" → {"say", "tell", …})."""
    return frozenset(_lines(name))


@cache
def table(name: str) -> Mapping[str, str]:
    """A list of word → value pairs, in file order ("months" → {"january": "1", …})."""
    pairs = {}
    for line in _lines(name):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"lexicon {name}: no tab between word and value in {line!r}")
        pairs[key.strip()] = value.strip()
    return MappingProxyType(pairs)


def names() -> list[str]:
    """Every list the lexicon holds, by name (the file names without `.txt`)."""
    return sorted(p.name[:-4] for p in files(__package__).iterdir() if p.name.endswith(".txt"))
