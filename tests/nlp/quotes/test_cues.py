"""The speech lexicon (reader.nlp.quotes.cues): verb forms, the say/judge split, first-name genders."""

from __future__ import annotations

from reader.nlp.quotes import cues


def test_regular_verbs_get_their_s_ed_and_ing_forms():
    assert cues.inflections("insist") == {"insist", "insists", "insisted", "insisting"}
    assert cues.inflections("argue") == {"argue", "argues", "argued", "arguing"}
    assert cues.inflections("reply") == {"reply", "replies", "replied", "replying"}
    assert cues.inflections("stress") == {"stress", "stresses", "stressed", "stressing"}


def test_irregular_and_doubled_forms_come_from_the_table():
    assert {"told", "tells", "telling"} <= cues.inflections("tell")
    assert "admitted" in cues.inflections("admit") and "admited" not in cues.inflections("admit")


def test_plain_saying_is_a_say_form_and_judging_is_not():
    assert {"said", "says", "added", "told"} <= cues.SAY_FORMS
    assert "called" in cues.SPEECH_FORMS and "called" not in cues.SAY_FORMS
    assert "dismissed" not in cues.SAY_FORMS


def test_a_particle_verb_needs_its_particle():
    assert cues.PARTICLE_FORMS["shot"] == "back" and cues.PARTICLE_FORMS["went"] == "on"
    assert "shot" not in cues.SPEECH_FORMS


def test_first_name_genders_sure_and_mostly():
    assert cues.first_name_gender("Melanie") == "f" and cues.first_name_is_sure("Melanie")
    assert cues.first_name_gender("Donald") == "m"
    assert cues.first_name_gender("Donald Trump") is None  # one word only
    assert cues.first_name_gender("") is None


def test_a_first_name_is_sure_only_where_english_uses_it():
    assert cues.first_name_gender("Ilhan") == "m"  # Turkish and Korean records: mostly a man's name
    assert not cues.first_name_is_sure("Ilhan")  # but not in use in Britain, Ireland or the U.S.
    assert cues.first_name_is_sure("Jennifer") and cues.first_name_is_sure("Donald")
