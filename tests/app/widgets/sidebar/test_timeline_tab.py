from reader.analysis import Analysis, ModelInfo, TimelineEntry
from reader.app.widgets.sidebar.timeline import ordered


def entry(i: int, date: str | None, gran: str | None) -> TimelineEntry:
    return TimelineEntry(id=f"t{i}", expression=f"x{i}", start=i, end=i + 1, date=date, granularity=gran, event="e")


def test_periods_sort_at_their_start_not_as_strings():
    entries = [entry(1, "2013-12", "month"), entry(2, "2013-W11", "week"), entry(3, "2013-Q1", "quarter"),
               entry(4, None, None), entry(5, "2013-02-01", "day")]
    a = Analysis(source="s", title=None, byline=None, published=None, model=ModelInfo("m", "1"), text="x" * 10,
                 timeline=entries)
    dated, undated = ordered(a)
    assert [t.date for t in dated] == ["2013-Q1", "2013-02-01", "2013-W11", "2013-12"]
    assert [t.id for t in undated] == ["t4"]
