"""A tiny HTTP server on 127.0.0.1 (loopback only) that a test starts, with routes it chooses."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


def answer(status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
           reason: str | None = None) -> Route:
    """A route that sends one whole answer (with any reason phrase, hostile ones too)."""
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status, reason)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    return route


def drip(every_s: float = 0.5, headers_too: bool = False) -> Route:
    """A route that sends one byte every `every_s` seconds, for as long as the client listens."""
    def route(h: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
        try:
            if not headers_too:
                h.wfile.write(head)
                head = b""
            for byte in head + b"x" * 100_000:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(every_s)
        except OSError:  # the client gave up
            pass
    return route


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` on a free loopback port; yields the base URL ("http://127.0.0.1:PORT")."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            route = routes.get(self.path.split("?")[0])
            if route is None:
                answer(404, b"not here", "text/plain")(self)
            else:
                route(self)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
