"""Sign-off: a paragraph of its own right after a paragraph that ends with a quotation names who
said it.

    “We will rebuild.”
    ― Jane Doe, Springfield.

Also "That was how Jane Doe described the plan." At block level `find` keeps the sign-off
paragraph; at document level `signed` hands it to the quote it follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.nlp.quotes.clues import Block, Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import is_cue, subject_of

NAME = "sign_off"
_SIGN_OFF = re.compile(r"^\s*(?:--|[-―—–])\s*(?=[A-Z])")


def find(block: Block) -> list[Evidence]:
    return _signature(block) + _that_was_how(block)


def _signature(block: Block) -> list[Evidence]:
    """"― Jane Doe, Philadelphia." / "-Senator Doe, tweeting.": a paragraph of its own after a quote
    (a bullet with a finite verb, "- Senator Doe voted no.", is a list item, not a signature)."""
    doc, offset, n = block.doc, block.offset, len(block.doc)
    sign = _SIGN_OFF.match(block.text)
    if not sign or block.spans or n > 30 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc):
        return []
    first = doc.char_span(sign.end(), sign.end() + 1, alignment_mode="expand")
    head = next((t for t in doc[first.start : first.start + 3] if t.pos_ == "PROPN"), None) if first else None
    if head is None:
        return []
    while head.i + 1 < n and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    m = mention_of(head, offset)
    if m is not None:  # the tokenizer keeps "-President" whole: the name starts after the dash
        cut = len(m.text) - len(m.text.lstrip("-―—– "))
        m = replace(m, start=m.start + cut, text=m.text[cut:], core=m.core.lstrip("-―—– ") if m.core else m.core)
    return [Evidence(None, "signoff", None, m, 0, 0, offset + head.idx, NAME)]


def _that_was_how(block: Block) -> list[Evidence]:
    """A paragraph after a quote: "That was how Jane Doe described her merger."."""
    doc, quoted = block.doc, block.quoted
    if not (len(doc) > 3 and doc[0].lower_ in ("that", "this") and doc[1].lower_ in ("was", "is", "'s", "’s")
            and doc[2].lower_ in ("how", "what") and not any(quoted[i] for i in range(doc[0].sent.end))):
        return []
    for tok in doc[3 : doc[0].sent.end]:
        if is_cue(tok) == 0:
            subj = subject_of(tok)
            if subj is None:
                return []
            return [Evidence(None, "signoff", tok.text, mention_of(subj, block.offset), 2, 0,
                             block.offset + tok.idx, NAME)]
    return []


def signed(text: str, para: tuple[int, int], spans: list[QuoteSpan],
            sign_offs: dict[int, Evidence]) -> Evidence | None:
    """The sign-off paragraph right after this one, when this paragraph ends with a quote."""
    if not sign_offs:
        return None
    nxt = para[1]
    while nxt < len(text) and text[nxt] in "\n\r \t":
        nxt += 1
    ev = sign_offs.get(nxt)
    if ev is None:
        return None
    last = max((q.end for q in spans if para[0] <= q.start < para[1]), default=para[0])
    return ev if not any(c.isalnum() for c in text[last : para[1]]) else None
