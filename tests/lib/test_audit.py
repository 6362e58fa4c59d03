"""The release audit's safety scan skips the editions an earlier scan found clean, and nothing else."""

import numpy as np
import pandas as pd
import pytest

from assets.lib.audit import rules_digest, slice_digests, unsafe_cells_since
from assets.lib.privacy import find_unsafe_cells

UNSAFE = ["Écrire à jean.dupont@example.org", "=HYPERLINK(\"http://x\")", "<b>gras</b>", "06 12 34 56 78",
          "javascript:alert(1)", "texte\u202eà l'envers"]


def events(seed: int = 0, rows: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    editions = np.sort(rng.choice([2018, 2019, 2020, 2021], rows))
    return pd.DataFrame({
        "edition": editions,
        "identifiant": [f"e{i}" for i in range(rows)],
        "titre": [f"Rencontre {i % 37}" for i in range(rows)],
        "description": pd.array([None if i % 11 == 0 else f"Ligne\nsuite {i}" for i in range(rows)], dtype="str"),
        "url": [f"https://exemple.fr/{i}" for i in range(rows)],
        "participants": rng.integers(0, 100, rows),
        "divers": pd.Series([i if i % 5 == 0 else f"v{i}" for i in range(rows)], dtype=object),
    })


def full_scan(name: str, frame: pd.DataFrame) -> list[str]:
    return [f"{name}, {problem}" for problem in find_unsafe_cells(frame)]


def spoil(frame: pd.DataFrame, rng, count: int, editions=None) -> pd.DataFrame:
    frame = frame.copy()
    rows = np.flatnonzero(frame["edition"].isin(editions)) if editions else np.arange(len(frame))
    for row in rng.choice(rows, count, replace=False):
        column = rng.choice(["titre", "description", "url"])
        frame.loc[frame.index[row], column] = UNSAFE[rng.integers(len(UNSAFE))]
    return frame


@pytest.mark.parametrize("seed", range(6))
def test_after_a_clean_scan_the_problems_are_those_of_a_full_scan(seed):
    rng = np.random.default_rng(seed)
    clean_frame = events(seed)
    problems, clean, scanned = unsafe_cells_since({"evenements": clean_frame}, {})
    assert problems == full_scan("evenements", clean_frame) == []
    assert scanned == {"evenements": ["2018", "2019", "2020", "2021"]}
    # Unsafe text lands in one or two editions: only they are scanned, with the rows numbered as in the table.
    changed = sorted(rng.choice([2018, 2019, 2020, 2021], rng.integers(1, 3), replace=False).tolist())
    spoiled = clean_frame
    for edition in changed:
        spoiled = spoil(spoiled, rng, 3, [edition])
    problems, still_clean, scanned = unsafe_cells_since({"evenements": spoiled}, clean)
    assert problems == full_scan("evenements", spoiled) != []
    assert scanned == {"evenements": [str(e) for e in changed]}
    assert set(still_clean["evenements"]) == {"2018", "2019", "2020", "2021"} - {str(e) for e in changed}
    # The spoiled editions stay unsafe on every later audit, however often it runs.
    again, _, scanned = unsafe_cells_since({"evenements": spoiled}, still_clean)
    assert again == problems
    assert scanned == {"evenements": [str(e) for e in changed]}


def test_unsafe_text_present_from_the_start_is_never_recorded_clean():
    rng = np.random.default_rng(3)
    spoiled = spoil(events(3), rng, 8)
    first, clean, _ = unsafe_cells_since({"evenements": spoiled, "autre": events(4)}, {})
    assert first == full_scan("evenements", spoiled) + full_scan("autre", events(4))
    second, _, scanned = unsafe_cells_since({"evenements": spoiled, "autre": events(4)}, clean)
    assert second == first
    assert scanned["autre"] == []  # the clean table is skipped


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (None, "\0"),  # a missing value is not the NUL character
        (5, "5"),  # nor is a number its text
        ("ab", "a"),
        (["a", "bc"], ["ab", "c"]),  # the same characters cut elsewhere
    ],
)
def test_a_changed_cell_changes_its_edition_digest(before, after):
    cells_before = before if isinstance(before, list) else [before, "x"]
    cells_after = after if isinstance(after, list) else [after, "x"]
    rules = rules_digest()
    one = pd.DataFrame({"edition": [2019, 2019], "texte": pd.Series(cells_before, dtype=object)})
    two = pd.DataFrame({"edition": [2019, 2019], "texte": pd.Series(cells_after, dtype=object)})
    assert slice_digests(one, rules) != slice_digests(two, rules)


def test_other_rules_scan_everything_again():
    frame = events(1)
    assert slice_digests(frame, "rules-a")["2019"] != slice_digests(frame, "rules-b")["2019"]
    assert slice_digests(frame, "rules-a") == slice_digests(frame.copy(), "rules-a")


def test_a_table_without_editions_is_one_slice():
    frame = pd.DataFrame({"code": ["01", "02"], "nom": ["Ain", "Aisne"]})
    problems, clean, scanned = unsafe_cells_since({"t": frame}, {})
    assert problems == [] and list(clean["t"]) == [""] and scanned == {"t": [""]}
    bad = frame.assign(nom=["Ain", "=1+1"])
    assert unsafe_cells_since({"t": bad}, clean)[0] == full_scan("t", bad) != []


def test_rows_without_an_edition_are_scanned_too():
    frame = pd.DataFrame({"edition": pd.array([2019, None, 2019], dtype="Int64"),
                          "titre": ["Forum", "Visite", "Atelier"]})
    _, clean, _ = unsafe_cells_since({"t": frame}, {})
    spoiled = frame.assign(titre=["Forum", "Écrire à jean.dupont@example.org", "Atelier"])
    problems, _, scanned = unsafe_cells_since({"t": spoiled}, clean)
    assert problems == full_scan("t", spoiled) != []
    assert scanned == {"t": ["nan"]}  # the slice of the rows without an edition


def as_arrow(frame: pd.DataFrame):
    import pyarrow as pa

    return pa.Table.from_pandas(frame.drop(columns=[c for c in ("divers",) if c in frame]), preserve_index=False)


@pytest.mark.parametrize("seed", range(4))
def test_arrow_tables_are_audited_as_their_frames(seed):
    # The fast path (digests of the Arrow buffers, a frame only for a scan) against the reference (the frames).
    from assets.lib.publish import frame_from_arrow

    rng = np.random.default_rng(seed)
    frame = events(seed).drop(columns="divers")
    shuffled = frame.sample(frac=1, random_state=seed).reset_index(drop=True)  # editions not contiguous
    for table in (frame, shuffled):
        problems, clean, scanned = unsafe_cells_since({"t": as_arrow(table)}, {})
        assert problems == full_scan("t", table) == [] and scanned == {"t": ["2018", "2019", "2020", "2021"]}
        edition = int(rng.choice([2018, 2019, 2020, 2021]))
        spoiled = spoil(table, rng, 3, [edition])
        problems, still_clean, scanned = unsafe_cells_since({"t": as_arrow(spoiled)}, clean)
        assert problems == full_scan("t", frame_from_arrow(as_arrow(spoiled))) != []
        assert scanned == {"t": [str(edition)]}
        assert unsafe_cells_since({"t": as_arrow(spoiled)}, still_clean)[0] == problems  # never recorded clean
        # A slice of the table (buffers that start elsewhere) digests as the same rows copied.
        assert unsafe_cells_since({"t": as_arrow(table).slice(0)}, clean)[2] == {"t": []}


@pytest.mark.parametrize(("before", "after"), [(None, ""), (None, "\0"), ("ab", "a"), (["a", "bc"], ["ab", "c"])])
def test_a_changed_cell_changes_its_arrow_digest(before, after):
    import pyarrow as pa

    from assets.lib.audit import arrow_slice_digests

    cells_before = before if isinstance(before, list) else [before, "x"]
    cells_after = after if isinstance(after, list) else [after, "x"]
    one = pa.table({"edition": [2019, 2019], "texte": pa.array(cells_before, type=pa.string())})
    two = pa.table({"edition": [2019, 2019], "texte": pa.array(cells_after, type=pa.string())})
    assert arrow_slice_digests(one, "r") != arrow_slice_digests(two, "r")
    assert arrow_slice_digests(one, "r") != arrow_slice_digests(one, "s")
    assert arrow_slice_digests(pa.concat_tables([one.slice(0, 1), one.slice(1)]), "r") == arrow_slice_digests(one, "r")


def test_arrow_rows_without_an_edition_are_a_slice_of_their_own():
    import pyarrow as pa

    table = pa.table({"edition": pa.array([2019, None, 2019], type=pa.int32()), "titre": ["Forum", "Visite", "A"]})
    _, clean, scanned = unsafe_cells_since({"t": table}, {})
    assert scanned == {"t": ["2019", "nan"]}
    spoiled = table.set_column(1, "titre", pa.array(["Forum", "Écrire à jean.dupont@example.org", "A"]))
    problems, _, scanned = unsafe_cells_since({"t": spoiled}, clean)
    assert scanned == {"t": ["nan"]} and problems == ["t, ligne 3, champ titre : adresse électronique"]


@pytest.mark.parametrize("seed", range(4))
def test_arrow_scan_is_the_scan_of_the_frame(seed):
    # find_unsafe_cells_arrow (distinct texts from Arrow's dictionary encoding) against find_unsafe_cells on the
    # frame the table makes: hostile values anywhere, plain columns with forbidden characters and formulas,
    # missing values, several chunks, large strings, rows left blank.
    import pyarrow as pa

    from assets.lib.privacy import find_unsafe_cells_arrow
    from assets.lib.publish import frame_from_arrow

    rng = np.random.default_rng(seed)
    frame = spoil(events(seed).drop(columns="divers"), rng, 12)
    frame["identifiant"] = [("=1" if i % 13 == 0 else "x\x00" if i % 17 == 0 else None if i % 19 == 0 else f"e{i}")
                            for i in range(len(frame))]
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for candidate in (table, pa.concat_tables([table.slice(0, 100), table.slice(100)]),
                      table.cast(pa.schema([pa.field(f.name, pa.large_string() if pa.types.is_string(f.type)
                                                     else f.type) for f in table.schema]))):
        assert find_unsafe_cells_arrow(candidate) == find_unsafe_cells(frame_from_arrow(candidate)) != []
    blank = np.flatnonzero(frame["edition"].to_numpy() == 2019)
    blanked = frame_from_arrow(table)
    for column in ("identifiant", "titre", "description", "url"):
        values = blanked[column].to_numpy(dtype=object).copy()
        values[blank] = ""
        blanked[column] = values
    assert find_unsafe_cells_arrow(table, blank) == find_unsafe_cells(blanked)


def warehouse_table(con, frame: pd.DataFrame, seed: int) -> None:
    """`frame` as the warehouse table `t`, its rows stored in a shuffled order."""
    con.register("incoming", frame.sample(frac=1, random_state=seed))
    con.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM incoming")
    con.unregister("incoming")


def shuffled_warehouse(seed: int):
    """A warehouse holding events(seed) as table `t` in a shuffled order: the connection, the audited table, the
    frame, and the whole-table scan's problems (a function, for after the table changes)."""
    import duckdb

    from assets.lib.audit import AuditedTable
    from assets.lib.publish import frame_from_arrow

    con = duckdb.connect()

    def whole() -> list[str]:
        return full_scan("t", frame_from_arrow(con.sql("SELECT * FROM t ORDER BY identifiant").to_arrow_table()))

    frame = events(seed).drop(columns="divers")
    warehouse_table(con, frame, seed)
    return con, {"t": AuditedTable("SELECT * FROM t", "identifiant")}, frame, whole


@pytest.mark.parametrize("seed", range(4))
def test_the_warehouse_audit_reads_the_changed_editions_and_numbers_rows_as_in_the_whole_table(seed):

    from assets.lib.audit import audit_warehouse

    rng = np.random.default_rng(seed)
    con, table, frame, whole = shuffled_warehouse(seed)
    problems, clean, scanned = audit_warehouse(con, table, {})
    assert problems == whole() == [] and scanned == {"t": ["2018", "2019", "2020", "2021"]}
    warehouse_table(con, frame, seed + 1)  # the same rows stored in another order: nothing to read again
    assert audit_warehouse(con, table, clean)[2] == {"t": []}
    edition = int(rng.choice([2018, 2019, 2020, 2021]))
    spoiled = spoil(frame, rng, 3, [edition])
    warehouse_table(con, spoiled, seed)
    problems, still_clean, scanned = audit_warehouse(con, table, clean)
    assert problems == whole() != []
    assert scanned == {"t": [str(edition)]}
    assert set(still_clean["t"]) == {"2018", "2019", "2020", "2021"} - {str(edition)}
    assert audit_warehouse(con, table, still_clean)[0] == problems  # never recorded clean
    # A number changed is another row: its edition is read again (and found clean).
    warehouse_table(con, frame.assign(participants=frame["participants"] + (frame["edition"] == edition)), seed)
    problems, _, scanned = audit_warehouse(con, table, clean)
    assert problems == [] and scanned == {"t": [str(edition)]}


def test_the_warehouse_audit_reads_rows_without_an_edition_and_tables_without_editions():
    import duckdb

    from assets.lib.audit import AuditedTable, audit_warehouse

    con = duckdb.connect()
    # A date column: the table is scanned as the frame pandas makes of it.
    con.execute("CREATE TABLE t AS SELECT * FROM (VALUES (2019, 'Forum', DATE '2019-11-02'), (NULL, 'Visite', NULL), "
                "(2019, 'Atelier', DATE '2019-11-03')) AS v(edition, titre, jour)")
    con.execute("CREATE TABLE u AS SELECT * FROM (VALUES ('01', 'Ain'), ('02', 'Aisne')) AS v(code, nom)")
    tables = {"t": AuditedTable("SELECT * FROM t", "titre"), "u": AuditedTable("SELECT * FROM u")}
    _, clean, scanned = audit_warehouse(con, tables, {})
    assert scanned == {"t": ["2019", "nan"], "u": [""]}
    con.execute("UPDATE t SET titre = 'Écrire à jean.dupont@example.org' WHERE edition IS NULL")
    con.execute("UPDATE u SET nom = '=1+1' WHERE code = '02'")
    problems, _, scanned = audit_warehouse(con, tables, clean)
    assert scanned == {"t": ["nan"], "u": [""]}
    assert problems == ["t, ligne 4, champ titre : adresse électronique", "u, ligne 3, champ nom : formule de tableur"]


@pytest.mark.parametrize("seed", range(4))
def test_a_changed_edition_is_scanned_in_the_rows_no_clean_scan_saw(seed):

    from assets.lib.audit import audit_warehouse, clean_rows_of

    rng = np.random.default_rng(seed)
    con, table, frame, whole = shuffled_warehouse(seed)
    rows: dict = {}
    problems, clean, _ = audit_warehouse(con, table, {}, rows)
    assert problems == [] and sorted(rows["t"]) == ["2018", "2019", "2020", "2021"]
    assert clean_rows_of(rows) == rows and clean_rows_of({"t": {"2019": ("x", [1])}, 3: {}}) == {"t": {}}
    recorded = {name: dict(slices) for name, slices in rows.items()}
    editions = sorted(rng.choice([2018, 2019, 2020, 2021], 2, replace=False).tolist())
    spoiled = spoil(spoil(frame, rng, 2, editions[:1]), rng, 2, editions[1:])
    warehouse_table(con, spoiled, seed + 1)
    problems, still_clean, scanned = audit_warehouse(con, table, clean, rows)
    # As a scan of the changed editions whole finds them, rows numbered in the whole table; never recorded clean.
    assert problems == audit_warehouse(con, table, clean)[0] == whole() != []
    assert scanned == {"t": [str(edition) for edition in editions]}
    assert sorted(rows["t"]) == sorted(still_clean["t"]) == sorted({"2018", "2019", "2020", "2021"} - set(map(
        str, editions)))
    assert audit_warehouse(con, table, still_clean, rows)[0] == problems

    # A row recorded clean is not scanned again (here a record that lies: the spoiled rows' own hashes), unless it
    # was recorded under other rules, columns or DuckDB version.
    hashes = {str(edition): con.sql(f"SELECT hash(s) FROM (SELECT * FROM t) AS s WHERE edition = {edition}")
              .to_arrow_table().column(0).to_numpy().astype(np.uint64) for edition in editions}
    context = recorded["t"]["2018"][0]
    lying = {"t": {key: (context, np.sort(found)) for key, found in hashes.items()}}
    assert audit_warehouse(con, table, clean, lying)[0] == []
    other = {"t": {key: ("autres règles", np.sort(found)) for key, found in hashes.items()}}
    assert audit_warehouse(con, table, clean, other)[0] == problems

    warehouse_table(con, frame.assign(participants=frame["participants"] + 1), seed)  # every row another row
    problems, _, scanned = audit_warehouse(con, table, clean, recorded)
    assert problems == [] and scanned == {"t": ["2018", "2019", "2020", "2021"]}


@pytest.mark.parametrize("seed", range(2))
def test_each_edition_found_clean_keeps_the_hashes_of_its_own_rows(seed):
    from assets.lib.audit import audit_warehouse

    con, table, frame, _ = shuffled_warehouse(seed)
    rows: dict = {}
    assert audit_warehouse(con, table, {}, rows)[0] == []
    for edition in (2018, 2019, 2020, 2021):
        own = con.sql(f"SELECT hash(s) FROM (SELECT * FROM t) AS s WHERE edition = {edition}").to_arrow_table()
        assert rows["t"][str(edition)][1].tolist() == sorted(own.column(0).to_numpy().astype(np.uint64).tolist())


def test_many_new_texts_are_judged_in_two_processes_as_in_one(monkeypatch, tmp_path):
    """With two workers, the new texts of the free-text and link columns are judged half in a forked worker: the same
    problems, and this process keeps the verdicts of them all (the later scans of the release look them up)."""
    import os

    import pyarrow as pa

    from assets.lib import privacy
    from assets.lib.privacy import find_unsafe_cells_arrow

    table = pa.Table.from_pandas(spoil(events(7).drop(columns="divers"), np.random.default_rng(7), 12),
                                 preserve_index=False)
    judged_by, has_email = tmp_path / "processes", privacy.has_email

    def recorded_has_email(value: str) -> bool:
        with judged_by.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return has_email(value)

    monkeypatch.setattr(privacy, "has_email", recorded_has_email)
    monkeypatch.setattr(privacy, "_SPLIT_TEXTS", 10)
    privacy._rule_set.cache_clear()  # rules made again with the recorded test, and after the test without it
    try:
        found = []
        for workers in (1, 2):
            monkeypatch.setattr(privacy, "_verdict_rows", {})  # a process that judged nothing yet
            monkeypatch.setattr(privacy, "_verdict_matrix", {})
            judged_by.write_text("")
            found.append(find_unsafe_cells_arrow(table, workers=workers))
        assert found[1] == found[0] != []
        assert len(set(judged_by.read_text().split())) == 2
        judged_by.write_text("")
        assert find_unsafe_cells_arrow(table, workers=2) == found[0] and judged_by.read_text() == ""
    finally:
        privacy._rule_set.cache_clear()
