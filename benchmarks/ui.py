"""The app's figures: first paint and cached open in a real terminal (tmux), key latency and
resize driving the real app headless (`App.run_test`).

Terminal figures run `python -m reader FILE` inside a private tmux server and poll the screen
every few milliseconds, from just before the process is spawned until the text shows: they
include interpreter start-up, imports and tmux's own start, so they are upper bounds.

Headless figures record when `ArticleView.render_line` runs, so "answered" means the frame that
shows the key's effect has been rendered, not merely that the key was handled.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOCKET = "newsreader-bench"
PARAGRAPH_PROBE = "Ukrainian President Volodymyr"  # first words of the seed's first paragraph
DONE_PROBE = re.compile(r"\d+ entities · \d+ quotes")  # the header once the analysis is shown


def have_tmux() -> bool:
    return shutil.which("tmux") is not None


def _tmux(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True, timeout=30)


def time_to_screen(path: str, env: dict, probe, timeout: float = 20.0, size: tuple[int, int] = (160, 48)) -> float | None:
    """Seconds from spawning the app in a fresh tmux session until `probe` (a str or a compiled
    regex) is on screen; None if it never shows within `timeout`."""
    session = "bench"
    env_args = [a for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "PATH") if k in env for a in ("-e", f"{k}={env[k]}")]
    cmd = f"exec {sys.executable} -m reader {path}"
    found = None
    t0 = time.perf_counter()
    started = _tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), *env_args,
                    "-c", str(ROOT), cmd)
    try:
        if started.returncode != 0:
            raise RuntimeError(f"tmux failed: {started.stderr}")
        while time.perf_counter() - t0 < timeout:
            screen = _tmux("capture-pane", "-p", "-t", session).stdout
            hit = probe.search(screen) if hasattr(probe, "search") else probe in screen
            if hit:
                found = time.perf_counter() - t0
                break
            time.sleep(0.005)
    finally:
        _tmux("send-keys", "-t", session, "q")
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline and _tmux("has-session", "-t", session).returncode == 0:
            time.sleep(0.05)
        _tmux("kill-session", "-t", session)
        _tmux("kill-server")  # our private server (own socket), nobody else's
    return found


def times_to_screen(path: str, env: dict, probe, runs: int = 5) -> list[float]:
    """Several runs, sorted; on a shared machine the noise only ever adds time, so the best
    run is the closest to the program's own cost and the median shows the typical one."""
    return sorted(t for t in (time_to_screen(path, env, probe) for _ in range(runs)) if t is not None)


# ------------------------------------------------------------ headless (run in a child process)

class PaintLog:
    """Times of ArticleView.render_line calls (the app's article pane painting)."""

    def __init__(self) -> None:
        from reader.app.widgets.article.view import ArticleView

        self.times: list[float] = []
        original = ArticleView.render_line
        log = self.times

        def render_line(view, y):
            log.append(time.perf_counter())
            return original(view, y)

        ArticleView.render_line = render_line

    def frame_after(self, t: float, gap: float = 0.004) -> float | None:
        """End of the first burst of render_line calls at or after `t`."""
        end = None
        for x in self.times:
            if x < t:
                continue
            if end is not None and x - end > gap:
                break
            end = x
        return end


async def _until(cond, timeout: float, step: float = 0.001) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if cond():
            return True
        await asyncio.sleep(step)
    return False


def key_latency(book_path: str, keys: int = 120, idle: bool = False) -> dict:
    """Press j/k in the article while the 100k-word text is being analysed (no cache); each
    key is answered when the scrolled frame has been rendered. `idle=True`: the same with the
    analysis already done (from the cache), the UI's own share of the figure."""
    from textual import events

    from reader.app.app import NewsreaderApp
    from reader.sources import load

    paint = PaintLog()
    article = load(book_path)
    app = NewsreaderApp([article], use_cache=idle)
    out: dict = {}

    async def run() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            view = app.reader.view
            if idle:
                await _until(lambda: not app.analysing, timeout=300, step=0.01)
                await pilot.pause()
            else:
                await _until(lambda: app.states[0].progress[0] > 0, timeout=120, step=0.01)
            lat: list[float] = []
            unanswered = 0
            direction = "j"
            while (idle or app.analysing) and len(lat) < keys:
                if view.scroll_offset.y >= 30:
                    direction = "k"
                elif view.scroll_offset.y <= 0:
                    direction = "j"
                before = view.scroll_offset.y
                t0 = time.perf_counter()
                event = events.Key(direction, direction)
                event.set_sender(app)
                app._driver.send_message(event)
                moved = await _until(lambda: view.scroll_offset.y != before, timeout=2.0)
                if not moved:
                    unanswered += 1
                    continue
                await asyncio.sleep(0.03)  # let the frame finish (and a person's next key come)
                frame = paint.frame_after(t0)
                if frame is not None:
                    lat.append(frame - t0)
                await asyncio.sleep(0.03 + 0.04 * (len(lat) % 3))
            out["samples"] = len(lat)
            out["unanswered"] = unanswered
            out["analysing_at_end"] = app.analysing
            failures = {i: s.failure for i, s in enumerate(app.states) if s.failure is not None}
            if failures:
                out["failures"] = failures
            if lat:
                lat.sort()
                out["p50_ms"] = 1000 * lat[len(lat) // 2]
                out["p95_ms"] = 1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))]
                out["max_ms"] = 1000 * lat[-1]
            await pilot.press("q")

    asyncio.run(run())
    return out


def resize(book_path: str, cycles: int = 6) -> dict:
    """The 100k-word text with its analysis (from the cache): alternate terminal widths and
    time from the Resize event until the re-wrapped frame is rendered."""
    from textual import events
    from textual.geometry import Size

    from reader.app.app import NewsreaderApp
    from reader.sources import load

    paint = PaintLog()
    article = load(book_path)
    app = NewsreaderApp([article], use_cache=True)
    out: dict = {}

    async def run() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            ok = await _until(lambda: not app.analysing, timeout=300, step=0.01)
            out["analysed"] = ok and app.states[0].analysis is not None
            await pilot.pause()
            times = []
            for i in range(cycles):
                size = Size(100 + 30 * (i % 2), 40 + 8 * (i % 2))
                width_before = app.reader.view.virtual_size.width
                app._driver._size = size
                t0 = time.perf_counter()
                app.post_message(events.Resize(size, size))
                await _until(lambda: app.reader.view.virtual_size.width != width_before, timeout=5)
                await asyncio.sleep(0.15)
                frame = paint.frame_after(t0)
                if frame is not None:
                    times.append(frame - t0)
                await pilot.pause()
            out["samples"] = len(times)
            if times:
                out["median_ms"] = 1000 * statistics.median(times)
                out["max_ms"] = 1000 * max(times)
            await pilot.press("q")

    asyncio.run(run())
    return out
