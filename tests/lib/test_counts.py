"""The merges file: every merged record with the published row it joined, whatever merged it."""

import duckdb
import pandas as pd

from assets.lib.counts import record_counts, write_merges
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
