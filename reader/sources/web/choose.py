"""Pick the best reading of a page by agreement, length and link density.

The order of trust follows trafilatura's own fallback logic (`external.compare_extraction`):
its precision mode first (least boilerplate); its balanced mode when precision kept too
little. The second opinions, readability-lxml (the fork trafilatura ships) and jusText,
replace it when they differ from it in a way the other one confirms:
- one is much longer and holds all of trafilatura's text and the other's: a feature whose
  body is split into sections that trafilatura stopped at the first of;
- readability is shorter and all inside trafilatura's text, and closer to jusText:
  trafilatura kept boilerplate (a related-stories block, captions) that readability left out.
A reading that is mostly links (a menu, a list of stories) is never chosen.
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
    return _longer_or_cleaner(base, readability, justext, agree)


def _longer_or_cleaner(base: Candidate, readability: Candidate, justext: Candidate, agree: _Agreement) -> Candidate:
    # A longer reading that holds all of trafilatura's text and all of the other opinion's: a
    # feature split into sections trafilatura stopped at the first of. Evidence that the extra
    # text is body: the other opinion holds it too, or found mostly body outside trafilatura's
    # text itself (another section); and, unless both opinions agree, no page dump around it.
    for longer, other in ((readability, justext), (justext, readability)):
        if (
            len(longer) > _MUCH_LONGER * len(base)
            and agree.contained(base, longer) > _CONTAINED
            and agree.contained(other, longer) > _CONTAINED
        ):
            agreed = agree.contained(longer, other) > _CONTAINED
            beyond = agree.contained(other, base) < _CONFIRMS and len(longer) < _PAGE_DUMP * len(base)
            if agreed or beyond:
                return longer
    # A shorter readability inside trafilatura's text, closer to jusText: trafilatura kept
    # boilerplate (a related-stories block, captions) that readability left out.
    confirmed = agree.similarity(readability, justext) > agree.similarity(base, justext) + _CLEARER
    if confirmed and len(readability) < len(base) and agree.contained(readability, base) > _CONTAINED:
        return readability
    return base
