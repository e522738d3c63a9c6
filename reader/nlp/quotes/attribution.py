"""Who said each quote: the document-level driver of the attribution sieves, most certain first.

Per block, `evidence.collect` has run the parse-level sieves (`sieves/`: a reporting verb and its
subject, "according to", a colon introduction, a dash signature, a speech noun, the sentence
before …) and kept their clues. Here, per quote in reading order:

1. `strongest_clue` picks the most certain clue, and `speakers.Resolver` maps its mention to an
   entity (names, "he"/"she" along the chain of subjects, descriptions to the entity they
   describe); an unnamed source ("a senior official") keeps `speaker` None and its description,
   and so does a "he"/"she" that stands for an unnamed person just introduced (`unnamed_person`);
2. with no clue: a `sign_off` paragraph after the quote's paragraph;
3. with no clue naming anyone: `same_paragraph` (the previous quote's speaker, in the same
   paragraph, with no other person in between), `continuation` (a paragraph of pure quotation
   after one that ends with an attributed quote), `colon_paragraph` (a paragraph ending in a colon);
4. with none of these: `subject_fallback` (a person who is the subject of the quote's sentence).

Each quote records the sieve that decided it (`Quote.rule`). When no rule is sure the speaker
stays None: a wrong name is worse than none. Quoted words with no speech around them (scare
quotes, titles, `not_quotes`) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis import Entity, Quote
from reader.nlp.quotes.clues import Evidence, Parsed, Unnamed, Verbal
from reader.nlp.quotes.evidence import Record
from reader.nlp.quotes.marks import QuoteSpan, kind_of
from reader.nlp.quotes.not_quotes import named_term, named_work, names_own_speaker, not_words, scare
from reader.nlp.quotes.sentences import paragraph_of
from reader.nlp.quotes.sieves import (colon_paragraph, continuation, same_paragraph, sign_off, strongest_clue,
                                      subject_fallback, unnamed_person)
from reader.nlp.quotes.speakers import Resolver, Subject

DEBUG: dict[int, str] | None = None  # set to a dict to record why each quote got its speaker


@dataclass
class Clues:
    """A document's evidence sorted by kind, with the look-ups the document-level sieves share."""

    text: str
    by_quote: dict[QuoteSpan, list[Evidence]] = field(default_factory=dict)
    colon_ends: list[Evidence] = field(default_factory=list)
    sign_offs: dict[int, Evidence] = field(default_factory=dict)  # paragraph start → "― Jane Doe, Philadelphia."
    subjects: list[Subject] = field(default_factory=list)
    verbal: set[QuoteSpan] = field(default_factory=set)
    in_names: set[QuoteSpan] = field(default_factory=set)  # quotes inside the only mention naming their speaker
    parsed: bool = False  # without a model there is no parse to tell speech from a scare quote
    spans: list[QuoteSpan] = field(default_factory=list)
    colon_at: list[int] = field(default_factory=list)
    spoken: set[int] = field(default_factory=set)  # paragraphs naming a speaker
    named: list[Subject] = field(default_factory=list)  # named subjects (no pronouns) by position
    named_at: list[int] = field(default_factory=list)
    unnamed: list[Unnamed] = field(default_factory=list)  # unnamed people introduced, by position
    unnamed_at: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, evidence: list[Record], text: str, spans: list[QuoteSpan]) -> Clues:
        clues = cls(text, spans=spans)
        for ev in evidence:
            if isinstance(ev, Subject):
                clues.subjects.append(ev)
            elif isinstance(ev, Verbal):
                clues.verbal.add(ev.quote)
            elif isinstance(ev, Parsed):
                clues.parsed = True
            elif isinstance(ev, Unnamed):
                clues.unnamed.append(ev)
            elif ev.quote is None and ev.rule == "signoff":
                clues.sign_offs[paragraph_of(text, ev.at)[0]] = ev
            elif ev.quote is None:
                clues.colon_ends.append(ev)
            else:
                clues.by_quote.setdefault(ev.quote, []).append(ev)
        for q, evs in list(clues.by_quote.items()):
            own = [e for e in evs if names_own_speaker(e)]
            if own:  # "the “Glass Orchard” actor said": words of the speaker's name are not that speaker's words
                rest = [e for e in evs if e not in own]
                if rest:
                    clues.by_quote[q] = rest
                else:
                    del clues.by_quote[q]
                    clues.in_names.add(q)
        clues.colon_ends.sort(key=lambda e: e.at)
        clues.colon_at = [e.at for e in clues.colon_ends]
        clues.spoken = {paragraph_of(text, q.start)[0] for q in clues.by_quote}
        clues.named = sorted((x for x in clues.subjects if not x.pronoun), key=lambda x: x.start)
        clues.named_at = [x.start for x in clues.named]
        clues.unnamed.sort(key=lambda x: x.start)
        clues.unnamed_at = [x.start for x in clues.unnamed]
        return clues


@dataclass
class Decision:
    """One quote's speaker and the sieve that decided it."""

    speaker: Entity | None = None
    name: str | None = None
    cue: str | None = None
    rule: str | None = None
    why: str = "none"  # for DEBUG: the rule, its rank and the mention
    at: int = -1  # where the deciding clue was (-1 for a carried speaker)


@dataclass
class Previous:
    """The quote before, whose speaker a quote with no clue may carry on."""

    span: QuoteSpan
    decision: Decision
    para: int  # start of its paragraph


def attribute(spans: list[QuoteSpan], evidence: list[Record], entities: list[Entity], text: str) -> list[Quote]:
    """Quotes with their speakers; scare quotes and titles (no speech around them) left out."""
    clues = Clues.of(evidence, text, spans)
    resolver = Resolver(entities, text, [(s.start, s.end) for s in spans], clues.subjects)
    known = {e.id for e in entities}
    quotes: list[Quote] = []
    prev: Previous | None = None
    prev_at = -1  # where the clue of the previous quote's speaker was
    prev_end = -1
    for s in sorted(spans, key=lambda x: x.start):
        para = paragraph_of(text, s.start)
        d = _decide(s, para, clues, resolver, prev, prev_at)
        if d.why == "none" and prev_end <= s.start:
            found = subject_fallback.find(text, s, para, max(prev_end, 0), clues.named, clues.named_at, resolver, known)
            if found is not None:
                d.speaker, d.name = found
                d.cue, d.why, d.rule = None, "subject", subject_fallback.NAME
        if _not_a_quote(s, para, clues, d):
            continue
        if DEBUG is not None:
            DEBUG[s.start] = d.why
        quoted = text[s.start : s.end]
        quotes.append(Quote(id=f"q{len(quotes) + 1}", text=quoted, start=s.start, end=s.end, kind=kind_of(s, quoted),
                            speaker=d.speaker.id if d.speaker else None, speaker_name=d.name, cue=d.cue, rule=d.rule))
        if d.rule not in (same_paragraph.NAME, continuation.NAME):
            prev_at = d.at
        prev = Previous(s, d, para[0])
        prev_end = s.end
    return quotes


def _decide(s: QuoteSpan, para: tuple[int, int], clues: Clues, resolver: Resolver, prev: Previous | None,
            prev_at: int) -> Decision:
    """Steps 1-3 of the module docstring for one quote."""
    text = clues.text
    best = strongest_clue.best(clues.by_quote.get(s, []))
    follows = prev is not None and prev.para == para[0] and prev.decision.name is not None
    if best is not None and follows and same_paragraph.overrides_verb(text, prev.span, s, best):
        best = None
    d = Decision()
    if best is not None:
        d.speaker, d.name = resolver.resolve(best.speaker)
        d.cue, d.rule, d.at, d.why = best.cue, best.sieve, best.at, _why(best)
        intro = unnamed_person.takes_over(best, d.speaker, clues.unnamed, clues.unnamed_at)
        if intro is not None:  # "… reached one mother. “…,” she said": hers, and she stays unnamed
            d.speaker, d.name, d.rule = None, intro.text, unnamed_person.NAME
    sign = sign_off.signed(text, para, clues.spans, clues.sign_offs) if best is None and para[0] not in clues.spoken else None
    if sign is not None:
        d.speaker, d.name = resolver.resolve(sign.speaker)
        d.cue, d.rule, d.at, d.why = sign.cue, sign.sieve, sign.at, _why(sign)
    elif best is None or (d.name is None and best.speaker is None):
        _carry(s, clues, resolver, prev, prev_at, follows, d)
    return d


def _carry(s: QuoteSpan, clues: Clues, resolver: Resolver, prev: Previous | None, prev_at: int, follows: bool,
           d: Decision) -> None:
    """No speech verb names anyone: carry on from the previous quote, or take a colon paragraph."""
    text = clues.text
    if follows and same_paragraph.carries(text, prev.span, prev_at, s, prev.decision.name, clues.named,
                                          clues.named_at, clues.unnamed, clues.unnamed_at):
        _take(d, prev.decision, "same-para", same_paragraph.NAME)
    elif s.opens_line and prev is not None and prev.decision.name is not None \
            and continuation.continues(text, prev.span, s, clues.spoken):
        _take(d, prev.decision, "continues", continuation.NAME)
    elif s.opens_line:
        ce = colon_paragraph.introduces(s, clues.colon_ends, clues.colon_at)
        if ce is not None:
            # (the quote's own clue, if it had one, stays where later quotes look back from)
            (d.speaker, d.name), d.cue, d.rule, d.why = resolver.resolve(ce.speaker), ce.cue, ce.sieve, "colon_end"


def _take(d: Decision, prev: Decision, why: str, rule: str) -> None:
    d.speaker, d.name, d.cue, d.why, d.rule = prev.speaker, prev.name, prev.cue, why, rule


def _why(ev: Evidence) -> str:
    m = ev.speaker
    return f"{ev.rule}{ev.rank}:{m.kind if m else '-'}:{m.text if m else ''}"


def _not_a_quote(s: QuoteSpan, para: tuple[int, int], clues: Clues, d: Decision) -> bool:
    """A number, a title, part of its own speaker's name, a term named by "called", or (with a parse to
    go by) quoted words with no speech in or around them."""
    quoted = clues.text[s.start : s.end]
    return not_words(quoted) or s in clues.in_names or named_work(clues.text, s, quoted) \
        or named_term(s, quoted, d.rule, d.cue) or (
        clues.parsed and s not in clues.by_quote and d.name is None and s not in clues.verbal
        and para[0] not in clues.spoken and scare(clues.text, s, quoted))
