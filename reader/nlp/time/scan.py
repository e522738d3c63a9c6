"""Finding date expressions in running text by form alone (what a statistical tagger misses),
and splitting one tagged expression that holds several dates ("2009-2010", "March 3-5")."""

from __future__ import annotations

import re
from typing import Callable

from reader.nlp.time.timex import Timex
from reader.nlp.time.words import M, M_ANON, MONTHS, NUM, WD, WEEKDAYS

_SCAN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:early|mid|late)[- ])?(?:" + M + r" " + r"[0-3]?\d(?:st|nd|rd|th)?(?:,? (?:1\d{3}|20\d{2}))?(?![\d,]\d)"
    r"|[0-3]?\d(?:st|nd|rd|th)? (?:of )?" + M_ANON + r"(?:,? (?:1\d{3}|20\d{2}))?"
    r"|" + M_ANON + r",? (?:1\d{3}|20\d{2}))"
    r"|(?:(?:this|last|next|this past|this coming) )?" + WD.replace("?P<wd>", "?:") + r"(?: (?:morning|afternoon|evening|night))?"
    r"|(?:earlier |later |early |late )?(?:this|last|next) (?:week|month|year|quarter|weekend|spring|summer|fall|autumn|winter)"
    r"|(?:(?:early|mid|late)[- ]|the )?(?:1\d|20)\d0s"
    r"|(?:today|yesterday|tomorrow|tonight|now|currently|recently|the (?:near |distant )?future|the past)"
    r"|(?:on|at|by|over|until|since|before|after|around|during|last|this|next) (?P<hol>christmas(?! day| eve)|thanksgiving(?! day)|easter(?! sunday)|halloween)"
    r"|(?:the|a|an|his|her|its|their|our|this|that|whose) (?P<py>1[6-9]\d{2}|20\d{2})(?= [a-z])(?![\d,.]\d)"
    r"|(?:in|since|until|till|by|from|to|through|between|and|during|of|before|after) (?P<bm>january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)"
    r"|(?:christmas (?:day|eve)|thanksgiving day|easter sunday|new year's (?:day|eve)|independence day|valentine's day)"
    r"|(?:" + NUM.replace("?P<num>", "?:") + r"|a few|several) (?:years?|months?|weeks?|days?|decades?) ago"
    r"|(?:(?:the )?(?:past|last|next|first|coming|previous|recent) )?(?:" + NUM.replace("?P<num>", "?:")
    + r"|a few|several|a couple of)[- ](?:more )?(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)(?! ago| old|-old| later| earlier)"
    r"|(?:in|since|by|until|from|of|during|before|after|through|between|and|to) (?:(?:early|mid|late)[- ])?(?:1[6-9]\d{2}|20\d{2})(?![\d,.]\d)"
    r")(?!\w)(?!-[a-z])",
)
_NAMES = set(MONTHS) | set(WEEKDAYS)
_SCAN_ANY_CASE = re.compile(_SCAN.pattern, re.IGNORECASE)  # when lowercasing changes the length
_LEAD_PREP = re.compile(r"^(?:in|since|by|until|from|of|during|before|after|through|between|and|to) ", re.IGNORECASE)
_RANGE = re.compile(r"^(?P<a>.*?\S)\s*(?:-|–|—|to|through|until|and|or)\s*(?P<b>\S.*)$", re.IGNORECASE)
_DAY_RANGE = re.compile(r"(?P<a>" + M + r" [0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?P<y>,? (?:1\d{3}|20\d{2}))?", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b(?P<a>1\d{3}|20\d{2})\s*[-–/]\s*(?P<b>\d{2}|1\d{3}|20\d{2})\b")


def scan(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that look like dates by form alone: what a statistical tagger misses."""
    out = []
    # Matched on the lowercased text: a case-insensitive pattern this size is twice as slow.
    low = text.lower()
    for m in (_SCAN.finditer(low) if len(low) == len(text) else _SCAN_ANY_CASE.finditer(text)):
        s, e = m.start(), m.end()
        if m.group("hol") and not text[s:e].lower().startswith(("last", "this", "next")):
            s = m.start("hol")
        if m.group("py"):
            s = m.start("py")  # "his 2007 presidential campaign": the year
        if m.group("bm"):
            s = m.start("bm")  # "in May": the month, found only capitalized (checked below)
        if text[e - 1] == "." and re.search(r"\w{5,}\.$", text[s:e]):
            e -= 1  # a sentence's full stop, not an abbreviation's ("Wed.")
        lead = _LEAD_PREP.match(text[s:e])
        if lead and re.search(r"\d{4}$", text[s:e]):
            s += lead.end()
        if text[s:e].lower() in ("sun", "sat", "wed", "mar", "jan", "dec", "sept", "mon", "fri") or \
                text[s:e].lower() in ("may", "march") and not m.group("bm"):
            continue  # a bare month or abbreviation that is also a common word
        if any(w.lower().rstrip(".") in _NAMES and w[0].islower() for w in re.findall(r"[A-Za-z]+\.?", text[s:e])):
            continue  # "in the sun." is not Sunday: names of months and days are capitalized
        out.append((s, e))
    return out


def split(expr: str, normalize: Callable[[str], Timex | None]) -> list[tuple[int, int, str | None]]:
    """Where one tagged expression holds several dates ("2009-2010", "1957-58", "March 2 to
    March 5"), their spans and, where the text alone is not the date, what to read it as."""
    m = _YEAR_RANGE.search(expr)
    if m:
        a, b = m.group("a"), m.group("b")
        full_b = a[:2] + b if len(b) == 2 else b
        if int(full_b) > int(a):
            return [(m.start("a"), m.end("a"), None), (m.start("b"), m.end("b"), full_b if len(b) == 2 else None)]
    m = _DAY_RANGE.fullmatch(expr)
    if m:  # "March 3-5": the second day takes the first's month
        return [(m.start("a"), m.end("a"), None), (m.start("d2"), m.end("d2"), f"{m.group('month')} {m.group('d2')}")]
    m = _RANGE.match(expr)
    if m:
        ta, tb = normalize(m.group("a")), normalize(m.group("b"))
        if ta and tb and ta.type in ("DATE", "TIME") and tb.type in ("DATE", "TIME") and ta.on_timeline and tb.on_timeline:
            return [(m.start("a"), m.end("a"), None), (m.start("b"), m.end("b"), None)]
    return [(0, len(expr), None)]
