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


def test_the_subject_of_the_quotes_own_verb_of_saying_is_a_speaker_whatever_its_noun():
    commenter = clue("one forum commenter", "description", 0, 5)
    relayed = Evidence(Q, "according", "per", Mention(60, 68, "Jane Doe", "doe", "name"), 1, 7, 60, "according_to")
    assert strongest_clue.best([commenter, relayed]) is commenter


def test_a_thing_given_by_another_verb_still_gives_way_to_a_person():
    thing = clue("the areas", "description", 0, 2, cue="showed")
    person = clue("Jane Doe", "name", 1, 6)
    assert strongest_clue.best([thing, person]) is person


def test_a_subject_holding_the_quote_is_not_its_speaker():
    text_subject = Evidence(QuoteSpan(5, 9), "verb", "said", Mention(0, 30, "Any “fair” reading", "reading",
                                                                       "description"), 0, 9, 40, "speech_verb")
    person = clue("Jane Doe", "name", 1, 20)
    assert strongest_clue.best([text_subject, person]) is person


def test_according_to_beats_a_verb_that_does_not_hold_the_quote():
    # "Boston found doubt is “delaying deals,” while Dallas said …, according to the report."
    beside = clue("Dallas", "name", 1, 3)
    cited = clue("the report", "description", 1, 12, cue="according to", rule="according")
    assert strongest_clue.best([beside, cited]) is cited
    holding = clue("Dallas", "name", 0, 3)
    assert strongest_clue.best([holding, cited]) is holding
