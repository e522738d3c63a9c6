"""Entity labels by evidence: what the tagger said, weighed against the text around the name.

The small model calls companies, places and titles people and people organisations; a title
before a name, an organisation word at its end, a gazetteer and the majority of a name's
mentions decide instead. A label of None drops a mention as junk.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reader.nlp.entities import places, roles
from reader.nlp.entities.mentions import Mention
from reader.nlp.entities.names import core_key, core_words, is_first_name, name_words
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
ORG_HEADS = {
    "network", "networks", "coal", "strategies", "strategy", "grants", "grant", "consult", "consulting", "group",
    "inc", "corp", "co", "llc", "ltd", "plc", "company", "partners", "associates", "foundation", "institute",
    "center", "centre", "university", "college", "school", "news", "times", "journal", "bank", "fund",
    "party", "committee", "council", "association", "agency", "department", "ministry", "office", "media",
    "holdings", "capital", "energy", "airlines", "airways", "motors", "technologies", "systems", "labs",
    "pharmaceuticals", "club", "project", "act", "plan", "program", "programme", "report", "show", "says",
    "equality", "county", "city", "state", "republic", "realty",
    "coalition", "union", "federation", "alliance", "campaign", "administration", "court", "commission",
    "board", "service", "services", "force", "army", "navy", "police", "church", "hospital", "trust", "press",
    "magazine", "channel", "radio", "tv", "studios", "records", "entertainment", "games", "foods", "brands",
    "hotel", "tower", "towers", "building", "plaza", "museum", "park", "bridge", "airport", "station", "avenue",
    "street", "road", "square", "stadium", "arena", "research", "assembly", "register", "observer",
    "resources", "decisions", "electric", "nation", "brothers", "sons", "scouts", "society", "speech",
    "debate", "rally", "summit", "convention", "caucus", "primary", "amendment", "treaty", "accord",
}
# Last words of place names.
PLACE_HEADS = {"beach", "lake", "bay", "valley", "coast", "springs", "falls", "heights", "hills", "atoll",
               "island", "islands", "river", "mountains", "mountain", "peninsula", "desert", "canyon", "harbor"}
# Nouns that introduce a thing, not a person: "the blood-testing company Theranos".
ORG_NOUNS = {"company", "firm", "startup", "service", "site", "website", "app", "platform", "network", "brand",
             "magazine", "newspaper", "paper", "outlet", "publication", "channel", "station", "bank", "fund",
             "group", "chain", "maker", "manufacturer", "retailer", "giant", "insurer", "lender", "airline",
             "carrier", "agency", "organization", "organisation", "nonprofit", "charity", "union", "party"}
WORK_NOUNS = {"show", "series", "sitcom", "film", "movie", "documentary", "book", "novel", "memoir", "album",
              "song", "program", "programme", "play", "musical", "opera", "game", "podcast", "drug", "product"}
QUOTE_MARKS = "\"“”'‘’«»"
# Offices that end a title, never a name: "Charlotte Mayor" is a title NER took for a name.
OFFICE_WORDS = {"mayor", "president", "senator", "governor", "minister", "secretary", "chancellor", "spokesman",
                "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo", "director", "commissioner",
                "ambassador", "candidate", "nominee", "premier", "attorney", "officer"}


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
    return is_first_name(w[0]) and not is_place(m.text)


def _quoted(m: Mention, text: str) -> bool:
    """The whole name sits in quotation marks: a title ("''Twin Peaks''"), not a person."""
    before = text[max(0, m.start - 2) : m.start]
    after = text[m.end : m.end + 3].lstrip(",.")
    return bool(before) and before[-1] in QUOTE_MARKS and bool(after) and after[0] in QUOTE_MARKS \
        and m.end - m.start > 3


def vote_labels(mentions: list[Mention], text: str) -> list[str | None]:
    """Each mention's label after evidence; None drops the mention (junk)."""
    labels: list[str | None] = []
    full: set[str] = set()
    surnames: set[str] = set()
    named = [m.label in NAME_LIKE_LABELS and _name_like(m) for m in mentions]
    for m, is_named in zip(mentions, named):
        if m.label == "PERSON" and m.proper or is_named:
            w = core_words(name_words(m.text))
            if len(w) >= 2 and w[-1] not in ORG_HEADS:
                full.add(" ".join(w))
                surnames.add(w[-1])
    person_keys = full | surnames
    # words of organisation names ("Patriot Coal"): alone, "Patriot" is that organisation
    org_words: set[str] = set()
    for m in mentions:
        if m.label in ("ORG", "PERSON") and len(name_words(m.text)) > 1 and name_words(m.text)[-1] in ORG_HEADS:
            w = core_words(name_words(m.text))
            if len(w) > 1:
                org_words.update(w)
    for m, is_named in zip(mentions, named):
        label: str | None = "PERSON" if is_named else m.label
        key = core_key(m.text)
        if not key or not any(c.isalpha() for c in m.text) or text[max(0, m.start - 1) : m.start] in ("#", "@"):
            labels.append(None)  # no letters, or a hashtag or handle
            continue
        if label == "PERSON":
            if not m.proper:
                label = None
            elif " " in key and key.split()[-1] in PLACE_HEADS:
                label = "LOC"  # "Coco Beach", "Midway Atoll"
            elif " " in key and key.split()[-1] in ORG_HEADS:
                label = "ORG"  # "Patriot Coal", "Dish Network"
            elif key.split()[-1] in OFFICE_WORDS or " " not in key and key in roles.HONORIFICS:
                label = None  # "Charlotte Mayor": a title, not a name
            elif " " not in key and not m.titled and key not in person_keys and is_place(m.text):
                label = "GPE"  # "Kyiv" read as a person
            elif m.plural and not m.titled and key not in person_keys:
                label = "NORP"  # "Latinos", "Greeks"
            elif " " not in key and not m.titled and key not in person_keys and key in org_words:
                label = "ORG"  # "Patriot" of "Patriot Coal"
            elif m.role and fold(m.role.split()[-1]) in ORG_NOUNS:
                label = "ORG"  # "the blood-testing company Theranos"
            elif m.role and fold(m.role.split()[-1]) in WORK_NOUNS or _quoted(m, text) \
                    and (" " in key or key not in surnames and not is_first_name(key)):  # (not “Vito”, a nickname)
                label = "WORK_OF_ART"  # "the cult series Twin Peaks", ''Twin Peaks''
        elif (m.label in PERSONISH or m.label == "LAW") and m.label != "NORP" and m.proper \
                and not ACRONYM.match(m.text):  # ("Roe" tagged LAW in a story about Jane Roe)
            if key in person_keys and not (m.label in PLACE_LABELS and is_place(m.text)):
                label = "PERSON"
            elif m.titled and m.label != "GPE" and not is_place(m.text):
                label = "PERSON"  # "Chancellor Olaf Scholz" read as an organisation
            elif m.titled and m.label == "GPE" and not is_place(m.text) and m.text[:1].isupper():
                label = "PERSON"
        if label is not None and label != "PERSON" and not any(c.isupper() for c in m.text):
            label = None  # lowercase "names" are not names
        labels.append(label)
    # a name tagged PERSON here and ORG there: the majority of its mentions decides
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if labels[i] in PERSONISH and labels[i] != "NORP":
            groups[core_key(m.text)].append(i)
    for key, idx in groups.items():
        votes = [labels[i] for i in idx]
        if len(set(votes)) > 1 and "PERSON" in votes:
            titled = any(mentions[i].titled for i in idx)
            winner = "PERSON" if titled else choose_label(votes)  # type: ignore[arg-type]
            for i in idx:
                labels[i] = winner
        elif votes[0] == "PERSON" and " " not in key and key not in person_keys \
                and all(mentions[i].dep in ("pobj:on", "pobj:via") and not mentions[i].titled for i in idx):
            for i in idx:
                labels[i] = "ORG"  # only ever "on Twitter": a medium, not a person
    return labels


def choose_label(votes: list[str]) -> str:
    counts = Counter(votes)
    top = max(counts.values())
    return min((l for l, n in counts.items() if n == top), key=lambda l: LABEL_PRIORITY.index(l)
               if l in LABEL_PRIORITY else len(LABEL_PRIORITY))
