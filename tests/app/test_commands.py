"""The command palette: quotes are found by their words, too."""

from __future__ import annotations

from app_helpers import SIZE, analysed, wait_until


async def test_the_palette_finds_a_quote_by_its_words(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    q = next(q for q in analysis.quotes if q.id == "q3")  # “just and lasting”
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("ctrl+p", *"just and lasting")
        await wait_until(lambda: any("Quote: “just and lasting" in str(o.prompt)
                                     for o in app.screen.query("CommandList").first().options), timeout=10)
        options = app.screen.query("CommandList").first().options
        first = str(options[0].prompt)
        assert first.startswith("Quote: “just and lasting"), first
        await pilot.press("enter")
        await wait_until(lambda: app.reader.view.selected is not None)
        assert app.reader.view.selected == (q.start, q.end)
        assert app.reader.sidebar.active == "quotes" and app.reader.sidebar.tree().cursor_key() == "q3"
