"""Where every record went: read = published + merged + quarantined, per edition and source; and the lines of the
sources that hold no record (a sheet's totals, its header typed again…), counted apart."""

import re

import duckdb
import pandas as pd
from duckdb.sqltypes import VARCHAR

from assets.lib.records import LAYOUT_FIELD, NOT_AN_EVENT
from assets.lib.text import defuse_formula
from assets.lib.warehouse import MERGE_TABLES, ensure_table

# `hors_evenement`: the lines read that hold no record (records.is_layout_reason), listed in the quarantine with the
# field LAYOUT_FIELD; neither records read nor quarantined, so they inflate neither.
COUNT_COLUMNS = ["edition", "source", "lus", "publies", "fusionnes", "quarantaines", "ecart", "hors_evenement"]
# records.is_layout_reason, in SQL, on a raw_problems reason
_LAYOUT_REASON = f"split_part(reason, ' : ', 1) LIKE '%, {NOT_AN_EVENT}'"


def record_counts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Counts per edition and source, with `ecart` = read - (published + merged + quarantined), and the lines that hold
    no record (`hors_evenement`), apart."""
    for table in ("raw_events", "raw_problems", "events_geo", *MERGE_TABLES, "quarantine"):
        ensure_table(con, table)
    counts = con.execute(f"""
        WITH lus AS (
            SELECT edition, source, count(*) AS n FROM raw_events GROUP BY ALL
            UNION ALL SELECT edition, source, count(*) FROM raw_problems WHERE NOT ({_LAYOUT_REASON}) GROUP BY ALL),
        publies AS (SELECT edition, source, count(*) AS n FROM events_geo GROUP BY ALL),
        fusionnes AS (SELECT edition, source, count(*) AS n
                      FROM (SELECT edition, source FROM merges_same_source
                            UNION ALL SELECT edition, source FROM merges_across_sources) GROUP BY ALL),
        quarantaines AS (SELECT edition, source, count(*) AS n FROM quarantine WHERE champ IS DISTINCT FROM ?
                         GROUP BY ALL),
        hors AS (SELECT edition, source, count(*) AS n FROM raw_problems WHERE {_LAYOUT_REASON} GROUP BY ALL),
        keys AS (SELECT edition, source FROM lus UNION SELECT edition, source FROM publies
                 UNION SELECT edition, source FROM fusionnes UNION SELECT edition, source FROM quarantaines
                 UNION SELECT edition, source FROM hors)
        SELECT k.edition, k.source,
               coalesce((SELECT sum(n) FROM lus l WHERE l.edition = k.edition AND l.source = k.source), 0) AS lus,
               coalesce(p.n, 0) AS publies, coalesce(f.n, 0) AS fusionnes, coalesce(q.n, 0) AS quarantaines,
               coalesce(h.n, 0) AS hors_evenement
        FROM keys k
        LEFT JOIN publies p USING (edition, source)
        LEFT JOIN fusionnes f USING (edition, source)
        LEFT JOIN quarantaines q USING (edition, source)
        LEFT JOIN hors h USING (edition, source)
        ORDER BY k.edition, k.source
    """, [LAYOUT_FIELD]).df()
    counts = counts.astype({c: "int64" for c in ("edition", "lus", "publies", "fusionnes", "quarantaines",
                                                 "hors_evenement")})
    counts["ecart"] = counts["lus"] - counts["publies"] - counts["fusionnes"] - counts["quarantaines"]
    return counts[COUNT_COLUMNS]


def write_quarantine(con: duckdb.DuckDBPyConnection, path) -> None:
    """Every quarantined record as a CSV line, with its field and reason."""
    _copy_to_csv(con, "SELECT * FROM quarantine ORDER BY ALL", path)


def write_merges(con: duckdb.DuckDBPyConnection, path) -> None:
    """Every merged record as a CSV line (edition, source, source_identifiant, position, identifiant, motif): the
    published row it joined, and why. A record repeated in its source joined the row its source kept, and that
    row may have joined another source's: the published row is that one. A date-only copy of one of two
    sessions joined none (empty identifiant, its motif naming both)."""
    for table in MERGE_TABLES:
        ensure_table(con, table)
    _copy_to_csv(con, """
        SELECT edition, source, source_identifiant, position, coalesce(across.identifiant, same.identifiant)
               AS identifiant, motif
        FROM merges_same_source same
        LEFT JOIN (SELECT edition, source, source_identifiant, identifiant FROM merges_across_sources) across
            USING (edition, source, source_identifiant)
        UNION ALL
        SELECT edition, source, source_identifiant, position, identifiant, motif FROM merges_across_sources
        ORDER BY ALL""", path)


def _copy_to_csv(con: duckdb.DuckDBPyConnection, query: str, path) -> None:
    """The rows of `query` as a CSV file, every text cell a spreadsheet would evaluate defused (defuse_formula): the
    operator opens these files in one, and a quarantined record's identifier is the source's as written
    (« =HYPERLINK(…) »), not yet cleaned like a published one."""
    target = str(path).replace("'", "''")  # COPY takes no bound parameter for its path
    try:  # asked by a call: duckdb_functions() lists every function DuckDB has (0.02 s a call)
        con.execute("SELECT defused_formula(NULL)")
    except duckdb.CatalogException:
        con.create_function("defused_formula", defuse_formula, [VARCHAR], VARCHAR, side_effects=False)
    columns = [(name, kind) for name, kind, *_ in con.execute(f"DESCRIBE {query}").fetchall()]
    cells = ", ".join(f'defused_formula("{name}") AS "{name}"' if kind == "VARCHAR" else f'"{name}"'
                      for name, kind in columns)
    con.execute(f"COPY (SELECT {cells} FROM ({query})) TO '{target}' (HEADER, DELIMITER ',')")


def reason_family(motif: str) -> str:
    """The stable part of a quarantine reason: what precedes " : " and any quoted value, date or number."""
    head = motif.split(" : ", 1)[0]
    return re.split(r"""\s[0-9'"«(]""", head, maxsplit=1)[0].strip() or head


def quarantine_reasons(con: duckdb.DuckDBPyConnection, layout: bool = False) -> pd.DataFrame:
    """Quarantined records per edition, source, field and reason family; with `layout`, the lines that hold no record
    instead (field LAYOUT_FIELD), which the records' are without."""
    ensure_table(con, "quarantine")
    frame = con.execute(f"SELECT edition, source, champ, motif FROM quarantine WHERE "
                        f"{'' if layout else 'NOT '}(champ IS NOT DISTINCT FROM ?)", [LAYOUT_FIELD]).df()
    frame["motif"] = frame["motif"].map(reason_family)
    return frame.groupby(["edition", "source", "champ", "motif"]).size().rename("n").reset_index()


def merge_reasons(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Merged records per reason family (the session copies' motif names the sessions: one family)."""
    for table in MERGE_TABLES:
        ensure_table(con, table)
    frame = con.execute(" UNION ALL ".join(f"SELECT motif FROM {table}" for table in MERGE_TABLES)).df()
    frame["motif"] = frame["motif"].map(reason_family)
    return frame.groupby("motif").size().rename("n").reset_index()


def format_counts(counts: pd.DataFrame, number=str) -> str:
    """The counts as an aligned text table with a total line, for the run summary; `number` writes each count
    (e.g. in French format)."""
    table = counts.copy()
    numbers = [column for column in COUNT_COLUMNS[2:] if column in table]
    total = {"edition": "total", "source": "", **{c: int(table[c].sum()) for c in numbers}}
    table = pd.concat([table.astype({"edition": str}), pd.DataFrame([total])], ignore_index=True)
    for column in numbers:
        table[column] = table[column].map(number)
    return table.to_string(index=False)
