"""The merges file: every merged record with the published row it joined, whatever merged it."""

import duckdb
import pandas as pd

from assets.lib.counts import record_counts, write_merges, write_quarantine
from assets.lib.dedup import SESSION_COPY_MOTIF
from assets.lib.warehouse import ensure_table

SAME, ACROSS = "identifiant répété dans la même source", "même événement dans une autre source"


def test_each_merged_record_names_the_published_row_it_joined(tmp_path):
    con = duckdb.connect(str(tmp_path / "pipeline.duckdb"))
    for table in ("merges_same_source", "merges_across_sources"):
        ensure_table(con, table)
    # The spreadsheet repeated row 7; the row it kept (s-7) joined the platform's p-1; a date-only agenda copy sat
    # between two sessions and joined none.
    con.execute("INSERT INTO merges_same_source VALUES (2019, 'mess-2019-sheet7', 'tableur', 's-7', 9, ?)", [SAME])
    con.execute("INSERT INTO merges_same_source VALUES (2019, 'mess-2019-agenda', 'agenda', 'a-3', 4, ?)", [SAME])
    con.execute("INSERT INTO merges_across_sources VALUES (2019, 'mess-2019-p1', 'tableur', 's-7', 7, ?)", [ACROSS])
    con.execute("INSERT INTO merges_across_sources VALUES (2019, '', 'ical', 'u-5', 5, ?)",
                [f"{SESSION_COPY_MOTIF} mess-2019-p2, mess-2019-p3"])
    write_merges(con, tmp_path / "fusions.csv")
    merges = pd.read_csv(tmp_path / "fusions.csv", dtype=str, keep_default_na=False)
    assert merges[["source", "source_identifiant", "identifiant"]].to_numpy().tolist() == [
        ["agenda", "a-3", "mess-2019-agenda"],  # its kept row was published as it is
        ["ical", "u-5", ""],
        ["tableur", "s-7", "mess-2019-p1"],
        ["tableur", "s-7", "mess-2019-p1"],  # the repeated row (position 9): where its kept row went
    ]
    assert merges["motif"].tolist() == [SAME, f"{SESSION_COPY_MOTIF} mess-2019-p2, mess-2019-p3", ACROSS, SAME]
    assert len(merges) == record_counts(con)["fusionnes"].sum()


def test_the_operators_files_defuse_what_a_spreadsheet_would_evaluate(tmp_path):
    """A record quarantined before any cleaning keeps its source's identifier as written; the operator opens the
    file in a spreadsheet, which must not evaluate it."""
    con = duckdb.connect(str(tmp_path / "pipeline.duckdb"))
    for table in ("quarantine", "merges_same_source", "merges_across_sources"):
        ensure_table(con, table)
    content = '{"N°": "=HYPERLINK(\\"http://evil.example\\")"}'
    con.execute("INSERT INTO quarantine VALUES (2019, 'tableur', '=HYPERLINK(\"http://evil.example\")', 3, "
                "'agenda.csv', 'titre', 'titre manquant', ?)", [content])
    con.execute("INSERT INTO quarantine VALUES (2019, 'tableur', '\uff20SUM(1)', 4, 'agenda.csv', 'titre', "
                "'titre manquant', '{}')")
    con.execute("INSERT INTO quarantine VALUES (2019, 'tableur', 'PACA-7', 5, 'agenda.csv', 'titre', "
                "'titre manquant', '{}')")
    con.execute("INSERT INTO merges_same_source VALUES (2019, 'mess-2019-x', 'tableur', '-1+2', 9, ?)", [SAME])
    write_quarantine(con, tmp_path / "quarantaine.csv")
    write_merges(con, tmp_path / "fusions.csv")
    quarantine = pd.read_csv(tmp_path / "quarantaine.csv", dtype=str, keep_default_na=False)
    assert quarantine["source_identifiant"].tolist() == ["'=HYPERLINK(\"http://evil.example\")", "PACA-7",
                                                         "'\uff20SUM(1)"]
    assert quarantine["contenu"].tolist()[0] == content  # the record as received, JSON: never a formula
    assert quarantine["position"].tolist() == ["3", "5", "4"]
    merges = pd.read_csv(tmp_path / "fusions.csv", dtype=str, keep_default_na=False)
    assert merges["source_identifiant"].tolist() == ["'-1+2"]


class _RecordedConnection:
    """A DuckDB connection whose statements are recorded."""

    def __init__(self, con):
        self.con, self.statements = con, []

    def execute(self, query, *args):
        self.statements.append(query)
        return self.con.execute(query, *args)

    def create_function(self, *args, **kwargs):
        return self.con.create_function(*args, **kwargs)

    def table(self, name):  # warehouse.table_exists binds a relation: no statement
        return self.con.table(name)


def test_the_defusing_function_is_registered_once_without_listing_the_catalog(tmp_path):
    """duckdb_functions() lists every function DuckDB has (0.02 s a call): whether the connection already
    knows the defusing function is asked by calling it, and a second file on the same connection, or on a cursor of
    it, finds it there."""
    con = duckdb.connect(str(tmp_path / "pipeline.duckdb"))
    for table in ("quarantine", "merges_same_source", "merges_across_sources"):
        ensure_table(con, table)
    con.execute("INSERT INTO merges_same_source VALUES (2019, 'mess-2019-x', 'tableur', '-1+2', 9, ?)", [SAME])
    recorded = _RecordedConnection(con)
    write_quarantine(recorded, tmp_path / "quarantaine.csv")
    write_merges(recorded, tmp_path / "fusions.csv")
    write_merges(con.cursor(), tmp_path / "fusions-2.csv")
    assert not any("duckdb_functions" in statement for statement in recorded.statements)
    assert (tmp_path / "fusions.csv").read_text() == (tmp_path / "fusions-2.csv").read_text()
    assert "'-1+2" in (tmp_path / "fusions.csv").read_text()
