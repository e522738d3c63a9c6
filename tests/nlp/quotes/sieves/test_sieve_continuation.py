"""Hand-made paragraphs, no model: a quotation paragraph continuing the voice before it."""

from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import continuation


def test_a_quotation_paragraph_after_an_attributed_quote_continues_it():
    text = "“The pier is safe,” Doe said.\n“We checked every beam, twice.”"
    prev, s = QuoteSpan(1, 18), QuoteSpan(text.index("We"), len(text) - 1, opens_line=True)
    assert continuation.continues(text, prev, s, spoken=set())


def test_a_paragraph_that_names_its_own_speaker_does_not_continue():
    text = "“The pier is safe,” Doe said.\n“We checked every beam,” Roe said."
    prev, s = QuoteSpan(1, 18), QuoteSpan(text.index("We"), text.rindex("”"), opens_line=True)
    assert not continuation.continues(text, prev, s, spoken={text.index("\n") + 1})
