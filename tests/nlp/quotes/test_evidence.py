"""Evidence gathering over one parsed paragraph: the records `collect` keeps, named by sieve."""

from reader.article import Block as Paragraph
from reader.nlp.quotes.clues import Evidence, Parsed, Verbal
from reader.nlp.quotes.evidence import collect
from reader.nlp.quotes.marks import find_quotes
from reader.nlp.quotes.speakers import Subject


def records(nlp, text):
    spans = find_quotes(text, [Paragraph("paragraph", 0, len(text))])
    return collect(nlp.nlp(text), 0, spans)


def test_collect_keeps_clues_subjects_and_speech_per_quote(nlp):
    found = records(nlp, "Mayor Jane Doe spoke on Tuesday. “We will rebuild the pier,” she said.")
    assert isinstance(found[0], Parsed)
    assert any(isinstance(r, Subject) and "Doe" in r.name for r in found)
    assert any(isinstance(r, Verbal) for r in found)
    (clue,) = [r for r in found if isinstance(r, Evidence)]
    assert clue.sieve == "speech_verb" and clue.speaker.text == "she"


def test_a_quote_with_no_clue_in_its_sentences_asks_the_sentence_before(nlp):
    found = records(nlp, "The fire was out by noon, Chief John Roe said. “Nobody was hurt.”")
    assert [r.sieve for r in found if isinstance(r, Evidence)] == ["sentence_before"]


def test_a_participle_describing_a_noun_makes_a_term_not_speech(nlp):
    found = records(nlp, "The astronauts would be put into “induced sleep” to cross the void.")
    assert not any(isinstance(r, Verbal) for r in found)
    found = records(nlp, "The astronauts said they would “sleep through the long trip” to the planet.")
    assert any(isinstance(r, Verbal) for r in found)
