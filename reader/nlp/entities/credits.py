"""Bylines and credits: the people who wrote, reported or edited the story, not people in it.

Wire copy ends "Reporting by A and B; Editing by C", broadcasters "D contributed to this
report", sites open "By E" and close "Follow F on Twitter" or "G is a staff writer"; an
analysis box is signed "Caroline Hawley, BBC diplomatic correspondent". These fixed phrasings
sit in the top lines, the last paragraphs or a short block of their own. Their names become
the article's byline and credits, and the lines' spans keep those names out of the entities
(and so out of People, speakers and tints).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.analysis import Span
from reader.article import Block
from reader.nlp import lexicon

_PARTICLE = "(?:" + "|".join(sorted(lexicon.words("name_particles"), key=len, reverse=True)) + ")"
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|" + _PARTICLE + r")"
# One name: two to five words, capitalized but for particles ("Botic van de Zandschulp")
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t]+" + _WORD + r"){1,4}"
# A list of names: "A", "A and B", "A, B and C", "A & B"
_NAMES = _NAME + r"(?:[ \t]*(?:,|and|&)[ \t]*" + _NAME + r")*"
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")

# "Reporting by A in London; Editing by C", "Additional reporting by D", "Compiled by E"
_CREDIT_BY = re.compile(
    r"(?i:(?:additional|further|writing|reporting|editing|research|compiled|reported|written|edited|produced"
    r"|translated|photos?|graphics|story|words|video)(?:[ \t]+(?:and[ \t]+|by[ \t]+|from[ \t]+)?(?:writing|reporting"
    r"|editing|research))*[ \t]+by)[ \t]+(?P<names>" + _NAMES + ")")
# "D contributed to this report", "D and E contributed reporting"
_CONTRIBUTED = re.compile(r"(?P<names>" + _NAMES + r")[ \t]+(?:also[ \t]+)?contributed[ \t]+(?:reporting|research"
                          r"|to[ \t]+this|this)")
# "By E" opening a top line or a short block ("By E and F, Reuters")
_BY_LINE = re.compile(r"^\W{0,3}(?i:by)[ \t]+(?P<names>" + _NAMES + ")")
# "Follow F on Twitter", "Follow F on X @handle"
_FOLLOW = re.compile(r"\b(?i:follow)[ \t]+(?P<names>" + _NAME + r")[ \t]+on[ \t]+(?:Twitter|X|Instagram|Facebook"
                     r"|Threads|Bluesky|LinkedIn|Mastodon)\b")
_JOURNALIST = r"(?i:correspondent|editor|reporter|writer|columnist|journalist|contributor|producer)"
# "G is a staff writer for …", "G can be reached at …", "G writes for …" (the last paragraphs only)
_BIO = re.compile(r"^\W{0,3}(?P<names>" + _NAME + r")[ \t]+(?:is[ \t]+(?:a|an|the)[ \t]+[\w \t-]{0,40}" + _JOURNALIST
                  + r"|can[ \t]+be[ \t]+reached|writes[ \t]+(?:for|about)|covers[ \t]+)")
# "Caroline Hawley, BBC diplomatic correspondent" as a short block of its own
_SIGNATURE = re.compile(r"^(?P<names>" + _NAME + r")[ \t]*[,|–—-][ \t]*[\w \t'’&.-]{0,50}\b" + _JOURNALIST
                        + r"s?\W{0,2}$")
# What may stand before a credit in its line: nothing, or the end of a sentence, a bracket, a dash
_CREDIT_START = re.compile(r"(?:^|[.;:(|—–-])\W*$")
TOP_BLOCKS = 4  # the title, a byline, a dateline and the first paragraph
LAST_BLOCKS = 4  # the closing paragraphs where credits and author notes go
SHORT_BLOCK_WORDS = 14


@dataclass
class Credits:
    """The byline's names (from "By …" top lines), every credited name, and the lines they fill."""

    byline: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def covers(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.spans)


def find_credits(text: str, blocks: Sequence[Block]) -> Credits:
    """The byline and credit lines of an article's top lines, closing paragraphs and short blocks."""
    found = Credits()
    n = len(blocks)
    for k, b in enumerate(blocks):
        line = text[b.start : b.end]
        top, last = k < TOP_BLOCKS, k >= n - LAST_BLOCKS
        short = len(line.split()) <= SHORT_BLOCK_WORDS
        patterns: list[re.Pattern[str]] = [_FOLLOW]
        if last or short:
            patterns += [_CREDIT_BY, _CONTRIBUTED]
        if top or short or b.kind == "byline":
            patterns.append(_BY_LINE)
        if last:
            patterns.append(_BIO)
        if short:
            patterns.append(_SIGNATURE)
        for pattern in patterns:
            for m in pattern.finditer(line):
                names = _split_names(m.group("names"))
                if not names or pattern is _CREDIT_BY and not _CREDIT_START.search(line[: m.start()]):
                    continue
                if pattern is _BY_LINE:
                    found.byline.extend(n for n in names if n not in found.byline)
                found.names.extend(n for n in names if n not in found.names)
                found.spans.append(_sentence_span(line, m.start(), m.end(), b.start))
    return found


def _split_names(names: str) -> list[str]:
    """ "A and B in London" -> ["A", "B"]: the names of a list, each trimmed of what follows it."""
    out = []
    for part in _LIST_SPLIT.split(names):
        words = part.split()
        while words and not words[-1][:1].isupper():
            words.pop()  # a particle left at the end ("… de")
        if len(words) >= 2:
            out.append(" ".join(words).rstrip(".,;:"))
    return out


def _sentence_span(line: str, start: int, end: int, offset: int) -> Span:
    """The credit's sentence (or ';'-separated part) in the block, as a span of the text."""
    s = max(line.rfind(". ", 0, start) + 2 if line.rfind(". ", 0, start) >= 0 else 0, 0)
    e = line.find(". ", end)
    e = len(line) if e < 0 else e + 1
    return Span(offset + s, offset + e)
