"""UI figures for the benchmark: key latency during the analysis, resize time, at 100k words.

Not a test (timings are printed, never asserted). Drives the real app headless with the real
service (no cache) on a given article; prints one JSON line.

    .venv/bin/python benchmarks/ui_latency.py            # the 100k-word book from benchmarks/corpus.py
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))] if values else float("nan")


async def measure(article, keys: int = 60) -> dict:
    from reader.app.app import NewsreaderApp
    from reader.service import AnalysisService

    app = NewsreaderApp([article], service_factory=lambda: AnalysisService(use_cache=False))
    latencies: list[float] = []
    resizes: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        while not hasattr(getattr(app, "reader", None), "view") or app.reader.view.layout_info is None:
            await asyncio.sleep(0.001)
        # Wait until spaCy is really running (a first batch done), then press keys.
        while app.states[0].progress[0] == 0 and app.analysing:
            await asyncio.sleep(0.01)
        view = app.reader.view
        for i in range(keys):
            if not app.analysing:
                break
            before = view.scroll_offset.y
            start = time.perf_counter()
            app.simulate_key("j" if i % 2 == 0 else "k")
            while view.scroll_offset.y == before and time.perf_counter() - start < 2:
                await asyncio.sleep(0.0005)
            latencies.append((time.perf_counter() - start) * 1000)
            await asyncio.sleep(0.03)
        during = len(latencies)
        while app.analysing:
            await asyncio.sleep(0.1)
        for size in ((100, 40), (140, 45), (80, 30), (120, 40)):
            width_before = view.layout_info.width
            start = time.perf_counter()
            await pilot.resize_terminal(*size)
            while view.layout_info.width == width_before and time.perf_counter() - start < 5:
                await asyncio.sleep(0.0005)
            for y in range(view.size.height):  # and the visible lines rendered
                view.render_line(y)
            resizes.append((time.perf_counter() - start) * 1000)
        # The view's own share of a resize: re-wrap every paragraph and render the visible lines.
        from reader.app.widgets.article.layout import Layout

        spans = [(b.start, b.end) for b in view._blocks]
        rewraps = []
        for width in (70, 90, 110, 60, 100):
            start = time.perf_counter()
            layout = Layout.build(spans, view._text, width)
            view._layout, view._global_version = layout, view._global_version + 1
            for y in range(view.size.height):
                view.render_line(y)
            rewraps.append((time.perf_counter() - start) * 1000)
        app.exit()
    return {
        "view_rewrap_render_ms_100k": round(statistics.median(rewraps), 1),
        "words": article.word_count,
        "keys_during_analysis": during,
        "key_latency_ms_p95": round(_p95(latencies), 1),
        "key_latency_ms_median": round(statistics.median(latencies), 1) if latencies else None,
        "resize_ms_100k": round(statistics.median(resizes), 1),
        "resize_ms_max": round(max(resizes), 1),
    }


def main() -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1:
        from reader.sources import load

        article = load(sys.argv[1])
    else:
        import corpus  # benchmarks/corpus.py: the seed's paragraphs repeated to 100k words

        article = corpus.book()
    print(json.dumps(asyncio.run(measure(article))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
