"""Keys, tabs and navigation, driven headless on the frozen seed analysis."""

from __future__ import annotations

import pytest
from app_helpers import SIZE, analysed, plain, ready, screen_text, tab_items, wait_until
from textual.widgets import Input

from reader.app.screens.date import DateScreen
from reader.app.screens.help import HelpScreen


def selected_text(app) -> str | None:
    sel = app.reader.view.selected
    return app.article.text[sel[0] : sel[1]] if sel else None


def visible(app, start: int, end: int) -> bool:
    return app.reader.view.is_visible(start, end)


async def test_number_keys_switch_tabs_and_tab_moves_focus(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        assert app.focused is app.reader.view
        for key, tab in (("1", "entities"), ("3", "timeline"), ("2", "quotes")):
            await pilot.press(key)
            assert app.reader.sidebar.active == tab
            assert app.focused is app.reader.sidebar.tree(tab)
        await pilot.press("tab")
        assert app.focused is app.reader.view
        await pilot.press("shift+tab")
        assert app.focused is app.reader.sidebar.tree("quotes")


async def test_every_binding_has_an_id(frozen_app) -> None:
    from reader.app.app import NewsreaderApp
    from reader.app.widgets.article.view import ArticleView
    from reader.app.screens.date import DateScreen as D
    from reader.app.widgets.find import FindBar
    from reader.app.screens.help import HelpScreen as H
    from reader.app.screens.reader import ReaderScreen
    from reader.app.widgets.sidebar.tree import ReaderTree

    for cls in (NewsreaderApp, ReaderScreen, ArticleView, ReaderTree, FindBar, H, D):
        for b in cls.BINDINGS:
            assert b.id, f"{cls.__name__} binding {b.key} has no id"  # type: ignore[union-attr]


async def test_quotes_tab_lists_speakers_by_count_unattributed_last(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE):
        await analysed(app)
        speakers = [i for i in tab_items(app, "quotes") if i.kind == "speaker"]
        counts = [len(s.spans) for s in speakers if s.key != "speaker:-"]
        assert counts == sorted(counts, reverse=True)
        assert speakers[0].key == "speaker:e1"  # Zelensky has the most quotes
        assert speakers[-1].key == "speaker:-"
        quotes = [i for i in tab_items(app, "quotes") if i.kind == "quote"]
        assert len(quotes) == len(analysis.quotes)


async def test_n_and_N_cycle_the_selected_speakers_quotes(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    mine = sorted((q.start, q.end) for q in analysis.quotes if q.speaker == "e1")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        assert tree.cursor_key() == "speaker:e1"
        seen = []
        for _ in range(len(mine)):
            await pilot.press("n")
            seen.append(app.reader.view.selected)
        assert seen == mine
        await pilot.press("n")  # wraps around
        assert app.reader.view.selected == mine[0]
        await pilot.press("N")
        assert app.reader.view.selected == mine[-1]
        await pilot.press("N")
        assert app.reader.view.selected == mine[-2]
        assert visible(app, *mine[-2])


async def test_brackets_step_through_all_quotes_and_show_the_speaker(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    quotes = sorted(analysis.quotes, key=lambda q: q.start)
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("right_square_bracket")
        assert app.reader.view.selected == (quotes[0].start, quotes[0].end)
        await pilot.press("right_square_bracket", "right_square_bracket")
        q = quotes[2]
        assert app.reader.view.selected == (q.start, q.end)
        status = str(app.query_one("#status").render())
        assert analysis.entity(q.speaker).name in status
        await pilot.press("left_square_bracket")
        assert app.reader.view.selected == (quotes[1].start, quotes[1].end)
        # then n follows that quote's speaker
        same = sorted((x.start, x.end) for x in quotes if x.speaker == quotes[1].speaker)
        await pilot.press("n")
        assert app.reader.view.selected == same[same.index((quotes[1].start, quotes[1].end)) + 1]


async def test_entities_tab_groups_marks_mentions_and_jumps(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("1")
        headers = [i.key for i in tab_items(app, "entities") if i.kind == "header"]
        assert headers[:4] == ["group:People", "group:Organisations", "group:Places", "group:Groups"]
        tree = app.reader.sidebar.tree("entities")
        await pilot.press("down")  # first person (most mentions)
        e = analysis.entity(tree.cursor_key())
        assert e is not None and e.label == "PERSON"
        mentions = sorted((m.start, m.end) for m in e.mentions)
        assert app.reader.view.marks == mentions  # all mentions lit while selected
        status = str(app.query_one("#status").render())
        assert e.name in status and (e.role or "") in status
        await pilot.press("enter")
        assert app.reader.view.selected == mentions[0]
        await pilot.press("n", "n")
        assert app.reader.view.selected == mentions[2]
        await pilot.press("N")
        assert app.reader.view.selected == mentions[1]
        await pilot.press("up")  # the group header: nothing lit
        assert app.reader.view.marks == []


async def test_e_toggles_entity_tints(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        view = app.reader.view
        person = view.get_component_rich_style("article--person", partial=True)
        zelensky = analysis.entity("e1").mentions[0]
        y = view.line_of_offset(zelensky.start) - view.scroll_offset.y

        def person_colour_on_line() -> bool:
            return any(s.style is not None and s.style.color == person.color for s in view.render_line(y))

        assert person_colour_on_line()
        await pilot.press("e")
        assert not view.show_entities and not person_colour_on_line()
        await pilot.press("e")
        assert person_colour_on_line()


async def test_timeline_years_then_unresolved_and_enter_lights_the_sentence(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("3")
        items = list(tab_items(app, "timeline"))
        headers = [i.key for i in items if i.kind == "header"]
        assert headers == ["year:2019", "year:2022", "year:?"]
        tree = app.reader.sidebar.tree("timeline")
        while tree.cursor_key() != "t2":
            await pilot.press("down")
        await pilot.press("enter")
        t = next(t for t in analysis.timeline if t.id == "t2")
        assert app.reader.view.selected == (t.sentence.start, t.sentence.end)
        assert visible(app, t.start, t.end)


async def test_d_sets_the_publication_date_and_the_timeline_re_resolves(frozen_app) -> None:
    pytest.importorskip("reader.nlp.time.dates")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        entry = lambda: next(t for t in app.analysis.timeline if t.expression == "three years ago")  # noqa: E731
        assert entry().date is None
        await pilot.press("d")
        await wait_until(lambda: isinstance(app.screen, DateScreen))
        await pilot.press("ctrl+a", *"2025-13-40", "enter")
        assert isinstance(app.screen, DateScreen)  # refused, still asking
        inp = app.screen.query_one(Input)
        inp.value = ""
        await pilot.press(*"2025-03-02", "enter")
        await wait_until(lambda: not isinstance(app.screen, DateScreen))
        await wait_until(lambda: entry().date is not None)
        assert entry().date.startswith("2022")
        assert app.analysis.published == "2025-03-02"
        headers = [i.key for i in tab_items(app, "timeline") if i.kind == "header"]
        assert "year:?" not in headers


async def test_find_highlights_matches_and_enter_n_cycle(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        text = app.article.text
        await pilot.press("slash")
        assert app.focused.id == "find"
        await pilot.press(*"kremlin")
        expected = [(i, i + 7) for i in range(len(text)) if text[i : i + 7].lower() == "kremlin"]
        assert app.reader.view.marks == expected
        assert app.reader.view.selected == expected[0] and visible(app, *expected[0])
        await pilot.press("escape")
        assert app.focused is app.reader.view
        await pilot.press("n")
        assert app.reader.view.selected == expected[1 % len(expected)]
        await pilot.press("escape")  # in the article: clear the highlights
        assert app.reader.view.selected is None and app.reader.view.marks == []


async def test_help_opens_and_closes(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = plain(app.screen.query_one("#help-keys").content)
        assert "Next quote" in keys and "Find" in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_jumps_to_an_entity_by_name(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    starmer = next(e for e in analysis.entities if e.name == "Keir Starmer")
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("ctrl+p")
        await pilot.press(*"Keir Starmer")
        await wait_until(
            lambda: any("Keir Starmer" in str(o.prompt) for o in app.screen.query("CommandList").first().options),
            timeout=10,
        )
        await pilot.press("down", "enter")  # "Speaker: …" or "People: …" – both lead to him
        await wait_until(lambda: app.reader.view.selected is not None)
        first = min(m.start for m in starmer.mentions)
        quotes = [q.start for q in analysis.quotes if q.speaker == starmer.id]
        assert app.reader.view.selected[0] in [first, *quotes]
        assert app.reader.sidebar.active in ("entities", "quotes")


async def test_q_quits(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("q")
        await wait_until(lambda: not app.is_running, timeout=10)


async def test_several_articles_switch_and_each_gets_its_analysis(frozen_seed) -> None:
    from app_helpers import FrozenService

    from reader.app.app import NewsreaderApp

    article, analysis = frozen_seed
    other = type(article)(
        source="other.txt",
        text="Other\n\nA second story.",
        blocks=(type(article.blocks[0])("title", 0, 5), type(article.blocks[0])("paragraph", 7, 23)),
        title="Other",
    )
    app = NewsreaderApp([article, other], service_factory=lambda: FrozenService(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: app.is_running and not app.analysing)
        assert "[1/2]" in str(app.query_one("#header-title").render())
        await pilot.press("greater_than_sign")
        assert app.index == 1 and "A second story." in screen_text(app)
        assert "[2/2]" in str(app.query_one("#header-title").render())
        await pilot.press("less_than_sign")
        assert app.index == 0 and "Zelensky" in screen_text(app)


async def test_clicking_a_quote_shows_its_speaker_and_a_name_lights_its_mentions(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        view = app.reader.view
        quote = min(analysis.quotes, key=lambda q: q.start)
        y = view.line_of_offset(quote.start + 2)
        line_start = view.layout_info.lines[view.layout_info.locate(y)[0]][view.layout_info.locate(y)[1]][0]
        x = quote.start + 2 - line_start  # one cell per character on this line
        left, top = view.styles.gutter.left, view.styles.gutter.top
        await pilot.click(view, offset=(left + x, top + y - view.scroll_offset.y))
        assert view.selected == (quote.start, quote.end)
        assert analysis.entity(quote.speaker).name in str(app.query_one("#status").render())
        person = analysis.entity("e1")
        m = person.mentions[1]
        await pilot.press("escape")
        view.scroll_to_span(m.start, m.end)
        y = view.line_of_offset(m.start)
        bi, li = view.layout_info.locate(y)
        x = m.start - view.layout_info.lines[bi][li][0]
        await pilot.click(view, offset=(left + x, top + y - view.scroll_offset.y))
        assert view.marks == sorted((x.start, x.end) for x in person.mentions)
        assert view.selected == (m.start, m.end)


async def test_d_before_the_analysis_ends_applies_when_it_arrives(frozen_seed) -> None:
    pytest.importorskip("reader.nlp.time.dates")
    from app_helpers import FrozenService, GatedService

    from reader.app.app import NewsreaderApp

    article, analysis = frozen_seed
    gated = GatedService(FrozenService(analysis))
    app = NewsreaderApp([article], service_factory=lambda: gated)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: app.is_running and ready(app))
        await pilot.press("d")
        await wait_until(lambda: isinstance(app.screen, DateScreen))
        await pilot.press(*"2025-03-02", "enter")
        await wait_until(lambda: not isinstance(app.screen, DateScreen))
        await pilot.press("escape")  # cancelling a second time changes nothing
        gated.gate.set()
        await analysed(app)
        await wait_until(lambda: app.analysis.published == "2025-03-02")
        entry = next(t for t in app.analysis.timeline if t.expression == "three years ago")
        assert entry.date is not None and entry.date.startswith("2022")


async def test_brackets_move_the_quotes_list_cursor_along(frozen_app, frozen_seed) -> None:
    _, analysis = frozen_seed
    quotes = sorted(analysis.quotes, key=lambda q: q.start)
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        await pilot.press("2", "tab")  # quotes tab shown, reading in the article
        assert app.focused is app.reader.view
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.reader.sidebar.tree("quotes").cursor_key() == quotes[1].id
        assert app.reader.view.selected == (quotes[1].start, quotes[1].end)


async def test_a_light_theme_gets_its_own_tints(frozen_app) -> None:
    app = frozen_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        dark = app.reader.view.get_component_rich_style("article--speaker-0", partial=True)
        app.theme = "textual-light"
        await pilot.pause()
        light = app.reader.view.get_component_rich_style("article--speaker-0", partial=True)
        assert dark.bgcolor != light.bgcolor
        line = app.reader.view.render_line(0)  # strips were re-rendered with the new styles
        assert any(
            s.style is not None
            and s.style.bgcolor is not None
            and s.style.bgcolor.triplet is not None
            and sum(s.style.bgcolor.triplet) > 600
            for s in line
        )
