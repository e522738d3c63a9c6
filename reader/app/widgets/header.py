"""The header line: the article's title (and its place among several), then the analysis state."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from reader.app.state import ArticleState
from reader.resources import shown_source


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """Counts read as English: "1 entity", "2 entities", "0 dates"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def state_text(state: ArticleState) -> Text:
    """The analysis state: progress while running, counts when done."""
    a = state.analysis
    if state.failure is not None:
        return Text("analysis failed", style="bold")
    if not state.finished:
        done, total = state.progress
        if done == 0:
            return Text("loading model…")
        return Text(f"analysing {min(99, 100 * done // max(1, total))}%")
    if a is None:
        return Text("")
    t = Text(" · ".join((counted(len(a.entities), "entity", "entities"), counted(len(a.quotes), "quote"),
                         counted(len(a.timeline), "date"))))
    if a.published:
        t.append(f" · {a.published}")
    if a.model.name == "none":
        t.append(" · no model", style="bold")
    return t


def title_text(state: ArticleState, position: int, count: int) -> Text:
    title = Text("newsreader", style="bold")
    title.append(" │ ")
    title.append(state.article.title or shown_source(state.article.source))
    if count > 1:
        title.append(f"  [{position + 1}/{count}]", style="dim")
    return title


class HeaderBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="header-title")
        yield Static(id="header-state")

    def show(self, state: ArticleState, position: int, count: int) -> None:
        """`state` is article `position` (from 0) of `count` open ones."""
        self.query_one("#header-title", Static).update(title_text(state, position, count))
        self.query_one("#header-state", Static).update(state_text(state))
