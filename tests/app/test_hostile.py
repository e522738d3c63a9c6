"""Article text is data: Rich markup shows literally, escape sequences never reach the terminal."""

from __future__ import annotations

from app_helpers import SIZE, analysed, screen_text

from reader.app.app import NewsreaderApp
from reader.article import Article, Block
from reader.sources import load

HOSTILE = (
    "[bold]Headline[/bold] of a [link=https://example.com]story[/link]\n\n"
    "By [red]Jane Doe[/red]\n\n"
    "The mayor said \x1b[31mred\x1b[0m things: “[bold]x[/bold] is [i]fine[/i],” said Jane Doe.\n\n"
    "A line with \x1b]0;pwned\x07 a title escape and \u202eoverride\u202c and [/] stray tags.\n"
)


async def test_markup_shows_literally_and_escapes_are_gone(tmp_path, live_service) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    article = load(str(path))
    app = NewsreaderApp([article], service_factory=live_service)
    async with app.run_test(size=SIZE):
        await analysed(app)
        text = screen_text(app)
        assert "[bold]x[/bold]" in text
        assert "[/]" in text
        header = str(app.query_one("#header-title").render())
        assert "[bold]Headline[/bold]" in header or "[bold]Headline[/bold]" in (article.title or "")
        for y in range(app.reader.view.size.height):
            for segment in app.reader.view.render_line(y):
                assert "\x1b" not in segment.text and "\x07" not in segment.text
                assert "\u202e" not in segment.text
        # Quote labels in the sidebar are literal too.
        labels = [str(node.label) for node in app.reader.sidebar.tree("quotes").root.children for node in node.children]
        assert any("[bold]x[/bold]" in label for label in labels)


async def test_control_characters_that_reach_the_view_are_blanked() -> None:
    text = "T\x1b[2Jitle\n\nBody\twith\x07bell and \x1b[31m[red]markup[/red]."
    article = Article(source="raw", text=text, blocks=(Block("title", 0, 10), Block("paragraph", 12, len(text))))

    class Nothing:
        warning = None

        def stream(self, article, published=None):
            return iter(())

    app = NewsreaderApp([article], service_factory=Nothing)
    async with app.run_test(size=SIZE):
        await analysed(app)
        shown = screen_text(app)
        assert "[red]markup[/red]" in shown
        assert not any(c in shown for c in "\x1b\x07\t")


async def test_an_escape_in_the_file_name_never_reaches_the_header(tmp_path, live_service) -> None:
    """With no title the header shows the source's name: sanitized when the source was loaded."""
    path = tmp_path / "news\x1b]0;PWNED\x07\x1b[2J\x9b31mstory.txt"
    path.write_text("The mayor said on Monday that the bridge would open.", encoding="utf-8")
    article = load(str(path))
    assert article.title is None
    app = NewsreaderApp([article], service_factory=live_service)
    async with app.run_test(size=SIZE):
        await analysed(app)
        header = str(app.query_one("#header-title").render())
        assert "newsstory.txt" in header
        for shown in (header, app.title, app.sub_title):
            assert not any(c in shown for c in "\x1b\x07\x9b")
