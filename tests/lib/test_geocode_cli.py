"""`mois-ess geocode` on files written by hand, as a researcher or a CRESS would send them."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.geocode_batch import BATCH_COLUMNS, csv_lines, detect_separator, match_columns
from pipelines.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geocode"

# remarque column of lieux.csv -> (code_commune_insee, code_arrondissement_municipal, geocodage_methode)
EXPECTED = {
    "propre": ("35238", "", "code_postal_commune"),
    "article postposé": ("76351", "", "code_postal_commune"),
    "abréviation et majuscules": ("42218", "", "code_postal_commune"),
    "arrondissement": ("75056", "75111", "code_postal_commune"),
    "arrondissement en chiffres romains": ("75056", "75111", "commune_seule"),
    "code postal dans le nom": ("13055", "13208", "code_postal_commune"),
    "Lyon": ("69123", "69384", "code_postal_commune"),
    "CEDEX": ("35238", "", "code_postal_commune"),
    "faute de frappe": ("35238", "", "code_postal_commune"),
    "commune déléguée": ("74010", "", "ancienne_commune"),
    "zéro initial perdu": ("01053", "", "code_postal_commune"),
    "homonyme sans indice": ("", "", "aucun"),
    "homonyme avec département": ("93066", "", "code_postal_commune"),
    "DROM": ("97411", "", "code_postal_commune"),
    "Corse": ("2A004", "", "code_postal_commune"),
    "adresse en texte libre": ("29019", "", "adresse_texte"),
    "en ligne": ("", "", "aucun"),
    "étranger": ("", "", "aucun"),
    "illisible": ("", "", "aucun"),
    "coordonnées avec virgule décimale": ("75056", "75104", "coordonnees"),
    "coordonnées à Marseille": ("", "", "aucun"),
    "code postal seul": ("29019", "", "code_postal_seul"),
}


def read(path: Path, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False)


def test_hand_written_semicolon_file(tmp_path, capsys):
    source = FIXTURES / "lieux.csv"
    target = tmp_path / "lieux_codes.csv"
    assert main(["geocode", str(source), "-o", str(target)]) == 0
    before, after = read(source, ";"), read(target, ";")
    assert after.columns.tolist() == before.columns.tolist() + BATCH_COLUMNS
    pd.testing.assert_frame_equal(after[before.columns], before)  # passed through unchanged, same order
    for row in after.itertuples():
        expected = EXPECTED[row.remarque]
        got = (row.code_commune_insee, row.code_arrondissement_municipal, row.geocodage_methode)
        assert got == expected, row
        if row.geocodage_methode == "aucun":
            assert row.geocodage_alerte and row.geocodage_score == "0"
        else:
            assert 0 < float(row.geocodage_score) <= 1
            assert row.nom_commune and row.code_departement and row.code_region
    by_note = after.set_index("remarque")
    assert by_note.loc["en ligne", "geocodage_alerte"] == "en ligne"
    assert by_note.loc["étranger", "geocodage_alerte"] == "hors de France"
    assert "homonymes" in by_note.loc["homonyme sans indice", "geocodage_alerte"]
    assert "conflit" in by_note.loc["coordonnées à Marseille", "geocodage_alerte"]
    assert by_note.loc["Corse", "code_departement"] == "2A"
    printed = capsys.readouterr().out
    assert "22 lignes lues" in printed and "séparateur « ; »" in printed


def test_comma_file_with_quoted_commas(tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["geocode", str(FIXTURES / "lieux_virgule.csv"), "-o", str(target), "--progression"]) == 0
    assert "géocodage" in capsys.readouterr().err  # the progress bar, forced on a small file
    out = read(target, ",")
    assert out["note"].tolist() == ["propre, avec virgule", "nom seul", "vide"]
    assert out["code_commune_insee"].tolist() == ["35238", "29232", ""]
    assert out["geocodage_alerte"].tolist()[2] == "lieu absent"


def test_bom_and_existing_output_columns(tmp_path, capsys):
    source = tmp_path / "excel.csv"
    source.write_bytes("\ufeffcommune;code_postal;code_commune_insee\nRennes;35000;35238\n".encode())
    target = tmp_path / "out.csv"
    assert main(["geocode", str(source), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    out = pd.read_csv(target, sep=";", dtype=str, encoding="utf-8-sig")
    assert out.loc[0, "code_commune_insee_entree"] == "35238"
    assert out.loc[0, "code_commune_insee"] == "35238"
    assert "_entree" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("sans_colonne.csv", "aucune colonne exploitable"),
        ("absent.csv", "introuvable"),
    ],
)
def test_clear_errors(tmp_path, capsys, name, message):
    source = FIXTURES / name if (FIXTURES / name).exists() else tmp_path / name
    target = tmp_path / "out.csv"
    assert main(["geocode", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("mois-ess geocode : ")
    assert not target.exists()


def test_windows_1252_file_is_read_like_the_spreadsheet_reader(tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["geocode", str(FIXTURES / "latin1.csv"), "-o", str(target)]) == 0
    out = pd.read_csv(target, sep=";", dtype=str, encoding="utf-8-sig")
    assert out.loc[0, "commune"] == "Sélestat" and out.loc[0, "code_commune_insee"] == "67462"


def test_chunked_output_is_identical_to_one_chunk(tmp_path):
    from assets.lib.geocode import Geocoder
    from assets.lib.geocode_batch import geocode_csv

    rows = ["code_postal;commune;latitude;longitude"] + [
        f"{cp};{name};{lat};{lon}"
        for cp, name, lat, lon in [
            ("35000", "Rennes", "", ""),
            ("75011 Paris", "", "", ""),
            ("", "Sauve, La", "", ""),
            ("", "", "48°06'54\"N", "1°40'40\"O"),
            ("1000", "Bourg-en-Bresse", "46,2052", "5,2255"),
        ]
        * 7
    ]
    source = tmp_path / "lieux.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    geocoder = Geocoder.from_reference()
    whole = geocode_csv(source, tmp_path / "whole.csv", geocoder)
    chunked = geocode_csv(source, tmp_path / "chunked.csv", geocoder, chunk_rows=3)
    assert whole.rows == chunked.rows == 35 and whole.methods == chunked.methods
    assert (tmp_path / "whole.csv").read_bytes() == (tmp_path / "chunked.csv").read_bytes()


def test_a_big_file_shared_with_a_second_process_is_coded_as_one_process_codes_it(tmp_path, monkeypatch):
    import numpy as np

    from assets.lib.geocode import Geocoder
    from assets.lib.geocode_batch import geocode_csv
    from assets.lib.parallel import WORKERS_VARIABLE

    # The hand-written rows (every defect family of lieux.csv) and distinct points around them, 9,000 rows.
    sample = read(FIXTURES / "lieux.csv", ";")
    rng = np.random.default_rng(11)
    big = sample.iloc[np.arange(9_000) % len(sample)].reset_index(drop=True)
    points = rng.uniform([42.5, -4.5], [50.9, 7.5], size=(3_000, 2))
    big.loc[::3, "latitude"] = [f"{lat:.6f}" for lat in points[:, 0]]
    big.loc[::3, "longitude"] = [f"{lon:.6f}".replace(".", ",") for lon in points[:, 1]]
    source = tmp_path / "lieux.csv"
    big.to_csv(source, sep=";", index=False)
    geocoder = Geocoder.from_reference()
    reports = {}
    for workers in ("1", "2"):
        monkeypatch.setenv(WORKERS_VARIABLE, workers)
        reports[workers] = geocode_csv(source, tmp_path / f"sortie_{workers}.csv", geocoder, chunk_rows=4_000)
    assert reports["1"].rows == reports["2"].rows == 9_000 and reports["1"].methods == reports["2"].methods
    assert len(reports["1"].methods) > 4
    assert (tmp_path / "sortie_1.csv").read_bytes() == (tmp_path / "sortie_2.csv").read_bytes()


@pytest.mark.parametrize("separator", [",", ";"])
def test_output_lines_are_written_as_pandas_writes_them(separator):
    # cells with the separators, quotes, line breaks, formulas, accents, blanks and missing values
    cells = ["a", "", "b,c", "d;e", 'dit "oui"', "ligne\nsuivante", "é à ç", " espace", '"', "=1+2", "\t", None]
    frame = pd.DataFrame({f"c{i}": [cells[(i * 5 + j) % len(cells)] for j in range(40)] for i in range(6)})
    frame["en,tête"] = "z"
    for table in (frame, frame.astype(object), frame.astype("string")):
        written = csv_lines([pd.Series([c]) for c in table.columns], separator)
        written += csv_lines([table[c] for c in table.columns], separator)
        assert written == table.to_csv(sep=separator, index=False, lineterminator="\n").encode()
    # a carriage return inside a cell is quoted (to_csv would leave it bare and cut the line)
    assert csv_lines([pd.Series(["a\rb"]), pd.Series(["c"])], separator) == f'"a\rb"{separator}c\n'.encode()


def test_empty_and_header_only_files(tmp_path, capsys):
    empty = tmp_path / "vide.csv"
    empty.write_text("", encoding="utf-8")
    assert main(["geocode", str(empty), "-o", str(tmp_path / "a.csv")]) == 2
    assert "vide" in capsys.readouterr().err
    header = tmp_path / "entete.csv"
    header.write_text("commune,code_postal\n", encoding="utf-8")
    assert main(["geocode", str(header), "-o", str(tmp_path / "b.csv")]) == 0
    assert read(tmp_path / "b.csv", ",").columns.tolist() == ["commune", "code_postal"] + BATCH_COLUMNS


def test_a_failed_run_leaves_no_partial_output(tmp_path):
    source = tmp_path / "lieux.csv"
    shutil.copy(FIXTURES / "lieux.csv", source)
    assert main(["geocode", str(source), "-o", str(tmp_path / "absent" / "out.csv")]) == 2
    assert not list(tmp_path.glob(".*partiel"))


def test_separator_and_header_detection():
    assert detect_separator("a;b;c\n1;2,5;3\n") == ";"
    assert detect_separator('a,b,c\n"x;y",2,3\n') == ","
    assert match_columns(["Code Postal", "VILLE", "Adresse", "lat", "lng", "titre"]) == {
        "code_postal": "Code Postal",
        "commune": "VILLE",
        "adresse": "Adresse",
        "latitude": "lat",
        "longitude": "lng",
    }


def test_a_region_column_tells_homonyms_apart(tmp_path):
    source, target = tmp_path / "agenda.csv", tmp_path / "agenda_codes.csv"
    source.write_text("Ville;Code région\nLa Rochelle;75\nLa Rochelle;\nSaint-Denis;04\n", encoding="utf-8")
    assert main(["geocode", str(source), "-o", str(target)]) == 0
    out = read(target, ";")
    assert out["code_commune_insee"].tolist() == ["17300", "", "97411"]
    assert out["geocodage_methode"].tolist() == ["commune_region_source", "aucun", "commune_region_source"]
