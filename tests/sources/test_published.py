"""The publication date an article states about itself."""

from __future__ import annotations

import pytest

from reader.sources import article_from_text
from reader.sources.published import find_date_in_line, parse_date_line


@pytest.mark.parametrize("line, expected", [
    ("March 2, 2025", "2025-03-02"),
    ("Published on March 3, 2025", "2025-03-03"),
    ("Published: 3 March 2025", "2025-03-03"),
    ("Updated: 10:32 AM EST, Fri March 22, 2013", "2013-03-22"),
    ("March 3, 2025 at 10:32 a.m. ET", "2025-03-03"),
    ("2025-03-02T10:00:00Z", "2025-03-02"),
    ("Sunday, Sept. 7th, 2014", "2014-09-07"),
])
def test_date_lines(line: str, expected: str) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", ["Hello world", "The storm arrived on March 2, 2025 and stayed for a week.", "March 2"])
def test_prose_and_dates_without_a_year_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_published_inside_a_byline_line() -> None:
    assert find_date_in_line("By Ann Lee | Published 3 March 2025") == "2025-03-03"
    assert find_date_in_line("He said on March 3, 2025 that it was over.") is None


def test_news_dateline_opening_the_first_paragraph() -> None:
    assert find_date_in_line("WASHINGTON, March 22, 2013 (Reuters) - The Senate voted.") == "2013-03-22"
    assert find_date_in_line("LONDON (Reuters) - No date is given here.") is None


def test_article_takes_its_date_from_the_byline_line() -> None:
    a = article_from_text("Storm hits the coast\n\nBy Ann Lee | Published 3 March 2025\n\nThe storm arrived three days ago.")
    assert a.published == "2025-03-03"
    assert a.byline == "Ann Lee"


def test_article_takes_its_date_from_a_dateline() -> None:
    a = article_from_text("Senate votes\n\nWASHINGTON, March 22, 2013 (Reuters) - The Senate voted on Friday.\n\nMore text.")
    assert a.published == "2013-03-22"


def test_front_matter_published_key() -> None:
    a = article_from_text("---\ntitle: T\npublished: 2024-05-06\n---\n\nBody text that is here.", markdown=True)
    assert a.published == "2024-05-06"


def test_a_date_in_the_story_is_not_the_publication_date() -> None:
    a = article_from_text("Storm hits the coast\n\nThe storm of March 2, 2019 was the worst in years.\n\nIt came back on Friday.")
    assert a.published is None
