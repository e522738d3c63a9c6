"""One index over a shelf: every speaker, person, organisation and dated event across its articles.

Built from finished `Analysis` objects only (cached JSON), so a shelf of a thousand articles is
indexed without spaCy. One person quoted in two articles is one entry: names are compared by a
folded key (case, accents and German transliterations ö/oe, ü/ue, ä/ae, ß/ss set aside), an
entity's aliases count as its names, and a surname alone joins the full name on the shelf that
ends with it — the one such name, or one the shelf gives far more often than any other (a
story's "Brandt" is its Walter Brandt, not the Greta of two articles; two Johnsons as common as
each other stay apart). An entry is named as most of its articles name it, and its roles come
the most usual first.
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


def person_key(name: str) -> tuple[str, str]:
    """A person's key without the titles before the name ("Mr. Lee", "Sen. Lee" and "Lee" are one
    surname), and the gender an honorific among them says ('m', 'f' or '')."""
    from reader.nlp.entities.roles import HONORIFICS, PERSON_TITLES

    words, gender = fold(name).split(), ""
    while len(words) > 1 and words[0] in PERSON_TITLES:
        gender = gender or HONORIFICS.get(words.pop(0), "")
    return " ".join(words), gender


def _quoted_word(entity, speakers: set[str | None]) -> bool:
    """A one-word name the model did not call a person but whom the article quotes ("Lee", tagged
    ORG, said …): looked up as a surname, so it joins the person the shelf names that way."""
    return entity.id in speakers and " " not in entity.name.strip() and not entity.aliases


def _gender_of(full_key: str) -> str:
    """'m', 'f' or '' for the first name of a full name's key."""
    from reader.nlp.entities.names import first_name_gender

    return first_name_gender(full_key.split(" ", 1)[0])


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
    surnames: dict[str, dict[tuple[int, str], str]] = {}  # surname → its full names' nodes → full key
    single: list[tuple[tuple[int, str], str, str]] = []  # (node, surname, an honorific's gender)
    for i, a in enumerate(shelf):
        speakers = {q.speaker for q in a.quotes}
        for e in a.entities:
            node = (i, e.id)
            clusters.find(node)
            person = _kind(e.label) == "person" or _quoted_word(e, speakers)
            named = {person_key(n) if person else (fold(n), "") for n in (e.name, *e.aliases)}
            keys = {k for k, _ in named} - {""}
            for key in keys:
                if " " in key or not person:
                    other = by_key.setdefault((_kind(e.label), key), node)
                    clusters.union(other, node)
            full = [k for k in keys if " " in k]
            if person and full:
                for k in full:
                    surnames.setdefault(k.rsplit(" ", 1)[1], {})[node] = k
            elif person:
                single.extend((node, k, g) for k, g in named if k)
    meant: dict[tuple[str, str], tuple[int, str] | None] = {}  # (surname, gender) → the cluster it means
    for node, key, gender in single:
        if (key, gender) not in meant:  # once per surname, not once per mention of it (a shelf's "Trump")
            meant[key, gender] = _dominant(Counter(
                clusters.find(n) for n, full in surnames.get(key, {}).items()
                if not gender or _gender_of(full) in ("", gender)))
        owner = meant[key, gender]
        if owner is not None:
            clusters.union(clusters.find(owner), node)
    return clusters


def _dominant(owners: Counter) -> tuple[int, str] | None:
    """The one cluster a bare surname means: the only one, or the one named DOMINANT times as often."""
    ranked = owners.most_common()
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
    roles: dict[tuple[int, str], Counter] = {}  # root → how many articles gave each role
    for i, a in enumerate(shelf):
        for e in a.entities:
            root = clusters.find((i, e.id))
            entry = entries.setdefault(root, ShelfEntry(name=e.name, label=e.label))
            called.setdefault(root, Counter())[e.name] += 1
            if e.label in _PEOPLE:
                entry.label = e.label  # (a quoted one-word "organisation" that joined a person)
            entry.names |= {e.name, *e.aliases}
            if e.role:
                roles.setdefault(root, Counter())[e.role] += 1
            if not entry.articles or entry.articles[-1] != i:  # (articles come in order)
                entry.articles.append(i)
            entry.mentions += len(e.mentions)
        for q in a.quotes:
            entry = entries.get(clusters.find((i, q.speaker))) if q.speaker else None
            if entry is not None:
                entry.quotes.append(QuoteRef(i, q.id, q.text, q.start, q.end))
    for root, entry in entries.items():  # a full name first, then the most usual, then the longest
        entry.name = max(called[root].items(), key=lambda nc: (" " in nc[0], nc[1], len(nc[0]), nc[0]))[0]
        entry.roles = [r for r, _ in roles.get(root, Counter()).most_common()]  # the most usual first
    timeline = sorted((DateRef(i, t.id, t.date, t.expression, t.event, t.start)
                       for i, a in enumerate(shelf) for t in a.timeline if t.date),
                      key=lambda d: (d.date, d.article, d.start))
    return ShelfIndex(list(entries.values()), timeline)
