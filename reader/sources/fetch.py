"""Fetching a URL: bounded in bytes and in time, every server string sanitized.

httpx's timeout is per network read, so a server dripping one byte a second would hold the
reader for ever. The fetch runs in a daemon thread the caller waits on for one overall
deadline; then (or on Ctrl+C) the caller shuts the fetch's sockets down, which wakes a read
blocked in the thread at once, so the thread ends with the deadline rather than a read timeout
later. The sockets are known from httpcore's `trace` extension as each connection opens. The
status line, reason phrase and any error text are sanitized before they are put into a
message, since a hostile server chooses them.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from reader.sources.errors import SourceError
from reader.sources.read import announce_wait, too_large
from reader.sources.sanitize import sanitize_name

DEADLINE_S = 30.0  # for the whole fetch: connect, headers, body
CLOSE_WAIT_S = 2.0  # for the fetch thread to end once its sockets are shut
_USER_AGENT = "newsreader (terminal article reader)"


@dataclass(frozen=True)
class Fetched:
    data: bytes
    content_type: str  # "text/html", "text/plain", … (lower case, no parameters; "" if unknown)
    charset: str | None


def looks_like_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, deadline_s: float = DEADLINE_S) -> Fetched:
    """The body of `url`; SourceError (one line) for an error answer, a body over `max_bytes`,
    or no complete answer within `deadline_s` seconds."""
    shown = sanitize_name(url)
    outcome: list[Fetched | BaseException] = []
    stop = _Stop()
    worker = threading.Thread(target=_fetch_into, args=(url, shown, max_bytes, deadline_s, stop, outcome),
                              daemon=True, name="newsreader-fetch")
    worker.start()
    try:
        with announce_wait(f"an answer from {shown}"):
            worker.join(deadline_s)
            late = worker.is_alive()
    finally:
        stop.set()  # the worker's blocked read returns now; it stops and lets the connection go
        worker.join(CLOSE_WAIT_S)
    if late or not outcome:  # (what the cut read raised is not the story: the deadline is)
        raise SourceError(f"{shown}: no complete answer within {deadline_s:g} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


class _Stop:
    """The caller's word to stop, and the connections to cut when it is given."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._streams: list[Any] = []
        self._set = False

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        with self._lock:
            self._set = True
            streams = list(self._streams)
        for stream in streams:
            _shut(stream)

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: note each connection as it opens (cut it, if already stopped)."""
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        with self._lock:
            self._streams.append(stream)
            late = self._set
        if late:
            _shut(stream)


def _shut(stream: Any) -> None:
    """Shut a network stream's socket both ways: a recv blocked on it in another thread returns."""
    try:
        sock = stream.get_extra_info("socket")
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError, ValueError):
        pass  # closed already


def _fetch_into(url: str, shown: str, max_bytes: int, deadline_s: float, stop: _Stop,
                outcome: list[Fetched | BaseException]) -> None:
    try:
        outcome.append(_fetch(url, shown, max_bytes, deadline_s, stop))
    except BaseException as e:  # handed to the waiting thread, which raises it
        outcome.append(e)


def _fetch(url: str, shown: str, max_bytes: int, deadline_s: float, stop: _Stop) -> Fetched:
    import httpx

    end = time.monotonic() + deadline_s
    try:
        with httpx.Client(follow_redirects=True, timeout=min(deadline_s, 20.0),
                          headers={"User-Agent": _USER_AGENT}) as client, \
                client.stream("GET", url, extensions={"trace": stop.trace}) as r:
            if r.status_code >= 400:
                raise SourceError(f"{shown}: the server answered {r.status_code} {sanitize_name(r.reason_phrase)}")
            data = bytearray()
            for chunk in r.iter_bytes():
                data += chunk
                if len(data) > max_bytes:
                    raise too_large(url, max_bytes)
                if stop.is_set() or time.monotonic() > end:
                    raise SourceError(f"{shown}: no complete answer within {deadline_s:g} s")
            kind = r.headers.get("content-type", "").partition(";")[0]
            return Fetched(bytes(data), kind.strip().lower(), r.charset_encoding)
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as e:
        raise SourceError(f"{shown}: cannot fetch it ({e.__class__.__name__}: {sanitize_name(str(e))})") from None
    except UnicodeError:  # a hostile or malformed URL or header that httpx cannot encode
        raise SourceError(f"{shown}: cannot fetch it (not a valid URL)") from None
