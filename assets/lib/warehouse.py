"""DuckDB tables of the pipeline: explicit DDL, and per-edition replacement in one transaction.

Each table has exactly one writer asset (named beside its DDL); every asset reading a table declares it.
"""

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from assets.lib.schema import GEO_FIELDS, SOURCE_ONLY_FIELDS, duckdb_columns

MERGE_COLUMNS_DDL = """
        edition INTEGER, identifiant VARCHAR, source VARCHAR, source_identifiant VARCHAR, position INTEGER,
        motif VARCHAR"""

TABLES = {
    # raw_events, raw_problems, raw_snapshots: written by the raw_events asset. The payloads are JSON texts (25 MB
    # on the sample): zstd stores them in a third of the space DuckDB's default choice takes (13 → 4.4 MB) and
    # compresses them faster at the checkpoint that closes a run.
    "raw_events": """
        edition INTEGER, source VARCHAR, source_kind VARCHAR, source_record_id VARCHAR, position INTEGER,
        file VARCHAR, snapshot VARCHAR, synthetique BOOLEAN, payload VARCHAR USING COMPRESSION zstd""",
    "raw_problems": """
        edition INTEGER, source VARCHAR, file VARCHAR, position INTEGER, reason VARCHAR""",
    "raw_snapshots": """
        edition INTEGER, source VARCHAR, snapshot VARCHAR, fetched_at VARCHAR, records INTEGER, problems INTEGER,
        stale_reason VARCHAR, pagination_cut VARCHAR""",
    # events, quarantine, merges_same_source: written by the events asset
    "events": duckdb_columns("evenements", exclude=GEO_FIELDS) + "".join(f", {c} VARCHAR" for c in SOURCE_ONLY_FIELDS),
    "quarantine": """
        edition INTEGER, source VARCHAR, source_identifiant VARCHAR, position INTEGER, fichier VARCHAR,
        champ VARCHAR, motif VARCHAR, contenu VARCHAR""",
    "merges_same_source": MERGE_COLUMNS_DDL,
    # written by events_geo
    "events_geo": duckdb_columns("evenements"),
    # events_unique and merges_across_sources: written by events_unique. Same columns as `events`, one row
    # per real event once duplicates across sources are merged.
    "merges_across_sources": MERGE_COLUMNS_DDL,
    # an edition whose merge raised (a bug of a rule): its records are in events_unique unmerged
    "merge_failures": """
        edition INTEGER, motif VARCHAR""",
    "events_unique": (
        duckdb_columns("evenements", exclude=GEO_FIELDS) + "".join(f", {c} VARCHAR" for c in SOURCE_ONLY_FIELDS)
    ),
    # written by the laureats asset
    "laureats": duckdb_columns("laureats"),
}
MERGE_TABLES = ("merges_same_source", "merges_across_sources")
# What the pipeline keeps from one run to the next beside its database (states of the last runs, the coders):
# never published, emptied with the warehouse.
CACHE_FOLDER = "cache"


# The connection a warehouse file is kept open with during a run (kept_open), by database path.
_KEPT_OPEN: dict[str, duckdb.DuckDBPyConnection] = {}
# DuckDB checkpoints (compresses every table changed since the last checkpoint and writes it into the file) at the
# first commit after its write-ahead log passes `checkpoint_threshold` (16 MiB by default). A full rebuild crosses it
# with the raw payloads (25 MB on the sample), so the next small write (raw_problems' 151 rows) paid a checkpoint of
# every table written so far, about 1.4 s, and later steps paid others. The connection kept for a run waits up to
# this much log instead: the file is checkpointed when the run closes it (or when the log reaches it), once.
RUN_CHECKPOINT_THRESHOLD = "1GiB"
# The run's connection works with one DuckDB thread: the warehouse's tables are small (tens of thousands of rows),
# and a second thread cost more CPU than it saved (events_geo's insert: 0.20 s of CPU with two, 0.13 s with one)
# while the run's own forked worker already uses the second core.
RUN_THREADS = 1


@contextmanager
def kept_open(database: str | Path, config: dict | None = None) -> Iterator[None]:
    """Keep `database` open until the block ends, even when it raises: inside, connect() hands out cursors of
    this one connection. Opening the file reads its catalogue (0.1-0.2 s for the sample's warehouse) and
    closing it writes a checkpoint, which each step of a run would otherwise pay again."""
    key = str(database)
    if key == ":memory:" or key in _KEPT_OPEN:
        yield
        return
    connection = duckdb.connect(key, config={"checkpoint_threshold": RUN_CHECKPOINT_THRESHOLD, "threads": RUN_THREADS,
                                          **(config or {})})
    _KEPT_OPEN[key] = connection
    try:
        yield
    finally:
        del _KEPT_OPEN[key]
        connection.close()


def is_kept_open(database: str | Path) -> bool:
    return str(database) in _KEPT_OPEN


@contextmanager
def connect(database: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to `database`: a cursor of the kept connection inside kept_open() (its own transactions
    and registered frames, the same open file), else a connection of its own, closed after."""
    kept = _KEPT_OPEN.get(str(database))
    if kept is None:
        with duckdb.connect(str(database), read_only=read_only) as connection:
            yield connection
        return
    cursor = kept.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def cache_dir(database: str | Path) -> Path:
    """The folder of what the pipeline keeps between runs beside the DuckDB file `database`."""
    return Path(database).parent / CACHE_FOLDER


def table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether the database holds a table named `table` (the warehouse has no views), stored, temporary or in an
    attached database. A table a query would find by that name (temporary, then the database's own) is found by binding
    a relation on it, none executed: half the cost of a query on duckdb_tables() (0.2 against 0.5 ms; a run asks about
    a hundred times, nearly always about a table that exists). duckdb_tables() lists the tables alone: several times
    faster than information_schema.tables, which also lists views and system tables."""
    try:
        if con.table(table).type == "TABLE_RELATION":
            return True
    except duckdb.CatalogException:
        pass
    query = "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?"
    # fetchall, not fetchone: a result left open stops the next register() on this connection
    return bool(con.execute(query, [table]).fetchall()[0][0])


def ensure_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    if not table_exists(con, table):  # checked first so read-only connections work on a built warehouse
        con.execute(f"CREATE TABLE {table} ({TABLES[table]})")


@functools.cache
def _declared_tables() -> dict[str, tuple[tuple[str, str], ...]]:
    """declared_columns of every table of `TABLES`, described in one scratch database: opening one costs 20 to 50 ms,
    which each table paid once per process when it had a scratch database of its own."""
    described = {}
    with duckdb.connect(":memory:") as scratch:
        for table, columns in TABLES.items():
            scratch.execute(f"CREATE TABLE {table} ({columns})")
            described[table] = tuple((row[0], row[1]) for row in scratch.execute(f"DESCRIBE {table}").fetchall())
    return described


def declared_columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, type) of each column that `TABLES` declares for `table`, as DuckDB describes them."""
    return _declared_tables()[table]


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """The declared columns of `table` (created when missing)."""
    ensure_table(con, table)
    return [name for name, _ in declared_columns(table)]


def _recreate_if_stale(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """A table left by an older version of the pipeline (other columns) is recreated empty before a write: it
    holds derived rows only, and a code change makes `mois-ess run` rebuild every edition."""
    existing = tuple((row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall())
    if existing != declared_columns(table):
        con.execute(f"DROP TABLE {table}")
        ensure_table(con, table)


def replace_editions(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame | pa.Table,
                     editions: list[int]) -> None:
    """Rows of `editions` in `table` become exactly `frame` (a pandas frame or an Arrow table), atomically; other
    editions are untouched."""
    with replacing_editions(con, [table], editions) as insert:
        insert(table, frame)


@contextmanager
def replacing_editions(con: duckdb.DuckDBPyConnection, tables: list[str],
                       editions: list[int]) -> Iterator[Callable[[str, pd.DataFrame | pa.Table], None]]:
    """Rows of `editions` in each of `tables` become exactly the frames given to the yielded `insert(table, frame)`
    inside the block (several per table, appended in turn), all in one transaction committed when the block ends,
    rolled back when it raises; other editions are untouched. The transaction starts at the first insert, so the
    block may fork before it (a forked process never inherits an open transaction)."""
    for table in tables:
        columns_of(con, table)
        _recreate_if_stale(con, table)
    scope, params = "edition IN (SELECT unnest(?::INTEGER[]))", [list(editions)]
    started = False

    def start() -> None:
        nonlocal started
        con.execute("BEGIN TRANSACTION")
        started = True
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE {scope}", params)

    def insert(table: str, frame: pd.DataFrame | pa.Table) -> None:
        if table not in tables:
            raise ValueError(f"{table}: not among the tables replaced here {tables}")
        columns = columns_of(con, table)
        given = frame.column_names if isinstance(frame, pa.Table) else frame.columns
        missing = set(columns) - set(given)
        if missing:
            raise ValueError(f"{table}: frame lacks columns {sorted(missing)}")
        if not started:
            start()
        con.register("_incoming", frame.select(columns) if isinstance(frame, pa.Table) else frame[columns])
        try:
            con.execute(f"INSERT INTO {table} SELECT * FROM _incoming")
        finally:
            con.unregister("_incoming")

    try:
        yield insert
        if not started:
            start()
        con.execute("COMMIT")
    except BaseException:
        if started:
            con.execute("ROLLBACK")
        raise


def read_editions(con: duckdb.DuckDBPyConnection, table: str, editions: list[int] | None = None) -> pd.DataFrame:
    """Rows of `table` for `editions` (all when None), in a stable order."""
    columns = columns_of(con, table)
    order = ", ".join(c for c in ("edition", "source", "position", "identifiant") if c in columns)
    if editions is None:
        return frame_of(con, con.sql(f"SELECT * FROM {table} ORDER BY {order}"))
    return frame_of(con, con.sql(
        f"SELECT * FROM {table} WHERE edition IN (SELECT unnest(?::INTEGER[])) ORDER BY {order}",
        params=[list(editions)]))


def frame_of(con: duckdb.DuckDBPyConnection, relation: duckdb.DuckDBPyRelation) -> pd.DataFrame:
    """relation.df(): the same frame (columns, order, dtypes, values), its text columns taken from Arrow. DuckDB's
    own conversion builds a Python string per text cell before pandas turns them back into Arrow strings (about
    half of the read on the event tables); the other columns, and a text column without any value (its dtype is
    then another one), are still converted by DuckDB, from the same fetched rows."""
    table = relation.to_arrow_table()
    texts = {name for name, column in zip(table.column_names, table.columns, strict=True)
             if pa.types.is_string(column.type) and column.null_count < len(column)}
    others = [name for name in table.column_names if name not in texts]
    if not texts:
        return con.from_arrow(table).df()
    frame = con.from_arrow(table.select(others)).df() if others else pd.DataFrame(index=pd.RangeIndex(len(table)))
    for name in texts:
        frame[name] = pd.array(table.column(name), dtype=pd.StringDtype("pyarrow", na_value=np.nan))
    return frame[table.column_names]


def edition_digests(con: duckdb.DuckDBPyConnection, table: str, editions: list[int],
                     read: tuple[str, ...] | None = None) -> dict[int, str]:
    """{edition: the row count and order-independent hash sum of its rows in `table`} for each of `editions` ("0:"
    for an edition without rows, or a missing table), computed by DuckDB: what a stage compares with the last time it
    built an edition from that table, or wrote it there. `read`: the only columns hashed (those the stage reads)."""
    digests = {int(edition): "0:" for edition in editions}
    return digests | {int(edition): digest for (edition,), digest in group_digests(con, table, editions, read=read)
                      .items()}


def group_digests(con: duckdb.DuckDBPyConnection, table: str, editions: list[int],
                  by: tuple[str, ...] = ("edition",), read: tuple[str, ...] | None = None) -> dict[tuple, str]:
    """{values of `by`: "count:hash sum" of those rows of `table`} over the rows of `editions`, computed by DuckDB
    (order-independent); a group without rows, or a missing table, is absent. `read`: the columns hashed besides
    `by` (every column when None)."""
    if not table_exists(con, table):
        return {}
    columns = ", ".join(by)
    rows_of = table if read is None else f"(SELECT {', '.join(dict.fromkeys((*by, 'edition', *read)))} FROM {table})"
    rows = con.execute(f"SELECT {columns}, count(*), sum(hash(t)::HUGEINT) FROM {rows_of} AS t "
                       f"WHERE edition IN (SELECT unnest(?::INTEGER[])) GROUP BY {columns}",
                       [list(editions)]).fetchall()
    return {tuple(row[:-2]): f"{row[-2]}:{row[-1]}" for row in rows}


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """`table` becomes a copy of `frame` (reference tables, rebuilt whole)."""
    con.register("_incoming", frame)
    try:
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM _incoming")
    finally:
        con.unregister("_incoming")
