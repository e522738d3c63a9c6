"""TIMEX3 values and their granularity."""

from reader.nlp.time.timex import Timex, granularity_of


def test_granularity_read_off_the_value() -> None:
    values = ["2013-03-22", "2013-03", "2013", "2013-W12", "2013-W12-WE", "2013-Q1", "2013-H2", "2013-SU", "199", "19",
              "2013-03-22T15:00", "P3Y", None]
    assert [granularity_of(v) for v in values] == ["day", "month", "year", "week", "weekend", "quarter", "half", "season",
                                                  "decade", "century", "day", None, None]


def test_only_points_in_time_go_on_the_timeline() -> None:
    assert Timex("2013", "DATE").on_timeline and Timex(None, "DATE").on_timeline
    assert not Timex("P3Y", "DURATION").on_timeline and not Timex("PRESENT_REF", "DATE").on_timeline
