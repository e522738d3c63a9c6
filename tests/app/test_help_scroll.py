"""The help scrolls with the reader's keys: j/k a line, space/b a page."""

from __future__ import annotations

from app_helpers import analysed, wait_until

from reader.app.screens.help import HelpScreen


async def test_j_and_k_scroll_the_help(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=(100, 16)) as pilot:
        await analysed(app)
        await pilot.press("question_mark")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 2, "the keys are longer than a short terminal"
        await pilot.press("j", "j")
        assert box.scroll_y == 2
        await pilot.press("k")
        assert box.scroll_y == 1
        await pilot.press("space")
        assert box.scroll_y > 2
        await pilot.press("b", "b")
        assert box.scroll_y == 0
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)
