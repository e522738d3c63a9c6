"""The gutter beside the article (reader.app.widgets.article.gutter): where n/N would go."""

from __future__ import annotations

from app_helpers import SIZE, analysed

from reader.app.widgets.article.gutter import MarkGutter, band_rows, mark_rows


def test_rows_scale_lines_to_the_gutter_height():
    assert mark_rows([0, 50, 99], total_lines=100, height=10) == {0, 5, 9}
    assert mark_rows([0, 1, 2], total_lines=1000, height=10) == {0}  # close mentions share a row
    assert mark_rows([5], total_lines=0, height=10) == set() and mark_rows([5], 10, 0) == set()


async def test_selecting_an_entity_marks_its_mentions_and_another_tab_moves_them(frozen_app, frozen_seed):
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        gutter = app.reader.query_one("#gutter", MarkGutter)
        view = app.reader.view
        await pilot.press("1", "down")  # the first person
        await pilot.pause()
        e = analysis.entity(app.reader.sidebar.tree("entities").cursor_key())
        expected = mark_rows([view.line_of_offset(m.start) for m in e.mentions], view.virtual_size.height,
                             gutter.size.height)
        assert gutter.rows == expected and len(expected) > 1
        drawn = {y for y in range(gutter.size.height) if gutter.render_line(y).text == "▐"}
        assert drawn == expected
        await pilot.press("3")  # a tab without a selection: nothing to go to
        await pilot.pause()
        assert gutter.rows == set()
        await pilot.press("down")  # a date: the gutter shows every date now
        await pilot.pause()
        dates = mark_rows([view.line_of_offset(t.start) for t in analysis.timeline], view.virtual_size.height,
                          gutter.size.height)
        assert gutter.rows == dates != expected


def test_the_band_covers_the_rows_of_the_lines_on_screen():
    assert band_rows(top=0, visible=10, total_lines=100, height=20) == range(0, 2)
    assert band_rows(top=90, visible=10, total_lines=100, height=20) == range(18, 20)
    assert band_rows(top=45, visible=1, total_lines=100, height=10) == range(4, 5)  # at least a row
    assert band_rows(top=0, visible=30, total_lines=30, height=30) == range(0)  # all on screen: no band
    # a mark of any line on screen falls in the band
    for top in range(0, 91, 7):
        band = band_rows(top, 10, 100, 13)
        assert mark_rows(list(range(top, top + 10)), 100, 13) <= set(band)


async def test_the_band_follows_the_scroll_in_a_muted_style(frozen_app):
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        gutter = app.reader.query_one("#gutter", MarkGutter)
        view = app.reader.view
        total, height = view.virtual_size.height, gutter.size.height
        assert total > view.size.height  # the seed is longer than the pane
        assert gutter.band == band_rows(0, view.size.height, total, height) and gutter.band.start == 0
        band_bg = gutter.get_component_rich_style("gutter--band").bgcolor
        assert band_bg is not None and band_bg != gutter.rich_style.bgcolor

        def background(y: int):
            return gutter.render_line(y)._segments[0].style.bgcolor

        assert {y for y in range(height) if background(y) == band_bg} == set(gutter.band)
        await pilot.press("G")  # the end of the article
        await pilot.pause()
        assert view.scroll_offset.y > 0 and gutter.band[-1] == height - 1 and 0 not in gutter.band
        assert {y for y in range(height) if background(y) == band_bg} == set(gutter.band)
        await pilot.press("g")
        await pilot.pause()
        assert gutter.band.start == 0


async def test_marks_follow_a_rewrap_even_when_the_line_count_stays(frozen_app, frozen_seed):
    _, analysis = frozen_seed
    app = frozen_app()
    tall = 80  # a gutter row per article line or so: a mention one line further is one row further
    async with app.run_test(size=(140, tall)) as pilot:
        await analysed(app)
        gutter = app.reader.query_one("#gutter", MarkGutter)
        view = app.reader.view
        await pilot.press("1", "down")  # the first person: marks all over the article
        await pilot.pause()
        e = analysis.entity(app.reader.sidebar.tree("entities").cursor_key())
        seen = []
        for width in range(140, 128, -1):  # narrower a column at a time: some re-wraps keep the count
            await pilot.resize_terminal(width, tall)
            await pilot.pause()
            expected = mark_rows([view.line_of_offset(m.start) for m in e.mentions], view.virtual_size.height,
                                 gutter.size.height)
            assert gutter.rows == expected, width
            seen.append((view.virtual_size.height, expected))
        assert any(a[0] == b[0] and a[1] != b[1] for a, b in zip(seen, seen[1:]))  # such a re-wrap happened


async def test_a_theme_change_repaints_the_band_and_marks_in_the_new_colours(frozen_app):
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        gutter = app.reader.query_one("#gutter", MarkGutter)
        before = gutter.render_line(gutter.band.start)._segments[0].style.bgcolor
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        after = gutter.render_line(gutter.band.start)._segments[0].style.bgcolor
        assert after != before and after == gutter.get_component_rich_style("gutter--band").bgcolor
