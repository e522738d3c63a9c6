"""The overview widget (reader.app.widgets.overview) on the seed's real analysis, driven by Pilot."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import OptionList, Static

from reader.app.widgets.overview import Overview


class Host(App):
    def __init__(self, analysis) -> None:
        super().__init__()
        self.analysis = analysis
        self.jumps: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield Overview(self.analysis, id="overview")

    def on_overview_jump(self, message: Overview.Jump) -> None:
        self.jumps.append((message.start, message.end))


async def test_voices_rank_zelensky_then_trump_and_enter_jumps_to_the_first_quote(seed_analysis):
    app = Host(seed_analysis)
    async with app.run_test(size=(80, 40)) as pilot:
        voices = app.query_one("#overview-voices", OptionList)
        rows = [voices.get_option_at_index(i).prompt.plain for i in range(voices.option_count)]
        assert "Volodymyr Zelensky" in rows[0] and "Donald Trump" in rows[1]
        assert rows[0].count("█") > rows[1].count("█") > 0
        voices.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        trump_first = min(q.start for q in seed_analysis.quotes if q.speaker_name == "Donald Trump")
        assert app.jumps and app.jumps[-1][0] == trump_first


async def test_presence_follows_the_highlighted_speaker(seed_analysis):
    app = Host(seed_analysis)
    async with app.run_test(size=(80, 40)) as pilot:
        presence = app.query_one("#overview-presence", Static)
        assert "Volodymyr Zelensky" in str(presence.render())
        voices = app.query_one("#overview-voices", OptionList)
        voices.focus()
        await pilot.press("down")
        await pilot.pause()
        assert "Donald Trump" in str(presence.render())


async def test_the_strip_marks_the_highlighted_event_and_enter_jumps_to_its_sentence(seed_analysis):
    app = Host(seed_analysis)
    async with app.run_test(size=(80, 40)) as pilot:
        axis = app.query_one("#overview-axis", Static)
        first = str(axis.render())
        assert first.count("◆") == 1
        events = app.query_one("#overview-events", OptionList)
        events.focus()
        events.highlighted = 1
        await pilot.pause()
        assert str(axis.render()) != first and str(axis.render()).count("◆") == 1
        await pilot.press("enter")
        await pilot.pause()
        invasion = next(t for t in seed_analysis.timeline if t.date == "2022-02-24")
        assert app.jumps[-1] == (invasion.sentence.start, invasion.sentence.end)
