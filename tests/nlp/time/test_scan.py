"""Date expressions found by form, and tagged expressions split into their dates."""

from reader.nlp.time import dates
from reader.nlp.time.scan import scan, split


def test_scan_finds_dates_a_tagger_may_miss_and_leaves_common_words() -> None:
    text = "On Christmas Day, in 1998 and last Thursday, prices may march on; the sun set."
    assert [text[a:b] for a, b in scan(text)] == ["Christmas Day", "1998", "last Thursday"]


def test_split_reads_the_second_year_of_a_short_range() -> None:
    assert split("1957-58", dates.normalize) == [(0, 4, None), (5, 7, "1958")]
    assert split("March 2 to March 5", dates.normalize) == [(0, 7, None), (11, 18, None)]
