"""Quotes and who said them: marks and spans, speech cues, the attribution sieves, speakers.

`marks` finds quotations from punctuation alone (no model); `evidence.collect` runs the
parse-level sieves (`sieves/`) on each paragraph's Doc, and `attribution.attribute` decides the
speakers at document level, resolving names, pronouns and descriptions with `speakers`; `cues`
is the reporting-verb lexicon.
"""

from reader.nlp.quotes.attribution import attribute
from reader.nlp.quotes.evidence import Record as Evidence
from reader.nlp.quotes.evidence import collect
from reader.nlp.quotes.marks import QuoteSpan, find_quotes, kind_of, looks_like_title, primary_is_single, spans_by_block

__all__ = ["Evidence", "QuoteSpan", "attribute", "collect", "find_quotes", "kind_of", "looks_like_title",
           "primary_is_single", "spans_by_block"]
