"""Events coded with their official commune, département and région (current COG)."""

from functools import partial
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.fingerprint import code_digest, combine
from assets.lib.geocode import LOCATED_CODED_THRESHOLD, NO_EVENTS, Geocoder, coding_report, edition_outcomes
from assets.lib.incremental import kept_editions
from assets.lib.parallel import edition_pieces, map_pieces
from assets.lib.points import published_points
from assets.lib.reference_tables import (
    COG_TABLES,
    CONTOURS_TABLE,
    ISLANDS_TABLE,
    geocoder_version,
    warehouse_geocoder,
)
from assets.lib.schema import field_names
from assets.lib.warehouse import cache_dir, read_editions, replace_editions
from assets.partitions import editions, partition_years

EVENTS_TABLE = "events_unique"  # one row per real event, duplicates across sources merged
CHECK_LOCATED_CODED = "located_events_coded"
REPO_ROOT = Path(__file__).resolve().parents[1]
# Per edition: the digest of the rows it was coded from (with the coder's reference and the code), of the rows
# written, and what the coding gave (beside the warehouse, emptied with it).
STATE_FILE = "geo-editions.json"


def _coded(geocoder: Geocoder, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The codes of `frame`'s rows and their published points: a point the coder found swapped is published
    repaired, one outside France not at all (assets.lib.points)."""
    codes, located = geocoder.code_located(frame)
    return codes, published_points(geocoder, frame, codes["geocodage_alerte"], located)


def _code_editions(con, years: list[int]) -> dict[int, dict]:
    """Code the events of `years` and replace their rows of events_geo; each edition's outcome (edition_outcomes)."""
    geocoder = warehouse_geocoder(con)
    frame = read_editions(con, EVENTS_TABLE, years)
    # Rows are coded independently: half of the editions in a forked worker.
    coded_pieces = map_pieces(partial(_coded, geocoder), edition_pieces(frame))
    codes = pd.concat([piece for piece, _ in coded_pieces]).loc[frame.index]
    points = pd.concat([piece for _, piece in coded_pieces]).loc[frame.index]
    frame = frame.assign(latitude=points["latitude"], longitude=points["longitude"])
    codes["geocodage_alerte"] = points["geocodage_alerte"]
    coded = pd.concat([frame, codes], axis=1)[field_names("evenements")]
    replace_editions(con, "events_geo", coded, years)
    outcomes = edition_outcomes(frame["edition"], codes, frame.get("modalite"))
    return {year: outcomes.get(year, NO_EVENTS) for year in years}


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=[EVENTS_TABLE, *COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE, "commune_coders"],
    group_name="geo",
    kinds={"duckdb", "geopandas"},
    check_specs=[
        dg.AssetCheckSpec(
            CHECK_LOCATED_CODED,
            asset="events_geo",
            description=f"Au moins {LOCATED_CODED_THRESHOLD:.0%} des événements localisés (hors ligne) "
            "de chaque "
            "édition ont une commune ; avertissement sinon.",
        )
    ],
)
def events_geo(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """One row per event and edition with its INSEE codes and how they were decided; key (edition,
    identifiant)."""
    years = partition_years(context)
    with duckdb.get_connection() as con, fewer_collections():
        # An edition whose events, reference tables and code are those it was last coded from, and whose rows of
        # events_geo are still those written then, is kept as it is: coding it again gives the same rows (the
        # coder, loaded from its memo, is half of this step on one edition).
        built = kept_editions(con, cache_dir(duckdb.database) / STATE_FILE,
                              combine(geocoder_version(con), code_digest(REPO_ROOT)), (EVENTS_TABLE,), ("events_geo",),
                              years)
        outcomes, coded_years = built.build_missing(con, years, partial(_code_editions, con))

    report = coding_report({year: outcomes[year] for year in years})
    summary = report["by_edition"]
    low = [edition for edition, row in summary.items() if row["part_localises_codes"] < LOCATED_CODED_THRESHOLD]
    check = dg.AssetCheckResult(
        check_name=CHECK_LOCATED_CODED,
        passed=not low,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "seuil": LOCATED_CODED_THRESHOLD,
            "part_localises_codes": dg.MetadataValue.json(
                {edition: float(row["part_localises_codes"]) for edition, row in summary.items()}
            ),
            "editions_sous_le_seuil": dg.MetadataValue.json(low),
        },
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": report["rows"],
            "share_by_method": dg.MetadataValue.json(report["share_by_method"]),
            "share_unknown": float(report["share_unknown"]),
            "by_edition": dg.MetadataValue.json(summary),
            "top_alerts": dg.MetadataValue.json(report["top_alerts"]),
            "coded_editions": dg.MetadataValue.json(coded_years),
        },
        check_results=[check],
    )
