"""Find an article's shape in plain text or Markdown: title, byline, dateline, headings, paragraphs.

The cleaned `Article.text` is rebuilt from the blocks, one blank line between blocks, so site
chrome ("Home Globe …" breadcrumbs, "Related Posts") and Markdown syntax are not part of it
and every offset the NLP produces points at text the reader actually sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.article import Block, BlockKind
from reader.sources.published import find_published, parse_date_line, parse_dateline_alone

_BYLINE = re.compile(r"^\s*by\s+(?P<who>[^\n]{1,80})$", re.IGNORECASE)
_TERMINAL = tuple('.!?:;,"”’»)')
_NAV = re.compile(
    r"^(related (posts|articles|stories|content|coverage)|read more|share( this)?( article| story)?"
    r"|advertisement|comments?|tags?:?|more from .{1,40}|you may also like|recommended"
    r"|sign up.{0,40}|subscribe.{0,40}|follow us.{0,40}|skip to (main )?content|menu|home)$",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[(?P<text>[^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


@dataclass
class Shape:
    text: str
    blocks: tuple[Block, ...]
    title: str | None
    byline: str | None
    published: str | None


def _raw_blocks(text: str) -> list[str]:
    """Paragraphs split on blank lines; a text with no blank lines has one paragraph per line."""
    if re.search(r"\n[ \t]*\n", text):
        parts = re.split(r"\n[ \t]*\n+", text)
        # Hard-wrapped prose: single newlines inside a paragraph are just spaces.
        parts = [re.sub(r"[ \t]*\n[ \t]*", " ", p) for p in parts]
    else:
        parts = text.split("\n")
    return [re.sub(r"[ \t]+", " ", p).strip() for p in parts if p.strip()]


def _is_title_like(block: str) -> bool:
    if len(block) > 200 or "\n" in block:
        return False
    if not block.endswith(_TERMINAL):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", block) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _is_heading_like(block: str) -> bool:
    words = block.split()
    return (
        len(block) <= 100
        and 1 <= len(words) <= 14
        and not block.endswith(_TERMINAL)
        and block[0].isupper()
        and not block.startswith(("“", '"', "‘", "'", "«"))
    )


def _drop_chrome(blocks: list[str]) -> list[str]:
    blocks = [b for b in blocks if not _NAV.match(b)]
    if len(blocks) >= 2:
        first, second = blocks[0], blocks[1]
        # A breadcrumb line that ends with the headline ("Home Globe <headline>") is navigation.
        if first != second and first.endswith(second) and len(first) - len(second) < 60:
            blocks = blocks[1:]
    return blocks


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end() :]


def shape(raw: str, markdown: bool = False) -> Shape:
    meta: dict[str, str] = {}
    if markdown or raw.startswith("---\n"):
        meta, raw = _front_matter(raw)
    pieces: list[tuple[BlockKind | None, str]] = []
    for block in _drop_chrome(_raw_blocks(raw)):
        kind: BlockKind | None = None
        if markdown:
            m = _MD_HEADING.match(block)
            if m:
                kind = "title" if len(m.group("hashes")) == 1 else "heading"
                block = m.group("text")
            block = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\g<text>", block))
        pieces.append((kind, block))

    title = meta.get("title")
    byline = meta.get("author") or meta.get("byline")
    date_meta = meta.get("date") or meta.get("published") or meta.get("pubdate")
    published = parse_date_line(date_meta) if date_meta else None
    kinds: list[BlockKind] = []
    for i, (kind, block) in enumerate(pieces):
        if kind is None:
            if i < 6 and (parse_date_line(block) or parse_dateline_alone(block)):
                kind = "dateline"  # before the title test: a date alone on the first line is no headline
            elif i == 0 and title is None and len(pieces) > 1 and _is_title_like(block):
                kind = "title"
            elif i < 5 and byline is None and (m := _BYLINE.match(block)) and len(block.split()) <= 12:
                kind = "byline"
                byline = re.split(r"\s*[|·•,–—-]?\s*\b(?:published|posted|updated)\b", m.group("who"), flags=re.I)[0].strip()
            elif i > 0 and i + 1 < len(pieces) and _is_heading_like(block):
                kind = "heading"
            else:
                kind = "paragraph"
        if kind == "title" and title is None:
            title = block
        kinds.append(kind)

    text_parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, (_, block) in zip(kinds, pieces):
        blocks.append(Block(kind, pos, pos + len(block)))
        text_parts.append(block)
        pos += len(block) + 2
    text = "\n\n".join(text_parts)
    if published is None:
        published = find_published(text, blocks)
    return Shape(text=text, blocks=tuple(blocks), title=title, byline=byline, published=published)
