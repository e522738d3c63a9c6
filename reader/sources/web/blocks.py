"""An extracted article body (trafilatura's XML, readability's HTML) → plain (kind, text) blocks.

Blocks carry no markup at all: headings are a kind, emphasis and links are just their words,
so nothing like `*this*` or `1\\.` reaches the reader. `<br>` inside a block keeps a line break;
two in a row split it into paragraphs.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["heading", "paragraph"]
TextBlock = tuple[Kind, str]

# trafilatura's output vocabulary, then HTML's.
_TRAFILATURA_BLOCKS = {"p", "head", "item", "quote", "code", "row", "list", "table", "div", "body"}
_TRAFILATURA_HEADINGS = {"head"}
_TRAFILATURA_BREAKS = {"lb"}
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_BLOCKS = _HTML_HEADINGS | {
    "p", "li", "blockquote", "pre", "tr", "dd", "dt", "figcaption", "div", "section", "article",
    "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "main", "header", "footer", "aside",
    "figure", "body", "html", "form", "fieldset", "details", "summary", "center",
}
_HTML_BREAKS = {"br", "hr"}
_HTML_SKIP = {"script", "style", "noscript", "template", "button", "select", "svg", "iframe", "img"}
_CELLS = {"cell", "td", "th"}
# Source whitespace (newlines included) is one space in HTML; only <br> breaks a line.
_SPACES = re.compile(r"\s+")


def _one_line(s: str) -> str:
    return " ".join(s.split())


class _Collector:
    def __init__(self, headings: set[str], blocks: set[str], breaks: set[str], skip: set[str]):
        self.headings, self.block_tags, self.breaks, self.skip = headings, blocks, breaks, skip
        self.out: list[TextBlock] = []
        self.parts: list[str] = []
        self.kind: Kind = "paragraph"

    def flush(self) -> None:
        raw = "".join(self.parts)
        self.parts = []
        for piece in re.split(r"\n[ \t]*\n", raw):
            line = _one_line(piece)
            if line:
                self.out.append((self.kind, line))
        self.kind = "paragraph"

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in self.skip:  # a comment, processing instruction, script, image
            self._tail(el)
            return
        is_block = tag in self.block_tags or tag in self.headings
        if is_block:
            self.flush()
            if tag in self.headings:
                self.kind = "heading"
        if tag in self.breaks:
            self.parts.append("\n")
        if tag in _CELLS:
            self.parts.append(" ")
        if el.text:
            self.parts.append(_SPACES.sub(" ", el.text))
        for child in el:
            self.walk(child)
        if is_block:
            self.flush()
        if tag in _CELLS:
            self.parts.append(" ")
        self._tail(el)

    def _tail(self, el) -> None:
        if el.tail:
            self.parts.append(_SPACES.sub(" ", el.tail))


def _collect(root, headings, blocks, breaks, skip) -> list[TextBlock]:
    c = _Collector(headings, blocks, breaks, skip)
    if root is not None:
        c.walk(root)
        c.flush()
    return c.out


def from_trafilatura(body) -> list[TextBlock]:
    """Blocks of trafilatura's body element (`<p>`, `<head>`, `<list><item>`, `<table><row>`)."""
    return _collect(body, _TRAFILATURA_HEADINGS, _TRAFILATURA_BLOCKS, _TRAFILATURA_BREAKS, {"graphic"})


def from_html(root) -> list[TextBlock]:
    """Blocks of an HTML fragment (readability's summary)."""
    return _collect(root, _HTML_HEADINGS, _HTML_BLOCKS, _HTML_BREAKS, _HTML_SKIP)
