"""The TUI in a real pseudo-terminal: SIGTERM and SIGHUP restore the terminal as `q` does, and a
crash inside the app is not reported as success."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

LEAVE_ALT_SCREEN = b"\x1b[?1049l"
SHOW_CURSOR = b"\x1b[?25h"
MOUSE_OFF = b"\x1b[?1000l"
STORY = "Harbour news\n\nThe harbour reopened on Monday, the mayor said.\n"


class Terminal:
    """A child process on a pty; its output collected as it comes."""

    def __init__(self, args: list[str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
        self.proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        self.master, self.output = master, b""

    def read_until(self, needle: bytes, timeout: float = 90) -> bool:
        deadline = time.monotonic() + timeout
        while needle not in self.output and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    return needle in self.output
                if not chunk:
                    break
                self.output += chunk
        return needle in self.output

    def finish(self, timeout: float = 60) -> int:
        """Read until the child closes the terminal (or `timeout`), then its exit code.

        Reading to the end, not for a fixed while, keeps a slow child (a loaded machine) from
        blocking on a full pty buffer or exiting with its last lines unread."""
        self.read_until(b"\x00never", timeout=timeout)
        try:
            return self.proc.wait(10)
        finally:
            os.close(self.master)


@pytest.fixture
def story(tmp_path) -> str:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_ends_the_app_like_q_and_restores_the_terminal(story, signame) -> None:
    term = Terminal([sys.executable, "-m", "reader", "--no-cache", story])
    try:
        assert term.read_until(b"Harbour news"), term.output[-2000:]
        drawn = len(term.output)
        term.proc.send_signal(getattr(signal, signame))
        code = term.finish()
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
    after = term.output[drawn:]
    assert code == 128 + getattr(signal, signame)  # exited by itself, not killed by the signal
    assert LEAVE_ALT_SCREEN in after and SHOW_CURSOR in after and MOUSE_OFF in after


CRASH = """
import sys
import reader.app.app as app_module
from reader.cli import main

class Crashing(app_module.NewsreaderApp):
    def on_mount(self):
        raise RuntimeError("a bug in the reader")

app_module.NewsreaderApp = Crashing
sys.exit(main(sys.argv[1:]))
"""


def test_a_crash_in_the_app_exits_non_zero(story) -> None:
    term = Terminal([sys.executable, "-c", CRASH, "--no-cache", story])
    try:
        code = term.finish(timeout=90)
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
    assert code == 1, term.output[-2000:]
    assert b"a bug in the reader" in term.output
