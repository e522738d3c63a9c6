"""The status line under the article: what the reader is on, or, when idle, what to try.

Idle, it says first why the analysis failed, then the analysis service's warning (no spaCy
model), else the keys to start with. Failure and warning text come from outside: plain Text.
"""

from __future__ import annotations

from rich.text import Text

IDLE_HINT = "? help · 1/2/3 tabs · enter jump · n/N next/previous · ]/[ quotes · / find · ctrl+p jump to…"


def idle_text(failure: str | None, warning: str | None) -> Text:
    """The status line when the reader is on nothing in particular."""
    if failure is not None:
        return Text(f"analysis failed: {failure}", style="bold")
    if warning:
        return Text(warning)
    return Text(IDLE_HINT, style="dim")
