"""Helpers for driving the real app headless (imported by tests/app's conftest and tests)."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from rich.console import Console

from reader.analysis import Analysis
from reader.app.widgets.sidebar.tree import Item
from reader.article import Article, Block

FROZEN = Path(__file__).parent / "data" / "seed_frozen.json"
SIZE = (110, 32)


def load_frozen() -> tuple[Article, Analysis]:
    doc = json.loads(FROZEN.read_text(encoding="utf-8"))
    a = doc["article"]
    article = Article(
        source=a["source"],
        text=a["text"],
        blocks=tuple(Block(**b) for b in a["blocks"]),
        title=a["title"],
        byline=a["byline"],
        published=a["published"],
    )
    return article, Analysis.from_dict(doc["analysis"])


class FrozenService:
    """Answers like AnalysisService on a cache hit: one final step with the stored analysis."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.warning: str | None = None

    def stream(self, article: Article, published: str | None = None) -> Iterator[object]:
        from reader.nlp.progress import Progress

        yield Progress(1, 1, self.analysis, final=True)


class GatedService:
    """The real service, held back until the test opens the gate: shows the app before the
    analysis arrives."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.gate = threading.Event()
        self.warning: str | None = None

    def stream(self, article: Article, published: str | None = None) -> Iterator[object]:
        self.gate.wait(60)
        yield from self.inner.stream(article, published)  # type: ignore[attr-defined]


async def wait_until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Poll app state (not pilot.pause(), which waits for the worker too)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await asyncio.sleep(0.02)


def ready(app) -> bool:
    """The reader screen is mounted (its widgets can be asked)."""
    return hasattr(getattr(app, "reader", None), "view")


def tab_items(app, tab: str) -> Iterator[Item]:
    """Every item of a sidebar tab, in tree order (the tab filled first if it waits)."""
    sidebar = app.reader.sidebar
    sidebar.ensure_filled(tab)
    stack = list(sidebar.tree(tab).root.children)
    while stack:
        node = stack.pop(0)
        if isinstance(node.data, Item):
            yield node.data
        stack[0:0] = list(node.children)


async def analysed(app) -> None:
    await wait_until(lambda: app.is_running and ready(app) and not app.analysing)
    await asyncio.sleep(0.05)  # let the UI thread apply the last step


def screen_text(app) -> str:
    """The article pane's visible lines as plain text, whitespace collapsed (wrapping undone)."""
    view = app.reader.view
    return " ".join(" ".join(view.render_line(y).text for y in range(view.size.height)).split())


def plain(renderable: object, width: int = 100) -> str:
    """A Rich renderable as plain text."""
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()
