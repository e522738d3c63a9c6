"""Pronouns as speakers (reader.nlp.quotes.speakers.pronouns), on hand-made entities and subjects."""

from __future__ import annotations


def test_she_skips_the_men_named_since(scene):
    s = scene("Maria Costa met Peter Hall and John Wood. “It went well,” she said.")
    for name in ("Maria Costa", "Peter Hall", "John Wood"):
        s.person(name)
    assert s.resolve("she", "pronoun")[0] == "Maria Costa"


def test_the_subject_outranks_a_nearer_object(scene):
    s = scene("Peter Hall thanked John Wood. “It went well,” he said.")
    s.person("Peter Hall"), s.person("John Wood")
    s.subject("Peter Hall")
    assert s.resolve("he", "pronoun")[0] == "Peter Hall"


def test_without_a_subject_the_nearest_person_of_the_gender(scene):
    s = scene("Peter Hall thanked John Wood. “It went well,” he said.")
    s.person("Peter Hall"), s.person("John Wood")
    assert s.resolve("he", "pronoun")[0] == "John Wood"


def test_an_earlier_he_passes_on_whom_it_stands_for(scene):
    s = scene("Peter Hall thanked John Wood. As for Wood, he had left. “It went well,” he said.")
    s.person("Peter Hall"), s.person("John Wood", "Wood")
    s.subject("Peter Hall")
    s.subject("he", 0, pronoun=True)
    # "he had left" stands for Wood (the topic), and the later "he" follows it past Peter Hall
    assert s.resolve("he", "pronoun", 1)[0] == "John Wood"


def test_it_is_the_organisation_named_just_before(scene):
    s = scene("Acme Corp cut 200 jobs. “We regret it,” it said.")
    s.org("Acme Corp")
    assert s.resolve("it", "pronoun", 1)[0] == "Acme Corp"


def test_no_person_of_that_gender_no_speaker(scene):
    s = scene("Peter Hall arrived. “It went well,” she said.")
    s.person("Peter Hall")
    assert s.resolve("she", "pronoun") == (None, None)
