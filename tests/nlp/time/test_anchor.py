"""The anchor step: readings the grammar left open, filled against different anchors."""

from __future__ import annotations

from datetime import date

from reader.nlp.time import dates
from reader.nlp.time.anchor import Open, fill
from reader.nlp.time.timex import PAST, Timex


def test_an_open_value_names_what_it_is_relative_to() -> None:
    parsed = dates.read("last month")
    assert parsed.readings == (Open("shift", ("M", -1), "month"),)


def test_one_reading_fills_against_any_anchor() -> None:
    (reading,) = dates.read("three years ago", PAST).readings
    assert fill(reading, date(2025, 3, 2)) == Timex("2022", "DATE", "year")
    assert fill(reading, date(1998, 1, 8)) == Timex("1995", "DATE", "year")


def test_without_an_anchor_the_value_stays_open_with_its_granularity() -> None:
    (reading,) = dates.read("Tuesday", PAST).readings
    assert fill(reading, None) == Timex(None, "DATE", "day")


def test_a_concrete_value_ignores_the_anchor() -> None:
    (reading,) = dates.read("February 24, 2022").readings
    assert fill(reading, date(1990, 1, 1)).value == "2022-02-24"


def test_a_part_of_the_day_is_a_time() -> None:
    (reading,) = dates.read("last night").readings
    t = fill(reading, date(2013, 3, 22))
    assert t is not None and t.type == "TIME" and t.value == "2013-03-21TNI" and t.granularity == "day"
