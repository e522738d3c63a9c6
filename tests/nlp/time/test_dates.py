"""Normalization of temporal expressions against a publication date (no spaCy needed)."""

from __future__ import annotations

import pytest

from reader.analysis import Span, TimelineEntry
from reader.nlp.time import dates
from reader.nlp.time.dates import FUTURE, PAST, normalize

PUB = "2013-03-22"  # a Friday, ISO week 12


def value(expr: str, published: str | None = PUB, tense: str | None = None, ref: str | None = None) -> str | None:
    t = normalize(expr, published, tense, ref)
    assert t is not None, expr
    return t.value


@pytest.mark.parametrize("expr, expected, gran", [
    ("February 24, 2022", "2022-02-24", "day"),
    ("24 February 2022", "2022-02-24", "day"),
    ("Friday, March 22, 2013", "2013-03-22", "day"),
    ("Sept. 27, 1989", "1989-09-27", "day"),
    ("2019", "2019", "year"),
    ("May 2010", "2010-05", "month"),
    ("fiscal 1990", "1990", "year"),
    ("nineteen ninety-six", "1996", "year"),
    ("the third quarter of 2012", "2012-Q3", "quarter"),
    ("summer 2010", "2010-SU", "season"),
    ("the 1990s", "199", "decade"),
    ("the '80s", "198", "decade"),
    ("the 20th century", "19", "century"),
])
def test_absolute_dates(expr: str, expected: str, gran: str) -> None:
    t = normalize(expr, None)
    assert t is not None and t.value == expected and t.granularity == gran


@pytest.mark.parametrize("expr, expected", [
    ("today", "2013-03-22"),
    ("yesterday", "2013-03-21"),
    ("tomorrow", "2013-03-23"),
    ("three years ago", "2010"),
    ("a decade ago", "2003"),
    ("last year", "2012"),
    ("next year", "2014"),
    ("this month", "2013-03"),
    ("last month", "2013-02"),
    ("this week", "2013-W12"),
    ("last week", "2013-W11"),
    ("the last week", "2013-W11"),
    ("next week", "2013-W13"),
    ("last summer", "2012-SU"),
    ("this summer", "2013-SU"),
    ("last June", "2012-06"),
    ("late last July", "2012-07"),
    ("early this year", "2013"),
    ("the first quarter", "2013-Q1"),
    ("this decade", "201"),
])
def test_relative_to_publication(expr: str, expected: str) -> None:
    assert value(expr) == expected


def test_season_before_its_start_is_last_years() -> None:
    assert value("last summer", "2013-08-01") == "2012-SU"  # it is summer now: "last summer" is the one before
    assert value("summer", "2013-03-22", PAST) == "2012-SU"


def test_weekdays_follow_tense() -> None:
    assert value("Friday", tense=PAST) == "2013-03-22"  # said Friday, published Friday: the same day
    assert value("Thursday", tense=PAST) == "2013-03-21"
    assert value("Monday", tense=FUTURE) == "2013-03-25"
    assert value("Thursday", tense=FUTURE) == "2013-03-28"
    assert value("last Friday") == "2013-03-15"
    assert value("next Tuesday") == "2013-03-26"
    assert value("Wednesday") == "2013-03-20"  # no tense: the nearest, the past on a tie


def test_bare_months_and_month_days_follow_tense() -> None:
    assert value("October", tense=PAST) == "2012-10"
    assert value("October", tense=FUTURE) == "2013-10"
    assert value("June", tense=PAST) == "2013-06"  # close ahead: tense alone does not push it a year back
    assert value("January", tense=FUTURE) == "2014-01"
    assert value("March 8", tense=PAST) == "2013-03-08"
    assert value("December 8", tense=PAST) == "2012-12-08"
    assert value("December 8", tense=FUTURE) == "2013-12-08"
    assert value("April 7", tense=FUTURE) == "2013-04-07"
    assert value("Jan. 14", "2000-01-15", FUTURE) == "2000-01-14"  # one day back: not next year


def test_weekday_given_with_a_month_day_picks_the_year() -> None:
    assert value("Saturday, April 25", "1998-04-24", PAST) == "1998-04-25"


def test_early_and_late_keep_the_date_with_a_modifier() -> None:
    t = normalize("in early December", PUB, PAST)
    assert t is not None and t.value == "2012-12" and t.mod == "START"
    t = normalize("mid-1996", PUB)
    assert t is not None and t.value == "1996" and t.mod == "MID"


def test_holidays() -> None:
    assert value("Christmas", tense=PAST) == "2012-12-25"
    assert value("Thanksgiving Day", "2000-01-07", PAST) == "1999-11-25"
    assert value("Easter", tense=FUTURE) == "2013-03-31"


def test_anaphoric_dates_count_from_the_last_date_mentioned() -> None:
    assert value("the following year", ref="1995-05-22") == "1996"
    assert value("later that year", ref="1998-06") == "1998"
    assert value("that day", ref="1999-10-23") == "1999-10-23"
    assert value("two days later", ref="1999-10-23") == "1999-10-25"
    assert value("a year earlier", ref="1989-Q3") == "1988-Q3"
    assert value("the next day") == "2013-03-23"  # no earlier date: the publication date


@pytest.mark.parametrize("expr, kind, val", [
    ("three years", "DURATION", "P3Y"),
    ("a month", "DURATION", "P1M"),
    ("the past two weeks", "DURATION", "P2W"),
    ("18 months", "DURATION", "P18M"),
    ("several days", "DURATION", "PXD"),
    ("a decade", "DURATION", "P10Y"),
    ("24 hours", "DURATION", "PT24H"),
    ("every week", "SET", "P1W"),
    ("daily", "SET", "P1D"),
    ("each Thursday", "SET", "XXXX-WXX-4"),
    ("now", "DATE", "PRESENT_REF"),
    ("the past", "DATE", "PAST_REF"),
])
def test_durations_sets_and_vague_references_are_not_on_the_timeline(expr: str, kind: str, val: str) -> None:
    t = normalize(expr, PUB)
    assert t is not None and t.type == kind and t.value == val
    assert not t.on_timeline


@pytest.mark.parametrize("expr", ["22-year-old", "aged 45", "his 60s", "42", "the meeting", "three", ""])
def test_ages_numbers_and_words_are_not_dates(expr: str) -> None:
    assert normalize(expr, PUB) is None


def test_relative_dates_without_a_publication_date_stay_unresolved() -> None:
    t = normalize("three years ago", None)
    assert t is not None and t.value is None and t.on_timeline and t.granularity == "year"
    t = normalize("Tuesday", None, PAST)
    assert t is not None and t.value is None and t.on_timeline


def test_split_ranges() -> None:
    assert dates.split("2009-2010") == [(0, 4, None), (5, 9, None)]
    assert dates.split("1957-58") == [(0, 4, None), (5, 7, "1958")]
    text = "March 2 to March 5"
    assert [text[a:b] for a, b, _ in dates.split(text)] == ["March 2", "March 5"]
    assert dates.split("February 24, 2022") == [(0, 17, None)]


def test_scan_finds_what_a_tagger_may_miss() -> None:
    text = "He left on Christmas Day, in 1998 and last Thursday; now he is 42 and says May is fine."
    found = [text[a:b] for a, b in dates.scan(text)]
    assert found == ["Christmas Day", "1998", "last Thursday", "now"]


def test_calendar_order_puts_periods_at_their_start() -> None:
    values = ["2013-03-22", "2013", "2013-W11", "2013-Q1", "199", "2012-SU", "2013-03"]
    assert sorted(values, key=dates.sort_key) == ["199", "2012-SU", "2013", "2013-Q1", "2013-03", "2013-W11", "2013-03-22"]


def _entry(text: str, expr: str, tense: str | None) -> TimelineEntry:
    start = text.index(expr)
    return TimelineEntry(id="", expression=expr, start=start, end=start + len(expr), date=None, granularity=None,
                         event="", sentence=Span(0, len(text)), tense=tense)


def test_reresolve_works_from_the_analysis_alone() -> None:
    text = "Russia invaded on February 24, 2022. They were right to act three years ago. It met on Tuesday."
    entries = [_entry(text, "three years ago", PAST), _entry(text, "February 24, 2022", PAST), _entry(text, "Tuesday", PAST)]
    before = dates.reresolve(entries, text, None)
    assert [(e.expression, e.date) for e in before] == [("February 24, 2022", "2022-02-24"), ("three years ago", None), ("Tuesday", None)]
    after = dates.reresolve(before, text, "2025-03-02")
    assert [(e.id, e.expression, e.date, e.granularity) for e in after] == [
        ("t1", "three years ago", "2022", "year"),  # a year sorts before the days in it
        ("t2", "February 24, 2022", "2022-02-24", "day"),
        ("t3", "Tuesday", "2025-02-25", "day"),
    ]


def test_more_period_forms() -> None:
    assert value("H1 2025") == "2025-H1"
    assert value("the early 2000s") == "200"
    assert value("the 1800s") == "18"
    assert value("the end of the year", tense=PAST) == "2012"  # in March, a past "end of the year" is last year's
    assert value("the end of the month") == "2013-03"
    assert value("the week of March 6", tense=PAST) == "2013-W10"
    assert value("the 28th", tense=PAST) == "2013-02-28"
    assert value("a century ago") == "1913"
    assert value("this time last year") == "2012"
    t = normalize("the last year", PUB)
    assert t is not None and t.type == "DURATION"  # "in the last year": the twelve months to now


def test_day_range_split() -> None:
    assert dates.split("March 3-5") == [(0, 7, None), (8, 9, "March 5")]


def test_fiscal_and_full_years() -> None:
    assert value("the current fiscal year") == "2013"
    assert value("the latest fiscal year") == "2012"
    assert value("the full year") == "2013"
    assert value("earlier in the year") == "2013"
    t = normalize("year's end", PUB, FUTURE)
    assert t is not None and t.value == "2013" and t.mod == "END"


@pytest.mark.parametrize("expr", ["1000000 days ago", "9999999 years from now", "February 30", "the 45th",
                                  "week of February 31", "\x00\u202e", "İstanbul 2019 İ", "a" * 5000])
def test_odd_input_never_raises(expr: str) -> None:
    normalize(expr, PUB, PAST)
    dates.scan(expr)
    dates.split(expr)


def test_scan_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İİ met on Friday."
    assert [text[a:b] for a, b in dates.scan(text)] == ["Friday"]


def test_lowercase_month_and_day_words_are_not_dates() -> None:
    text = "They bask in the sun. Rates may march higher. He came on Sun. and left on Wed."
    assert [text[a:b] for a, b in dates.scan(text)] == ["Sun.", "Wed."]


def test_clock_times_with_a_day() -> None:
    t = normalize("15:00 GMT Saturday", PUB, FUTURE)
    assert t is not None and t.type == "TIME" and t.value == "2013-03-23T15:00" and t.on_timeline
    assert value("5 p.m. EST, Nov. 6", "1989-10-30", FUTURE) == "1989-11-06T17:00"
    assert value("Friday at 9 a.m.", tense=PAST) == "2013-03-22T09:00"
    assert dates.entry_date(t) == ("2013-03-23", "day")


def test_bare_month_after_a_preposition_only_when_capitalized() -> None:
    text = "It ends in May. Prices may rise. They march in March. It will be done by june."
    assert [text[a:b] for a, b in dates.scan(text)] == ["May", "March"]


def test_that_summer_is_the_story_year() -> None:
    assert value("that summer", ref="1998-03-02") == "1998-SU"
    t = normalize("that summer", PUB)
    assert t is not None and t.value is None and t.on_timeline


def test_year_as_a_noun_modifier_is_found() -> None:
    text = "Funds for his 2007 presidential campaign, the 1,953 votes and the 2010 raid."
    assert [text[a:b] for a, b in dates.scan(text)] == ["2007", "2010"]


def test_year_headings_for_the_ui() -> None:
    assert [dates.heading(v) for v in ("2013-03-22", "2013-W11", "2012-SU", "199", "19", "20", None)] == \
        ["2013", "2013", "2012", "the 1990s", "the 20th century", "the 21st century", "Unresolved"]


def test_scan_takes_the_first_day_of_a_day_range() -> None:
    text = "on the weekend of March 8-9, unlike the 22-year-old"
    assert [text[a:b] for a, b in dates.scan(text)] == ["March 8"]


def test_weekdays_counted_from_the_story() -> None:
    assert value("the previous Friday", "1989-10-30", ref="1989-10-27") == "1989-10-20"
    assert value("the following Monday", ref="2013-03-06") == "2013-03-11"
    assert value("next Monday") == "2013-03-25"  # deictic: from the publication date


def test_the_storys_year_only_without_a_publication_date() -> None:
    assert dates.normalize("in October", None, PAST, story="1991-03-03").value == "1991-10"
    assert dates.normalize("December 20", None, PAST, story="1991").value == "1991-12-20"
    assert dates.normalize("in October", PUB, PAST, story="1991-03-03").value == "2012-10"
    assert dates.normalize("last October", None, PAST, story="1991").value is None  # "last" counts from the writing
    assert dates.next_story(None, "June 3, 1991") == "1991-06-03"
    assert dates.next_story("1991-06-03", "yesterday") == "1991-06-03"  # counted, not written out
