"""Warehouse tables: per-edition replacement, and tables left by an older version of the pipeline."""

import duckdb
import pandas as pd
import pytest

from assets.lib.warehouse import (
    TABLES,
    columns_of,
    declared_columns,
    ensure_table,
    frame_of,
    read_editions,
    replace_editions,
    replacing_editions,
    table_exists,
)


def _problems(editions: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"edition": editions, "source": "cress-x", "file": "agenda.csv",
                         "position": range(len(editions)), "reason": "ligne décalée"})


def test_replacing_an_edition_keeps_the_other_editions(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2018, 2019]), [2018, 2019])
        replace_editions(con, "raw_problems", _problems([2019, 2019]), [2019])
        assert con.execute("SELECT edition, count(*) FROM raw_problems GROUP BY 1 ORDER BY 1").fetchall() == [
            (2018, 1), (2019, 2)]


def test_editions_replaced_in_several_tables_and_pieces_change_together_at_the_end_of_the_block(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2018, 2019, 2020]), [2018, 2019, 2020])
        with replacing_editions(con, ["raw_problems", "raw_snapshots"], [2019, 2020]) as insert:
            insert("raw_problems", _problems([2020]))
            insert("raw_problems", _problems([2019, 2019]))  # a second piece is appended, not a replacement
        assert con.execute("SELECT edition, count(*) FROM raw_problems GROUP BY 1 ORDER BY 1").fetchall() == [
            (2018, 1), (2019, 2), (2020, 1)]
        assert con.execute("SELECT count(*) FROM raw_snapshots").fetchall() == [(0,)]


def test_a_block_that_raises_leaves_every_table_as_it_was(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2018, 2019]), [2018, 2019])
        with pytest.raises(RuntimeError, match="worker failed"):
            with replacing_editions(con, ["raw_problems"], [2019]) as insert:
                insert("raw_problems", _problems([2019, 2019, 2019]))
                raise RuntimeError("worker failed")
        assert con.execute("SELECT edition, count(*) FROM raw_problems GROUP BY 1 ORDER BY 1").fetchall() == [
            (2018, 1), (2019, 1)]
        with pytest.raises(ValueError, match="raw_snapshots: not among the tables replaced here"):
            with replacing_editions(con, ["raw_problems"], [2019]) as insert:
                insert("raw_snapshots", pd.DataFrame())
        assert con.execute("SELECT count(*) FROM raw_problems").fetchall() == [(2,)]


def test_a_block_that_inserts_nothing_still_empties_its_editions(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2018, 2019]), [2018, 2019])
        with replacing_editions(con, ["raw_problems"], [2019]):
            pass
        assert con.execute("SELECT edition FROM raw_problems").fetchall() == [(2018,)]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_declared_columns_of_each_table_are_those_duckdb_describes_for_it(table):
    # All tables are described together, in one scratch database: each must get its own columns and types.
    with duckdb.connect(":memory:") as con:
        ensure_table(con, table)
        assert declared_columns(table) == tuple((row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall())


def test_a_table_built_by_an_older_version_is_recreated_with_the_declared_columns(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        # The shape an earlier release wrote: one column renamed since, one column dropped since.
        con.execute("CREATE TABLE raw_problems (edition INTEGER, source VARCHAR, fichier VARCHAR, "
                    "position INTEGER, reason VARCHAR, detail VARCHAR)")
        con.execute("INSERT INTO raw_problems VALUES (2018, 'cress-x', 'a.csv', 1, 'old', 'x')")
        assert columns_of(con, "raw_problems") == [name for name, _ in declared_columns("raw_problems")]
        replace_editions(con, "raw_problems", _problems([2019]), [2019])
        described = [row[0] for row in con.execute("DESCRIBE raw_problems").fetchall()]
        assert described == ["edition", "source", "file", "position", "reason"]
        # Old rows cannot be trusted against the new columns: the run rebuilds every edition.
        assert con.execute("SELECT edition, file, reason FROM raw_problems").fetchall() == [
            (2019, "agenda.csv", "ligne décalée")]


def test_a_run_keeps_the_warehouse_open_once_and_closes_it_even_on_error(tmp_path):
    from pipelines.resources import Warehouse

    path = str(tmp_path / "w.duckdb")
    warehouse = Warehouse(database=path)

    def read_only_open_is_refused() -> bool:
        # DuckDB refuses, in one process, a second configuration of a file that is open: the probe of "open".
        try:
            duckdb.connect(path, read_only=True).close()
        except duckdb.ConnectionException:
            return True
        return False

    with warehouse.get_connection() as con:  # outside a run: a connection of its own, closed after
        replace_editions(con, "raw_problems", _problems([2018]), [2018])
    assert not read_only_open_is_refused()
    try:
        with warehouse.kept_open():
            assert read_only_open_is_refused()
            with warehouse.kept_open():  # nested (a run inside a run): the same connection
                with warehouse.get_connection() as con:
                    replace_editions(con, "raw_problems", _problems([2019, 2019]), [2019])
            with warehouse.get_connection() as con:  # a later asset sees what the earlier one committed
                assert con.execute("SELECT count(*) FROM raw_problems").fetchall() == [(3,)]
                con.execute("BEGIN TRANSACTION")
                con.execute("DELETE FROM raw_problems")  # left uncommitted by a failing asset
            with warehouse.get_connection() as con:
                assert con.execute("SELECT count(*) FROM raw_problems").fetchall() == [(3,)]
            assert read_only_open_is_refused()
            raise RuntimeError("stage failed")
    except RuntimeError:
        pass
    assert not read_only_open_is_refused()
    with duckdb.connect(path, read_only=True) as con:
        assert con.execute("SELECT edition, count(*) FROM raw_problems GROUP BY 1 ORDER BY 1").fetchall() == [
            (2018, 1), (2019, 2)]


def test_a_table_exists_whether_stored_temporary_or_attached_and_a_missing_one_does_not(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2019]), [2019])
        con.execute("CREATE TEMP TABLE scratch AS SELECT 1 AS x")
        con.execute(f"ATTACH '{tmp_path / 'other.duckdb'}' AS other")
        con.execute("CREATE TABLE other.elsewhere AS SELECT 1 AS x")
        con.execute("CREATE VIEW seen AS SELECT 1 AS x")
        con.execute("CREATE TABLE other.seen AS SELECT 1 AS x")
        con.execute("CREATE VIEW only_a_view AS SELECT 1 AS x")
        assert [table_exists(con, name) for name in ("raw_problems", "scratch", "elsewhere", "raw_events", "seen",
                                                      "only_a_view")] == [True, True, True, False, True, False]
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:  # as the CLI's summary reads it
        assert [table_exists(con, name) for name in ("raw_problems", "raw_events")] == [True, False]


HOSTILE_ROWS = """(1, NULL, 'x', NULL, NULL, NULL, NULL, NULL, 'é\u00a0\U0001f600'),
    (NULL, NULL, NULL, true, 1.5, '2020-01-01', '2020-01-01 10:00', ['a', NULL], ''),
    (3, NULL, '', false, 'nan', NULL, NULL, [], 'line
break'), (2, NULL, 'a''b', true, -0.0, '1999-12-31', NULL, ['z'], NULL)"""


@pytest.mark.parametrize("select", ["*", "b, c", "c", "b", "a, d, e", "* EXCLUDE (c)"])
@pytest.mark.parametrize("rows", ["all", "none", "one"])
def test_a_frame_read_through_arrow_is_duckdbs_own_frame(select, rows):
    con = duckdb.connect()
    con.execute("CREATE TABLE h (a INTEGER, b VARCHAR, c VARCHAR, d BOOLEAN, e DOUBLE, f DATE, g TIMESTAMP, "
                "h VARCHAR[], i VARCHAR)")
    con.execute(f"INSERT INTO h VALUES {HOSTILE_ROWS}")
    query = f"SELECT {select} FROM h" + {"all": "", "none": " LIMIT 0", "one": " WHERE a = 1"}[rows]
    pd.testing.assert_frame_equal(frame_of(con, con.sql(query)), con.execute(query).df(), check_exact=True)


def test_editions_read_through_arrow_are_duckdbs_own_frame(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    replace_editions(con, "raw_problems", pd.DataFrame({"edition": [2019, 2020], "source": ["s", "t"],
                                                        "file": ["f", None], "position": [1, None],
                                                        "reason": ["r", "q"]}), [2019, 2020])
    expected = con.execute("SELECT * FROM raw_problems WHERE edition IN (2019) ORDER BY edition, source, position").df()
    pd.testing.assert_frame_equal(read_editions(con, "raw_problems", [2019]), expected, check_exact=True)
    everything = con.execute("SELECT * FROM raw_problems ORDER BY edition, source, position").df()
    pd.testing.assert_frame_equal(read_editions(con, "raw_problems"), everything, check_exact=True)


HOSTILE_RAW = [  # raw_events rows as ingest encodes them: missing ids, empty and non-BMP text, quotes, line breaks
    (2019, "plateforme", "platform", "42", 0, "page-0001.json", "20191201T000000Z", True, '{"a": "é\u00a0\U0001f600"}'),
    (2019, "cress-x", "ical", None, 1, "calendrier.ics", "export", False, ""),
    (2020, "cress-y", "tableur", "l0123", 2**31 - 1, "a'b.csv", "", False, '{"t": "line\nbreak \\" \\\\"}'),
    (2020, "cress-y", "tableur", "", 0, "", "s", True, "{}"),
]


@pytest.mark.parametrize("rows", [HOSTILE_RAW, HOSTILE_RAW[:1], []])
def test_raw_events_written_from_arrow_are_the_rows_written_from_pandas(tmp_path, rows):
    """raw_events goes from the encoded records to DuckDB through Arrow (ingest.RAW_SCHEMA), not a pandas frame:
    the same table, value for value and type for type."""
    import pyarrow as pa

    from assets.ingest import RAW_COLUMNS, RAW_SCHEMA

    columns = {name: [row[i] for row in rows] for i, name in enumerate(RAW_COLUMNS)}
    tables = {}
    for way, frame in (("pandas", pd.DataFrame(columns, columns=list(RAW_COLUMNS))),
                       ("arrow", pa.table(columns, schema=RAW_SCHEMA).select(list(reversed(RAW_COLUMNS))))):
        with duckdb.connect(str(tmp_path / f"{way}.duckdb")) as con:
            replace_editions(con, "raw_events", frame, [2019, 2020])
            tables[way] = con.execute("SELECT *, typeof(COLUMNS(*)) FROM raw_events ORDER BY ALL").fetchall()
    assert tables["arrow"] == tables["pandas"]
    assert len(tables["arrow"]) == len(rows)


def test_a_run_checkpoints_its_writes_once_when_it_closes_the_warehouse(tmp_path):
    """Within a run the kept connection does not checkpoint after each big write (warehouse.RUN_CHECKPOINT_THRESHOLD):
    what the run committed is in the file for any later connection once the run ends."""
    from assets.lib import warehouse

    path = tmp_path / "w.duckdb"
    big = pd.DataFrame({"edition": [2019] * 2000, "source": "s", "file": "f", "position": range(2000),
                        "reason": ["x" * 10_000] * 2000})  # 20 MB: over DuckDB's default checkpoint threshold
    with warehouse.kept_open(path):
        with warehouse.connect(path) as con:
            assert con.execute("SELECT current_setting('checkpoint_threshold')").fetchall() == [("1.0 GiB",)]
            assert con.execute("SELECT current_setting('threads')").fetchall() == [(warehouse.RUN_THREADS,)]
            replace_editions(con, "raw_problems", big, [2019])
            replace_editions(con, "raw_problems", _problems([2020]), [2020])
        assert path.with_name("w.duckdb.wal").exists()  # not checkpointed yet
    assert not path.with_name("w.duckdb.wal").exists()
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT edition, count(*), max(length(reason)) FROM raw_problems GROUP BY 1 ORDER BY 1"
                           ).fetchall() == [(2019, 2000, 10_000), (2020, 1, 13)]
    with duckdb.connect(str(path)) as con:  # outside a run: DuckDB's own threshold
        assert con.execute("SELECT current_setting('checkpoint_threshold')").fetchall() == [("16.0 MiB",)]


def test_raw_payloads_are_stored_with_zstd_and_read_back_unchanged(tmp_path):
    """The raw payloads (JSON texts, most of the warehouse's bytes) are compressed with zstd at the checkpoint, not
    by DuckDB's default choice: a smaller file and a cheaper checkpoint, the same texts read back."""
    rows = HOSTILE_RAW * 300  # enough rows for a checkpointed segment of its own
    from assets.ingest import RAW_COLUMNS

    columns = {name: [row[i] for row in rows] for i, name in enumerate(RAW_COLUMNS)}
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        replace_editions(con, "raw_events", pd.DataFrame(columns), [2019, 2020])
    with duckdb.connect(str(path), read_only=True) as con:
        compressions = {row[0] for row in con.execute(
            "SELECT compression FROM pragma_storage_info('raw_events') WHERE column_name = 'payload' "
            "AND segment_type = 'VARCHAR'").fetchall()}
        payloads = [row[0] for row in con.execute("SELECT payload FROM raw_events").fetchall()]
    assert compressions == {"ZSTD"}
    assert sorted(payloads) == sorted(row[-1] for row in rows)
