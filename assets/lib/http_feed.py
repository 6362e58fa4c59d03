"""HTTP fetching with retries, JSON pagination and immutable on-disk snapshots of feeds."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from assets.lib.decoding import load_json
from assets.lib.records import FileProblem, RawRecord

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
SNAPSHOT_ID_FORMAT = "%Y%m%dT%H%M%SZ"
# A server asking for minutes of patience would stall the run; past this cap we retry anyway.
MAX_RETRY_AFTER_S = 5.0
# Hops followed by hand when the caller sends its own (secret) headers.
MAX_REDIRECTS = 5
DEFAULT_PORTS = {"http": 80, "https": 443}

Sleep = Callable[[float], None]
RetryLog = Callable[[str], None]


class FeedError(Exception):
    """A feed could not be fetched or a snapshot is not what its manifest says."""

    def __init__(
        self, message: str, *, source: str, url: str | None = None, status_code: int | None = None
    ) -> None:
        super().__init__(message)
        self.source = source
        self.url = url
        self.status_code = status_code


@dataclass(frozen=True)
class FetchResult:
    """A successful (2xx) response, fully read."""

    url: str  # final URL, after redirects
    status_code: int
    content: bytes
    headers: httpx.Headers


class _Retryable(Exception):
    """One failed attempt worth retrying; `delay_s` overrides the backoff (Retry-After)."""

    def __init__(self, cause: str, *, status_code: int | None = None, delay_s: float | None = None):
        super().__init__(cause)
        self.cause = cause
        self.status_code = status_code
        self.delay_s = delay_s


def _retry_after_s(value: str | None, cap_s: float) -> float | None:
    """Numeric Retry-After in seconds, capped; None for absent or HTTP-date values (backoff applies)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if seconds != seconds or seconds < 0:  # NaN or negative: ignore
        return None
    return min(seconds, cap_s)


def _with_params(url: str, params: Any, source: str) -> str:
    try:
        return str(httpx.URL(url).copy_merge_params(params)) if params else url
    except httpx.InvalidURL as exc:
        raise FeedError(f"{source}: invalid URL {url!r} ({exc})", source=source, url=url) from exc


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or DEFAULT_PORTS.get(url.scheme)


def _get(client: httpx.Client, url: str, *, source: str, headers: Mapping[str, str] | None) -> httpx.Response:
    """GET following redirects; the caller's headers are never sent past a change of origin."""
    if not headers:
        return client.get(url, follow_redirects=True)
    # httpx strips only Authorization across origins: an API key in another header would follow the redirect.
    start, origin = url, _origin(httpx.URL(url))
    sent: Mapping[str, str] | None = headers
    for _ in range(MAX_REDIRECTS + 1):
        response = client.get(url, headers=sent, follow_redirects=False)
        if response.next_request is None:
            return response
        target = response.next_request.url
        if _origin(target) != origin:
            sent = None  # and not restored if a later hop comes back: the chain went through a third party
        url = str(target)
    raise FeedError(f"{source}: more than {MAX_REDIRECTS} redirects from {start}, stopped at {url}",
                    source=source, url=start)


def _attempt(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    headers: Mapping[str, str] | None,
    max_retry_after_s: float,
) -> httpx.Response:
    try:
        response = _get(client, url, source=source, headers=headers)
    except httpx.TimeoutException as exc:
        raise _Retryable(f"timeout ({type(exc).__name__})") from exc
    except httpx.RemoteProtocolError as exc:
        # Typically a body shorter than its Content-Length: the server closed early.
        raise _Retryable(f"truncated or malformed response ({exc})") from exc
    except httpx.NetworkError as exc:
        raise _Retryable(f"connection error ({type(exc).__name__}: {exc})") from exc
    except httpx.DecodingError as exc:
        # A cut gzip stream surfaces here rather than as a protocol error.
        raise _Retryable(f"undecodable body ({exc})") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        # Redirect loop, URL without scheme, malformed URL…: the same request would fail the same way.
        raise FeedError(f"{source}: {type(exc).__name__} ({exc}) for {url}", source=source, url=url) from exc

    status = response.status_code
    if 200 <= status < 300:
        return response
    described = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == 429 or status >= 500:
        delay = None
        if status == 429 or status == 503:
            delay = _retry_after_s(response.headers.get("Retry-After"), max_retry_after_s)
        raise _Retryable(described, status_code=status, delay_s=delay)
    # Other 4xx (and unfollowed 3xx): retrying will not change the answer.
    raise FeedError(
        f"{source}: {described} for {response.url}", source=source, url=str(response.url), status_code=status
    )


def fetch_checked(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    retries: int,
    backoff_s: float,
    params: Any,
    headers: Mapping[str, str] | None,
    sleep: Sleep,
    on_retry: RetryLog | None,
    max_retry_after_s: float,
    parse: Callable[[bytes], Any] | None,
    parse_error: str,
) -> tuple[FetchResult, Any]:
    """GET `url` with the retry rules of fetch_bytes, and check the body with `parse`: a body it rejects
    (ValueError) is retried like a truncated one, then fails as `parse_error`. Returns the result and
    what `parse` returned (None without `parse`)."""
    if retries < 0:
        raise ValueError("retries must be >= 0")
    url = _with_params(url, params, source)  # so every message names the exact URL requested
    log = on_retry or logger.warning
    attempts = retries + 1
    last: _Retryable | None = None
    for attempt in range(1, attempts + 1):
        try:
            response = _attempt(
                client, url, source=source, headers=headers, max_retry_after_s=max_retry_after_s
            )
            parsed = None
            if parse is not None:
                try:
                    parsed = parse(response.content)
                except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                    # A 200 with a cut body and no Content-Length only shows up here: retry it too.
                    raise _Retryable(f"{parse_error} ({exc})") from exc
            result = FetchResult(
                url=str(response.url),
                status_code=response.status_code,
                content=response.content,
                headers=response.headers,
            )
            return result, parsed
        except _Retryable as exc:
            last = exc
            if attempt == attempts:
                break
            delay = exc.delay_s if exc.delay_s is not None else backoff_s * 2 ** (attempt - 1)
            log(
                f"{source}: attempt {attempt}/{attempts} on {url} failed: {exc.cause}; "
                f"retrying in {delay:g} s"
            )
            sleep(delay)
    assert last is not None
    raise FeedError(
        f"{source}: giving up on {url} after {attempts} attempt(s): {last.cause}",
        source=source,
        url=url,
        status_code=last.status_code,
    ) from last


def fetch_bytes(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    retries: int = 3,
    backoff_s: float = 0.5,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
    sleep: Sleep = time.sleep,
    on_retry: RetryLog | None = None,
    max_retry_after_s: float = MAX_RETRY_AFTER_S,
) -> FetchResult:
    """GET `url` (redirects followed) and return the whole body; raise FeedError when it cannot.

    Up to `retries` extra attempts (so `retries + 1` requests) on timeouts, connection errors,
    truncated bodies, 5xx and 429, waiting `backoff_s * 2**n` or a numeric Retry-After capped to
    `max_retry_after_s`. Any other non-2xx status fails at once, and so do a redirect loop or a URL
    httpx cannot request (no scheme, malformed). `headers` (an API key) are dropped from the first
    redirect to another origin (scheme, host, port) on, and at most MAX_REDIRECTS hops are followed then.
    `on_retry` receives one line per failed attempt (defaults to this module's logger; pass
    `context.log.warning` from an asset).
    """
    result, _ = fetch_checked(
        client,
        url,
        source=source,
        retries=retries,
        backoff_s=backoff_s,
        params=params,
        headers=headers,
        sleep=sleep,
        on_retry=on_retry,
        max_retry_after_s=max_retry_after_s,
        parse=None,
        parse_error="",
    )
    return result


def fetch_json_pages(
    client: httpx.Client,
    first_url: str,
    *,
    source: str,
    next_url: Callable[[Any, str], str | None],
    max_pages: int = 10_000,
    retries: int = 3,
    backoff_s: float = 0.5,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
    sleep: Sleep = time.sleep,
    on_retry: RetryLog | None = None,
    max_retry_after_s: float = MAX_RETRY_AFTER_S,
) -> Iterator[tuple[str, bytes, Any]]:
    """Yield `(url, raw_bytes, parsed_json)` per page, following `next_url(page_json, page_url)`.

    `params` apply to the first request only (next URLs carry their own query). A relative next URL
    is resolved against the page URL. Invalid JSON is retried like a truncated body, then raises
    FeedError ("invalid JSON"); so do a next URL already requested (a loop) and more than `max_pages`.
    """
    url: str | None = first_url
    page_params = params
    requested: set[str] = set()
    pages = 0
    while url is not None:
        request_url = _with_params(url, page_params, source)
        if request_url in requested:
            raise FeedError(
                f"{source}: pagination loops back to {request_url}", source=source, url=request_url
            )
        if pages >= max_pages:
            raise FeedError(
                f"{source}: more than {max_pages} pages, stopped before {request_url}",
                source=source,
                url=request_url,
            )
        requested.add(request_url)
        result, page = fetch_checked(
            client,
            request_url,
            source=source,
            retries=retries,
            backoff_s=backoff_s,
            params=None,
            headers=headers,
            sleep=sleep,
            on_retry=on_retry,
            max_retry_after_s=max_retry_after_s,
            parse=load_json,
            parse_error="invalid JSON",
        )
        pages += 1
        yield result.url, result.content, page
        following = next_url(page, result.url)
        try:
            url = str(httpx.URL(result.url).join(following)) if following else None
        except httpx.InvalidURL as exc:
            raise FeedError(f"{source}: invalid next page URL {following!r} in {result.url} ({exc})",
                            source=source, url=result.url) from exc
        page_params = None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)
        f.flush()
        # The folder rename is only atomic for what already reached the disk.
        os.fsync(f.fileno())


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("fetched_at must be timezone-aware (UTC), got a naive datetime")
    return moment.astimezone(UTC).replace(microsecond=0)


def _plain_name(name: Any) -> bool:
    """True for a bare file name of the snapshot folder: no separator, no `..`, not absolute."""
    return (isinstance(name, str) and name not in ("", ".", "..", MANIFEST) and "/" not in name
            and "\\" not in name and "\0" not in name)


def snapshot_files(snapshot_dir: Path, patterns: Iterable[str]) -> tuple[list[str], list[str]]:
    """(files to read, manifest problems): the manifest's list, else files matching `patterns` by name.

    A manifest entry that is not a plain file name (`../x`, `/etc/passwd`, `sub/page.json`) is not read
    and is reported: a hand-edited manifest must not make the pipeline read outside its snapshot.
    """
    snapshot_dir = Path(snapshot_dir)
    every = sorted({p.name for pattern in patterns for p in snapshot_dir.glob(pattern)
                    if p.is_file() and p.name != MANIFEST and not p.name.startswith((".", "~$"))})
    manifest_path = snapshot_dir / MANIFEST
    if not manifest_path.exists():
        return every, []
    try:
        listed = [entry["file"] for entry in json.loads(manifest_path.read_bytes())["pages"]]
    except (ValueError, KeyError, TypeError) as exc:
        return every, [f"unreadable manifest, reading every matching file instead ({exc})"]
    problems = [f"manifest entry {name!r} is not a file name of the snapshot folder, not read"
                for name in listed if not _plain_name(name)]
    return [name for name in listed if _plain_name(name)], problems


def read_snapshot_files(
    snapshot_dir: Path, patterns: Iterable[str], *, source: str, edition: int
) -> tuple[list[tuple[str, bytes]], list[FileProblem]]:
    """(file name, bytes) of every file of a snapshot in reading order, and a FileProblem for an
    unreadable manifest or a listed file that is missing: what every source reader starts from."""
    snapshot_dir = Path(snapshot_dir)
    files, manifest_problems = snapshot_files(snapshot_dir, patterns)
    problems = [FileProblem(source, edition, MANIFEST, None, reason) for reason in manifest_problems]
    contents = []
    for name in files:
        path = snapshot_dir / name
        if path.is_file():
            contents.append((name, path.read_bytes()))
        else:
            problems.append(FileProblem(source, edition, name, None, "listed in the manifest but missing"))
    return contents, problems


def json_event_records(
    contents: list[tuple[str, bytes]],
    *,
    source: str,
    edition: int,
    events_of: Callable[[Any], list[Any] | None],
    record_id: Callable[[dict[str, Any]], str | None],
    not_events: str,
) -> tuple[list[RawRecord], list[FileProblem]]:
    """RawRecords of the events in JSON files, numbered across files; invalid JSON, a file where
    `events_of` finds no event list (`not_events` says what was expected) or an entry that is not a JSON
    object becomes a FileProblem naming the file (and position), and the rest is still read."""
    records: list[RawRecord] = []
    problems: list[FileProblem] = []
    position = 0
    for name, raw in contents:
        try:
            content = load_json(raw)  # a Windows-1252 string costs only itself
        except ValueError as exc:  # includes undecodable bytes
            problems.append(FileProblem(source, edition, name, None, f"invalid JSON ({exc})"))
            continue
        events = events_of(content)
        if events is None:
            problems.append(FileProblem(source, edition, name, None, f"{not_events} ({type(content).__name__})"))
            continue
        for event in events:
            if isinstance(event, dict):
                records.append(RawRecord(source, edition, record_id(event), position, name, event))
            else:
                problems.append(FileProblem(source, edition, name, position,
                                            f"entrée qui n'est pas un objet JSON : {type(event).__name__}"))
            position += 1
    return records, problems


class SnapshotStore:
    """Immutable feed snapshots: `root/<source>/<edition>/<snapshot_id>/page-NNNN.json` + manifest.json.

    `snapshot_id` is the UTC fetch time `YYYYMMDDTHHMMSSZ`; a hand-dropped export is a folder
    without manifest (e.g. `export`). Snapshots are built in a hidden sibling folder (`.tmp-…`) and
    renamed into place, so a failed fetch leaves nothing that `latest_snapshot` would pick.
    """

    def __init__(self, root: Path, source: str) -> None:
        self.root = Path(root)
        self.source = source

    def edition_dir(self, edition: int) -> Path:
        return self.root / self.source / str(edition)

    def write_snapshot(
        self,
        edition: int,
        pages: Iterable[tuple[str, bytes, int]],
        base_url: str,
        fetched_at: datetime,
    ) -> Path:
        """Write `(url, raw_bytes, n_records)` pages as `page-NNNN.json` files of a new snapshot."""
        files = ((f"page-{number:04d}.json", url, data, n) for number, (url, data, n) in enumerate(pages, start=1))
        return self.write_files(edition, files, base_url=base_url, fetched_at=fetched_at)

    def write_files(
        self,
        edition: int,
        files: Iterable[tuple[str, str, bytes, int | None]],
        base_url: str,
        fetched_at: datetime,
    ) -> Path:
        """Write `(file name, url, raw_bytes, n_records)` as a new complete snapshot and return its folder.

        Files are consumed lazily (a fetch generator streams straight to disk); if the iterable
        raises, the partial folder is removed and the error propagates. A snapshot is never
        rewritten: a second fetch within the same second gets the id suffixed `-2`, `-3`…, which
        still sorts after the first.
        """
        fetched_at = _utc(fetched_at)
        parent = self.edition_dir(edition)
        base_id = fetched_at.strftime(SNAPSHOT_ID_FORMAT)
        final = parent / base_id
        for attempt in range(2, 100):
            if not final.exists():
                break
            final = parent / f"{base_id}-{attempt}"
        exists = f"{self.source}: snapshot {final} already exists, refusing to overwrite"
        if final.exists():
            raise FileExistsError(exists)
        parent.mkdir(parents=True, exist_ok=True)
        tmp = parent / f".tmp-{final.name}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            entries = []
            for name, url, data, n_records in files:
                if Path(name).name != name or name == MANIFEST or name.startswith("."):
                    raise ValueError(f"{self.source}: invalid snapshot file name {name!r}")
                _write_file(tmp / name, data)
                entries.append({"file": name, "url": url, "sha256": _sha256(data), "bytes": len(data),
                                "records": n_records})
            if not entries:
                raise ValueError(f"{self.source}: no file to write for edition {edition}")
            manifest = {
                "source": self.source,
                "edition": edition,
                "fetched_at": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "base_url": base_url,
                "complete": True,
                "pages": entries,
            }
            text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
            _write_file(tmp / MANIFEST, text.encode("utf-8"))
            # Checked again: os.rename would silently replace an empty folder created meanwhile.
            if final.exists():
                raise FileExistsError(exists)
            os.rename(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return final

    def snapshots(self, edition: int, patterns: Iterable[str] = ("*.json",)) -> list[Path]:
        """Complete snapshots of an edition, oldest first (by snapshot id, as text).

        A folder counts if its manifest says `complete: true`, or if it has no manifest but holds
        files matching `patterns` (a hand-dropped export: `*.json` pages, `*.ics`, spreadsheets…).
        Hidden folders (unfinished writes) never count.
        """
        parent = self.edition_dir(edition)
        if not parent.is_dir():
            return []
        found = []
        for folder in parent.iterdir():
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            manifest = folder / MANIFEST
            if manifest.exists():
                try:
                    complete = json.loads(manifest.read_bytes()).get("complete") is True
                except (ValueError, AttributeError):
                    complete = False  # an unreadable manifest cannot vouch for its pages
                if complete:
                    found.append(folder)
            elif any(p.is_file() and not p.name.startswith((".", "~$"))
                     for pattern in patterns for p in folder.glob(pattern)):
                found.append(folder)
        return sorted(found, key=lambda p: p.name)

    def latest_snapshot(self, edition: int, patterns: Iterable[str] = ("*.json",)) -> Path | None:
        """The complete snapshot with the greatest id, or None.

        Ids compare as text, so a manifest-less folder named `export` sorts after every timestamp:
        name hand-dropped folders by their export date (`20191201T000000Z`).
        """
        found = self.snapshots(edition, patterns)
        return found[-1] if found else None

    def verify(self, snapshot_dir: Path) -> int:
        """Check every page against the manifest (presence, size, sha256); return the pages checked.

        Raises FeedError naming the file on the first mismatch. A folder without manifest (a
        hand-dropped export) has nothing to check against and returns 0.
        """
        snapshot_dir = Path(snapshot_dir)
        manifest_path = snapshot_dir / MANIFEST
        if not manifest_path.exists():
            return 0
        try:
            manifest = json.loads(manifest_path.read_bytes())
            entries = manifest["pages"]
        except (ValueError, KeyError, TypeError) as exc:
            raise FeedError(
                f"{self.source}: unreadable manifest {manifest_path} ({exc})", source=self.source
            ) from exc
        for entry in entries:
            name = entry.get("file") if isinstance(entry, dict) else None
            if not _plain_name(name):
                raise FeedError(
                    f"{self.source}: manifest {manifest_path} lists {name!r}, not a file name of the snapshot",
                    source=self.source,
                )
            path = snapshot_dir / name
            url = entry.get("url")
            if not path.is_file():
                raise FeedError(
                    f"{self.source}: page file {path} listed in the manifest is missing",
                    source=self.source,
                    url=url,
                )
            data = path.read_bytes()
            digest = _sha256(data)
            expected_digest, expected_bytes = entry.get("sha256"), entry.get("bytes")
            if not isinstance(expected_digest, str) or not isinstance(expected_bytes, int):
                raise FeedError(f"{self.source}: manifest {manifest_path} gives no sha256 and size for {name!r}",
                                source=self.source, url=url)
            if digest != expected_digest or len(data) != expected_bytes:
                raise FeedError(
                    f"{self.source}: {path} does not match its manifest "
                    f"(sha256 {digest[:12]}…, {len(data)} bytes; expected {expected_digest[:12]}…, "
                    f"{expected_bytes} bytes)",
                    source=self.source,
                    url=url,
                )
        return len(entries)
