"""How long the overview takes once an analysis exists: voices, timeline strip, presence, and the
Rich summary drawn to a string — on the seed and on the 100k-word book (issue 13 allows 0.1 s).

The book is analysed once with the real model (about a minute on 2 cores); the figures are the
best of --repeat runs of the overview alone.

    .venv/bin/python benchmarks/overview.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import book, seed  # noqa: E402
from rich.console import Console  # noqa: E402

from reader.export.summary import print_summary  # noqa: E402
from reader.nlp.model import load_model  # noqa: E402
from reader.nlp.pipeline import analyze  # noqa: E402
from reader.overview import presence, strip, voices  # noqa: E402


def _overview(a) -> None:
    voices(a)
    strip(a)
    for e in a.entities:
        presence(a, e.id)
    print_summary(a, Console(file=io.StringIO(), width=80, force_terminal=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    model = load_model()
    for name, article in (("seed", seed()), ("100k-word book", book())):
        t0 = time.perf_counter()
        a = analyze(article, model.nlp, model.info)
        analysed = time.perf_counter() - t0
        best = min(_timed(a) for _ in range(args.repeat))
        print(f"{name:>15}: {len(article.text.split()):>7} words, {len(a.quotes):>5} quotes, "
              f"{len(a.entities):>4} entities; analysis {analysed:6.2f} s; overview {best * 1000:7.1f} ms")


def _timed(a) -> float:
    t0 = time.perf_counter()
    _overview(a)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
