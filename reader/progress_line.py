"""A one-line progress report on stderr for long exports, shown only on a terminal.

A pipe or a log file gets nothing (no carriage returns in a log); a terminal sees
"newsreader: analysing NAME … 42%" once the analysis has run for a moment, rewritten in place
and erased when it ends, so stdout stays the export alone.
"""

from __future__ import annotations

import time
from typing import TextIO

from reader.sources.sanitize import sanitize_name

SHOW_AFTER_S = 1.0  # a short export stays silent
EVERY_S = 0.25  # least time between two updates


class ProgressLine:
    def __init__(self, stream: TextIO, name: str, show_after: float | None = None) -> None:
        self._stream = stream
        self._name = sanitize_name(name)[-60:]
        self._on = _is_terminal(stream)
        self._start = time.monotonic()
        self._show_after = SHOW_AFTER_S if show_after is None else show_after
        self._last = 0.0
        self._shown = False

    def update(self, fraction: float) -> None:
        if not self._on:
            return
        now = time.monotonic()
        if now - self._start < self._show_after or now - self._last < EVERY_S:
            return
        self._last = now
        self._shown = True
        self._write(f"\rnewsreader: analysing {self._name} … {fraction:4.0%}\x1b[K")

    def close(self) -> None:
        if self._shown:
            self._write("\r\x1b[K")
            self._shown = False

    def _write(self, s: str) -> None:
        try:
            self._stream.write(s)
            self._stream.flush()
        except (OSError, ValueError):
            self._on = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
