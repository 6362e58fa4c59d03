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


def test_a_contact_split_by_invisible_or_look_alike_characters_is_caught():
    frame = pd.DataFrame({"description": ["Écrire à jean.dupont@\u200basso.fr", "Tél. \uff10\uff16 12 34 56 78",
                                          "marie(a)asso.fr", "Atelier (a) ou (b)"]})
    assert sorted(find_unsafe_cells(frame, multiline_fields=("description",))) == [
        "ligne 2, champ description : adresse électronique",
        "ligne 2, champ description : caractère interdit (U+200B)",  # published text has it removed
        "ligne 3, champ description : numéro de téléphone",
        "ligne 4, champ description : adresse électronique",
    ]


def test_a_meeting_join_link_in_any_text_or_link_field_is_caught():
    frame = pd.DataFrame({"adresse": ["https://us02web.zoom.us/j/812?pwd=x", "12 rue de Brest"],
                          "description": ["Lien : meet.google.com/abc-defg-hij", "En direct sur https://youtu.be/x"],
                          "url": ["https://teams.microsoft.com/l/meetup-join/19abc", "https://lemois-ess.org/e/1"]})
    assert sorted(find_unsafe_cells(frame, multiline_fields=("description",))) == [
        "ligne 2, champ adresse : lien de réunion privée",
        "ligne 2, champ description : lien de réunion privée",
        "ligne 2, champ url : lien de réunion privée",
    ]


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


@pytest.mark.parametrize("seed", range(4))
def test_the_geojson_verdict_from_its_texts_is_the_scan_of_the_file(tmp_path, seed):
    # The writer's verdict (the texts the file is written from, as a reader of the file gets them) against the
    # scanner reading the file back, on hostile values in every GeoJSON property and the id, values of other
    # Python types (numbers, booleans, missing values of every kind) and rows without coordinates.
    import hashlib
    import random

    from assets.lib.privacy import _scan_geojson
    from assets.lib.research import write_geojson_scanned

    rng, outcomes = random.Random(seed), []
    values = [value for _, value, reason in HOSTILE if reason != "formule de tableur"] + [
        "", None, float("nan"), pd.NA, 1, 2.5, True, "=1+1", "-3", "Salle des fêtes", "https://lemois-ess.org/e/2",
        "https://exemple.org/é", "06 12 34 56 78", 'Guillemet " et \\ barre', "\u00e9\u0301"]
    for case in range(40):
        rows = []
        for i in range(rng.randint(0, 4)):
            row = CLEAN | {"identifiant": f"mess-2019-{i:010d}"}
            for _ in range(rng.randint(0, 2)):
                row[rng.choice([*GEOJSON_PROPERTIES, "identifiant"])] = rng.choice(values)
            if rng.random() < 0.2:
                row["latitude"] = None  # not a feature of the file
            rows.append(row)
        frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(CLEAN))
        target = tmp_path / f"{case}.geojson"
        try:
            features, sha256, unsafe = write_geojson_scanned(frame, target)
        except (TypeError, ValueError):  # a value the writer refuses (e.g. an edition that is no integer)
            continue
        assert sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
        assert unsafe == bool(_scan_geojson(target)), rows
        outcomes.append((unsafe, features))
    assert {unsafe for unsafe, _ in outcomes} == {True, False} and any(features > 1 for _, features in outcomes)


def test_a_geojson_scanned_by_its_writer_is_not_read_again_and_an_altered_one_is(tmp_path):
    from assets.lib.privacy import remember_scan
    from assets.lib.research import write_geojson_scanned

    memo = tmp_path / "memo" / "scans.json"
    target = tmp_path / "evenements.geojson"
    _, sha256, unsafe = write_geojson_scanned(pd.DataFrame([CLEAN]), target)
    assert not unsafe
    remember_scan(memo, target, sha256, [])
    assert scan_publication(tmp_path, memo=memo) == []
    # The same file altered afterwards (another sha256) is read and scanned.
    target.write_text(target.read_text(encoding="utf-8").replace("Forum de l'ESS", "Forum jean@gmail.com"),
                      encoding="utf-8")
    assert scan_publication(tmp_path, memo=memo) == ["evenements.geojson : objet 2, champ titre : adresse électronique"]


@pytest.mark.parametrize("multiline", [False, True])
def test_the_sql_character_class_flags_exactly_what_the_python_rule_flags(multiline):
    # Every code point of the BMP (surrogates aside: DuckDB text is UTF-8) and a spread of the others, alone and
    # inside a text, through DuckDB's regular expression against the rule's Python pattern.
    from assets.lib.privacy import _MULTILINE_UNSAFE, _SINGLE_LINE_UNSAFE, _sql_unsafe_class

    pattern = _MULTILINE_UNSAFE if multiline else _SINGLE_LINE_UNSAFE
    points = [p for p in [*range(0x10000), *range(0x10000, 0x110000, 251), 0x10FFFF] if not 0xD800 <= p < 0xE000]
    texts = [chr(p) if p % 2 else f"a{chr(p)}b" for p in points]
    con = duckdb.connect()
    con.register("texts", pd.DataFrame({"t": texts}))
    flagged = [row[0] for row in con.execute("SELECT regexp_matches(t, ?) FROM texts", [_sql_unsafe_class(multiline)])
               .fetchall()]
    assert flagged == [pattern.search(t) is not None for t in texts]
    assert sum(flagged) > 60


def test_plain_columns_of_the_database_are_scanned_by_sql_as_before(tmp_path):
    # Columns that are neither free text nor links (codes, names of the reference tables): DuckDB finds the
    # forbidden characters; the report is the one the Python scan gives (same cells, same code points).
    from assets.lib.privacy import _scan_duckdb, find_unsafe_cells

    rows = {"code_commune_insee": ["75056", "13\u202e055", "69123", None],
            "nom_commune": ["Paris", "Marseille", "Ly\x00on", "Nice\u2028"],
            "codes_postaux": ["75001|75002", "", "69001", "06000\t"],
            "titre": ["Forum", "Forum", "jean@gmail.com", None]}
    target = tmp_path / "mois_ess.duckdb"
    with duckdb.connect(str(target)) as con:
        con.register("frame", pd.DataFrame(rows))
        con.execute("CREATE TABLE communes AS SELECT * FROM frame")
        con.execute("CREATE TABLE propre AS SELECT 'Paris' AS nom_commune, 'x' AS code")
        con.execute("CREATE TABLE metadonnees AS SELECT 'description' AS cle, 'ligne 1\nligne 2' AS valeur")
    expected = [f"table communes, {p}" for p in find_unsafe_cells(pd.DataFrame(rows), formulas=False)]
    assert _scan_duckdb(target) == expected
    assert len(expected) == 5


def test_a_database_scanned_by_its_writer_reads_all_but_the_tables_loaded_clean(tmp_path):
    # The writer's scan skips the rows of the tables it loaded from files found clean (the caller's premise):
    # everything else, rows of the other tables and every comment, is scanned as the whole scan does.
    from assets.lib.privacy import _scan_duckdb, scan_duckdb_written

    target = tmp_path / "mois_ess.duckdb"
    with duckdb.connect(str(target)) as con:
        con.execute("CREATE TABLE evenements AS SELECT 'Forum' AS titre, 'https://ess.fr' AS url")
        con.execute("CREATE TABLE communes AS SELECT 'Ly\x00on' AS nom_commune")
        con.execute("COMMENT ON COLUMN evenements.titre IS 'Titre\u202e'")
    whole = _scan_duckdb(target)
    memo = tmp_path / "memo" / "scans.json"
    assert scan_duckdb_written(target, ["evenements"], memo) == whole
    assert [p.split(",")[0].split(" :")[0] for p in whole] == ["table communes", "commentaire evenements.titre"]
    # The skipped rows are not read: a contact there (against the premise) is not seen by the writer's scan.
    with duckdb.connect(str(target)) as con:
        con.execute("UPDATE evenements SET titre = 'jean@gmail.com'")
    assert scan_duckdb_written(target, ["evenements"], memo) == whole
    assert len(_scan_duckdb(target)) == len(whole) + 1


def test_files_are_scanned_clean_only_with_the_bytes_found_clean(tmp_path):
    from assets.lib.digest import sha256_file
    from assets.lib.privacy import remember_scan, scanned_clean

    memo = tmp_path / "memo" / "scans.json"
    clean, flagged, unknown = (tmp_path / f"{name}.parquet" for name in ("propre", "signale", "inconnu"))
    for path in (clean, flagged, unknown):
        path.write_bytes(path.name.encode())
    remember_scan(memo, clean, sha256_file(clean), [])
    remember_scan(memo, flagged, sha256_file(flagged), ["ligne 2, champ titre : adresse électronique"])
    assert scanned_clean(memo, [clean, flagged, unknown]) == {clean}
    clean.write_bytes(b"autre contenu")  # other bytes than those scanned
    assert scanned_clean(memo, [clean, flagged, unknown]) == set()


@pytest.mark.parametrize("multiline", [False, True])
def test_plain_column_verdicts_over_arrow_are_the_rules_own(multiline):
    # The rules of a column that is neither free text nor a link, over an Arrow array, against the rules
    # themselves: every BMP code point (surrogates aside) and a spread of the others, alone and inside a text,
    # and texts that start as a formula does (numbers, signs, full-width signs, tab, CR, @).
    from assets.lib.privacy import _plain_verdicts, _rule_set

    points = [p for p in [*range(0x10000), *range(0x10000, 0x110000, 251), 0x10FFFF] if not 0xD800 <= p < 0xE000]
    texts = [chr(p) if p % 2 else f"a{chr(p)}b" for p in points]
    starts = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
    texts += [f"{s}{t}" for s in starts for t in ["", "1", "1.5", "-1.677793", "33 1 23 45 67 89", "SUM(A1)", ".5",
                                                 "1e5", "1e", " 1", "x", "\n", "1\t", "0x1F"]]
    texts += ["-1.677793", "+33", "1.5", "48.11", " =1", "a=1", "", "2019-11-14", "mess-2019-0123456789"]
    rules = _rule_set(multiline, False, False)
    expected = [[bool(test(text)) for _, test in rules] for text in texts]
    assert _plain_verdicts(texts, multiline).tolist() == expected
    assert sum(row[0] for row in expected) > 60 and sum(row[1] for row in expected) > 60
    assert _plain_verdicts(["ok", "\ud800"], multiline) is None  # no Arrow array: the rules run one by one


@pytest.mark.parametrize("change", ["unsafe in a changed edition", "clean change", "table added", "no change"])
def test_the_database_scanned_by_edition_reports_what_a_whole_scan_reports(tmp_path, change):
    # The database scanned once with its slices remembered, then rewritten with one edition changed: only the
    # changed slices are read, and the report (rows numbered in the whole table) is that of a scan of every row.
    from assets.lib.privacy import DUCKDB_SLICES
    from assets.lib.state import read_state

    def database(folder, titles: dict[int, list[str]], extra: bool = False) -> None:
        folder.mkdir(exist_ok=True)
        (folder / "mois_ess.duckdb").unlink(missing_ok=True)
        frame = pd.DataFrame([{"identifiant": f"mess-{year}-{i:010x}", "edition": year, "titre": title,
                               "code_commune_insee": "75056"} for year, texts in titles.items()
                              for i, title in enumerate(texts)])
        with duckdb.connect(str(folder / "mois_ess.duckdb")) as con:
            con.register("frame", frame)
            con.execute("CREATE TABLE evenements AS SELECT * FROM frame")
            con.execute("CREATE TABLE regions AS SELECT '84' AS code_region, 'Auvergne' AS nom_region")
            if extra:
                con.execute("CREATE TABLE communes AS SELECT '13\u202e055' AS code_commune")

    titles = {2018: ["Forum", "Atelier"], 2019: ["Repair café", "Ciné-débat"], 2020: ["Marché", "Visite"]}
    memo = tmp_path / "memo" / "scans.json"
    memo.parent.mkdir()
    database(tmp_path / "by_slices", titles)
    assert scan_publication(tmp_path / "by_slices", memo=memo) == []
    assert set(read_state(memo.with_name(DUCKDB_SLICES))["mois_ess.duckdb"]["evenements"]) == {"2018", "2019", "2020"}
    if change == "unsafe in a changed edition":
        titles[2019] = ["Repair café", "Écrire à jean@gmail.com"]
    elif change == "clean change":
        titles[2019] = ["Repair café : nouvelle formule", "Ciné-débat"]
    database(tmp_path / "by_slices", titles, extra=change == "table added")
    database(tmp_path / "whole", titles, extra=change == "table added")
    found = scan_publication(tmp_path / "by_slices", memo=memo)
    assert found == scan_publication(tmp_path / "whole")
    assert bool(found) == (change in ("unsafe in a changed edition", "table added"))
    if change == "unsafe in a changed edition":
        assert found == ["mois_ess.duckdb : table evenements, ligne 5, champ titre : adresse électronique"]


def test_the_clean_pieces_of_a_table_not_cut_this_time_are_kept(tmp_path):
    """A run that copies a CSV as published (no pieces cut) must not forget the pieces found clean before: the next
    run with one edition changed would scan the whole table again."""
    from assets.lib.privacy import clean_pieces, remember_clean_pieces

    memo, header = tmp_path / "scanned_pieces.json", ["identifiant", "titre"]
    remember_clean_pieces(memo, {"evenements": (header, {"2019": "a1", "2020": "b1"})})
    remember_clean_pieces(memo, {})  # the CSV was copied as published
    assert clean_pieces(memo, "evenements", header) == {"2019": "a1", "2020": "b1"}
    remember_clean_pieces(memo, {"evenements": (header, {"2019": "a2", "2020": "b1"}), "laureats": (header, {})})
    assert clean_pieces(memo, "evenements", header) == {"2019": "a2", "2020": "b1"}
    assert clean_pieces(memo, "evenements", ["identifiant"]) == {}  # another header: nothing known clean


def test_a_link_carrying_a_contact_however_written_is_caught():
    """The audit reads links as the cleaning does (text.contact_in_url): an address obfuscated or percent-encoded in
    them, or a phone number in a parameter named for one, holds the release back; a ten-digit identifier does not."""
    frame = pd.DataFrame({"url": ["https://example.org/contact/jean.dupont(at)gmail.com",
                                  "https://www.helloasso.com/form?email=p5q%40gmail.com",
                                  "https://example.org/?tel=0612345619", "https://example.org/event/0612345678"]})
    assert sorted(find_unsafe_cells(frame)) == [
        "ligne 2, champ url : adresse électronique",
        "ligne 2, champ url : coordonnées dans le lien",
        "ligne 3, champ url : adresse électronique",  # « %40 » is an « @ » however written
        "ligne 3, champ url : coordonnées dans le lien",
        "ligne 4, champ url : coordonnées dans le lien",
    ]


def test_typed_ampersands_are_text_and_open_tags_markup():
    frame = pd.DataFrame({"titre": ["Entrée libre&nbps;!", "R&D; atelier", "Tom &amp; Jerry", "<img src=x onerror=y",
                                    "\u200b=1+1", "<?php echo 'x'; ?> Texte"]})
    assert sorted(find_unsafe_cells(frame)) == [
        "ligne 4, champ titre : balise ou entité HTML",
        "ligne 5, champ titre : balise ou entité HTML",
        "ligne 6, champ titre : caractère interdit (U+200B)",
        "ligne 6, champ titre : formule de tableur",
        "ligne 7, champ titre : balise ou entité HTML",
    ]


@pytest.mark.parametrize(("given", "published"), [
    ("989b01228f1b@cress-na.example.org", "989b01228f1b@cress-na.example.org"),  # a generated UID and its host
    ("recurrent-e2018-00167@cress-na.example.org#2018-11-03T14:30:00+01:00", None),
    ("l27024e0272415257", None), ("PDL2019-0064", None), ("10771237", None),
    ("20191112T140000-i1-jean.dupont@orange.fr", "empreinte-"),  # a UID built from its author's address
    ("contact@ge-probe.fr", "empreinte-"), ("06 12 34 56 63", "empreinte-"), ("0612345654", "empreinte-"),
    # A calendar's UID is free text: markup in it would be the one published text left with a tag.
    ("<script>alert(1)</script>@cress.example.org", "empreinte-"), ("evt-12<b>", "empreinte-"),
    ("a>b", "empreinte-"),
])
def test_a_source_identifier_holding_a_contact_is_published_as_its_digest(given, published):
    from assets.lib.privacy import published_identifier, published_identifiers, published_merged_sources

    assert published_identifiers(pd.Series([given, "10771237"])).tolist() == [published_identifier(given), "10771237"]

    got = published_identifier(given)
    if published == "empreinte-":
        assert got.startswith("empreinte-") and len(got) == 26 and got == published_identifier(given)
        assert published_merged_sources(f"cress-hdf-ical:{given}|plateforme:60225") == \
            f"cress-hdf-ical:{got}|plateforme:60225"
    else:
        assert got == given


def test_no_published_identifier_reads_as_a_phone_number():
    """An identifier's digest was the first ten hexadecimal characters of a SHA-1: about one in a hundred were ten
    digits (« mess-2019-0787287057 »), which anyone scanning open data reads as a phone number. Those take the first
    run of ten holding a letter; every other identifier keeps its digest."""
    import hashlib
    import re

    from assets.lib.normalize import event_identifier
    from assets.lib.sources.laureats import Laureat

    keys = [f"plateforme:{number}" for number in range(3000)]
    digits_only = [key for key in keys if hashlib.sha1(key.encode()).hexdigest()[:10].isdigit()]
    assert len(digits_only) >= 10
    phone = re.compile(r"(?<!\d)\d{10}(?!\d)")
    for key in keys:
        identifier = event_identifier(2019, *key.split(":"))
        assert re.fullmatch(r"mess-2019-[0-9a-f]{10}", identifier) and not phone.search(identifier), identifier
        if key not in digits_only:  # unchanged
            assert identifier == f"mess-2019-{hashlib.sha1(key.encode()).hexdigest()[:10]}"
        else:
            assert identifier[10:] in hashlib.sha1(key.encode()).hexdigest()
    laureates = [Laureat(edition=2019, niveau="national", code_region=None, region=None, categorie="utilite_sociale",
                          categorie_libelle="Utilité sociale", nom_initiative=f"Initiative {number}", structure=None,
                          commune=None, code_postal=None, description=None, url=None) for number in range(3000)]
    assert not [laureate.identifiant for laureate in laureates if phone.search(laureate.identifiant)]


def test_many_report_pages_are_scanned_by_two_processes_as_by_one(tmp_path, monkeypatch):
    """A full report's pages are scanned half in a forked worker: the same problems, in the same order, and the
    memo keeps the pages read (not the unreadable one, read again next time)."""
    import os

    from assets.lib import privacy

    report = tmp_path / "release" / "rapport"
    report.mkdir(parents=True)
    for edition in range(2008, 2016):
        body = f"Édition {edition}" + (", jean.dupont@example.org" if edition % 3 == 0 else "")
        (report / f"edition-{edition}.html").write_text(f"<html><body><p>{body}</p></body></html>", encoding="utf-8")
    (report / "edition-2016.html").write_bytes(b"<p>\xff\xfe</p>")  # not UTF-8
    scanned_by, scan_html = tmp_path / "processes", privacy._scan_html

    def recorded_scan_html(path):
        with scanned_by.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return scan_html(path)

    monkeypatch.setattr(privacy, "_scan_html", recorded_scan_html)
    monkeypatch.setitem(privacy.SCANNERS, ".html", recorded_scan_html)
    found = {}
    for split in (100, 2):
        monkeypatch.setattr(privacy, "SPLIT_PAGES", split)
        scanned_by.write_text("")
        found[split] = scan_publication(tmp_path / "release", memo=tmp_path / f"memo-{split}.json")
        assert len(scanned_by.read_text().split()) == 9
    assert found[2] == found[100] and len(found[2]) == 3 and "illisible" in found[2][-1]
    assert len(set(scanned_by.read_text().split())) == 2
    scanned_by.write_text("")
    assert scan_publication(tmp_path / "release", memo=tmp_path / "memo-2.json") == found[100]
    assert scanned_by.read_text().split() == [str(os.getpid())]  # the unreadable page alone, read again
