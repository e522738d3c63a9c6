"""One step of a streaming analysis, in its own light module: the service yields it on a cache
hit too, and a cache hit must not import the NLP pipeline (or spaCy behind it)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis import Analysis


@dataclass(frozen=True)
class Progress:
    """How far the analysis got and, when there is one, a snapshot of it so far."""

    done: int  # characters of prose analysed so far
    total: int
    analysis: Analysis | None
    final: bool = False

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 1.0
