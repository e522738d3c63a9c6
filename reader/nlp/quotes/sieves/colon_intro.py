"""Colon introduction: the sentence before a colon names who speaks the quotation after it.

    The mayor put it plainly: “We will not close the library.”

The reporting verb before the colon gives its subject; with no reporting verb, the main clause's
subject ("Jeb Bush broke down what was wrong with it: “…”"); with no verb at all, a name
labelling the quote ("Jeremy Lott, author: “…”").
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import SUBJ, in_pobj, is_cue, speaks, subject_of

NAME = "colon_intro"


def find(block: Block, site: Site) -> list[Evidence]:
    """The clue, if a colon right before the quote introduces it; widens the site to that sentence."""
    doc, quoted = block.doc, block.quoted
    j = site.qs - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space):
        j -= 1
    if j < 0 or doc[j].text != ":" or quoted[j]:
        return []
    sent = doc[j].sent
    verb = _verb_before(doc, quoted, j)
    if verb is None:
        subj, verb = _label(doc, quoted, j), sent.root
    else:
        subj = _speaker_of(doc, quoted, verb, j)
    site.lo = min(site.lo, sent.start)
    if subj is None or quoted[subj.i]:
        return []
    return [Evidence(site.span, "colon", verb.text if is_cue(verb) is not None else None,
                     mention_of(subj, block.offset), 2, site.qs - j, block.offset + doc[j].idx, NAME)]


def _verb_before(doc: Any, quoted: bytearray, colon: int) -> Any | None:
    """The reporting verb before the colon, else the verb nearest to it."""
    verb = None
    for k in range(colon - 1, doc[colon].sent.start - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX") and not quoted[k]:
            if is_cue(doc[k]) is not None:
                return doc[k]
            if verb is None:
                verb = doc[k]
    return verb


def _label(doc: Any, quoted: bytearray, colon: int) -> Any | None:
    """A verbless label: "Jeremy Lott, author: “…”" gives the first name's last word."""
    names = [k for k in range(doc[colon].sent.start, colon) if doc[k].pos_ == "PROPN" and not quoted[k]]
    if not names:
        return None
    k = names[0]
    while k + 1 < colon and doc[k + 1].pos_ == "PROPN":
        k += 1
    return doc[k]


def _speaker_of(doc: Any, quoted: bytearray, verb: Any, colon: int) -> Any | None:
    subj = subject_of(verb)
    root = doc[colon].sent.root
    if (subj is None or not speaks(subj)) and is_cue(verb) is None and root.i < colon and not quoted[root.i]:
        # "Jeb Bush broke down what was wrong with it: “…”": the main clause's subject
        subj = subject_of(root) or subj
    node = verb
    for _ in range(4):
        if (subj is not None and speaks(subj)) or is_cue(verb) is not None or node.head.i == node.i:
            break
        node = node.head  # the parse put the sentence's start in the quote before: climb instead
        found_subj = next((c for c in node.children if c.dep_ in SUBJ and not quoted[c.i]), None)
        if found_subj is not None and speaks(found_subj) and not quoted[node.i]:
            subj = found_subj
    if (subj is None or not speaks(subj)) and colon > 0 and doc[colon - 1].pos_ == "PROPN" \
            and not quoted[colon - 1] and not in_pobj(doc[colon - 1]):
        subj = doc[colon - 1]  # "… doesn't surprise pollster Daron Shaw: “…”": the name before the colon
    return subj
