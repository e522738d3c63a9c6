"""Names as speakers (reader.nlp.quotes.speakers.names), on hand-made entities."""

from __future__ import annotations

from reader.nlp.quotes.speakers.names import clean_name, looks_like_person, only_titles


def test_a_name_is_the_entity_whose_mention_it_is(scene):
    s = scene("Ann Lee runs the clinic. “We are full,” Lee said.")
    s.person("Ann Lee", "Lee")
    assert s.resolve("Lee", "name", 1) == ("Ann Lee", "Ann Lee")


def test_a_surname_the_tagger_missed_goes_to_the_full_name(scene):
    s = scene("Ann Lee runs the clinic. “We are full,” Lee said.")
    s.person("Ann Lee")  # only the full name was tagged
    assert s.resolve("Lee", "name", 1)[0] == "Ann Lee"


def test_a_name_no_entity_covers_becomes_a_new_person_or_organisation(scene):
    s = scene("“We are full,” said Ann Lee. “No comment,” said the Kremlin.")
    r = s.resolver()
    lee, _ = r.resolve(s.mention("Ann Lee", "name"))
    kremlin, _ = r.resolve(s.mention("the Kremlin", "name"))
    assert (lee.name, lee.label) == ("Ann Lee", "PERSON")
    assert (kremlin.name, kremlin.label) == ("Kremlin", "ORG")
    assert {lee.id, kremlin.id} == {e.id for e in s.entities}


def test_lower_case_words_the_parse_ran_together_are_no_name(scene):
    s = scene("“We are full,” said the people of the town.")
    assert s.resolve("the people of the town", "name") == (None, None)


def test_a_tagger_span_running_past_the_name_is_not_its_entity(scene):
    s = scene("“We are full,” Cummings and Conyers wrote.")
    s.person("Cummings and Conyers")
    assert s.resolve("Cummings", "name")[0] == "Cummings"


def test_helpers_tell_names_from_titles_and_organisations():
    assert only_titles("The Foreign Secretary") and not only_titles("Ann Lee")
    assert looks_like_person("Ann Lee") and not looks_like_person("Acme Bank")
    assert clean_name("the Kremlin’s") == "Kremlin"


def test_one_person_across_transliterations_and_particle_case(scene):
    s = scene("Gerhard Schröder spoke. “We are full,” Schroeder said. Sam van der Beek agreed. “Yes,” Van Der Beek said.")
    s.person("Gerhard Schröder"), s.person("Sam van der Beek")
    assert s.resolve("Schroeder", "name")[0] == "Gerhard Schröder"
    assert s.resolve("Van Der Beek", "name")[0] == "Sam van der Beek"


def test_a_surname_after_a_name_with_a_suffix(scene):
    s = scene("Patrick Doyle Jr. spoke. “We are full,” Doyle said.")
    s.person("Patrick Doyle Jr.")
    assert s.resolve("Doyle", "name", 1)[0] == "Patrick Doyle Jr."
