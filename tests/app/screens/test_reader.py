"""The reader screen's per-article state, driven headless: n/N on the timeline, a tab switch,
switching articles and back, a failed analysis, and the visible article analysed first."""

from __future__ import annotations

import threading

from app_helpers import SIZE, FrozenService, analysed, ready, screen_text, wait_until

from reader.analysis import Analysis, ModelInfo, Span, TimelineEntry
from reader.app.app import NewsreaderApp
from reader.article import Article, Block
from reader.nlp.progress import Progress


def two_dates_in_one_sentence() -> tuple[Article, Analysis]:
    text = "Dates\n\nTalks began on 3 May 2021 and ended on 9 May 2021. Nothing happened in 2023."
    blocks = (Block("title", 0, 5), Block("paragraph", 7, len(text)))
    sentence = Span(7, text.index(" Nothing"))
    rows = [("3 May 2021", "2021-05-03", sentence), ("9 May 2021", "2021-05-09", sentence),
            ("2023", "2023", Span(text.index("Nothing"), len(text)))]
    timeline = [
        TimelineEntry(f"t{i}", expr, text.index(expr), text.index(expr) + len(expr), date, "day", "talks", sent)
        for i, (expr, date, sent) in enumerate(rows, 1)
    ]
    article = Article(source="dates.txt", text=text, blocks=blocks, title="Dates")
    return article, Analysis(source="dates.txt", title="Dates", byline=None, published=None,
                             model=ModelInfo("m", "1"), text=text, timeline=timeline)


def status(app) -> str:
    return str(app.query_one("#status").render())


async def test_timeline_n_and_N_visit_each_date_even_two_in_one_sentence() -> None:
    article, analysis = two_dates_in_one_sentence()
    app = NewsreaderApp([article], service_factory=lambda: FrozenService(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("3")
        tree = app.reader.sidebar.tree("timeline")
        while tree.cursor_key() != "t1":
            await pilot.press("down")
        await pilot.press("enter")
        assert "3 May 2021" in status(app)
        seen = []
        for key in ("n", "n", "N", "N"):
            await pilot.press(key)
            seen.append(next(t.expression for t in analysis.timeline if f"“{t.expression}”" in status(app)))
        assert seen == ["9 May 2021", "2023", "9 May 2021", "3 May 2021"]


async def test_after_a_tab_switch_n_follows_the_visible_tab_and_old_marks_go(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        view = app.reader.view
        await pilot.press("1", "down", "enter")  # a person: all mentions lit, the first selected
        assert view.marks and view.selected is not None
        await pilot.press("3")  # the timeline's cursor is on a year header: nothing to cycle
        assert view.marks == [] and view.selected is None
        await pilot.press("n")
        assert view.selected is None  # not the person's next mention
        await pilot.press("down", "n")  # the first date of the timeline
        dates = sorted((t.start, t.end) for t in analysis.timeline)
        entry = next(t for t in analysis.timeline if (t.start, t.end) == app.reader.state.navigator.current)
        assert (entry.start, entry.end) in dates and view.selected == (entry.sentence.start, entry.sentence.end)


def other_article() -> Article:
    text = "Other\n\n" + "\n\n".join(f"Paragraph {i} of a second story about Kyiv." for i in range(60))
    blocks = [Block("title", 0, 5)]
    pos = 7
    for para in text[7:].split("\n\n"):
        blocks.append(Block("paragraph", pos, pos + len(para)))
        pos += len(para) + 2
    return Article(source="other.txt", text=text, blocks=tuple(blocks), title="Other")


def empty_analysis(article: Article) -> Analysis:
    return Analysis(source=article.source, title=article.title, byline=None, published=None,
                    model=ModelInfo("m", "1"), text=article.text)


class ByArticle:
    """The frozen seed's analysis for the seed, an empty one for any other article."""

    warning = None

    def __init__(self, seed: Analysis) -> None:
        self.seed = seed

    def stream(self, article, published=None):
        found = self.seed if article.text == self.seed.text else empty_analysis(article)
        yield Progress(1, 1, found, final=True)


async def test_switching_articles_keeps_each_ones_scroll_tab_selection_and_marks(frozen_seed) -> None:
    article, analysis = frozen_seed
    app = NewsreaderApp([article, other_article()], service_factory=lambda: ByArticle(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: app.is_running and ready(app) and not app.analysing)
        view = app.reader.view
        await pilot.press("1", "down", "enter", "n", "n")  # a person's third mention
        await pilot.press("tab", "j", "j", "j")  # and read on a little
        selected, marks, top = view.selected, list(view.marks), view.scroll_offset.y
        assert selected is not None and marks and top > 0
        await pilot.press("greater_than_sign")
        assert "second story" in screen_text(app) and view.selected is None and view.marks == []
        await pilot.press("tab", "2", "slash", *"Kyiv", "escape")
        other_marks = list(view.marks)
        assert other_marks
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert view.selected == selected and view.marks == marks
        assert view.scroll_offset.y == top and app.reader.sidebar.active == "entities"
        await pilot.press("n")  # n goes on from where the reader was in this article
        assert view.selected == marks[3]
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert view.marks == other_marks and app.reader.sidebar.active == "quotes"


class Failing:
    warning = None

    def stream(self, article, published=None):
        yield Progress(1, 10, None)
        raise MemoryError("the model ran out of memory")


async def test_a_failed_analysis_says_so_in_the_tabs_and_the_article_stays_readable(frozen_seed) -> None:
    article, _ = frozen_seed
    app = NewsreaderApp([article], service_factory=Failing)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        for tab in ("entities", "quotes", "timeline"):
            labels = [str(n.label) for n in app.reader.sidebar.tree(tab).root.children]
            assert labels == ["analysis failed: the model ran out of memory"]
        assert "analysis failed" in str(app.query_one("#header-state").render())
        assert article.title in screen_text(app)
        await pilot.press("j", "j")
        assert app.reader.view.scroll_offset.y == 2


class SlowFirst(ByArticle):
    """The seed streams until released; other articles are quick."""

    def __init__(self, seed: Analysis) -> None:
        super().__init__(seed)
        self.release = threading.Event()

    def stream(self, article, published=None):
        if article.text == self.seed.text:
            done = 0
            while not self.release.wait(0.02):
                done = min(done + 1, 99)
                yield Progress(done, 100, None)
        yield from super().stream(article, published)


async def test_the_visible_article_is_analysed_before_a_background_one(frozen_seed) -> None:
    article, analysis = frozen_seed
    service = SlowFirst(analysis)
    app = NewsreaderApp([article, other_article()], service_factory=lambda: service)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: ready(app) and app.states[0].progress[0] > 0)
        await pilot.press("greater_than_sign")
        await wait_until(lambda: app.states[1].finished)
        assert not app.states[0].finished  # it was set aside, not waited for
        assert "0 entities" in str(app.query_one("#header-state").render())
        service.release.set()
        await wait_until(lambda: not app.analysing)
        assert app.states[0].analysis is not None
