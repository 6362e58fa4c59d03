"""Events mapped onto the event Table Schema; unpublishable records quarantined, same-source repeats merged;
then the same real event listed by several sources merged into one row."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.config import sources
from assets.lib.counts import reason_family
from assets.lib.dedup import deduplicate_in_pieces
from assets.lib.normalize import QUARANTINE_COLUMNS, NormalizeResult, normalize_records, prepared_meanwhile
from assets.lib.parallel import edition_pieces, map_pieces
from assets.lib.reference_tables import COMMUNES_TABLE, warehouse_commune_index
from assets.lib.warehouse import columns_of, read_editions, replace_editions, replacing_editions
from assets.partitions import editions, partition_years

# Rows of one edition never depend on another's (a one-edition rebuild gives a full build's bytes), so the
# editions are shared with a second process (assets.lib.parallel); each piece is written as it comes.


def _normalize_pieces(raw: pd.DataFrame, options: dict, write: Callable[[NormalizeResult], None]) -> None:
    """The records normalised, each piece handed to `write` as soon as it is here: this process's own piece while
    the worker still computes its own."""
    parts = edition_pieces(raw)
    if len(parts) == 1:  # one process: no share to weigh (the weighing read every payload's length)
        write(normalize_records(raw, source_options=options))
        return
    # Normalising a record costs from 0.25 to 0.6 ms on the sample by source kind, but about the same per byte of
    # payload text: the part with less payload text is normalised here, since this process also reads the table
    # before and writes after; the worker takes the other.
    lightest_first = sorted(range(len(parts)), key=lambda index: int(parts[index]["payload"].str.len().sum()))
    done = map_pieces(partial(normalize_records, source_options=options), [parts[i] for i in lightest_first],
                      first_done=write)
    for piece in done[1:]:
        write(piece)


@dataclass
class _Written:
    """What the pieces written held: counts, and the quarantine rows (their reasons are metadata)."""

    events: int = 0
    merges: int = 0
    contacts_masked: int = 0
    quarantine: list[pd.DataFrame] = field(default_factory=list)


def _problems_as_quarantine(problems: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "edition": problems["edition"], "source": problems["source"], "source_identifiant": "",
        "position": problems["position"].fillna(-1).astype(int), "fichier": problems["file"],
        "champ": "fichier", "motif": problems["reason"], "contenu": "",
    }, columns=QUARANTINE_COLUMNS)


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=["raw_events"],
    group_name="normalize",
    kinds={"duckdb"},
)
def events(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """One row per event, source and edition; key (edition, identifiant). Also writes `quarantine` (records
    that cannot be published, with field and reason) and `merges_same_source` (an id repeated in a source)."""
    years = partition_years(context)
    with duckdb.get_connection() as con, fewer_collections():
        with prepared_meanwhile():  # built while DuckDB reads, inherited by both processes at the fork
            raw = read_editions(con, "raw_events", years)
            problems = read_editions(con, "raw_problems", years)
        written = _Written()
        # One transaction: the run's editions of the three tables change together, the pieces appended in turn (rows
        # are read back in a stated order, whatever the order they were written in).
        with replacing_editions(con, ["events", "quarantine", "merges_same_source"], years) as insert:

            def write(piece: NormalizeResult) -> None:
                insert("events", piece.events)
                insert("quarantine", piece.quarantine)
                insert("merges_same_source", piece.merges)
                written.events += len(piece.events)
                written.merges += len(piece.merges)
                written.contacts_masked += piece.contacts_masked
                written.quarantine.append(piece.quarantine)

            _normalize_pieces(raw, {name: source.options for name, source in sources().items()}, write)
            written.quarantine.append(_problems_as_quarantine(problems))
            insert("quarantine", written.quarantine[-1])
        quarantine = pd.concat(written.quarantine, ignore_index=True)
    reasons = quarantine["motif"].map(reason_family).value_counts()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": written.events,
        "records_read": len(raw) + len(problems),
        "quarantined": len(quarantine),
        "merged": written.merges,
        "contacts_masked": written.contacts_masked,
        "quarantine_reasons": dg.MetadataValue.json({k: int(v) for k, v in sorted(reasons.items())}),
    })


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=["events", "raw_events", COMMUNES_TABLE, "commune_coders"],
    group_name="normalize",
    kinds={"duckdb"},
)
def events_unique(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """One row per real event and edition, records of the same event in several sources merged (best value
    per field, `sources_fusionnees`); key (edition, identifiant). The merged-away records go to
    `merges_across_sources`."""
    years = partition_years(context)
    # The commune index and the records' features are tens of thousands of containers kept to the end of the stage.
    with duckdb.get_connection() as con, fewer_collections():
        index = warehouse_commune_index(con)
        frame = read_editions(con, "events", years)
        result = deduplicate_in_pieces(frame, index)  # editions shared with a second process, as in `events`
        # Where each merged-away record sat in its snapshot, so a merge can be traced back to the file.
        positions = con.execute(
            "SELECT edition, source, source_record_id AS source_identifiant, min(position) AS position "
            "FROM raw_events WHERE edition IN (SELECT unnest(?::INTEGER[])) GROUP BY ALL", [years]).df()
        merges = result.merges.merge(positions, on=["edition", "source", "source_identifiant"], how="left")
        merges["position"] = merges["position"].fillna(-1).astype(int)
        replace_editions(con, "events_unique", result.events[columns_of(con, "events_unique")], years)
        replace_editions(con, "merges_across_sources", merges[columns_of(con, "merges_across_sources")], years)
    by_source = result.merges.groupby(["edition", "source"]).size()
    sizes = pd.Series([len(c) for c in result.clusters]).value_counts().sort_index()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(result.events),
        "records": len(frame),
        "merged_across_sources": len(result.merges),
        "merged_by_edition_and_source": dg.MetadataValue.json(
            {f"{edition}/{source}": int(n) for (edition, source), n in by_source.items()}),
        "group_sizes": dg.MetadataValue.json({str(k): int(v) for k, v in sizes.items()}),
    })
