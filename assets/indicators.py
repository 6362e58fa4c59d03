"""Yearly indicators by territory (France, région, département) over all built editions, with their checks."""

from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource
from pydantic import Field

from assets.lib.fingerprint import code_digest, combine
from assets.lib.indicator_editions import BuiltIndicators, build_indicators
from assets.lib.indicators import (
    edition_jumps,
    edition_summary,
    missing_editions,
    published_count_gaps,
    territories,
)
from assets.lib.reference_tables import content_digest
from assets.lib.schema import load_schema, typed_frame
from assets.lib.state import read_pickle, write_pickle
from assets.lib.warehouse import cache_dir, ensure_table, frame_of, replace_table

LONG_TABLE, SUMMARY_TABLE = "indicators_by_territory", "indicators_by_edition"
LAUREATES_TABLE = "laureats"  # written by the laureats asset
REPO_ROOT = Path(__file__).resolve().parents[1]
MEMO_FOLDER = "indicators-editions"  # in the warehouse's cache folder: each edition's rows
TERRITORIES_MEMO = "indicators-territories.pickle"  # and the territories of its reference tables
REFERENCE_TABLES = ("cog_communes", "cog_departements", "cog_regions")

CHECKS = [
    dg.AssetCheckSpec(
        "totals_add_up",
        asset=LONG_TABLE,
        blocking=True,
        description="National figures = sum over régions (+ events placed in no région) for additive "
        "indicators, "
        "régions = sum of their départements, and national events = published events per edition.",
    ),
    dg.AssetCheckSpec(
        "no_edition_missing",
        asset=LONG_TABLE,
        blocking=True,
        description="Every edition between the first and the last built one has indicators.",
    ),
    dg.AssetCheckSpec(
        "edition_counts_stable",
        asset=LONG_TABLE,
        description="No edition's event count moves by more than the configured factor from the previous "
        "edition's (warning: published, flagged in indicateurs_editions.variation_a_verifier).",
    ),
]


class IndicatorsConfig(dg.Config):
    max_change_factor: float = Field(
        default=2.0,
        gt=1.0,
        description="An edition with more than this many times (or fewer than 1/this) the previous edition's "
        "events is flagged for review.",
    )


def column_schema(table: str) -> dg.TableSchema:
    """The Dagster column schema of a published table, from its Frictionless schema."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(f["name"], f["type"], description=f.get("title"))
            for f in load_schema(table)["fields"]
        ]
    )


@dg.asset(
    deps=["events_geo", "events_unique", "raw_events", "laureats", "cog_communes", "cog_departements", "cog_regions"],
    group_name="indicators",
    kinds={"duckdb"},
    check_specs=CHECKS,
)
def indicators_by_territory(
    context: dg.AssetExecutionContext, config: IndicatorsConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """One row per edition, territory (France, région, département) and indicator, all built editions;
    key (edition, niveau, code_territoire, indicateur). Also writes the per-edition summary
    `indicators_by_edition` (key edition)."""
    with duckdb.get_connection() as con:
        for table in ("events_geo", "raw_events", LAUREATES_TABLE, "merge_failures"):
            ensure_table(con, table)
        built = [
            row[0]
            for row in con.execute(
                "SELECT DISTINCT edition FROM (SELECT edition FROM raw_events "
                "UNION SELECT edition FROM events_geo) ORDER BY 1"
            ).fetchall()
        ]
        places, reference = _territories(con, cache_dir(duckdb.database) / TERRITORIES_MEMO)
        laureats = con.execute(f"SELECT * FROM {LAUREATES_TABLE} ORDER BY edition, identifiant").df()
        # Each edition's rows are kept with the digest of its events and laureates, of the territories and the
        # code (and of the previous edition, for the changes): a one-edition rebuild computes that edition and
        # the next one.
        indicators = build_indicators(con, LONG_TABLE, cache_dir(duckdb.database) / MEMO_FOLDER, built, places,
                                      laureats, combine(code_digest(REPO_ROOT), reference))
        france = indicators.france()
        unmerged = frozenset(row[0] for row in con.execute("SELECT DISTINCT edition FROM merge_failures").fetchall())
        summary = typed_frame(edition_summary(france, config.max_change_factor, unmerged), "indicateurs_editions")
        replace_table(con, SUMMARY_TABLE, summary)
        published = pd.Series(dict(con.execute("SELECT edition, count(*) FROM events_geo GROUP BY ALL").fetchall()),
                              dtype="int64")
        outcome = _outcome(indicators, france, summary, published, config)

    for jump in outcome["jumps"]:
        context.log.warning(
            f"edition {jump['edition']}: {jump['evenements']} events against "
            f"{jump['evenements_precedents']} the year before (x{jump['rapport']}), to be reviewed"
        )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": outcome["rows"],
            "dagster/column_schema": column_schema("indicateurs"),
            "editions": dg.MetadataValue.json([int(e) for e in built]),
            "summary_rows": outcome["summary_rows"],
            "laureates": len(laureats),
            "national": dg.MetadataValue.json(outcome["national"]),
            "recomputed": dg.MetadataValue.json(indicators.computed),
            "rewritten": dg.MetadataValue.json(indicators.written),
        },
        check_results=_check_results(config, outcome, built),
    )


def _territories(con, memo: Path) -> tuple[pd.DataFrame, str]:
    """territories() of the warehouse's COG tables, and their content digest: kept in `memo` for that digest (the
    communes table is read only when the reference changed)."""
    reference = content_digest(con, REFERENCE_TABLES)
    kept = read_pickle(memo)
    if isinstance(kept, dict) and kept.get("reference") == reference and isinstance(kept.get("places"), pd.DataFrame):
        return kept["places"], reference
    places = territories(  # frame_of: the frames .df() gives, their text taken from Arrow (cheaper)
        frame_of(con, con.sql("SELECT type_commune, population, code_region, code_departement FROM cog_communes")),
        frame_of(con, con.sql("SELECT * FROM cog_departements")),
        frame_of(con, con.sql("SELECT * FROM cog_regions")),
    )
    write_pickle(memo, {"reference": reference, "places": places})
    return places, reference


def _outcome(indicators: BuiltIndicators, france: pd.DataFrame, summary: pd.DataFrame, published: pd.Series,
             config: IndicatorsConfig) -> dict:
    """What the run reports (row counts, national figures, check findings), as JSON-able values."""
    national = summary[["edition", "evenements", "organisateurs", "communes_avec_evenement"]]
    gaps = indicators.gaps()
    return {
        "rows": indicators.rows(),
        "summary_rows": len(summary),
        "national": [{k: (None if pd.isna(v) else int(v)) for k, v in row.items()}
                     for row in national.to_dict("records")],
        "gaps": gaps[:50],
        "gap_count": len(gaps),
        "count_gaps": published_count_gaps(france, published),
        "jumps": edition_jumps(summary, config.max_change_factor),
    }


def _check_results(config: IndicatorsConfig, outcome: dict, built: list[int]) -> list[dg.AssetCheckResult]:
    """The three checks of the indicators: two gates of the release, one warning."""
    missing = missing_editions(built)
    return [
        dg.AssetCheckResult(
            check_name="totals_add_up",
            passed=not outcome["gap_count"] and not outcome["count_gaps"],
            metadata={
                "gaps": dg.MetadataValue.json(outcome["gaps"]),
                "gap_count": outcome["gap_count"],
                "published_count_gaps": dg.MetadataValue.json(outcome["count_gaps"]),
            },
        ),
        dg.AssetCheckResult(
            check_name="no_edition_missing",
            passed=not missing,
            metadata={
                "built_editions": dg.MetadataValue.json([int(e) for e in built]),
                "missing_editions": dg.MetadataValue.json(missing),
            },
        ),
        dg.AssetCheckResult(
            check_name="edition_counts_stable",
            passed=not outcome["jumps"],
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "max_change_factor": config.max_change_factor,
                "flagged_editions": dg.MetadataValue.json(outcome["jumps"]),
            },
        ),
    ]
