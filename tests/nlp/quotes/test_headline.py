"""Headline-case lines (reader.nlp.quotes.headline)."""

from reader.nlp.quotes.headline import headline_cue, title_case


def test_a_headline_case_line_and_an_ordinary_one(nlp):
    for text, expected in (("Mayor Doe Says The Pier Will Reopen By June", True),
                           ("Mayor Doe says the pier will reopen by June.", False)):
        doc = nlp.nlp(text)
        quoted = bytearray(len(doc))
        says = next(t for t in doc if t.lower_ == "says")
        assert title_case(doc[0].sent, quoted, {}) is expected
        assert headline_cue(says, quoted, {}) is expected
