"""Raw events as received from each source, one table row per record, per edition."""

import json
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.config import SourceConfig, sources
from assets.lib.http_feed import FeedError, SnapshotStore
from assets.lib.platform_feed import fetch_platform_edition, read_platform_snapshot
from assets.lib.records import FileProblem
from assets.lib.schema import field_names
from assets.lib.sources.ical import fetch_ical_edition, read_ical_snapshot
from assets.lib.sources.laureats import read_laureats
from assets.lib.sources.openagenda import fetch_openagenda_edition, read_openagenda_snapshot
from assets.lib.sources.spreadsheet import (
    DEFAULT_REQUIRED as SPREADSHEET_REQUIRED,
)
from assets.lib.sources.spreadsheet import (
    PATTERNS as SPREADSHEET_PATTERNS,
)
from assets.lib.sources.spreadsheet import (
    SourceSchemaError,
    configured_columns,
    fetch_spreadsheet_edition,
    read_spreadsheet_snapshot,
)
from assets.lib.warehouse import columns_of, replace_editions
from assets.partitions import editions, partition_years
from pipelines.resources import CressFeeds, PlatformFeed


def _is_synthetic(snapshot: Path) -> bool:
    """Generated sample snapshots say so in their manifest; the flag follows them to the release."""
    manifest = snapshot / "manifest.json"
    return manifest.exists() and bool(json.loads(manifest.read_text(encoding="utf-8")).get("synthetique"))


# Both feed resources give a client, retry settings, the raw folder and each source's live URL.
Feeds = CressFeeds | PlatformFeed

FILE_PATTERNS = {
    "plateforme": ["*.json"], "openagenda": ["*.json"], "ical": ["*.ics", "*.ical"],
    "tableur": list(SPREADSHEET_PATTERNS), "laureats": ["*.csv"],
}


def _fetch(kind: str, client, url: str, year: int, store: SnapshotStore, feeds: Feeds, on_retry) -> Path:
    common = {"store": store, "now": datetime.now(UTC), "retries": feeds.retries, "backoff_s": feeds.backoff_s,
              "on_retry": on_retry}
    if kind == "plateforme":
        return fetch_platform_edition(client, url, year, per_page=feeds.per_page, **common)
    if kind == "openagenda":
        return fetch_openagenda_edition(client, url, year, api_key=feeds.openagenda_key or None, **common)
    if kind == "ical":
        return fetch_ical_edition(client, url, year, **common)
    return fetch_spreadsheet_edition(client, url, year, **common)


def _read(source: SourceConfig, snapshot: Path, year: int) -> tuple[list, list[FileProblem], list]:
    """(records, problems, sheet reports) of one snapshot; a spreadsheet missing a required column has every
    row turned into a problem naming the column, so its rows are counted and quarantined, not lost."""
    if source.kind == "plateforme":
        records, problems = read_platform_snapshot(snapshot, edition=year)
        return records, problems, []
    if source.kind == "openagenda":
        records, problems = read_openagenda_snapshot(snapshot, source=source.name, edition=year,
                                                     options=source.options)
        return records, problems, []
    if source.kind == "ical":
        records, problems = read_ical_snapshot(snapshot, source=source.name, edition=year, options=source.options)
        return records, problems, []
    try:
        return read_spreadsheet_snapshot(snapshot, source=source.name, edition=year, options=source.options)
    except SourceSchemaError as error:
        wanted = source.options.get("colonnes_obligatoires")
        required = list(SPREADSHEET_REQUIRED if wanted is None else wanted)
        rows, problems, reports = [], [], []
        try:  # nothing required: every row of every file is read, only to count and quarantine it
            rows, problems, reports = read_spreadsheet_snapshot(
                snapshot, source=source.name, edition=year, options={**source.options, "colonnes_obligatoires": []})
        except ValueError:
            pass
        lacking: dict[str, list[str]] = {}
        for report in reports:  # per file: several files of a snapshot may each lack a different column
            for key in required:
                if key not in report.matched and key not in lacking.setdefault(report.file, []):
                    lacking[report.file].append(key)
        lacking = {file: keys for file, keys in lacking.items() if keys}
        expected = configured_columns(source.options)

        def reason(file: str) -> str:
            keys = lacking.get(file)
            if keys:
                detail = SourceSchemaError(source.name, file, keys, {k: expected.get(k, []) + [k] for k in keys})
                return f"colonne obligatoire absente : {', '.join(keys)} ({detail})"
            # A complete file of an edition whose other file lacks a column: the edition is quarantined whole.
            others = "; ".join(f"{', '.join(k)} in {f}" for f, k in sorted(lacking.items()))
            return f"colonne obligatoire absente : {others} (this file is complete, the edition is quarantined)"

        failed = [FileProblem(source.name, year, r.file, r.position, reason(r.file)) for r in rows]
        fallback = f"colonne obligatoire absente : {', '.join(error.missing)} ({error})"
        return [], failed + problems or [FileProblem(source.name, year, error.file, None, fallback)], reports


def ingest_kind(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, feeds: Feeds, kind: str
) -> dg.MaterializeResult:
    """Fetch (when a URL is configured) then read every configured source of `kind` for the run's editions.

    Each source replaces only its own rows of `raw_events` and `raw_problems`; a failing source (feed down,
    snapshot not matching its manifest, required column missing) is logged and reported, never stops the others.
    """
    years = partition_years(context)
    configured = [s for s in sources().values() if s.kind == kind]
    summary, drift, errors = {}, [], []
    with duckdb.get_connection() as con:
        record_columns, problem_columns = columns_of(con, "raw_events"), columns_of(con, "raw_problems")
    for source in configured:
        store = SnapshotStore(Path(feeds.raw_dir), source.location)
        records, problems, per_edition = [], [], {}
        for year in years:
            if not source.covers(year):
                continue
            url = feeds.url_for(source.name, year)
            if url:
                try:
                    with feeds.client() as client:
                        fetched = _fetch(kind, client, url, year, store, feeds, context.log.warning)
                    context.log.info(f"{source.name} {year}: fetched snapshot {fetched.name}")
                except FeedError as error:
                    errors.append(f"{source.name} {year}: {error}")
                    context.log.error(f"{error}; the latest stored snapshot is used instead")
            snapshot = store.latest_snapshot(year, FILE_PATTERNS[kind])
            if snapshot is None:
                continue
            try:
                store.verify(snapshot)
            except FeedError as error:
                errors.append(str(error))
                context.log.error(f"{source.name} {year}: {error}; snapshot skipped")
                problems.append({**FileProblem(source.name, year, snapshot.name, None, str(error)).to_row()})
                continue
            read, unreadable, reports = _read(source, snapshot, year)
            synthetic = _is_synthetic(snapshot)
            records += [{**r.to_row(), "source": source.name, "source_kind": kind, "edition": year,
                         "snapshot": snapshot.name, "synthetique": synthetic} for r in read]
            problems += [{**p.to_row(), "source": source.name, "edition": year} for p in unreadable]
            for report in reports:
                for line in report.warnings():
                    context.log.warning(f"{year}: {line}")
                if report.vanished or report.appeared:
                    drift.append({"source": source.name, "edition": year, "file": report.file,
                                  "vanished": list(report.vanished), "appeared": list(report.appeared)})
            missing = sorted({p.reason for p in unreadable if p.reason.startswith("colonne obligatoire absente")})
            for reason in missing:
                errors.append(f"{source.name} {year}: {reason}")
                context.log.error(f"{source.name} {year}: {reason}; this edition of the source is quarantined")
            per_edition[str(year)] = {"snapshot": snapshot.name, "records": len(read), "problems": len(unreadable)}
        with duckdb.get_connection() as con:
            replace_editions(con, "raw_events", pd.DataFrame(records, columns=record_columns), years,
                             source=source.name)
            replace_editions(con, "raw_problems", pd.DataFrame(problems, columns=problem_columns), years,
                             source=source.name)
        summary[source.name] = per_edition
    total = sum(e["records"] for s in summary.values() for e in s.values())
    return dg.MaterializeResult(metadata={
        "dagster/row_count": total,
        "unreadable_entries": sum(e["problems"] for s in summary.values() for e in s.values()),
        "by_source": dg.MetadataValue.json(summary),
        "schema_drift": dg.MetadataValue.json(drift),
        "errors": dg.MetadataValue.json(errors),
    })


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def raw_events_platform(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, platform_feed: PlatformFeed
) -> dg.MaterializeResult:
    """Platform events as received, one row per record and edition; key (edition, source, position).
    Fetches a new snapshot first when a feed URL is configured, then reads the latest snapshot."""
    return ingest_kind(context, duckdb, platform_feed, "plateforme")


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def raw_events_openagenda(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """OpenAgenda events of every configured agenda as received, one row per event and edition; key
    (edition, source, position). Fetches a new snapshot first when the agenda has a URL."""
    return ingest_kind(context, duckdb, cress_feeds, "openagenda")


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def raw_events_ical(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """iCalendar occurrences of every configured feed starting in the edition's year, one row each; key
    (edition, source, position)."""
    return ingest_kind(context, duckdb, cress_feeds, "ical")


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def raw_events_spreadsheet(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """Rows of every configured CRESS or archive spreadsheet (CSV, XLSX), one row per line and edition; key
    (edition, source, position). Schema drift is reported in metadata; a missing required column
    quarantines that source's edition with a message naming the column."""
    return ingest_kind(context, duckdb, cress_feeds, "tableur")


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def laureats(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """Prix de l'ESS laureates, one row per prize and edition; key identifiant (schemas/laureats.schema.json)."""
    years = partition_years(context)
    rows, problems, snapshots, rejected_rows = [], [], {}, 0
    for source in (s for s in sources().values() if s.kind == "laureats"):
        store = SnapshotStore(Path(cress_feeds.raw_dir), source.location)
        for year in years:
            if not source.covers(year):
                continue
            url = cress_feeds.url_for(source.name, year)
            if url:
                try:
                    with cress_feeds.client() as client:
                        _fetch("tableur", client, url, year, store, cress_feeds, context.log.warning)
                except FeedError as error:
                    problems.append(str(error))
                    context.log.error(f"{error}; the latest stored snapshot is used instead")
            snapshot = store.latest_snapshot(year, FILE_PATTERNS["laureats"])
            if snapshot is None:
                continue
            snapshots[f"{source.name}/{year}"] = snapshot.name
            for path in sorted(snapshot.glob("*.csv")):
                try:
                    found, bad = read_laureats(path, source=source.name,
                                               options={**source.options, "editions": [year]})
                except SourceSchemaError as error:
                    problems.append(str(error))
                    context.log.error(str(error))
                    continue
                rows += [laureate.to_row() for laureate in found]
                rejected_rows += len(bad)
                for problem in bad:
                    problems.append(f"{path.name}: {problem.reason}")
                    context.log.warning(f"{source.name} {year}: {path.name}: {problem.reason}")
    listed = pd.DataFrame(rows, columns=field_names("laureats"))
    # The same prize listed twice (same edition, level, région, category and initiative) is published once.
    frame = listed.drop_duplicates("identifiant")
    for identifier in listed.loc[listed.duplicated("identifiant"), "identifiant"]:
        context.log.warning(f"laureats: {identifier} listed more than once, merged")
    with duckdb.get_connection() as con:
        replace_editions(con, "laureats", frame, years)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(frame),
        # rows read = published + merged + rejected (each rejected row is named in `problems`)
        "rows_read": len(listed) + rejected_rows,
        "merged": len(listed) - len(frame),
        "rejected": rejected_rows,
        "by_edition": dg.MetadataValue.json({str(k): int(v) for k, v in frame["edition"].value_counts().sort_index()
                                             .items()}),
        "problems": dg.MetadataValue.json(problems[:50]),
        "snapshots": dg.MetadataValue.json(snapshots),
    })
