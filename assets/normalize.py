"""Events mapped onto the event Table Schema; unpublishable records quarantined, same-source repeats merged."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.config import sources
from assets.lib.normalize import QUARANTINE_COLUMNS, normalize_records
from assets.lib.warehouse import read_editions, replace_editions
from assets.partitions import editions, partition_years


def _problems_as_quarantine(problems: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "edition": problems["edition"], "source": problems["source"], "source_identifiant": "",
        "position": problems["position"].fillna(-1).astype(int), "fichier": problems["file"],
        "champ": "fichier", "motif": problems["reason"], "contenu": "",
    }, columns=QUARANTINE_COLUMNS)


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=["raw_events_platform"],
    group_name="normalize",
    kinds={"duckdb"},
)
def events(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """One row per event, source and edition; key (edition, identifiant). Quarantine and merges beside it."""
    years = partition_years(context)
    with duckdb.get_connection() as con:
        raw = read_editions(con, "raw_events", years)
        problems = read_editions(con, "raw_problems", years)
        result = normalize_records(raw, {name: source.options for name, source in sources().items()})
        quarantine = pd.concat([result.quarantine, _problems_as_quarantine(problems)], ignore_index=True)
        replace_editions(con, "events", result.events, years)
        replace_editions(con, "quarantine", quarantine, years)
        replace_editions(con, "merges", result.merges, years)
    reasons = quarantine["motif"].str.split(" [0-9'\"«(]", regex=True).str[0].value_counts()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(result.events),
        "records_read": len(raw) + len(problems),
        "quarantined": len(quarantine),
        "merged": len(result.merges),
        "contacts_masked": result.contacts_masked,
        "quarantine_reasons": dg.MetadataValue.json({k: int(v) for k, v in sorted(reasons.items())}),
    })
