"""People: person mentions clustered into one entity per person, with a display name, a role
and aliases.

Full names cluster first; a surname alone joins the full name introduced before it (the nearest
when two people share it, the one whose honorific or role fits). Name comparison lives in
`names`, so quote speaker resolution matches names the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from reader.nlp.entities import roles
from reader.nlp.entities.mentions import Mention
from reader.nlp.entities.names import (compatible_names, core_words, first_name_gender, name_words, person_words,
                                       strip_article,
                                       suffix_of)

NEAREST_WINDOW = 400  # chars: how far back "his successor" looks for the person meant


def cluster_people(idx: list[int], mentions: list[Mention]) -> list[list[int]]:
    """Group person mentions: full names first; then each surname (or unique first name) goes to
    a compatible full name already introduced, the nearest before it when two people share it.
    A surname used before any full name of it is its own person at first ("President Obama" in
    a story that later names Michelle Obama); it joins the full name at the end unless it was
    clearly used for someone else before that full name came."""
    clusters: list[list[int]] = []
    names: list[list[str]] = []  # each cluster's fullest folded name
    singles: list[int] = []
    by_last: dict[str, list[int]] = defaultdict(list)  # compatible names share their last word
    for i in idx:
        w = person_words(mentions[i].text)
        core = core_words(w)
        if len(core) >= 2:
            for c in by_last[core[-1]]:
                if compatible_names(w, names[c]):
                    clusters[c].append(i)
                    if len(w) > len(names[c]):
                        names[c] = w
                    break
            else:
                by_last[core[-1]].append(len(clusters))
                clusters.append([i])
                names.append(w)
        else:
            singles.append(i)
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    for c, cw in enumerate(names):
        core = core_words(cw)
        by_surname[core[-1]].append(c)
        by_first[core[0]].append(c)
    intro = [min(mentions[i].start for i in cl) for cl in clusters]  # a full name in the headline introduces

    def full_candidates(w: list[str]) -> list[int]:
        cands = by_surname.get(w[-1], []) if w else []
        if len(w) > 1:  # "von der Leyen": the whole tail must match
            cands = [c for c in cands if core_words(names[c])[-len(w):] == w]
        if not cands and len(w) == 1 and len(by_first.get(w[0], [])) == 1 and w[0] not in by_surname:
            cands = by_first[w[0]]
        return cands

    standalone: dict[tuple[str, str], int] = {}
    for i in singles:
        m = mentions[i]
        words = person_words(m.text)
        w = core_words(words)
        key = (" ".join(w), suffix_of(words))
        cands = [c for c in full_candidates(w) if intro[c] <= m.start or m.headline]
        # "Trump Jr." is the son, a bare "Trump" the one without a suffix, when both are named
        cands = [c for c in cands if suffix_of(names[c]) == key[1]] or cands
        if key in standalone:
            cands.append(standalone[key])
        if cands:
            clusters[_likeliest(cands, clusters, mentions, m)].append(i)
        else:
            standalone[key] = len(clusters)
            clusters.append([i])
            names.append(w)
    # a surname first used alone joins its full name unless it was someone else's before
    merged: set[int] = set()
    for (key, sfx), s_idx in standalone.items():
        fulls = full_candidates(key.split())
        fulls = [c for c in fulls if suffix_of(names[c]) == sfx] or fulls
        if len(fulls) != 1:
            continue  # two full names share it: which one it was is anyone's guess
        f = fulls[0]
        gs = _cluster_gender(clusters[s_idx], mentions)
        gf = _cluster_gender(clusters[f], mentions) if gs else ""
        before = sum(1 for i in clusters[s_idx] if mentions[i].start < intro[f] and not mentions[i].headline)
        if gs and gf and gs != gf or before >= 3 and len(clusters[f]) < len(clusters[s_idx]):
            continue
        clusters[f].extend(clusters[s_idx])
        merged.add(s_idx)
    return [cl for c, cl in enumerate(clusters) if c not in merged]


def _likeliest(cands: list[int], clusters: list[list[int]], mentions: list[Mention], m: Mention) -> int:
    """Among clusters that share a surname: the one whose honorifics agree ("Mrs. Clinton"),
    then the one named nearest before."""
    if len(cands) == 1:
        return cands[0]
    if m.role:  # "Senator Cruz" is the senator, not his wife
        words = roles.role_key_words(m.role) - roles.VAGUE_ROLE_WORDS
        fitting = [c for c in cands if any(words & roles.role_key_words(mentions[i].role or mentions[i].appos or "")
                                           for i in clusters[c])]
        cands = fitting or cands
    gender = roles.HONORIFICS.get(m.honorific or "", "")
    if gender:
        ranked = {c: _cluster_gender(clusters[c], mentions) for c in cands}
        same = [c for c in cands if ranked[c] == gender]
        unknown = [c for c in cands if not ranked[c]]
        cands = same or unknown or cands
    return _nearest(cands, clusters, mentions, m.start)


def _cluster_gender(cluster: list[int], mentions: list[Mention]) -> str:
    """'m', 'f' or '': from an honorific ("Mrs. Clinton"), else from a first name ("Bill")."""
    for i in cluster:
        if mentions[i].honorific:
            return roles.HONORIFICS.get(mentions[i].honorific, "")
    for i in cluster:
        w = mentions[i].text.split()
        if len(w) >= 2:
            return first_name_gender(w[0])
    return ""


def _nearest(cands: list[int], clusters: list[list[int]], mentions: list[Mention], pos: int) -> int:
    """The candidate cluster named closest before `pos` (else closest after, else the biggest)."""
    best, best_d = cands[0], None
    for c in cands:
        for i in clusters[c]:
            s = mentions[i].start
            d = pos - s if s <= pos else 10 * (s - pos)  # a later mention counts, but less
            if best_d is None or d < best_d:
                best, best_d = c, d
    return best


def display_person(cluster: list[int], mentions: list[Mention]) -> str:
    forms = Counter(mentions[i].text for i in cluster)
    first = {}
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        first.setdefault(mentions[i].text, mentions[i].start)
    # the most used full name ("Alicia Machado" over a once-seen "Universe Alicia Machado"), then the longest
    name = max(forms, key=lambda f: (not f.isupper(), len(core_words(name_words(f))) >= 2, forms[f], len(core_words(name_words(f))),
                                     any(ord(c) > 127 for c in f), -first[f]))
    return _with_suffix(name, forms)


def _with_suffix(name: str, forms: Counter[str]) -> str:
    """ "Daniel W. Okafor" introduced as "Daniel Okafor Jr.": the suffix is part of the name."""
    if suffix_of(name_words(name)) or len(core_words(name_words(name))) < 2:
        return name
    for f in forms:
        w = name_words(f)
        if suffix_of(w) and len(core_words(w)) >= 2 and core_words(w)[-1] == core_words(name_words(name))[-1]:
            return f"{name} {f.split()[-1]}"
    return name


def choose_role(cluster: list[int], mentions: list[Mention], clusters_of: dict[int, int],
                 person_mentions: list[int]) -> str | None:
    role: str | None = None
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        m = mentions[i]
        cand = m.role if m.role and roles.role_key_words(m.role) else m.appos
        if not cand:
            continue
        cand = _resolve_possessive(cand, m, clusters_of, person_mentions, mentions)
        if role is None:
            role = cand
        elif roles.role_key_words(role) < roles.role_key_words(cand):
            role = cand  # a later, fuller form of the same role ("President" -> "US President")
    return role


def _resolve_possessive(role: str, m: Mention, clusters_of: dict[int, int], person_mentions: list[int],
                        mentions: list[Mention]) -> str:
    """ "his successor" -> "Scholz's successor": the person named just before, not this one."""
    first, _, rest = role.partition(" ")
    if first.lower() not in ("his", "her", "their") or not rest:
        return role
    me = None
    for i in person_mentions:
        if mentions[i] is m:
            me = clusters_of[i]
    prev = None
    for i in person_mentions:
        p = mentions[i]
        if p.start >= m.start:
            break
        if clusters_of[i] != me and m.start - p.end <= NEAREST_WINDOW:
            prev = p
    if prev is None:
        return role
    return f"{prev.text.split()[-1]}'s {rest}"


def aliases_of(cluster: list[int], mentions: list[Mention], name: str, no_article: bool = False) -> list[str]:
    seen: dict[str, None] = {}
    for i in sorted(cluster, key=lambda i: mentions[i].start):
        m = mentions[i]
        for form in (m.text, m.title_form):
            if not form:
                continue
            if no_article:
                form = strip_article(form)
            if form != name:
                seen.setdefault(form, None)
    return list(seen)
