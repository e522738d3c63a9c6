"""Timeline values shown as words: every shape the analysis writes, with and without the year."""

from __future__ import annotations

import pytest

from reader.date_labels import UNDATED, date_label


@pytest.mark.parametrize("value, shown", [
    ("2024-10-28", "28 Oct 2024"),
    ("2024-10-28T15:00", "28 Oct 2024"),
    ("2024-12", "December 2024"),
    ("2024", "2024"),
    ("2024-W44", "week of 28 Oct 2024"),
    ("2024-W44-WE", "weekend of 2 Nov 2024"),
    ("2025-SP", "spring 2025"),
    ("2025-FA", "autumn 2025"),
    ("2024-Q3", "Q3 2024"),
    ("2024-H1", "first half of 2024"),
    ("199", "the 1990s"),
    ("20", "the 21st century"),
    ("11", "the 12th century"),
])
def test_labels_spell_out_codes(value, shown):
    assert date_label(value) == shown


@pytest.mark.parametrize("value, shown", [
    ("2024-12", "December"),
    ("2024-10-28", "28 Oct"),
    ("2024-W44", "week of 28 Oct"),
    ("2024-SP", "spring"),
    ("2024-H2", "second half"),
    ("2024-Q1", "Q1"),
])
def test_the_header_year_is_not_repeated(value, shown):
    assert date_label(value, omit_year="2024") == shown


def test_a_week_starting_in_the_year_before_keeps_its_year():
    # ISO week 1 of 2025 starts on Monday 30 December 2024: under "2025", the year must show.
    assert date_label("2025-W01", omit_year="2025") == "week of 30 Dec 2024"


def test_another_year_is_kept():
    assert date_label("2023-12", omit_year="2024") == "December 2023"


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "2024-W60", "soon", "2024-XX"])
def test_unknown_or_impossible_values_are_shown_as_they_are(value):
    assert date_label(value) == value


def test_no_value_is_undated():
    assert date_label(None) == UNDATED == date_label("")
