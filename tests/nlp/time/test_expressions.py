"""Expressions made ready for the rules."""

from reader.nlp.time.expressions import AGE, clean, strip_mods


def test_clean_lowercases_spells_years_and_drops_prepositions() -> None:
    assert clean("in Nineteen Ninety-Six.") == "1996"
    assert clean("“Since March 3,”") == "march 3"
    assert clean("this year’s") == "this year"


def test_modifiers_come_off_with_their_timex3_mod() -> None:
    assert strip_mods("the end of 2012") == ("2012", "END")
    assert strip_mods("early december") == ("december", "START")
    assert strip_mods("late") == ("late", None)  # nothing left to qualify: keep the word


def test_ages_are_recognised() -> None:
    assert AGE.search("22-year-old")
    assert not AGE.search("22 years ago")
