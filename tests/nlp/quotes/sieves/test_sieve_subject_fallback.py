"""Hand-made entities and subjects, no model: a quote with no clue goes to its sentence's subject."""

from reader.analysis import Entity, Span
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import subject_fallback
from reader.nlp.quotes.speakers import Resolver, Subject


def scene(text: str, label: str = "PERSON"):
    at = text.index("Doe")
    doe = Entity("e1", "Jane Doe", label, mentions=[Span(at, at + 3)])
    s = QuoteSpan(text.index("“") + 1, text.index("”"), embedded=True)
    subjects = [Subject(at, at + 3, "Doe")]
    resolver = Resolver([doe], text, [(s.start, s.end)], subjects)
    return s, subjects, resolver


def test_a_person_subject_of_the_quotes_sentence_takes_it():
    text = "Doe has long called the pier “the heart of the town” in her speeches."
    s, subjects, resolver = scene(text)
    found = subject_fallback.find(text, s, (0, len(text)), 0, subjects, [x.start for x in subjects], resolver, {"e1"})
    assert found is not None and found[0].id == "e1"


def test_an_organisation_subject_does_not_take_it():
    text = "Doe has long called the pier “the heart of the town” in its reports."
    s, subjects, resolver = scene(text, label="ORG")
    assert subject_fallback.find(text, s, (0, len(text)), 0, subjects, [x.start for x in subjects], resolver,
                                 {"e1"}) is None
