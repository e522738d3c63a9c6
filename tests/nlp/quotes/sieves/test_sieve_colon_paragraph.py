from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import colon_paragraph
from reader.nlp.quotes.speakers import Mention


def test_a_paragraph_ending_in_a_colon_keeps_its_subject(block_of):
    (ev,) = colon_paragraph.find(block_of("Mayor Jane Doe answered the council in a letter:"))
    assert ev.quote is None and "Jane Doe" in ev.speaker.text and ev.sieve == "colon_paragraph"


def test_a_paragraph_ending_in_a_stop_keeps_nothing(block_of):
    assert colon_paragraph.find(block_of("Mayor Jane Doe answered the council in a letter.")) == []


def test_the_colon_paragraph_introduces_a_quote_soon_after_it():
    ev = Evidence(None, "colon_end", "answered", Mention(0, 8, "Jane Doe", "doe", "name"), 2, 0, 9, "colon_paragraph")
    near, far = QuoteSpan(60, 90, opens_line=True), QuoteSpan(600, 630, opens_line=True)
    assert colon_paragraph.introduces(near, [ev], [ev.at]) is ev
    assert colon_paragraph.introduces(far, [ev], [ev.at]) is None
