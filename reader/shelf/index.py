"""One index over a shelf: every speaker, person, organisation and dated event across its articles.

Built from finished `Analysis` objects only (cached JSON), so a shelf of a thousand articles is
indexed without spaCy. One person quoted in two articles is one entry: names are compared by a
folded key (case, accents and German transliterations ö/oe, ü/ue, ä/ae, ß/ss set aside), an
entity's aliases count as its names, and a surname alone joins the full name on the shelf that
ends with it — the one such name, or one the shelf gives far more often than any other (a
story's "Trump" is its Donald Trump, not the Ivanka of two articles; two Johnsons as common as
each other stay apart). An entry is named as most of its articles name it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.analysis import Analysis

_PEOPLE = frozenset(("PERSON",))
_ORGANISATIONS = frozenset(("ORG",))
# A surname alone joins a full name that ends with it when the shelf gives that full name in at
# least this many times as many articles as every other full name with the surname together.
DOMINANT = 4


def fold(name: str) -> str:
    """A name's comparison key: "Schröder", "Schroeder" and "SCHRODER" give the same. It is the
    entity consolidation's own key (`reader.nlp.entities.names.person_words`), so a name is
    matched one way within an article and across the shelf; imported here, not at start-up."""
    from reader.nlp.entities.names import person_words

    return " ".join(person_words(name))


@dataclass(frozen=True)
class QuoteRef:
    article: int  # index into the shelf
    quote_id: str
    text: str
    start: int
    end: int


@dataclass
class ShelfEntry:
    """One real-world person or body across the shelf."""

    name: str
    label: str
    roles: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    articles: list[int] = field(default_factory=list)
    mentions: int = 0
    quotes: list[QuoteRef] = field(default_factory=list)


@dataclass(frozen=True)
class DateRef:
    article: int
    entry_id: str
    date: str
    expression: str
    event: str
    start: int


@dataclass
class ShelfIndex:
    entries: list[ShelfEntry]
    timeline: list[DateRef]

    @property
    def speakers(self) -> list[ShelfEntry]:
        """Everyone quoted, the most quoted first (then by the number of articles)."""
        return sorted((e for e in self.entries if e.quotes), key=lambda e: (-len(e.quotes), -len(e.articles), e.name))

    @property
    def people(self) -> list[ShelfEntry]:
        return self._by_reach(_PEOPLE)

    @property
    def organisations(self) -> list[ShelfEntry]:
        return self._by_reach(_ORGANISATIONS)

    def _by_reach(self, labels: frozenset[str]) -> list[ShelfEntry]:
        return sorted((e for e in self.entries if e.label in labels),
                      key=lambda e: (-len(e.articles), -e.mentions, e.name))


def _kind(label: str) -> str:
    return "person" if label in _PEOPLE else "other"


class _Clusters:
    """Union-find over (article, entity id) nodes."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(self, x: tuple[int, str]) -> tuple[int, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[int, str], b: tuple[int, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _cluster(shelf: list[Analysis]) -> _Clusters:
    clusters = _Clusters()
    by_key: dict[tuple[str, str], tuple[int, str]] = {}
    surnames: dict[str, set[tuple[int, str]]] = {}
    single: list[tuple[tuple[int, str], str]] = []
    for i, a in enumerate(shelf):
        for e in a.entities:
            node = (i, e.id)
            clusters.find(node)
            keys = {fold(n) for n in (e.name, *e.aliases)} - {""}
            for key in keys:
                if " " in key or _kind(e.label) != "person":
                    other = by_key.setdefault((_kind(e.label), key), node)
                    clusters.union(other, node)
            full = [k for k in keys if " " in k]
            if _kind(e.label) == "person" and full:
                for k in full:
                    surnames.setdefault(k.rsplit(" ", 1)[1], set()).add(node)
            elif _kind(e.label) == "person":
                single.extend((node, k) for k in keys)
    owners: dict[str, Counter] = {}  # surname → its full names' clusters, by articles naming them
    for node, key in single:
        if key not in owners:  # once per surname, not once per mention of it (a shelf's "Trump")
            owners[key] = Counter(clusters.find(n) for n in surnames.get(key, ()))
        owner = _dominant(owners[key], clusters)
        if owner is not None:
            clusters.union(owner, node)
    return clusters


def _dominant(owners: Counter, clusters: _Clusters) -> tuple[int, str] | None:
    """The one cluster a bare surname means: the only one, or the one named DOMINANT times as often."""
    merged: Counter = Counter()
    for root, n in owners.items():  # (an earlier join may have merged two)
        merged[clusters.find(root)] += n
    owners.clear()
    owners.update(merged)
    ranked = merged.most_common()
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= DOMINANT * sum(n for _, n in ranked[1:]):
        return ranked[0][0]
    return None


def build_index(shelf: list[Analysis]) -> ShelfIndex:
    """The cross-article index of a shelf (analyses in shelf order)."""
    clusters = _cluster(shelf)
    entries: dict[tuple[int, str], ShelfEntry] = {}
    called: dict[tuple[int, str], Counter] = {}  # root → how many articles gave each name
    for i, a in enumerate(shelf):
        for e in a.entities:
            root = clusters.find((i, e.id))
            entry = entries.setdefault(root, ShelfEntry(name=e.name, label=e.label))
            called.setdefault(root, Counter())[e.name] += 1
            entry.names |= {e.name, *e.aliases}
            if e.role and e.role not in entry.roles:
                entry.roles.append(e.role)
            if not entry.articles or entry.articles[-1] != i:  # (articles come in order)
                entry.articles.append(i)
            entry.mentions += len(e.mentions)
        for q in a.quotes:
            entry = entries.get(clusters.find((i, q.speaker))) if q.speaker else None
            if entry is not None:
                entry.quotes.append(QuoteRef(i, q.id, q.text, q.start, q.end))
    for root, entry in entries.items():  # a full name first, then the most usual, then the longest
        entry.name = max(called[root].items(), key=lambda nc: (" " in nc[0], nc[1], len(nc[0]), nc[0]))[0]
    timeline = sorted((DateRef(i, t.id, t.date, t.expression, t.event, t.start)
                       for i, a in enumerate(shelf) for t in a.timeline if t.date),
                      key=lambda d: (d.date, d.article, d.start))
    return ShelfIndex(list(entries.values()), timeline)
