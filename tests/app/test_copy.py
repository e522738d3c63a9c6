"""`y` and the palette copy the selection: a quote as a citation, a name, a date's sentence."""

from __future__ import annotations

from app_helpers import SIZE, analysed, wait_until

TITLE = "Zelensky urges US to strengthen support for Ukraine amid tense discussions"


def _toasts(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def test_y_on_a_quote_copies_it_with_speaker_role_and_title(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    q = next(q for q in analysis.quotes if q.id == "q1")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2", "down")  # the first quote of the first speaker
        assert app.reader.sidebar.tree("quotes").cursor_key() == "q1"
        await pilot.press("y")
        assert app.clipboard == f"“{q.text.rstrip(',')}” — Volodymyr Zelensky, Ukrainian President ({TITLE})"
        assert any(t.startswith("Copied the quote: “stand more firmly") for t in _toasts(app))


async def test_y_uses_the_article_highlight_and_the_date_set_in_the_app(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    first = min(analysis.quotes, key=lambda q: q.start)
    app = frozen_app(published="2025-03-02")
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("right_square_bracket")  # the first quote of the article, highlighted
        assert app.focused is app.reader.view
        await pilot.press("y")
        assert app.clipboard.startswith(f"“{' '.join(first.text.split())}"[:30])
        assert app.clipboard.endswith(f"({TITLE}, 2 Mar 2025)")


async def test_y_on_an_entity_copies_its_name(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1", "down", "y")
        e = analysis.entity(app.reader.sidebar.tree("entities").cursor_key())
        assert app.clipboard == e.name


async def test_y_on_a_date_copies_its_sentence(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    t = next(t for t in analysis.timeline if t.id == "t2")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("3")
        app.reader.sidebar.tree("timeline").select_key("t2")
        await pilot.press("y")
        sentence = " ".join(app.article.text[t.sentence.start:t.sentence.end].split())
        assert app.clipboard == sentence and t.expression in sentence


async def test_the_palette_copies_too(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1", "down", "ctrl+p")
        await pilot.press(*"Copy the selection")
        await wait_until(lambda: any("Copy the selection" in str(o.prompt)
                                     for o in app.screen.query("CommandList").first().options), timeout=10)
        await pilot.press("enter")
        await wait_until(lambda: app.clipboard != "", timeout=10)
        assert app.clipboard == app.analysis.entity(app.reader.sidebar.tree("entities").cursor_key()).name


async def test_nothing_selected_copies_nothing_and_says_so(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1", "tab", "y")  # the list's cursor on a group header, nothing highlighted
        assert app.clipboard == ""
        assert any("Select a quote, entity or date first" in t for t in _toasts(app))

