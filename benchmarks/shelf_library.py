"""A shelf of 1,000 cached articles: library on screen, cross-article index ready, key latency.

Issue 12 asks: the library visible <= 1 s from process start, the cross-article speaker index
ready <= 1 s later, keys answered <= 50 ms. This script prints those figures (it never asserts
them):

1. builds a shelf of --count small distinct articles in a work directory (consecutive
   paragraphs of the PolNeAR texts, read in place from ../shared/eval: nothing is copied into
   the repository), each a .txt file with its own title;
2. fills a private cache for them (XDG_CACHE_HOME inside the work directory) with the real
   pipeline, in --jobs worker processes; kept with --work DIR, so a rerun only measures;
3. starts a fresh Python process that opens the shelf as `newsreader DIR` does (expand the
   directory, load every file, `NewsreaderApp(shelf=True)`) headless with `App.run_test`, and
   reports, counted from the moment the parent started that process: the library screen with
   every row in its table, and the Speakers tab filled from all the articles; then the time
   from a key event to its handling and the repaint, for keys in the library.

    .venv/bin/python benchmarks/shelf_library.py [--count 1000] [--work DIR] [--jobs 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
PARAGRAPHS_PER_ARTICLE = 3
TIMEOUT_S = 300.0
KEY_GAP_S = 0.1


# ------------------------------------------------------------------ the shelf
def build_shelf(folder: Path, source: Path, count: int) -> int:
    """`count` small articles from runs of paragraphs of the texts in `source` (written once)."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) >= count:
        return count
    written = 0
    texts = [json.loads(p.read_text(encoding="utf-8")).get("text") or "" for p in sorted(source.glob("*.json"))]
    chunks = []
    for n, text in enumerate(texts):
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        if len(paras) < 2:
            continue
        title, body = paras[0], paras[1:]
        for k in range(0, len(body), PARAGRAPHS_PER_ARTICLE):
            part = body[k:k + PARAGRAPHS_PER_ARTICLE]
            if sum(len(p.split()) for p in part) >= 40:
                chunks.append((n, k // PARAGRAPHS_PER_ARTICLE + 1, title, part))
    # Round-robin over the source texts, so every story contributes and the shelf mixes them.
    chunks.sort(key=lambda c: (c[1], c[0]))
    for n, part_no, title, part in chunks[:count]:
        name = folder / f"{written:04d}.txt"
        name.write_text(f"{title} (part {part_no})\n\n" + "\n\n".join(part) + "\n", encoding="utf-8")
        written += 1
    if written < count:
        raise SystemExit(f"only {written} articles could be made from {source}")
    return written


def fill_cache(folder: Path, jobs: int) -> tuple[int, float]:
    """Analyse every article of the shelf once with the real pipeline; cache hits are skipped."""
    from reader.shelf.jobs import analyze_shelf
    from reader.sources import load

    articles = [load(str(p)) for p in sorted(folder.glob("*.txt"))]
    t0 = time.perf_counter()
    done = list(analyze_shelf(articles, jobs=jobs))
    failed = [d for d in done if d.analysis is None]
    if failed:
        raise SystemExit(f"{len(failed)} articles failed: {failed[0].error}")
    return len(done), time.perf_counter() - t0


# ------------------------------------------------------------ the measured run
def _since_start() -> float:
    return time.time() - float(os.environ["SHELF_BENCH_T0"])


async def _key_latency(pilot, key: str, opens=None) -> float:
    """From the key event to the key handled, the messages its handlers posted processed, and
    the repaint; with `opens`, a screen class, first that screen shown. Keys come KEY_GAP_S apart
    (a fast typist), so one key's figure is not the last one's leftovers; work a key leaves for
    later turns of the event loop (Textual's footer recomposed after the focus moved) is not in
    it: the loop's stalls below say how long a key may wait for that."""
    app = pilot.app
    await asyncio.sleep(KEY_GAP_S)
    t0 = time.perf_counter()
    app.simulate_key(key)
    if opens is not None and await _until(lambda: isinstance(app.screen, opens), limit=5.0) is None:
        raise SystemExit(f"{key} did not open {opens.__name__} (focus: {app.focused})")
    for _ in range(2):
        await pilot._wait_for_screen()
    app.screen._on_timer_update()
    return (time.perf_counter() - t0) * 1000


class StallMeter:
    """The longest time the event loop was busy between two 1 ms sleeps: a key pressed then
    waits that long before it is even looked at."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            self.worst = max(self.worst, now - last - 0.001)
            last = now

    def take(self) -> float:
        worst, self.worst = self.worst, 0.0
        return round(worst * 1000, 1)

    def stop(self) -> None:
        self._task.cancel()


async def _until(condition, limit: float = TIMEOUT_S) -> float | None:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > limit:
            return None
        await asyncio.sleep(0.002)
    return _since_start()


async def _measure(folder: str) -> dict:
    t_import = _since_start()
    from reader.app.heap import settle_for_start_up
    from reader.cli import _loaded

    settle_for_start_up()  # as the command line does before it loads
    from reader.shelf.expand import expand_groups

    articles = [a for a in _loaded(expand_groups([folder])) if a is not None]
    t_loaded = _since_start()
    from reader.app.app import NewsreaderApp
    from reader.app.screens.library import LibraryScreen

    app = NewsreaderApp(articles, shelf=True)
    app.heap.hold()  # as `NewsreaderApp.run` does in a terminal
    n = len(articles)
    out: dict = {"articles": n, "python_up_s": round(t_import, 3), "articles_loaded_s": round(t_loaded, 3)}
    async with app.run_test(size=(120, 40)) as pilot:
        def library_rows(count: int):
            def shown() -> bool:
                screen = app.screen
                return isinstance(screen, LibraryScreen) and screen.is_mounted and screen.shown_rows >= count
            return shown

        stalls = StallMeter()
        first = await _until(library_rows(1))
        stalls.take()  # (the start-up itself is in the times above)
        out["library_first_rows_s"] = round(first, 3) if first is not None else None
        visible = await _until(library_rows(n))
        out["library_visible_s"] = round(visible, 3) if visible is not None else None
        cached = await _until(lambda: all(s.finished for s in app.states))
        out["all_cache_hits_applied_s"] = round(cached, 3) if cached is not None else None
        library = app.library
        indexed = await _until(lambda: library is not None and library.indexed_articles == n)
        out["index_ready_s"] = round(indexed, 3) if indexed is not None else None
        out["loop_stall_ms_while_loading"] = stalls.take()
        if indexed is None:
            app.exit()
            return out
        latencies: dict[str, list[float]] = {}
        keys = ["down"] * 10 + ["up"] * 5 + ["s", "s"] + ["end", "home"]
        for key in keys:
            latencies.setdefault(key, []).append(await _key_latency(pilot, key))
        for key in ("f", "o", "x", "backspace", "backspace", "backspace"):  # the filter, typed
            latencies.setdefault("filter", []).append(await _key_latency(pilot, key))
        latencies["tab"] = [await _key_latency(pilot, "tab")]
        for key in ("right", "down", "down", "down"):  # to Speakers, into its list, down it
            latencies.setdefault("speakers", []).append(await _key_latency(pilot, key))
        latencies["enter (to the quotes)"] = [await _key_latency(pilot, "enter")]
        from reader.app.screens.reader import ReaderScreen

        for _ in range(3):  # open the article at the quote, back to the library
            latencies.setdefault("enter (open the article)", []).append(
                await _key_latency(pilot, "enter", opens=ReaderScreen))
            latencies.setdefault("escape (the mark off)", []).append(await _key_latency(pilot, "escape"))
            latencies.setdefault("escape (library)", []).append(await _key_latency(pilot, "escape", opens=LibraryScreen))
            latencies["speakers"].append(await _key_latency(pilot, "down"))
        out["loop_stall_ms_during_keys"] = stalls.take()
        stalls.stop()
        app.exit()
    app.heap.release()
    flat = [v for vs in latencies.values() for v in vs]
    out["key_ms_median"] = round(statistics.median(flat), 1)
    out["key_ms_max"] = round(max(flat), 1)
    out["key_ms_by_key"] = {k: round(max(v), 1) for k, v in latencies.items()}
    out["key_ms_all"] = {k: [round(x, 1) for x in v] for k, v in latencies.items()}
    return out


def child(folder: str) -> None:
    print(json.dumps(asyncio.run(_measure(folder))), flush=True)


def run_child(folder: Path, env: dict[str, str]) -> dict:
    env = {**env, "SHELF_BENCH_T0": repr(time.time())}
    proc = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env, capture_output=True,
                          text=True, timeout=TIMEOUT_S * 3)
    if proc.returncode != 0:
        raise SystemExit(f"the measured run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=str(POLNEAR), help="folder of PolNeAR-style .json files with a 'text'")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--work", help="keep the shelf and its cache here (reused by the next run)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes to fill the cache")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    tmp = None if args.work else tempfile.TemporaryDirectory(prefix="shelf-bench-")
    work = Path(args.work or tmp.name)
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "XDG_STATE_HOME": str(work / "state")}
    os.environ.update(env)
    folder = work / "shelf"
    try:
        build_shelf(folder, Path(args.dir), args.count)
        analysed, fill_s = fill_cache(folder, args.jobs)
        print(f"shelf: {analysed} articles in {folder}; cache filled in {fill_s:.1f} s")
        runs = [run_child(folder, env) for _ in range(args.runs)]
        for r in runs:
            print(json.dumps(r))
        best = {k: statistics.median(r[k] for r in runs if r.get(k) is not None) for k in
                ("articles_loaded_s", "library_visible_s", "index_ready_s", "key_ms_max",
                 "loop_stall_ms_while_loading", "loop_stall_ms_during_keys")
                if any(r.get(k) is not None for r in runs)}
        print(f"median of {len(runs)} runs: articles loaded {best.get('articles_loaded_s')} s, "
              f"library visible {best.get('library_visible_s')} s, index ready {best.get('index_ready_s')} s "
              f"from process start; slowest key {best.get('key_ms_max')} ms; longest event-loop stall "
              f"{best.get('loop_stall_ms_while_loading')} ms while loading, "
              f"{best.get('loop_stall_ms_during_keys')} ms during the keys")
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
