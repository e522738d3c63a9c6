"""The word lists the language rules read, kept as data: one text file per concept.

As CoreNLP's and HeidelTime's resource files are, each list is a plain `.txt` file beside this
module, one word or phrase a line, `#` starting a comment that says what the list is for and
where it came from. Two shapes:

- `words("speech_verbs")`: a set of words or phrases (one per line);
- `table("months")`: a word or phrase and its value, separated by a tab ("january<TAB>1"), as
  HeidelTime's normalisation files map "january" to "01"; the consumer turns values into numbers.

Files are read once (with `importlib.resources`, so an installed wheel works as a checkout does)
and cached; the results are immutable, so a caller cannot change a list under another.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Mapping

__all__ = ["names", "table", "words"]


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
