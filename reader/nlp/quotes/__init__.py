"""Quotes and who said them: marks and spans, speech cues, the attribution sieve, speakers.

`marks` finds quotations from punctuation alone (no model); `attribution` gathers evidence from
each paragraph's parse (`collect`) and decides the speakers at document level (`attribute`),
resolving names, pronouns and descriptions with `speakers`; `cues` is the reporting-verb lexicon.
"""

from reader.nlp.quotes.attribution import Evidence as _Evidence
from reader.nlp.quotes.attribution import Parsed, Subject, Verbal, attribute, collect
from reader.nlp.quotes.marks import QuoteSpan, find_quotes, kind_of, looks_like_title, primary_is_single, spans_by_block

# The records `collect` returns, named here for the pipeline's type annotations.
Evidence = _Evidence | Subject | Verbal | Parsed

__all__ = ["Evidence", "QuoteSpan", "attribute", "collect", "find_quotes", "kind_of", "looks_like_title",
           "primary_is_single", "spans_by_block"]
