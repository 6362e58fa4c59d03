"""Raw events as received from each source, one table row per record, per edition."""

import json
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.config import sources
from assets.lib.http_feed import FeedError, SnapshotStore
from assets.lib.platform_feed import fetch_platform_edition, read_platform_snapshot
from assets.lib.warehouse import columns_of, replace_editions
from assets.partitions import editions, partition_years
from pipelines.resources import PlatformFeed


def _is_synthetic(snapshot: Path) -> bool:
    """Generated sample snapshots say so in their manifest; the flag follows them to the release."""
    manifest = snapshot / "manifest.json"
    return manifest.exists() and bool(json.loads(manifest.read_text(encoding="utf-8")).get("synthetique"))


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="ingest",
    kinds={"duckdb"},
)
def raw_events_platform(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, platform_feed: PlatformFeed
) -> dg.MaterializeResult:
    """Platform events as received, one row per record and edition; key (edition, source, position).
    Fetches a new snapshot first when a feed URL is configured, then reads the latest snapshot."""
    source = sources()["plateforme"]
    store = SnapshotStore(Path(platform_feed.raw_dir), source.location)
    records, problems, snapshots, fetch_errors = [], [], {}, {}
    for year in partition_years(context):
        if platform_feed.base_url:
            try:
                with platform_feed.client() as client:
                    fetched = fetch_platform_edition(
                        client, platform_feed.base_url, year, per_page=platform_feed.per_page, store=store,
                        now=datetime.now(UTC), retries=platform_feed.retries, backoff_s=platform_feed.backoff_s,
                        on_retry=context.log.warning,
                    )
                context.log.info(f"plateforme {year}: fetched snapshot {fetched.name}")
            except FeedError as error:
                # A feed that is down must not stop the run: the last good snapshot is used instead.
                fetch_errors[str(year)] = str(error)
                context.log.error(f"{error}; the latest stored snapshot is used instead")
        snapshot = store.latest_snapshot(year)
        if snapshot is None:
            continue
        snapshots[str(year)] = snapshot.name
        store.verify(snapshot)
        edition_records, edition_problems = read_platform_snapshot(snapshot)
        synthetic = _is_synthetic(snapshot)
        records += [{**r.to_row(), "source": source.name, "source_kind": source.kind, "edition": year,
                     "snapshot": snapshot.name, "synthetique": synthetic} for r in edition_records]
        problems += [{**p.to_row(), "source": source.name, "edition": year} for p in edition_problems]
        for problem in edition_problems:
            context.log.warning(f"plateforme {year}: {problem.file}: {problem.reason}")
    with duckdb.get_connection() as con:
        raw = pd.DataFrame(records, columns=columns_of(con, "raw_events"))
        replace_editions(con, "raw_events", raw, partition_years(context), source=source.name)
        problem_rows = pd.DataFrame(problems, columns=columns_of(con, "raw_problems"))
        replace_editions(con, "raw_problems", problem_rows, partition_years(context), source=source.name)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(raw),
        "unreadable_entries": len(problems),
        "snapshots": dg.MetadataValue.json(snapshots),
        "fetch_errors": dg.MetadataValue.json(fetch_errors),
    })
