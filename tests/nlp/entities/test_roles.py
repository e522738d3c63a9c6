"""Titles, appositions and descriptions: the role words around a name."""

from __future__ import annotations

from reader.nlp.entities import roles


def test_title_words():
    assert roles.is_title("President")
    assert roles.is_title("Vice-President")
    assert roles.is_title("Sen.")
    assert not roles.is_title("Zelensky")
    assert not roles.is_title("")


def test_clean_role_drops_honorifics_articles_and_brackets():
    assert roles.clean_role("UK Prime Minister Sir") == "UK Prime Minister"
    assert roles.clean_role("the Foreign Ministry spokeswoman") == "Foreign Ministry spokeswoman"
    assert roles.clean_role("[Russian President") == "Russian President"
    assert roles.clean_role("Vice - President") == "Vice-President"
    assert roles.clean_role("former first lady") == "former first lady"


def test_possessive_alone_is_an_affiliation_not_a_role():
    assert roles.clean_role("CNN's") == ""


def test_role_before_a_name(nlp):
    doc = nlp.nlp("The talks ended when NATO Secretary General Jens Stoltenberg left.")
    start = [t.i for t in doc if t.text == "Jens"][0]
    words = [t.text for t in roles.role_before(doc, start, start + 2)]
    assert words == ["NATO", "Secretary", "General"]


def test_a_noun_of_another_phrase_is_not_a_title(nlp):
    doc = nlp.nlp("It is part of the network President Vladimir Putin formed years ago.")
    start = [t.i for t in doc if t.text == "Vladimir"][0]
    words = [t.text for t in roles.role_before(doc, start, start + 2)]
    assert words == ["President"]


def test_description_fits_a_role():
    assert roles.describes("Ukrainian President", "the Ukrainian leader")
    assert roles.describes("Foreign Ministry spokeswoman", "the spokeswoman")
    assert roles.describes("NATO chief", "the NATO chief")
    assert not roles.describes("Russian President", "the Ukrainian leader")
    assert not roles.describes(None, "the Ukrainian leader")
    assert not roles.describes("French President", "the spokeswoman")


def test_abbreviated_and_full_titles_are_the_same_word():
    assert roles.role_key_words("Sen.") == roles.role_key_words("Senator")


def test_person_nouns():
    for w in ("spokeswoman", "lawyer", "economist", "wife", "chairman", "analysts"):
        assert roles.is_person_noun(w), w
    for w in ("speech", "debate", "policies"):
        assert not roles.is_person_noun(w), w
