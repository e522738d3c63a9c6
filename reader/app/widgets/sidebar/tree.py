"""A sidebar list: a keyboard-first tree of ways into the text.

Every tree node carries an `Item`: what it stands for and the spans of the article it points
at, so the app can jump, highlight and cycle without knowing which tab it came from.
Labels are `rich.text.Text`, never markup: names and quotes come from the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

# A group with more children than this starts collapsed and gets its children when opened:
# building thousands of tree nodes would freeze the UI on a book-length text.
EXPAND_LIMIT = 150


def fit_label(label: Text, width: int) -> Text:
    """A row wider than `width` cells ends in "…" after its last whole word that fits (cut
    mid-word only when that word alone is most of the row)."""
    if width <= 0 or label.cell_len <= width:
        return label
    room = max(0, width - 1)
    cut = label.copy()
    cut.truncate(room)
    kept, full = cut.plain, label.plain
    if kept and len(kept) < len(full) and not full[len(kept)].isspace():
        space = kept.rfind(" ")
        if space > room // 2:
            cut.right_crop(len(kept) - space)
    cut.rstrip()
    cut.append("…")
    return cut


@dataclass(frozen=True)
class Item:
    """What a tree node stands for."""

    kind: str  # "entity" | "speaker" | "quote" | "entry" | "header"
    key: str  # stable across rebuilds: entity id, quote id, "speaker:<id>", "year:2022" …
    spans: tuple[tuple[int, int], ...] = ()  # article spans, in reading order
    target: tuple[int, int] | None = None  # what `enter` highlights (defaults to spans[0])
    status: Text | Callable[[], Text] | None = None  # for the status line; a callable is built on demand

    def covers(self, span: tuple[int, int]) -> bool:
        """Whether `span` is one of the item's spans or what it highlights."""
        return span in self.spans or span == self.target

    def status_text(self) -> Text:
        status = self.status() if callable(self.status) else self.status
        return status if isinstance(status, Text) else Text()


class ReaderTree(Tree[Item]):
    """A Tree with j/k and rebuilds that keep the cursor on the same item."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="tree.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="tree.up"),
    ]

    def __init__(self, *, id: str) -> None:
        super().__init__(Text(""), id=id)
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False  # enter jumps; space expands or collapses
        self._pending: dict[int, Sequence[tuple[Text, Item]]] = {}
        self._wanted: str | None = None  # the item the next fill puts the cursor on
        self._rebuilt: TreeNode[Item] | None = None  # where a refill put the cursor

    def want(self, key: str | None) -> None:
        """Put the cursor on `key` after the next fill (another article's saved place)."""
        self._wanted = key

    def take_rebuilt(self, node: TreeNode[Item]) -> bool:
        """Whether the cursor came to `node` by a refill rather than by the reader."""
        rebuilt, self._rebuilt = self._rebuilt, None
        return rebuilt is node

    def render_label(self, node: TreeNode[Item], base_style: Style, style: Style) -> Text:
        """Textual's label, cut to the row's width with an ellipsis instead of mid-word."""
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        return fit_label(label, self.scrollable_content_region.width - depth * self.guide_depth)

    def on_resize(self) -> None:
        """The cursor's row stays on screen when the list gets shorter or narrower."""
        if self.cursor_line >= 0:
            self.call_after_refresh(self.scroll_to_line, self.cursor_line, False)

    def clear(self) -> "ReaderTree":
        self._pending = {}
        return super().clear()

    def start_fill(self, ready: bool, placeholder: Text | None = None) -> str | None:
        """Empty the tree for a refill and return the cursor's key to restore afterwards; until
        the analysis is `ready` the tree shows a placeholder ("analysing…") instead."""
        key = self._wanted if self._wanted is not None else self.cursor_key()
        self._wanted = None
        self.clear()
        if not ready:
            self.root.add_leaf(placeholder or Text("analysing…", style="dim"), Item("header", "pending"))
        return key

    def add_group(
        self, label: Text, item: Item, children: Sequence[tuple[Text, Item]], expand: bool = True
    ) -> TreeNode[Item]:
        """A header with leaves; large groups start collapsed and are filled when opened."""
        expand = expand and len(children) <= EXPAND_LIMIT
        node = self.root.add(label, item, expand=expand, allow_expand=bool(children))
        if expand or len(children) <= EXPAND_LIMIT:
            for child_label, child in children:
                node.add_leaf(child_label, child)
        else:
            self._pending[node.id] = children
        return node

    def _materialize(self, node: TreeNode[Item]) -> None:
        children = self._pending.pop(node.id, None)
        if children:
            for child_label, child in children:
                node.add_leaf(child_label, child)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        self._materialize(event.node)

    def cursor_key(self) -> str | None:
        node = self.cursor_node
        return node.data.key if node is not None and node.data is not None else None

    def find_line(self, key: str) -> int | None:
        for line in range(self.last_line + 1):
            node = self.get_node_at_line(line)
            if node is not None and node.data is not None and node.data.key == key:
                return line
        return None

    def restore_cursor(self, key: str | None) -> None:
        line = self.find_line(key) if key is not None else None
        if line is None:
            line = 0
        if self.last_line >= 0:
            self._rebuilt = self.get_node_at_line(line)
            self.move_cursor_to_line(line)

    def select_key(self, key: str) -> bool:
        """Move the cursor to the item with `key`, expanding its parent; False if absent."""
        for node in list(self.root.children):
            if any(item.key == key for _, item in self._pending.get(node.id, ())):
                self._materialize(node)
        for node in _walk(self.root):
            if node.data is not None and node.data.key == key:
                if node.parent is not None:
                    node.parent.expand()
                line = self.find_line(key)
                if line is not None:
                    self.move_cursor_to_line(line)
                    return True
        return False


def _walk(node: TreeNode[Item]):
    for child in node.children:
        yield child
        yield from _walk(child)
