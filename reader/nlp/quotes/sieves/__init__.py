"""The attribution sieves: one pattern family each, with its name, an example and its own tests.

Parse-level sieves read one quotation in its block's Doc and return clues (`Evidence`), in this
order (see `evidence.collect`): `transcript_label`, `dash_signature`, `colon_intro`,
`headline_label`, then every word of the quote's sentences (`according_to`, `speech_noun`,
`headline_verb`, `speech_verb`), and for want of any of those `tag_after`, then
`sentence_before`. Paragraph-level ones (`sign_off`, `colon_paragraph`) keep a clue for the
paragraph after. Document-level sieves (`strongest_clue`, `same_paragraph`, `continuation`,
`colon_paragraph`, `subject_fallback`) run in `attribution.attribute`, most certain first.
Resolving a mention ("he", "the mayor") to an entity is the `speakers` package's work.
"""
