import pandas as pd
import pytest

from assets.lib.privacy import find_unsafe_cells


@pytest.mark.parametrize("dtype", [object, "string", "str"])
def test_the_gate_checks_text_columns_whatever_their_dtype(dtype):
    frame = pd.DataFrame({"titre": pd.Series(["=1+1", "Écrire à a@b.fr", "<p>Forum</p>", "Forum"], dtype=dtype)})
    assert find_unsafe_cells(frame) == [
        "ligne 2, champ titre : formule de tableur",
        "ligne 3, champ titre : adresse électronique",
        "ligne 4, champ titre : balise ou entité HTML",
    ]


def test_numbers_read_back_as_text_are_not_formulas():
    published = pd.DataFrame({"longitude": ["-1.677793", "55.45", ""], "titre": ["Forum", "Atelier", "Débat"]})
    assert find_unsafe_cells(published) == []


def test_a_phone_number_in_free_text_is_caught():
    frame = pd.DataFrame({"description": ["Réservation au +262 692 12 34 56"]})
    assert find_unsafe_cells(frame) == ["ligne 2, champ description : numéro de téléphone"]


def test_a_value_seen_in_one_format_is_judged_afresh_by_the_rules_of_another():
    # Verdicts are remembered per distinct value: a formula first met where formulas do not matter (GeoJSON,
    # DuckDB), a text first met in a single-line field, must still be reported where the rule applies.
    frame = pd.DataFrame({"titre": ["=HYPERLINK(1)", "Forum"], "description": ["Ligne\nsuite", "Ligne\nsuite"]})
    assert find_unsafe_cells(frame, formulas=False) == []
    assert find_unsafe_cells(frame) == ["ligne 2, champ titre : formule de tableur"]
    single_line = find_unsafe_cells(frame, formulas=False, multiline_fields=())
    assert single_line == ["ligne 2, champ description : caractère interdit (U+000A)",
                           "ligne 3, champ description : caractère interdit (U+000A)"]


def test_missing_and_mixed_values_are_read_as_the_published_text():
    # 1 and True are equal in Python but published as different texts; a missing value is an empty cell.
    frame = pd.DataFrame({"titre": pd.Series([1, True, None, float("nan"), "=1", "+33 1 23 45 67 89"], dtype=object)})
    assert find_unsafe_cells(frame) == ["ligne 6, champ titre : formule de tableur",
                                        "ligne 7, champ titre : formule de tableur",
                                        "ligne 7, champ titre : numéro de téléphone"]


# ------------------------------------------------------------------ every published format

import html  # noqa: E402

import duckdb  # noqa: E402

from assets.lib.privacy import scan_publication  # noqa: E402
from assets.lib.publish import write_csv, write_parquet  # noqa: E402
from assets.lib.research import GEOJSON_PROPERTIES, write_geojson  # noqa: E402

CLEAN = {"identifiant": "mess-2019-0123456789", "edition": 2019, "titre": "Forum de l'ESS", "date_debut": "2019-11-14",
         "description": "Venez nombreux.\nEntrée libre.", "lieu": "Salle des fêtes", "url": "https://lemois-ess.org/e/1",
         "latitude": 48.11, "longitude": -1.68}
# One hostile value per rule: (field, value, reason the scanner gives).
HOSTILE = [
    ("titre", "Forum\x00", "caractère interdit (U+0000)"),
    ("titre", "Forum\x1b", "caractère interdit (U+001B)"),
    ("lieu", "Salle\x85", "caractère interdit (U+0085)"),
    ("titre", "Forum \u202eSSE", "caractère interdit (U+202E)"),
    ("lieu", "Salle \u2067A\u2069", "caractère interdit (U+2067, U+2069)"),
    ("titre", "\ufeffForum", "caractère interdit (U+FEFF)"),
    ("description", "Ligne\u2028suivante", "caractère interdit (U+2028)"),
    ("description", "Fin\u2029", "caractère interdit (U+2029)"),
    ("titre", "Caf\ufffd", "caractère interdit (U+FFFD)"),
    ("titre", "Forum\tESS", "caractère interdit (U+0009)"),
    ("url", "javascript:alert(1)", "lien autre que http(s)"),
    ("description", "Voir [ici](javascript:alert(1))", "lien autre que http(s)"),
    ("description", "Écrire à jean.dupont@gmail.com", "adresse électronique"),
    ("description", "Écrire à jean.dupont (at) gmail.com", "adresse électronique"),
    ("lieu", "Chez marie [at] asso [dot] fr", "adresse électronique"),
    ("description", "Appeler le 06 12 34 56 78", "numéro de téléphone"),
    ("description", "<script>alert(1)</script>", "balise ou entité HTML"),
    ("titre", "=HYPERLINK(\"http://x\")", "formule de tableur"),
]
HOSTILE_IDS = [f"{field}-{reason}-{i}" for i, (field, _, reason) in enumerate(HOSTILE)]
TABLE_FORMATS = ["csv", "parquet", "geojson", "duckdb"]


def _write(folder, fmt, rows):
    frame = pd.DataFrame(rows)
    if fmt == "csv":
        write_csv(frame, folder / "evenements.csv")
    elif fmt == "parquet":
        write_parquet(frame, folder / "evenements.parquet")
    elif fmt == "geojson":
        write_geojson(frame, folder / "evenements.geojson")
    else:
        with duckdb.connect(str(folder / "mois_ess.duckdb")) as con:
            con.register("frame", frame)
            con.execute("CREATE TABLE evenements AS SELECT * FROM frame")


def test_a_clean_release_passes_in_every_format(tmp_path):
    for fmt in TABLE_FORMATS:
        _write(tmp_path, fmt, [CLEAN])
    (tmp_path / "rapport").mkdir()
    (tmp_path / "rapport" / "index.html").write_text(
        '<html><body><a href="edition-2019.html">2019</a><img src="data:image/png;base64,iVBORw0KGgo=" alt="Carte">'
        "<p>Forum de l'ESS : 1 513 événements</p><script>const x = 1;</script></body></html>", encoding="utf-8")
    assert scan_publication(tmp_path) == []


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize(("field", "value", "reason"), HOSTILE, ids=HOSTILE_IDS)
def test_each_hostile_value_is_caught_in_each_table_format(tmp_path, fmt, field, value, reason):
    if fmt in ("geojson", "duckdb") and reason == "formule de tableur":
        pytest.skip("formulas matter to spreadsheets, which open CSV and Parquet")
    if fmt == "geojson" and field not in GEOJSON_PROPERTIES:
        pytest.skip(f"{field} is not a GeoJSON property")
    _write(tmp_path, fmt, [CLEAN, CLEAN | {"identifiant": "mess-2019-abcdefabcd", field: value}])
    problems = scan_publication(tmp_path)
    assert len(problems) >= 1, problems
    assert all(f"champ {field} : " in p for p in problems), problems
    assert any(p.endswith(reason) for p in problems), problems


@pytest.mark.parametrize(("field", "value", "reason"), HOSTILE, ids=HOSTILE_IDS)
def test_each_hostile_value_is_caught_in_the_html_report(tmp_path, field, value, reason):
    if reason in ("formule de tableur", "balise ou entité HTML", "caractère interdit (U+0009)"):
        pytest.skip("the report is HTML (a tab is HTML white space), and no spreadsheet reads it")
    if field == "url":
        body = f'<a href="{html.escape(value)}">programme</a>'
    else:
        body = f"<p>{html.escape(value)}</p>"
    (tmp_path / "rapport").mkdir()
    (tmp_path / "rapport" / "edition-2019.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    problems = scan_publication(tmp_path)
    assert problems and all(p.startswith("rapport/edition-2019.html : ligne 1") for p in problems), problems
    assert any(p.endswith(reason) for p in problems), problems


def test_inline_handlers_and_foreign_images_in_the_report_are_caught(tmp_path):
    (tmp_path / "rapport").mkdir()
    (tmp_path / "rapport" / "index.html").write_text(
        '<p onclick="alert(1)">x</p><img src="data:image/svg+xml;base64,PHN2Zz4="><a href="vbscript:x">y</a>',
        encoding="utf-8")
    problems = scan_publication(tmp_path)
    assert [p.split(", ")[1] for p in problems] == [
        "attribut onclick : lien autre que http(s)", "attribut src : lien autre que http(s)",
        "attribut href : lien autre que http(s)"]


def test_a_comment_in_the_database_is_scanned_too(tmp_path):
    with duckdb.connect(str(tmp_path / "mois_ess.duckdb")) as con:
        con.execute("CREATE TABLE t (a VARCHAR)")
        con.execute("COMMENT ON TABLE t IS 'Événements \u202e'")
    assert scan_publication(tmp_path) == ["mois_ess.duckdb : commentaire t : caractère interdit (U+202E)"]


def test_the_database_metadata_may_span_lines_but_not_hide_characters(tmp_path):
    with duckdb.connect(str(tmp_path / "mois_ess.duckdb")) as con:
        con.execute("CREATE TABLE metadonnees (cle VARCHAR, valeur VARCHAR)")
        con.execute("INSERT INTO metadonnees VALUES ('description', 'AVERTISSEMENT.\n\nÉvénements du mois.'), "
                    "('title', 'Événements\u202e')")
    assert scan_publication(tmp_path) == [
        "mois_ess.duckdb : table metadonnees, ligne 3, champ valeur : caractère interdit (U+202E)"]


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_a_memo_skips_only_contents_the_same_scanner_read(tmp_path, fmt):
    # Same bytes scanned by the same code: the recorded problems; changed bytes: scanned again.
    folder, memo = tmp_path / "release", tmp_path / "memo" / "scans.json"
    folder.mkdir()
    hostile = CLEAN | {"identifiant": "mess-2019-abcdefabcd", "lieu": "Salle \u202e"}
    _write(folder, fmt, [CLEAN, hostile])
    fresh = scan_publication(folder)
    assert fresh and scan_publication(folder, memo=memo) == fresh
    assert scan_publication(folder, memo=memo) == fresh  # from the memo
    for path in folder.iterdir():
        path.unlink()
    _write(folder, fmt, [CLEAN])
    assert scan_publication(folder, memo=memo) == []
    _write(folder, fmt, [CLEAN, hostile]) if fmt != "duckdb" else None
    if fmt != "duckdb":
        assert scan_publication(folder, memo=memo) == fresh


def test_a_memo_written_by_other_scanning_code_is_ignored(tmp_path):
    import json

    folder, memo = tmp_path / "release", tmp_path / "scans.json"
    folder.mkdir()
    _write(folder, "csv", [CLEAN, CLEAN | {"identifiant": "mess-2019-abcdefabcd", "titre": "=1+1"}])
    found = scan_publication(folder, memo=memo)
    assert found and found[0].endswith("formule de tableur")
    recorded = json.loads(memo.read_text(encoding="utf-8"))
    recorded["results"] = {key: [] for key in recorded["results"]}  # as if an older scanner had let it pass
    memo.write_text(json.dumps(recorded), encoding="utf-8")
    assert scan_publication(folder, memo=memo) == []  # same scanner: the memo is trusted
    recorded["scanner"] = "0" * 64
    memo.write_text(json.dumps(recorded), encoding="utf-8")
    assert scan_publication(folder, memo=memo) == found  # other scanner: read again
