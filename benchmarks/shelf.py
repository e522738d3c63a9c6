"""Shelf export throughput: the same articles analysed by one process and by --jobs N workers.

Reads the "text" of the first --count gold files of a folder in place (PolNeAR by default) and
times `reader.shelf.jobs.analyze_shelf` with the cache off, once with one process and once with
N worker processes (start-up and model loading included in both), then prints the speed-up and
the peak memory of the largest worker. For scale, issue 12 measured spaCy's own
`nlp.pipe(n_process=2)` over 100 such articles at 1.48x.

    .venv/bin/python benchmarks/shelf.py [--dir ../shared/eval/polnear] [--count 100] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from reader.shelf.jobs import analyze_shelf
from reader.sources import article_from_text


def _articles(folder: Path, count: int):
    out = []
    for path in sorted(folder.glob("*.json"))[:count]:
        text = json.loads(path.read_text(encoding="utf-8")).get("text")
        if text:
            out.append(article_from_text(text, source=path.name))
    return out


def _run(articles, jobs: int) -> float:
    t0 = time.perf_counter()
    done = list(analyze_shelf(articles, jobs=jobs, use_cache=False))
    elapsed = time.perf_counter() - t0
    assert len(done) == len(articles) and all(d.analysis for d in done)
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"))
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    articles = _articles(Path(args.dir), args.count)
    words = sum(len(a.text.split()) for a in articles)
    one = _run(articles, 1)
    many = _run(articles, args.jobs)
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{len(articles)} articles, {words} words")
    print(f"  1 process : {one:6.1f} s  ({words / one:,.0f} words/s)")
    print(f"  {args.jobs} workers : {many:6.1f} s  ({words / many:,.0f} words/s)  speed-up {one / many:.2f}x")
    print(f"  peak memory of the largest worker: {worker_mb:.0f} MB")
    print(json.dumps({"articles": len(articles), "words": words, "serial_s": round(one, 2),
                      "parallel_s": round(many, 2), "jobs": args.jobs, "speedup": round(one / many, 2),
                      "worker_peak_mb": round(worker_mb)}))


if __name__ == "__main__":
    main()
