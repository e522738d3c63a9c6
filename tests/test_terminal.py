"""Keys from the terminal when stdin is the article: the real command in a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from reader.terminal import NoTerminalError, keys_from_terminal

ARTICLE = b"Council votes on the bridge\n\nThe council met on Tuesday.\n\n\"We will build it,\" said Mayor Ann Lee.\n"
HANG_GUARD_S = 120  # only a guard against a hang (a dead keyboard); the app quits in about a second


def test_a_pipe_is_replaced_by_the_terminal():
    master, slave = pty.openpty()
    r, w = os.pipe()
    try:
        assert keys_from_terminal(r, os.ttyname(slave)) is True
        assert os.isatty(r)
        assert keys_from_terminal(r, os.ttyname(slave)) is False  # already a terminal: left alone
    finally:
        for fd in (master, slave, r, w):
            os.close(fd)


def test_no_terminal_is_a_clean_error(tmp_path):
    r, w = os.pipe()
    try:
        with pytest.raises(NoTerminalError, match="no terminal to read keys from"):
            keys_from_terminal(r, str(tmp_path / "no-tty"))
        with pytest.raises(NoTerminalError, match="not a terminal"):
            keys_from_terminal(r, os.devnull)
    finally:
        os.close(r)
        os.close(w)


def _drain(fd: int, until: float, wanted: bytes = b"") -> bytes:
    """What the app wrote to the terminal, until `wanted` shows up or the guard runs out."""
    seen = b""
    while time.monotonic() < until and (not wanted or wanted not in seen):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


def _in_new_session_on(slave_path: str):
    def attach() -> None:
        os.setsid()  # a session of its own, whose controlling terminal is the pty opened next
        os.close(os.open(slave_path, os.O_RDWR))

    return attach


def test_piped_article_quits_on_q():
    """`cat a.txt | newsreader -`: the article is read from the pipe, `q` from the terminal."""
    master, slave = pty.openpty()
    slave_path = os.ttyname(slave)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "--no-cache", "-"],
        stdin=subprocess.PIPE, stdout=slave, stderr=slave, env=env,
        preexec_fn=_in_new_session_on(slave_path),
    )
    os.close(slave)
    try:
        proc.stdin.write(ARTICLE)
        proc.stdin.close()
        guard = time.monotonic() + HANG_GUARD_S
        drawn = _drain(master, guard, b"bridge")
        assert b"bridge" in drawn, drawn[-500:]
        os.write(master, b"q")
        while proc.poll() is None and time.monotonic() < guard:
            _drain(master, time.monotonic() + 0.5)
        assert proc.poll() == 0, "the app did not quit on q"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)


def test_piped_article_without_terminal_says_so():
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--no-cache", "-"], input=ARTICLE, capture_output=True,
        start_new_session=True, timeout=HANG_GUARD_S,
    )
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreader: no terminal to read keys from"), lines
