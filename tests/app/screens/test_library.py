"""The library screen (reader.app.screens.library) on a shelf of three real articles, real model."""

from __future__ import annotations

from app_helpers import GatedService, wait_until
from textual.widgets import Input

from reader.app.analyser import AnalysisStep
from reader.app.app import NewsreaderApp
from reader.app.screens.library import LibraryScreen, find_in_shelf
from reader.app.screens.reader import ReaderScreen
from reader.app.widgets.library.lines import LineList
from reader.app.widgets.library.table import ArticlesTable
from reader.nlp.progress import Progress
from reader.sources import article_from_text

SIZE = (120, 36)
TEXTS = [
    "---\ntitle: Harbour strike ends\ndate: 2024-05-09\n---\n\n“We are going back to work,” said Ann Lee, the union leader.",
    "---\ntitle: Pier opens\ndate: 2024-05-02\n---\n\nMayor Tom Berg cut the ribbon. “It took ten years,” Berg said.",
    "---\ntitle: Union votes again\ndate: 2024-05-20\n---\n\nAnn Lee spoke to members. “The vote was close,” Lee said on Monday.",
]


def _app(live_service) -> NewsreaderApp:
    articles = [article_from_text(t, source=f"story-{i}.md", markdown=True) for i, t in enumerate(TEXTS)]
    return NewsreaderApp(articles, shelf=True, service_factory=live_service)


async def _ready(app) -> None:
    await wait_until(lambda: isinstance(app.screen, LibraryScreen))
    await wait_until(lambda: all(s.finished for s in app.states))
    await wait_until(lambda: app.screen.indexed_articles == 3)


def _column(app, n: int) -> list[str]:
    table = app.screen.query_one("#library-table", ArticlesTable)
    return [str(table.row_at(r)[n]) for r in range(table.row_count)]


async def test_the_shelf_opens_as_a_table_sorted_by_date_and_enter_opens_the_reader(live_service):
    app = _app(live_service)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app)
        table = app.screen.query_one("#library-table", ArticlesTable)
        assert _column(app, 0) == ["Pier opens", "Harbour strike ends", "Union votes again"]
        assert _column(app, 6) == ["done"] * 3
        table.focus()
        await pilot.press("down", "enter")
        await wait_until(lambda: isinstance(app.screen, ReaderScreen))
        assert app.current.article.title == "Harbour strike ends"
        await pilot.press("escape")  # nothing selected: back to the library, cursor kept
        await wait_until(lambda: isinstance(app.screen, LibraryScreen))
        assert app.screen.query_one("#library-table", ArticlesTable).cursor_row == 1


async def test_down_from_the_tab_bar_or_the_filter_goes_into_the_tabs_list(live_service):
    app = _app(live_service)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app)
        app.screen.query_one("#library-filter", Input).focus()
        await pilot.press("down")
        assert app.focused is app.screen.query_one("#library-table")
        app.screen.query_one("#library-tabs ContentTabs").focus()
        await pilot.press("right", "down")
        assert app.focused is app.screen.query_one("#library-speaker-list")
        await pilot.press("down")  # the list's own key now: its cursor moves
        assert app.focused.cursor_row == 1


async def test_filter_as_you_type(live_service):
    app = _app(live_service)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app)
        app.screen.query_one("#library-filter", Input).focus()
        await pilot.press(*"union")
        await pilot.pause()
        assert _column(app, 0) == ["Union votes again"]


async def test_one_speaker_across_two_articles_and_enter_opens_the_quote(live_service):
    app = _app(live_service)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app)
        speakers = app.screen.query_one("#library-speaker-list", LineList)
        assert speakers.row_count == 2  # filled with the index (built in its thread), before its tab shows
        app.screen.query_one("#library-tabs").active = "library-speakers"
        await pilot.pause()  # the tab shown (and the focus moved into it)
        first = speakers.row_at(0).plain
        assert first.startswith("Ann Lee") and "2 quotes · 2 articles" in first
        quotes = app.screen.query_one("#library-speaker-quotes", LineList)
        await wait_until(lambda: quotes.row_count == 2)
        speakers.focus()
        await pilot.press("enter")  # on the speaker: to their quotes
        assert app.focused is quotes
        await pilot.press("down", "enter")
        await wait_until(lambda: isinstance(app.screen, ReaderScreen))
        assert app.current.article.title == "Union votes again"
        quote = app.current.analysis.quotes[0]
        assert app.reader.view.selected == (quote.start, quote.end)


async def test_the_table_shows_each_articles_progress_as_its_steps_arrive(live_service):
    gated = GatedService(live_service())
    articles = [article_from_text(t, source=f"story-{i}.md", markdown=True) for i, t in enumerate(TEXTS)]
    app = NewsreaderApp(articles, shelf=True, service_factory=lambda: gated)
    async with app.run_test(size=SIZE):
        await wait_until(lambda: isinstance(app.screen, LibraryScreen) and app.screen.shown_rows == 3)
        assert _column(app, 6) == ["queued"] * 3
        # A step of "Harbour strike ends" (state 0, row 1 by date), as the analysis worker posts it.
        app.post_message(AnalysisStep(0, Progress(40, 100, None), None, None))
        await wait_until(lambda: _column(app, 6) == ["queued", "40%", "queued"])
        gated.gate.set()
        await _ready(app)
        assert _column(app, 6) == ["done"] * 3
        assert _column(app, 4) == ["1", "1", "1"]  # quotes, filled in place when each finished
        await wait_until(  # (the title line follows with the next flush, at most 0.1 s later)
            lambda: app.screen.query_one("#library-title").render().plain.endswith("3 articles · 3 analysed"))


async def test_sorting_keeps_the_cursor_on_its_article_and_enter_opens_it(live_service):
    app = _app(live_service)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app)
        table = app.screen.query_one("#library-table", ArticlesTable)
        table.focus()
        await pilot.press("down", "down")  # "Union votes again", the latest
        await pilot.press("s")  # by words: the longest first
        await wait_until(lambda: _column(app, 3) == sorted(_column(app, 3), key=int, reverse=True))
        assert _column(app, 0)[table.cursor_row] == "Union votes again"
        await pilot.press("enter")
        await wait_until(lambda: isinstance(app.screen, ReaderScreen))
        assert app.current.article.title == "Union votes again"


def test_find_in_shelf_gives_every_article_and_place():
    states = [type("S", (), {"article": article_from_text(t, source="x.md", markdown=True)})() for t in TEXTS]
    found = find_in_shelf(states, "ann lee")
    assert [i for i, _, _ in found] == [0, 2]
    i, (s, e), context = found[0]
    assert states[i].article.text[s:e] == "Ann Lee" and "Ann Lee" in context
