"""What reading one source's snapshots of one edition gave, kept beside the warehouse (emptied with it): the problems,
the raw_snapshots row, errors, schema drift and log lines, with the digest of the rows it wrote to raw_events; the
records themselves stay in raw_events. Keyed by the content of every snapshot folder of that source and edition, the
source's declaration and the code: a rebuilt edition takes a source's rows from the table instead of reading its
snapshots again when none of that changed and the rows are still those written then."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.lib.fingerprint import combine, tree_digest
from assets.lib.state import read_state, write_state
from assets.lib.warehouse import group_digests, table_exists

TABLE = "raw_events"


def pair_name(source: str, year: int) -> str:
    return f"{source}/{int(year)}"


def snapshots_key(version: str, declaration: str, edition_dir: Path, year: int) -> str:
    """The key of one (source, edition) read: `version` (code), the source's declaration (its repr) and every file
    of every snapshot folder of that edition (path and content: a newer snapshot, broken or not, changes it)."""
    return combine(version, declaration, str(int(year)), tree_digest([edition_dir], edition_dir.parent))


@dataclass(frozen=True)
class KeptRead:
    """What a (source, edition) read gave last time, as JSON values: its problems (raw_problems rows), its
    raw_snapshots row, errors, drift, log lines as [level, message], and its rows' count in raw_events."""

    problems: list[dict]
    snapshot: dict
    errors: list[str]
    drift: list[dict]
    lines: list[list[str]]
    rows: int


def rows_digests(con: duckdb.DuckDBPyConnection, years: list[int]) -> dict[str, str]:
    """{source/edition: row count and order-independent hash sum of its rows in raw_events} for `years` (a pair
    without rows is absent)."""
    return {pair_name(source, edition): digest
            for (source, edition), digest in group_digests(con, TABLE, years, ("source", "edition")).items()}


def _json_equal(value) -> bool:
    """True when `value` comes back equal from JSON (a value that would not is never kept)."""
    try:
        return json.loads(json.dumps(value)) == value
    except (TypeError, ValueError):
        return False


class ReadMemo:
    """The state file `path` of the reads of one warehouse, for the code `version`."""

    def __init__(self, path: Path, version: str):
        self.path = path
        self.version = version
        self.state = read_state(path)

    def kept(self, con: duckdb.DuckDBPyConnection, candidates: dict[tuple[str, int], str]) -> dict[tuple[str, int],
                                                                                                 KeptRead]:
        """The reads among `candidates` ({(source, edition): key}) recorded under the same key whose rows in
        raw_events are still those written then."""
        recorded = {pair: self.state.get(pair_name(*pair)) for pair in candidates}
        recorded = {pair: entry for pair, entry in recorded.items()
                    if isinstance(entry, dict) and entry.get("cle") == candidates[pair]}
        if not recorded:
            return {}
        now = rows_digests(con, sorted({year for _, year in recorded}))
        kept = {}
        for pair, entry in recorded.items():
            try:
                read = KeptRead(**entry["lu"])
            except (KeyError, TypeError):
                continue
            if entry.get("lignes") == now.get(pair_name(*pair), "0:"):
                kept[pair] = read
        return kept

    def remember(self, con: duckdb.DuckDBPyConnection, years: list[int], reads: dict[tuple[str, int],
                                                                                    tuple[str, KeptRead]]) -> None:
        """Record `reads` ({(source, edition): (key, what it gave)}, those of the run's editions `years` that may be
        kept), with the digest of their rows now in raw_events; the records of the other pairs of `years` go."""
        state = {name: entry for name, entry in self.state.items()
                 if not (isinstance(entry, dict) and entry.get("edition") in years)}
        now = rows_digests(con, years)
        for (source, year), (key, read) in reads.items():
            entry = {"edition": int(year), "cle": key, "lignes": now.get(pair_name(source, year), "0:"),
                     "lu": read.__dict__}
            if _json_equal(entry):
                state[pair_name(source, year)] = entry
        write_state(self.path, state)


def kept_rows(con: duckdb.DuckDBPyConnection, pairs: Iterable[tuple[str, int]]) -> pa.Table | None:
    """The rows of raw_events of `pairs` ((source, edition)), as Arrow; None when there are none to take."""
    pairs = sorted(pairs)
    if not pairs or not table_exists(con, TABLE):
        return None
    return con.sql(f"SELECT t.* FROM {TABLE} AS t JOIN (SELECT unnest(?::VARCHAR[]) AS s, unnest(?::INTEGER[]) AS e) "
                   "AS k ON t.source = k.s AND t.edition = k.e",
                   params=[[s for s, _ in pairs], [e for _, e in pairs]]).to_arrow_table()
