"""Quotations: where they are in the text, from punctuation alone.

`find_quotes` needs no model, so quotes show even when no spaCy model is installed. It reads
each paragraph line by line with a small state machine over quotation marks whose direction
is judged from the characters around them, so straight quotes, curly quotes used the wrong
way round, guillemets and the typewriter '' of some newspapers all pair up. A quote left open
at the end of a line stops there (a quote running over several paragraphs re-opens at each
one, and every paragraph's part is its own span); an unbalanced mark never swallows the rest
of the article. A quote nested in an open one stays part of its parent. Single quotes count
only in a text that uses them as its primary marks.

Speaker attribution lives beside it in `reader.nlp.quotes.attribution`; this module knows
nothing of it, so the two never import each other.
"""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass
from typing import Any

from reader.article import Block
from reader.nlp import lexicon

# Double marks first ('' and `` are two-character marks, and so are ‘‘ and ’’, the doubled
# single marks some wire feeds print for “ and ”), then single marks.
_MARK = re.compile(r"''|``|‘‘|’’|[\"“”„‟«»‘’‚‛'‹›]")
_DOUBLE_OPEN = {"“", "„", "‟", "«", "``", "‘‘"}
_DOUBLE_CLOSE = {"”", "»", "’’"}
_DOUBLE_AMBIGUOUS = {'"', "''"}
_SINGLE_OPEN = {"‘", "‚", "‛", "‹"}
_SINGLE_CLOSE = {"’", "›"}
_SINGLE_AMBIGUOUS = {"'"}
_OPEN_CONTEXT = set(" \t\n([{—–-/") | _DOUBLE_OPEN | _SINGLE_OPEN | {'"', "'"}
_CLOSE_CONTEXT = set(" \t\n.,;:!?)]}—–-/…") | _DOUBLE_CLOSE | _SINGLE_CLOSE | {'"', "'"}
# Letters or digits left out after an apostrophe: the ’90s, ’08, rock ’n’ roll, get ’em.
_ELISION = re.compile(r"(?:\d0s|em|til|tis|twas)\b|n['’](?=\s)", re.IGNORECASE)
# A year cut to two digits (’08, the '22 election): news style spells out a number that opens
# a quote, so an apostrophe before two digits left alone is an elision.
_ELISION_YEAR = re.compile(r"\d\d\b(?![.,:]?\d)")
# A single-quoted quote that apostrophes cannot fake: a sentence ending in its closing mark
# (said: 'We are sorry.'; not a headline in capitals), or a few lower-case words ending before
# punctuation ('unexplained').
_SURE_SINGLE = re.compile(
    r"(?:^|[\s(:—–])(?:‘|')(?:[A-Z](?:[^\n‘’']|(?<=\w)['’](?=\w))*?[a-z](?:[^\n‘’']|(?<=\w)['’](?=\w))*?[.,!?]"
    r"|[a-z]+(?: [a-z]+){0,5})(?:’|')(?=[\s.,;:!?)]|$)",
    re.MULTILINE)
_TAG = re.compile(r"<[A-Za-z/][^<>]*>")
_SENTENCE_BREAK = re.compile(r"[.!?][’'\"”)]?\s+[A-Z“‘\"]")
# Words in a title that may stay lower case ("War on Drugs", "The Art of the Deal").
_TITLE_SMALL = lexicon.words("function_words")


@dataclass(frozen=True)
class QuoteSpan:
    """The words inside one quotation, marks excluded.

    `closed`: a closing mark ends it (else it runs to the end of its line). `opens_line`: the
    opening mark starts the paragraph, so the paragraph may be a continuation of the previous
    speaker's quote. `embedded`: the quote sits inside the writer's own sentence (a partial
    quote) rather than being introduced as speech by a comma, colon or sentence boundary.
    """

    start: int
    end: int
    closed: bool = True
    opens_line: bool = False
    embedded: bool = False

    @property
    def kind(self) -> str:
        return "partial" if self.embedded else "full"


def kind_of(span: QuoteSpan, quoted: str) -> str:
    """"full" for a sentence or more of speech, "partial" for words inside the writer's sentence.

    A quote set off by a comma, colon or sentence boundary is full; so is one that holds a
    sentence break of its own ("… the museum. It tells the truth …") wherever it sits."""
    if span.embedded and not _SENTENCE_BREAK.search(quoted):
        return "partial"
    return "full"


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    can_open: bool
    can_close: bool
    family: str  # marks of one family pair with each other: '"', "''", "“", "«", "‹" or "'"
    weak: bool = False  # a closer that may be a plural's apostrophe (the farmers’ union)


def _family(s: str) -> str:
    if s in ("''", "``"):
        return "''"
    if s in "“”„‟" or s in ("‘‘", "’’"):
        return "“"
    if s in "«»":
        return "«"
    if s in "‹›":
        return "‹"
    return s if s == '"' else "'"


def _flanks(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opening by context, closing by context) for the mark at text[start:end]."""
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    return before in _OPEN_CONTEXT, (after in _CLOSE_CONTEXT or after == "")


def _marks(text: str, lo: int, hi: int, single: bool) -> list[_Mark]:
    out = []
    # Marks inside a markup tag left in the text (<tweet id="…" author="…">) delimit attributes.
    tags = [t.span() for t in _TAG.finditer(text, lo, hi)] if "<" in text[lo:hi] else []
    skip_to = lo  # past an elision's own apostrophes (rock ’n’ roll)
    for m in _MARK.finditer(text, lo, hi):
        s, weak = m.group(), False
        if m.start() < skip_to or (tags and any(a < m.start() < b for a, b in tags)):
            continue
        left, right = _flanks(text, m.start(), m.end(), lo, hi)
        before = text[m.start() - 1] if m.start() > lo else " "
        after = text[m.end()] if m.end() < hi else " "
        if s in _DOUBLE_OPEN:
            # “ used as a closer: glued to the word before it, followed by space or punctuation.
            can_open, can_close = not (right and not left), right and not left
        elif s in _DOUBLE_CLOSE:
            # ” used as an opener (”Mr. Trump …): at a word start, not after a word.
            can_open, can_close = left and not right, not (left and not right)
        elif s in _DOUBLE_AMBIGUOUS:
            if s == "''" and before.isalnum() and after.isalnum():
                continue
            can_open, can_close = (left or not right), (right or not left)
        elif not single and s not in "‹›":
            continue  # ‹single guillemets› are never apostrophes: they count in any text
        else:
            # Single marks in a text that uses them as primary quotes; apostrophes inside
            # words (don't, O'Brien) and after plurals (voters' choice) are not marks.
            if before.isalnum() and after.isalnum():
                continue
            elision = _ELISION.match(text, m.end(), hi) or (
                s not in _SINGLE_OPEN and _ELISION_YEAR.match(text, m.end(), hi))
            if elision and s not in _SINGLE_OPEN:
                skip_to = elision.end()
                continue  # an apostrophe for letters left out, not a quotation mark
            if s in _SINGLE_OPEN:
                can_open, can_close = left and not right, right and not left
            elif s in _SINGLE_CLOSE or s in _SINGLE_AMBIGUOUS:
                can_open = left and not right and after.isalnum()
                can_close = right and not left
                # after an s and before a word it may be a plural's apostrophe (voters' choice):
                # the scan decides from the marks around it ('… help the farmers', he said)
                weak = can_close and before == "s" and after not in ",.;:!?)" and m.end() < hi
            else:
                continue
            if not (can_open or can_close):
                continue
        out.append(_Mark(m.start(), m.end(), can_open, can_close, _family(s), weak))
    return out


def primary_is_single(text: str) -> bool:
    """True when a text quotes with ‘single’ marks and keeps “double” ones (if any) for nesting."""
    doubles = len(re.findall(r"(?:^|[\s(])(?:“|\"|''|‘‘|«)\w", text))
    singles = len(re.findall(r"(?:^|[\s(])(?:‘|')\w[^\n]*?[\w.,!?](?:’|')(?=[\s.,;:!?)]|$)", text))
    if singles == 1 and doubles == 0:
        # a short text with one quote: enough when no apostrophe could make it up
        return bool(_SURE_SINGLE.search(text))
    if singles < 2:
        return False
    # as many single-quoted sentences as double-quoted anything: double marks are for titles
    # and nesting (a review quoting with ‘…’ and naming films in “…”)
    return singles > 2 * doubles or len(_SURE_SINGLE.findall(text)) >= doubles


def _lines(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    out = []
    for b in blocks:
        pos = b.start
        for part in text[b.start : b.end].split("\n"):
            out.append((pos, pos + len(part)))
            pos += len(part) + 1
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _embedded(text: str, line_start: int, open_at: int) -> bool:
    """Is the quote opening at `open_at` set inside the writer's sentence (a partial quote)?"""
    i = open_at - 1
    while i >= line_start and text[i] in " \t":
        i -= 1
    if i < line_start:
        return False
    return text[i] not in ",:;.!?—–-([…”\"'»"


def _nested_end(text: str, lo: int, marks: list[_Mark], i: int, outer: _Mark,
                last_close: dict[str, int]) -> int | None:
    """The index of the mark closing a quote nested at marks[i] inside the open `outer`, if it nests.

    Another family of marks inside an open quote (“… "Shark Tank" …”, "… “hell” …") nests
    when it closes on the line, and either the outer quote closes after it or it opens in mid
    sentence. The same family nests only when two closers follow before any new opener
    (“… calls “hell” than live …”); with one, the first quote simply never closed."""
    inner = marks[i]
    if inner.family != outer.family:
        for k in range(i + 1, len(marks)):
            if marks[k].family == inner.family:
                if not marks[k].can_close:
                    return None
                outer_closes = last_close.get(outer.family, -1) > k
                return k if outer_closes or _embedded(text, lo, inner.start) else None
        return None
    rest = list(islice((k for k in range(i + 1, len(marks)) if marks[k].family == inner.family), 2))
    if len(rest) == 2 and all(marks[k].can_close and not marks[k].can_open for k in rest):
        return rest[0]
    return None


def _weak_closes(text: str, lo: int, marks: list[_Mark], i: int, outer: _Mark) -> bool:
    """Does the apostrophe-like closer before marks[i] (‘… the farmers’ and …) end the open quote?

    Only a quote set inside the writer's sentence ends that way (‘a series of half-measures’
    and …), and only when no closer of its family follows before the next opener: in ‘The
    ministers’ excuses don’t wash,’ the mark after “ministers” is a possessive's apostrophe."""
    if outer.family != marks[i - 1].family or not _embedded(text, lo, outer.start):
        return False
    for m in marks[i:]:
        if m.family == outer.family and not m.weak:
            return not m.can_close
    return True


def _nickname(text: str, lo: int, hi: int, open_at: int, quoted: str, close_end: int) -> bool:
    """A nickname between a first name and a surname (Dwayne “The Rock” Johnson): a name in
    quotation marks, nobody's words. (Words after “so-called” stay: news annotators take them
    as the quoted side's term.)"""
    before = text[lo:open_at].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    nxt = text[close_end:hi].split(None, 1)
    return (bool(prev) and prev[0].isupper() and prev.isalpha() and bool(nxt) and nxt[0][0].isupper()
            and text[open_at - 1 : open_at].isspace() and text[close_end : close_end + 1] == " "
            and len(quoted.split()) <= 3 and quoted[-1:].isalnum() and looks_like_title(quoted))


def _bracketed(quoted: str) -> bool:
    """A stage direction in quotation marks ("(CROSSTALK)", "[inaudible]"): nobody's words."""
    t = quoted.strip(" .,;:")
    return len(t) > 1 and t[0] in "([" and t[-1] in ")]" and not any(c in ")]" for c in t[1:-1])


def _lost_opener(text: str, lo: int, hi: int, first: _Mark) -> bool:
    """Does the line open with speech whose opening mark was lost (We go on,” he said.)?

    Yes when the line's first mark can only close, right after the punctuation that ends a
    quoted sentence, with a few words before it and the line going on after it (a closer
    ending the line closes a quote of the lines before, as under a pull quote)."""
    if not any(c.isalpha() for c in text[first.end : hi]):
        return False
    if not first.can_close or first.can_open or first.weak or text[first.start - 1 : first.start] not in (",", ".", "!", "?"):
        return False
    head = text[lo : first.start].strip()
    return len(head.split()) >= 3 and (head[0].isalpha() or head[0] in "…") and not _TAG.search(head)


def _scan_line(text: str, lo: int, hi: int, single: bool) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_mark: _Mark | None = None
    opened_line = False

    def emit(start: int, end: int, closed: bool, close_end: int = 0) -> None:
        s, e = _trimmed(text, start, end)
        if e > s and any(c.isalnum() for c in text[s:e]) and not _bracketed(text[s:e]) and not (
                closed and _nickname(text, lo, hi, open_mark.start, text[s:e], close_end)):  # type: ignore[union-attr]
            spans.append(QuoteSpan(s, e, closed, opened_line, _embedded(text, lo, open_mark.start)))  # type: ignore[union-attr]

    marks = _marks(text, lo, hi, single)
    last_close = {m.family: k for k, m in enumerate(marks) if m.can_close}  # the last closer of each family
    i = 0
    if marks and _lost_opener(text, lo, hi, marks[0]):
        s, e = _trimmed(text, lo, marks[0].start)
        spans.append(QuoteSpan(s, e, True, True, False))
        i = 1
    while i < len(marks):
        mark = marks[i]
        i += 1
        if open_mark is None:
            if mark.can_open:
                open_mark = mark
                opened_line = not text[lo : mark.start].strip()
            continue
        if mark.weak and not _weak_closes(text, lo, marks, i, open_mark):
            continue  # a plural's apostrophe inside the quote
        if mark.can_close:
            emit(open_mark.end, mark.start, True, mark.end)
            open_mark = None
        elif mark.can_open:
            k = _nested_end(text, lo, marks, i - 1, open_mark, last_close)
            if k is not None:
                i = k + 1  # a quote inside the open one stays part of it
                continue
            # A second opener while one is open: the first never closed. End it here.
            emit(open_mark.end, mark.start, False)
            open_mark = mark
            opened_line = False
    if open_mark is not None:
        emit(open_mark.end, hi, False)
    return spans


def find_quotes(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    """Every quotation in the prose blocks, in reading order (text only, no model)."""
    single = primary_is_single("\n".join(text[b.start : b.end] for b in blocks))
    spans: list[QuoteSpan] = []
    for lo, hi in _lines(text, blocks):
        spans.extend(_scan_line(text, lo, hi, single))
    return spans


def looks_like_title(quoted: str) -> bool:
    """A quoted name of a work or show ("Fox News Sunday", "The Art of the Deal"), not speech."""
    words = quoted.strip().rstrip(",.").split()
    if not words or len(words) > 8 or quoted.rstrip().endswith(("?", "!")):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(content) and words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def spans_by_block(spans: list[QuoteSpan], blocks: list[Block]) -> list[list[QuoteSpan]]:
    """The spans grouped by the block they start in (one list per block, same order)."""
    out: list[list[QuoteSpan]] = [[] for _ in blocks]
    j = 0
    order = sorted(range(len(blocks)), key=lambda k: blocks[k].start)
    for s in sorted(spans, key=lambda x: x.start):
        while j < len(order) and blocks[order[j]].end <= s.start:
            j += 1
        if j < len(order) and blocks[order[j]].start <= s.start:
            out[order[j]].append(s)
    return out
