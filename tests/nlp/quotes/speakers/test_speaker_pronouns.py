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


def test_they_is_an_organisation_that_was_the_last_subject(scene):
    s = scene("Acme Media have denied it.\n\n“We did nothing wrong,” they said in a statement.")
    s.org("Acme Media")
    s.subject("Acme Media")
    assert s.resolve("they", "pronoun")[0] == "Acme Media"


def test_they_is_a_spokesperson_who_was_the_last_subject(scene):
    s = scene("Jo Lin, a spokesperson for Acme, confirmed it. “We did,” they said.")
    s.person("Jo Lin", role="spokesperson for Acme"), s.org("Acme")
    s.subject("Jo Lin")
    assert s.resolve("they", "pronoun")[0] == "Jo Lin"


def test_they_after_another_subject_is_a_group(scene):
    s = scene("Acme Media have denied it. Peter Hall met the strikers. “We won’t go back,” they said.")
    s.org("Acme Media"), s.person("Peter Hall")
    s.subject("Acme Media"), s.subject("Peter Hall")
    assert s.resolve("they", "pronoun") == (None, None)


def test_it_is_the_organisation_last_subject_even_when_named_long_before(scene):
    s = scene("Acme Media have denied it.\n\n“No.”\n\n“Never.”\n\n“" + "We have agreed to the terms. " * 15
              + "”\n\nNow they put out another statement.\n\n“We agree,” it says.")
    s.org("Acme Media")
    s.subject("Acme Media")
    assert s.resolve("it", "pronoun", 1)[0] == "Acme Media"


def test_she_after_an_unnamed_woman_is_brought_in_stays_unnamed(scene):
    s = scene("Peter Hall and Maria Costa run the school.\n\nWe spoke to one mother, who knew the teachers. "
              "“It went well,” she said.")
    s.person("Peter Hall"), s.person("Maria Costa")
    s.subject("Peter Hall")
    assert s.resolve("she", "pronoun") == (None, "one mother")


def test_an_unnamed_man_does_not_take_she(scene):
    s = scene("Maria Costa runs the school.\n\nWe spoke to one father, who knew the teachers. “It went well,” she said.")
    s.person("Maria Costa")
    s.subject("Maria Costa")
    assert s.resolve("she", "pronoun")[0] == "Maria Costa"


def test_a_named_subject_right_before_outranks_an_unnamed_object(scene):
    s = scene("Maria Costa thanked a teacher. “It went well,” she said.")
    s.person("Maria Costa")
    s.subject("Maria Costa")
    assert s.resolve("she", "pronoun")[0] == "Maria Costa"


def test_he_is_never_an_organisation_its_description_subject_stands_for(scene):
    s = scene("Peter Hall spoke first. Then the Harbor Ministry replied. The ministry denied it. “It went well,” he said.")
    s.person("Peter Hall"), s.org("Harbor Ministry")
    s.subject("Peter Hall"), s.subject("The ministry")
    assert s.resolve("he", "pronoun", s.text.count("he") - 1)[0] == "Peter Hall"
