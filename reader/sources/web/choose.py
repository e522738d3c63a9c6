"""Pick the best reading of a page by agreement, length and link density.

The order of trust follows trafilatura's own fallback logic (`external.compare_extraction`):
its precision mode first (least boilerplate); its balanced mode when precision kept too
little. readability-lxml replaces it when the two differ in a way a third, independent
reading (jusText) confirms:
- readability is much longer and holds all of trafilatura's text: a feature whose body is
  split into sections that trafilatura stopped at the first of;
- readability is shorter and is all inside trafilatura's text: trafilatura kept boilerplate
  (a related-stories block, captions) that readability left out.
Agreement is measured as the benchmark measures text: shared runs of four words.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.sources.web.candidates import Candidate

_WORD = re.compile(r"\w+")
# precision mode kept under this share of balanced mode's text: it dropped part of the body.
_PRECISION_TOO_SHORT = 0.5
_MUCH_LONGER = 1.5
_CONTAINED = 0.9
_CLEARER = 0.02
# A second opinion confirms a longer reading when most of its text is in it.
_CONFIRMS = 0.5
# ... unless it is that much longer than the opinion: then it is the whole page around it.
_PAGE_DUMP = 3
_MAX_LINK_DENSITY = 0.3


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


class _Agreement:
    """Shingle overlaps between candidates, computed once each."""

    def __init__(self) -> None:
        self._cache: dict[str, Counter[tuple[str, ...]]] = {}

    def shingles(self, c: Candidate) -> Counter[tuple[str, ...]]:
        if c.name not in self._cache:
            self._cache[c.name] = _shingles(c.text)
        return self._cache[c.name]

    def contained(self, a: Candidate, b: Candidate) -> float:
        """Share of a's four-word runs that are also in b."""
        sa = self.shingles(a)
        total = sum(sa.values())
        return sum((sa & self.shingles(b)).values()) / total if total else 0.0

    def similarity(self, a: Candidate, b: Candidate) -> float:
        """F1 of the shared runs: 1 for the same text, 0 for nothing in common."""
        sa, sb = self.shingles(a), self.shingles(b)
        shared = sum((sa & sb).values())
        total = sum(sa.values()) + sum(sb.values())
        return 2 * shared / total if total else 0.0


def _usable(c: Candidate | None) -> bool:
    return c is not None and bool(c.blocks) and c.link_density <= _MAX_LINK_DENSITY


def choose(found: list[Candidate]) -> Candidate:
    by_name = {c.name: c for c in found}
    precision = by_name["trafilatura-precision"]
    balanced = by_name["trafilatura-balanced"]
    readability, justext = by_name.get("readability"), by_name.get("justext")
    agree = _Agreement()
    opinions = [c for c in (readability, justext) if _usable(c)]
    base = precision
    if len(precision) < _PRECISION_TOO_SHORT * len(balanced) and _usable(balanced):
        # precision mode dropped part of the body, or balanced mode took in a menu: a second
        # opinion decides (none: trust balanced, as trafilatura does).
        if not opinions or any(
            agree.contained(c, balanced) > _CONFIRMS and len(balanced) < _PAGE_DUMP * len(c) for c in opinions
        ):
            base = balanced
    if not base.blocks:
        # trafilatura found nothing: the second opinions, if they are not a page of links.
        return next(iter(opinions), base)
    if not _usable(readability) or not _usable(justext):
        return base
    confirmed = agree.similarity(readability, justext) > agree.similarity(base, justext) + _CLEARER
    if not confirmed:
        return base
    if len(readability) > _MUCH_LONGER * len(base) and agree.contained(base, readability) > _CONTAINED:
        return readability
    if len(readability) < len(base) and agree.contained(readability, base) > _CONTAINED:
        return readability
    return base
