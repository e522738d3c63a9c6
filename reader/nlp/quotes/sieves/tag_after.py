"""Tag after: a quote that stops on a comma or a question and goes on with a name or pronoun and
its verb is tagged with its speaker, whatever the verb (asked only when no reporting verb was found).

    “Will the pier reopen?” she pressed.
"""

from __future__ import annotations

from typing import Any

from reader.nlp.quotes.clues import Block, Evidence, Site
from reader.nlp.quotes import cues
from reader.nlp.quotes.mention import mention_of
from reader.nlp.quotes.parse import speaks

NAME = "tag_after"


def find(block: Block, site: Site) -> list[Evidence]:
    span, offset = site.span, block.offset
    if block.text[span.end - offset - 1 : span.end - offset] not in (",", "?", "!"):
        return []
    tag = _tag_after(block.doc, site.qe, block.quoted)
    if tag is None:
        return []
    verb, subj = tag
    return [Evidence(span, "verb", verb.text, mention_of(subj, offset), 1, verb.i - site.qe + 1, offset + verb.idx,
                     NAME)]


def _tag_after(doc: Any, qe: int, quoted: bytearray) -> tuple[Any, Any] | None:
    """“…,” Hannity started. / “…?” she pressed.: a quote that stops on a comma or a question and
    goes on with a name or pronoun and its verb is tagged with its speaker, whatever the verb."""
    k = qe
    while k < len(doc) and (quoted[k] or doc[k].is_punct) and k - qe < 3:
        k += 1
    if k >= len(doc) or quoted[k]:
        return None
    if doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        k += 1  # "“…,” the Saudis state in …"
    subj = doc[k]
    if subj.pos_ == "PRON" and subj.lower_ in cues.MALE | cues.FEMALE | cues.PLURAL:
        j = k + 1
    elif subj.pos_ == "PROPN":
        j = k
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        subj = doc[j - 1]
    elif subj.pos_ == "NOUN":
        # "“…,” lobbying disclosures show." with the verb tagged as one more noun: only a source noun
        # and a reporting verb that ends the sentence
        j = k
        while j < len(doc) and doc[j].pos_ == "NOUN" and j - k < 3 and not quoted[j]:
            j += 1
        if j - 1 <= k or j >= len(doc) or not doc[j].is_punct or doc[j - 1].lower_ not in \
                cues.SPEECH_FORMS | cues.BELIEF_FORMS or not speaks(doc[j - 2]):
            return None
        return doc[j - 1], doc[j - 2]
    else:
        return None
    if j >= len(doc) or quoted[j]:
        return None
    if doc[j].lower_ in cues.SPEECH_FORMS and doc[j].lower_ not in ("call", "calls", "order", "orders", "question"):
        return doc[j], subj  # a speech verb the tagger took for a noun ("the Saudis state")
    if doc[j].pos_ != "VERB" or doc[j].tag_ not in ("VBD", "VBZ") or subj.head.i != j:
        return None
    return doc[j], subj
