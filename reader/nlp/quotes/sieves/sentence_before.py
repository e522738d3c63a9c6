"""Sentence before: a quotation opening its sentence right after one that ends on a reporting verb
(asked only when the quote's own sentences hold no clue).

    The fire was out by noon, the chief said. “Nobody was hurt.”

When that sentence holds a quote of its own, this sieve stays silent: that quote's speaker
carries on instead (see `same_paragraph`).
"""

from __future__ import annotations

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes.headline import headline_cue, title_subject
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import is_cue, subject_of

NAME = "sentence_before"


def find(block: Block, site: Site) -> list[Evidence]:
    doc, quoted, offset, lo = block.doc, block.quoted, block.offset, site.lo
    prev = doc[lo - 1].sent if lo > 0 else None
    if prev is None or not all(quoted[i] or doc[i].is_punct for i in range(lo, site.qs)) \
            or any(quoted[i] for i in range(prev.start, prev.end)):
        return []
    for i in range(prev.end - 1, prev.start - 1, -1):
        tok = doc[i]
        if not quoted[i] and headline_cue(tok, quoted, block.title_cache):
            return [Evidence(site.span, "before", tok.text, title_subject(doc, tok, quoted, offset), 2,
                             site.qs - i, offset + tok.idx, NAME)]
        if quoted[i] or is_cue(tok) != 0:
            continue
        subj = subject_of(tok)
        if subj is not None and not quoted[subj.i]:
            return [Evidence(site.span, "before", tok.text, mention_of(subj, offset), 2, site.qs - i,
                             offset + tok.idx, NAME)]
    return []
