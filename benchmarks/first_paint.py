"""Measure, from rendered frames, the time from process start to the article on screen.

Runs `newsreader` in a pseudo-terminal, timestamps every chunk the app writes, strips the
escape sequences and reports when the article's body text first appears (and when the header
first shows the finished analysis). Not a test: a figure for the closing note and `make bench`.

    .venv/bin/python benchmarks/first_paint.py [--runs 5] [--no-cache] [SOURCE]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time
from pathlib import Path

ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def run_once(
    cmd: list[str], needle: bytes, done: bytes, columns: int, rows: int, env: dict[str, str], timeout: float = 60.0
) -> tuple[float | None, float | None]:
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execvpe(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    seen = b""
    painted = finished = None
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            now = time.perf_counter() - start
            seen += ANSI.sub(b"", chunk)
            if painted is None and needle in seen:
                painted = now
            if finished is None and done in seen[-4096:]:
                finished = now
            if painted is not None and finished is not None:
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)
    return painted, finished


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("source", nargs="?")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--needle", default="has called for the", help="body text whose appearance counts as painted")
    args = p.parse_args()
    exe = str(Path(sys.executable).with_name("newsreader"))
    cmd = [exe, *([args.source] if args.source else []), *(["--no-cache"] if args.no_cache else [])]
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    paints, finishes = [], []
    for _ in range(args.runs):
        painted, finished = run_once(cmd, args.needle.encode(), "entities ·".encode(), 120, 40, env)
        if painted is not None:
            paints.append(painted)
        if finished is not None:
            finishes.append(finished)
        print(
            f"article on screen {painted if painted is None else round(painted, 3)} s; "
            f"analysis in header {finished if finished is None else round(finished, 3)} s"
        )
    if paints:
        print(
            f"first paint: median {statistics.median(paints):.3f} s, min {min(paints):.3f} s, "
            f"max {max(paints):.3f} s over {len(paints)} runs"
        )
    if finishes:
        print(f"analysis shown: median {statistics.median(finishes):.3f} s over {len(finishes)} runs")
    return 0 if paints else 1


if __name__ == "__main__":
    raise SystemExit(main())
