"""Republishing: a file whose bytes do not change is neither rewritten nor validated again; anything that
changed (bytes, schema, a published file altered by hand) is validated as the first time."""

import copy
import os
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

from assets.lib.digest import arrow_digest
from assets.lib.leftovers import remove_dead_leftovers
from assets.lib.publish import (
    STAGING_PATTERN,
    PublicationInvalid,
    publish,
    table_resources,
    validated_before,
)
from tests.lib.test_validation import events  # the same well-formed events the validation tests start from


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


def test_a_csv_reused_for_its_frame_is_the_one_the_frame_writes(tmp_path):
    from assets.lib.digest import sha256_file
    from assets.lib.publish import CSV_OF_FRAME, arrow_cells, csv_text, frame_key, reuse_published_csv
    from assets.lib.schema import typed_frame
    from assets.lib.state import read_state

    tables = {"indicateurs": ("indicateurs", hostile_indicators())}
    memo, out = tmp_path / "memo", tmp_path / "out"
    publish(tables, package(), out, memo_dir=memo)
    key = frame_key(typed_frame(hostile_indicators(), "indicateurs"))
    staging = tmp_path / "staging"
    staging.mkdir()
    assert reuse_published_csv("indicateurs", key, out, read_state(memo / CSV_OF_FRAME), staging)
    # The Parquet copies written by a fork, which keys the frames of a first release: the same memo.
    publish(tables, package(), tmp_path / "forked", memo_dir=tmp_path / "forked_memo", forked_cells=0)
    assert read_state(tmp_path / "forked_memo" / CSV_OF_FRAME) == read_state(memo / CSV_OF_FRAME) == {
        key: sha256_file(out / "indicateurs.csv")}
    assert (staging / "indicateurs.csv").read_bytes() == (out / "indicateurs.csv").read_bytes()
    first = release(out)
    publish(tables, package(), out, memo_dir=memo)  # the CSV is taken from the release, not written again
    assert release(out) == first
    # The reference path: no memo, every file written from the frame.
    publish(tables, package(), tmp_path / "reference")
    reference = release(tmp_path / "reference")
    assert {n: b for n, (b, _) in release(out).items()} == {n: b for n, (b, _) in reference.items()}
    # Another content is another key: nothing to reuse; a value or a name changed gives another key.
    assert not reuse_published_csv("indicateurs", "0" * 64, out, read_state(memo / CSV_OF_FRAME), staging)
    typed = typed_frame(hostile_indicators(), "indicateurs")
    changed = typed.copy()
    changed.loc[2, "valeur"] = 8.0
    assert len({key, frame_key(changed), frame_key(typed.rename(columns={"unite": "unites"}))}) == 3
    # The key is the cells' (the CSV's bytes follow from them): a dtype holding the same texts writes the same
    # bytes, and has the same key; a frame whose cells Arrow does not hold is keyed by its values and dtypes.
    assert frame_key(typed.astype({"unite": object})) == key
    assert csv_text(typed.astype({"unite": object})) == csv_text(typed)
    single = typed[["unite"]]
    assert arrow_cells(single) is None
    assert frame_key(single) != frame_key(single.rename(columns={"unite": "unites"})) != frame_key(
        single.assign(unite="autre"))
    tables = {"indicateurs": ("indicateurs", changed)}
    publish(tables, package(), out, memo_dir=memo)
    publish(tables, package(), tmp_path / "changed")
    assert (out / "indicateurs.csv").read_bytes() == (tmp_path / "changed" / "indicateurs.csv").read_bytes() \
        != reference["indicateurs.csv"][0]


@pytest.mark.parametrize("tamper", ["published csv", "memo entry", "declared hash"])
def test_a_tampered_csv_or_memo_is_written_again_from_the_frame(tmp_path, tamper):
    import json

    from assets.lib.publish import CSV_OF_FRAME, frame_key, reuse_published_csv
    from assets.lib.schema import typed_frame
    from assets.lib.state import read_state, write_state

    tables = {"indicateurs": ("indicateurs", hostile_indicators())}
    memo, out = tmp_path / "memo", tmp_path / "out"
    publish(tables, package(), out, memo_dir=memo)
    original = (out / "indicateurs.csv").read_bytes()
    if tamper == "published csv":  # altered by hand, the release still declaring the old bytes
        (out / "indicateurs.csv").write_bytes(original.replace(b"Saint-Denis", b"Saint-Deni"))
    elif tamper == "memo entry":  # the memo names other bytes than the published ones
        write_state(memo / CSV_OF_FRAME, {key: "1" * 64 for key in read_state(memo / CSV_OF_FRAME)})
    else:
        descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        descriptor["resources"][0]["hash"] = "sha256:" + "2" * 64
        (out / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    staging = tmp_path / "staging"
    staging.mkdir()
    assert not reuse_published_csv("indicateurs", frame_key(typed_frame(hostile_indicators(), "indicateurs")), out,
                                   read_state(memo / CSV_OF_FRAME), staging)
    publish(tables, package(), out, memo_dir=memo)
    assert (out / "indicateurs.csv").read_bytes() == original


def test_forged_memos_cannot_publish_an_unsafe_csv(tmp_path):
    # The worst case: someone edits the published CSV, its declared hash and the CSV memo so that the CSV is
    # taken as it is. Its safety scan is tied to its bytes (the scan memo knows no verdict for them): it runs
    # again and stops the publication.
    import json

    from assets.lib.digest import sha256_file
    from assets.lib.publish import CSV_OF_FRAME
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
        write_state(memo / CSV_OF_FRAME, {key: forged for key in read_state(memo / CSV_OF_FRAME)})
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
    try:  # the cells as Arrow texts (what the CSV writer hands over), when Arrow can hold them
        given = pa.array(list(cells), type=pa.large_string())
    except (pa.ArrowException, UnicodeError, TypeError):
        return
    if not given.null_count:
        assert same_texts(given, arrow) is reference
        assert same_texts(given[1:], arrow) is (size == 0)


@pytest.mark.parametrize("seed", range(8))
def test_distinct_cells_are_dict_fromkeys(seed):
    import numpy as np
    import pyarrow as pa

    from assets.lib.validation import distinct_cells

    rng = np.random.default_rng(seed)
    values = list(rng.choice(np.array(HOSTILE_CELLS, dtype=object), int(rng.integers(0, 30))))
    strings = [v for v in values if isinstance(v, str)]
    for column in (values, tuple(strings), np.array(strings, dtype=object), strings):
        found = distinct_cells(column)
        assert found == list(dict.fromkeys(column))
        assert all(a is b for a, b in zip(found, dict.fromkeys(column), strict=True))  # the first one met
    texts = [v for v in strings if v != "\ud800"]  # an Arrow text array (no lone surrogate), whole or a slice
    arrow = pa.array(["x", *texts, "y"], type=pa.large_string())
    assert distinct_cells(arrow) == list(dict.fromkeys(["x", *texts, "y"]))
    assert distinct_cells(arrow[1:len(texts) + 1]) == list(dict.fromkeys(texts))


def _outcome(folder, tables: dict, forked_cells: int, memo: bool):
    """(the published files' bytes, or the refusal's message) of a publication into an empty `folder`."""
    try:
        publish(tables, package_of(tables), folder, memo_dir=folder.parent / f"{folder.name}-memo" if memo else None,
                forked_cells=forked_cells)
    except PublicationInvalid as refused:
        return str(refused).replace(str(folder), "<release>")
    return {name: content for name, (content, _) in release(folder).items()}


def package_of(tables: dict) -> dict:
    return {"name": "essai", "resources": [r for name, (schema, _) in tables.items()
                                           for r in table_resources(schema, name, name, "Essai.")]}


def hostile_events(count: int = 40) -> pd.DataFrame:
    """test_validation's events with ligatures, combining marks, NBSP and emoji in their texts, coordinates and
    nullable booleans."""
    frame = events(count)
    frame["titre"] = [f'Atelier "n°{i}", ﬁn de Sain\u0301t-E\u0301tienne' for i in range(count)]
    frame["description"] = [f"Première ligne {i}\nseconde, « guillemets »\u00a0😀" for i in range(count)]
    frame["latitude"], frame["longitude"] = 45.75, 4.85
    frame["co_organise"] = pd.array([True, False, None, True] * (count // 4), dtype="boolean")
    return frame


# (table, field, value): cells that Frictionless rejects (in several cell-file groups), that the safety scan
# refuses, and texts that are only unusual.
INVALID_CELLS = [("evenements", "url", "exemple.org sans schéma"),
                 ("evenements", "date_heure_debut", "2019-11-31T10:00:00+01:00"),
                 ("evenements", "latitude", 145.0), ("indicateurs", "unite", "kilos"),
                 ("indicateurs", "niveau", "canton"), ("indicateurs", "code_territoire", "11")]
UNSAFE_CELLS = [("evenements", "description", "Écrire à contact@exemple.fr"),
                ("evenements", "titre", "=HYPERLINK(\"https://exemple.org\")"), ("evenements", "titre", "<b>gras</b>"),
                ("indicateurs", "nom_territoire", "+33 1 23 45 67 89"), ("indicateurs", "nom_territoire", "Lyon\u202e")]
UNUSUAL_CELLS = [("indicateurs", "nom_territoire", "Sain\u0301t-E\u0301tienne\u00a0ﬁ 😀"),
                 ("evenements", "organisateur", "Coop\u00a0« ﬁne » 😀 e\u0301")]


@pytest.mark.parametrize(("case", "memo", "workers"), [
    ("unusual", False, "2"), ("unusual", True, "2"), ("invalid", False, "2"), ("unsafe", False, "2"),
    ("unsafe", True, "2"), ("invalid and unsafe", False, "2"), ("unsafe", False, "1")])
def test_copies_checked_in_a_fork_give_the_release_checked_here(tmp_path, monkeypatch, case, memo, workers):
    # The forked checks (Parquet copies written in a process forked at the start; copies compared and CSV scanned
    # in a process forked once both are written) against the same work done here, on hostile tables: cells that
    # fail validation (url, datetime, number bound, enum, key), unsafe texts (e-mail, formula, markup, phone, bidi
    # control), texts that are only unusual. With MOIS_ESS_WORKERS=1 nothing is forked: the same release.
    from assets.lib.parallel import WORKERS_VARIABLE

    monkeypatch.setenv(WORKERS_VARIABLE, workers)
    frames = {"evenements": hostile_events(), "indicateurs": pd.concat([hostile_indicators()] * 3, ignore_index=True)}
    frames["indicateurs"]["code_territoire"] = [f"{n:02d}" for n in range(11, 11 + len(frames["indicateurs"]))]
    cells = {"unusual": UNUSUAL_CELLS, "invalid": INVALID_CELLS, "unsafe": UNSAFE_CELLS,
             "invalid and unsafe": INVALID_CELLS + UNSAFE_CELLS}[case]
    for row, (table, field, value) in enumerate(cells, start=3):
        frames[table].loc[row, field] = value
    tables = {name: (name, frame) for name, frame in frames.items()}
    here = _outcome(tmp_path / "here", tables, forked_cells=10 ** 12, memo=memo)
    forked = _outcome(tmp_path / "forked", tables, forked_cells=0, memo=memo)
    assert forked == here
    if case == "unusual":
        assert isinstance(here, dict)
    else:  # every bad cell is reported (the invalid ones first), at its row and field
        assert here.startswith("contenu non publiable" if case == "unsafe" else "publication invalide")
        for row, (_, field, _) in enumerate(INVALID_CELLS if case != "unsafe" else UNSAFE_CELLS, start=3):
            assert f"ligne {row + 2}, champ {field if field != 'code_territoire' else '-'}" in here  # "-": the key


def test_a_forked_call_gives_its_result_its_exception_or_is_computed_here(tmp_path):
    import os
    import signal

    from assets.lib.publish import ForkedCall, check_copies, write_csv, write_parquet
    from assets.lib.schema import typed_frame

    here = os.getpid()
    assert ForkedCall(lambda: ("done", os.getpid() != here)).result() == ("done", True)
    with pytest.raises(PublicationInvalid, match="ne contiennent pas"):  # the copies differ: raised here
        frame = typed_frame(indicators(), "indicateurs")
        write_csv(frame, tmp_path / "indicateurs.csv")
        write_parquet(frame.assign(valeur=[11.0, 3.0]), tmp_path / "indicateurs.parquet")
        from assets.lib.privacy import ReadTable

        ForkedCall(lambda: check_copies("indicateurs", tmp_path, tmp_path / "none", lambda: ReadTable(
            pd.read_csv(tmp_path / "indicateurs.csv", dtype=str, keep_default_na=False)))).result()
    with pytest.raises(RuntimeError, match="unpicklable"):  # an exception that does not pickle: its traceback
        class Unpicklable(Exception):
            def __reduce__(self):
                raise TypeError("no")

        ForkedCall(lambda: (_ for _ in ()).throw(Unpicklable("unpicklable"))).result()

    def dies_when_forked():
        if os.getpid() != here:
            os.kill(os.getpid(), signal.SIGKILL)
        return "computed here"

    assert ForkedCall(dies_when_forked).result() == "computed here"
    running = ForkedCall(lambda: signal.pause())
    running.close()  # a fork still running is stopped


def test_a_forked_call_without_a_process_to_spare_is_computed_here_and_leaks_no_pipe(monkeypatch):
    import errno
    import os

    from assets.lib.publish import ForkedCall

    def no_fork():
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    opened = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fork", no_fork)
    here = os.getpid()
    calls = [ForkedCall(lambda: os.getpid()) for _ in range(3)]
    assert [call.result() for call in calls] == [here] * 3
    with pytest.raises(ValueError, match="raised here"):
        ForkedCall(lambda: int("raised here")).result()
    assert len(os.listdir("/proc/self/fd")) == opened


def three_editions() -> pd.DataFrame:
    """test_validation's events in three editions, sorted by edition as the published events are."""
    return pd.concat([events(12).assign(edition=year, identifiant=[f"mess-{year}-{i:010x}" for i in range(12)])
                      for year in (2018, 2019, 2020)], ignore_index=True)


# (row, field, value) changed in the events of three_editions(), rows 12-23 being 2019's and 24-35 2020's.
PIECE_CHANGES = {
    "valid": (15, "titre", "Repair café : nouvelle formule"),
    "invalid": (16, "url", "exemple.org sans schéma"),
    "unsafe": (17, "description", "Écrire à contact@exemple.fr"),
    "key of another edition": (30, "identifiant", "mess-2018-0000000003"),
}


@pytest.mark.parametrize("forked_cells", [0, 10 ** 12])
@pytest.mark.parametrize("change", list(PIECE_CHANGES))
def test_an_edition_changed_alone_is_checked_as_the_whole_table(tmp_path, change, forked_cells):
    # The release published, then one edition's rows changed: the pieces of the others, found valid and clean with
    # the same bytes, are not read again, yet the outcome is that of a publication checking every row (the same
    # files, or the same refusal at the same lines), also for a key repeated across editions.
    from assets.lib.publish import SCANNED_PIECES

    before = {"evenements": ("evenements", three_editions())}
    changed = three_editions()
    row, field, value = PIECE_CHANGES[change]
    changed.loc[row, field] = value
    after = {"evenements": ("evenements", changed)}
    memo = tmp_path / "by_pieces-memo"
    publish(before, package_of(before), tmp_path / "by_pieces", memo_dir=memo, forked_cells=forked_cells)
    assert (memo / "rows" / "evenements.pieces.json").is_file() and (memo / SCANNED_PIECES).is_file()
    by_pieces = _outcome(tmp_path / "by_pieces", after, forked_cells, memo=True)
    whole = _outcome(tmp_path / "whole", after, forked_cells, memo=False)
    assert by_pieces == whole
    if change == "valid":
        assert isinstance(whole, dict)
    else:
        assert whole.startswith("contenu non publiable" if change == "unsafe" else "publication invalide")
        assert f"ligne {row + 2}, champ {field if change != 'key of another edition' else '-'}" in whole


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_publication_leaves_nothing_behind_the_next_one(tmp_path):
    # A `kill -9` skips the cleanup: the next publication removes the dead process' folder, never a live one's.
    dead, alive = tmp_path / f".staging-{dead_pid()}", tmp_path / f".staging-{os.getppid()}"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "indicateurs.csv").write_text("partial", encoding="utf-8")
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    assert not dead.exists() and (alive / "indicateurs.csv").read_text(encoding="utf-8") == "partial"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["datapackage.json", "indicateurs.csv", "indicateurs.parquet", alive.name])


def test_only_the_leftovers_of_ended_processes_are_removed(tmp_path):
    dead = dead_pid()
    names = [f".staging-{dead}", f".staging-{os.getpid()}", ".staging-abc", f"staging-{dead}"]
    for name in names:
        (tmp_path / name).mkdir()
    (tmp_path / f".x.tmp-{dead}").write_text("", encoding="utf-8")
    assert remove_dead_leftovers(tmp_path, STAGING_PATTERN) == [tmp_path / f".staging-{dead}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names[1:], f".x.tmp-{dead}"])


def test_the_digest_of_rows_read_twice_is_the_same_and_any_change_shows():
    rows = pa.table({"identifiant": ["a", None, "c"], "edition": pa.array([2019, None, 2020], pa.int32()),
                     "latitude": [45.5, None, 1.0], "co_organise": [True, None, False],
                     "date_debut": pa.array([None, 1, 2], pa.date32())})
    # The same rows with other bytes under the nulls (DuckDB's reads differ there), and cut into other chunks.
    other_slots = pa.table({"identifiant": pa.Array.from_buffers(pa.string(), 3, [
        rows["identifiant"].chunk(0).buffers()[0], pa.py_buffer(bytes(pa.array([0, 1, 4, 5], pa.int32()).buffers()[1])),
        pa.py_buffer(b"axyzc")]), **{name: rows[name] for name in rows.column_names[1:]}})
    assert other_slots.equals(rows)
    chunked = pa.Table.from_batches(rows.to_batches(max_chunksize=2))
    assert arrow_digest(rows) == arrow_digest(other_slots) == arrow_digest(chunked)
    changed = [rows.set_column(0, "identifiant", pa.array(["a", "", "c"])),  # a null is not an empty text
               rows.set_column(1, "edition", pa.array([2019, None, 2020], pa.int64())),  # nor another type the same
               rows.set_column(2, "latitude", pa.array([45.5, None, 1.5])),
               rows.rename_columns(["identifiant", "edition", "longitude", "co_organise", "date_debut"]),
               rows.slice(0, 2)]
    assert len({arrow_digest(table) for table in [rows, *changed]}) == len(changed) + 1


def test_each_written_csv_is_read_and_hashed_once(tmp_path, monkeypatch):
    # publish() declares each CSV's sha256 from the staged file; the validation checks the declared digest with the
    # digest the publication already has for that very file (same path, inode, size and times: FileDigests) instead of
    # reading and hashing the file again.
    import assets.lib.publish as publish_module
    import assets.lib.validation as validation_module

    hashed = []
    real = publish_module.sha256_file

    def counted(path):
        hashed.append(path.name)
        return real(path)

    for module in (publish_module, validation_module):
        monkeypatch.setattr(module, "sha256_file", counted)
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path, memo_dir=tmp_path / "memo")
    assert hashed.count("indicateurs.csv") == 1
    # The validation still checks the declared digest against the one it is given for the file.
    resource = {**_published(tmp_path, "indicateurs"), "path": "indicateurs.csv"}
    for digest, found in ((real, []), (lambda path: "0" * 64, ["indicateurs: hash-count"])):
        validation = validation_module.Validation(tmp_path, digest=digest)
        validation.add(resource)
        assert [error[:len("indicateurs: hash-count")] for error in validation.errors()
                if "hash-count" in error] == found
