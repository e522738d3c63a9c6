"""One bounded reader for every local source: a file, a device, a FIFO, a pipe, stdin.

`stat().st_size` is 0 for `/dev/zero`, `<(cmd)` or a FIFO, so no size is trusted: every source
is read in chunks and the reading stops at the limit plus one byte. A source that keeps the
reader waiting (a FIFO with no writer yet, a silent pipe, a terminal as stdin) is named on
stderr after a moment, so the user knows what it waits for and that Ctrl+C stops it.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reader.sources.errors import SourceError
from reader.sources.sanitize import sanitize_name

CHUNK = 1 << 16
WAIT_NOTICE_S = 1.0  # a source silent for this long is announced on stderr

_OPEN_ERRORS = {
    errno.ENOENT: "no such file",
    errno.ENOTDIR: "no such file (a part of the path is not a directory)",
    errno.ELOOP: "a symbolic link loop (the link points back at itself)",
    errno.EISDIR: "is a directory, not an article file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENXIO: "not a readable file (a socket or a device with nothing behind it)",
}


class TooLarge(SourceError):
    """A source over its byte limit; `size` when it is known (a regular file), else None."""

    def __init__(self, message: str, size: int | None) -> None:
        super().__init__(message)
        self.size = size


def too_large(name: str, limit: int, size: int | None = None, limit_said: str | None = None) -> TooLarge:
    said = f"{size / 1e6:.1f} MB; " if size is not None else ""
    limit_said = limit_said or f"{limit / 1e6:g} MB"
    return TooLarge(f"{sanitize_name(name)}: too large ({said}the limit is {limit_said})", size)


@contextmanager
def announce_wait(what: str, delay: float = WAIT_NOTICE_S) -> Iterator[None]:
    """Say on stderr what the reader waits for, if the block inside takes longer than `delay`."""
    timer = threading.Timer(delay, _notice, (what,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _notice(what: str) -> None:
    try:
        print(f"newsreader: waiting for {what} (Ctrl+C to stop)", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def read_chunks(read: Callable[[int], bytes], limit: int, name: str, waiting_for: str | None = None) -> bytes:
    """Everything `read` gives up to `limit` bytes; SourceError past it (reads limit + 1 at most)."""
    data = bytearray()
    while len(data) <= limit:
        want = min(CHUNK, limit + 1 - len(data))
        if waiting_for is None:
            chunk = read(want)
        else:
            with announce_wait(waiting_for):
                chunk = read(want)
        if not chunk:
            return bytes(data)
        data += chunk
    raise too_large(name, limit)


def read_path(path: str, limit: int) -> bytes:
    """The bytes of a file, device or FIFO at `path`, bounded by `limit`."""
    shown = sanitize_name(path)
    try:
        kind = os.stat(path).st_mode
    except OSError as e:
        raise _open_error(shown, e) from None
    if stat.S_ISDIR(kind):
        raise SourceError(f"{shown}: is a directory, not an article file")
    fifo = stat.S_ISFIFO(kind)
    try:
        if fifo:
            with announce_wait(f"a program to write into the pipe {shown}"):
                fd = os.open(path, os.O_RDONLY)
        else:
            fd = os.open(path, os.O_RDONLY)
    except OSError as e:
        raise _open_error(shown, e) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise too_large(path, limit, st.st_size)
        waiting = None if stat.S_ISREG(st.st_mode) else f"more data from {shown}"
        return read_chunks(lambda n: os.read(fd, n), limit, path, waiting)
    except OSError as e:
        raise SourceError(f"{shown}: cannot read it ({e.strerror or e.__class__.__name__})") from None
    finally:
        os.close(fd)


def read_stdin(limit: int) -> bytes:
    """Standard input, bounded; a terminal as stdin is told how to end the article."""
    if sys.stdin is None:  # started with stdin closed (`newsreader - <&-`)
        raise SourceError("standard input: closed, nothing to read")
    stream = sys.stdin.buffer
    if stream.isatty():
        print("newsreader: reading the article from the terminal; end it with Ctrl+D", file=sys.stderr, flush=True)
        return read_chunks(stream.read1, limit, "standard input")
    return read_chunks(stream.read1, limit, "standard input", "more data on standard input")


def _open_error(shown: str, e: OSError) -> SourceError:
    said = _OPEN_ERRORS.get(e.errno or 0)
    if said is None:
        said = f"cannot read it ({e.strerror or e.__class__.__name__})"
    return SourceError(f"{shown}: {said}")
