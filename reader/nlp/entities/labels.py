"""Entity labels by evidence: what the tagger said, weighed against the text around the name.

The small model calls companies, places and titles people and people organisations; a title
before a name, an organisation word at its end, a gazetteer and the majority of a name's
mentions decide instead. A label of None drops a mention as junk.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reader.nlp import lexicon
from reader.nlp.entities import places, roles
from reader.nlp.entities.cited import is_cited_reporter
from reader.nlp.entities.mentions import Mention
from reader.nlp.entities.names import core_key, core_words, is_first_name, is_given_name, name_words
from reader.nlp.entities.places import fold

# Labels a mislabelled person name shows up under ("Trump" as ORG, "Olaf Scholz" as ORG).
PERSONISH = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"}
PLACE_LABELS = {"GPE", "LOC"}
# Labels under which NER files person names it does not know ("Sean Hannity" as ORG).
NAME_LIKE_LABELS = {"ORG", "NORP", "LOC", "PRODUCT"}
# When a cluster's votes tie, the likelier reading wins.
LABEL_PRIORITY = ["PERSON", "GPE", "ORG", "FAC", "LOC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"]
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")  # "U.N." is not the "Un" of Kim Jong Un
# Last words that make a capitalized phrase an organisation or a thing, not a person.
ORG_HEADS = lexicon.words("organisation_name_ends")
# Last words of place names.
PLACE_HEADS = lexicon.words("place_name_ends")
# Nouns that introduce a thing, not a person: "the blood-testing company Theranos".
ORG_NOUNS = lexicon.words("organisation_nouns")
WORK_NOUNS = lexicon.words("work_nouns")
# Prepositions a person is rarely the object of ("in Chester"), and words of travel that make
# "to", "from" and "at" mean a place ("a trip to Tonga", "arrived at Heathrow").
PLACE_PREPOSITIONS = {"in", "near", "outside", "throughout", "across", "into", "inside"}
TRAVEL_WORDS = lexicon.words("travel_words")
# "residents of Chester", "the outskirts of Chester": the "of" of a place
PLACE_OF_WORDS = lexicon.words("place_of_words")
# Nouns right after a name that make it a place named after someone: "Walter Reed hospital".
FACILITY_NOUNS = lexicon.words("facility_nouns")
ORG_DESCRIPTION = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+)\b(?=\s+(?:that|which|co-founded|founded|"
                             r"based|owned|run|backed|of|in|with|for)\b|[,.;])")
LOWER_WORD = re.compile(r"(?<![\w’'@#/.-])[a-z][a-z’'-]+(?![\w@])")
QUOTE_MARKS = "\"“”'‘’«»"
# Device nouns after a name ("Velmar dock") and version words ending one ("Quist Lite"): a product.
PRODUCT_NOUNS = lexicon.words("product_nouns")
PRODUCT_NAME_ENDS = lexicon.words("product_name_ends")
# "Monday" … "Sunday" (not the abbreviations: "Sun" is also a surname).
WEEKDAY_NAMES = frozenset(w for w in lexicon.table("weekdays") if w.endswith("day"))
# Offices that end a title, never a name: "Charlotte Mayor" is a title NER took for a name.
OFFICE_WORDS = lexicon.words("office_words")


def _head_noun(description: str) -> str:
    """The noun a description is about: "company" of "the blood-testing company", "author" (not
    "study") of "author of the study"."""
    words = re.split(r"\s+(?:of|at|for|from|with|in|on)\s+", description, maxsplit=1)[0].split()
    return fold(words[-1]) if words else ""


def _org_noun(word: str) -> bool:
    """ "chain" or "chains": a noun that introduces an organisation."""
    return word in ORG_NOUNS or word.endswith("s") and word[:-1] in ORG_NOUNS


def _described_as_org(text: str, end: int) -> bool:
    """ "Altona, a group co-founded by …": an indefinite description right after the name whose
    noun is an organisation's."""
    found = ORG_DESCRIPTION.match(text, end)
    return bool(found) and _org_noun(found.group(1).lower())


def is_place(text: str) -> bool:
    return places.is_place_name(text)


def _name_like(m: Mention) -> bool:
    """An organisation or group mention that reads as a person's name: "Sean Hannity" tagged
    ORG. Two or three capitalized words starting with a known first name, no organisation word,
    not a place."""
    w = m.text.split()
    if not 2 <= len(w) <= 3 or not m.proper or "&" in m.text or m.text.isupper():
        return False
    if any(fold(x) in ORG_HEADS for x in w) or not all(x[:1].isupper() for x in w):
        return False
    if fold(w[0]) in roles.PARTICLES or any(places.country_code(x) for x in w):
        return False  # "Al Qaeda", "Caja China"
    return is_given_name(w[0]) and not is_place(m.text)


def _quoted(m: Mention, text: str) -> bool:
    """The whole name sits in quotation marks: a title ("''Twin Peaks''"), not a person."""
    before = text[max(0, m.start - 2) : m.start]
    after = text[m.end : m.end + 3].lstrip(",.")
    return bool(before) and before[-1] in QUOTE_MARKS and bool(after) and after[0] in QUOTE_MARKS \
        and m.end - m.start > 3


class _Evidence:
    """What the whole text says about names: who is named in full, which words belong to
    organisation names, which words the text also writes in lower case (common nouns)."""

    def __init__(self, mentions: list[Mention], text: str) -> None:
        self.named = [m.label in NAME_LIKE_LABELS and _name_like(m) for m in mentions]
        self.full: set[str] = set()
        self.surnames: set[str] = set()
        for m, is_named in zip(mentions, self.named):
            if m.label == "PERSON" and m.proper or is_named:
                w = core_words(name_words(m.text))
                if len(w) >= 2 and w[-1] not in ORG_HEADS:
                    self.full.add(" ".join(w))
                    self.surnames.add(w[-1])
        self.person_keys = self.full | self.surnames
        # surnames of full names that open with a known first name ("Nadal" of "Rafael Nadal")
        self.named_surnames = {k.split()[-1] for k in self.full if is_first_name(k.split()[0])}
        # words of organisation names ("Patriot Coal"): alone, "Patriot" is that organisation
        self.org_words: set[str] = set()
        for m in mentions:
            if m.label in ("ORG", "PERSON") and len(name_words(m.text)) > 1 and name_words(m.text)[-1] in ORG_HEADS:
                w = core_words(name_words(m.text))
                if len(w) > 1:
                    self.org_words.update(w)
        # words the tagger calls a place or an organisation alone, never a person ("Tottenham")
        alone = [(core_key(m.text), m.label) for m in mentions if " " not in core_key(m.text)]
        self.thing_words = {k for k, l in alone if l in ("GPE", "ORG", "LOC", "FAC")} \
            - {k for k, l in alone if l == "PERSON"} - self.person_keys
        self.text = self._text = text
        self._lower: set[str] | None = None

    def lower_case(self, word: str) -> bool:
        """Does the text also write this word in lower case ("Teachers chanted" / "the teachers")?"""
        if self._lower is None:
            self._lower = set(LOWER_WORD.findall(self._text))
        return word in self._lower


def _person_label(m: Mention, key: str, ev: _Evidence, text: str) -> str | None:
    """The label of a mention NER called a person, after the evidence against it."""
    last = key.split()[-1]
    lone = " " not in key and not m.titled and key not in ev.person_keys  # one word, never a full name
    if not m.proper:
        return None
    if " " in key and last in PLACE_HEADS:
        return "LOC"  # "Coco Beach", "Midway Atoll"
    if " " in key and last in ORG_HEADS:
        return "ORG"  # "Patriot Coal", "Dish Network"
    if last in OFFICE_WORDS or " " not in key and key in roles.HONORIFICS:
        return None  # "Charlotte Mayor", "Fire Chief": a title, not a name
    if m.dateline:
        return "GPE"  # "CHESTER, England —"
    if lone and is_place(m.text):
        return "GPE"  # "Kyiv" read as a person
    if not m.titled and not m.honorific and _placed(m) and (lone or not is_first_name(key.split()[0])):
        return "GPE"  # "residents fled Chester", "in Chester", "a trip to Tonga"
    if m.plural and not m.titled and key not in ev.person_keys:
        return "NORP"  # "Latinos", "Greeks"
    if lone and key in ev.org_words:
        return "ORG"  # "Patriot" of "Patriot Coal"
    if lone and not m.honorific and ev.lower_case(key):
        return None  # "Teachers chanted": a common noun that opens a sentence
    if " " in key and key.split()[0] in ev.thing_words and not m.titled and not m.honorific \
            and not is_given_name(key.split()[0]):
        return "ORG"  # "Tottenham Hotspur" where the text has "Tottenham" alone as a club or a place
    if m.next_noun in FACILITY_NOUNS and not m.titled:
        return "FAC"  # "Walter Reed hospital", "Kennedy airport"
    if m.determined and not m.titled and not m.honorific:
        return "ORG"  # "the Miami Herald": a person's name takes no article
    head = _head_noun(m.role or m.appos or "")
    if _org_noun(head) or _org_noun(m.appos_noun) \
            or _described_as_org(text, m.end):
        return "ORG"  # "the blood-testing company Theranos", "Full Fact, the fact-checking charity"
    if head in WORK_NOUNS or m.next_noun in WORK_NOUNS \
            or _quoted(m, text) and (" " in key or key not in ev.surnames and not is_first_name(key)):
        return "WORK_OF_ART"  # "the cult series Twin Peaks", ''Twin Peaks'' (not “Vito”, a nickname)
    return "PERSON"


def _placed(m: Mention) -> bool:
    """The name is where something is or goes: "in Chester", "a trip to Tonga", "flew from Nadi"."""
    prep = m.dep.partition(":")[2] if m.dep.startswith("pobj:") else ""
    return prep in PLACE_PREPOSITIONS or prep in ("to", "from", "at") and m.governor in TRAVEL_WORDS \
        or prep == "of" and m.governor in PLACE_OF_WORDS


def _against_person(m: Mention) -> bool:
    """Evidence in one mention that the name is no person's, whatever the others say."""
    return m.dateline or m.determined or m.next_noun in FACILITY_NOUNS or _org_noun(m.appos_noun)


def _other_label(m: Mention, key: str, ev: _Evidence) -> str | None:
    """The label of a mention NER did not call a person: a person still, when the evidence says so."""
    if m.dateline and m.label in PERSONISH:
        return "GPE"  # "CHESTER —" tagged an organisation
    if (m.label in PERSONISH or m.label == "LAW") and m.label != "NORP" and m.proper \
            and not ACRONYM.match(m.text):  # ("Roe" tagged LAW in a story about Jane Roe)
        if key in ev.person_keys and not (m.label in PLACE_LABELS and is_place(m.text)):
            return "PERSON"
        if m.titled and m.label != "GPE" and not is_place(m.text) and key.split()[-1] not in ORG_HEADS:
            return "PERSON"  # "Chancellor Olaf Scholz" read as an organisation (not the "Premier League")
        if m.titled and m.label == "GPE" and not is_place(m.text) and m.text[:1].isupper():
            return "PERSON"
    return m.label


def vote_labels(mentions: list[Mention], text: str) -> list[str | None]:
    """Each mention's label after evidence; None drops the mention (junk)."""
    ev = _Evidence(mentions, text)
    labels: list[str | None] = []
    for m, is_named in zip(mentions, ev.named):
        key = core_key(m.text)
        if not key or not any(c.isalpha() for c in m.text) or text[max(0, m.start - 1) : m.start] in ("#", "@"):
            labels.append(None)  # no letters, or a hashtag or handle
            continue
        label = _person_label(m, key, ev, text) if is_named or m.label == "PERSON" else _other_label(m, key, ev)
        if label is not None and label != "PERSON" and not any(c.isupper() for c in m.text):
            label = None  # lowercase "names" are not names
        labels.append(label)
    _settle_by_majority(mentions, labels, ev)
    return labels


def _settle_by_majority(mentions: list[Mention], labels: list[str | None], ev: _Evidence) -> None:
    """A name tagged PERSON here and ORG there: a title decides for the person; else, for a name
    that does not open with a known first name ("Ubisoft", "Manchester United"), a tie goes to the
    other label; else the majority of its mentions decides."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if labels[i] in PERSONISH and (labels[i] != "NORP" or m.plural and m.label == "PERSON"):
            groups[core_key(m.text)].append(i)  # (a plural the tagger called a person is a vote: "Spurs")
    for key, idx in groups.items():
        votes = [labels[i] for i in idx]
        if "PERSON" in votes and _picked_out_as_thing(key, [mentions[i] for i in idx], ev):
            winner = choose_label([mentions[i].label for i in idx if mentions[i].label != "PERSON"] or ["PRODUCT"])
            for i in idx:
                labels[i] = winner
        elif len(set(votes)) > 1 and "PERSON" in votes:
            if any(mentions[i].titled or mentions[i].honorific for i in idx):
                winner = "PERSON"
            elif any(_against_person(mentions[i]) for i in idx):  # "Walter Reed hospital" … "to Walter Reed"
                winner = choose_label([v for v in votes if v != "PERSON"])  # type: ignore[misc]
            elif key not in ev.named_surnames and not is_first_name(key.split()[0]) \
                    and 2 * votes.count("PERSON") <= len(votes):  # a tie: no first name, no person
                winner = choose_label([v for v in votes if v != "PERSON"])  # type: ignore[misc]
            else:
                winner = choose_label(votes)  # type: ignore[arg-type]
            for i in idx:
                labels[i] = winner
        elif votes[0] == "PERSON" and " " not in key and key not in ev.person_keys and not is_first_name(key) \
                and not any(mentions[i].titled for i in idx) and _only_quoted(mentions[idx[0]].text, ev.text):
            for i in idx:
                labels[i] = None  # "“Elementary, my dear Watson.”": a word of a quotation, no one in the story
        elif votes[0] == "PERSON" and " " not in key and key not in ev.person_keys and not is_given_name(key) \
                and all(_used_as_thing(mentions[i], ev.text) for i in idx):
            for i in idx:
                labels[i] = "ORG"  # only ever "on Twitter", "a Twitter account": a medium, not a person


def _picked_out_as_thing(key: str, group: list[Mention], ev: _Evidence) -> bool:
    """A name written the way things are named and not the way people are: a version word
    ending it ("Beamcast Ultra"), a model number or a device noun after it ("Skyhawk Q4", "the
    Velmar dock"), or, more than once or with the tagger calling it something else too, an
    article and modifiers before it ("the new 16-inch Velmar Pro"). Never so when a mention is
    titled, the name opens with a known first name, or it is the surname of someone named in
    full; and not when it says things as often as half the times it is picked out (a misparse
    may make a laptop say something once)."""
    words = key.split()
    if any(m.titled or m.honorific for m in group) or is_given_name(words[0]) or key in ev.named_surnames:
        return False
    versioned = len(words) > 1 and words[-1] in PRODUCT_NAME_ENDS
    strong = [versioned or m.numbered or m.next_noun in PRODUCT_NOUNS for m in group]
    weak = [m.determined or m.modified for m in group]
    says = sum(m.says for m in group)
    if says and 2 * says >= sum(a or b for a, b in zip(strong, weak)):
        return False
    if any(strong):
        return True
    return sum(weak) >= 2 or any(weak) and any(m.label != "PERSON" for m in group)


def _only_quoted(name: str, text: str) -> bool:
    """Is every use of the word in the text inside a double quotation of its paragraph (an odd
    number of straight quotes before it, or more opening than closing curly ones)?"""
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not (before.count('"') % 2 == 1 or before.count("“") > before.count("”")):
            return False
        found = True
    return found


def _used_as_thing(m: Mention, text: str) -> bool:
    """A word used as a thing is: "on Twitter", "took to Twitter", "his Instagram announcement",
    "Twitter CEO Dana Kim" (an office of it before a name), "Twitter @handle". Of a name never
    used otherwise, it is no person."""
    if m.titled or m.honorific:
        return False
    if m.dep in ("pobj:on", "pobj:via") or m.dep == "compound" and m.next_noun \
            or m.dep == "pobj:to" and m.governor == "took":
        return True
    after = text[m.end : m.end + 40].split()
    return bool(after) and after[0].startswith("@") \
        or len(after) >= 2 and roles.is_title(after[0]) and after[1][:1].isupper()


def choose_label(votes: list[str]) -> str:
    counts = Counter(votes)
    top = max(counts.values())
    return min((l for l, n in counts.items() if n == top), key=lambda l: LABEL_PRIORITY.index(l)
               if l in LABEL_PRIORITY else len(LABEL_PRIORITY))


def name_label(name: str, text: str, start: int) -> str | None:
    """The label of a name that did not come from the tagger (a speaker the speaker resolver found
    in "…, said X"), by the same evidence as a tagged mention: a place or organisation word at its
    end, an office with no name ("United Nations High Commissioner"), a place in the gazetteer,
    an article before it, a word the text also writes in lower case ("Teachers chanted"). None:
    no name at all."""
    key = core_key(name)
    if not key or not any(c.isupper() for c in name):
        return None
    last, lone = key.split()[-1], " " not in key
    if not lone and last in PLACE_HEADS:
        return "LOC"
    if last in ORG_HEADS or last in OFFICE_WORDS or lone and key in roles.HONORIFICS \
            or roles.is_title(last) and not is_first_name(key.split()[0]):
        return "ORG"  # an organisation, or an office speaking as one (not "Carole King")
    if lone and is_place(name):
        return "GPE"
    if lone and key in WEEKDAY_NAMES:
        return None  # "his doctor Friday afternoon": a day
    if lone and re.search(rf"(?<![\w’'@#/.-]){re.escape(key)}(?![\w@])", text):
        return None  # "Teachers chanted …" / "the teachers": a common noun opening a sentence
    if is_cited_reporter(name, text):
        return None  # "…, reports Ortiz" of "Lena Ortiz of the New York Times": a cited reporter
    if re.search(r"\b(?:the|a|an)\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return "ORG"  # "the Kremlin", "a Space Odyssey": a person's name takes no article
    return "PERSON"
