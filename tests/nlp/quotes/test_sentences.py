"""Paragraphs and sentences on plain text (reader.nlp.quotes.sentences)."""

from reader.nlp.quotes.sentences import paragraph_of, sentence_end


def test_a_sentence_ends_at_a_stop_but_not_after_a_title():
    text = "Sen. Doe arrived. Roe left."
    assert sentence_end(text, 0, len(text)) == text.index("Roe")


def test_the_paragraph_around_a_position():
    text = "One.\nTwo two.\nThree."
    assert paragraph_of(text, text.index("two")) == (5, 13)
