"""The sidebar: tabs Entities · Quotes · Timeline, each a tree of ways into the article.

The sidebar handles its own trees' and tabs' events and posts what they mean for the article
as messages (`ItemHighlighted`, `ItemChosen`, `TabShown`), which the reader screen handles; it
never reaches into the article itself. A tab is filled from the analysis only when it changed (a streaming snapshot that changed
nothing in a tab leaves its tree and cursor alone) and, while hidden, only once it is shown or
the analysis is complete: the first frame and each streaming step pay for the visible tab only.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane, Tabs, Tree
from textual.widgets.tree import TreeNode

from reader.analysis import Analysis
from reader.app.widgets.sidebar import entities, quotes, timeline
from reader.app.widgets.sidebar.tree import Item, ReaderTree

TABS = ("entities", "quotes", "timeline")
# Below this many columns the sidebar hides by itself so the article gets the width (`s` shows it).
NARROW_COLUMNS = 90


class Sidebar(TabbedContent):
    """The three tabs; number keys and the reader screen switch between them."""

    class ItemHighlighted(Message):
        """The active list's cursor came to `item` (under the header `group`): by the reader's
        move, or put back by a refill (`rebuilt`); `announce` it in the status line."""

        def __init__(self, item: Item, group: Item | None, rebuilt: bool, announce: bool) -> None:
            super().__init__()
            self.item, self.group, self.rebuilt, self.announce = item, group, rebuilt, announce

    class ItemChosen(Message):
        """`enter` on a row that stands for something in the article: jump there."""

        def __init__(self, item: Item, group: Item | None) -> None:
            super().__init__()
            self.item, self.group = item, group

    class TabShown(Message):
        """The reader switched tabs; the new tab's cursor is on `item` (None: on nothing)."""

        def __init__(self, item: Item | None, group: Item | None) -> None:
            super().__init__()
            self.item, self.group = item, group

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(initial="quotes", id=id)
        self._signatures: dict[str, object] = {}
        self._stale: dict[str, tuple[Callable[[], None], object]] = {}
        self._stale_scheduled = False
        self._narrow: bool | None = None
        self._choice: bool | None = None  # the reader's `s`, until the width crosses NARROW_COLUMNS
        self._restoring: str | None = None  # a tab switch that restores a kept place

    @staticmethod
    def panes() -> list[TabPane]:
        """The tab panes, composed as the Sidebar's children (TabbedContent builds its tab
        strip from them)."""
        return [
            TabPane(title, ReaderTree(id=f"{tab}-tree"), id=tab)
            for tab, title in zip(TABS, ("Entities", "Quotes", "Timeline"))
        ]

    def on_mount(self) -> None:
        # tab/shift+tab move between the article and the active list, not the tab strip.
        for tabs in self.query(Tabs):
            tabs.can_focus = False

    # ----------------------------------------------------------------- events
    @on(Tree.NodeHighlighted)
    def _node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        tree = event.control
        if not isinstance(tree, ReaderTree):
            return
        rebuilt = tree.take_rebuilt(event.node)
        item = event.node.data
        if tree.id != f"{self.active}-tree" or not isinstance(item, Item):
            return
        self.post_message(self.ItemHighlighted(item, _group(event.node), rebuilt, tree.has_focus and not rebuilt))

    @on(Tree.NodeSelected)
    def _node_selected(self, event: Tree.NodeSelected) -> None:
        """`enter` on a row: a header opens or closes its group (space does that on any row);
        any other row is chosen."""
        node, item = event.node, event.node.data
        if not isinstance(item, Item):
            return
        if item.kind == "header":
            if node.allow_expand:
                node.toggle()
            return
        self.post_message(self.ItemChosen(item, _group(node)))

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.tabbed_content is not self:
            return
        self.ensure_filled(self.active)
        if self._restoring == self.active:
            self._restoring = None
            return
        node = self.tree().cursor_node
        item = node.data if node is not None and isinstance(node.data, Item) else None
        self.post_message(self.TabShown(item, _group(node) if node is not None else None))

    def restore_tab(self, tab: str) -> None:
        """Show `tab` as a kept place: what its cursor is on does not replace the kept marks."""
        if tab != self.active:
            self._restoring = tab
            self.active = tab

    def cursor_item(self, tab: str | None = None) -> tuple[Item, Item | None] | None:
        """The item under a tab's cursor (default: the active tab's) and its group's header."""
        node = self.tree(tab).cursor_node
        if node is None or not isinstance(node.data, Item):
            return None
        return node.data, _group(node)

    # --------------------------------------------------------------- narrow
    def choose(self, shown: bool, width: int, fallback: Widget) -> None:
        """The reader showed or hid the sidebar (in a terminal `width` columns wide)."""
        self._choice = shown
        self.fit(width, fallback)

    def fit(self, width: int, fallback: Widget) -> None:
        """Show or hide the sidebar for a terminal `width` columns wide (see `fits`); focus
        never stays in it hidden: it goes to `fallback` (the article)."""
        shown = self.fits(width)
        focused = self.screen.focused
        if not shown and focused is not None and self in focused.ancestors_with_self:
            fallback.focus()
        self.display = shown

    def fits(self, width: int) -> bool:
        """Whether to show the sidebar in a terminal `width` columns wide: not below
        NARROW_COLUMNS unless the reader asked; crossing the threshold forgets that choice, so
        widening the terminal brings the sidebar back."""
        narrow = width < NARROW_COLUMNS
        if narrow != self._narrow:
            self._narrow, self._choice = narrow, None
        return not narrow if self._choice is None else self._choice

    def follow(self, a: Analysis | None, span: tuple[int, int]) -> None:
        """After n/N the list's cursor is on the quote or date now highlighted, as after ]/[."""
        tab = self.active
        if a is None or tab not in ("quotes", "timeline"):
            return
        items = a.quotes if tab == "quotes" else a.timeline
        key = next((x.id for x in items if (x.start, x.end) == span), None)
        tree = self.tree(tab)
        if key is not None and key != tree.cursor_key():
            tree.select_key(key)

    def open_tab(self, tab: str) -> None:
        """Show `tab` (filled first if it waits) with its list focused."""
        self.ensure_filled(tab)
        self.active = tab
        self.tree(tab).focus()

    def cursors(self) -> dict[str, str | None]:
        """Each tab's cursor item key (a place to come back to)."""
        return {tab: self.tree(tab).cursor_key() for tab in TABS}

    def tree(self, tab: str | None = None) -> ReaderTree:
        return self.query_one(f"#{tab or self.active}-tree", ReaderTree)

    # ----------------------------------------------------------------- filling
    def reset(self, cursors: dict[str, str | None] | None = None) -> None:
        """Another article: every tab is refilled on the next `show`, its cursor on the item
        `cursors` names for it (where the reader left that article), if any."""
        self._signatures = {}
        self._stale = {}
        for tab in TABS:
            self.tree(tab).want((cursors or {}).get(tab))

    def show(self, a: Analysis | None, published: str | None, complete: bool, failure: str | None = None) -> None:
        """Fill the tabs from `a` (None: "analysing…", or the `failure` when the analysis
        failed); `complete` once no step follows."""
        if a is None and failure is not None:
            self.reset()
            line = Text(f"analysis failed: {' '.join(failure.split())}", style="bold")
            for tab in TABS:
                self.tree(tab).start_fill(False, line)
            return
        fills = {
            "entities": (
                lambda: entities.fill(self.tree("entities"), a),
                None if a is None else [(e.id, e.name, e.label, e.role, len(e.mentions)) for e in a.entities],
            ),
            "quotes": (
                lambda: quotes.fill(self.tree("quotes"), a),
                None if a is None else [(q.id, q.start, q.speaker, q.speaker_name) for q in a.quotes],
            ),
            "timeline": (
                lambda: timeline.fill(self.tree("timeline"), a, published),
                None if a is None else (published, [(t.id, t.date, t.event) for t in a.timeline]),
            ),
        }
        active = self.active
        for tab, (fill, signature) in fills.items():
            if signature is not None and self._signatures.get(tab) == signature:
                self._stale.pop(tab, None)
            elif signature is None or tab == active:
                self._stale.pop(tab, None)
                fill()
                self._signatures[tab] = signature
            else:
                self._stale[tab] = (fill, signature)
        if self._stale and complete and not self._stale_scheduled:
            self._stale_scheduled = True
            self.call_after_refresh(self._fill_stale)

    def refill_timeline(self, a: Analysis, published: str | None) -> None:
        """The timeline was re-resolved against another publication date."""
        self._stale.pop("timeline", None)
        timeline.fill(self.tree("timeline"), a, published)
        self._signatures.pop("timeline", None)

    def ensure_filled(self, tab: str) -> None:
        pending = self._stale.pop(tab, None)
        if pending is not None:
            fill, signature = pending
            fill()
            self._signatures[tab] = signature

    def _fill_stale(self) -> None:
        self._stale_scheduled = False
        for tab in list(self._stale):
            self.ensure_filled(tab)


def _group(node: TreeNode[Item]) -> Item | None:
    """The header item a row sits under (None at the top level)."""
    parent = node.parent.data if node.parent is not None else None
    return parent if isinstance(parent, Item) else None
