"""Real HTTP servers on 127.0.0.1 for the connector tests: start/stop, and a quiet handler base."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator
from typing import TypeVar

Server = TypeVar("Server", bound=http.server.HTTPServer)


@contextlib.contextmanager
def serving(httpd: Server) -> Iterator[Server]:
    """`httpd` serving in a background thread for the duration of the block, then shut down."""
    # A short poll interval: shutdown() waits up to one interval.
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """A request handler that answers with `reply()` and keeps pytest's output free of access logs."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: avoid 40 ms ACK stalls

    def reply(self, status: int, body: bytes, content_type: str = "application/json; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # noqa: A002 - keep pytest output quiet
        pass
