"""How the export copes with large inputs: wall time, CPU time and peak memory (figures only).

`python benchmarks/large_input.py [MB ...]` exports, in a fresh child process each, the seed's
paragraphs repeated to each size (default 0.5 and 1.9 MB, near the 2 MB input limit), and one
paragraph of 1,000,001 characters three ways: one sentence of prose repeated, the seed's own
paragraphs joined (real article text: quotes, names, dates), and long words. Such a paragraph is
cut for the parser into pieces, and past `reader.nlp.chunks.FULL_CUT_CHARS` read lightly
(issue 17 asks for it within 15 s and 500 MB). The input limit (reader.sources.MAX_BYTES) is
set from these figures: the analysis of an input at the limit should finish in about a minute
on one core.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.resources import default_seed  # noqa: E402


def measure(path: Path) -> tuple[int, float, float, int]:
    """Exit code, wall s, CPU s and peak RSS (MB) of `newsreader --export json --no-cache path`."""
    with open(os.devnull, "wb") as null:
        start = time.monotonic()
        p = subprocess.Popen([sys.executable, "-m", "reader", "--export", "json", "--no-cache", str(path)],
                             stdout=null, stderr=null, cwd=ROOT)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def inputs(directory: Path, sizes_mb: list[float]) -> list[tuple[str, Path]]:
    seed = default_seed().read_text(encoding="utf-8")
    body = seed.split("\n\n", 1)[1]
    out = []
    for mb in sizes_mb:
        n = int(mb * 1_000_000)
        text = ("Big\n\n" + "\n\n".join([body] * (n // len(body) + 1)))[:n]
        p = directory / f"repeated-{mb:g}MB.txt"
        p.write_text(text, encoding="utf-8")
        out.append((f"seed repeated, {mb:g} MB", p))
    prose = "Mayor Jane Doe said the bridge would open in May. "
    p = directory / "paragraph-prose.txt"
    p.write_text("Long\n\n" + (prose * (1_000_001 // len(prose) + 1))[:1_000_001], encoding="utf-8")
    out.append(("one 1,000,001-char paragraph, prose", p))
    joined = " ".join(body.split())  # one paragraph: no line breaks left
    p = directory / "paragraph-seed.txt"
    p.write_text("Long\n\n" + ((joined + " ") * (1_000_001 // len(joined) + 1))[:1_000_001], encoding="utf-8")
    out.append(("one 1,000,001-char paragraph, the seed's text", p))
    p = directory / "paragraph-long-words.txt"
    p.write_text("Long\n\n" + (("x" * 499 + " ") * 2002)[:1_000_001], encoding="utf-8")
    out.append(("one 1,000,001-char paragraph, 500-char words", p))
    return out


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [0.5, 1.9]
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'input':48} {'exit':>4} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as d:
        for label, path in inputs(Path(d), sizes):
            code, wall, cpu, rss = measure(path)
            print(f"{label:48} {code:>4} {wall:7.1f} {cpu:7.1f} {rss:8d}", flush=True)


if __name__ == "__main__":
    main()
