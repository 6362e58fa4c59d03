"""The indicators table computed edition by edition, each edition's rows kept beside the warehouse (emptied with it)
with what they were computed from: a run computes only the editions whose events, laureates or previous edition
changed (the changes from the previous edition read its figures), and writes only their rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from assets.lib.fingerprint import combine
from assets.lib.indicators import (
    EVENT_COLUMNS,
    additive_gaps,
    indicator_table,
    laureate_kinds,
    out_of_vocabulary,
    prepared_events,
)
from assets.lib.schema import field_names, typed_frame
from assets.lib.state import read_pickle, write_pickle
from assets.lib.warehouse import edition_digests, replace_table, table_exists

EVOLVING = ("evenements", "organisateurs")  # the figures the next edition's changes are computed from


@dataclass(frozen=True)
class EditionIndicators:
    """One edition's rows of the indicators table (typed, in the table's order), its France rows, the additive_gaps
    of its rows and whether they hold a category value outside its vocabulary (out_of_vocabulary)."""

    rows: pd.DataFrame
    france: pd.DataFrame
    gaps: list[dict]
    outside: bool


@dataclass(frozen=True)
class BuiltIndicators:
    parts: dict[int, EditionIndicators]  # per built edition, in order
    computed: list[int]
    written: list[int]

    def france(self) -> pd.DataFrame:
        return pd.concat([part.france for part in self.parts.values()], ignore_index=True) if self.parts else \
            self.empty()

    def gaps(self) -> list[dict]:
        """additive_gaps of the whole table: France against régions, then régions against départements."""
        return [gap for level in ("france", "region") for part in self.parts.values() for gap in part.gaps
                if gap["niveau"] == level]

    def rows(self) -> int:
        return sum(len(part.rows) for part in self.parts.values())

    @staticmethod
    def empty() -> pd.DataFrame:
        return typed_frame(indicator_table(pd.DataFrame({c: [] for c in EVENT_COLUMNS}), pd.DataFrame(), editions=[]),
                           "indicateurs")


def _event_columns() -> list[str]:
    return [name for name in field_names("evenements") if name in EVENT_COLUMNS]


def _compute(con: duckdb.DuckDBPyConnection, years: list[int], places: pd.DataFrame, laureats: pd.DataFrame,
             kinds: dict, earlier: pd.DataFrame | None) -> dict[int, EditionIndicators]:
    """The rows of the editions `years`, computed together from their events."""
    events = con.execute(f"SELECT {', '.join(_event_columns())} FROM events_geo WHERE edition IN "
                         "(SELECT unnest(?::INTEGER[])) ORDER BY edition, identifiant", [years]).df()
    ready = prepared_events(events)
    long = typed_frame(indicator_table(ready, places, laureats, editions=years, kinds=kinds, earlier=earlier),
                       "indicateurs")
    gaps, outside = additive_gaps(long, ready, places), out_of_vocabulary(long)
    editions = long["edition"].to_numpy(dtype=np.int64)  # sorted: the table's order starts with the edition
    parts = {}
    for year in years:
        start, stop = np.searchsorted(editions, [year, year + 1])
        rows = long.iloc[start:stop].reset_index(drop=True)
        parts[year] = EditionIndicators(rows, rows[rows["niveau"] == "france"].reset_index(drop=True),
                                        [gap for gap in gaps if gap["edition"] == year], year in outside)
    return parts


def _schema(con: duckdb.DuckDBPyConnection, *tables: str) -> str:
    return repr([con.execute(f"DESCRIBE {table}").fetchall() for table in tables])


def build_indicators(con: duckdb.DuckDBPyConnection, table: str, memo: Path, built: list[int], places: pd.DataFrame,
                     laureats: pd.DataFrame, version: str) -> BuiltIndicators:
    """Write `table`, the indicators of the editions `built` (indicator_table of every edition), computing only the
    editions whose rows `memo` (a folder, one file per edition) does not hold for the same events, laureates,
    `version` (code, territories `places`) and previous edition, and writing only the editions whose rows in `table`
    are not those written last time. The laureates (`laureats`, of every edition) are read whole: which of their
    indicators every edition has depends on all of them (laureate_kinds)."""
    built = sorted(int(year) for year in built)
    version = combine(version, _schema(con, "events_geo", "laureats"))
    # Only the columns _compute reads of the events: hashing all of them (descriptions) cost 0.1 s per run.
    events = edition_digests(con, "events_geo", built, read=tuple(_event_columns()))
    laureates = edition_digests(con, "laureats", built)
    inputs = {year: combine(version, events[year], laureates[year]) for year in built}
    kinds = laureate_kinds(laureats, built, places)
    contexts = {year: combine(repr(kinds), inputs.get(year - 1, "not built")) for year in built}
    memos = {year: read_pickle(memo / f"{year}.pickle") for year in built}
    memos = {year: kept if isinstance(kept, dict) and isinstance(kept.get("part"), EditionIndicators) else {}
             for year, kept in memos.items()}
    parts = {year: memos[year]["part"] for year in built
             if memos[year].get("inputs") == inputs[year] and memos[year].get("context") == contexts[year]}
    computed = [year for year in built if year not in parts]
    if computed:
        needed = [parts[year - 1].rows for year in computed if year - 1 in parts]
        earlier = pd.concat(needed, ignore_index=True) if needed else None
        if earlier is not None:
            earlier = earlier[earlier["indicateur"].isin(EVOLVING)]
        parts |= _compute(con, computed, places, laureats, kinds, earlier)
        if len(computed) < len(built) and any(part.outside for part in parts.values()):
            # A value outside its vocabulary gives every edition a row: the editions are computed together.
            computed, parts = built, _compute(con, built, places, laureats, kinds, None)
    parts = {year: parts[year] for year in built}
    whole = len(computed) == len(built) or not table_exists(con, table) or \
        [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()] != field_names("indicateurs")
    if whole:
        written = built
        replace_table(con, table, pd.concat([part.rows for part in parts.values()], ignore_index=True) if parts
                      else BuiltIndicators.empty())
    else:
        now = edition_digests(con, table, built)
        written = [year for year in built if year in computed or memos[year].get("written") != now[year]]
        incoming = pd.concat([parts[year].rows for year in written], ignore_index=True) if written else None
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"DELETE FROM {table} WHERE edition IN (SELECT unnest(?::BIGINT[])) OR edition NOT IN "
                        "(SELECT unnest(?::BIGINT[]))", [written, built])
            if incoming is not None:
                con.register("_incoming", incoming)
                con.execute(f"INSERT INTO {table} SELECT * FROM _incoming")
                con.unregister("_incoming")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    after = edition_digests(con, table, written)
    for year in written:
        write_pickle(memo / f"{year}.pickle", {"inputs": inputs[year], "context": contexts[year], "part": parts[year],
                                               "written": after[year]})
    return BuiltIndicators(parts, computed, written)
