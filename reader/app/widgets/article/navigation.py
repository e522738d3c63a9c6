"""What `n`/`N` step through and where the reader is: plain logic, no widget, unit-tested alone.

The reading position is the highlighted span while it is on screen, else the top line of the
pane: `n` goes to the first cycled span after it, `N` to the last one before it, wrapping. When
the highlight is what the last step put there (a date lights its whole sentence), the position
is that step's own span, so two dates in one sentence are both visited, in order.
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
    current: Span | None = None  # the span last stepped or jumped to
    # Told the spans on every change (the screen's gutter marks them beside the article).
    listener: Callable[[list[Span]], None] | None = field(default=None, repr=False, compare=False)

    def set(self, spans: list[Span], targets: dict[Span, Target] | None = None) -> None:
        self.spans = sorted(spans)
        self.targets = targets or {}
        if self.listener is not None:
            self.listener(self.spans)
        if self.current not in self.targets and self.current not in set(self.spans):
            self.current = None

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
        anchor = self._anchor(at)
        if direction > 0:
            pos = anchor[0] if anchor is not None else at.top - 1
            self.current = spans[bisect_right(starts, pos) % len(spans)]
        else:
            pos = anchor[0] if anchor is not None else at.top
            self.current = spans[(bisect_left(starts, pos) - 1) % len(spans)]
        return self.current

    def _anchor(self, at: ReadingPosition) -> Span | None:
        """The span the reader is at: the last step's own span while its highlight is shown."""
        if at.selected is None:
            return None
        if self.current is not None and self.target(self.current)[0] == at.selected:
            return self.current
        return at.selected

    def target(self, span: Span) -> Target:
        """What stepping to `span` highlights (default: the span itself) and its status."""
        return self.targets.get(span, (span, None))
