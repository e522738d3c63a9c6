"""Fetching a URL: bounded in bytes and in time, every server string sanitized.

httpx's timeout is per network read, so a server dripping one byte a second would hold the
reader for ever. The fetch runs in a daemon thread the caller waits on for one overall
deadline; the status line, reason phrase and any error text are sanitized before they are
put into a message, since a hostile server chooses them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from reader.sources.errors import SourceError
from reader.sources.read import announce_wait, too_large
from reader.sources.sanitize import sanitize_name

DEADLINE_S = 30.0  # for the whole fetch: connect, headers, body
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
    stop = threading.Event()
    worker = threading.Thread(target=_fetch_into, args=(url, shown, max_bytes, deadline_s, stop, outcome),
                              daemon=True, name="newsreader-fetch")
    worker.start()
    try:
        with announce_wait(f"an answer from {shown}"):
            worker.join(deadline_s)
    finally:
        stop.set()  # the worker stops at its next chunk (or read timeout) and lets the socket go
    if not outcome:
        raise SourceError(f"{shown}: no complete answer within {deadline_s:g} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _fetch_into(url: str, shown: str, max_bytes: int, deadline_s: float, stop: threading.Event,
                outcome: list[Fetched | BaseException]) -> None:
    try:
        outcome.append(_fetch(url, shown, max_bytes, deadline_s, stop))
    except BaseException as e:  # handed to the waiting thread, which raises it
        outcome.append(e)


def _fetch(url: str, shown: str, max_bytes: int, deadline_s: float, stop: threading.Event) -> Fetched:
    import httpx

    end = time.monotonic() + deadline_s
    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=min(deadline_s, 20.0),
                          headers={"User-Agent": _USER_AGENT}) as r:
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
