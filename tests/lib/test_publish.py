"""Republishing: a file whose bytes do not change is neither rewritten nor validated again; anything that
changed (bytes, schema, a published file altered by hand) is validated as the first time."""

import copy

import pandas as pd
import pytest

from assets.lib.publish import PublicationInvalid, publish, table_resources, validated_before


def indicators(value: float = 10.0) -> pd.DataFrame:
    return pd.DataFrame({"edition": [2019, 2019], "niveau": ["france", "region"], "code_territoire": ["FR", "84"],
                         "nom_territoire": ["France", "Auvergne-Rhône-Alpes"], "indicateur": ["evenements"] * 2,
                         "valeur": [value, 3.0], "unite": ["nombre"] * 2})


def package() -> dict:
    return {"name": "essai", "resources": table_resources("indicateurs", "indicateurs", "Indicateurs", "Essai.")}


def release(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_unchanged_release_is_not_rewritten_nor_validated_again(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    first = release(tmp_path)
    described = package()
    for resource in described["resources"]:  # publish() records each CSV's size and hash the same way
        resource.update({k: v for k, v in _published(tmp_path, resource["name"]).items() if k in ("bytes", "hash")})
    assert validated_before(described, tmp_path) == {"indicateurs"}
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    assert release(tmp_path) == first  # same bytes and same modification times


def test_a_changed_table_is_validated_and_replaced(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    publish({"indicateurs": ("indicateurs", indicators(12.0))}, package(), tmp_path)
    assert ",12,nombre" in (tmp_path / "indicateurs.csv").read_text(encoding="utf-8")  # a count: no ".0"
    with pytest.raises(PublicationInvalid):
        publish({"indicateurs": ("indicateurs", indicators().assign(unite="inconnue"))}, package(), tmp_path)
    assert ",12,nombre" in (tmp_path / "indicateurs.csv").read_text(encoding="utf-8")  # a count: no ".0"


def test_the_same_bytes_under_a_stricter_schema_are_validated_again(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    stricter = copy.deepcopy(package())  # the schema dicts are load_schema's cached ones: never edit them
    stricter["resources"][0]["schema"]["fields"][5]["constraints"] = {"required": True, "maximum": 5}
    with pytest.raises(PublicationInvalid, match="valeur"):
        publish({"indicateurs": ("indicateurs", indicators())}, stricter, tmp_path)


def test_a_published_file_altered_by_hand_is_validated_and_put_back(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    original = (tmp_path / "indicateurs.csv").read_bytes()
    (tmp_path / "indicateurs.csv").write_bytes(original.replace(b"France", b"Fr"))
    described = package()
    described["resources"][0].update({k: _published(tmp_path, "indicateurs")[k] for k in ("bytes", "hash")})
    assert validated_before(described, tmp_path) == set()
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    assert (tmp_path / "indicateurs.csv").read_bytes() == original


def _published(folder, name: str) -> dict:
    import json

    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return next(r for r in descriptor["resources"] if r["name"] == name)


@pytest.mark.parametrize("change", ["number", "last digit", "missing number", "text", "boolean", "row"])
def test_csv_and_parquet_copies_must_hold_the_same_values(tmp_path, change):
    from assets.lib.publish import assert_same_rows, write_csv, write_parquet
    from assets.lib.schema import typed_frame

    frame = typed_frame(indicators().assign(valeur=[0.1 + 0.2, 640.0]), "indicateurs")
    write_csv(frame, tmp_path / "t.csv")
    write_parquet(frame, tmp_path / "t.parquet")
    assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet")
    other = frame.copy()
    if change == "number":
        other.loc[1, "valeur"] = 641.0
    elif change == "last digit":
        other.loc[0, "valeur"] = 0.3  # 0.30000000000000004 in the CSV
    elif change == "missing number":
        other.loc[1, "valeur"] = None
    elif change == "text":
        other.loc[1, "nom_territoire"] = "Auvergne-Rhône-Alpes "
    elif change == "boolean":
        other = other.assign(extra=pd.array([True, None], dtype="boolean"))
        write_csv(other.assign(extra=pd.array([True, False], dtype="boolean")), tmp_path / "t.csv")
    else:
        other = other.iloc[:1]
    write_parquet(other, tmp_path / "t.parquet")
    with pytest.raises(PublicationInvalid):
        assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet")


@pytest.mark.parametrize("value", ["=HYPERLINK(\"https://exemple.org\")", "Lyon\u202e", "+33 1 23 45 67 89"])
def test_unsafe_text_in_the_staged_files_stops_the_publication(tmp_path, value):
    # Frictionless accepts these names; the safety scan of the staged CSV and Parquet copies does not.
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path, memo_dir=tmp_path / "memo")
    before = release(tmp_path)
    unsafe = indicators().assign(nom_territoire=["France", value])
    with pytest.raises(PublicationInvalid, match="contenu non publiable") as raised:
        publish({"indicateurs": ("indicateurs", unsafe)}, package(), tmp_path, memo_dir=tmp_path / "memo")
    assert "indicateurs.csv : ligne 3, champ nom_territoire" in str(raised.value)
    # Its Parquet twin holds the same values: read too, for the full report, once the CSV has a problem.
    assert "indicateurs.parquet : ligne 3, champ nom_territoire" in str(raised.value)
    assert release(tmp_path) == before  # the previous release is kept as it was
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staging")]


def test_the_csv_text_is_the_one_pandas_writes():
    # Quotes, commas, line breaks, blanks at the edges, missing values of every kind, non-ASCII text, whole and
    # fractional numbers, true/false/empty booleans, an object column of texts and one of mixed values.
    import csv

    import numpy as np

    from assets.lib.publish import csv_frame, csv_text

    texts = ["x", None, "", " lead", 'q"uote', "com,ma", "new\nline", "é€😀", "=1+1", '"', "a\tb", "trail "]
    frame = pd.DataFrame({
        "texte": pd.array(texts, dtype="string"),
        "entier": pd.array([1, None, -3, 10**15, 0, 5, 6, 7, 8, 9, 2**53 + 1, -(10**18)], dtype="Int64"),
        "nombre": pd.array([0.1, None, 640.0, -0.0, 1e20, 3.5, 1 / 3, 2.0, float("nan"), 7.25, 1e-7, 2.5e16],
                           dtype="Float64"),
        "booleen": pd.array([True, None, False] * 4, dtype="boolean"),
        "objet": np.array(["a", None, np.nan, "b", "", "c", "d", "e", "f", "g", "h", "i"], dtype=object),
    })
    for table in (frame, frame.iloc[:0], frame.iloc[:1], frame[["texte"]], frame.assign(objet=[1, "a", 2.5, None] * 3)):
        assert csv_text(table) == csv_frame(table).to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def hostile_indicators() -> pd.DataFrame:
    # Quotes, separators, line breaks, blanks at the edges, non-ASCII text; whole, fractional and missing numbers.
    names = ['Guillemet "double"', "virgule, point", "l’apostrophe ; et point-virgule", " espace ", "é€😀", "a",
             "Saint-Denis"]
    return pd.DataFrame({"edition": [2019] * 7, "niveau": ["region"] * 7,
                         "code_territoire": [f"{n:02d}" for n in range(11, 18)], "nom_territoire": names,
                         "indicateur": ["evenements"] * 7,
                         "valeur": [640.0, 0.1 + 0.2, 7.0, -0.0, 1e20, 1 / 3, 2.5e16], "unite": ["nombre"] * 7})


def test_a_csv_reused_beside_its_parquet_twin_is_the_one_the_frame_writes(tmp_path):
    from assets.lib.digest import sha256_file
    from assets.lib.publish import CSV_OF_PARQUET, reuse_published_csv
    from assets.lib.state import read_state

    tables = {"indicateurs": ("indicateurs", hostile_indicators())}
    memo, out = tmp_path / "memo", tmp_path / "out"
    publish(tables, package(), out, memo_dir=memo)
    parquet = sha256_file(out / "indicateurs.parquet")
    staging = tmp_path / "staging"
    staging.mkdir()
    assert reuse_published_csv("indicateurs", parquet, out, read_state(memo / CSV_OF_PARQUET), staging)
    assert (staging / "indicateurs.csv").read_bytes() == (out / "indicateurs.csv").read_bytes()
    first = release(out)
    publish(tables, package(), out, memo_dir=memo)  # the CSV is taken from the release, not written again
    assert release(out) == first
    # The reference path: no memo, every file written from the frame.
    publish(tables, package(), tmp_path / "reference")
    reference = release(tmp_path / "reference")
    assert {n: b for n, (b, _) in release(out).items()} == {n: b for n, (b, _) in reference.items()}
    # Another Parquet content is another key: nothing to reuse.
    assert not reuse_published_csv("indicateurs", "0" * 64, out, read_state(memo / CSV_OF_PARQUET), staging)


@pytest.mark.parametrize("tamper", ["published csv", "memo entry", "declared hash"])
def test_a_tampered_csv_or_memo_is_written_again_from_the_frame(tmp_path, tamper):
    import json

    from assets.lib.digest import sha256_file
    from assets.lib.publish import CSV_OF_PARQUET, reuse_published_csv
    from assets.lib.state import read_state, write_state

    tables = {"indicateurs": ("indicateurs", hostile_indicators())}
    memo, out = tmp_path / "memo", tmp_path / "out"
    publish(tables, package(), out, memo_dir=memo)
    original = (out / "indicateurs.csv").read_bytes()
    if tamper == "published csv":  # altered by hand, the release still declaring the old bytes
        (out / "indicateurs.csv").write_bytes(original.replace(b"Saint-Denis", b"Saint-Deni"))
    elif tamper == "memo entry":  # the memo names other bytes than the published ones
        write_state(memo / CSV_OF_PARQUET, {key: "1" * 64 for key in read_state(memo / CSV_OF_PARQUET)})
    else:
        descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        descriptor["resources"][0]["hash"] = "sha256:" + "2" * 64
        (out / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    staging = tmp_path / "staging"
    staging.mkdir()
    assert not reuse_published_csv("indicateurs", sha256_file(out / "indicateurs.parquet"), out,
                                   read_state(memo / CSV_OF_PARQUET), staging)
    publish(tables, package(), out, memo_dir=memo)
    assert (out / "indicateurs.csv").read_bytes() == original


def test_forged_memos_cannot_publish_an_unsafe_csv(tmp_path):
    # The worst case: someone edits the published CSV, its declared hash and the CSV memo so that the CSV is
    # taken as it is. Its safety scan is tied to its bytes (the scan memo knows no verdict for them): it runs
    # again and stops the publication.
    import json

    from assets.lib.digest import sha256_file
    from assets.lib.publish import CSV_OF_PARQUET
    from assets.lib.state import read_state, write_state

    tables = {"indicateurs": ("indicateurs", hostile_indicators())}
    memo, out = tmp_path / "memo", tmp_path / "out"
    publish(tables, package(), out, memo_dir=memo)
    original = (out / "indicateurs.csv").read_bytes()
    for before, after, error in ((b"Saint-Denis", b"=HYPERLINK(1)", "contenu non publiable"),
                                 (b"Saint-Denis", "Saint-Denis\u202e".encode(),
                                  "caractère interdit")):
        text = original.replace(before, after, 1)
        (out / "indicateurs.csv").write_bytes(text)
        forged = sha256_file(out / "indicateurs.csv")
        write_state(memo / CSV_OF_PARQUET, {key: forged for key in read_state(memo / CSV_OF_PARQUET)})
        descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        descriptor["resources"][0].update({"hash": f"sha256:{forged}", "bytes": len(text)})
        (out / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        with pytest.raises(PublicationInvalid, match=error):
            publish(tables, package(), out, memo_dir=memo)


@pytest.mark.parametrize("where", ["", "WHERE i = 1", "WHERE false"])
def test_a_result_fetched_as_arrow_gives_the_frame_duckdb_gives(where):
    import duckdb

    from assets.lib.publish import frame_from_arrow

    con = duckdb.connect()
    con.execute("""CREATE TABLE t AS SELECT * FROM (VALUES
        (1, 10, 1, true, true, 'a', 0.5, 1.0::DOUBLE, 7::BIGINT, 3::SMALLINT),
        (2, NULL, 2, NULL, false, NULL, NULL, 'nan'::DOUBLE, NULL, NULL),
        (3, 30, 3, false, true, '', -0.0, 2.5, 9::BIGINT, 4::SMALLINT),
        (4, 40, 4, true, false, 'é€😀 "x", y', 1e300, NULL, 11::BIGINT, 5::SMALLINT))
        AS v(i, n, m, b, c, s, d, e, g, h)""")
    query = f"SELECT * FROM t {where} ORDER BY i"
    pd.testing.assert_frame_equal(frame_from_arrow(con.sql(query).to_arrow_table()), con.execute(query).df())


MIXED = pd.DataFrame({
    "entier": pd.array([1, None, -3, 10**15, 0], dtype="Int64"),
    "plein": pd.array([7, 8, 9, 10, 11], dtype="Int64"),
    "nombre": pd.array([0.1 + 0.2, None, 640.0, -0.0, 1e20], dtype="Float64"),
    "booleen": pd.array([True, None, False, True, False], dtype="boolean"),
    "texte": pd.array(["é€😀", "", 'q"uote, x', " lead", "new\nline"], dtype="string"),
})


@pytest.mark.parametrize("change", ["none", "integer", "missing integer", "number", "boolean", "missing boolean",
                                    "text", "row"])
def test_the_parquet_rows_read_by_arrow_are_compared_as_pandas_compares_them(tmp_path, change):
    # The fast path (pyarrow's columns) against the reference (the frame pandas reads), on every column kind.
    from assets.lib.publish import assert_same_rows, write_csv, write_parquet

    write_csv(MIXED, tmp_path / "t.csv")
    other = MIXED.copy()
    if change == "integer":
        other.loc[2, "entier"] = -4
    elif change == "missing integer":
        other.loc[3, "plein"] = None
    elif change == "number":
        other.loc[0, "nombre"] = 0.3
    elif change == "boolean":
        other.loc[2, "booleen"] = True
    elif change == "missing boolean":
        other.loc[0, "booleen"] = None
    elif change == "text":
        other.loc[1, "texte"] = " "
    elif change == "row":
        other = other.iloc[:4]
    write_parquet(other, tmp_path / "t.parquet")
    verdicts = []
    for from_parquet in (None, pd.read_parquet(tmp_path / "t.parquet")):
        try:
            assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet", from_parquet=from_parquet)
            verdicts.append(True)
        except PublicationInvalid:
            verdicts.append(False)
    assert verdicts == [change == "none"] * 2


def test_a_remembered_digest_follows_the_file(tmp_path):
    # The digests remembered during a publication against sha256_file (the reference) as a file is rewritten,
    # replaced by another file, or altered in place with the same size.
    import os

    from assets.lib.digest import sha256_file
    from assets.lib.publish import FileDigests

    digest, path = FileDigests(), tmp_path / "f.csv"
    path.write_bytes(b"a,b\n1,2\n")
    assert digest(path) == sha256_file(path)
    path.write_bytes(b"a,b\n1,3\n")  # same size, written again
    assert digest(path) == sha256_file(path)
    other = tmp_path / "g.csv"
    other.write_bytes(b"a,b\n9,9\n")
    os.replace(other, path)
    assert digest(path) == sha256_file(path)
    with open(path, "r+b") as handle:  # altered in place
        handle.seek(4)
        handle.write(b"7")
    assert digest(path) == sha256_file(path)


# Cells as a CSV reader or a writer may hold them, and Arrow texts to compare them with (see same_texts).
HOSTILE_CELLS = ["", "a", "é", "e\u0301", "ﬁ", "𝔘", "a,b", '"q"', "ligne\nsuite", " ", "\x00", "true", "1", "01",
                 "-0", "NaN", "\ud800", None, float("nan"), b"a", 1]


@pytest.mark.parametrize("seed", range(12))
def test_same_texts_is_the_comparison_of_python_strings(seed):
    import numpy as np
    import pyarrow as pa

    from assets.lib.publish import same_texts

    rng = np.random.default_rng(seed)
    size = int(rng.integers(0, 8))
    texts = [str(v) for v in rng.choice(np.array(HOSTILE_CELLS[:16], dtype=object), size)]
    cells = np.array(texts, dtype=object)
    if seed % 3:  # one cell changed to any hostile value (the same one at times)
        if size:
            cells[int(rng.integers(0, size))] = HOSTILE_CELLS[int(rng.integers(0, len(HOSTILE_CELLS)))]
    arrow = pa.chunked_array([pa.array(texts, type=pa.string())]) if seed % 2 else pa.array(texts, type=pa.string())
    reference = len(cells) == len(texts) and bool((cells == np.array(texts, dtype=object)).all())
    assert same_texts(cells, arrow) is reference
    assert same_texts(cells[:-1], arrow) is (size == 0)  # another length: never the same (unless both empty)


@pytest.mark.parametrize("seed", range(8))
def test_distinct_cells_are_dict_fromkeys(seed):
    import numpy as np

    from assets.lib.validation import distinct_cells

    rng = np.random.default_rng(seed)
    values = list(rng.choice(np.array(HOSTILE_CELLS, dtype=object), int(rng.integers(0, 30))))
    strings = [v for v in values if isinstance(v, str)]
    for column in (values, tuple(strings), np.array(strings, dtype=object), strings):
        found = distinct_cells(column)
        assert found == list(dict.fromkeys(column))
        assert all(a is b for a, b in zip(found, dict.fromkeys(column), strict=True))  # the first one met
