"""Between runs the app remembers the theme and where the reader was in each file."""

from __future__ import annotations

from app_helpers import SIZE, analysed, wait_until

from reader.app.user_state import UserState


async def test_theme_and_place_come_back_in_the_next_run(frozen_app, tmp_path) -> None:
    path = tmp_path / "state.json"
    app = frozen_app(user_state=UserState.load(path))
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("space", "space", "j")
        top = app.reader.view.offset_at_top()
        assert top > 0
        app.theme = "gruvbox"
        await pilot.press("q")
        await wait_until(lambda: not app.is_running, timeout=10)
    assert path.exists()

    again = frozen_app(user_state=UserState.load(path))
    async with again.run_test(size=SIZE):
        await analysed(again)
        assert again.theme == "gruvbox"
        assert again.reader.view.offset_at_top() == top


async def test_without_a_memory_nothing_is_written(frozen_app, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("space", "q")
        await wait_until(lambda: not app.is_running, timeout=10)
    assert list(tmp_path.iterdir()) == []
