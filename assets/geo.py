"""Events coded with their official commune, département and région (current COG)."""

from functools import partial

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.geocode import LOCATED_CODED_THRESHOLD, Geocoder, coding_summary
from assets.lib.parallel import edition_pieces, map_pieces
from assets.lib.points import published_points
from assets.lib.reference_tables import COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE, warehouse_geocoder
from assets.lib.schema import field_names
from assets.lib.warehouse import read_editions, replace_editions
from assets.partitions import editions, partition_years

EVENTS_TABLE = "events_unique"  # one row per real event, duplicates across sources merged
CHECK_LOCATED_CODED = "located_events_coded"


def _coded(geocoder: Geocoder, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The codes of `frame`'s rows and their published points: a point the coder found swapped is published
    repaired, one outside France not at all (assets.lib.points)."""
    codes, located = geocoder.code_located(frame)
    return codes, published_points(geocoder, frame, codes["geocodage_alerte"], located)


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

    summary = coding_summary(frame["edition"], codes, frame.get("modalite"))
    by_edition = {
        str(r["edition"]): {k: v for k, v in r.items() if k != "edition"} for r in summary.to_dict("records")
    }
    low = summary[summary["part_localises_codes"] < LOCATED_CODED_THRESHOLD]
    alerts = codes.loc[codes["geocodage_alerte"] != "", "geocodage_alerte"].value_counts().head(10)
    methods = codes["geocodage_methode"].value_counts(normalize=True).round(4)
    check = dg.AssetCheckResult(
        check_name=CHECK_LOCATED_CODED,
        passed=low.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "seuil": LOCATED_CODED_THRESHOLD,
            "part_localises_codes": dg.MetadataValue.json(
                {str(r.edition): float(r.part_localises_codes) for r in summary.itertuples()}
            ),
            "editions_sous_le_seuil": dg.MetadataValue.json([str(e) for e in low["edition"]]),
        },
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(coded),
            "share_by_method": dg.MetadataValue.json({k: float(v) for k, v in sorted(methods.items())}),
            "share_unknown": float((codes["code_commune_insee"] == "").mean()) if len(codes) else 0.0,
            "by_edition": dg.MetadataValue.json(by_edition),
            "top_alerts": dg.MetadataValue.json({k: int(v) for k, v in alerts.items()}),
        },
        check_results=[check],
    )
