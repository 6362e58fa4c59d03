"""Trial, not kept (docs/performances.md, 7 December 2026, 19:20 UTC): mois_ess.duckdb updated table by table instead
of rewritten whole, timed against write_research_database() and compared with it.

Two data folders built by the pipeline, `before` and `after` (e.g. a full build, then a copy of it rebuilt with
`mois-ess run --edition 2019` after bench_pipeline.add_changed_snapshot). Each repetition builds the database of one
of them in full, then brings the previous incremental result to the same release: a copy of it in which only the
tables whose inputs differ (Parquet file, schema, description; the metadata) are dropped (committed and
checkpointed first, so that DuckDB frees their blocks and reuses them) and created again as the full build creates
them. The releases alternate, so every repetition changes the same tables and the file goes through as many
incremental builds as there are repetitions. Every table and view is compared with the full build's (SELECT * in
physical order, column types, comments).

    .venv/bin/python docs/essais/base-recherche-incrementale.py BEFORE AFTER [--repeats 10]
"""

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assets.lib import research  # noqa: E402
from assets.lib.digest import sha256_file  # noqa: E402
from assets.research import read_release  # noqa: E402

REFERENCE = ("communes", "departements", "regions", "communes_anciennes")


def release_of(data: Path) -> tuple[dict, dict, dict]:
    """(tables, reference, about) as the research_database asset reads them from a built data folder."""
    package, tables = read_release(data / "published")
    with duckdb.connect(str(data / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        reference = {name: con.sql(f"SELECT * FROM cog_{name}").to_arrow_table() for name in REFERENCE}
    return tables, reference, {key: value for key, value in package.items() if key != "resources"}


def table_inputs(tables: dict) -> dict[str, str]:
    return {name: json.dumps([schema, description, sha256_file(path)], sort_keys=True)
            for name, (schema, path, description) in tables.items()}


def update_in_copy(previous: Path, target: Path, tables: dict, changed: list[str], about: dict) -> None:
    """`target`: a copy of `previous` whose `changed` tables (and metadonnees) are built again from `tables`."""
    shutil.copyfile(previous, target)
    con = duckdb.connect()
    con.execute("SET threads TO 1")
    con.execute("SET checkpoint_threshold = '0KB'")
    con.execute(f"ATTACH '{target}' AS mois_ess")
    con.execute("USE mois_ess")
    dropped = [*changed, "metadonnees"]
    con.execute("BEGIN TRANSACTION")
    for name in dropped:
        con.execute(f"DROP TABLE {name}")
    con.execute("COMMIT")
    con.execute("CHECKPOINT mois_ess")  # the dropped tables' blocks are free before the new ones are written
    con.execute("BEGIN TRANSACTION")
    for name in changed:
        schema, path, description = tables[name]
        research._load_table(con, name, schema, path, description)
    rows = sorted((key, json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)
                  for key, value in about.items())
    con.execute("CREATE TABLE metadonnees (cle VARCHAR, valeur VARCHAR)")
    con.executemany("INSERT INTO metadonnees VALUES (?, ?)", rows)
    con.execute("COMMENT ON TABLE metadonnees IS 'Métadonnées de la version publiée (extraites de datapackage.json).'")
    con.execute("COMMIT")
    con.execute("CHECKPOINT mois_ess")
    con.execute("USE memory")
    con.execute("DETACH mois_ess")
    con.close()


def content(path: Path) -> dict:
    with duckdb.connect(str(path), read_only=True) as con:
        names = [name for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal "
            "ORDER BY 1").fetchall()]
        return {"rows": {name: con.execute(f"SELECT * FROM {name}").fetchall() for name in names},
                "columns": con.execute("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
                                       "ORDER BY table_name, column_index").fetchall(),
                "comments": con.execute("SELECT table_name, comment FROM duckdb_tables() UNION ALL SELECT view_name, "
                                        "comment FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    releases = [release_of(args.before), release_of(args.after)]
    inputs = [table_inputs(tables) for tables, _, _ in releases]
    changed = sorted(name for name in inputs[0] if inputs[0][name] != inputs[1].get(name))
    assert set(inputs[0]) == set(inputs[1]), "a table added or removed: a full build"
    assert all(releases[0][1][name].equals(releases[1][1][name]) for name in REFERENCE), "reference changed"
    print("tables rebuilt:", changed)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        incremental, full = folder / "incremental.duckdb", folder / "full.duckdb"
        research.write_research_database(incremental, *releases[0])
        full_seconds, incremental_seconds = [], []
        for repeat in range(args.repeats):
            tables, reference, about = releases[(repeat + 1) % 2]
            started = time.perf_counter()
            research.write_research_database(full, tables, reference, about)
            full_seconds.append(time.perf_counter() - started)
            started = time.perf_counter()
            update_in_copy(incremental, folder / "next.duckdb", tables, changed, about)
            (folder / "next.duckdb").replace(incremental)
            incremental_seconds.append(time.perf_counter() - started)
            assert content(incremental) == content(full), f"repetition {repeat}: not the full build's content"
            print(f"{repeat + 1:>2}  full {full_seconds[-1]:.3f} s {full.stat().st_size:>10} B   "
                  f"incremental {incremental_seconds[-1]:.3f} s {incremental.stat().st_size:>10} B")
        print(f"median: full {statistics.median(full_seconds):.3f} s, "
              f"incremental {statistics.median(incremental_seconds):.3f} s")


if __name__ == "__main__":
    main()
