"""Named entities consolidated into one entity per real thing, in reading order of first mention.

Works at document level on `Mention` records only (see `mentions.collect`): headline guesses
confirmed (`cleanup`), labels by evidence (`labels`), people clustered (`people`), places by
country code, organisations with their acronyms, untagged surnames added (`surnames`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from reader.analysis import Entity, Span
from reader.nlp.entities import places
from reader.nlp.entities.cited import cited_reporters
from reader.nlp.entities.credits import Credits, find_credits
from reader.nlp.entities.cleanup import confirm_headlines, trim_initial_words, trim_run_ins
from reader.nlp.entities.labels import PLACE_LABELS, choose_label, vote_labels
from reader.nlp.entities.mentions import Mention, collect
from reader.nlp.entities.names import ARTICLES, name_words, strip_article
from reader.nlp.entities.people import aliases_of, choose_role, cluster_people, display_person
from reader.nlp.entities.surnames import untagged_surnames

__all__ = ["Credits", "Mention", "collect", "consolidate", "find_credits"]



def consolidate(mentions: list[Mention], text: str, credits: Credits | None = None) -> list[Entity]:
    """One Entity per real thing, in reading order of first mention. Names on byline and credit
    lines (`credits`) are the story's authors, not things in it: they are left out; reporters of
    other outlets the story cites are added to them."""
    if credits is not None and credits.spans:
        mentions = [m for m in mentions if not credits.covers(m.start, m.end)]
    mentions = trim_initial_words(confirm_headlines(trim_run_ins(mentions), text))
    labels = vote_labels(mentions, text)
    person_idx = [i for i, l in enumerate(labels) if l == "PERSON"]
    person_idx.sort(key=lambda i: mentions[i].start)
    clusters = _without_cited_reporters(cluster_people(person_idx, mentions), mentions, text, credits)
    clusters_of = {i: c for c, cl in enumerate(clusters) for i in cl}

    groups: dict[str, list[int]] = defaultdict(list)
    for i, l in enumerate(labels):
        if l is None or l == "PERSON":
            continue
        groups[_place_key(mentions[i], l)].append(i)
    long_by_acr = _spelled_out(groups, mentions)
    for key in list(groups):
        if " " not in key and key in long_by_acr and mentions[groups[key][0]].text.isupper():
            groups[long_by_acr[key]].extend(groups.pop(key))

    records: list[tuple[int, Entity]] = []
    surname_owner: list[tuple[str, str]] = []
    for c, cl in enumerate(clusters):
        name = display_person(cl, mentions)
        role = choose_role(cl, mentions, clusters_of, person_idx)
        aliases = aliases_of(cl, mentions, name)
        spans = [Span(mentions[i].start, mentions[i].end) for i in cl]
        ent = Entity(id="", name=name, label="PERSON", role=role, aliases=aliases, mentions=spans)
        records.append((min(s.start for s in spans), ent))
        core = name.split()
        if len(core) >= 2 and len(core[-1]) >= 3 and core[-1][:1].isupper():
            surname_owner.append((str(c), core[-1]))
    for key, cl in groups.items():
        label = choose_label([labels[i] for i in cl])  # type: ignore[misc]
        if key.startswith("country:"):
            label = "GPE"
        name = _display_other(cl, mentions, key)
        aliases = aliases_of(cl, mentions, name, no_article=True)
        spans = [Span(mentions[i].start, mentions[i].end) for i in cl]
        records.append((min(s.start for s in spans), Entity(id="", name=name, label=label, aliases=aliases,
                                                            mentions=spans)))

    # surnames spaCy did not tag, added to their person
    covered = [(m.start, m.end) for m in mentions]
    extra = untagged_surnames(surname_owner, covered, text)
    for c, spans in extra.items():
        ent = records[int(c)][1]
        ent.mentions.extend(spans)

    records.sort(key=lambda r: r[0])
    out = []
    for n, (_, ent) in enumerate(records, 1):
        ent.id = f"e{n}"
        ent.mentions = sorted(set(ent.mentions), key=lambda s: (s.start, s.end))
        out.append(ent)
    return out


def _without_cited_reporters(clusters: list[list[int]], mentions: list[Mention], text: str,
                             credits: Credits | None) -> list[list[int]]:
    """People less the reporters of other outlets the story cites ("according to Lena Ortiz of
    the New York Times"): like the story's own credits, they go to `credits`, not People."""
    spans = [[(mentions[i].start, mentions[i].end) for i in cl] for cl in clusters]
    cited = {k for k in cited_reporters(text, spans) if not any(mentions[i].titled for i in clusters[k])}
    if credits is not None:
        for k in sorted(cited):
            name = display_person(clusters[k], mentions)
            if name not in credits.names:
                credits.names.append(name)
            credits.spans.extend(Span(s, e) for s, e in spans[k])
    return [cl for k, cl in enumerate(clusters) if k not in cited]


def _place_key(m: Mention, label: str) -> str:
    if label in PLACE_LABELS or label in ("ORG", "FAC"):
        code = places.country_code(m.text)
        if code:
            return "country:" + code
    w = name_words(m.text)
    while w and w[0] in ARTICLES:
        w.pop(0)
    if label == "NORP" and w and w[-1].endswith("s") and len(w[-1]) > 3:
        w[-1] = w[-1][:-1]  # "Republicans" / "Republican"
    return " ".join(w)


def _spelled_out(groups: dict[str, list[int]], mentions: list[Mention]) -> dict[str, str]:
    """Acronym → the key of the organisation it abbreviates: all its initials ("NATO" / "North Atlantic
    Treaty Organization"), else a run of three or more of them ("CDC" in "(Chinese) Center for Disease
    Control and Prevention") when nothing in the article spells the acronym out in full."""
    long_by_acr: dict[str, str] = {}
    for key, cl in groups.items():
        w = key.split()
        if len(w) >= 2 and not key.startswith("country:"):
            caps = [x for x in mentions[cl[0]].text.split() if x[:1].isupper()]
            if len(caps) >= 2:
                long_by_acr.setdefault(_acronym(w), key)
    for key in list(groups):
        initials = _acronym(key.split())
        if len(initials) >= 4 and len(key.split()) >= 4 and not key.startswith("country:"):
            for n in range(3, len(initials)):
                for i in range(len(initials) - n + 1):
                    long_by_acr.setdefault(initials[i : i + n], key)
    return long_by_acr


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in ("of", "the", "and", "for", "&") and w[:1].isalpha())


def _display_other(cluster: list[int], mentions: list[Mention], key: str) -> str:
    forms = Counter(strip_article(mentions[i].text) for i in cluster)
    if key.startswith("country:") and all(places.CODE.match(f) for f in forms):
        return places.country_name(key.split(":", 1)[1])
    return max(forms, key=lambda f: (not places.CODE.match(f), len(f.split()), forms[f]))
