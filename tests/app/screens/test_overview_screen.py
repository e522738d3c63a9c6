"""The overview screen (reader.app.screens.overview) in the real app: `o`, the palette, jumps back."""

from __future__ import annotations

from app_helpers import SIZE, analysed, wait_until
from textual.widgets import OptionList

from reader.app.screens.overview import OverviewScreen


async def test_o_opens_the_overview_and_enter_on_a_voice_jumps_to_its_first_quote(frozen_app, frozen_seed):
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("o")
        await wait_until(lambda: isinstance(app.screen, OverviewScreen))
        voices = app.screen.query_one("#overview-voices", OptionList)
        assert "Volodymyr Zelensky" in voices.get_option_at_index(0).prompt.plain
        await pilot.press("down", "enter")
        await wait_until(lambda: not isinstance(app.screen, OverviewScreen))
        trump = min((q for q in analysis.quotes if q.speaker_name == "Donald Trump"), key=lambda q: q.start)
        assert app.reader.view.selected == (trump.start, trump.end)
        assert "Donald Trump" in str(app.reader.query_one("#status").render())


async def test_escape_closes_the_overview_where_the_reader_was(frozen_app):
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("o")
        await wait_until(lambda: isinstance(app.screen, OverviewScreen))
        await pilot.press("escape")
        await wait_until(lambda: not isinstance(app.screen, OverviewScreen))
        assert app.reader.view.selected is None


async def test_the_palette_offers_the_overview(frozen_app):
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        names = [text for text, _, _ in app.palette_targets()]
        assert "Overview: the story at a glance" in names
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"overview glance")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_until(lambda: isinstance(app.screen, OverviewScreen))
