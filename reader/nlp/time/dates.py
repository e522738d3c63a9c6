"""Temporal expressions → TIMEX3-style values: the driver of the rule table and the anchor step.

Pure Python (no spaCy): the UI re-resolves a finished `Analysis` with `reresolve` when the reader
sets a publication date, so everything needed lives in the expression, the tense hint the
parser left on the entry, and the anchor date. Values follow TimeML: `2022-02-24`, `2022-02`,
`2019`, `2013-W11`, `2013-Q1`, `2013-SU`, `199` (the 1990s), `19` (the 20th century), durations
`P3Y`, sets, and `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`.

Two steps, as in HeidelTime: `read` runs the grammar (`rules/`, one named rule per expression
family) once per expression, tense and last date, and gives readings that may be left open
relative to an anchor; `anchor.fill` places them against a publication date. dateparser is only
a last resort for numeric forms the rules lack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.nlp.time import scan as _scan
from reader.nlp.time.anchor import Open, Reading, fill, parse_anchor
from reader.nlp.time.expressions import AGE, clean, strip_mods
from reader.nlp.time.rules import RULES, STOP, Context
from reader.nlp.time.rules.anaphora import REF_START
from reader.nlp.time.timex import FUTURE, PAST, PRESENT, Timex, granularity_of, heading, sort_key
from reader.nlp.time.words import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from reader.analysis import TimelineEntry

__all__ = ["FUTURE", "MONTHS", "PAST", "PRESENT", "WEEKDAYS", "Parsed", "Timex", "entry_date", "granularity_of",
           "heading", "next_ref", "normalize", "order", "read", "reresolve", "scan", "sort_key", "split"]

# Only numeric dates go to dateparser (it knows day-first from month-first); on named months the
# grammar does better and dateparser's first call costs most of a second.
_MONTH_OR_NUMERIC = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")


class _Fails:
    """A reading that ends the search with no date (the grammar raised past the calendar's ends)."""


_FAILS = _Fails()


@dataclass(frozen=True)
class Parsed:
    """The grammar's readings of one expression, tried in order at the anchor step (a reading
    left open may turn out no date against some anchor), and the name of the rule that read it."""

    readings: tuple[Reading | _Fails, ...]
    rule: str | None = None


def _apply(s: str, tense: str | None, ref: str | None, whole: bool) -> tuple[str, Reading | None] | None:
    """The first rule that reads `s`: its name and reading (None when the rule says "no date").
    `whole` is False for a part of an expression (its modifier taken off, or "March 6" of "the
    week of March 6"): no anaphora then."""
    ctx = Context(tense, ref, lambda part: (_apply(part, tense, ref, False) or (None, None))[1])
    bare = re.sub(r"^the ", "", s)
    for rule in RULES:
        if rule.anaphoric and not whole:
            continue
        got = rule.apply(s if rule.keep_the else bare, ctx)
        if got is STOP:
            return rule.name, None
        if got is not None:
            return rule.name, got  # type: ignore[return-value]
    return None


def _with_mod(reading: Reading, mod: str | None) -> Reading:
    if mod and reading.mod is None:
        return replace(reading, mod=mod)
    return reading


@lru_cache(maxsize=8192)
def read(expr: str, tense: str | None = None, ref: str | None = None, fallback: bool = True) -> Parsed:
    """The grammar's readings of an expression, before any anchor: what `normalize` fills in.
    Tried in order: the whole expression; without its modifier ("early December", "the end of
    2012"); dateparser on a numeric form. A concrete value ends the list."""
    s = clean(expr)
    if not s or AGE.search(s):
        return Parsed(())
    found: list[tuple[str | None, Reading | _Fails]] = []
    said_no = None
    try:
        first = _apply(s, tense, ref, True)
    except (ValueError, OverflowError):  # past the calendar's ends: not a date to show
        return Parsed(())
    if first is not None:
        said_no = first[0] if first[1] is None else None
        if first[1] is not None:
            found.append(first)  # type: ignore[arg-type]
    if not found or isinstance(found[0][1], Open):
        core, mod = strip_mods(re.sub(r"^the ", "", s))
        if core != s:
            try:
                second = _apply(core, tense, ref, False)
            except (ValueError, OverflowError):
                second = (None, _FAILS)
            if second is not None and second[1] is not None:
                found.append((second[0], second[1] if isinstance(second[1], _Fails) else _with_mod(second[1], mod)))
        if fallback and _MONTH_OR_NUMERIC.search(s) and len(s) <= 40:
            found.append(("dateparser", Open("dateparser", (s, tense))))
    rule = next((name for name, _ in found if name), said_no)
    return Parsed(tuple(r for _, r in found), rule)


@lru_cache(maxsize=8192)
def normalize(expr: str, published: str | date | None = None, tense: str | None = None,
              ref: str | None = None, fallback: bool = True, story: str | None = None) -> Timex | None:
    """The TIMEX3 value of an expression, or None when it is not a temporal expression at all
    (an age, a bare number, words with no date in them). `ref` is the last date the text
    mentioned before it: what "the following year" or "that day" count from. `story` is the
    last date the text wrote out in full (`next_story`): the year a bare "in October" means
    when there is no publication date."""
    anchor = parse_anchor(published)
    told = story_anchor(story, anchor)
    t = None
    for reading in read(expr, tense, ref, fallback).readings:
        if isinstance(reading, _Fails):
            return None
        try:
            t = fill(reading, anchor, told)
        except (ValueError, OverflowError):  # "a million days ago": past the calendar's end
            return None
        if t is not None:
            break
    if t is not None and t.granularity is None and t.type in ("DATE", "TIME"):
        t = replace(t, granularity=granularity_of(t.value))
    return t


def story_anchor(story: str | None, anchor: date | None) -> date | None:
    """The day a month or day without a year is counted from when the text has no publication
    date: in the year of the story's last explicit date (HeidelTime's narrative documents). With a publication
    date, news counts a bare "October" from it even after naming other years: on TempEval's
    training news (TBAQ) the story's year was right 3 times and wrong 31."""
    if story is None or anchor is not None:
        return None
    return date(int(story[:4]), 7, 2)  # mid-year: no month, day or season named leaves the story's year


def next_story(story: str | None, expr: str) -> str | None:
    """The story's time after an expression: the last date written out with its year
    ("June 3, 1991", "May 1991", "in 1991"), not one counted from anything."""
    readings = read(expr, fallback=False).readings
    if readings and isinstance(readings[0], Timex) and granularity_of(readings[0].value) in ("day", "month", "year"):
        value = readings[0].value or ""
        return value[:10] if re.match(r"\d{4}", value) else story
    return story


def scan(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that look like dates by form alone: what a statistical tagger misses."""
    return _scan.scan(text)


def split(expr: str) -> list[tuple[int, int, str | None]]:
    """Where one tagged expression holds several dates, their spans (see `scan.split`)."""
    return _scan.split(expr, normalize)


# ---------------------------------------------------------------------------------------------
# timeline entries from an Analysis alone


def entry_date(t: Timex) -> tuple[str | None, str | None]:
    """The (date, granularity) a timeline entry shows for a normalized expression."""
    if t.value is None:
        return None, t.granularity
    v = t.value
    if "T" in v and re.match(r"\d{4}-\d{2}-\d{2}T", v):
        v = v.split("T")[0]
    g = granularity_of(v)
    if g is None:
        return None, t.granularity
    return v, g


def order(entries: list["TimelineEntry"]) -> list["TimelineEntry"]:
    """Dated entries in calendar order, then the unresolved ones in reading order; ids follow."""
    dated = sorted((e for e in entries if e.date), key=lambda e: (sort_key(e.date), e.start))
    rest = sorted((e for e in entries if not e.date), key=lambda e: e.start)
    return [replace(e, id=f"t{i}") for i, e in enumerate(dated + rest, 1)]


def next_ref(ref: str | None, t: Timex) -> str | None:
    """The reference date after an expression: the last placed date of day to year size."""
    if t.value and t.type in ("DATE", "TIME"):
        v = t.value.split("T")[0] if re.match(r"\d{4}-\d{2}-\d{2}T", t.value) else t.value
        if granularity_of(v) in REF_START:
            return v
    return ref


def reresolve(entries: list["TimelineEntry"], text: str, published: str | None) -> list["TimelineEntry"]:
    """The same entries against another publication date (the reader pressed `d`)."""
    out = []
    ref = story = None
    for e in sorted(entries, key=lambda e: e.start):
        expr = text[e.start : e.end] if 0 <= e.start < e.end <= len(text) else e.expression
        t = normalize(expr, published, getattr(e, "tense", None), ref, story=story)
        story = next_story(story, expr)
        if t is None:
            out.append(e)
            continue
        ref = next_ref(ref, t)
        d, g = entry_date(t)
        out.append(replace(e, date=d, granularity=g))
    return order(out)
