"""Events coded with their official commune, département and région (current COG)."""

from functools import partial
from pathlib import Path

import dagster as dg
import numpy as np
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.config import sources
from assets.lib.fingerprint import code_digest, combine
from assets.lib.geocode import (
    INPUT_COLUMNS,
    LOCATED_CODED_THRESHOLD,
    NO_EVENTS,
    Geocoder,
    coding_report,
    decisive_inputs,
    edition_outcomes,
)
from assets.lib.incremental import kept_editions
from assets.lib.parallel import edition_pieces, map_pieces
from assets.lib.points import published_points
from assets.lib.record_memo import recall, remember, row_keys
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
# Per edition: the codes and published point of each distinct set of coder inputs it had (assets.lib.record_memo).
RECORDS_FOLDER = "geo-records"
# The columns of events_unique a row's codes and published point are computed from (the coder is given only these).
CODER_INPUTS = ["modalite", "lieu", *INPUT_COLUMNS]


def _coded(geocoder: Geocoder, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The codes of `frame`'s rows and their published points: a point the coder found swapped is published
    repaired, one outside France not at all (assets.lib.points)."""
    codes, located = geocoder.code_located(frame)
    return codes, published_points(geocoder, frame, codes["geocodage_alerte"], located)


def _code_editions(con, memo: Path, version: str, years: list[int]) -> dict[int, dict]:
    """Code the events of `years` and replace their rows of events_geo; each edition's outcome (edition_outcomes).
    A row whose coder inputs (as far as the coder reads them: decisive_inputs) the edition held when it was last
    coded under `version` takes the codes kept then (assets.lib.record_memo); the others are coded."""
    frame = read_editions(con, EVENTS_TABLE, years)
    # The région of a regional source tells apart the homonyms of a place it names (Geocoder.decide).
    regions = {name: source.region or "" for name, source in sources().items()}
    frame["code_region_source"] = frame["source"].map(regions).fillna("")
    keys = row_keys(decisive_inputs(frame[CODER_INPUTS]), CODER_INPUTS)
    known = recall(memo, version, years)
    kept = keys.isin(known.index) if known is not None else np.zeros(len(frame), dtype=bool)
    if not kept.all():
        # A place new to these editions may have been coded in another one (a venue used again): a row's codes do
        # not depend on its edition, and the coder (some 0.3 s to load) is loaded only for what is still left.
        others = [int(key) for key in editions.get_partition_keys() if int(key) not in years]
        elsewhere = recall(memo, version, others)
        if elsewhere is not None:
            known = elsewhere if known is None else pd.concat([known, elsewhere])
            known = known[~known.index.duplicated()]
            kept = keys.isin(known.index)
    pieces = [known.loc[keys[kept]].set_axis(frame.index[kept])] if kept.any() else []
    if not kept.all() or not pieces:
        # The coder sees only its inputs (what the memo's keys hold). Rows are coded independently: half of the
        # editions in a forked worker.
        todo = frame.loc[~kept, ["edition", *CODER_INPUTS]]
        for codes, points in map_pieces(partial(_coded, warehouse_geocoder(con)), edition_pieces(todo)):
            pieces.append(codes.assign(geocodage_alerte=points["geocodage_alerte"], latitude=points["latitude"],
                                       longitude=points["longitude"]))
    results = pd.concat(pieces).loc[frame.index] if len(pieces) > 1 else pieces[0].loc[frame.index]
    remember(memo, version, frame["edition"], keys, results)
    frame = frame.assign(latitude=results["latitude"], longitude=results["longitude"])
    codes = results.drop(columns=["latitude", "longitude"])
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
        version, cache = combine(geocoder_version(con), code_digest(REPO_ROOT)), cache_dir(duckdb.database)
        built = kept_editions(con, cache / STATE_FILE, version, (EVENTS_TABLE,), ("events_geo",), years)
        outcomes, coded_years = built.build_missing(con, years, partial(_code_editions, con, cache / RECORDS_FOLDER,
                                                                        version))

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
