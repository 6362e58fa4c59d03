"""Resources: the event feeds, the reference data and the publisher. Built with defaults by definitions.py,
with test values by the tests."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
import httpx
from dagster_duckdb import DuckDBResource
from pydantic import Field

from assets.lib.http_client import MAX_BODY_BYTES, RetryLog, RetryPolicy
from assets.lib.sources.base import FeedAccess
from assets.lib.warehouse import connect, is_kept_open, kept_open


class _Feeds(dg.ConfigurableResource):
    """What every feed resource gives the ingestion: the raw folder, an HTTP client, one retry policy."""

    raw_dir: str = Field(description="Root of data/raw: snapshots go to <raw_dir>/<source location>/<edition>/.")
    timeout_s: float = Field(default=30.0, description="Longest wait for one network read.")
    retries: int = 3
    backoff_s: float = 1.0
    request_deadline_s: float = Field(default=120.0, description="Longest time one request may take, body "
                                      "included (a server dripping bytes is cut there).")
    fetch_deadline_s: float = Field(default=900.0, description="Longest time one fetch (all pages, retries "
                                    "included) may take before the last good snapshot is used.")
    max_body_bytes: int = Field(default=MAX_BODY_BYTES, description="Largest response body accepted (decoded "
                                "bytes): a larger one is refused, not retried, and the last good snapshot is used.")

    def client(self) -> httpx.Client:
        # Redirects are followed by the fetch itself (capped at 10, API keys dropped across origins).
        return httpx.Client(timeout=self.timeout_s, follow_redirects=False,
                            headers={"User-Agent": "mois-ess-data (open data pipeline)"})

    def policy(self, on_retry: RetryLog | None = None) -> RetryPolicy:
        return RetryPolicy(retries=self.retries, backoff_s=self.backoff_s, request_deadline_s=self.request_deadline_s,
                           fetch_deadline_s=self.fetch_deadline_s, max_body_bytes=self.max_body_bytes,
                           on_retry=on_retry)


class PlatformFeed(_Feeds):
    """The national platform's paginated JSON feed, and where its snapshots are kept."""

    base_url: str = Field(default="", description="Feed URL; empty means offline (snapshots in raw_dir only).")
    per_page: int = 100

    def url_for(self, source: str, edition: int) -> str:
        """The feed URL (the edition is a query parameter of the platform's API), or "" offline."""
        return self.base_url

    def access(self) -> FeedAccess:
        return FeedAccess(page_size=self.per_page)


class CressFeeds(_Feeds):
    """The regional sources (OpenAgenda agendas, iCalendar feeds, spreadsheets) and where their snapshots are kept.

    `urls` maps a source name of config/sources.yaml to its live URL ("{edition}" is replaced by the year);
    a source without URL is read from its latest snapshot only. The OpenAgenda read key goes in a header,
    never in the stored URL.
    """

    urls: dict[str, str] = Field(default_factory=dict, description="Source name -> live URL; empty = offline.")
    openagenda_key: str = Field(default="", description="OpenAgenda read key (from MOIS_ESS_OPENAGENDA_KEY).")

    def url_for(self, source: str, edition: int) -> str:
        return self.urls.get(source, "").replace("{edition}", str(edition))

    def access(self) -> FeedAccess:
        return FeedAccess(api_key=self.openagenda_key)


class Warehouse(DuckDBResource):
    """The pipeline's DuckDB file. Inside `kept_open()` (one `mois-ess run`) every asset's connection is a cursor
    of one connection opened once (assets.lib.warehouse.kept_open), instead of one connection per asset."""

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not is_kept_open(self.database):
            with super().get_connection() as connection:
                yield connection
            return
        with connect(self.database) as cursor:
            yield cursor

    def kept_open(self):
        return kept_open(self.database, {"custom_user_agent": "dagster", **self.connection_config})


class ReferenceData(dg.ConfigurableResource):
    """The vendored COG tables and commune contours (data/reference)."""

    root: str

    @property
    def path(self) -> Path:
        return Path(self.root)


# The files listing each record quarantined and each record merged, kept beside the warehouse (never published).
QUARANTINE_FILE, MERGES_FILE = "quarantaine.csv", "fusions.csv"


class Publisher(dg.ConfigurableResource):
    """Where the open data release is written, and the release's metadata."""

    output_dir: str
    quarantine_dir: str = Field(description="Kept beside the warehouse, never under the published folder.")
    version: str = "0.1.0"

    @property
    def path(self) -> Path:
        return Path(self.output_dir)

    def quarantine_path(self) -> Path:
        return self._beside_warehouse(QUARANTINE_FILE)

    def merges_path(self) -> Path:
        """Every record merged away, with the published row it joined and why, beside the quarantine."""
        return self._beside_warehouse(MERGES_FILE)

    def _beside_warehouse(self, name: str) -> Path:
        Path(self.quarantine_dir).mkdir(parents=True, exist_ok=True)
        return Path(self.quarantine_dir) / name

    def memo_dir(self) -> Path:
        """What the publication's checks already found, beside the warehouse (never published): digests of
        the CSV rows Frictionless found valid, safety scans per file content, inputs of the DuckDB copy.
        A rebuild does not check again what did not change; deleting the folder only costs time."""
        return Path(self.quarantine_dir) / "publication_memo"


class DataGouv(dg.ConfigurableResource):
    """data.gouv.fr (udata API v1), where the release is published: the allow-list and dataset ids in
    config/datagouv.yaml, the per-environment state and plan files under data/warehouse/datagouv/."""

    config_path: str = Field(description="config/datagouv.yaml: environments, dataset ids, allow-list, metadata.")
    state_dir: str = Field(description="Last published state and plan per environment (never published).")
    api_key: str = Field(default="", repr=False, description="dg.EnvVar('DATAGOUV_API_KEY') only (a plain string "
                         "would be stored in the run snapshot); never logged.")
    api_urls: dict[str, str] = Field(default_factory=dict, description="Override of an environment's API URL.")
    timeout_s: float = 60.0
    upload_timeout_s: float = 600.0
    retries: int = 3
    backoff_s: float = 2.0
    max_retry_after_s: float = 60.0
