"""`make bench`: how fast newsreader is, as figures (never pass/fail).

Prints a table, then as the last line one JSON object with first_paint_s, analysis_ratio_seed,
analysis_ratio_100k, peak_rss_mb_100k, key_latency_ms_p95, cached_open_s, resize_ms_100k.

Each figure is measured in a fresh child process (this script re-runs itself with `--job`), so
imports, model loading and peak memory are those of a real run. Analysis ratios divide the CPU
time of our whole streamed analysis (collectors, snapshots and the final document-level build)
by the CPU time of raw `nlp.pipe` with the model's full default pipeline over the same
paragraph texts, in the same kind of process; CPU time rather than wall time because the
benchmark machine is shared (wall times are in the table too). The 100k-word text is described
in benchmarks/corpus.py. The cache lives in a temporary XDG_CACHE_HOME, never the user's.

first_paint_s and cached_open_s are for the seed, in a real terminal (tmux, see ui.py), best of
five runs (the table also gives the median and the 100k-word figures); key_latency_ms_p95 and
resize_ms_100k drive the app headless. `--ui` measures only the app's figures (and the cached
export), leaving the analysis figures null. reader/ is byte-compiled first, as an installed
package is. Wall-clock figures on a shared machine only get worse
with load: the table's first line gives the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


# ---------------------------------------------------------------- jobs (run in a child process)

def job_seed_ratio() -> dict:
    """Seed article: raw nlp.pipe (full pipeline) vs our analysis, alternated, best of N."""
    import spacy

    import corpus
    from reader.nlp.model import find_model, load_model
    from reader.nlp.pipeline import analyze, prose_blocks

    article = corpus.seed()
    texts = [article.text[b.start : b.end] for b in prose_blocks(article)]
    full = spacy.load(find_model())
    ours = load_model()
    for _ in range(2):  # warm both
        list(full.pipe(texts))
        analyze(article, ours.nlp, ours.info)
    raw_cpu, raw_wall, our_cpu, our_wall, same_cpu = [], [], [], [], []
    for _ in range(7):
        w, c = _clocks()
        for _doc in full.pipe(texts):
            pass
        w2, c2 = _clocks()
        raw_wall.append(w2 - w), raw_cpu.append(c2 - c)
        analyze(article, ours.nlp, ours.info)
        w3, c3 = _clocks()
        our_wall.append(w3 - w2), our_cpu.append(c3 - c2)
        for _doc in ours.nlp.pipe(texts):
            pass
        same_cpu.append(time.process_time() - c3)
    return {"words": article.word_count, "raw_cpu": min(raw_cpu), "raw_wall": min(raw_wall),
            "ours_cpu": min(our_cpu), "ours_wall": min(our_wall), "same_components_cpu": min(same_cpu)}


def job_raw_100k() -> dict:
    """100k words: raw nlp.pipe with the full default pipeline over the paragraphs."""
    import spacy

    import corpus
    from reader.nlp.model import find_model
    from reader.nlp.pipeline import prose_blocks

    article = corpus.book()
    texts = [article.text[b.start : b.end] for b in prose_blocks(article)]
    nlp = spacy.load(find_model())
    list(nlp.pipe(texts[:20]))  # warm
    w, c = _clocks()
    for _doc in nlp.pipe(texts):
        pass
    w2, c2 = _clocks()
    return {"words": article.word_count, "paragraphs": len(texts), "cpu": c2 - c, "wall": w2 - w, "peak_rss_mb": _rss_mb()}


def job_ours_100k() -> dict:
    """100k words through AnalysisService.stream, as the app runs it (no cache)."""
    import corpus
    from reader.nlp.pipeline import prose_blocks
    from reader.service import AnalysisService

    article = corpus.book()
    service = AnalysisService(use_cache=False)
    w, c = _clocks()
    loaded = service.model()
    load_s = time.perf_counter() - w
    from reader.nlp.pipeline import analyze

    analyze(corpus.seed(), loaded.nlp, loaded.info)  # warm, like the raw job
    steps = snapshots = 0
    first_snapshot = None
    gaps: list[float] = []
    w, c = _clocks()
    last = w
    for p in service.stream(article):
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        steps += 1
        if p.analysis is not None and not p.final:
            snapshots += 1
            first_snapshot = first_snapshot or now - w
        final = p.analysis
    w2, c2 = _clocks()
    return {"words": article.word_count, "paragraphs": len(prose_blocks(article)), "cpu": c2 - c, "wall": w2 - w,
            "peak_rss_mb": _rss_mb(), "model_load_s": load_s, "steps": steps, "snapshots": snapshots,
            "first_snapshot_s": first_snapshot, "max_gap_s": max(gaps), "final_gap_s": gaps[-1],
            "entities": len(final.entities), "quotes": len(final.quotes), "timeline": len(final.timeline)}


def job_key_latency() -> dict:
    import ui

    return ui.key_latency(os.environ["NEWSREADER_BENCH_BOOK"])


def job_key_latency_idle() -> dict:
    import ui

    return ui.key_latency(os.environ["NEWSREADER_BENCH_BOOK"], idle=True)


def job_resize() -> dict:
    import ui

    return ui.resize(os.environ["NEWSREADER_BENCH_BOOK"])


JOBS = {"seed_ratio": job_seed_ratio, "raw_100k": job_raw_100k, "ours_100k": job_ours_100k,
        "key_latency": job_key_latency, "key_latency_idle": job_key_latency_idle, "resize": job_resize}


def app_available() -> bool:
    try:
        import importlib.util

        return importlib.util.find_spec("reader.app.app") is not None
    except ImportError:
        return False


# ---------------------------------------------------------------- the driver

def child(job: str, env: dict, timeout: float = 900) -> dict:
    p = subprocess.run([sys.executable, str(Path(__file__)), "--job", job], capture_output=True, text=True,
                       env=env, timeout=timeout, cwd=ROOT)
    if p.returncode != 0:
        raise RuntimeError(f"benchmark job {job} failed:\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def timed_cli(env: dict, *args: str, runs: int = 5) -> tuple[float, str]:
    """Median wall time of `python -m reader ARGS` from process start to exit, and its stderr
    under -X importtime (to tell which modules a run imported)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, env=env, timeout=300, cwd=ROOT)
        times.append(time.perf_counter() - t)
        if p.returncode != 0:
            raise RuntimeError(p.stderr.decode()[-2000:])
    trace = subprocess.run([sys.executable, "-X", "importtime", "-m", "reader", *args], capture_output=True,
                           env=env, timeout=300, cwd=ROOT).stderr.decode()
    return statistics.median(times), trace


def imported_spacy(trace: str) -> bool:
    return any(line.rsplit("|", 1)[-1].strip().split(".")[0] == "spacy" for line in trace.splitlines() if "|" in line)


def analysis_figures(env: dict, figures: dict, row) -> None:
    """Analysis ratios and memory (seed and 100k words), each job in a fresh child process."""
    s = child("seed_ratio", env)
    figures["analysis_ratio_seed"] = s["ours_cpu"] / s["raw_cpu"]
    row("seed: words", str(s["words"]))
    row("seed: raw nlp.pipe (full) cpu s", f"{s['raw_cpu']:.3f}", f"wall {s['raw_wall']:.3f}; best of 7")
    row("seed: our analysis cpu s", f"{s['ours_cpu']:.3f}", f"wall {s['ours_wall']:.3f}")
    row("seed: nlp.pipe, our components", f"{s['same_components_cpu']:.3f}", "lemmatizer excluded")
    row("analysis_ratio_seed", f"{figures['analysis_ratio_seed']:.3f}",
        f"vs same components {s['ours_cpu'] / s['same_components_cpu']:.3f}")

    raw = child("raw_100k", env)
    ours = child("ours_100k", env)
    figures["analysis_ratio_100k"] = ours["cpu"] / raw["cpu"]
    figures["peak_rss_mb_100k"] = ours["peak_rss_mb"]
    row("100k: words / paragraphs", f"{ours['words']}/{ours['paragraphs']}")
    row("100k: raw nlp.pipe (full) cpu s", f"{raw['cpu']:.2f}", f"wall {raw['wall']:.2f}, {raw['words'] / raw['wall']:.0f} words/s, peak {raw['peak_rss_mb']:.0f} MB")
    row("100k: our stream cpu s", f"{ours['cpu']:.2f}", f"wall {ours['wall']:.2f}, model load {ours['model_load_s']:.2f} s")
    row("100k: progress steps / snapshots", f"{ours['steps']}/{ours['snapshots']}",
        f"first snapshot {ours['first_snapshot_s'] or 0:.2f} s, longest gap {ours['max_gap_s']:.2f} s, final step {ours['final_gap_s']:.2f} s")
    row("100k: entities/quotes/timeline", f"{ours['entities']}/{ours['quotes']}/{ours['timeline']}")
    row("analysis_ratio_100k", f"{figures['analysis_ratio_100k']:.3f}")
    row("peak_rss_mb_100k", f"{figures['peak_rss_mb_100k']:.0f}", "whole process, model included")


def machine() -> str:
    return f"{os.cpu_count()} cpu, {platform.machine()}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--job", choices=sorted(JOBS))
    ap.add_argument("--ui", action="store_true",
                    help="only the app's figures (cached export, first paint, cached open, key latency, resize)")
    args = ap.parse_args()
    if args.job:
        print(json.dumps(JOBS[args.job]()))
        return 0

    load_before = f"{os.getloadavg()[0]:.1f}"
    rows: list[tuple[str, str, str]] = []
    figures: dict[str, float | None] = {}

    def row(name: str, value: str, note: str = "") -> None:
        rows.append((name, value, note))
        print(f"  {name:<34} {value:>12}  {note}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "cache"), "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        import corpus

        book_path = corpus.write_book(Path(tmp) / "book-100k.md")
        seed_path = str(corpus.seed().source)

        # The project's bytecode, as `pip install` compiles it: without it (PYTHONDONTWRITEBYTECODE,
        # a read-only checkout) every start compiles reader/ from source, ~80 ms of each figure.
        compiled = subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")],
                                  capture_output=True, env={k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"},
                                  cwd=ROOT)
        row("reader/ bytecode", "compiled" if compiled.returncode == 0 else "FAILED",
            "python -m compileall reader, as pip install does")
        if args.ui:
            row("analysis figures", "skipped", "--ui: the app's figures only")
        else:
            analysis_figures(env, figures, row)

        for label, path in (("seed", seed_path), ("100k", str(book_path))):
            subprocess.run([sys.executable, "-m", "reader", "--export", "json", path], capture_output=True, env=env,
                           timeout=900, cwd=ROOT, check=True)  # fills the cache
            t, trace = timed_cli(env, "--export", "json", path)
            row(f"cached --export json, {label} s", f"{t:.3f}",
                "process start to exit; spaCy imported: " + ("YES" if imported_spacy(trace) else "no"))
            figures[f"cached_export_s_{label}"] = t

        if not app_available():
            row("app figures", "skipped", "reader.app.app is not there")
        else:
            import ui

            env["NEWSREADER_BENCH_BOOK"] = str(book_path)
            if ui.have_tmux():
                for label, path in (("seed", seed_path), ("100k", str(book_path))):
                    fresh = {**env, "XDG_CACHE_HOME": str(Path(tmp) / "empty-cache")}
                    for name, probe, run_env, what in (
                            ("first paint", ui.PARAGRAPH_PROBE, fresh, "spawn to first paragraph on screen, no cache"),
                            ("cached open", ui.DONE_PROBE, env, "spawn to full annotations shown (header counts)")):
                        ts = ui.times_to_screen(path, run_env, probe)
                        best = ts[0] if ts else None
                        row(f"{name}, {label} s", f"{best:.3f}" if ts else "never",
                            f"tmux, best of {len(ts)} (median {statistics.median(ts):.3f}): {what}" if ts else "")
                        if label == "seed":
                            figures["first_paint_s" if name == "first paint" else "cached_open_s"] = best
            else:
                row("first paint / cached open", "skipped", "tmux is not installed")
            k = child("key_latency", env)
            figures["key_latency_ms_p95"] = k.get("p95_ms")
            row("key latency during analysis p95 ms", f"{k.get('p95_ms', float('nan')):.1f}",
                f"j/k in the article, 100k words analysing: {k.get('samples')} keys, p50 {k.get('p50_ms', float('nan')):.1f}, "
                f"max {k.get('max_ms', float('nan')):.1f}, unanswered {k.get('unanswered')}")
            k = child("key_latency_idle", env)
            row("key latency, analysis done, p95 ms", f"{k.get('p95_ms', float('nan')):.1f}",
                f"the same keys with nothing running (the UI's own time): p50 {k.get('p50_ms', float('nan')):.1f}, "
                f"max {k.get('max_ms', float('nan')):.1f}")
            r = child("resize", env)
            figures["resize_ms_100k"] = r.get("median_ms")
            row("resize, 100k words ms", f"{r.get('median_ms', float('nan')):.1f}",
                f"Resize event to re-wrapped frame, median of {r.get('samples')}, max {r.get('max_ms', float('nan')):.1f}")

    print(file=sys.stderr)
    width = max(len(r[0]) for r in rows)
    print(f"newsreader benchmark — {machine()}; load average {load_before} before, {os.getloadavg()[0]:.1f} after")
    print(f"{'figure':<{width}}  {'value':>12}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>12}  {note}")
    keys = ("first_paint_s", "analysis_ratio_seed", "analysis_ratio_100k", "peak_rss_mb_100k",
            "key_latency_ms_p95", "cached_open_s", "resize_ms_100k")
    out = {k: (round(figures[k], 3) if figures.get(k) is not None else None) for k in keys}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
