"""HTTP like a good citizen, against real servers on 127.0.0.1: overall deadlines per request and per fetch,
at most 10 redirects with or without an API key, conditional requests from the last snapshot."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import formatdate

import httpx
import pytest

from assets.lib.http_client import MAX_REDIRECTS, FeedError, RetryPolicy, fetch_bytes
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources.ical import fetch_ical_edition
from assets.lib.sources.spreadsheet import fetch_spreadsheet_edition
from tests.conftest import FIXTURES
from tests.http_helpers import QuietHandler, serving

NOW = datetime(2019, 12, 1, 6, 0, tzinfo=UTC)
SHEET = next((FIXTURES / "editions" / "raw" / "cress-paca-tableur" / "2019").glob("*/*.csv")).read_bytes()
CALENDAR = next((FIXTURES / "editions" / "raw" / "cress-hdf-ical" / "2019").glob("*/calendrier.ics")).read_bytes()
NO_WAIT = RetryPolicy(retries=0, sleep=lambda s: None)


class Site(http.server.ThreadingHTTPServer):
    """A CRESS web site: `/drip` sends its body one byte at a time, `/loop` redirects to itself, `/busy`
    answers 503, `/file` serves `body` with an ETag and a Last-Modified and honours conditional requests
    when `validators` is on."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SiteHandler)
        self.body, self.validators, self.drip_s = SHEET, True, 0.2
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def etag(self) -> str:
        return f'"v{hash(self.body) & 0xFFFFFFFF:x}"'


class SiteHandler(QuietHandler):
    server: Site

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        with self.server.lock:
            self.server.requests.append({"path": self.path, **dict(self.headers.items())})
        if self.path.startswith("/drip"):
            body = b"Titre;Date\n" + b"x" * 200
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(self.server.drip_s)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
            return
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/busy"):
            self.reply(503, b"busy", "text/plain")
            return
        site = self.server
        if site.validators:
            etag, modified = site.etag(), formatdate(NOW.timestamp(), usegmt=True)
            if self.headers.get("If-None-Match") == etag or (
                    self.headers.get("If-Modified-Since") == modified and not self.headers.get("If-None-Match")):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(site.body)))
        if site.validators:
            self.send_header("ETag", site.etag())
            self.send_header("Last-Modified", formatdate(NOW.timestamp(), usegmt=True))
        self.end_headers()
        self.wfile.write(site.body)


@pytest.fixture
def site():
    with serving(Site()) as httpd:
        yield httpd


def test_a_server_dripping_bytes_is_cut_at_the_request_deadline(site, client):
    started = time.monotonic()
    with pytest.raises(FeedError, match="délai dépassé") as raised:
        fetch_bytes(client, site.url + "/drip", source="cress",
                    policy=RetryPolicy(retries=1, sleep=lambda s: None, request_deadline_s=0.6))
    # Two attempts of about 0.6 s each, not the 40 s the body would take (its read timeout never fires).
    assert time.monotonic() - started < 5
    assert "2 essai(s)" in str(raised.value)


def test_the_fetch_deadline_bounds_every_retry(site, client):
    waits: list[float] = []

    def wait(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    started = time.monotonic()
    with pytest.raises(FeedError, match="HTTP 503.*délai total de 1 s atteint"):
        fetch_bytes(client, site.url + "/busy", source="cress",
                    policy=RetryPolicy(retries=1000, backoff_s=0.05, sleep=wait, fetch_deadline_s=1.0))
    assert time.monotonic() - started < 5 and sum(waits) < 1.0 and len(waits) < 10


@pytest.mark.parametrize("headers", [None, {"key": "secret"}])
def test_redirects_are_capped_at_ten_with_or_without_a_key(site, client, headers):
    with pytest.raises(FeedError, match=f"plus de {MAX_REDIRECTS} redirections"):
        fetch_bytes(client, site.url + "/loop", source="cress", headers=headers, policy=NO_WAIT)
    assert len(site.requests) == MAX_REDIRECTS + 1 == 11


def test_an_unchanged_sheet_is_a_304_and_no_new_snapshot(site, client, tmp_path):
    store = SnapshotStore(tmp_path, "cress-paca-tableur")
    first = fetch_spreadsheet_edition(client, site.url + "/file/agenda.csv", 2019, store=store, now=NOW,
                                      policy=NO_WAIT)
    assert site.requests[0].get("If-None-Match") is None
    again = fetch_spreadsheet_edition(client, site.url + "/file/agenda.csv", 2019, store=store,
                                      now=NOW + timedelta(days=1), policy=NO_WAIT)
    assert again == first and store.snapshots(2019, ["*.csv"]) == [first]
    assert site.requests[1]["If-None-Match"] == site.etag()
    assert site.requests[1]["If-Modified-Since"] == formatdate(NOW.timestamp(), usegmt=True)
    # Changed on the server: a 200 and a new snapshot, whose validators are the new ones.
    site.body = SHEET.replace(b"\n", b"\r\n")
    changed = fetch_spreadsheet_edition(client, site.url + "/file/agenda.csv", 2019, store=store,
                                        now=NOW + timedelta(days=2), policy=NO_WAIT)
    assert changed != first and store.validators(2019)["ETag"] == site.etag()


def test_a_304_answered_to_last_modified_alone_keeps_the_snapshot(site, client, tmp_path):
    site.body = CALENDAR
    store = SnapshotStore(tmp_path, "cress-hdf-ical")
    first = fetch_ical_edition(client, site.url + "/file/cal.ics", 2019, store=store, now=NOW, policy=NO_WAIT)
    site.etag = lambda: '"changed-etag"'  # the server now only matches the date
    site.requests.clear()
    again = fetch_ical_edition(client, site.url + "/file/cal.ics", 2019, store=store,
                               now=NOW + timedelta(days=1), policy=NO_WAIT)
    assert site.requests[0]["If-Modified-Since"] == formatdate(NOW.timestamp(), usegmt=True)
    assert again == first


def test_without_validators_an_identical_body_is_still_no_new_snapshot(site, client, tmp_path):
    site.validators = False
    store = SnapshotStore(tmp_path, "cress-paca-tableur")
    first = fetch_spreadsheet_edition(client, site.url + "/file/agenda.csv", 2019, store=store, now=NOW,
                                      policy=NO_WAIT)
    again = fetch_spreadsheet_edition(client, site.url + "/file/agenda.csv", 2019, store=store,
                                      now=NOW + timedelta(days=1), policy=NO_WAIT)
    assert again == first and len(site.requests) == 2
    assert "If-None-Match" not in site.requests[1] and "If-Modified-Since" not in site.requests[1]


def test_the_default_client_follows_no_redirect_on_its_own():
    # Redirects are followed hop by hop by the fetch (to count them and drop keys across origins).
    from pipelines.resources import CressFeeds

    with CressFeeds(raw_dir="/nonexistent").client() as feeds_client:
        assert isinstance(feeds_client, httpx.Client) and feeds_client.follow_redirects is False


class Flood(http.server.ThreadingHTTPServer):
    """A server sending `size` bytes of body: announced (`/announced`), chunked without a length (`/chunked`), or
    gzip-compressed from a few kilobytes into `size` bytes (`/bomb`, a decompression bomb)."""

    daemon_threads = True

    def __init__(self, size: int) -> None:
        super().__init__(("127.0.0.1", 0), FloodHandler)
        self.size, self.requests = size, 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"


class FloodHandler(QuietHandler):
    server: Flood
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.requests += 1
        size, block = self.server.size, b"BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n" * 1000
        body = block * (size // len(block)) + block[: size % len(block)]
        if self.path == "/bomb":
            body = gzip.compress(body, compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        if self.path == "/chunked":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        if self.path == "/bomb":
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        try:
            if self.path == "/chunked":
                for start in range(0, len(body), 65536):
                    piece = body[start:start + 65536]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


@pytest.mark.parametrize("path", ["/announced", "/chunked", "/bomb"])
def test_a_body_past_the_size_cap_is_refused_once_not_retried(client, path):
    cap = 2_000_000
    with serving(Flood(20_000_000)) as flood:
        with pytest.raises(FeedError, match=f"réponse trop volumineuse de {flood.url}{path} .*{cap} octets au plus"):
            fetch_bytes(client, flood.url + path, source="cress", policy=RetryPolicy(
                retries=3, sleep=lambda s: None, max_body_bytes=cap))
        assert flood.requests == 1  # the same server would send the same body again


@pytest.mark.parametrize("path", ["/announced", "/chunked", "/bomb"])
def test_a_body_within_the_cap_is_read_whole(client, path):
    size = 3_000_000
    with serving(Flood(size)) as flood:
        got = fetch_bytes(client, flood.url + path, source="cress", policy=RetryPolicy(
            retries=0, sleep=lambda s: None, max_body_bytes=size))
    assert len(got.content) == size and got.content.startswith(b"BEGIN:VEVENT\r\n")
