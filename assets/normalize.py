"""Events mapped onto the event Table Schema; unpublishable records quarantined, same-source repeats merged;
then the same real event listed by several sources merged into one row."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path

import dagster as dg
import numpy as np
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.config import sources
from assets.lib.counts import reason_family
from assets.lib.dedup import deduplicate_in_pieces
from assets.lib.fingerprint import code_digest, combine
from assets.lib.incremental import FAILED, kept_editions
from assets.lib.normalize import (
    CALLED_OFF_MOTIFS,
    NORMALIZE_THRESHOLDS,
    NormalizeResult,
    normalize_records,
    prepared_meanwhile,
    problems_as_quarantine,
    revived_records,
)
from assets.lib.parallel import edition_groups, edition_piece, map_pieces
from assets.lib.record_memo import recall_outputs, remember_outputs
from assets.lib.records import LAYOUT_FIELD
from assets.lib.reference_tables import INDEX_TABLES, commune_index_version, warehouse_commune_index
from assets.lib.warehouse import cache_dir, columns_of, frame_of, read_editions, replacing_editions
from assets.partitions import editions, partition_years

# Rows of one edition never depend on another's (a one-edition rebuild gives a full build's bytes), so the
# editions are shared with a second process (assets.lib.parallel); each piece is written as it comes.
UNIQUE_TABLES = ("events_unique", "merges_across_sources", "merge_failures")
# Per edition: the digest of the records it was deduplicated from (with the commune reference and the code), of the
# rows written, and what was reported (beside the warehouse, emptied with it).
UNIQUE_STATE_FILE = "unique-editions.json"
# What events_unique reads of raw_events: where each record sat in its snapshot (see _deduplicate_editions). A newer
# snapshot of the same records changes other columns (the snapshot's name), and no merged row.
RAW_POSITIONS = ("edition", "source", "source_record_id", "position")
# Per edition: what normalising gave each of its records, by record key (assets.lib.normalize), beside the warehouse.
RECORDS_FOLDER = "events-records"
REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class _RecordMemo:
    """Where each edition's record outcomes are kept (assets.lib.record_memo) and the version they are valid for."""

    folder: Path
    version: str
    # The outcomes normalised in this process and not kept yet, by editions: kept once the rows are handed over.
    pending: dict = field(default_factory=dict, compare=False, repr=False)

    def normalized(self, raw: pd.DataFrame, options: dict, editions: list[int]) -> NormalizeResult:
        """normalize_records of `raw` (records of `editions`), the outcomes kept for its records taken as they are;
        every record's outcome held here until `keep(editions)` (the result carries none: it may cross a pipe)."""
        result = normalize_records(raw, source_options=options,
                                   kept=recall_outputs(self.folder, self.version, editions))
        self.pending[tuple(editions)] = result.outcomes
        result.outcomes = {}
        return result

    def keep(self, editions: list[int]) -> None:
        """Every outcome `normalized` gave for `editions` in this process kept in their place (nothing when it gave
        none: a piece that failed)."""
        outcomes = self.pending.pop(tuple(editions), None)
        if outcomes is not None:
            remember_outputs(self.folder, self.version, outcomes, edition_of=itemgetter(0))


def _normalize_pieces(raw: pd.DataFrame, options: dict, memo: _RecordMemo,
                      write: Callable[[NormalizeResult], None]) -> None:
    """The records normalised, each piece handed to `write` as soon as it is here: this process's own piece while
    the worker still computes its own. Each process keeps its piece's outcomes once the rows are handed over: the
    worker's result comes back without waiting for its memo, written while this process writes the rows."""
    groups = edition_groups(raw)
    if groups is None:  # one process: no share to weigh (the weighing read every payload's length)
        years = sorted(map(int, pd.unique(raw["edition"])))
        write(memo.normalized(raw, options, years))
        memo.keep(years)
        return
    # Normalising a record costs from 0.25 to 0.6 ms on the sample by source kind, but about the same per byte of
    # payload text: the part with less payload text is normalised here, since this process also reads the table
    # before and writes after; the worker takes the other.
    text = raw["payload"].str.len().groupby(raw["edition"]).sum().to_dict()
    lightest_first = sorted(groups, key=lambda group: int(sum(text[edition] for edition in group)))
    # Each process takes its rows out of the table itself, after the fork (copying a piece's texts cost ~0.1 s of
    # CPU, which the worker waited for).
    map_pieces(partial(_normalize_editions, raw, options, memo), lightest_first, done=write, after=memo.keep)


def _normalize_editions(raw: pd.DataFrame, options: dict, memo: _RecordMemo, editions: list[int]) -> NormalizeResult:
    return memo.normalized(edition_piece(raw, editions), options, editions)


@dataclass
class _Written:
    """What the pieces written held: counts, and the quarantine rows (their reasons are metadata)."""

    events: int = 0
    merges: int = 0
    contacts_masked: int = 0
    quarantine: list[pd.DataFrame] = field(default_factory=list)


def source_options() -> dict:
    """Each configured source's parsed options (a spreadsheet's columns…), as normalising its records takes them."""
    return {name: source.options for name, source in sources().items()}


def options_key(options: dict) -> str:
    """The sources' options (source_options) as a stable text, part of what a kept edition was built under."""
    return repr(sorted(options.items()))


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
    # The records' containers live until normalize_records returns: not walked by the collector meanwhile.
    with duckdb.get_connection() as con, fewer_collections(NORMALIZE_THRESHOLDS):
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

            options = source_options()
            # A record normalised under the same code and options gives the same outcome: a rebuilt edition
            # normalises only the records it did not have.
            version = combine(code_digest(REPO_ROOT), options_key(options))
            _normalize_pieces(raw, options, _RecordMemo(cache_dir(duckdb.database) / RECORDS_FOLDER, version), write)
            written.quarantine.append(problems_as_quarantine(problems))
            insert("quarantine", written.quarantine[-1])
        quarantine = pd.concat(written.quarantine, ignore_index=True)
    # The lines that hold no record (a sheet's totals, its header typed again…) are listed with them, counted apart.
    layout = quarantine["champ"] == LAYOUT_FIELD
    reasons = quarantine.loc[~layout, "motif"].map(reason_family).value_counts()
    layout_reasons = quarantine.loc[layout, "motif"].map(reason_family).value_counts()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": written.events,
        "records_read": len(raw) + len(problems) - int(layout.sum()),
        "quarantined": int((~layout).sum()),
        "merged": written.merges,
        "contacts_masked": written.contacts_masked,
        "quarantine_reasons": dg.MetadataValue.json({k: int(v) for k, v in sorted(reasons.items())}),
        "layout_lines": int(layout.sum()),
        "layout_reasons": dg.MetadataValue.json({k: int(v) for k, v in sorted(layout_reasons.items())}),
    })


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=["events", "raw_events", *INDEX_TABLES, "commune_coders"],  # what the commune index is built from
    group_name="normalize",
    kinds={"duckdb"},
)
def events_unique(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """One row per real event and edition, records of the same event in several sources merged (best value
    per field, `sources_fusionnees`); key (edition, identifiant). The merged-away records go to
    `merges_across_sources`, and so do the copies of an event another source called off (cancelled or postponed:
    quarantined by `events`), which are not published."""
    years = partition_years(context)
    options = source_options()
    # The commune index and the records' features are tens of thousands of containers kept to the end of the stage.
    with duckdb.get_connection() as con, fewer_collections():
        # An edition whose records, commune reference and code are those it was last deduplicated from, and whose
        # rows are still those written then, is kept as it is: deduplicating it again gives the same rows.
        # The quarantine tells which records are called off (_called_off), and holds each one's payload.
        built = kept_editions(con, cache_dir(duckdb.database) / UNIQUE_STATE_FILE,
                              combine(commune_index_version(con), code_digest(REPO_ROOT),
                                      options_key(options)),
                              ("events", ("raw_events", RAW_POSITIONS), "quarantine"),
                              UNIQUE_TABLES, years)
        outcomes, merged_years = built.build_missing(con, years, partial(_deduplicate_editions, con, options))
    outcomes = [outcomes[year] for year in years]
    failures = {str(year): outcome[FAILED] for year, outcome in zip(years, outcomes, strict=True) if FAILED in outcome}
    for year, failure in failures.items():
        context.log.warning(f"Merge across sources failed for edition {year}, its records are published unmerged: "
                            f"{failure}")
    sizes: Counter = sum((Counter(outcome["groupes"]) for outcome in outcomes), Counter())
    return dg.MaterializeResult(metadata={
        "dagster/row_count": sum(outcome["lignes"] for outcome in outcomes),
        "records": sum(outcome["enregistrements"] for outcome in outcomes),
        "merged_across_sources": sum(sum(outcome["fusions"].values()) for outcome in outcomes),
        "merged_by_edition_and_source": dg.MetadataValue.json(
            {f"{year}/{source}": n for year, outcome in zip(years, outcomes, strict=True)
             for source, n in outcome["fusions"].items()}),
        "group_sizes": dg.MetadataValue.json({size: sizes[size] for size in sorted(sizes, key=int)}),
        "deduplicated_editions": dg.MetadataValue.json(merged_years),
        "merge_failures": dg.MetadataValue.json(failures),
    })



def _called_off(con, years: list[int], options: dict) -> pd.DataFrame | None:
    """The records of `years` their source called off (quarantined with CALLED_OFF_MOTIFS), as their rows would be
    were they live (revived_records), typed as the `events` table's; None when there are none."""
    raw = con.execute(
        "SELECT r.* FROM raw_events r JOIN quarantine q ON r.edition = q.edition AND r.source = q.source "
        "AND r.source_record_id = q.source_identifiant AND r.position = q.position "
        "WHERE r.edition IN (SELECT unnest(?::INTEGER[])) AND q.motif IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY r.edition, r.source, r.position", [list(years), list(CALLED_OFF_MOTIFS)]).df()
    rows = revived_records(raw, options)
    if rows.empty:
        return None
    con.execute("CREATE OR REPLACE TEMP TABLE called_off AS SELECT * FROM events LIMIT 0")
    con.register("_revived", rows[columns_of(con, "events")])
    try:
        con.execute("INSERT INTO called_off SELECT * FROM _revived")
        return frame_of(con, con.sql("SELECT * FROM called_off ORDER BY edition, source, source_identifiant"))
    finally:
        con.unregister("_revived")
        con.execute("DROP TABLE IF EXISTS called_off")


def _deduplicate_editions(con, options: dict, years: list[int]) -> dict[int, dict]:
    """Deduplicate the records of `years` and replace their rows of events_unique and merges_across_sources; per
    edition its rows, records, records merged by source and groups by size, as JSON values."""
    frame = read_editions(con, "events", years)
    called_off = _called_off(con, years, options)

    def write(result) -> None:
        # Where each merged-away record sat in its snapshot, so a merge can be traced back to the file.
        positions = con.execute(
            "SELECT edition, source, source_record_id AS source_identifiant, min(position) AS position "
            "FROM raw_events WHERE edition IN (SELECT unnest(?::INTEGER[])) GROUP BY ALL", [years]).df()
        merges = result.merges.merge(positions, on=["edition", "source", "source_identifiant"], how="left")
        merges["position"] = merges["position"].fillna(-1).astype(int)
        with replacing_editions(con, list(UNIQUE_TABLES), years) as insert:
            insert("events_unique", result.events[columns_of(con, "events_unique")])
            insert("merges_across_sources", merges[columns_of(con, "merges_across_sources")])
            if result.failures:
                insert("merge_failures", pd.DataFrame(sorted(result.failures.items()), columns=["edition", "motif"]))

    # Editions shared with a second process; the rows are written while it ends.
    result = deduplicate_in_pieces(frame, warehouse_commune_index(con), done=write, called_off=called_off)
    # A cluster's positions are in the records sorted by edition first: each edition's records are one block.
    records = frame["edition"].value_counts()
    edition_of = np.repeat(sorted(records.index), [records[year] for year in sorted(records.index)])
    groups: dict[int, Counter] = {year: Counter() for year in years}
    for cluster in result.clusters:
        groups[int(edition_of[cluster[0]])][str(len(cluster))] += 1
    rows = result.events["edition"].value_counts()
    by_source = result.merges.groupby(["edition", "source"]).size()
    return {year: {
        "lignes": int(rows.get(year, 0)), "enregistrements": int(records.get(year, 0)),
        "fusions": {source: int(n) for (edition, source), n in by_source.items() if edition == year},
        "groupes": dict(groups[year]),
    } | ({FAILED: result.failures[year]} if year in result.failures else {}) for year in years}
