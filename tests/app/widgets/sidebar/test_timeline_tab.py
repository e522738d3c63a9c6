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


async def test_the_tab_says_dates_in_words() -> None:
    from app_helpers import SIZE, FrozenService, analysed

    from reader.app.app import NewsreaderApp
    from reader.sources import article_from_text

    article = article_from_text("Votes\n\nThe vote was last week. Talks resume in spring. The deal closed in December.",
                                "v.txt")
    text = article.text
    entries = [TimelineEntry(id="t1", expression="last week", start=text.find("last week"),
                             end=text.find("last week") + 9, date="2024-W44", granularity="week",
                             event="The vote"),
               TimelineEntry(id="t2", expression="spring", start=text.find("spring"),
                             end=text.find("spring") + 6, date="2025-SP", granularity="season",
                             event="Talks resume"),
               TimelineEntry(id="t3", expression="December", start=text.find("December"),
                             end=text.find("December") + 8, date="2024-12", granularity="month",
                             event="The deal closed")]
    a = Analysis(source="v.txt", title="Votes", byline=None, published="2024-11-04", model=ModelInfo("m", "1"),
                 text=text, timeline=entries)
    app = NewsreaderApp([article], service_factory=lambda: FrozenService(a))
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("3")
        tree = app.reader.sidebar.tree("timeline")
        groups = {str(g.label): [c.label.plain for c in g.children] for g in tree.root.children}
        assert groups == {"2024": ["week of 28 Oct  The vote", "December  The deal closed"],
                          "2025": ["spring  Talks resume"]}
