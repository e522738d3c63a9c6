"""Calendar arithmetic of the anchor step."""

from datetime import date

from reader.nlp.time import calendar_math as cal
from reader.nlp.time.timex import FUTURE, PAST

FRIDAY = date(2013, 3, 22)


def test_nearest_year_of_a_month_follows_tense() -> None:
    assert cal.nearest_year(date(2025, 11, 25), 3, None, FUTURE) == 2026
    assert cal.nearest_year(date(2025, 11, 25), 3, None, PAST) == 2025
    assert cal.nearest_year(date(2013, 3, 22), 10, None, None) == 2012  # half a year ahead: news looks back


def test_a_weekday_given_with_a_date_picks_the_year() -> None:
    assert cal.nearest_year(date(1998, 4, 24), 4, 25, PAST, weekday=5) == 1998


def test_weekday_near_steps_over_the_week() -> None:
    assert cal.weekday_near(FRIDAY, 4, None, "last") == date(2013, 3, 15)
    assert cal.weekday_near(FRIDAY, 3, FUTURE, None) == date(2013, 3, 28)
    assert cal.weekday_near(FRIDAY, 3, PAST, None) == date(2013, 3, 21)


def test_shift_keeps_each_units_granularity() -> None:
    assert [cal.shift(FRIDAY, u, -1) for u in ("Y", "M", "W", "Q", "D")] == ["2012", "2013-02", "2013-W11", "2012-Q4", "2013-03-21"]


def test_two_digit_years_fall_in_the_century_that_is_not_far_ahead() -> None:
    assert cal.century_of(date(2013, 3, 22), 98) == 1998
    assert cal.century_of(date(2013, 3, 22), 9) == 2009
    assert cal.century_of(None, 45) == 1945
