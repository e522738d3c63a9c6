"""Who a speaker mention stands for: names, pronouns and descriptions resolved to entities.

`attribution.collect` finds, per block, the words that point at a quote's speaker (a `Mention`)
and the named subjects of sentences (`Subject`); the `Resolver` here maps a mention to an
entity of the analysis. A name maps to the entity whose mention it is (an entity is added for
a speaker the entity list missed); "he"/"she" to the most salient person named before whose
gender fits (a main-clause subject counts as nearer than an object or an embedded subject); a
definite description ("the Ukrainian leader", "the officer") to a person whose role fits;
an epithet ("the 58-year-old", "the Spaniard") to the person the text gave that age or
nationality; a spokesperson or a document to the organisation or author named with it ("a
spokesperson for the union", "a statement from the Commission"); a bare "the company" to the
one organisation named just before. An unnamed source ("a senior official", "the report")
stays unresolved and keeps its description. Where two could be meant, nothing is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable

from reader.analysis import Entity, Span
from reader.nlp.entities import roles
from reader.nlp.quotes import cues

_SUBJECT_WEIGHT = 0.1  # a subject counts as this much nearer than an object when resolving "he"
_EMBEDDED_WEIGHT = 0.4  # the subject of a reported clause is less salient than the one who reports it
_CHAIN_COST = 2.0  # an earlier "he" counts as this much farther than the name it stands for would
_INTRODUCED_WEIGHT = 0.3  # a name followed by an apposition giving its role: a source being introduced
# ", president of …", ", a former aide": a lower-case apposition right after a name (not a clause)
_APPOSITION_AFTER = re.compile(
    r",\s+(?!(?:who|which|that|and|but|or|as|in|on|at|for|to|with|said|says|told|according|who's|he|she|they|it|we|i|you)\b|[a-z]+ing\b)"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?[a-z][a-z-]+\b")
# "the 24-year-old", "the Spaniard": epithets journalists use for someone just named
_EPITHET = re.compile(r"^the\s+(?:(?P<age>\d{1,3})-year-old|[A-Z][a-z]+)$", re.I)
# "Detective Inspector Sarah Lang … the officer added": a rank and the broader word for it
_BROADER = {
    **dict.fromkeys("detective inspector constable sergeant lieutenant trooper deputy sheriff".split(), ("officer",)),
    **dict.fromkeys("senator congressman congresswoman representative rep sen mp assemblyman assemblywoman "
                    "legislator".split(), ("lawmaker", "legislator")),
    **dict.fromkeys("physician surgeon doctor".split(), ("doctor", "physician")),
    **dict.fromkeys("attorney lawyer counsel solicitor barrister".split(), ("lawyer", "attorney")),
    **dict.fromkeys("striker midfielder defender goalkeeper forward quarterback pitcher".split(), ("player",)),
    **dict.fromkeys("ceo chairman chairwoman founder president".split(), ("executive", "boss")),
}
# an organisation's or person's name written after a preposition: "European Commission", "Seafarers' Union"
_NAME_AFTER = r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:of|for|on|[A-Z][\w.&'’-]*))*)"
# the sender or author right after a document: " from the European Commission", " by economists Ann Lee"
_AUTHOR = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}" + _NAME_AFTER)
# the publisher right before a document: "The Washington Post recently ran "
_PUBLISHER = re.compile(r"(?P<name>(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+(?:\w+ly\s+)?"
                        r"(?:ran|published|released|issued|posted|put out|sent out|circulated)\s+$")
# "As for Trump, he said …": a topic put before the sentence's pronoun subject
_TOPIC = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:As for|As to|Asked about)\s+"
                    r"(?P<name>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*),\s*$")
# "the company said": generic names of a business
_BUSINESS_HEADS = frozenset(
    "company firm utility carrier airline retailer manufacturer automaker carmaker insurer lender "
    "chain startup operator developer maker producer corporation conglomerate".split()
)
_SPOKES = frozenset("spokesperson spokesman spokeswoman representative".split())
_FOR = re.compile(r"\s+for\s+(?:the\s+)?" + _NAME_AFTER)
_SMALL = frozenset("of the and for de la van von der bin al".split())
_GENERIC_HEADS = frozenset("leader chief head official politician figure boss".split())
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LOC")


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


class _Ranges:
    """Sorted, non-overlapping character ranges (the quotes), for O(log n) "is this inside?"."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ranges[i][1]


class _Index:
    """Entity mentions in reading order, for at-position and nearest-before look-ups."""

    def __init__(self, entities: list[Entity]) -> None:
        # A name the tagger once labelled ORG ("Trump", "Olaf Scholz") is still the person
        # when a PERSON entity carries the same name or surname.
        people: dict[str, Entity] = {}
        for e in entities:
            if e.label == "PERSON":
                people.setdefault(e.name.lower(), e)
                people.setdefault(_surname(e.name) or "", e)
        self.items = sorted(
            ((m.start, m.end, people.get(e.name.lower(), e) if e.label != "PERSON" else e)
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

    def before(self, pos: int, labels: tuple[str, ...], skip: _Ranges, limit: int = 6,
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


def _tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w'’.-]+", name.lower()) if t not in ("the", "'s", "’s")]


def _surname(name: str) -> str | None:
    toks = [t.rstrip(".") for t in _tokens(name)]
    toks = [t[:-2] if t.endswith(("'s", "’s")) else t for t in toks]
    return toks[-1] if toks else None


class Resolver:
    """Maps speaker mentions to entities, adding an entity for an uncovered name."""

    def __init__(self, entities: list[Entity], text: str, quote_ranges: list[tuple[int, int]],
                 subjects: list[Subject]) -> None:
        self.subjects = sorted(subjects, key=lambda x: x.start)
        self.subject_starts = [x.start for x in self.subjects]
        self._chain = [x for x in self.subjects if x.pronoun]
        self._chain_next = 0
        self._chain_memo: dict[int, Entity | None] = {}
        self.entities = entities
        self.text = text
        self.index = _Index(entities)
        self.quoted = _Ranges(quote_ranges)
        self._gender: dict[str, str | None] = {}
        self.used_ids = {e.id for e in entities}
        # name look-ups: full name and surname of every form of every speaker-like entity
        self.by_full: dict[str, list[Entity]] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        for ent in entities:
            self._learn(ent)
        # pronouns the article itself uses for each named subject
        self._said: dict[str, dict[str, int]] = {}
        for sub in self.subjects:
            if sub.gender:
                ent = self.index.at(sub.end - 1)
                if ent is not None:
                    votes = self._said.setdefault(ent.id, {})
                    votes[sub.gender] = votes.get(sub.gender, 0) + 1

    def _learn(self, ent: Entity) -> None:
        if ent.label not in SPEAKER_LABELS:
            return
        for form in (ent.name, *ent.aliases):
            self.by_full.setdefault(" ".join(_tokens(form)), []).append(ent)
            sur = _surname(form)
            if sur:
                self.by_surname.setdefault(sur, []).append(ent)

    def is_subject(self, start: int, end: int) -> bool:
        i = bisect_left(self.subject_starts, end) - 1
        return i >= 0 and self.subjects[i].end > start

    def weight(self, start: int, end: int, pronoun: int) -> float:
        """How much nearer a mention counts for a pronoun at `pronoun`: a main subject most (and
        the subject of a clause put before its sentence), a source introduced with an apposition
        ("…, which concerns Henry Crespo, president of …") more than another object, a plain
        object not at all."""
        i = bisect_left(self.subject_starts, end) - 1
        if i < 0 or self.subjects[i].end <= start:
            return _INTRODUCED_WEIGHT if _APPOSITION_AFTER.match(self.text, end) else 1.0
        sub = self.subjects[i]
        return _EMBEDDED_WEIGHT if sub.embedded and not sub.fronted else _SUBJECT_WEIGHT

    def gender(self, ent: Entity) -> str | None:
        if ent.id not in self._gender:
            fuller = [e.name for e in self.by_surname.get(_surname(ent.name) or "", [])
                      if e.label == "PERSON" and e.id != ent.id and len(e.name.split()) > 1]
            self._gender[ent.id] = _gender(ent, self.text, self._said.get(ent.id), fuller)
        return self._gender[ent.id]

    def _by_name(self, name: str, pos: int) -> Entity | None:
        """The entity this name (or its surname) names, the one mentioned nearest to `pos`."""
        sur = _surname(name)
        if not sur:
            return None
        cands = self.by_full.get(" ".join(_tokens(name)), []) + self.by_surname.get(sur, [])
        best: tuple[int, Entity] | None = None
        for ent in cands:
            dist = min((abs(m.start - pos) for m in ent.mentions), default=10**9)
            if best is None or dist < best[0]:
                best = (dist, ent)
        return best[1] if best else None

    def _new(self, name: str, label: str, start: int, end: int) -> Entity:
        """An entity for a speaker the entity list missed ("the Kremlin", a name NER skipped)."""
        k = len(self.entities) + 1
        while f"e{k}" in self.used_ids:
            k += 1
        ent = Entity(id=f"e{k}", name=name, label=label, mentions=[Span(start, end)])
        self.entities.append(ent)
        self.used_ids.add(ent.id)
        self.index.add(ent, start, end)
        self._learn(ent)
        return ent

    def name(self, m: Mention) -> Entity | None:
        found = self.index.span_at(m.end - 1)
        ent = found[2] if found else None
        if found is not None and _runs_past(self.text, m, found[0], found[1]):
            ent = None  # "Cummings and Conyers wrote": not the tagger's run-together "Cummings and Conyers"
        if ent is not None and ent.label in SPEAKER_LABELS and _name_shaped(ent.name):
            said = self._gender_said_at(m.start, m.end)
            if said and ent.label == "PERSON":
                # "Clinton issued a statement saying she …": the namesake the sentence's pronoun fits
                ent = self._fitting(ent, m.start, m.end, said) or ent
            return ent
        ent = self._by_name(m.core or m.text, m.start)
        if ent is not None:
            return ent
        name = _clean_name(m.core or m.text)
        words = name.split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
            return None  # not a name: a phrase the parse ran together
        label = "PERSON" if _looks_like_person(name) else "ORG"
        return self._new(name, label, m.start, m.end)

    def _gender_said_at(self, start: int, end: int) -> str | None:
        """"m"/"f" when the subject at this place is taken up by "he"/"she" later in its sentence."""
        i = bisect_left(self.subject_starts, end) - 1
        if i >= 0 and self.subjects[i].end > start:
            return self.subjects[i].gender
        return None

    def _chained(self, sub: Subject) -> Entity | None:
        """Who a "he"/"she" subject before the quote stands for. They are resolved once each in
        reading order, so a chain of them is followed without recursion."""
        while self._chain_next < len(self._chain) and self._chain[self._chain_next].start <= sub.start:
            p = self._chain[self._chain_next]
            self._chain_next += 1
            self._chain_memo[p.start] = self.pronoun(Mention(p.start, p.end, p.name, p.name.lower(), "pronoun"))
        return self._chain_memo.get(sub.start)

    def _named(self, start: int, end: int, text: str) -> Entity | None:
        """The entity a name found in the text stands for ("European Commission" after "from")."""
        return self.name(Mention(start, end, text, text.split()[-1].lower(), "name"))

    def _fitting(self, ent: Entity, start: int, end: int, want: str) -> Entity | None:
        """The person a mention names if "he"/"she" (`want`) can refer to them, else None.

        A bare surname the entity list gave to one of two people ("Clinton" for Bill) goes to
        the namesake the pronoun fits ("Clinton issued a statement saying she …": Hillary)."""
        g = self.gender(ent)
        if g == want or (g is None and ent.label == "PERSON"):
            return ent
        if g is not None and len(_tokens(self.text[start:end])) == 1:
            for other in self.by_surname.get(_surname(self.text[start:end]) or "", []):
                if other.label == "PERSON" and other.id != ent.id and self.gender(other) == want:
                    return other
        return None

    def pronoun(self, m: Mention) -> Entity | None:
        """"he"/"she": the nearest person of that gender named before, subjects counting as
        nearer than objects (the subject of the last sentence is the likeliest antecedent)."""
        if m.head in cues.MALE or m.head in cues.FEMALE:
            want = "m" if m.head in cues.MALE else "f"
            topic = _TOPIC.search(self.text, max(0, m.start - 80), m.start)
            if topic:  # "As for Trump, he said …": the topic the sentence opens with
                ent = self._named(topic.start("name"), topic.end("name"), topic.group("name"))
                if ent is not None and ent.label == "PERSON" and self.gender(ent) in (want, None):
                    return ent
            cands: list[tuple[float, Entity | None, Subject | None]] = []
            seen: set[str] = set()
            for s, e, ent in self.index.before(m.start, ("PERSON", "ORG"), self.quoted, 12):
                fit = self._fitting(ent, s, e, want)
                if fit is None:
                    continue  # men and organisations named in between don't use up the look-back
                if fit.id not in seen:
                    if len(seen) >= 4:
                        break
                    seen.add(fit.id)
                cands.append(((m.start - s) * self.weight(s, e, m.start), fit, None))
            i = bisect_left(self.subject_starts, m.start) - 1
            while i >= 0 and m.start - self.subjects[i].start < 2500:
                sub = self.subjects[i]
                i -= 1
                if sub.pronoun:
                    # "Trump … As for Trump, he said he is not worried. “…,” he said": the person an
                    # earlier "he" already stands for
                    if sub.name.lower() in (cues.MALE if want == "m" else cues.FEMALE):
                        ent = self._chained(sub)
                        if ent is not None:
                            cands.append((_CHAIN_COST * (m.start - sub.start) * self.weight(sub.start, sub.end, m.start), ent, None))
                    continue
                if self.quoted.inside(sub.start) or self.index.at(sub.end - 1) is not None:
                    continue
                if sub.name[:4].lower() == "the ":  # "The German leader was more cautious. … he said"
                    head = sub.name.split()[-1].lower()
                    ent = self.description(Mention(sub.start, sub.end, sub.name, head, "description"))
                    if ent is not None and self.gender(ent) in (want, None):
                        cands.append(((m.start - sub.start) * self.weight(sub.start, sub.end, m.start), ent, None))
                    continue
                ent = self._by_name(sub.name, sub.start)
                if ent is not None and ent.label == "PERSON" and self.gender(ent) in (want, None):
                    cands.append(((m.start - sub.start) * self.weight(sub.start, sub.end, m.start), ent, None))
                elif ent is None and _first_name_gender(sub.name) == want:
                    cands.append(((m.start - sub.start) * self.weight(sub.start, sub.end, m.start), None, sub))
            if not cands:
                return None
            _, ent, sub = min(cands, key=lambda c: c[0])
            if ent is None and sub is not None:
                ent = self._new(sub.name, "PERSON", sub.start, sub.end)
            return ent
        if m.head in cues.NEUTER:
            # "it": an organisation or country named just before, its subjects counting as nearer
            near = [((m.start - s) * (_SUBJECT_WEIGHT if self.is_subject(s, e) else 1.0), ent)
                    for s, e, ent in self.index.before(m.start, ("ORG", "GPE"), self.quoted, 3, 400)
                    # a country only as a subject, and never the dateline ("WASHINGTON -- …")
                    if ent.label == "ORG" or (self.is_subject(s, e) and not self.text[s:e].isupper())]
            if near:
                return min(near, key=lambda c: c[0])[1]
        return None

    def description(self, m: Mention) -> Entity | None:
        """A definite description ("the Ukrainian leader", "the spokeswoman") of someone named before.

        The entity's role must hold the description's head noun ("spokeswoman"), or, for a
        generic head ("leader", "chief"), one of its modifiers ("Ukrainian"). Indefinite ones
        ("a spokesman", "one official") bring in someone new and are never resolved.
        """
        words = _tokens(m.text)
        if not words or words[0] != "the" and not m.text.lower().startswith("the "):
            return None
        if m.head in cues.ORG_NOUNS or m.head in _BUSINESS_HEADS:
            # "the ministry" → the nearest organisation whose name says so ("Foreign Ministry")
            near = [ent for _, _, ent in self.index.before(m.start, ("ORG",), self.quoted, 3, 1500)
                    if _name_shaped(ent.name)]
            for ent in near:
                if m.head in _tokens(ent.name):
                    return ent
            # a bare "the company": the one organisation of the last paragraphs, if only one
            if words == [m.head] and m.head in _BUSINESS_HEADS and len({e.id for e in near}) == 1:
                return near[0]
            return None
        if m.head not in cues.PERSON_NOUNS:
            return None
        modifiers = {w for w in words[:-1] if w not in ("the", "former", "new", "current", "then") and len(w) > 2}
        for _, _, ent in self.index.before(m.start, ("PERSON",), self.quoted):
            role = set(_tokens(ent.role or ""))
            role |= {broad for w in role for broad in _BROADER.get(w, ())}
            if m.head in role or (m.head in _GENERIC_HEADS and modifiers & role):
                return ent
        return None

    def _nationality(self, m: Mention) -> bool:
        """"the Spaniard", "the German": one person named by nationality (a singular NORP)."""
        ent = self.index.at(m.end - 1)
        word = m.text.split()[-1]
        if ent is None or word.endswith("s"):
            return False
        return ent.label == "NORP" or ent.label == "ORG" and len(ent.mentions) == 1 and \
            word.lower().endswith(("ard", "ese", "ian", "ish", "ch"))

    def _epithet(self, m: Mention, age: str | None) -> Entity | None:
        """"the 24-year-old", "the Spaniard": an epithet for someone named before: the person
        the text gave that age ("Tom Hale, 24,") or that nationality ("Spain's Carlos Ruiz", a
        "Spanish" role); for an age, else the only person named in the last few paragraphs;
        None when two could be meant."""
        stem = re.compile(r"\b" + re.escape(m.text.split()[-1][:3].lower()))  # Spa-niard, Spa-in, Spa-nish
        near: set[str] = set()
        for s, e, ent in self.index.before(m.start, ("PERSON",), self.quoted, 4, 1500):
            near.add(ent.id)
            if age and re.match(rf"\s*(?:,|\()\s*(?:aged\s+)?{age}\b", self.text[e : e + 12]):
                return ent
            if not age and (stem.search((ent.role or "").lower())
                            or stem.search(self.text[max(0, s - 25) : e + 25].lower().replace(m.text.lower(), ""))):
                return ent
        if age:
            # "Atherton, who returned …, said … “…,” the 31-year-old said": the paragraph's subject
            para = self.text.rfind("\n", 0, m.start) + 1
            for s, e, ent in self.index.before(m.start, ("PERSON",), self.quoted, 4, m.start - para + 1):
                if self.is_subject(s, e):
                    return ent
        if age and len(near) == 1:
            return next(ent for _, _, ent in self.index.before(m.start, ("PERSON",), self.quoted, 1, 1500))
        return None

    def _spoken_for(self, m: Mention) -> Entity | None:
        """An unnamed spokesperson speaks for the organisation named with it ("a spokesperson for
        the Seafarers' Union", "the ministry's spokesman", "a Dow spokeswoman"). A bare "a
        spokesperson" stays as written: the organisation it speaks for is a guess."""
        named = _FOR.match(self.text, m.end)
        if named:
            ent = self._named(named.start("name"), named.end("name"), named.group("name"))
            if ent is not None and ent.label != "PERSON":
                return ent
        if m.owner is not None:
            ent = self.index.at(m.owner[1] - 1)
            if ent is not None and ent.label in ("ORG", "GPE"):
                return ent
        found = self.index.span_at(m.end - len(m.head) - 2)  # "A Dow spokeswoman", "a Kremlin spokesman"
        if found is not None and found[0] >= m.start and found[2].label in ("ORG", "GPE"):
            return found[2]
        return None

    def resolve(self, m: Mention | None) -> tuple[Entity | None, str | None]:
        """The entity a mention stands for, else (None, the description as written) or (None, None)."""
        if m is None:
            return None, None
        epithet = _EPITHET.match(m.text)
        if epithet and (epithet.group("age") or self._nationality(m)):
            ent = self._epithet(m, epithet.group("age"))
            return (ent, ent.name) if ent else (None, _describe(m.text))
        if m.kind == "name" and not (m.appos and _only_titles(m.text)):
            ent = self.name(m)
            return ent, ent.name if ent else None
        if m.kind == "pronoun":
            ent = self.pronoun(m)
            return ent, ent.name if ent else None
        for a_start, a_end, a_text in m.appos:
            ent = self._named(a_start, a_end, a_text)
            if ent is not None:
                return ent, ent.name
        ent = self.description(m)
        if ent is not None:
            return ent, ent.name
        if m.head in _SPOKES:
            ent = self._spoken_for(m)
            if ent is not None:
                return ent, ent.name
        if m.head in cues.DOCUMENT_NOUNS:
            # "a statement from the European Commission", "a study by economists Ann Lee and …",
            # "The Washington Post recently ran a piece that noted …"
            by = _AUTHOR.match(self.text, m.end) or _PUBLISHER.search(self.text, max(0, m.start - 80), m.start)
            if by:
                ent = self._named(by.start("name"), by.end("name"), by.group("name"))
                if ent is not None:
                    return ent, ent.name
        # An unnamed source ("a senior official", "the report"): named by its description only.
        return None, _describe(m.text)


def _runs_past(text: str, m: Mention, start: int, end: int) -> bool:
    """Does an entity mention run past the speaker's name into other words: a conjunction, a
    lower-case word, or capitalised words after the name ("Cummings and Conyers" for
    "Cummings", "Jane Doe Joked" or "Clinton Remarks" for a name)?"""
    before, after = text[start : m.start].split(), text[m.end : end].split()
    if any(w.lower() in ("and", "&", "or") or w.islower() for w in before + after):
        return True
    return any(w[:1].isupper() and w.lower().strip(".,") not in ("jr", "sr", "ii", "iii", "iv") for w in after)


def _only_titles(name: str) -> bool:
    """A title standing for a name ("The Foreign Secretary, David Lammy, said"): the apposition names."""
    words = [w.rstrip(".").lower() for w in name.split()]
    if words[:1] == ["the"]:
        return len(words) > 1 and (words[-1] in TITLES or words[-1] in cues.PERSON_NOUNS)
    return bool(words) and all(w in TITLES for w in words)


def _describe(text: str) -> str | None:
    t = text.strip(" ,.")
    return t if 0 < len(t) <= 80 and any(c.isalpha() for c in t) else None


_ORGISH = frozenset(
    "inc inc. corp corp. co. company news times post journal party committee department ministry "
    "agency association institute university campaign council house office bank group network "
    "foundation center centre service board court union commission administration government "
    "kremlin pentagon police fbi cia nato".split()
)


def _looks_like_person(name: str) -> bool:
    toks = name.split()
    if any(t.lower().strip(".,") in _ORGISH for t in toks):
        return False
    return 1 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks)


_NAME_LINKS = _SMALL | frozenset("on at in to du le da di del dos y".split())


def _name_shaped(name: str) -> bool:
    """Does an entity's name read as a name? Not a clause the tagger ran together ("Trump told The
    Associated Press of the prospects") nor a headline ("NBA Team Prior To Her Performance …")."""
    words = name.split()
    return len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_LINKS for w in words)


def _clean_name(text: str) -> str:
    t = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    t = re.sub(r"(['’]s|['’])$", "", t)
    return t.strip(" ,.")


TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady president vice prime minister sen senator rep gov governor "
    "gen general secretary chancellor judge mayor king queen prince princess rev pope chief treasurer "
    "director chairman chairwoman spokesman spokeswoman commissioner ambassador".split()
)


def _first_name_gender(name: str, sure: bool = False) -> str | None:
    """'m' or 'f' from the first name of a full name ("Hillary Clinton"), or of a name that is
    only a first name whose gender is sure ("Melanie"); None for a surname alone. With `sure`,
    only a sure first name counts."""
    toks = [t for t in re.findall(r"[A-Za-zÀ-ÿ'-]+", name) if t.lower().rstrip(".") not in TITLES]
    while len(toks) > 2 and roles.is_title(toks[0]):  # "Representative Ann McLane Kuster"
        toks.pop(0)
    if not toks or len(toks[0]) < 2:
        return None
    if (len(toks) < 2 or sure) and not cues.first_name_is_sure(toks[0]):
        return None
    return cues.first_name_gender(toks[0])


def _gender(ent: Entity, text: str, said: dict[str, int] | None, fuller: list[str]) -> str | None:
    """'m' or 'f': an honorific or gendered role in the article ("Mrs.", "spokeswoman"), else the
    first name's usual gender (of this name or a fuller one with the same surname), else the
    pronouns the article uses for this person ("Scott said he …")."""
    votes = {"m": 0, "f": 0}
    for m in ent.mentions[:12]:
        for w in text[max(0, m.start - 20) : m.start].lower().split()[-1:]:
            if w in cues.MALE_WORDS:
                votes["m"] += 1
            elif w in cues.FEMALE_WORDS:
                votes["f"] += 1
    for w in (ent.role or "").lower().split():
        if w in cues.MALE_WORDS:
            votes["m"] += 2
        elif w in cues.FEMALE_WORDS:
            votes["f"] += 2
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    if said and not any(_first_name_gender(form, sure=True) for form in (ent.name, *ent.aliases, *fuller)):
        # the article's own "Sanders said he …", twice and more, over a first name only mostly
        # one gender ("Bernie"); a sure one ("Melanie") is not outvoted by a "he" about her husband
        m_, f_ = said.get("m", 0), said.get("f", 0)
        if max(m_, f_) >= 2 and max(m_, f_) >= 3 * min(m_, f_):
            return "m" if m_ > f_ else "f"
    for form in (ent.name, *ent.aliases, *fuller):
        g = _first_name_gender(form)
        if g:
            return g
    if said and said.get("m", 0) != said.get("f", 0):
        return "m" if said.get("m", 0) > said.get("f", 0) else "f"
    return None
