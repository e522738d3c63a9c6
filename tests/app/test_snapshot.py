"""SVG snapshots of the app on the frozen seed analysis (pytest-textual-snapshot).

Fixed terminal size, nothing that blinks or ticks (no clock, the find bar's cursor hidden, no
toasts), isolated XDG dirs (tests/conftest.py). Textual is pinned to 8.2.x in pyproject:
snapshots drift across Textual releases. Update deliberately with `--snapshot-update`.
"""

from __future__ import annotations

from app_helpers import FrozenService, analysed, load_frozen

from reader.app.app import NewsreaderApp

TERMINAL = (110, 32)


def _app() -> NewsreaderApp:
    article, analysis = load_frozen()
    return NewsreaderApp([article], service_factory=lambda: FrozenService(analysis))


def test_loaded_seed(snap_compare) -> None:
    async def loaded(pilot) -> None:
        await analysed(pilot.app)

    assert snap_compare(_app(), terminal_size=TERMINAL, run_before=loaded)


def test_quote_selected_from_the_quotes_tab(snap_compare) -> None:
    async def select(pilot) -> None:
        await analysed(pilot.app)
        await pilot.press("2", "down", "down", "down", "enter")

    assert snap_compare(_app(), terminal_size=TERMINAL, run_before=select)


def _overview(theme: str):
    async def run(pilot) -> None:
        await analysed(pilot.app)
        pilot.app.theme = theme
        await pilot.press("o")
        await pilot.pause()

    return run


def test_overview_dark(snap_compare) -> None:
    assert snap_compare(_app(), terminal_size=TERMINAL, run_before=_overview("textual-dark"))


def test_overview_light(snap_compare) -> None:
    assert snap_compare(_app(), terminal_size=(80, 40), run_before=_overview("textual-light"))


def test_timeline_tab_with_dates_in_words(snap_compare) -> None:
    async def timeline(pilot) -> None:
        await analysed(pilot.app)
        await pilot.press("3", "down", "down", "down", "enter")

    assert snap_compare(_app(), terminal_size=TERMINAL, run_before=timeline)


def test_narrow_terminal_gives_the_article_the_width(snap_compare) -> None:
    async def loaded(pilot) -> None:
        await analysed(pilot.app)
        await pilot.press("right_square_bracket")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=loaded)
