"""Quotations and who said them.

`find_quotes` works on the text alone (it runs even without a model); `collect` reads each
block's parse for attribution evidence; `attribute` resolves speakers to entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.analysis import Entity, Quote
from reader.article import Block

REPORTING_VERBS = {
    "say", "said", "says", "saying", "tell", "told", "tells", "add", "added", "adds", "state", "stated",
    "states", "ask", "asked", "asks", "write", "wrote", "writes", "insist", "insisted", "warn", "warned",
    "emphasize", "emphasized", "emphasised", "urge", "urged", "post", "posted", "claim", "claimed",
    "claiming", "assert", "asserted", "asserting", "affirm", "affirmed", "affirming", "remark", "remarked",
    "stating", "reiterate", "reiterated", "inquire", "inquired", "explain", "explained", "note", "noted",
}
_PAIRS = re.compile(r"“([^“”]+)”|\"([^\"\n]+)\"|«([^«»]+)»")


@dataclass(frozen=True)
class QuoteSpan:
    """The words inside one quotation (offsets exclude the marks)."""

    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """What a block's parse says about who spoke the quote at `quote`."""

    quote: QuoteSpan
    speaker_start: int
    speaker_end: int
    speaker_text: str
    cue: str | None


def find_quotes(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    spans = []
    for b in blocks:
        for m in _PAIRS.finditer(text, b.start, b.end):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            spans.append(QuoteSpan(m.start(g), m.end(g)))
    return spans


def spans_by_block(spans: list[QuoteSpan], blocks: list[Block]) -> list[list[QuoteSpan]]:
    out: list[list[QuoteSpan]] = [[] for _ in blocks]
    for s in spans:
        for i, b in enumerate(blocks):
            if b.start <= s.start < b.end:
                out[i].append(s)
                break
    return out


def collect(doc: Any, offset: int, spans: list[QuoteSpan]) -> list[Evidence]:
    found = []
    for span in spans:
        local = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
        if local is None:
            continue
        sent = local.sent
        for tok in sent:
            if tok.lower_ in REPORTING_VERBS and tok.pos_ == "VERB" and not (local.start <= tok.i < local.end):
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    s = subj[0]
                    left, right = s.left_edge.i, s.right_edge.i + 1
                    found.append(Evidence(span, offset + doc[left].idx, offset + doc[right - 1].idx + len(doc[right - 1]),
                                          doc[left:right].text, tok.text))
                    break
    return found


def attribute(spans: list[QuoteSpan], evidence: list[Evidence], entities: list[Entity], text: str) -> list[Quote]:
    by_span = {e.quote: e for e in evidence}
    quotes = []
    for i, s in enumerate(spans, 1):
        ev = by_span.get(s)
        speaker = None
        if ev:
            for ent in entities:
                if any(m.start < ev.speaker_end and ev.speaker_start < m.end for m in ent.mentions):
                    speaker = ent
                    break
        kind = "full" if text[s.start:s.end].rstrip().endswith((".", "?", "!", ",")) else "partial"
        quotes.append(Quote(id=f"q{i}", text=text[s.start:s.end], start=s.start, end=s.end, kind=kind,
                            speaker=speaker.id if speaker else None, speaker_name=speaker.name if speaker else None,
                            cue=ev.cue if ev else None))
    return quotes
