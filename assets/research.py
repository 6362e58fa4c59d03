"""Re-users' copies of the release: the researchers' DuckDB database and the events as GeoJSON points."""

import json

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.research import (
    database_inputs,
    remember_research_database,
    research_database_current,
    write_geojson,
    write_research_database,
)
from pipelines.resources import Publisher

DATABASE_NAME, GEOJSON_NAME = "mois_ess.duckdb", "evenements.geojson"


def read_release(publisher: Publisher) -> tuple[dict, dict[str, tuple[dict, pd.DataFrame, str]]]:
    """The published datapackage.json and each of its tables ({name: (schema, frame, description)}),
    read from the Parquet copy the release validated against the CSV."""
    package = json.loads((publisher.path / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for resource in package["resources"]:
        if resource["format"] == "csv":
            frame = pd.read_parquet(publisher.path / resource["path"].replace(".csv", ".parquet"))
            tables[resource["name"]] = (
                resource["schema"],
                frame,
                resource["title"] + ". " + resource["description"],
            )
    return package, tables


@dg.asset(deps=["published_events", "cog_communes", "cog_departements", "cog_regions"], group_name="publish",
          kinds={"duckdb"})
def research_database(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, publisher: Publisher
) -> dg.MaterializeResult:
    """mois_ess.duckdb: every table of the release, the COG reference tables and documented views, one
    file for the DuckDB CLI or any DuckDB client; rebuilt whole from the release."""
    package, tables = read_release(publisher)
    with duckdb.get_connection() as con:
        reference = {
            "communes": con.execute("SELECT * FROM cog_communes").df(),
            "departements": con.execute("SELECT * FROM cog_departements").df(),
            "regions": con.execute("SELECT * FROM cog_regions").df(),
        }
    about = {key: value for key, value in package.items() if key not in ("resources",)}
    target, memo = publisher.path / DATABASE_NAME, publisher.memo_dir() / "research_database.json"
    # The file's bytes differ at each write (DuckDB salts its header): unchanged inputs are not rewritten.
    inputs = database_inputs(tables, reference, about)
    if research_database_current(target, inputs, memo):
        counts = {name: len(frame) for name, (_, frame, _) in tables.items()} | {
            name: len(frame) for name, frame in reference.items()}
        context.log.info(f"{target} unchanged (same release and reference tables): not rewritten")
    else:
        counts = write_research_database(target, tables, reference, about)
        remember_research_database(target, inputs, memo)
        context.log.info(f"wrote {target}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts.get("evenements", 0),
            "tables": dg.MetadataValue.json(counts),
            "path": dg.MetadataValue.path(str(target)),
            "bytes": target.stat().st_size,
        }
    )


@dg.asset(deps=["published_events"], group_name="publish", kinds={"geojson"})
def events_geojson(publisher: Publisher) -> dg.MaterializeResult:
    """evenements.geojson: one WGS84 point per published event that has coordinates; key identifiant."""
    events = pd.read_parquet(publisher.path / "evenements.parquet")
    target = publisher.path / GEOJSON_NAME
    features = write_geojson(events, target)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": features,
            "events_without_coordinates": int(len(events) - features),
            "path": dg.MetadataValue.path(str(target)),
        }
    )
