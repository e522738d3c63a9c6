"""SIGTERM and SIGHUP (a closed terminal, `kill`) end the app as `q` does.

Textual restores the terminal — its screen, cursor and mouse — only when the app exits its
own way; a signal's default action would leave the terminal in the alternate screen. The exit
status says which signal (128 + N, as a shell reports it).
"""

from __future__ import annotations

import asyncio
import signal

from textual.app import App


def quit_on_signals(app: App[object]) -> None:
    """From the app's running loop: SIGTERM and SIGHUP call `app.exit` with 128 + N."""
    loop = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue  # not on this platform
        try:
            loop.add_signal_handler(signum, app.exit, None, 128 + signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # no signal handlers on this loop or thread: the default stays
