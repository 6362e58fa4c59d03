"""Warehouse tables: per-edition replacement, and tables left by an older version of the pipeline."""

import duckdb
import pandas as pd

from assets.lib.warehouse import columns_of, declared_columns, replace_editions


def _problems(editions: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"edition": editions, "source": "cress-x", "file": "agenda.csv",
                         "position": range(len(editions)), "reason": "ligne décalée"})


def test_replacing_an_edition_keeps_the_other_editions(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        replace_editions(con, "raw_problems", _problems([2018, 2019]), [2018, 2019])
        replace_editions(con, "raw_problems", _problems([2019, 2019]), [2019])
        assert con.execute("SELECT edition, count(*) FROM raw_problems GROUP BY 1 ORDER BY 1").fetchall() == [
            (2018, 1), (2019, 2)]


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
