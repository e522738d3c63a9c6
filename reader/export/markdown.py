"""A Markdown digest of an analysis: the cast, quotes grouped by speaker, the timeline."""

from __future__ import annotations

from collections import defaultdict

from reader.analysis import Analysis, Quote
from reader.date_labels import date_label
from reader.resources import shown_source

_GROUPS = (("People", {"PERSON"}), ("Organisations", {"ORG"}), ("Places", {"GPE", "LOC", "FAC"}),
           ("Groups", {"NORP"}))


def _one_line(s: str) -> str:
    return " ".join(s.split())


def to_markdown(a: Analysis) -> str:
    out = [f"# {_one_line(a.title or shown_source(a.source))}", ""]
    facts = [f"Source: {shown_source(a.source)}"]
    if a.byline:
        facts.append(f"By: {_one_line(a.byline)}")
    extra_credits = [c for c in a.credits if not a.byline or c not in a.byline]
    if extra_credits:
        facts.append(f"Credits: {', '.join(_one_line(c) for c in extra_credits)}")
    if a.outlet:
        facts.append(f"Outlet: {_one_line(a.outlet)}")
    if a.published:
        facts.append(f"Published: {a.published}")
    out += [" · ".join(facts), ""]

    out += ["## Quotes by speaker", ""]
    by_speaker: dict[str | None, list[Quote]] = defaultdict(list)
    for q in a.quotes:
        by_speaker[q.speaker].append(q)
    order = sorted((k for k in by_speaker if k), key=lambda k: (-len(by_speaker[k]), by_speaker[k][0].start))
    for key in [*order, None] if None in by_speaker else order:
        ent = a.entity(key)
        head = "Unattributed" if ent is None else ent.name + (f" ({ent.role})" if ent.role else "")
        out += [f"### {head} — {len(by_speaker[key])}", ""]
        out += [f"- “{_one_line(q.text)}”" + (f" ({q.cue})" if q.cue else "") for q in by_speaker[key]]
        out.append("")

    out += ["## Entities", ""]
    used = set()
    for title, labels in _GROUPS:
        ents = [e for e in a.entities if e.label in labels]
        used |= labels
        if ents:
            out += [f"### {title}", ""]
            out += [f"- {e.name}" + (f", {e.role}" if e.role else "") + f" ({len(e.mentions)})" for e in ents]
            out.append("")
    other = [e for e in a.entities if e.label not in used]
    if other:
        out += ["### Other", ""] + [f"- {e.name} [{e.label}] ({len(e.mentions)})" for e in other] + [""]

    out += ["## Timeline", ""]
    for t in a.timeline:
        out.append(f"- **{date_label(t.date)}** — {_one_line(t.expression)}: {_one_line(t.event)}")
    return "\n".join(out).rstrip() + "\n"
