"""The key bar (reader.app.widgets.keys_footer): rebuilt only when the keys on show change."""

from __future__ import annotations

from app_helpers import wait_until
from textual.widgets._footer import FooterKey

from reader.app.app import NewsreaderApp
from reader.app.screens.library import LibraryScreen
from reader.app.screens.reader import ReaderScreen
from reader.app.widgets.keys_footer import KeysFooter
from reader.sources import article_from_text

TEXTS = [
    "---\ntitle: Ferry back in service\n---\n\n“We are sailing again,” said Ola Nyberg, the captain.",
    "---\ntitle: Bridge closed\n---\n\nEngineer Rui Costa checked the cables. “It needs a month,” Costa said.",
]


def _keys(screen) -> list[FooterKey]:
    return list(screen.query_one(KeysFooter).query(FooterKey))


def _labels(screen) -> list[str]:
    return [k.description for k in _keys(screen)]


async def test_the_bar_is_kept_when_the_keys_are_the_same_and_rebuilt_when_they_change(live_service):
    articles = [article_from_text(t, source=f"s{i}.md", markdown=True) for i, t in enumerate(TEXTS)]
    app = NewsreaderApp(articles, shelf=True, service_factory=live_service)
    async with app.run_test(size=(110, 30)) as pilot:
        await wait_until(lambda: isinstance(app.screen, LibraryScreen) and app.screen.indexed_articles == 2)
        library = app.screen
        library.query_one("#library-tabs").active = "library-speakers"
        library.query_one("#library-speaker-list").focus()
        await pilot.pause()
        await wait_until(lambda: "Open" in _labels(library))
        shown = _keys(library)
        library.query_one("#library-speaker-quotes").focus()  # another list: the same keys
        await pilot.pause()
        assert _keys(library) == shown  # the very same widgets: not rebuilt
        library.query_one("#library-tabs ContentTabs").focus()  # the tab bar has no "Open"
        await pilot.pause()
        await wait_until(lambda: "Open" not in _labels(library))
        assert _keys(library) != shown
        await pilot.press("escape")  # the reader, then the library again: its bar as it was left
        await wait_until(lambda: isinstance(app.screen, ReaderScreen))
        left = _keys(library)
        await pilot.press("l")
        await wait_until(lambda: app.screen is library)
        await pilot.pause()
        assert _keys(library) == left
