"""One open article's state: its analysis as it streams in, and where the reader was in it.

The app keeps one `ArticleState` per source, like an editor's buffers; the reader screen shows
one at a time and writes the reader's place back when another article is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis import Analysis
from reader.app.widgets.article.navigation import Navigator, Span
from reader.article import Article


@dataclass(eq=False)
class ArticleState:
    article: Article
    published: str | None  # the date relative dates resolve against (the reader may change it)
    analysis: Analysis | None = None
    progress: tuple[int, int] = (0, 1)  # (done, total) of the running analysis
    started: bool = False  # a step has come: the analysis is running (or done)
    finished: bool = False  # analysed, or failed
    failure: str | None = None  # why the analysis failed, in one line
    # Where the reader was, restored when the article is shown again.
    top: int = 0  # character offset of the first line on screen
    tab: str | None = None  # the sidebar tab shown
    cursors: dict[str, str | None] = field(default_factory=dict)  # each tab's cursor item key
    selected: Span | None = None  # the highlighted span
    marks: list[Span] = field(default_factory=list)  # the lit mentions or find matches
    navigator: Navigator = field(default_factory=Navigator)  # what n/N step through
    placed: bool = False  # the reader has been here: the fields above say where

    def advance(self, done: int, total: int, analysis: Analysis | None, final: bool) -> None:
        """A step of the analysis arrived."""
        self.started = True
        self.progress = (done, total)
        if analysis is not None:
            self.analysis = analysis
        if final:
            self.finished = True

    def fail(self, message: str) -> None:
        self.failure = message
        self.finished = True
