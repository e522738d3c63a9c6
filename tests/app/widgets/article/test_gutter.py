"""The gutter beside the article (reader.app.widgets.article.gutter): where n/N would go."""

from __future__ import annotations

from app_helpers import SIZE, analysed

from reader.app.widgets.article.gutter import MarkGutter, mark_rows


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
