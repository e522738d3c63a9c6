"""Narrow terminals: the sidebar hides (by itself below 90 columns, or with `s`), list rows end
in "…" at a word, and the highlight stays on screen when the terminal is resized."""

from __future__ import annotations

from app_helpers import SIZE, analysed
from rich.text import Text

from reader.app.widgets.sidebar.sidebar import NARROW_COLUMNS
from reader.app.widgets.sidebar.tree import fit_label


def test_fit_label_cuts_at_a_word_and_ends_in_an_ellipsis():
    assert fit_label(Text("short"), 10).plain == "short"
    assert fit_label(Text("“stand more firmly on our side”"), 20).plain == "“stand more firmly…"
    assert fit_label(Text("Supercalifragilistic"), 8).plain == "Superca…"  # one long word: cut inside it
    cut = fit_label(Text.assemble(("Ann Lee", "bold"), " 3  mayor of a very large city"), 16)
    assert cut.plain == "Ann Lee 3…" and cut.spans[0].style == "bold"


async def test_narrow_terminal_hides_the_sidebar_and_s_toggles_it(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=(NARROW_COLUMNS - 10, 24)) as pilot:
        await analysed(app)
        sidebar, view = app.reader.sidebar, app.reader.view
        assert not sidebar.display
        assert view.size.width == NARROW_COLUMNS - 10 - 4 - 1  # the width, less its padding and the gutter
        await pilot.press("s")
        assert sidebar.display
        await pilot.press("s")
        assert not sidebar.display
        await pilot.press("2")  # a tab key brings the sidebar back, with its list focused
        assert sidebar.display and app.focused is sidebar.tree("quotes")


async def test_resizing_across_the_threshold_hides_and_restores_the_sidebar(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        sidebar = app.reader.sidebar
        await pilot.press("2")
        assert sidebar.display and app.focused is sidebar.tree("quotes")
        await pilot.resize_terminal(NARROW_COLUMNS - 20, 24)
        await pilot.pause()
        assert not sidebar.display
        assert app.focused is app.reader.view  # focus never stays in a hidden list
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert sidebar.display


async def test_long_rows_end_in_an_ellipsis(frozen_app, frozen_seed) -> None:
    app = frozen_app()
    async with app.run_test(size=(NARROW_COLUMNS, 24)) as pilot:
        await analysed(app)
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        rows = [tree.render_line(y).text.rstrip() for y in range(tree.size.height)]
        full = [node.label.plain for node in (tree.get_node_at_line(y) for y in range(len(rows))) if node]
        cut = [(row, label) for row, label in zip(rows, full) if not row.endswith(label)]
        assert cut, "some rows are wider than the sidebar"
        for row, label in cut:
            assert row.endswith("…"), row
            body = row[row.find(label[:4]):-1]
            assert label.startswith(body) and label[len(body)] == " ", (row, label)  # cut after a word


async def test_the_highlight_stays_on_screen_after_a_resize(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    last = max(analysis.quotes, key=lambda q: q.start)
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("left_square_bracket")  # wraps to the last quote of the article
        view = app.reader.view
        assert view.selected == (last.start, last.end) and view.is_visible(*view.selected)
        for size in ((70, 14), (50, 10), (140, 40), (60, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert view.is_visible(*view.selected), size


async def test_the_list_cursor_stays_on_screen_after_a_resize(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        for _ in range(20):
            await pilot.press("down")
        await pilot.resize_terminal(SIZE[0], 14)
        await pilot.pause()
        await pilot.pause()
        top = tree.scroll_offset.y
        assert top <= tree.cursor_line < top + tree.size.height
