"""The vocabulary of date expressions."""

from reader.nlp.time.words import number, unit_of, which_of


def test_numbers_in_words_and_digits() -> None:
    assert [number(s) for s in ("three", "twenty-five", "2.5", "several")] == [3, 25, 2.5, None]


def test_units_and_steps() -> None:
    assert unit_of("centuries") == "CE" and unit_of("weeks") == "W"
    assert (which_of("this past"), which_of("coming"), which_of(None)) == ("last", "next", None)
