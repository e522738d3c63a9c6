"""The garbage collector, set for an app that keeps what it loads.

CPython's collector walks every object it tracks: a shelf of a thousand cached analyses is
~170,000 objects, and one walk over them took 70–85 ms (a key pressed meanwhile waited that
long). What the app keeps for its lifetime — Textual's classes and CSS, the widgets, every
finished analysis, the shelf's index — is moved out of the collector's sight (`gc.freeze`)
once it has arrived, and young objects are collected less often (start-up alone allocates
hundreds of thousands that all live on).

Only when the app owns the process (the command line, a terminal): tests that start hundreds
of apps in one process leave the collector as it is.
"""

from __future__ import annotations

import gc

# Start-up (Textual's CSS, the widgets, the articles) allocates many objects that all live on:
# collecting the young ones every 700 allocations only walks them again and again.
THRESHOLDS = (50_000, 50, 100)


def settle_for_start_up() -> None:
    """Young objects collected less often, for the whole run (the command line calls this
    before it loads anything)."""
    gc.set_threshold(*THRESHOLDS)


class Heap:
    """Freezes what the app keeps, once `hold` said the app owns the process; else does nothing."""

    def __init__(self) -> None:
        self.held = False

    def hold(self) -> None:
        """Everything allocated so far is kept, and what arrives later too (see `keep`)."""
        self.held = True
        gc.freeze()

    def keep(self) -> None:
        """What exists now lives on (an analysis applied, an index built): out of the collector's walks."""
        if self.held:
            gc.freeze()

    def release(self) -> None:
        """Back to normal collection (the app has ended)."""
        if self.held:
            self.held = False
            gc.unfreeze()
