"""Hand-made clues, no model: which one decides."""

from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import strongest_clue
from reader.nlp.quotes.speakers import Mention

Q = QuoteSpan(1, 20)


def clue(text: str, kind: str, rank: int, distance: int, cue: str = "said", rule: str = "verb") -> Evidence:
    head = text.split()[-1].lower()
    return Evidence(Q, rule, cue, Mention(30, 30 + len(text), text, head, kind), rank, distance, 30, "speech_verb")


def test_the_surer_rank_wins_over_the_nearer_clue():
    near = clue("John Roe", "name", 1, 1)
    sure = clue("Jane Doe", "name", 0, 6)
    assert strongest_clue.best([near, sure]) is sure


def test_a_person_wins_over_they_and_over_a_thing():
    they = clue("they", "pronoun", 0, 1)
    thing = clue("the areas", "description", 0, 1, cue="showed")
    person = clue("Jane Doe", "name", 1, 5)
    assert strongest_clue.best([they, thing, person]) is person


def test_a_description_that_cannot_speak_is_dropped_and_nothing_is_left():
    assert strongest_clue.best([clue("the areas", "description", 0, 1, cue="showed")]) is None
    assert strongest_clue.best([]) is None
