"""Descriptions as speakers (reader.nlp.quotes.speakers.descriptions), on hand-made entities."""

from __future__ import annotations


def test_a_role_description_is_the_person_with_that_role(scene):
    s = scene("Senator Ann Lee spoke. “No,” the senator said.")
    s.person("Ann Lee", role="Senator")
    assert s.resolve("the senator", "description")[0] == "Ann Lee"


def test_a_broader_word_for_the_role_also_fits(scene):
    s = scene("Detective Sergeant Tom Hale spoke. “No,” the officer said.")
    s.person("Tom Hale", role="Detective Sergeant")
    assert s.resolve("the officer", "description")[0] == "Tom Hale"


def test_an_age_epithet_is_the_person_given_that_age(scene):
    s = scene("Tom Hale, 24, and Ann Lee, 51, spoke. “No,” the 51-year-old said.")
    s.person("Tom Hale"), s.person("Ann Lee")
    assert s.resolve("the 51-year-old", "description")[0] == "Ann Lee"


def test_a_spokesperson_speaks_for_the_organisation_named_with_it(scene):
    s = scene("The union struck. “No,” said a spokesperson for the Seafarers Union.")
    s.org("Seafarers Union")
    assert s.resolve("a spokesperson", "description")[0] == "Seafarers Union"


def test_a_document_speaks_for_its_sender(scene):
    s = scene("“No,” said a statement from the European Commission.")
    s.org("European Commission")
    assert s.resolve("a statement", "description")[0] == "European Commission"


def test_an_unnamed_source_keeps_its_description(scene):
    s = scene("Senator Ann Lee spoke. “No,” a senior official said.")
    s.person("Ann Lee", role="Senator")
    assert s.resolve("a senior official", "description") == (None, "a senior official")


def test_a_description_no_one_fits_stays_unresolved(scene):
    s = scene("Senator Ann Lee spoke. “No,” the dispatcher said.")
    s.person("Ann Lee", role="Senator")
    assert s.resolve("the dispatcher", "description") == (None, "the dispatcher")


STORY = ("Tom Hale was voted off the show.\n\nHale danced twice. Hale said it was hard.\n\n"
         "Hale thanked Ann Lee.\n\n“It makes you more human,” said the actor.")


def test_a_description_no_role_fits_is_the_person_the_story_is_about(scene):
    s = scene(STORY)
    s.person("Tom Hale", "Hale"), s.person("Ann Lee")
    assert s.resolve("the actor", "description")[0] == "Tom Hale"


def test_no_one_the_story_is_about_no_guess(scene):
    s = scene(STORY.replace("Hale danced twice. Hale said it was hard.", "Ann Lee danced twice."))
    s.person("Tom Hale", "Hale"), s.person("Ann Lee")
    assert s.resolve("the actor", "description") == (None, "the actor")


def test_a_description_the_article_brought_in_as_someone_new_stays_unnamed(scene):
    s = scene(STORY.replace("Hale thanked Ann Lee.", "Hale thanked an actor from Ohio."))
    s.person("Tom Hale", "Hale"), s.person("Ann Lee")
    assert s.resolve("the actor", "description") == (None, "the actor")


def test_a_description_met_beside_the_person_is_someone_else(scene):
    s = scene(STORY.replace("Hale thanked Ann Lee.", "After questioning the actor at length, Hale left."))
    s.person("Tom Hale", "Hale"), s.person("Ann Lee")
    assert s.resolve("the actor", "description", 1) == (None, "the actor")


def test_a_description_of_the_other_gender_is_not_the_person(scene):
    s = scene(STORY.replace("said the actor", "said the actress"))
    s.person("Tom Hale", "Hale"), s.person("Ann Lee")
    assert s.resolve("the actress", "description") == (None, "the actress")
