"""The subset of the udata API v1 (data.gouv.fr) that the publication uses, over httpx, with retries.

Request and response shapes were read in the udata source (github.com/opendatateam/udata, snapshot of
2026-08-21, commit 25b5a2d):
- `udata/core/dataset/api.py`: routes `GET|PUT /datasets/{id}/` (DatasetAPI), `POST /datasets/{id}/upload/`
  (UploadNewDatasetResource, 201, creates a static resource titled after the file name),
  `POST /datasets/{id}/resources/{rid}/upload/` (UploadDatasetResource, 200: same resource id, the old file is
  deleted, the title is reset to the file name), `PUT /datasets/{id}/resources/{rid}/` (ResourceAPI),
  `GET /datasets/extensions/` (AllowedExtensionsAPI);
- `udata/core/dataset/api_fields.py`: the Resource model (`id`, `title`, `description`, `type`, `format`,
  `url`, `latest`, `checksum {type, value}`, `filesize`, `mime`, `schema {name, version, url}`, `extras`…)
  and the Dataset model (`resources`, `license`, `frequency`, `temporal_coverage`, `spatial`, `tags`…);
- `udata/core/storages/api.py` + `utils.py`: the multipart field is `file`; the server computes `checksum`
  (sha1), `filesize`, `mime` and `format`, and slugifies the file name (`indicateurs_editions.csv` ->
  `indicateurs-editions.csv`);
- `udata/core/dataset/forms.py`: `checksum`, `filesize`, `mime`, `format`, `url`, `filetype` of a hosted file
  cannot be overridden by a PUT (HOSTED_RESOURCE_PROTECTED_FIELDS); a PUT needs `Content-Type: application/json`;
- `udata/api/__init__.py`: the key goes in the `X-API-KEY` header; errors are `{"message": ...}` (401 invalid
  key, 403 permission, 400 file type not allowed) or `{"errors": {...}, "message": ...}` (400 validation).

The official client (`datagouv-client` 0.5.1, github.com/datagouv/datagouv_client) is not used: its base URL is
fixed to https://{www|demo|dev}.data.gouv.fr (`datagouv/api/client.py`), so it cannot be pointed at the tests'
local server; in `datagouv/api/resource.py` the replacing upload of `Resource.update` is not retried, while
`create_static` is retried blindly by the decorator of `datagouv/utils/retry.py` (any exception, 4xx included,
Retry-After ignored, 4-10 s waits), so a create whose response was lost is uploaded twice; and it brings
niquests + tenacity besides the httpx every other connector uses.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from assets.lib.http_client import MAX_RETRY_AFTER_S, _retry_after_s

logger = logging.getLogger(__name__)

API_KEY_HEADER = "X-API-KEY"  # udata/api/__init__.py, HEADER_API_KEY
# Hash names of udata's Checksum.type (udata/core/dataset/constants.py, CHECKSUM_TYPES) -> hashlib names.
CHECKSUM_ALGORITHMS = {"sha1": "sha1", "sha2": "sha256", "sha256": "sha256", "md5": "md5"}


class DataGouvError(Exception):
    """A call to the udata API failed for good; the message names the call and never holds the API key."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class _Retryable(Exception):
    def __init__(self, cause: str, delay_s: float | None = None, status_code: int | None = None) -> None:
        super().__init__(cause)
        self.cause, self.delay_s, self.status_code = cause, delay_s, status_code


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    digest = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _server_message(response: httpx.Response) -> str:
    """udata's error body (`message`, plus `errors` for a validation error), shortened; never echoes headers."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        parts = [str(body.get("message") or "")]
        if body.get("errors"):
            parts.append(str(body["errors"]))
        return " ".join(p for p in parts if p)[:300]
    return str(body)[:200]


class UdataApi:
    """Calls to one udata instance (`base_url` ends with /api/1). `api_key` goes in the X-API-KEY header of
    this client only; redirects are not followed, so the key never leaves for another host.

    Every call is retried `retries` times on timeouts, connection errors, 5xx and 429 (waiting the
    Retry-After, seconds or HTTP-date, capped, or `backoff_s * 2**n`); other statuses fail at once with
    DataGouvError."""

    def __init__(self, base_url: str, api_key: str = "", *, retries: int = 3, backoff_s: float = 1.0,
                 timeout_s: float = 60.0, upload_timeout_s: float = 600.0,
                 max_retry_after_s: float = MAX_RETRY_AFTER_S, sleep: Callable[[float], None] = time.sleep,
                 log: Callable[[str], None] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.retries, self.backoff_s, self.max_retry_after_s = retries, backoff_s, max_retry_after_s
        self.upload_timeout_s = upload_timeout_s
        self.sleep, self.log = sleep, log or logger.warning
        headers = {"User-Agent": "mois-ess-data (open data pipeline)", "Accept": "application/json"}
        if api_key:
            headers[API_KEY_HEADER] = api_key
        self._client = httpx.Client(timeout=timeout_s, follow_redirects=False, headers=headers)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> UdataApi:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the calls -------------------------------------------------------------------------------------

    def dataset(self, dataset_id: str) -> dict:
        """GET /datasets/{id}/: the dataset with its `resources`."""
        return self._call("GET", f"/datasets/{dataset_id}/", expected=(200,))

    def allowed_extensions(self) -> list[str]:
        """GET /datasets/extensions/: file extensions this instance accepts for uploads."""
        return self._call("GET", "/datasets/extensions/", expected=(200,))

    def update_dataset(self, dataset_id: str, payload: dict) -> dict:
        """PUT /datasets/{id}/ with the fields to change (absent fields are kept)."""
        return self._call("PUT", f"/datasets/{dataset_id}/", json=payload, expected=(200,))

    def upload_new(self, dataset_id: str, path: Path, *, find_existing: Callable[[], dict | None]) -> dict:
        """POST /datasets/{id}/upload/: a new static resource holding `path` (201).

        Creating is not idempotent: before each retry `find_existing()` is asked whether the failed attempt
        created the resource anyway (a response lost after the server stored the file), and what it returns is
        used instead of uploading a second copy."""
        return self._call("POST", f"/datasets/{dataset_id}/upload/", upload=path, expected=(200, 201),
                          before_retry=find_existing)

    def upload_replace(self, dataset_id: str, resource_id: str, path: Path) -> dict:
        """POST /datasets/{id}/resources/{rid}/upload/: replace the file, same resource id (200)."""
        return self._call("POST", f"/datasets/{dataset_id}/resources/{resource_id}/upload/", upload=path,
                          expected=(200, 201))

    def update_resource(self, dataset_id: str, resource_id: str, payload: dict) -> dict:
        """PUT /datasets/{id}/resources/{rid}/: title, description, type, schema (hosted-file fields are
        server-owned)."""
        return self._call("PUT", f"/datasets/{dataset_id}/resources/{resource_id}/", json=payload,
                          expected=(200,))

    # --- plumbing --------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, expected: tuple[int, ...], json: Any = None,
              upload: Path | None = None, before_retry: Callable[[], Any] | None = None) -> Any:
        url = self.base_url + path
        described = f"{method} {url}"
        attempts = self.retries + 1
        last: _Retryable | None = None
        for attempt in range(1, attempts + 1):
            if attempt > 1 and before_retry is not None:
                found = before_retry()
                if found is not None:
                    self.log(f"{described}: the failed attempt did create the resource, kept as is")
                    return found
            try:
                return self._attempt(method, url, expected=expected, json=json, upload=upload)
            except _Retryable as exc:
                last = exc
                if attempt == attempts:
                    break
                delay = exc.delay_s if exc.delay_s is not None else self.backoff_s * 2 ** (attempt - 1)
                self.log(f"{described}: attempt {attempt}/{attempts} failed: {exc.cause}; retrying in {delay:g} s")
                self.sleep(delay)
        assert last is not None
        if before_retry is not None:
            found = before_retry()
            if found is not None:
                return found
        raise DataGouvError(f"{described}: abandon après {attempts} tentative(s) : {last.cause}",
                            status_code=last.status_code)

    def _attempt(self, method: str, url: str, *, expected: tuple[int, ...], json: Any,
                 upload: Path | None) -> Any:
        try:
            if upload is not None:
                with open(upload, "rb") as f:
                    response = self._client.request(method, url, files={"file": (upload.name, f)},
                                                    timeout=self.upload_timeout_s)
            else:
                response = self._client.request(method, url, json=json)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"délai dépassé ({type(exc).__name__})") from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(f"connexion interrompue ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise DataGouvError(f"{method} {url}: {type(exc).__name__}") from exc
        status = response.status_code
        if status in expected:
            try:
                return response.json()
            except ValueError as exc:
                raise _Retryable(f"réponse JSON illisible (HTTP {status})") from exc
        if status == 429 or status >= 500:
            delay = _retry_after_s(response.headers.get("Retry-After"), self.max_retry_after_s)
            raise _Retryable(f"HTTP {status}", delay_s=delay, status_code=status)
        hint = {401: " (clé d'API refusée : DATAGOUV_API_KEY invalide, expirée ou d'un autre environnement)",
                403: " (la clé n'a pas le droit de modifier ce jeu de données)",
                404: " (introuvable : identifiant de jeu de données ou de ressource erroné ?)",
                410: " (jeu de données supprimé)"}.get(status, "")
        if 300 <= status < 400:
            # Not followed: a key is never sent to another address. Where it leads tells what to fix.
            hint = (f" (redirection vers {response.headers.get('Location') or '?'}, non suivie : corriger l'adresse "
                    "de l'API, https:// et domaine compris)")
        raise DataGouvError(f"{method} {url}: HTTP {status}{hint} {_server_message(response)}".rstrip(),
                            status_code=status)
