"""Re-users' copies of the release: the researchers' DuckDB database and the events as GeoJSON points."""

import functools
import hashlib
import json
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from dagster_duckdb import DuckDBResource

from assets.lib.digest import sha256_file
from assets.lib.privacy import remember_scan, scan_duckdb_written, scanned_clean
from assets.lib.publish import SCANS
from assets.lib.research import (
    GEOJSON_PROPERTIES,
    code_digest,
    database_inputs,
    edition_digests,
    geojson_pieces,
    remember_written,
    write_geojson_scanned,
    write_research_database,
    written_from,
)
from assets.lib.staged_release import Writer, current_staging
from pipelines.resources import Publisher

DATABASE_NAME, GEOJSON_NAME = "mois_ess.duckdb", "evenements.geojson"
GEOJSON_EDITIONS = "geojson-editions"  # in the memo folder: each edition's features (research.geojson_pieces)
# The columns of the published events the GeoJSON copy is written from.
GEOJSON_COLUMNS = [*GEOJSON_PROPERTIES, "latitude", "longitude"]


def read_release(release: Path) -> tuple[dict, dict[str, tuple[dict, Path, str]]]:
    """The datapackage.json of the release in folder `release` and each of its tables ({name: (schema, path,
    description)}), whose rows are in the Parquet copy the release validated against the CSV (`path`)."""
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for resource in package["resources"]:
        if resource["format"] == "csv":
            tables[resource["name"]] = (
                resource["schema"],
                release / resource["path"].replace(".csv", ".parquet"),
                resource["title"] + ". " + resource["description"],
            )
    return package, tables


@dg.asset(deps=["published_events", "cog_communes", "cog_departements", "cog_regions", "cog_communes_anciennes"],
          group_name="publish",
          kinds={"duckdb"})
def research_database(context: dg.AssetExecutionContext, duckdb: DuckDBResource,
                      publisher: Publisher) -> dg.MaterializeResult:
    """mois_ess.duckdb: every table of the release, the COG reference tables and documented views, one
    file for the DuckDB CLI or any DuckDB client; rebuilt whole from the release (in its staging folder)."""
    release = current_staging(publisher.path, Writer.of(context))
    package, tables = read_release(release)
    with duckdb.get_connection() as con:
        # As Arrow tables: DuckDB scans them as they are (no pandas frame in between)
        reference = {name: con.sql(f"SELECT * FROM cog_{name}").to_arrow_table()
                     for name in ("communes", "departements", "regions", "communes_anciennes")}
    about = {key: value for key, value in package.items() if key not in ("resources",)}
    target, memo = release / DATABASE_NAME, publisher.memo_dir() / "research_database.json"
    # The file's bytes differ at each write (DuckDB salts its header): unchanged inputs are not rewritten.
    # The Parquet files' bytes stand for their rows (the database is built from them, DuckDB reading them).
    inputs = database_inputs(tables, reference, about)
    rewritten = written_from(target, inputs, memo) is None
    if rewritten:
        counts = write_research_database(target, tables, reference, about)
        remember_written(target, inputs, memo)
        # Its safety scan, for published_files_safe: the tables loaded from Parquet copies published_events scanned
        # clean are not read again, nor the slices of the others found clean before.
        scans = publisher.memo_dir() / SCANS
        clean = scanned_clean(scans, [path for _, path, _ in tables.values()])
        remember_scan(scans, target, sha256_file(target),
                      scan_duckdb_written(target, [name for name, (_, path, _) in tables.items() if path in clean],
                                          scans))
    else:
        counts = {name: pq.ParquetFile(path).metadata.num_rows for name, (_, path, _) in tables.items()} | {
            name: len(frame) for name, frame in reference.items()}
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts.get("evenements", 0),
            "tables": dg.MetadataValue.json(counts),
            "path": dg.MetadataValue.path(str(publisher.path / DATABASE_NAME)),
            "bytes": target.stat().st_size,
            "rewritten": rewritten,
        }
    )


def _editions_frame(table: pa.Table, years: list[int]) -> pd.DataFrame:
    """The rows of editions `years` of `table` (the Parquet copy as pyarrow reads it), as pandas reads them."""
    editions = table.column("edition")
    return table.filter(pc.is_in(editions, value_set=pa.array(years, type=editions.type))).to_pandas()


@dg.asset(deps=["published_events"], group_name="publish", kinds={"geojson"})
def events_geojson(context: dg.AssetExecutionContext, publisher: Publisher) -> dg.MaterializeResult:
    """evenements.geojson: one WGS84 point per published event that has coordinates; key identifiant."""
    release = current_staging(publisher.path, Writer.of(context))
    source, target = release / "evenements.parquet", release / GEOJSON_NAME
    memo = publisher.memo_dir() / "events_geojson.json"
    # Written from the published Parquet copy by this code: the same copy gives the same file, kept as it is.
    inputs = hashlib.sha256(f"{sha256_file(source)}\0{code_digest()}".encode()).hexdigest()
    recorded = written_from(target, inputs, memo)
    if recorded is not None:
        features, events = recorded["features"], recorded["events"]
    else:
        present = set(pq.read_schema(source).names)
        columns = [c for c in GEOJSON_COLUMNS if c in present]
        table = pq.read_table(source, columns=columns)
        # An edition whose rows are those its features were last written from keeps them, and their scan (one
        # edition rebuilt: only its rows are read as a frame, built and scanned).
        pieces = geojson_pieces(edition_digests(table), functools.partial(_editions_frame, table),
                                publisher.memo_dir() / GEOJSON_EDITIONS)
        features, sha256, unsafe = write_geojson_scanned(None, target, pieces)
        events = table.num_rows
        if not unsafe:  # its safety scan, made from the texts it was written from (an unsafe file is scanned whole)
            remember_scan(publisher.memo_dir() / SCANS, target, sha256, [])
        remember_written(target, inputs, memo, features=features, events=events)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": features,
            "events_without_coordinates": int(events - features),
            "path": dg.MetadataValue.path(str(publisher.path / GEOJSON_NAME)),
        }
    )
