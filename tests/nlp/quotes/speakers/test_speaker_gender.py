"""A person's gender (reader.nlp.quotes.speakers.gender), from hand-made entities."""

from __future__ import annotations

from reader.analysis import Entity, Span
from reader.nlp.quotes.speakers.gender import first_name_gender, gender


def test_a_full_name_gives_its_first_names_gender():
    assert first_name_gender("Hillary Clinton") == "f"
    assert first_name_gender("Peter Hall") == "m"
    assert first_name_gender("Okafor") is None  # a surname alone says nothing


def test_an_honorific_before_a_mention_gives_the_gender():
    text = "Mrs. Okafor arrived."
    ent = Entity("e1", "Okafor", "PERSON", mentions=[Span(5, 11)])
    assert gender(ent, text, None, []) == "f"


def test_the_articles_own_pronouns_decide_when_nothing_else_does():
    ent = Entity("e1", "Okafor", "PERSON", mentions=[Span(0, 6)])
    assert gender(ent, "Okafor said he would.", {"m": 2}, []) == "m"
    assert gender(ent, "Okafor said he would.", None, []) is None


def test_one_uncontradicted_pronoun_outweighs_a_mostly_one_gender_first_name():
    ent = Entity("e1", "Taylor Okafor", "PERSON", mentions=[Span(0, 13)])
    assert gender(ent, "Taylor Okafor arrived.", None, []) == "m"  # "Taylor": mostly male
    assert gender(ent, "Taylor Okafor arrived.", {"f": 1}, []) == "f"
    assert gender(ent, "Taylor Okafor arrived.", {"f": 1, "m": 1}, []) == "m"  # contradicted: the name decides


def test_a_sure_first_name_is_not_outvoted_by_one_pronoun():
    ent = Entity("e1", "Melanie Okafor", "PERSON", mentions=[Span(0, 14)])
    assert gender(ent, "Melanie Okafor arrived.", {"m": 1}, []) == "f"


def test_one_pronoun_outweighs_a_first_name_english_does_not_use():
    ent = Entity("e1", "Ilhan Okafor", "PERSON", mentions=[Span(0, 12)])
    assert gender(ent, "Ilhan Okafor arrived.", None, []) == "m"
    assert gender(ent, "Ilhan Okafor arrived.", {"f": 1}, []) == "f"
