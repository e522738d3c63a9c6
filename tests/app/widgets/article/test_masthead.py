"""A title and byline from metadata are drawn in the reading pane without touching the text."""

from __future__ import annotations

from app_helpers import SIZE, FrozenService, analysed, screen_text

from reader.analysis import Analysis, ModelInfo
from reader.app.widgets.article.masthead import masthead
from reader.article import Article, Block
from reader.sources import article_from_text
from reader.sources.html import html_to_article

PAGE = """<!doctype html><html><head><title>Bridge vote | Town News</title>
<meta name="author" content="Jane Roe"></head><body><article><h1>Bridge vote</h1>
<p>The council met on Tuesday to discuss the long-planned bridge over the river, which has waited for years.</p>
<p>"We will build it," said Mayor Ann Lee, who has promised the bridge since her first campaign.</p>
</article></body></html>"""


def test_a_byline_from_metadata_goes_under_the_title():
    a = html_to_article(PAGE, "x.html", "x.html")
    assert a.byline == "Jane Roe" and "Jane Roe" not in a.text
    blocks, words = masthead(a)
    assert [b.kind for b in blocks[:3]] == ["title", "byline", "paragraph"]
    assert words == {1: "By Jane Roe"}
    assert blocks[1].start == blocks[1].end == blocks[0].end  # holds no character of the text


def test_front_matter_title_and_author_come_first():
    a = article_from_text("---\ntitle: Bridge vote\nauthor: by Jane Roe\n---\n\nThe council met.\n", "x.md",
                          markdown=True)
    blocks, words = masthead(a)
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph"]
    assert list(words.values()) == ["Bridge vote", "by Jane Roe"]


def test_a_byline_already_in_the_text_is_not_repeated():
    text = "Bridge vote\n\nBy Jane Roe\n\nThe council met."
    a = Article("x.txt", text, (Block("title", 0, 11), Block("byline", 13, 24), Block("paragraph", 26, len(text))),
                title="Bridge vote", byline="Jane Roe")
    assert masthead(a) == (list(a.blocks), {})


async def test_the_pane_shows_the_byline_and_offsets_still_map() -> None:
    from reader.app.app import NewsreaderApp

    article = html_to_article(PAGE, "x.html", "x.html")
    lee = article.text.index("Ann Lee")
    analysis = Analysis(source="x.html", title=article.title, byline=article.byline, published=None,
                        model=ModelInfo("m", "1"), text=article.text)
    app = NewsreaderApp([article], service_factory=lambda: FrozenService(analysis))
    async with app.run_test(size=SIZE):
        await analysed(app)
        shown = screen_text(app)
        assert shown.startswith("Bridge vote By Jane Roe The council met")
        view = app.reader.view
        view.selected = (lee, lee + 7)
        y = view.line_of_offset(lee) - view.scroll_offset.y
        row = view.render_line(y).text
        assert "Ann Lee" in row
        assert view.offset_at(row.index("Ann Lee"), y) == lee


WIRE = ("Bridge vote\n\nThe council met on Tuesday to discuss the long-planned bridge over the river.\n\n"
        "Reporting by Priya Natarajan in Oslo; Editing by Ruth Abara")


def test_credits_the_analysis_found_go_under_the_title():
    a = article_from_text(WIRE, "x.txt")
    blocks, words = masthead(a, None, ["Priya Natarajan", "Ruth Abara"])
    assert [b.kind for b in blocks[:3]] == ["title", "byline", "paragraph"]
    assert words == {1: "Credits: Priya Natarajan, Ruth Abara"}


def test_a_found_byline_is_shown_once_and_its_names_not_repeated_as_credits():
    a = article_from_text(WIRE, "x.txt")
    blocks, words = masthead(a, "Priya Natarajan", ["Priya Natarajan", "Ruth Abara"])
    assert list(words.values()) == ["By Priya Natarajan", "Credits: Ruth Abara"]
    assert [b.kind for b in blocks[:4]] == ["title", "byline", "byline", "paragraph"]


async def test_the_pane_shows_credits_once_the_analysis_arrives() -> None:
    from reader.app.app import NewsreaderApp

    article = article_from_text(WIRE, "x.txt")
    analysis = Analysis(source="x.txt", title=article.title, byline=None, published=None,
                        model=ModelInfo("m", "1"), text=article.text, credits=["Priya Natarajan", "Ruth Abara"])
    app = NewsreaderApp([article], service_factory=lambda: FrozenService(analysis))
    async with app.run_test(size=SIZE):
        await analysed(app)
        shown = screen_text(app)
        assert shown.startswith("Bridge vote Credits: Priya Natarajan, Ruth Abara The council met")
        view = app.reader.view
        council = article.text.index("council")
        y = view.line_of_offset(council) - view.scroll_offset.y
        row = view.render_line(y).text
        assert view.offset_at(row.index("council"), y) == council  # offsets still map past the added line
