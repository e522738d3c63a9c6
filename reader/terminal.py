"""Keys come from the terminal even when stdin was the article (`cat a.txt | newsreader -`).

Textual reads keys from file descriptor 0. When that is a pipe (already read to its end for the
article) or /dev/null, no key would ever arrive and only Ctrl+C could quit. Like `less`, the app
then takes its keys from the controlling terminal: /dev/tty is opened and put on descriptor 0.
"""

from __future__ import annotations

import os

CONTROLLING_TERMINAL = "/dev/tty"


class NoTerminalError(Exception):
    """There is no controlling terminal to read keys from (cron, a detached job, CI)."""


def keys_from_terminal(fd: int = 0, tty_path: str = CONTROLLING_TERMINAL) -> bool:
    """Make `fd` the controlling terminal when it is not a terminal; True when it was replaced.

    Call only after the source on stdin has been read to its end: the pipe is closed here.
    """
    if os.name == "nt" or os.isatty(fd):  # Windows consoles give keys through their own API, not fd 0
        return False
    try:
        tty = os.open(tty_path, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise NoTerminalError(
            f"no terminal to read keys from ({e.strerror or e}); use --export to print the analysis"
        ) from None
    try:
        if not os.isatty(tty):
            raise NoTerminalError(f"{tty_path} is not a terminal; use --export to print the analysis")
        os.dup2(tty, fd)
    finally:
        os.close(tty)
    return True
