"""Yearly indicators by territory (France, région, département) over all built editions, with their checks."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource
from pydantic import Field

from assets.lib.indicators import (
    additive_gaps,
    edition_jumps,
    edition_summary,
    indicator_table,
    missing_editions,
    published_count_gaps,
    territories,
)
from assets.lib.schema import field_names, load_schema, typed_frame
from assets.lib.warehouse import ensure_table, replace_table

LONG_TABLE, SUMMARY_TABLE = "indicators_by_territory", "indicators_by_edition"
LAUREATES_TABLE = "laureats"  # written by the laureats asset

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
    deps=["events_geo", "raw_events", "laureats", "cog_communes", "cog_departements", "cog_regions"],
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
        for table in ("events_geo", "raw_events", LAUREATES_TABLE):
            ensure_table(con, table)
        events = con.execute(
            f"SELECT {', '.join(field_names('evenements'))} FROM events_geo ORDER BY edition, identifiant"
        ).df()
        built = [
            row[0]
            for row in con.execute(
                "SELECT DISTINCT edition FROM (SELECT edition FROM raw_events "
                "UNION SELECT edition FROM events_geo) ORDER BY 1"
            ).fetchall()
        ]
        places = territories(
            con.execute("SELECT * FROM cog_communes").df(),
            con.execute("SELECT * FROM cog_departements").df(),
            con.execute("SELECT * FROM cog_regions").df(),
        )
        laureats = con.execute(f"SELECT * FROM {LAUREATES_TABLE} ORDER BY edition, identifiant").df()
        long = typed_frame(indicator_table(events, places, laureats, editions=built), "indicateurs")
        summary = typed_frame(edition_summary(long, config.max_change_factor), "indicateurs_editions")
        replace_table(con, LONG_TABLE, long)
        replace_table(con, SUMMARY_TABLE, summary)

    if laureats.empty:
        context.log.info(f"no laureate in {LAUREATES_TABLE}: laureate indicators are zero")
    check_results = _check_results(context, config, long, summary, events, places, built)
    national = summary[["edition", "evenements", "organisateurs", "communes_avec_evenement"]]
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(long),
            "dagster/column_schema": column_schema("indicateurs"),
            "editions": dg.MetadataValue.json([int(e) for e in built]),
            "summary_rows": len(summary),
            "laureates": len(laureats),
            "national": dg.MetadataValue.json(
                [
                    {k: (None if pd.isna(v) else int(v)) for k, v in row.items()}
                    for row in national.to_dict("records")
                ]
            ),
        },
        check_results=check_results,
    )


def _check_results(context, config: IndicatorsConfig, long: pd.DataFrame, summary: pd.DataFrame,
                   events: pd.DataFrame, places: pd.DataFrame, built: list[int]) -> list[dg.AssetCheckResult]:
    """The three checks of the indicators: two gates of the release, one warning."""
    gaps = additive_gaps(long, events, places)
    count_gaps = published_count_gaps(long, events)
    missing = missing_editions(built)
    jumps = edition_jumps(summary, config.max_change_factor)
    for jump in jumps:
        context.log.warning(
            f"edition {jump['edition']}: {jump['evenements']} events against "
            f"{jump['evenements_precedents']} the year before (x{jump['rapport']}), to be reviewed"
        )
    return [
        dg.AssetCheckResult(
            check_name="totals_add_up",
            passed=not gaps and not count_gaps,
            metadata={
                "gaps": dg.MetadataValue.json(gaps[:50]),
                "gap_count": len(gaps),
                "published_count_gaps": dg.MetadataValue.json(count_gaps),
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
            passed=not jumps,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "max_change_factor": config.max_change_factor,
                "flagged_editions": dg.MetadataValue.json(jumps),
            },
        ),
    ]
