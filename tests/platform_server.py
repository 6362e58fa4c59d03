"""A fake national platform: a real HTTP server on 127.0.0.1 serving tests/fixtures/plateforme pages."""

from __future__ import annotations

import http.server
import threading
import urllib.parse
from pathlib import Path

from tests.http_helpers import QuietHandler, serving

FIXTURES = Path(__file__).parent / "fixtures" / "plateforme"
PER_PAGE = 4  # the fixture pages were cut at 4 events


class FakePlatform(http.server.ThreadingHTTPServer):
    """`/events?edition=E&page=N&per_page=4` from tests/fixtures/plateforme/E/page-N.json.

    `faults[page]` lists replies served before the real page (an int status or raw bytes);
    `overrides[page]` replaces the page body for good.
    """

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), PlatformHandler)
        self.hits: list[str] = []
        self.faults: dict[int, list[int | bytes]] = {}
        self.overrides: dict[int, bytes] = {}
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def page_body(self, edition: str, page: int) -> bytes | None:
        path = FIXTURES / edition / f"page-{page}.json"
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8").replace("{base_url}", self.url).encode("utf-8")

    def page_url(self, page: int, edition: int = 2019) -> str:
        return f"{self.url}/events?edition={edition}&page={page}&per_page={PER_PAGE}"


class PlatformHandler(QuietHandler):
    server: FakePlatform

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        parsed = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        if parsed.path != "/events" or query.get("per_page") != str(PER_PAGE):
            return self.reply(400, b'{"error": "bad request"}')
        page = int(query.get("page", "1"))
        with self.server.lock:
            queue = self.server.faults.get(page)
            fault = queue.pop(0) if queue else None
        if isinstance(fault, int):
            return self.reply(fault, b'{"error": "server error"}')
        if isinstance(fault, bytes):
            return self.reply(200, fault)
        body = self.server.overrides.get(page) or self.server.page_body(query.get("edition", ""), page)
        if body is None:
            return self.reply(404, b'{"error": "not found"}')
        self.reply(200, body)




def running_platform():
    """A FakePlatform serving in a background thread for the duration of the `with` block."""
    return serving(FakePlatform())
