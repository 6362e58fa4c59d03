"""Editions a stage keeps as it built them: an edition whose input rows, reference and code are those it was last
built from, and whose output rows are still those written then, would be built into the same rows again. What each
edition was built from, what was written and what the stage reported sit in a state file beside the warehouse
(emptied with it)."""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from assets.lib.fingerprint import combine
from assets.lib.state import read_state, write_state
from assets.lib.warehouse import edition_digests

# The key of an edition's result saying its build failed and what was written instead (see build_missing).
FAILED = "echec"


def _digests(con: duckdb.DuckDBPyConnection, tables: Iterable[str | tuple[str, tuple[str, ...]]],
             years: list[int]) -> dict[int, str]:
    """Per edition, the digest of its rows in each of `tables` (edition_digests), put together; a table given as
    (name, columns) counts by those columns only."""
    per_table = [edition_digests(con, table, years) if isinstance(table, str) else
                 edition_digests(con, table[0], years, read=table[1]) for table in tables]
    return {year: combine(*(digests[year] for digests in per_table)) for year in years}


@dataclass
class BuiltEditions:
    """What kept_editions() found for a stage: the editions kept and what was reported when they were built."""

    path: Path
    outputs: tuple[str, ...]
    inputs: dict[int, str]  # per edition, the digest of its input rows with the version
    state: dict
    kept: dict[int, dict]  # edition -> the result recorded when it was built

    def build_missing(self, con: duckdb.DuckDBPyConnection, years: list[int],
                      build) -> tuple[dict[int, dict], list[int]]:
        """The result of every edition of `years`, `build(years to build)` called for those not kept (it writes their
        rows and returns their results), which are then recorded with their inputs, the digest of the rows written
        and their result (JSON values), the other editions' records kept; and the editions built. A result holding
        FAILED (the edition was written degraded: events_unique's merge raised) is not recorded: the next run builds
        that edition again."""
        results, missing = dict(self.kept), [year for year in years if year not in self.kept]
        if missing:
            built = build(missing)
            results |= built
            written = _digests(con, self.outputs, missing)
            state = {key: recorded for key, recorded in self.state.items() if key not in {str(year) for year in built}}
            write_state(self.path, state | {
                str(year): {"entrees": self.inputs[year], "sorties": written[year], "resultat": result}
                for year, result in built.items() if FAILED not in result})
        return results, missing


def kept_editions(con: duckdb.DuckDBPyConnection, path: Path, version: str,
                  inputs: tuple[str | tuple[str, tuple[str, ...]], ...], outputs: tuple[str, ...],
                  years: list[int]) -> BuiltEditions:
    """The editions of `years` recorded in the state file `path` as built from the rows they have now in the
    `inputs` tables (a table given as (name, columns): in the columns the stage reads, so that a column it does not
    read, e.g. the snapshot a record came from, builds nothing again), with `version` (what else the rows depend on:
    reference, code), whose rows in the `outputs` tables are still those written then (changed since, by hand or by
    another writer: built again)."""
    state = read_state(path)
    digests = {year: combine(version, digest) for year, digest in _digests(con, inputs, years).items()}
    written = _digests(con, outputs, years)
    kept = {}
    for year in years:
        recorded = state.get(str(year))
        if isinstance(recorded, dict) and recorded.get("entrees") == digests[year] and \
                recorded.get("sorties") == written[year] and isinstance(recorded.get("resultat"), dict):
            kept[year] = recorded["resultat"]
    return BuiltEditions(path, outputs, digests, state, kept)
