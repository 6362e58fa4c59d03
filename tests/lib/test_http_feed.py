"""fetch_bytes, fetch_json_pages and SnapshotStore against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import http.server
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import formatdate

import httpx
import pytest

from assets.lib.http_client import MAX_REDIRECTS, FeedError, RetryPolicy, fetch_bytes, fetch_json_pages
from assets.lib.snapshots import MANIFEST, SnapshotStore, read_snapshot_files
from tests.http_helpers import QuietHandler, serving

FETCHED_AT = datetime(2019, 11, 30, 7, 0, 0, tzinfo=UTC)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    declared_length: int | None = None  # larger than the body: the connection is cut mid-body
    delay_s: float = 0.0


class ScriptedServer(http.server.ThreadingHTTPServer):
    """Serves `routes[path]` replies in order; the last one repeats forever. Unknown paths: 404."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ScriptedHandler)
        self.routes: dict[str, list[Reply]] = {}
        self.hits: list[str] = []
        self.keys: list[tuple[str, str | None]] = []  # (path, `key` header received)
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def route(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.url + path

    def count(self, path: str) -> int:
        return self.hits.count(path)


class ScriptedHandler(QuietHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real feed server
    disable_nagle_algorithm = True  # headers and body go out as two writes: avoid 40 ms ACK stalls
    server: ScriptedServer

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.hits.append(self.path)
            self.server.keys.append((self.path, self.headers.get("key")))
            queue = self.server.routes.get(self.path)
            if queue is None:
                reply = Reply(404, b"not found")
            else:
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
        time.sleep(reply.delay_s)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            length = reply.declared_length if reply.declared_length is not None else len(reply.body)
            self.send_header("Content-Length", str(length))
            if reply.declared_length is not None:
                self.close_connection = True
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)


@pytest.fixture
def server():
    with serving(ScriptedServer()) as httpd:
        yield httpd



@pytest.fixture
def sleeps() -> list[float]:
    return []


def json_reply(data, **kwargs) -> Reply:
    return Reply(200, json.dumps(data).encode(), {"Content-Type": "application/json"}, **kwargs)


# --- fetch_bytes -------------------------------------------------------------------------------


def test_returns_body_headers_and_final_url_after_redirect(server, client):
    target = server.route("/data", Reply(200, b"\xc3\xa9t\xc3\xa9", {"Content-Type": "text/plain"}))
    start = server.route("/old", Reply(301, headers={"Location": "/data"}))
    result = fetch_bytes(client, start, source="src")
    assert result.content == "été".encode()
    assert result.url == target
    assert result.status_code == 200
    assert result.headers["content-type"] == "text/plain"


def test_server_error_then_success_is_retried(server, client, sleeps):
    url = server.route("/flaky", Reply(500, b"oops"), Reply(200, b"ok"))
    messages: list[str] = []
    result = fetch_bytes(client, url, source="src", policy=RetryPolicy(sleep=sleeps.append, on_retry=messages.append))
    assert result.content == b"ok"
    assert server.count("/flaky") == 2
    assert sleeps == [0.5]
    assert len(messages) == 1 and "HTTP 500" in messages[0] and url in messages[0]


def test_unavailable_forever_gives_up_naming_url_after_all_attempts(server, client, sleeps):
    url = server.route("/down", Reply(503, b"maintenance"))
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", policy=RetryPolicy(retries=3, backoff_s=0.5, sleep=sleeps.append))
    assert server.count("/down") == 4  # first try + 3 retries
    assert sleeps == [0.5, 1.0, 2.0]  # exponential backoff
    message = str(raised.value)
    assert url in message and "503" in message and "4 essai" in message
    assert (raised.value.url, raised.value.status_code, raised.value.source) == (url, 503, "src")


@pytest.mark.parametrize(("status", "phrase"), [(404, "Not Found"), (403, "Forbidden"), (410, "Gone")])
def test_client_error_fails_at_once(server, client, sleeps, status, phrase):
    url = server.route("/missing", Reply(status, b"no"))
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", policy=RetryPolicy(sleep=sleeps.append))
    assert str(raised.value) == f"src: HTTP {status} {phrase} pour {url}"
    assert raised.value.status_code == status
    assert server.count("/missing") == 1
    assert sleeps == []


def test_params_appear_in_the_url_of_errors(server, client):
    server.route("/events?edition=2019", Reply(404))
    with pytest.raises(FeedError, match=r"HTTP 404 .* pour http://127\.0\.0\.1:\d+/events\?edition=2019$"):
        fetch_bytes(client, server.url + "/events", source="src", params={"edition": 2019})


def test_truncated_body_is_retried_then_succeeds(server, client, sleeps):
    body = b'{"events": [1, 2, 3]}'
    url = server.route("/cut", Reply(200, body[:8], declared_length=len(body)), Reply(200, body))
    assert fetch_bytes(client, url, source="src", policy=RetryPolicy(sleep=sleeps.append)).content == body
    assert server.count("/cut") == 2


def test_truncated_body_forever_gives_a_clear_error(server, client, sleeps):
    url = server.route("/cut", Reply(200, b'{"events": [', declared_length=500))
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", policy=RetryPolicy(retries=1, sleep=sleeps.append))
    assert url in str(raised.value) and "tronquée" in str(raised.value)
    assert server.count("/cut") == 2


@pytest.mark.parametrize(
    ("retry_after", "expected_sleep"),
    [
        ("2", 2.0),
        ("3600", 5.0),  # capped: a huge wait would stall the run
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # an HTTP-date already past: retry at once
        ("in an hour", 5.0),  # an HTTP-date an hour ahead: capped
        ("demain", 0.5),  # unreadable: plain backoff
        (None, 0.5),
    ],
)
def test_too_many_requests_honours_retry_after_in_seconds_or_as_a_date(server, client, sleeps, retry_after,
                                                                      expected_sleep):
    if retry_after == "in an hour":  # written when the test runs: a date in the parameters made each pytest-xdist
        retry_after = formatdate(time.time() + 3600, usegmt=True)  # worker collect a different test id
    headers = {"Retry-After": retry_after} if retry_after else {}
    url = server.route("/busy", Reply(429, b"slow down", headers), Reply(200, b"ok"))
    assert fetch_bytes(client, url, source="src", policy=RetryPolicy(sleep=sleeps.append)).content == b"ok"
    assert sleeps == [expected_sleep]


def test_connection_refused_is_retried_then_fails(client, sleeps):
    with socket.socket() as sock:  # a port nobody listens on any more
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/events"
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", policy=RetryPolicy(retries=2, sleep=sleeps.append))
    assert url in str(raised.value) and "erreur de connexion" in str(raised.value)
    assert len(sleeps) == 2


def test_timeout_is_retried(server, sleeps):
    # The timeout leaves room for the prompt second reply on a loaded machine; the first one is far beyond it.
    url = server.route("/slow", Reply(200, b"late", delay_s=4.0), Reply(200, b"ok"))
    with httpx.Client(timeout=1.0) as impatient:
        assert fetch_bytes(impatient, url, source="src", policy=RetryPolicy(sleep=sleeps.append)).content == b"ok"
    assert server.count("/slow") == 2


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("cress.example.org/agenda.csv", "UnsupportedProtocol"),  # no scheme, as typed in a config
        ("ftp://cress.example.org/agenda.csv", "UnsupportedProtocol"),
        ("http://cress.example.org\x00/agenda.csv", "InvalidURL"),
        ("http://[::1/agenda.csv", "InvalidURL"),
    ],
)
def test_a_url_httpx_cannot_request_is_a_feed_error_not_retried(client, sleeps, url, error):
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", policy=RetryPolicy(sleep=sleeps.append))
    assert str(raised.value).startswith(f"src: {error} (") and url in str(raised.value)
    assert (raised.value.source, raised.value.url) == ("src", url)
    assert sleeps == []


def test_an_invalid_url_with_params_is_a_feed_error(client):
    with pytest.raises(FeedError, match=r"src: adresse invalide 'http://\[::1/events'"):
        fetch_bytes(client, "http://[::1/events", source="src", params={"edition": 2019})


@pytest.mark.parametrize("headers", [None, {"key": "secret"}])
def test_a_redirect_loop_is_a_feed_error_not_retried(server, client, sleeps, headers):
    url = server.route("/loop", Reply(301, headers={"Location": "/loop"}))
    with pytest.raises(FeedError) as raised:
        fetch_bytes(client, url, source="src", headers=headers, policy=RetryPolicy(sleep=sleeps.append))
    assert (raised.value.source, raised.value.url) == ("src", url) and url in str(raised.value)
    assert sleeps == []
    # The same cap (10 redirects, 11 requests) whether or not the caller sends its own headers.
    assert server.count("/loop") == MAX_REDIRECTS + 1 == 11


def test_secret_headers_do_not_follow_a_redirect_to_another_origin(server, client):
    with serving(ScriptedServer()) as other:
        # Another port and host name: another origin, as an API moving to a CDN or a hijacked domain.
        target = other.route("/data", Reply(200, b"ok")).replace("127.0.0.1", "localhost")
        start = server.route("/start", Reply(301, headers={"Location": target}))
        result = fetch_bytes(client, start, source="src", headers={"key": "secret"})
    assert (result.content, result.url) == (b"ok", target)
    assert server.keys == [("/start", "secret")]
    assert other.keys == [("/data", None)]


def test_secret_headers_follow_a_redirect_on_the_same_origin(server, client):
    target = server.route("/v2/events", Reply(200, b"ok"))
    start = server.route("/events", Reply(302, headers={"Location": "/v2/events"}))
    result = fetch_bytes(client, start, source="src", headers={"key": "secret"})
    assert (result.content, result.url) == (b"ok", target)
    assert server.keys == [("/events", "secret"), ("/v2/events", "secret")]


# --- fetch_json_pages --------------------------------------------------------------------------


def next_link(page, url):
    return page["next"]


def test_pages_follow_next_until_null(server, client):
    first = server.route("/p1", json_reply({"n": 1, "next": "/p2"}))  # relative link, resolved
    server.route("/p2", json_reply({"n": 2, "next": server.url + "/p3"}))
    server.route("/p3", json_reply({"n": 3, "next": None}))
    pages = list(fetch_json_pages(client, first, source="src", next_url=next_link))
    assert [url for url, _, _ in pages] == [server.url + p for p in ("/p1", "/p2", "/p3")]
    assert [page["n"] for _, _, page in pages] == [1, 2, 3]
    assert json.loads(pages[1][1]) == pages[1][2]  # raw bytes kept alongside the parsed page
    assert server.hits == ["/p1", "/p2", "/p3"]


def test_invalid_json_is_retried_then_succeeds(server, client, sleeps):
    first = server.route("/p1", Reply(200, b'{"n": 1, "next": nu'), json_reply({"n": 1, "next": None}))
    pages = list(fetch_json_pages(client, first, source="src", next_url=next_link,
                                  policy=RetryPolicy(sleep=sleeps.append)))
    assert [page for _, _, page in pages] == [{"n": 1, "next": None}]
    assert server.count("/p1") == 2


def test_invalid_json_forever_names_the_url(server, client, sleeps):
    first = server.route("/p1", json_reply({"n": 1, "next": "/p2"}))
    bad = server.route("/p2", Reply(200, b"<html>Maintenance</html>"))
    with pytest.raises(FeedError) as raised:
        pages = fetch_json_pages(
            client, first, source="src", next_url=next_link, policy=RetryPolicy(retries=1, sleep=sleeps.append))
        list(pages)
    assert bad in str(raised.value) and "JSON illisible" in str(raised.value)


def test_next_loop_stops_with_feed_error(server, client):
    first = server.route("/p1", json_reply({"next": "/p2"}))
    server.route("/p2", json_reply({"next": "/p1"}))
    seen = []
    with pytest.raises(FeedError, match="la pagination revient à .*/p1"):
        for url, _, _ in fetch_json_pages(client, first, source="src", next_url=next_link):
            seen.append(url)
    assert len(seen) == 2
    assert server.hits == ["/p1", "/p2"]


def test_an_invalid_next_url_is_a_feed_error(server, client):
    first = server.route("/p1", json_reply({"next": "http://[::1/p2"}))
    with pytest.raises(FeedError, match=r"adresse de page suivante invalide 'http://\[::1/p2' dans .*/p1"):
        list(fetch_json_pages(client, first, source="src", next_url=next_link))


def test_max_pages_is_enforced(server, client):
    first = server.route("/p1", json_reply({"next": "/p2"}))
    server.route("/p2", json_reply({"next": None}))
    with pytest.raises(FeedError, match="more than 1 pages"):
        list(fetch_json_pages(client, first, source="src", next_url=next_link, max_pages=1))


# --- SnapshotStore -----------------------------------------------------------------------------

PAGES = [
    ("https://feed.example.org/events?page=1", b'{"events": [{"id": 1}, {"id": 2}]}', 2),
    ("https://feed.example.org/events?page=2", '{"events": [{"titre": "Café"}]}'.encode(), 1),
]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_write_snapshot_layout_and_manifest(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://feed.example.org", FETCHED_AT)
    assert path == tmp_path / "plateforme" / "2019" / "20191130T070000Z"
    assert sorted(p.name for p in path.iterdir()) == ["manifest.json", "page-0001.json", "page-0002.json"]
    assert (path / "page-0002.json").read_bytes() == PAGES[1][1]  # stored byte for byte
    assert json.loads((path / "manifest.json").read_text(encoding="utf-8")) == {
        "source": "plateforme",
        "edition": 2019,
        "fetched_at": "2019-11-30T07:00:00Z",
        "base_url": "https://feed.example.org",
        "complete": True,
        "pages": [
            {"file": f"page-000{i}.json", "url": u, "sha256": sha256(data), "bytes": len(data), "records": n}
            for i, (u, data, n) in enumerate(PAGES, start=1)
        ],
    }
    assert store.verify(path) == 2


def test_snapshot_id_is_utc(tmp_path):
    paris = timezone(timedelta(hours=1))
    moment = datetime(2019, 11, 30, 8, 0, 0, 123456, tzinfo=paris)
    path = SnapshotStore(tmp_path, "plateforme").write_snapshot(2019, PAGES, "https://x", moment)
    assert path.name == "20191130T070000Z"
    assert json.loads((path / "manifest.json").read_bytes())["fetched_at"] == "2019-11-30T07:00:00Z"


def test_naive_fetch_time_is_refused(tmp_path):
    with pytest.raises(ValueError, match="timezone-aware"):
        SnapshotStore(tmp_path, "plateforme").write_snapshot(2019, PAGES, "https://x", datetime(2019, 11, 30))


def test_existing_snapshot_is_never_overwritten(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    other = [("https://x?page=1", b"[]", 0)]
    second = store.write_snapshot(2019, other, "https://x", FETCHED_AT)  # same second
    assert (path / "page-0001.json").read_bytes() == PAGES[0][1]
    assert store.verify(path) == 2
    assert second.name == f"{path.name}-2"
    assert sorted(p.name for p in store.edition_dir(2019).iterdir()) == [path.name, second.name]
    assert store.latest_snapshot(2019) == second


def test_failure_while_writing_leaves_nothing(tmp_path):
    def pages_then_failure():
        yield PAGES[0]
        raise FeedError("src: HTTP 503 for page 2", source="src")

    store = SnapshotStore(tmp_path, "plateforme")
    with pytest.raises(FeedError):
        store.write_snapshot(2019, pages_then_failure(), "https://x", FETCHED_AT)
    assert list(store.edition_dir(2019).iterdir()) == []  # not even the temporary folder
    assert store.latest_snapshot(2019) is None


def test_latest_snapshot_picks_the_greatest_complete_id(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    assert store.latest_snapshot(2019) is None
    older = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    changed = [(url, data.replace(b"}", b', "v": 2}', 1), n) for url, data, n in PAGES]
    newer = store.write_snapshot(2019, changed, "https://x", FETCHED_AT + timedelta(days=1))
    assert store.latest_snapshot(2019) == newer
    # The same bytes fetched again are no new snapshot: the latest one is returned.
    assert store.write_snapshot(2019, changed, "https://x", FETCHED_AT + timedelta(days=2)) == newer
    assert store.snapshots(2019) == [older, newer]

    # Ignored: a manifest saying incomplete, a leftover temporary folder, an empty folder.
    incomplete = store.edition_dir(2019) / "20991231T000000Z"
    incomplete.mkdir()
    (incomplete / "manifest.json").write_text('{"complete": false, "pages": []}')
    leftover = store.edition_dir(2019) / ".tmp-20991231T000001Z-abcd1234"
    leftover.mkdir()
    (leftover / "page-0001.json").write_bytes(PAGES[0][1])
    (store.edition_dir(2019) / "20991231T000002Z").mkdir()
    assert store.latest_snapshot(2019) == newer

    # A hand-dropped export (no manifest) counts; "export" sorts after every timestamp.
    export = store.edition_dir(2019) / "export"
    export.mkdir()
    (export / "evenements.json").write_bytes(b"[]")
    assert store.latest_snapshot(2019) == export
    assert store.latest_snapshot(2020) is None


def test_verify_detects_a_tampered_page(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    (path / "page-0002.json").write_bytes(PAGES[1][1].replace(b"Caf", b"Kaf"))
    with pytest.raises(FeedError, match="fichier différent de son manifest : .*page-0002.json"):
        store.verify(path)


def test_verify_detects_a_missing_page(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    (path / "page-0001.json").unlink()
    with pytest.raises(FeedError, match="fichier listé dans le manifest mais absent : .*page-0001.json"):
        store.verify(path)


def test_verify_has_nothing_to_check_in_a_hand_export(tmp_path):
    export = tmp_path / "plateforme" / "2019" / "export"
    export.mkdir(parents=True)
    (export / "evenements.json").write_bytes(b"[]")
    assert SnapshotStore(tmp_path, "plateforme").verify(export) == 0


@pytest.mark.parametrize("entry", ["../../../outside.json", "/etc/passwd", "sub/page.json", "..", "..\\outside.json"])
def test_manifest_entries_outside_the_snapshot_are_not_read(tmp_path, entry):
    (tmp_path / "outside.json").write_bytes(b'{"secret": true}')
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES[:1], "https://x", FETCHED_AT)
    manifest = json.loads((path / MANIFEST).read_bytes())
    manifest["pages"].append({**manifest["pages"][0], "file": entry})
    (path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")

    contents, problems = read_snapshot_files(path, ("*.json",), source="plateforme", edition=2019)
    assert [name for name, _ in contents] == ["page-0001.json"]
    assert [(p.file, p.position) for p in problems] == [(MANIFEST, None)]
    assert repr(entry) in problems[0].reason and problems[0].reason.startswith("entrée du manifest non lue")
    with pytest.raises(FeedError, match=f"autre chose qu'un nom de fichier : {re.escape(repr(entry))}"):
        store.verify(path)


def test_verify_refuses_an_outside_file_even_with_its_right_hash(tmp_path):
    outside = b'{"secret": true}'
    (tmp_path / "outside.json").write_bytes(outside)
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES[:1], "https://x", FETCHED_AT)
    entry = {"file": "../../../outside.json", "url": "https://x", "sha256": sha256(outside), "bytes": len(outside)}
    (path / MANIFEST).write_text(json.dumps({"complete": True, "pages": [entry]}), encoding="utf-8")
    with pytest.raises(FeedError, match=r"nom de fichier : '\.\./\.\./\.\./outside\.json'"):
        store.verify(path)


def test_verify_names_a_manifest_entry_without_checksum(tmp_path):
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    manifest = json.loads((path / "manifest.json").read_text())
    del manifest["pages"][0]["sha256"]
    (path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(FeedError, match="manifest sans sha256 ni taille : 'page-0001.json'"):
        store.verify(path)


@pytest.mark.parametrize("pages", [None, {"page-0001.json": {}}, "page-0001.json", 3])
def test_verify_names_a_manifest_whose_pages_are_not_a_list(tmp_path, pages):
    # Found by mutating the sample's snapshots: `"pages": null` stopped the whole run with a TypeError.
    store = SnapshotStore(tmp_path, "plateforme")
    path = store.write_snapshot(2019, PAGES, "https://x", FETCHED_AT)
    manifest = json.loads((path / MANIFEST).read_text())
    manifest["pages"] = pages
    (path / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(FeedError, match=f"manifest illisible : .*pages sont un {type(pages).__name__}, pas une liste"):
        store.verify(path)


def test_a_304_to_a_page_request_without_validators_is_a_clear_error(server, client):
    """Page requests carry no validators: a 304 is the server's error, named as such (not « not a page »)."""
    first = server.route("/p1", json_reply({"n": 1, "next": "/p2"}))
    server.route("/p2", Reply(304))
    with pytest.raises(FeedError, match=r"/p2 a répondu 304 Not Modified à une requête sans validateurs"):
        list(fetch_json_pages(client, first, source="src", next_url=next_link))
