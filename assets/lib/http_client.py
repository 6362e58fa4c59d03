"""HTTP GET with retries, overall deadlines, capped redirects and conditional requests; JSON pagination."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from assets.lib.decoding import load_json

logger = logging.getLogger(__name__)

# Redirect hops followed for every request (httpx's own default is 20): a loop stops early.
MAX_REDIRECTS = 10
# A server asking for minutes of patience would stall the run; past this cap we retry anyway.
MAX_RETRY_AFTER_S = 5.0
# A body past this size is refused, not retried (a runaway or hostile server, a decompression bomb: the cap counts
# decoded bytes): a region's whole agenda as iCalendar or a spreadsheet export weighs a few megabytes.
MAX_BODY_BYTES = 256 * 1024 * 1024
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
class RetryPolicy:
    """How patient a fetch is, in one value.

    `retries` extra attempts on timeouts, connection errors, truncated bodies, 5xx and 429, waiting
    `backoff_s * 2**n` or the Retry-After (seconds or HTTP-date) capped to `max_retry_after_s`.
    `request_deadline_s` bounds one request (headers and body; a server dripping bytes is cut there),
    `fetch_deadline_s` a whole fetch (every page and retry); None = no bound. `max_body_bytes` bounds one
    response's decoded body (None = no bound). `on_retry` receives one line per failed attempt.
    """

    retries: int = 3
    backoff_s: float = 0.5
    max_retry_after_s: float = MAX_RETRY_AFTER_S
    request_deadline_s: float | None = 120.0
    fetch_deadline_s: float | None = 900.0
    max_body_bytes: int | None = MAX_BODY_BYTES
    sleep: Sleep = time.sleep
    on_retry: RetryLog | None = None

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError("retries must be >= 0")

    def log(self, message: str) -> None:
        (self.on_retry or logger.warning)(message)


DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class FetchResult:
    """A successful (2xx) response fully read, or a 304 Not Modified (`unchanged`, empty content)."""

    url: str  # final URL, after redirects
    status_code: int
    content: bytes
    headers: httpx.Headers

    @property
    def unchanged(self) -> bool:
        return self.status_code == 304

    def validators(self) -> dict[str, str]:
        """ETag and Last-Modified of the response, to send back as If-None-Match / If-Modified-Since."""
        return {name: self.headers[name] for name in ("ETag", "Last-Modified") if name in self.headers}


def conditional_headers(validators: Mapping[str, str] | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the ETag / Last-Modified kept with the last snapshot."""
    validators = validators or {}
    sent = {}
    if validators.get("ETag"):
        sent["If-None-Match"] = validators["ETag"]
    if validators.get("Last-Modified"):
        sent["If-Modified-Since"] = validators["Last-Modified"]
    return sent


class _Retryable(Exception):
    """One failed attempt worth retrying; `delay_s` overrides the backoff (Retry-After)."""

    def __init__(self, cause: str, *, status_code: int | None = None, delay_s: float | None = None):
        super().__init__(cause)
        self.cause = cause
        self.status_code = status_code
        self.delay_s = delay_s


class _Deadline:
    """The earliest of the request's and the fetch's deadlines (monotonic clock), None when unbounded."""

    def __init__(self, request_s: float | None, fetch_at: float | None):
        at = time.monotonic() + request_s if request_s is not None else None
        self.at = min(x for x in (at, fetch_at) if x is not None) if at or fetch_at else None

    def passed(self) -> bool:
        return self.at is not None and time.monotonic() > self.at


def _retry_after_s(value: str | None, cap_s: float) -> float | None:
    """Retry-After in seconds, capped: a number of seconds, or an HTTP-date (RFC 9110 §10.2.3) counted from
    now, 0 when past; None for an absent or unreadable value (backoff applies)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # "-0000": UTC with no source zone (RFC 5322 §3.3)
            when = when.replace(tzinfo=UTC)
        return min(max(0.0, (when - datetime.now(UTC)).total_seconds()), cap_s)
    if seconds != seconds or seconds < 0:  # NaN or negative: ignore
        return None
    return min(seconds, cap_s)


def with_params(url: str, params: Any, source: str) -> str:
    try:
        return str(httpx.URL(url).copy_merge_params(params)) if params else url
    except httpx.InvalidURL as exc:
        raise FeedError(f"{source}: adresse invalide {url!r} ({exc})", source=source, url=url) from exc


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or DEFAULT_PORTS.get(url.scheme)


def _read_body(client: httpx.Client, url: str, headers: Mapping[str, str] | None, deadline: _Deadline, *,
               source: str, max_bytes: int | None) -> httpx.Response:
    """One GET, body streamed so that the deadline and the size cap are checked between chunks (the count kept as
    it goes: joining the chunks received at each one made a 40 MB body take 13 s, a 150 MB one past the deadline)."""
    request = client.build_request("GET", url, headers=headers)
    response = client.send(request, stream=True, follow_redirects=False)
    try:
        declared = response.headers.get("Content-Length", "")
        if max_bytes is not None and declared.isdigit() and int(declared) > max_bytes \
                and "Content-Encoding" not in response.headers:
            raise _too_large(source, url, f"{declared} bytes announced", max_bytes)
        chunks, received = [], 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            received += len(chunk)
            if max_bytes is not None and received > max_bytes:
                raise _too_large(source, url, f"more than {received} bytes received", max_bytes)
            if deadline.passed():
                raise _Retryable(f"délai dépassé ({received} octets reçus de {url})")
        response._content = b"".join(chunks)  # noqa: SLF001 - the streamed body, as .content
    finally:
        response.close()
    return response


def _too_large(source: str, url: str, what: str, max_bytes: int) -> FeedError:
    return FeedError(f"{source}: réponse trop volumineuse de {url} ({what}, {max_bytes} octets au plus)",
                     source=source, url=url)


def _get(client: httpx.Client, url: str, *, source: str, headers: Mapping[str, str] | None,
         deadline: _Deadline, max_bytes: int | None = MAX_BODY_BYTES) -> httpx.Response:
    """GET following at most MAX_REDIRECTS redirects; the caller's headers (an API key, validators) are never
    sent past a change of origin (httpx strips only Authorization: an API key in another header would follow)."""
    start, origin = url, _origin(httpx.URL(url))
    sent = dict(headers or {})
    for _ in range(MAX_REDIRECTS + 1):
        response = _read_body(client, url, sent, deadline, source=source, max_bytes=max_bytes)
        if response.next_request is None:
            return response
        target = response.next_request.url
        if _origin(target) != origin:
            sent = {}  # and not restored if a later hop comes back: the chain went through a third party
        url = str(target)
    raise FeedError(f"{source}: plus de {MAX_REDIRECTS} redirections depuis {start}, arrêt à {url}",
                    source=source, url=start)


def _attempt(client: httpx.Client, url: str, *, source: str, headers: Mapping[str, str] | None,
             policy: RetryPolicy, deadline: _Deadline) -> httpx.Response:
    try:
        response = _get(client, url, source=source, headers=headers, deadline=deadline,
                        max_bytes=policy.max_body_bytes)
    except httpx.TimeoutException as exc:
        raise _Retryable(f"délai dépassé ({type(exc).__name__})") from exc
    except httpx.RemoteProtocolError as exc:
        # Typically a body shorter than its Content-Length: the server closed early.
        raise _Retryable(f"réponse tronquée ou malformée ({exc})") from exc
    except httpx.NetworkError as exc:
        raise _Retryable(f"erreur de connexion ({type(exc).__name__} : {exc})") from exc
    except httpx.DecodingError as exc:
        # A cut gzip stream surfaces here rather than as a protocol error.
        raise _Retryable(f"corps de réponse indécodable ({exc})") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        # URL without scheme, malformed URL…: the same request would fail the same way.
        raise FeedError(f"{source}: {type(exc).__name__} ({exc}) pour {url}", source=source, url=url) from exc

    status = response.status_code
    if 200 <= status < 300 or status == 304:
        return response
    described = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == 429 or status >= 500:
        delay = None
        if status == 429 or status == 503:
            delay = _retry_after_s(response.headers.get("Retry-After"), policy.max_retry_after_s)
        raise _Retryable(described, status_code=status, delay_s=delay)
    # Other 4xx (and unfollowed 3xx): retrying will not change the answer.
    raise FeedError(
        f"{source}: {described} pour {response.url}", source=source, url=str(response.url), status_code=status
    )


def fetch_checked(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    policy: RetryPolicy,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
    parse: Callable[[bytes], Any] | None = None,
    parse_error: str = "",
    fetch_deadline_at: float | None = None,
) -> tuple[FetchResult, Any]:
    """GET `url` under `policy` and check the body with `parse`: a body it rejects (ValueError) is retried
    like a truncated one, then fails as `parse_error`. Returns the result and what `parse` returned (None
    without `parse`, or for a 304). `fetch_deadline_at` (monotonic) is the deadline of the whole fetch."""
    url = with_params(url, params, source)  # so every message names the exact URL requested
    if fetch_deadline_at is None and policy.fetch_deadline_s is not None:
        fetch_deadline_at = time.monotonic() + policy.fetch_deadline_s
    attempts = policy.retries + 1
    last: _Retryable | None = None
    for attempt in range(1, attempts + 1):
        deadline = _Deadline(policy.request_deadline_s, fetch_deadline_at)
        try:
            response = _attempt(client, url, source=source, headers=headers, policy=policy,
                                deadline=deadline)
            parsed = None
            if parse is not None and response.status_code != 304:
                try:
                    parsed = parse(response.content)
                except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                    # A 200 with a cut body and no Content-Length only shows up here: retry it too.
                    raise _Retryable(f"{parse_error} ({exc})") from exc
            result = FetchResult(url=str(response.url), status_code=response.status_code,
                                 content=response.content, headers=response.headers)
            return result, parsed
        except _Retryable as exc:
            last = exc
            if attempt == attempts:
                break
            delay = exc.delay_s if exc.delay_s is not None else policy.backoff_s * 2 ** (attempt - 1)
            if fetch_deadline_at is not None and time.monotonic() + delay >= fetch_deadline_at:
                last = _Retryable(f"{exc.cause} ; délai total de {policy.fetch_deadline_s:g} s atteint",
                                  status_code=exc.status_code)
                break
            policy.log(f"{source}: essai {attempt}/{attempts} sur {url} en échec : {exc.cause} ; "
                       f"nouvel essai dans {delay:g} s")
            policy.sleep(delay)
    assert last is not None
    raise FeedError(
        f"{source}: abandon de {url} après {attempt} essai(s) : {last.cause}",
        source=source, url=url, status_code=last.status_code,
    ) from last


def fetch_bytes(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    policy: RetryPolicy = DEFAULT_POLICY,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
) -> FetchResult:
    """GET `url` and return the whole body; raise FeedError when it cannot.

    Retries follow `policy`; any other non-2xx status fails at once (304 is returned: the caller sent
    validators), and so do more than MAX_REDIRECTS redirects or a URL httpx cannot request. `headers`
    (an API key) are dropped from the first redirect to another origin (scheme, host, port) on.
    """
    result, _ = fetch_checked(client, url, source=source, policy=policy, params=params, headers=headers)
    return result


@dataclass(frozen=True)
class PagesCut:
    """The pages received before a pagination that loops or runs past its page limit: kept, and flagged."""

    reason: str


def fetch_json_pages(
    client: httpx.Client,
    first_url: str,
    *,
    source: str,
    next_url: Callable[[Any, str], str | None],
    policy: RetryPolicy = DEFAULT_POLICY,
    max_pages: int = 10_000,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
    on_cut: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, bytes, Any]]:
    """Yield `(url, raw_bytes, parsed_json)` per page, following `next_url(page_json, page_url)`.

    `params` apply to the first request only (next URLs carry their own query). A relative next URL
    is resolved against the page URL. Invalid JSON is retried like a truncated body, then raises
    FeedError ("invalid JSON"). A next URL already requested (a loop) or more than `max_pages` ends the
    walk: with `on_cut` the pages received so far are kept and `on_cut` gets the reason, else FeedError.
    """
    url: str | None = first_url
    page_params = params
    requested: set[str] = set()
    pages = 0
    fetch_deadline_at = time.monotonic() + policy.fetch_deadline_s if policy.fetch_deadline_s is not None else None
    while url is not None:
        request_url = with_params(url, page_params, source)
        cut = None
        if request_url in requested:
            cut = f"la pagination revient à {request_url}"
        elif pages >= max_pages:
            cut = f"more than {max_pages} pages, stopped before {request_url}"
        if cut is not None:
            if on_cut is None:
                raise FeedError(f"{source}: {cut}", source=source, url=request_url)
            on_cut(cut)
            return
        requested.add(request_url)
        result, page = fetch_checked(
            client, request_url, source=source, policy=policy, headers=headers, parse=load_json,
            parse_error="JSON illisible", fetch_deadline_at=fetch_deadline_at,
        )
        if result.unchanged:  # these requests carry no validators: a 304 is the server's error, not « unchanged »
            raise FeedError(f"{source}: {request_url} a répondu 304 Not Modified à une requête sans validateurs",
                            source=source, url=request_url)
        pages += 1
        yield result.url, result.content, page
        following = next_url(page, result.url)
        try:
            url = str(httpx.URL(result.url).join(following)) if following else None
        except httpx.InvalidURL as exc:
            raise FeedError(f"{source}: adresse de page suivante invalide {following!r} dans {result.url} ({exc})",
                            source=source, url=result.url) from exc
        page_params = None
