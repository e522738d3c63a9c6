"""Country names and codes from pycountry, with the everyday forms ISO leaves out."""

from __future__ import annotations

from reader.nlp.entities import places


def test_codes_and_names_of_one_country_agree():
    for form in ("US", "U.S.", "USA", "the United States", "United States of America", "America"):
        assert places.country_code(form) == "US", form
    for form in ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"):
        assert places.country_code(form) == "GB", form


def test_iso_long_forms_are_turned_round():
    assert places.country_code("Iran") == "IR"
    assert places.country_code("Islamic Republic of Iran") == "IR"
    assert places.country_code("South Korea") == "KR"


def test_codes_only_in_capitals():
    assert places.country_code("us") is None
    assert places.country_code("Trump") is None


def test_display_name():
    assert places.country_name("GB") == "United Kingdom"
    assert places.country_name("US") == "United States"


def test_subdivisions_and_capitals_are_places():
    assert places.is_place_name("Kyiv")
    assert places.is_place_name("Texas")
    assert not places.is_place_name("Zelensky")


def test_fold_removes_diacritics_and_dots():
    assert places.fold("Müller") == places.fold("Muller") == "muller"
    assert places.fold("U.S.") == "us"
