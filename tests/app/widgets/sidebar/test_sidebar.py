"""The sidebar (reader.app.widgets.sidebar.sidebar) handles its own trees and tabs and says
what the reader is on in messages; driven by Pilot on the seed's frozen analysis."""

from __future__ import annotations

from app_helpers import wait_until
from textual.app import App, ComposeResult
from textual.message import Message

from reader.app.widgets.sidebar.sidebar import Sidebar


class Host(App):
    def __init__(self, analysis) -> None:
        super().__init__()
        self.analysis = analysis
        self.heard: list[Message] = []

    def compose(self) -> ComposeResult:
        with Sidebar(id="sidebar"):
            yield from Sidebar.panes()

    def on_mount(self) -> None:
        self.query_one(Sidebar).show(self.analysis, self.analysis.published, True)

    def on_sidebar_item_highlighted(self, message: Sidebar.ItemHighlighted) -> None:
        self.heard.append(message)

    def on_sidebar_item_chosen(self, message: Sidebar.ItemChosen) -> None:
        self.heard.append(message)

    def on_sidebar_tab_shown(self, message: Sidebar.TabShown) -> None:
        self.heard.append(message)

    def on_tabbed_content_tab_activated(self, message: Sidebar.TabActivated) -> None:
        self.heard.append(message)


async def test_moving_in_the_list_says_which_item_and_enter_chooses_it(frozen_seed):
    _, analysis = frozen_seed
    app = Host(analysis)
    async with app.run_test(size=(60, 30)) as pilot:
        sidebar = app.query_one(Sidebar)
        sidebar.tree().focus()
        await pilot.pause()
        app.heard.clear()
        await pilot.press("down")  # from the first speaker to their first quote
        await wait_until(lambda: any(isinstance(m, Sidebar.ItemHighlighted) for m in app.heard), timeout=10)
        moved = [m for m in app.heard if isinstance(m, Sidebar.ItemHighlighted)]
        assert moved and moved[-1].item.kind == "quote" and moved[-1].announce and not moved[-1].rebuilt
        assert moved[-1].group is not None and moved[-1].group.key == "speaker:e1"
        assert moved[-1].item.spans[0] in moved[-1].group.spans
        await pilot.press("enter")
        await wait_until(lambda: any(isinstance(m, Sidebar.ItemChosen) for m in app.heard), timeout=10)
        chosen = [m for m in app.heard if isinstance(m, Sidebar.ItemChosen)]
        assert len(chosen) == 1 and chosen[0].item == moved[-1].item
        assert sidebar.cursor_item() == (moved[-1].item, moved[-1].group)


async def test_a_header_opens_and_closes_and_is_never_chosen(frozen_seed):
    _, analysis = frozen_seed
    app = Host(analysis)
    async with app.run_test(size=(60, 30)) as pilot:
        sidebar = app.query_one(Sidebar)
        sidebar.open_tab("timeline")
        await pilot.pause()
        tree = sidebar.tree("timeline")
        assert sidebar.cursor_item()[0].kind == "header"
        header = tree.cursor_node
        was_open = header.is_expanded
        await pilot.press("enter")
        await pilot.pause()
        assert header.is_expanded != was_open
        assert not [m for m in app.heard if isinstance(m, Sidebar.ItemChosen)]


async def test_a_tab_switch_says_what_the_new_tab_is_on_unless_it_restores_a_place(frozen_seed):
    _, analysis = frozen_seed
    app = Host(analysis)

    def shown() -> list[Sidebar.TabShown]:
        return [m for m in app.heard if isinstance(m, Sidebar.TabShown)]

    async with app.run_test(size=(60, 30)):
        sidebar = app.query_one(Sidebar)
        await wait_until(lambda: len(shown()) == 1, timeout=10)  # the first tab, on mount
        app.heard.clear()
        sidebar.open_tab("entities")
        await wait_until(lambda: len(shown()) == 1, timeout=10)
        assert shown()[0].item is not None and shown()[0].item == sidebar.cursor_item("entities")[0]
        app.heard.clear()
        sidebar.restore_tab("quotes")  # a kept place: silent
        await wait_until(lambda: any(isinstance(m, Sidebar.TabActivated) for m in app.heard), timeout=10)
        sidebar.open_tab("timeline")  # then the reader's own switch, heard after it
        await wait_until(lambda: len(shown()) >= 1, timeout=10)
        assert sidebar.active == "timeline"
        assert len(shown()) == 1 and shown()[0].item == sidebar.cursor_item("timeline")[0]
