"""Where each block of the article falls on screen: per-paragraph word wrap as character offsets.

The article view never holds wrapped copies of the text: each screen line is a (start, end)
span into `Article.text`, so a highlight, a jump or a find result maps to a line with two
bisects. Paragraphs are wrapped independently (a resize re-wraps, but no paragraph depends on
another), which keeps a 100k-word text cheap to lay out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_WORD = re.compile(r"(\S+)(\s*)")
# Anything outside these ranges (wide CJK, emoji, combining and zero-width marks, …) may not
# take exactly one cell; text without such characters is measured with len(), not cell_len().
_MAYBE_NOT_ONE_CELL = re.compile(
    "[^\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f]"
)
# Characters that would move the terminal's cursor are shown as spaces; one for one, so that
# character offsets into the text stay valid for display.
# (A regex, not str.translate: translate takes a slow path on non-ASCII text, 30 ms at 100k words.)
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def display_text(text: str) -> str:
    """`text` with tabs, newlines and other controls as spaces (same length)."""
    return _CONTROL.sub(" ", text)


def _fold(text: str, start: int, end: int, width: int) -> list[int]:
    """Break points inside one word wider than the line (cell-aware)."""
    cuts: list[int] = []
    col = 0
    for i in range(start, end):
        w = cell_len(text[i])
        if col + w > width and col > 0:
            cuts.append(i)
            col = 0
        col += w
    return cuts


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """wrap_offsets for text of one cell per character: a C-level rfind per line instead of a
    Python step per word (a 100k-word text re-wraps in a few tens of milliseconds)."""
    lines: list[tuple[int, int]] = []
    ls = start
    while end - ls > width:
        limit = ls + width
        cut = text.rfind(" ", ls, limit + 1)
        if cut <= ls:  # a word longer than the line: fold it
            lines.append((ls, limit))
            ls = limit
            continue
        nxt = cut
        while nxt < end and text[nxt] == " ":
            nxt += 1
        lines.append((ls, nxt))
        ls = nxt
    if ls < end or not lines:
        lines.append((ls, end))
    return lines


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap text[start:end] to `width` cells; return one (start, end) span per screen line.

    Line ends keep the spaces after the last word (they render as blanks past the edge and are
    cropped), so consecutive lines tile the block with no gaps.
    """
    width = max(1, width)
    chunk = text[start:end]
    one_cell = chunk.isascii() or not _MAYBE_NOT_ONE_CELL.search(chunk)
    cells = len(chunk) if one_cell else cell_len(chunk)
    if cells <= width:
        return [(start, end)]
    if cells == len(chunk):  # one cell per character (nearly all text): jump line by line
        return _wrap_narrow(text, start, end, width)
    lines: list[tuple[int, int]] = []
    line_start = start
    col = 0
    for m in _WORD.finditer(text, start, end):
        word = m.group(1)
        # Most words are ASCII even in typographic text: len() is exact there and far cheaper.
        w_word = len(word) if word.isascii() else cell_len(word)
        if col > 0 and col + w_word > width:
            ws = m.start()
            lines.append((line_start, ws))
            line_start, col = ws, 0
        if w_word > width:
            ws = m.start()
            for cut in _fold(text, ws, ws + len(word), width):
                lines.append((line_start, cut))
                line_start = cut
            tail = text[line_start : ws + len(word)]
            col = cell_len(tail)
        else:
            col += w_word
        col += len(m.group(2))
    lines.append((line_start, end))
    return lines


@dataclass
class Layout:
    """All blocks wrapped to one width; screen line y ↔ character offset."""

    width: int
    block_starts: list[int]  # character offset of each block, ascending
    block_ends: list[int]
    lines: list[list[tuple[int, int]]]  # per block, its screen lines
    line0: list[int]  # first screen line of each block
    height: int

    @classmethod
    def build(cls, spans: list[tuple[int, int]], text: str, width: int) -> "Layout":
        lines = [wrap_offsets(text, s, e, width) for s, e in spans]
        line0: list[int] = []
        y = 0
        for block_lines in lines:
            line0.append(y)
            y += len(block_lines) + 1  # one blank line between blocks
        height = max(0, y - 1)
        return cls(width, [s for s, _ in spans], [e for _, e in spans], lines, line0, height)

    def locate(self, y: int) -> tuple[int, int]:
        """(block index, line index in block) of screen line y; line index -1 for the gap."""
        bi = bisect_right(self.line0, y) - 1
        if bi < 0:
            return -1, -1
        li = y - self.line0[bi]
        if li >= len(self.lines[bi]):
            return bi, -1
        return bi, li

    def block_of_offset(self, offset: int) -> int:
        if not self.block_starts:
            return -1
        bi = max(0, bisect_right(self.block_starts, offset) - 1)
        if offset >= self.block_ends[bi] and bi + 1 < len(self.block_starts):
            return bi + 1
        return bi

    def line_of_offset(self, offset: int) -> int:
        """Screen line that shows the character at `offset` (or the next shown one)."""
        bi = self.block_of_offset(offset)
        if bi < 0:
            return 0
        block_lines = self.lines[bi]
        li = max(0, bisect_right([s for s, _ in block_lines], offset) - 1) if len(block_lines) > 1 else 0
        return self.line0[bi] + li

    def span_lines(self, start: int, end: int) -> tuple[int, int]:
        """First and last screen line of the span [start, end)."""
        return self.line_of_offset(start), self.line_of_offset(max(start, end - 1))

    def top_showing(self, start: int, end: int, height: int) -> int:
        """The top line that shows [start, end) a third down a pane `height` lines tall, or
        its start at the top when it is taller than that."""
        y0, y1 = self.span_lines(start, end)
        return max(0, y0 - height // 3 if y1 - y0 < height - height // 3 else y0)

    def offset_of_line(self, y: int) -> int:
        """Character offset where screen line y starts (the next block's start for a gap)."""
        if not self.block_starts:
            return 0
        bi, li = self.locate(max(0, y))
        if bi < 0:
            return self.block_starts[0]
        if li < 0:
            return self.block_starts[bi + 1] if bi + 1 < len(self.block_starts) else self.block_ends[bi]
        return self.lines[bi][li][0]

    def blocks_overlapping(self, start: int, end: int) -> range:
        """Indices of blocks that share characters with [start, end)."""
        return blocks_overlapping(self.block_starts, self.block_ends, start, end)

    def offset_at_cell(self, text: str, y: int, x: int) -> int | None:
        """Character offset of `text` under column `x` of screen line `y`, or None off the text."""
        bi, li = self.locate(y)
        if bi < 0 or li < 0:
            return None
        start, end = self.lines[bi][li]
        col = 0
        for i in range(start, end):
            col += cell_len(text[i])
            if col > x:
                return i
        return None


def blocks_overlapping(starts: list[int], ends: list[int], start: int, end: int) -> range:
    """Indices of the blocks (`starts`/`ends` ascending) that share characters with [start,
    end); an empty span counts as the character at `start`."""
    first = bisect_right(ends, start)
    last = bisect_right(starts, max(start, end - 1))
    return range(first, max(first, last))
