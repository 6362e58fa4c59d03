"""A udata-compatible server on 127.0.0.1 (the subset of the data.gouv.fr API v1 the publication uses) that
records every request it receives, and can be told to fail.

Shapes follow the udata source (github.com/opendatateam/udata, commit 25b5a2d, 2026-08-21):
- routes and status codes: `udata/core/dataset/api.py` (DatasetAPI GET/PUT 200; UploadNewDatasetResource POST
  201; UploadDatasetResource POST 200, same id, title reset to the uploaded file name; ResourceAPI PUT 200;
  AllowedExtensionsAPI GET);
- resource and dataset bodies: `udata/core/dataset/api_fields.py` (resource_fields, upload_fields with
  `success`, dataset_fields), and a real resource as returned by data.gouv.fr in datagouv_client's
  `tests/resource_metadata_api1.json` (checksum {type: sha1, value}, `latest` = /fr/datasets/r/<id>);
- upload handling: `udata/core/storages/api.py` and `utils.py` (multipart field `file`, slugified name,
  sha1 checksum, filesize, mime, format from the extension; 400 {"message": ...} for a refused extension);
- PUT rules: `udata/core/dataset/forms.py` (HOSTED_RESOURCE_PROTECTED_FIELDS kept; JSON content type
  required, else 400) and `udata/api/__init__.py` (X-API-KEY header, 401 {"message": "Invalid API token"}).
"""

from __future__ import annotations

import email.parser
import hashlib
import json
import mimetypes
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.http_helpers import QuietHandler

DEFAULT_EXTENSIONS = ["csv", "json", "geojson", "parquet", "duckdb", "txt", "zip"]


def udata_slug(name: str) -> str:
    # awesome-slugify Slugify(separator="-", to_lower=True, safe_chars="."), for ASCII names
    return "-".join(part for part in re.split(r"[^a-z0-9.]+", name.lower()) if part)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int = 0


@dataclass
class Failure:
    method: str
    pattern: str
    status: int
    times: int = 1
    retry_after: str | None = None
    after_processing: bool = False  # the server does the work, then answers with the error
    after: int = 0  # matching requests let through before the failures start
    body: str | None = None  # what the answer says instead of udata's error message


@dataclass
class UdataState:
    api_key: str
    datasets: dict[str, dict] = field(default_factory=dict)
    extensions: list[str] = field(default_factory=lambda: list(DEFAULT_EXTENSIONS))
    requests: list[Recorded] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    base_url: str = ""
    on_request: Callable[[str, str], None] | None = None  # (method, path), before the request is answered
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_dataset(self, dataset_id: str, **fields) -> dict:
        dataset = {"id": dataset_id, "title": "Jeu vide", "description": "…", "slug": f"jeu-{dataset_id}",
                   "license": "notspecified", "frequency": "unknown", "tags": [], "temporal_coverage": None,
                   "spatial": None, "resources": [], "deleted": None, "private": False, **fields}
        self.datasets[dataset_id] = dataset
        return dataset

    def fail(self, method: str, pattern: str, status: int, **options) -> None:
        self.failures.append(Failure(method, pattern, status, **options))

    def calls(self, method: str | None = None, contains: str = "") -> list[Recorded]:
        return [r for r in self.requests if (method is None or r.method == method) and contains in r.path]

    def uploads(self) -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST" and r.path.endswith("/upload/") and r.status < 300]


class UdataHandler(QuietHandler):
    state: UdataState  # set on a subclass per server

    def do_GET(self):
        self._handle("GET")

    def do_POST(self):
        self._handle("POST")

    def do_PUT(self):
        self._handle("PUT")

    def _json(self, status: int, body) -> None:
        self.record.status = status
        self.reply(status, json.dumps(body).encode("utf-8"))

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        self.record = Recorded(method, path, dict(self.headers.items()), body)
        state = self.state
        if state.on_request is not None:
            state.on_request(method, path)
        with state.lock:
            state.requests.append(self.record)
            failure = next((f for f in state.failures if f.method == method and f.times > 0
                            and re.search(f.pattern, path)), None)
            if failure is not None and failure.after > 0:
                failure.after -= 1
                failure = None
            if failure is not None:
                failure.times -= 1
                if failure.after_processing:
                    self._route(method, path, body, answer=False)
                self.record.status = failure.status
                headers = {"Retry-After": failure.retry_after} if failure.retry_after is not None else {}
                payload = (failure.body if failure.body is not None
                           else json.dumps({"message": "Internal Server Error"})).encode()
                self.send_response(failure.status)
                for name, value in {"Content-Type": "application/json", "Content-Length": str(len(payload)),
                                    **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
                return
            self._route(method, path, body, answer=True)

    def _route(self, method: str, path: str, body: bytes, answer: bool) -> None:
        state = self.state
        reply = self._json if answer else (lambda status, content: None)
        if method != "GET" and self.headers.get("X-API-KEY") != state.api_key:
            return reply(401, {"message": "Invalid API token"})
        if method == "GET" and path == "/api/1/datasets/extensions/":
            return reply(200, sorted(state.extensions))
        match = re.fullmatch(r"/api/1/datasets/([^/]+)/(?:resources/([^/]+)/)?(upload/)?", path)
        if not match:
            return reply(404, {"message": "Not found"})
        dataset_id, resource_id, upload = match.groups()
        dataset = state.datasets.get(dataset_id)
        if dataset is None:
            return reply(404, {"message": "Dataset not found"})
        if method == "GET" and not resource_id and not upload:
            return reply(200, dataset)
        resource = None
        if resource_id:
            resource = next((r for r in dataset["resources"] if r["id"] == resource_id), None)
            if resource is None:
                return reply(404, {"message": "Resource does not exist"})
        if method == "POST" and upload:
            stored = self._store(dataset, body)
            if isinstance(stored, tuple):
                return reply(*stored)
            if resource is None:
                resource = {"id": str(uuid.uuid4()), "description": None, "type": "main", "filetype": "file",
                            "schema": None, "extras": {}, "harvest": None,
                            "latest": f"{state.base_url}/fr/datasets/r/{{id}}"}
                resource["latest"] = resource["latest"].replace("{id}", resource["id"])
                resource.update(stored)
                dataset["resources"].append(resource)
                return reply(201, {**resource, "success": True})
            resource.update(stored)
            return reply(200, {**resource, "success": True})
        if method == "PUT":
            if "application/json" not in (self.headers.get("Content-Type") or ""):
                return reply(400, {"errors": {"Content-Type": "expecting application/json"}})
            try:
                payload = json.loads(body)
            except ValueError:
                return reply(400, {"message": "invalid JSON"})
            if resource is not None:
                for key in ("title", "description", "type", "schema", "extras"):
                    if key in payload:
                        resource[key] = payload[key]
                return reply(200, resource)
            for key in ("title", "description", "license", "frequency", "tags", "temporal_coverage", "spatial"):
                if key in payload:
                    dataset[key] = payload[key]
            return reply(200, dataset)
        return reply(405, {"message": "Method not allowed"})

    def _store(self, dataset: dict, body: bytes):
        message = email.parser.BytesParser().parsebytes(
            f"Content-Type: {self.headers.get('Content-Type')}\r\n\r\n".encode() + body)
        parts = [p for p in message.get_payload() or [] if p.get_param("name", header="content-disposition") == "file"]
        if not parts:
            return 400, {"success": False, "error": "Missing file parameter"}
        part = parts[0]
        content = part.get_payload(decode=True) or b""
        name = udata_slug(part.get_filename() or "file")
        extension = name.rsplit(".", 1)[-1] if "." in name else ""
        if extension not in self.state.extensions:
            return 400, {"message": "This file type is not allowed."}
        stamp = f"2026120{len(self.state.requests) % 10}-000000"
        return {"title": name, "url": f"{self.state.base_url}/resources/{dataset['slug']}/{stamp}/{name}",
                "checksum": {"type": "sha1", "value": hashlib.sha1(content).hexdigest()},
                "filesize": len(content), "mime": mimetypes.guess_type(name)[0] or "application/octet-stream",
                "format": extension}
