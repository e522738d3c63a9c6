"""What `y` copies: a quote as a citation, an entity's name, a dated sentence.

`“We will build it” — Ann Lee, mayor (Council votes on the bridge, 5 Jun 2024)`: the words,
who said them and where they appeared, ready to paste. Pure functions of the analysis, so
the app and any later export cite the same way. Whitespace is folded to single spaces: a
citation is one line.
"""

from __future__ import annotations

from reader.analysis import Analysis, Entity, Quote, TimelineEntry
from reader.date_labels import date_label
from reader.resources import shown_source

_TRAILING = ",;:"  # "Yes," said Lee → “Yes”: the comma belonged to the reporting clause


def one_line(text: str) -> str:
    return " ".join(text.split())


def quoted(text: str) -> str:
    words = one_line(text).rstrip(_TRAILING).strip()
    return f"“{words}”"


def speaker_of(a: Analysis, q: Quote) -> str | None:
    """The speaker as "Name, role" (or just the name); None when unattributed."""
    e = a.entity(q.speaker)
    if e is None:
        return one_line(q.speaker_name) if q.speaker_name else None
    return f"{one_line(e.name)}, {one_line(e.role)}" if e.role else one_line(e.name)


def source_of(a: Analysis, title: str | None = None, published: str | None = None) -> str:
    """The article as a reference, "Title, 5 Jun 2024" (its file name when it has no title)."""
    parts = [one_line(title or a.title or shown_source(a.source))]
    when = published or a.published
    if when:
        parts.append(date_label(when))
    return ", ".join(parts)


def quote_citation(a: Analysis, q: Quote, title: str | None = None, published: str | None = None) -> str:
    speaker = speaker_of(a, q)
    said = f"{quoted(q.text)} — {speaker}" if speaker else quoted(q.text)
    return f"{said} ({source_of(a, title, published)})"


def entity_citation(e: Entity) -> str:
    return one_line(e.name)


def entry_citation(a: Analysis, t: TimelineEntry) -> str:
    """The sentence a date sits in (the expression itself when the sentence is not known)."""
    if t.sentence is not None:
        return one_line(a.text[t.sentence.start:t.sentence.end])
    return one_line(a.text[t.start:t.end])
