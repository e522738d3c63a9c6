"""What `n`/`N` step through and where the reader is: plain logic, no widget, unit-tested alone.

The reading position is the highlighted span while it is on screen, else the top line of the
pane: `n` goes to the first cycled span after it, `N` to the last one before it, wrapping.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.text import Text

Span = tuple[int, int]
Status = Text | Callable[[], Text] | None
Target = tuple[Span, Status]  # what a cycled span highlights, and the status line for it


@dataclass(frozen=True)
class ReadingPosition:
    """Where the reader is: the highlighted span if it is on screen, and the top line's offset."""

    selected: Span | None
    top: int


@dataclass
class Navigator:
    """The spans `n`/`N` cycle through (in reading order) and what each one highlights."""

    spans: list[Span] = field(default_factory=list)
    targets: dict[Span, Target] = field(default_factory=dict)

    def set(self, spans: list[Span], targets: dict[Span, Target] | None = None) -> None:
        self.spans = sorted(spans)
        self.targets = targets or {}

    def clear(self) -> None:
        self.set([])

    def __bool__(self) -> bool:
        return bool(self.spans)

    def step(self, direction: int, at: ReadingPosition) -> Span | None:
        """The next (`direction` > 0) or previous span from the reading position, wrapping."""
        spans = self.spans
        if not spans:
            return None
        starts = [s for s, _ in spans]
        if direction > 0:
            pos = at.selected[0] if at.selected is not None else at.top - 1
            return spans[bisect_right(starts, pos) % len(spans)]
        pos = at.selected[0] if at.selected is not None else at.top
        return spans[(bisect_left(starts, pos) - 1) % len(spans)]

    def target(self, span: Span) -> Target:
        """What stepping to `span` highlights (default: the span itself) and its status."""
        return self.targets.get(span, (span, None))
