from reader.analysis import Entity, Span
from reader.nlp.quotes.clues import Evidence, Unnamed
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import unnamed_person
from reader.nlp.quotes.speakers import Mention


def test_an_indefinite_gendered_person_is_kept(block_of):
    (intro,) = unnamed_person.find(block_of("Reporters reached one mother at the school gate on Monday."))
    assert intro.text == "one mother" and intro.gender == "f"


def test_a_definite_or_ungendered_person_is_not(block_of):
    assert unnamed_person.find(block_of("Reporters reached the mother and a teacher at the school gate.")) == []


TEXT = "Jane Doe would not comment. Reporters reached one mother at the gate. “We were never told,” she said."


def she_said(text: str = TEXT) -> Evidence:
    at = text.index("she said")
    return Evidence(QuoteSpan(1, 2), "verb", "said", Mention(at, at + 3, "she", "she", "pronoun"), 0, 3, at + 4,
                    "speech_verb")


def test_she_after_an_unnamed_mother_is_the_mother_not_the_named_woman_before():
    doe = Entity("e1", "Jane Doe", "PERSON", mentions=[Span(0, 8)])
    a = TEXT.index("one mother")
    mother = Unnamed(a, a + 10, "one mother", "f")
    assert unnamed_person.takes_over(she_said(), doe, [mother], [a]) is mother


def test_a_named_person_mentioned_again_after_the_introduction_keeps_she():
    text = TEXT.replace("at the gate.", "at the gate. Doe arrived later.")
    at = text.index("Doe arrived")
    doe = Entity("e1", "Jane Doe", "PERSON", mentions=[Span(0, 8), Span(at, at + 3)])
    a = text.index("one mother")
    assert unnamed_person.takes_over(she_said(text), doe, [Unnamed(a, a + 10, "one mother", "f")], [a]) is None
    assert unnamed_person.takes_over(she_said(), doe, [Unnamed(a, a + 10, "one father", "m")], [a]) is None


def test_a_names_apposition_or_a_role_introduces_no_one(block_of):
    assert unnamed_person.find(block_of("Jane Doe, a spokeswoman for the council, left early.")) == []
    assert unnamed_person.find(block_of("Jane Doe learned about life as a woman in politics early.")) == []
