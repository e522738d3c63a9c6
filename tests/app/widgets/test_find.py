"""`/` find (reader.app.widgets.find): plain, case-insensitive matches; the bar says what it found."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.message import Message

from reader.app.widgets.find import FindBar, find_all

TEXT = "Kremlin said. The kremlin denied it. KREMLIN-watchers. Straße and STRASSE."


def test_matches_ignore_case_and_never_read_a_pattern() -> None:
    assert find_all(TEXT, "kremlin") == [(0, 7), (18, 25), (37, 44)]
    assert find_all(TEXT, "k.emlin") == []  # a dot is a dot
    assert find_all(TEXT, "") == []
    assert find_all("aaaa", "a", limit=2) == [(0, 1), (1, 2)]


def test_a_length_changing_fold_keeps_offsets_into_the_text() -> None:
    at = find_all(TEXT, "straße")
    assert at and all(TEXT[s:e].lower() == "straße" for s, e in at)


class Host(App):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[Message] = []

    def compose(self) -> ComposeResult:
        yield FindBar(lambda: TEXT)

    def on_find_bar_found(self, message: FindBar.Found) -> None:
        self.heard.append(message)

    def on_find_bar_next(self, message: FindBar.Next) -> None:
        self.heard.append(message)

    def on_find_bar_closed(self, message: FindBar.Closed) -> None:
        self.heard.append(message)


async def test_the_bar_posts_matches_as_the_reader_types_then_next_and_closed() -> None:
    app = Host()
    async with app.run_test() as pilot:
        bar = app.query_one(FindBar)
        bar.open()
        await pilot.press(*"kreml")
        await pilot.pause()
        found = [m for m in app.heard if isinstance(m, FindBar.Found)]
        assert found[-1].query == "kreml" and found[-1].matches == [(0, 5), (18, 23), (37, 42)]
        assert found[-1].summary().plain == "3 matches for 'kreml'"
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert [type(m) for m in app.heard[-2:]] == [FindBar.Next, FindBar.Closed]
        assert not bar.display
