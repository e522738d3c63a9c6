"""Dash signature: a name right after the closing mark, behind a dash; or a signature line the
closing mark swallowed (a name and a comma, no verb).

    “We never saw the water rise so fast.” ― Jane Doe, Springfield.
"""

from __future__ import annotations

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.mention import mention_of

AFTER = "dash_signature"
INSIDE = "signature_in_quote"


def after_quote(block: Block, site: Site) -> list[Evidence]:
    """"“…” ― Jane Doe": a dash and a name right after the closing mark."""
    doc, text, span, offset = block.doc, block.text, site.span, block.offset
    j = span.end - offset
    while j < len(text) and text[j] in "”\"»’' ":
        j += 1
    if j >= len(text) or text[j] not in "―—–-":
        return []
    j += 2 if text[j : j + 2] == "--" else 1
    while j < len(text) and text[j] == " ":
        j += 1
    after = doc.char_span(j, j + 1, alignment_mode="expand") if j < len(text) else None
    if after is None or not len(after) or not (after[0].pos_ == "PROPN" or after[0].is_title):
        return []
    head = after[0]
    while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" and not block.quoted[head.i + 1]:
        head = doc[head.i + 1]
    return [Evidence(span, "dash", None, mention_of(head, offset), 0, 1, offset + j, AFTER)]


def inside_quote(block: Block, site: Site) -> list[Evidence]:
    """"“… on policy. Norman Ornstein, American Enterprise Institute scholar.”": a signature the
    closing mark swallowed, a name and a comma with no verb after it."""
    doc = block.doc
    last = doc[site.qe - 1].sent
    if not (last.start > site.qs and last.end - last.start >= 3 and doc[last.start].pos_ == "PROPN"):
        return []
    k = last.start
    while k + 1 < last.end and doc[k + 1].pos_ == "PROPN":
        k += 1
    if k > last.start and k + 1 < last.end and doc[k + 1].text == "," \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : last.end]):
        return [Evidence(site.span, "dash", None, mention_of(doc[k], block.offset), 0, 1,
                         block.offset + doc[last.start].idx, INSIDE)]
    return []
