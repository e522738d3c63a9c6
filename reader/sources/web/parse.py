"""HTML text → lxml tree, leniently: a page must never silently lose its body to the parser.

libxml2 stops at what it takes for a broken document (an attribute over 10 MB, nesting deeper
than its limit) and returns a tree holding only what came before. So the page is cleaned of
what trips it first, and the parsed tree's text is checked against a crude tag-stripped count:
if most of the text is missing, the nesting is flattened and the page parsed again; if text is
still missing, the failure is reported in one line rather than an article with no body.
"""

from __future__ import annotations

import re

from reader.sources.errors import SourceError

# An attribute value this long is inline data (an image, a JSON blob), never article text.
_LONG_ATTRIBUTE = re.compile(r"""\s[\w:.-]+\s*=\s*(?:"[^"]{65536,}"|'[^']{65536,}')""")
# Character references to C0/C1 controls (ESC in a <title>): invalid in HTML, and libxml2 may
# stop there. Tab, newline and carriage return are kept.
_CONTROL_REF = re.compile(r"&#(?:[xX]0*(?P<hex>[0-9a-fA-F]{1,4})|0*(?P<dec>\d{1,5}));?")
_RAW_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NESTING_TAGS = re.compile(r"</?(?:div|span|section)\b[^>]*>", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# Elements the extractors may be given: their time and memory grow with the element count
# (~0.1 ms and ~8 KB each: 31,000 links took 3.4 s and 255 MB, 77,000 took 10 s and 580 MB);
# a news page has 500-8,000 (the scrapinghub pages at most 1,600), a long HTML book ~10,000.
MAX_ELEMENTS = 30_000
# Start tags the parser is given at all: its tree costs ~0.6 KB an element (4.7 million <br> took
# 660 MB). Nesting the parse flattens counts here too (100,000 nested <div>s pass).
MAX_START_TAGS = 250_000
# Characters of text (spaces left out) a page may hold: the text limit of reader.sources.MAX_BYTES.
# The extractors take a minute over 15 million; the analysis would refuse it anyway.
MAX_TEXT_CHARS = 2_000_000
# The parse may lose up to this share of the crude text (entities, head text, attributes).
_MIN_KEPT = 0.5
_MIN_MISSING_CHARS = 100


def _control_ref(m: re.Match[str]) -> str:
    value = int(m.group("hex"), 16) if m.group("hex") else int(m.group("dec"))
    if value in (9, 10, 13) or not (value < 32 or 127 <= value < 160):
        return m.group(0)
    return " "


def _clean(html: str) -> str:
    html = _LONG_ATTRIBUTE.sub(" ", html)
    html = _CONTROL_REF.sub(_control_ref, html)
    return _RAW_CONTROLS.sub(" ", html)


def _crude_text_length(html: str) -> int:
    text = _TAG.sub(" ", _INVISIBLE.sub(" ", html))
    return len(text) - sum(text.count(c) for c in " \t\n\r\f\v")  # no list of every word


def _tree_text_length(tree) -> int:
    skip = {"script", "style", "noscript", "template"}
    total = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag not in skip and el.text:
            total += len("".join(el.text.split()))
        if el.tail:  # text after an element, even a <script>, is the parent's visible text
            total += len("".join(el.tail.split()))
    return total


def _parse(html: str):
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    return lxml.html.document_fromstring(html, parser=parser)


def _kept_enough(tree, expected: int) -> bool:
    kept = _tree_text_length(tree)
    return kept >= _MIN_KEPT * expected or expected - kept < _MIN_MISSING_CHARS


def _bounded(tree, source: str):
    """The tree, unless it has more elements than the extractors read in reasonable time."""
    n = sum(1 for _ in tree.iter())
    if n > MAX_ELEMENTS:
        raise SourceError(f"{source}: too much markup to read ({n:,} elements; the limit is {MAX_ELEMENTS:,})")
    return tree


def parse_html(html: str, source: str):
    """The page as an lxml HtmlElement; SourceError (one line) when it cannot be read whole."""
    from lxml.etree import ParserError

    tags = html.count("<") - html.count("</")  # counted without a copy of the page
    if tags > MAX_START_TAGS:
        raise SourceError(f"{source}: too much markup to read ({tags:,} tags; the limit is {MAX_START_TAGS:,})")
    html = _clean(html)
    expected = _crude_text_length(html)
    if expected > MAX_TEXT_CHARS:
        raise SourceError(f"{source}: too much text in this page (over {expected / 1e6:.1f} million characters; "
                          f"the limit is {MAX_TEXT_CHARS / 1e6:g} million)")
    tree = None
    for attempt in (html, _NESTING_TAGS.sub(" ", html)):
        try:
            tree = _parse(attempt)
        except (ParserError, ValueError) as e:
            reason = str(e).splitlines()[0] if str(e) else e.__class__.__name__
            raise SourceError(f"{source}: cannot parse this page's HTML ({reason})") from None
        if _kept_enough(tree, expected):
            return _bounded(tree, source)
    raise SourceError(
        f"{source}: cannot parse this page's HTML (the parser kept {_tree_text_length(tree)} of "
        f"{expected} characters of text)"
    )
