"""Dated events: temporal expressions per block, resolved to calendar values per document.

`collect` reads one block's Doc while it is alive and keeps light records: where each temporal
expression is, the tense of the verb it modifies (past/future decides which "Friday" or which
"March 8" is meant) and the short clause it dates, taken from the dependency parse. `resolve`
turns the records into `TimelineEntry`s against the publication date with `reader.nlp.time.dates`,
which needs no spaCy, so the UI can re-resolve when the reader sets a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.analysis import Span, TimeExpression, TimelineEntry
from reader.nlp import lexicon
from reader.nlp.time import dates

_FUTURE_AUX = lexicon.words("future_auxiliaries")
_FUTURE_HEADS = lexicon.words("future_heads")
# Dependents that open another clause or aside: not part of the dated event.
_OTHER_CLAUSE = {"advcl", "ccomp", "conj", "cc", "parataxis", "punct", "mark", "relcl", "acl", "discourse", "intj",
                 "dep", "appos", "preconj", "csubj", "meta", "advmod"}
_TIME_NOUNS = lexicon.words("time_nouns")
# Verbs of saying: "it said Friday" tells nothing, what it said does (the quote attribution's list).
_SPEECH = lexicon.verb_forms("speech_verbs") - lexicon.verb_forms("evaluative_verbs")
_KEEP_ADVMOD = lexicon.words("event_adverbs")
_MAX_EVENT_TOKENS = 16
# An expression the grammar cannot place is still listed (unresolved) when it names a calendar
# thing: a month, a weekday, a season, a year; "the day" or "years" alone are not worth a line.
_YEAR = re.compile(r"(?<![\d,.$€£-])\b(?:1[5-9]\d\d|20\d\d)\b(?![\d,.%-]\d)")
_TEMPORAL_WORD = re.compile(
    r"\b(?:spring|summer|fall|autumn|winter|" + "|".join(dates.MONTHS) + "|" + "|".join(dates.WEEKDAYS)
    + r")\b|\b(?:1\d|20)\d\d\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """One temporal expression as found in a block: offsets into the article text."""

    start: int
    end: int
    text: str
    sentence: Span
    event: str
    tense: str | None = None
    form: str | None = None  # what to normalize when it differs from the text ("58" of "1957-58" is 1958)

    @property
    def normal_text(self) -> str:
        return self.form or self.text


def collect(doc: Any, offset: int) -> list[DateMention]:
    """The temporal expressions of one block's Doc (spaCy DATE/TIME entities, split where they hold
    several dates, plus dates by form that the tagger missed)."""
    found: dict[tuple[int, int], str | None] = {}
    full = doc.text  # Doc.text joins every token on each access: read it once
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if _is_age(ent):
            continue
        for a, b, form in dates.split(ent.text):
            s, e = _trim(ent.text, a, b)
            piece = ent.text[s:e]
            if not piece:
                continue
            if dates.normalize(form or piece, fallback=False) is not None:
                found[(ent.start_char + s, ent.start_char + e)] = form
                continue
            inner = [(ent.start_char + x, ent.start_char + y) for x, y in dates.scan(piece)
                     if dates.normalize(piece[x:y], fallback=False) is not None]
            years = [(ent.start_char + m.start(), ent.start_char + m.end()) for m in _YEAR.finditer(piece)]
            if inner or years:
                found.update((span, None) for span in inner or years)  # "the 2012 election": its year
            elif _TEMPORAL_WORD.search(piece) and not re.search(r"\d+[- ](?:year|month|week|day)s?[- ]old", piece):
                found[(ent.start_char + s, ent.start_char + e)] = None  # a date we cannot place: listed unresolved
    for s, e in dates.scan(full):
        overlapping = [(fs, fe) for fs, fe in found if s < fe and fs < e]
        if any(not (s <= fs and fe <= e) for fs, fe in overlapping) or (s, e) in found:
            continue  # the tagger's span is not inside this one: keep the tagger's
        if dates.normalize(full[s:e], fallback=False) is None:
            continue
        for key in overlapping:  # "year" tagged inside "this year's": the whole expression
            del found[key]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and _is_age(span):
            continue
        found[(s, e)] = None
    out = []
    for (s, e), form in sorted(found.items()):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        text = full[s:e]
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in ("every", "each") and form is None:
            form = f"every {text}"  # "every Sunday": a recurring set, not a date
        if nxt is not None and nxt.lower_ == "than" and re.search(r"\s(?:earlier|later|sooner|before|after)$", text, re.I):
            form = text.rsplit(None, 1)[0]  # "a month earlier than usual": a length of time, not a date
        sent = _sentence(span)
        t = dates.normalize(form or text, fallback=False)
        if t is not None and not t.on_timeline:
            # A duration, a set or "now": only the TempEval files read it; no event, no tense needed.
            out.append(DateMention(start=offset + s, end=offset + e, text=text,
                                   sentence=Span(offset + sent.start_char, offset + sent.end_char), event="", form=form))
            continue
        verb = _governor(span)
        # "a June agreement", "the 2019 ceasefire": a date inside a noun phrase; the clause's tense is not its.
        nominal = span.root.dep_ in ("compound", "nmod", "amod", "nummod") and span.root.head.pos_ in ("NOUN", "PROPN")
        out.append(DateMention(
            start=offset + s, end=offset + e, text=text,
            sentence=Span(offset + sent.start_char, offset + sent.end_char),
            event=_readable_event(span, verb), tense=_tense_at(span, verb) if verb is not None and not nominal else None, form=form,
        ))
    return out


def resolve(mentions: list[DateMention], published: str | None, text: str) -> list[TimelineEntry]:
    """Timeline entries: points in time a reader can place (not durations, sets, "now"), in
    calendar order, unresolved ones after in reading order."""
    entries = []
    seen = set()
    ref = story = None
    for m in sorted(mentions, key=lambda m: m.start):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        t = dates.normalize(m.normal_text, published, m.tense, ref, story=story)
        story = dates.next_story(story, m.normal_text)
        if t is None or not t.on_timeline:
            continue
        ref = dates.next_ref(ref, t)
        value, gran = dates.entry_date(t)
        entries.append(TimelineEntry(id="", expression=m.text, start=m.start, end=m.end, date=value,
                                     granularity=gran, event=m.event, sentence=m.sentence, tense=m.tense))
    return dates.order(entries)


def timexes(mentions: list[DateMention], published: str | None) -> list[TimeExpression]:
    """Every temporal expression with its TIMEX3 type and value (durations and sets included):
    what the TempEval scorer reads."""
    out = []
    ref = story = None
    for m in sorted(mentions, key=lambda m: m.start):
        t = dates.normalize(m.normal_text, published, m.tense, ref, story=story)
        story = dates.next_story(story, m.normal_text)
        if t is None:
            continue
        if t.on_timeline:
            ref = dates.next_ref(ref, t)
        out.append(TimeExpression(start=m.start, end=m.end, text=m.text, type=t.type, value=t.value))
    return out


# ---------------------------------------------------------------------------------------------
# reading the parse


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    piece = text[a:b]
    left = len(piece) - len(piece.lstrip(" ,.;:-–—'\"“”("))
    right = len(piece.rstrip(" ,.;:-–—\"“”)")) if piece.strip() else 0
    s, e = a + left, a + right
    if text[s:e].lower().endswith(("'s", "’s")):
        e -= 2
    return s, max(s, e)


def _is_age(span: Any) -> bool:
    """"22-year-old", "aged 45", "in his 60s": a person's age, not a date."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    low = span.text.lower()
    if re.search(r"\bold\b", low) or (nxt is not None and nxt.lower_ in ("old", "-old")):
        return True
    if nxt is not None and nxt.lower_ == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "old":
        return True
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    if prev is not None and prev.lower_ in ("his", "her", "their", "my", "your", "our") and \
            re.fullmatch(r"(?:early |mid-?|late )?(?:\d0s|\d{1,2})", low):
        return True  # "in his 60s", "her 30s"; but "his Aug. 2 power-grab" is a date
    return False


def _sentence(span: Any) -> Any:
    """The sentence around a span, without `Span.sent` (which checks the whole Doc each call)."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = span.end
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _governor(span: Any) -> Any | None:
    """The verb the expression modifies: up the dependency tree from its root."""
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _tense_at(span: Any, verb: Any) -> str | None:
    tense = _tense(verb)
    head = span.root.head
    if tense == dates.PAST and span.root.dep_ == "pobj" and head.lower_ in ("until", "till", "to") and \
            any(c.lower_ in ("has", "have", "'s", "'ve") and c.dep_ == "aux" for c in verb.children):
        return dates.FUTURE  # "has been postponed until Saturday": the perfect is done, the date ahead
    return tense


def _tense(verb: Any, depth: int = 0) -> str | None:
    if depth > 4:
        return None
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in kids}
    if (words & _FUTURE_AUX or verb.tag_ == "MD") and not (words & {"have", "'ve"} and verb.tag_ == "VBN"):
        return dates.FUTURE
    if words & _FUTURE_AUX:
        return dates.PAST  # "may have been", "would have gone"
    if verb.lower_ in ("plans", "plan", "schedules", "schedule") or (
            verb.lower_ in ("scheduled", "set", "slated", "due", "expected") and words & {"is", "are", "'s", "'re", "am", "has", "have"}):
        return dates.FUTURE  # "has scheduled a news conference Thursday", "is set for Monday": the plan's date
    if "to" in words and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return dates.FUTURE  # "an agreement to acquire the bank in January": what the agreement is for
    if "to" in words or verb.dep_ == "xcomp":
        head = verb.head
        if head.i != verb.i and (head.lower_ in _FUTURE_HEADS or any(c.lower_ in _FUTURE_HEADS for c in head.children
                                                                      if c.dep_ in ("acomp", "aux"))):
            return dates.FUTURE
        if head.i != verb.i and head.pos_ in ("ADJ", "NOUN") and head.head.i != head.i:
            head = head.head  # "were right to help": the tense is the copula's
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            t = _tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
            if t == dates.PAST:
                return dates.PAST
            return dates.FUTURE if "to" in words else t
    if verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "'re", "'s", "am") for c in kids):
        return dates.FUTURE if any(c.lower_ in _FUTURE_HEADS for c in [verb]) or verb.lower_ == "going" else dates.PRESENT
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in kids):
        return dates.PAST
    if verb.tag_ == "VBN":
        if words & {"has", "have", "'ve"}:
            return dates.PAST
        if words & {"is", "are", "be", "'s", "'re", "am"}:
            return dates.PRESENT
        return dates.PAST
    if verb.tag_ in ("VBZ", "VBP"):
        return dates.PRESENT
    if verb.tag_ in ("VBG", "VB") or verb.dep_ == "conj":
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _tense(head, depth + 1)
    return None


def _subject_of(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"):
            return c
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            return None  # "to transport aid": an infinitive takes no borrowed subject ("it transport")
        return _subject_of(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "the company, founded in 1998": what was founded
    return None


def _collect(tok: Any, keep: set[int], block: range, drop: set[str]) -> None:
    if tok.i in block:
        return
    keep.add(tok.i)
    for c in tok.children:
        if c.i in block or c.dep_ in drop:
            if c.dep_ == "advmod" and c.lower_ in _KEEP_ADVMOD and c.i not in block:
                keep.add(c.i)
            continue
        if any(t.i in block for t in c.subtree) and c.dep_ in ("prep", "npadvmod", "pobj", "advmod", "nmod", "compound", "nummod", "amod", "poss"):
            # The child that carries the date itself: keep what is around it, not the date.
            if c.dep_ == "prep":
                continue
        _collect(c, keep, block, drop)


def _word_piece(tok: Any) -> bool:
    return tok.text in ("-", "/", "–") or tok.text.replace("'", "").isalnum()


def _render(doc: Any, keep: set[int]) -> str:
    # A word the tokenizer split ("full-scale", "cap-and-trade") hangs off the parse in pieces: keep it whole.
    for i in list(keep):
        j = i
        while j > 0 and not doc[j - 1].whitespace_ and _word_piece(doc[j - 1]):
            j -= 1
        k = i
        while k + 1 < len(doc) and not doc[k].whitespace_ and _word_piece(doc[k + 1]):
            k += 1
        if any(doc[x].text in ("-", "/", "–") for x in range(j, k + 1)):
            keep.update(range(j, k + 1))
    # "a 2009 analysis" without its date would read "a analysis": drop an article the date followed.
    keep = {i for i in keep if not (doc[i].lower_ in ("a", "an") and doc[i].dep_ == "det" and i + 1 < len(doc)
                                    and i + 1 not in keep)}
    order = sorted(keep)
    out = [doc[i].text + (doc[i].whitespace_ or (" " if k + 1 < len(order) and order[k + 1] != i + 1 else ""))
           for k, i in enumerate(order)]
    s = "".join(out).strip()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s+([,.;:!?)])", r"\1", s)
    return s.strip(" ,;:-–—\"“”'‘’")


def _readable_event(span: Any, verb: Any | None) -> str:
    """The dated clause; when the parse leaves only a word or two ("was"), the sentence itself."""
    event = _event(span, verb)
    if len(event.split()) >= 2:
        return event
    sent = _sentence(span)
    cut = span.start
    while cut > sent.start and span.doc[cut - 1].pos_ in ("ADP", "DET"):
        cut -= 1  # "to run through [June]": not a dangling "through"
    before = span.doc[sent.start : cut].text.strip(" ,;:-–—")
    after = span.doc[span.end : sent.end].text.strip(" ,;:-–—.")
    return _shorten(" ".join(p for p in (before, after) if p)) or _shorten(sent.text.strip())


def _event(span: Any, verb: Any | None) -> str:
    doc = span.doc
    block = range(span.start, span.end)
    # A date that modifies a noun ("the ceasefire agreement from 2019") dates that noun phrase.
    tok = span.root
    noun = None
    while tok.head.i != tok.i and tok.dep_ in ("pobj", "prep", "nummod", "compound", "amod", "nmod", "poss", "npadvmod", "appos", "pcomp"):
        tok = tok.head
        if tok.i in block or tok.pos_ == "ADP":
            continue
        if tok.pos_ == "NOUN" and tok.lower_ not in _TIME_NOUNS:
            noun = tok
        break
    root = span.root
    if noun is None and root.dep_ == "pobj" and root.head.lower_ in ("from", "of") and root.head.i > 0:
        # "the ceasefire agreement from 2019" parsed as the verb's: the noun right before owns it.
        before = doc[root.head.i - 1]
        if before.pos_ == "NOUN" and before.dep_ in ("dobj", "pobj", "nsubj", "attr", "nsubjpass"):
            noun = before
    if noun is not None:
        keep: set[int] = set()
        _collect(noun, keep, block, _OTHER_CLAUSE)
        if len(keep) >= 3:
            return _shorten(_render(doc, keep))
    if verb is None:
        return _shorten(_sentence(span).text.strip())
    drop = _OTHER_CLAUSE | {"nsubj", "nsubjpass", "expl", "csubj", "npadvmod"}
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i != verb.head.i:
        verb = verb.head.head  # "may have been too big to fail last year": the whole predicate
    if verb.lower_ in _SPEECH and any(c.dep_ == "ccomp" for c in verb.children):
        drop = drop - {"ccomp"}  # "it said Friday" tells nothing; what it said does
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        # "help Ukraine and sanction Russia three years ago": the coordination is one event.
        verb = verb.head
        drop = drop - {"conj", "cc"}
    keep = set()
    subj = _subject_of(verb)
    if subj is not None and subj.i not in block:
        if subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            _collect(verb.head, keep, block, _OTHER_CLAUSE)
        else:
            _collect(subj, keep, block, _OTHER_CLAUSE)
    keep.add(verb.i)
    for c in verb.children:
        if c.i in block or c.dep_ in drop or (c.dep_ == "aux" and c.lower_ == "to"):
            if c.dep_ in ("neg",) or (c.dep_ == "advmod" and c.lower_ in _KEEP_ADVMOD):
                keep.add(c.i)
            continue
        if c.dep_ == "prep" and any(t.i in block for t in c.subtree):
            continue
        _collect(c, keep, block, _OTHER_CLAUSE if c.dep_ != "conj" else _OTHER_CLAUSE - {"conj", "cc"})
    # Too long: drop the verb's prepositional phrases from the right until it reads as a line.
    preps = sorted((c for c in verb.children if c.dep_ in ("prep", "agent") and c.i > verb.i), key=lambda c: -c.i)
    for p in preps:
        if len(keep) <= _MAX_EVENT_TOKENS:
            break
        keep -= {t.i for t in p.subtree}
    return _shorten(_render(doc, keep))


def _shorten(s: str, limit: int = 100) -> str:
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
