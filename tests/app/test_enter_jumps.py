"""`enter` means jump everywhere: on a speaker, in the article pane; n moves the list's cursor."""

from __future__ import annotations

from app_helpers import SIZE, analysed


def _quotes_of(analysis, speaker: str) -> list[tuple[int, int]]:
    return sorted((q.start, q.end) for q in analysis.quotes if q.speaker == speaker)


async def test_enter_on_a_speaker_jumps_to_the_first_quote_and_space_folds(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    mine = _quotes_of(analysis, "e1")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        assert tree.cursor_key() == "speaker:e1"
        node = tree.cursor_node
        await pilot.press("enter")
        assert app.reader.view.selected == mine[0]
        assert app.reader.view.is_visible(*mine[0])
        assert node.is_expanded  # enter jumped, it did not fold the speaker
        assert analysis.entity("e1").name in str(app.query_one("#status").render())
        await pilot.press("space")
        assert not node.is_expanded
        await pilot.press("space")
        assert node.is_expanded


async def test_enter_in_the_article_jumps_to_the_lists_selection(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1", "down")  # the first person in the entities list
        e = analysis.entity(app.reader.sidebar.tree("entities").cursor_key())
        await pilot.press("tab")
        assert app.focused is app.reader.view
        assert app.reader.view.selected is None
        await pilot.press("enter")
        assert app.reader.view.selected == min((m.start, m.end) for m in e.mentions)


async def test_enter_in_the_article_with_nothing_selected_says_so(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1", "tab")  # the entities list's cursor sits on the "People" header
        await pilot.press("enter")
        assert app.reader.view.selected is None
        assert any("Select an entity" in str(n.message) for n in app._notifications)


async def test_n_moves_the_list_cursor_with_the_highlight(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    mine = _quotes_of(analysis, "e1")
    by_span = {(q.start, q.end): q.id for q in analysis.quotes}
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        for expected in mine:
            await pilot.press("n")
            await pilot.pause()
            assert app.reader.view.selected == expected
            assert tree.cursor_key() == by_span[expected]
        await pilot.press("N")
        await pilot.pause()
        assert tree.cursor_key() == by_span[mine[-2]]


async def test_n_over_dates_moves_the_timeline_cursor(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    last_read = max(analysis.timeline, key=lambda t: t.start)
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("3")
        tree = app.reader.sidebar.tree("timeline")
        tree.select_key(last_read.id)
        await pilot.pause()
        await pilot.press("n")  # nothing highlighted yet: the first date from the top
        await pilot.pause()
        entry = next(t for t in analysis.timeline if t.id == tree.cursor_key())
        assert entry is not last_read
        assert app.reader.view.selected in ((entry.start, entry.end), (entry.sentence.start, entry.sentence.end))
