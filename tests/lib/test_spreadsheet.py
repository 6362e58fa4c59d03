"""Spreadsheet source: CSV/XLSX reading with per-source columns, French dates, drift reports, HTTP fetch."""

from __future__ import annotations

import csv
import http.server
import io
import json
import zipfile
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import openpyxl.reader.excel
import openpyxl.styles
import pytest
from openpyxl.worksheet._reader import WorksheetReader

from assets.lib.decoding import decode_lines
from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.normalize import normalize_candidate
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.spreadsheet import (
    PATTERNS,
    SourceSchemaError,
    SpreadsheetOptions,
    _inline_string_reader,
    _load_workbook,
    _ods_tables,
    _xlsx_tables,
    every_process_reads_a_workbook,
    fetch_spreadsheet_edition,
    map_spreadsheet_event,
    map_spreadsheet_events,
    month_first_table,
    parse_schedule,
    read_spreadsheet_snapshot,
    row_identifier,
)
from tests.http_helpers import QuietHandler, serving
from tests.snapshots import dropped_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tableur"
NOW = datetime(2019, 12, 1, 6, 0, 0, tzinfo=UTC)

BRETAGNE = {  # the Windows-1252, `;` export of the CRESS Bretagne tool
    "colonnes": {
        "titre": "Intitulé", "date_debut": "Date", "horaires": "Horaires", "lieu": "Lieu",
        "adresse": "Adresse", "code_postal": ["CP", "Code postal"], "commune": "Ville",
        "organisateur": "Organisateur", "type_evenement": "Type", "thematiques": "Thématiques",
        "publics": "Public",
    },
}
AURA = {  # the UTF-8 (BOM), `,` archive of CRESS AURA, other header names
    "colonnes": {
        "identifiant": "ID", "titre": "Nom de l'événement", "date_debut": "Date de début",
        "date_fin": "date de fin", "heure_debut": "Heure de début", "heure_fin": "Heure de fin",
        "lieu": "Lieu", "commune": "Commune", "organisateur": "Structure organisatrice",
        "categories": "Catégories", "url": "Lien",
    },
}
OCCITANIE = {
    "colonnes": {"titre": "Titre", "date_debut": "Date", "heure_debut": "Début", "heure_fin": "Fin",
                 "commune": "Commune", "organisateur": "Organisateur", "publics": "Public"},
}


def snapshot(tmp_path: Path, *names: str) -> Path:
    return dropped_snapshot(tmp_path, FIXTURES, *names)


def read(folder: Path, options: dict, source: str = "cress-test"):
    return read_spreadsheet_snapshot(folder, source=source, edition=2019, options=options)


def workbook_bytes() -> bytes:
    """An XLSX as CRESS tools export it: a title row, typed date and time cells, a second sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Programme"
    sheet.append(["Mois de l'ESS 2019 – CRESS Occitanie"])
    sheet.append([])
    sheet.append(["Titre", "Date", "Début", "Fin", "Commune", "Code postal", "Organisateur", "Public"])
    sheet.append(["Visite d'une SCOP", datetime(2019, 11, 7), time(10, 0), time(12, 0), "Toulouse", 31000,
                  "SCOP Ingénierie", "Tout public, Étudiants"])
    sheet.append(["Forum de l'emploi", datetime(2019, 11, 14, 9, 30), None, time(17, 0), "Montpellier", 34000,
                  "CRESS Occitanie", "Demandeurs d'emploi"])
    sheet.append(["Café-débat", "19/11/2019", "18h", "20h", "Foix", 9000, "Ariège Solidaire", None])
    sheet.append([None] * 8)
    sheet.append(["Atelier compost", date(2019, 11, 23), None, None, "Albi", 81000, None, "Familles"])
    archive = workbook.create_sheet("Archives 2018")
    archive.append(["Titre", "Date", "Commune"])
    archive.append(["Forum 2018", datetime(2018, 11, 15), "Toulouse"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------- read


def test_windows_1252_semicolon_export_with_french_dates(tmp_path):
    records, problems, reports = read(snapshot(tmp_path, "cress-bretagne-2019.csv"), BRETAGNE)

    (report,) = reports
    assert (report.encoding, report.delimiter, report.header_row, report.rows) == ("cp1252", ";", 2, 6)
    assert report.vanished == () and report.appeared == ()
    # A shifted row (an unquoted ';' in a cell) is reported with its line; the blank line is skipped.
    assert [(p.file, p.position, p.reason) for p in problems] == [
        ("cress-bretagne-2019.csv", 5,
         "ligne décalée : ligne 9, 13 cellules remplies pour 11 colonnes "
         "(un séparateur dans une cellule sans guillemets ?)")]
    candidates = [map_spreadsheet_event(r.payload, BRETAGNE, edition=2019) for r in records]
    assert [(c["titre"], c["date_debut"], c["date_fin"]) for c in candidates] == [
        ("Atelier réparation", "2019-11-12T14:00:00", "2019-11-12T17:30:00"),  # 12 novembre 2019 + 14h-17h30
        ("Forum de l'ESS", "2019-11-14T09:00:00", "2019-11-14T17:00:00"),  # 14/11/2019 + de 9h à 17h
        # "20h-1h" written in the date cell: the end is the next day.
        ("Ciné-débat « Les coopératives »", "2019-11-19T20:00:00", "2019-11-20T01:00:00"),
        ("Petit-déjeuner des SCOP", "2019-11-21T08:30:00", None),  # 21/11/19 + 8h30
        ("Marché de Noël solidaire", "à définir", None),  # kept as written: quarantined downstream
        ("Conférence égalité femmes-hommes", "2019-11-26T18:00:00", "2019-11-26T20:00:00"),  # 26 nov. 2019
    ]
    first = candidates[0]
    assert first["thematiques"] == ["Économie circulaire", "Réemploi"]
    assert candidates[1]["thematiques"] == ["Emploi", "Insertion"] and candidates[1]["publics"] == [
        "Professionnels", "Étudiants"]
    place = (first["lieu"], first["adresse"], first["code_postal"], first["commune"], first["organisateur"])
    assert place == ("Maison des associations", "6 cours des Alliés", "35000", "Rennes", "Répar'Tout")
    assert first["type_evenement"] == "Atelier"
    assert records[0].payload["Intitulé"] == "Atelier réparation"  # the row as written, original headers


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                          ("utf-16-le", b""), ("utf-16-be", b"")])
def test_an_excel_unicode_text_export_reads_like_its_windows_1252_twin(tmp_path, codec, bom):
    # Excel's « Texte Unicode (*.txt) »: UTF-16 (with its BOM, or without when another tool wrote it), tab-separated.
    # Read as Windows-1252 line by line, its NULs gave headers matching nothing and the snapshot was set aside.
    expected, expected_problems, _ = read(snapshot(tmp_path, "cress-bretagne-2019.csv"), BRETAGNE)
    text, _ = decode_lines((FIXTURES / "cress-bretagne-2019.csv").read_bytes())
    folder = tmp_path / "unicode"
    folder.mkdir()
    (folder / "agenda.txt").write_bytes(bom + text.encode(codec))

    records, problems, reports = read(folder, BRETAGNE)

    assert [r.payload for r in records] == [r.payload for r in expected]
    assert [p.reason for p in problems] == [p.reason for p in expected_problems]
    assert reports[0].encoding == ("utf-16" if bom else codec)


def test_utf8_bom_comma_archive_with_other_headers(tmp_path):
    records, problems, reports = read(snapshot(tmp_path, "cress-aura-2019.csv"), AURA)
    assert problems == []
    assert (reports[0].encoding, reports[0].delimiter) == ("utf-8-sig", ",")
    assert reports[0].matched["code_postal"] == "Code postal"  # unconfigured key matched by its own name
    assert [r.source_record_id for r in records] == ["AURA-001", "AURA-002", "AURA-003"]  # the ID column
    candidates = [KINDS["tableur"].map_event(r.payload, AURA, None) for r in records]
    assert [(c["titre"], c["date_debut"], c["date_fin"]) for c in candidates] == [
        ("Repair café de la Croix-Rousse", "2019-11-16T14:00:00", "2019-11-16T17:30:00"),
        ("Salon de l'ESS, édition 2019", "2019-11-22T09:00:00", "2019-11-23T18:00:00"),
        ("Portes ouvertes de la SCOP Ardelaine", "2019-11-08", "2019-11-10"),  # du 8 au 10 novembre 2019
    ]
    assert candidates[0]["categories"] == ["Atelier", "Économie circulaire"]
    assert candidates[1]["categories"] == ["Forum", "salon"]
    assert candidates[2]["code_postal"] == "07190"  # text cells keep the leading zero
    assert candidates[0]["source_identifiant"] == "AURA-001"


def test_xlsx_with_title_row_typed_cells_and_sheets(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "programme-occitanie.xlsx").write_bytes(workbook_bytes())

    records, problems, reports = read(folder, OCCITANIE)

    # The later sheet holding the required columns too is named, not read (nor silently passed over).
    assert [(p.file, p.position) for p in problems] == [("programme-occitanie.xlsx", None)]
    assert problems[0].reason.startswith("feuille « Archives 2018 » non lue (2 ligne(s) remplie(s))")
    (report,) = reports
    assert (report.sheet, report.header_row, report.rows, report.encoding) == ("Programme", 3, 4, None)
    assert records[0].payload == {"Titre": "Visite d'une SCOP", "Date": "2019-11-07", "Début": "10:00",
                                  "Fin": "12:00", "Commune": "Toulouse", "Code postal": 31000,
                                  "Organisateur": "SCOP Ingénierie", "Public": "Tout public, Étudiants"}
    candidates = [map_spreadsheet_event(r.payload, OCCITANIE) for r in records]
    assert [(c["date_debut"], c["date_fin"]) for c in candidates] == [
        ("2019-11-07T10:00:00", "2019-11-07T12:00:00"),
        ("2019-11-14T09:30:00", "2019-11-14T17:00:00"),  # a date-time cell and an end-time cell
        ("2019-11-19T18:00:00", "2019-11-19T20:00:00"),  # text cells
        ("2019-11-23", None),
    ]
    assert candidates[2]["code_postal"] == "9000"  # a number cell lost the zero; the normaliser pads it
    assert candidates[0]["publics"] == ["Tout public", "Étudiants"]

    archives, _, reports = read(folder, {**OCCITANIE, "feuille": "Archives 2018",
                                         "colonnes_obligatoires": ["titre"]})
    assert [r.payload["Titre"] for r in archives] == ["Forum 2018"] and reports[0].sheet == "Archives 2018"
    assert set(reports[0].vanished) == {"heure_debut", "heure_fin", "organisateur", "publics"}


def test_a_cover_sheet_before_the_agenda_is_passed_over_when_no_sheet_is_configured(tmp_path):
    # Found by reading workbooks as CRESS send them: « Consignes » first, the agenda second; the first sheet alone
    # was read, and the whole snapshot was set aside for a missing « Titre ».
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes()))
    cover = workbook.create_sheet("Consignes", 0)
    cover.append(["Merci de remplir une ligne par événement (titre, date, commune)."])
    cover.append(["Contact : la CRESS"])
    workbook.create_sheet("Feuil3")  # Excel's empty default sheet
    folder = tmp_path / "export"
    folder.mkdir()
    buffer = io.BytesIO()
    workbook.save(buffer)
    (folder / "programme.xlsx").write_bytes(buffer.getvalue())

    records, problems, reports = read(folder, OCCITANIE)

    assert [r.sheet for r in reports] == ["Programme"] and len(records) == 4
    assert [p.reason.split(" non lue")[0] for p in problems] == ["feuille « Archives 2018 »"]
    only_cover = tmp_path / "only-cover"
    only_cover.mkdir()
    del workbook["Programme"], workbook["Archives 2018"]
    workbook.save(only_cover / "programme.xlsx")
    with pytest.raises(SourceSchemaError, match="Consignes"):  # no sheet holds them: the first one is named
        read(only_cover, OCCITANIE)


def _formatted_to_the_last_cell(merged_title: bool) -> bytes:
    """The Occitanie workbook as a sheet often comes back from an office suite: a fill applied to whole columns
    (thousands of empty styled cells), a border on the sheet's very last cell XFD1048576, the title row merged."""
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes()))
    sheet = workbook["Programme"]
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFFFCC")
    for row in range(1, 5001):
        for column in (1, 12):
            sheet.cell(row, column).fill = fill
    sheet.cell(1_048_576, 16_384).border = openpyxl.styles.Border(bottom=openpyxl.styles.Side("thin"))
    if merged_title:
        sheet.merge_cells("A1:H1")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("merged_title", [False, True], ids=["values-kept", "openpyxl-cells"])
def test_a_sheet_formatted_to_its_last_cell_reads_its_rows_of_values_only(tmp_path, merged_title):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "programme-occitanie.xlsx").write_bytes(workbook_bytes())
    expected, expected_problems, _ = read(folder, OCCITANIE)
    (folder / "programme-occitanie.xlsx").write_bytes(_formatted_to_the_last_cell(merged_title))

    records, problems, reports = read(folder, OCCITANIE)  # walking its grid was a million rows of 16,384 cells

    assert problems == expected_problems and [r.payload for r in records] == [r.payload for r in expected]
    assert reports[0].header_row == 3 and len(reports[0].columns) == 8  # no colonne_9..colonne_16384


def test_missing_required_column_names_source_file_and_column(tmp_path):
    folder = snapshot(tmp_path, "cress-sans-date.csv")
    with pytest.raises(SourceSchemaError) as raised:
        read(folder, BRETAGNE, source="cress-bretagne")
    message = str(raised.value)
    assert message.startswith("colonne obligatoire absente : date_debut")
    assert message.endswith("(source cress-bretagne, fichier cress-sans-date.csv)")
    assert "Date" in message
    assert raised.value.missing == ["date_debut"] and raised.value.file == "cress-sans-date.csv"


def test_an_explicit_empty_required_list_requires_nothing(tmp_path):
    folder = snapshot(tmp_path, "cress-sans-date.csv")
    records, problems, (report,) = read(folder, {**BRETAGNE, "colonnes_obligatoires": []})
    assert problems == [] and len(records) == report.rows > 0
    assert "date_debut" not in report.matched
    with pytest.raises(SourceSchemaError):  # an absent option still means titre and date_debut
        read(folder, BRETAGNE)


def test_schema_drift_is_reported(tmp_path):
    folder = snapshot(tmp_path, "cress-bretagne-2019-nouvelle-maquette.csv")
    records, problems, reports = read(folder, BRETAGNE, source="cress-bretagne")
    assert len(records) == 1 and problems == []
    (report,) = reports
    assert report.vanished == ("publics",)  # "Public" was configured, it is gone
    assert report.appeared == ("Accessibilité PMR",)  # new, mapped to nothing
    assert report.warnings() == [
        "cress-bretagne: cress-bretagne-2019-nouvelle-maquette.csv: colonne configurée « publics » absente",
        "cress-bretagne: cress-bretagne-2019-nouvelle-maquette.csv: nouvelle colonne « Accessibilité PMR » "
        "non reconnue",
    ]
    assert report.to_row()["appeared"] == "Accessibilité PMR"
    _, _, quiet = read(folder, {**BRETAGNE, "colonnes_ignorees": ["accessibilite pmr"]})
    assert quiet[0].appeared == ()


def test_unreadable_tables_are_problems_not_crashes(tmp_path):
    folder = snapshot(tmp_path, "cress-aura-2019.csv")
    (folder / "b-cut.xlsx").write_bytes(workbook_bytes()[:500])
    (folder / "c-legacy.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (folder / "d-empty.csv").write_bytes(b"\r\n\r\n")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    records, problems, _ = read(folder, AURA)
    assert len(records) == 3
    assert [(p.file, p.position) for p in problems] == [("b-cut.xlsx", None), ("c-legacy.xlsx", None),
                                                         ("d-empty.csv", None)]
    assert problems[1].reason.startswith("tableau illisible : ") and problems[2].reason == "aucune ligne remplie"


def test_unknown_column_keys_are_a_configuration_error(tmp_path):
    with pytest.raises(ValueError, match="date_de_debut"):
        read(snapshot(tmp_path, "cress-aura-2019.csv"), {"colonnes": {"date_de_debut": "Date"}})


# ------------------------------------------------------------------------------------------- ids


def test_row_ids_survive_inserted_rows_and_differ_between_events(tmp_path):
    original, _, _ = read(snapshot(tmp_path, "cress-bretagne-2019.csv"), BRETAGNE)
    lines = (FIXTURES / "cress-bretagne-2019.csv").read_bytes().split(b"\r\n")
    inserted = b"Nouvel atelier;13/11/2019;10h;Ailleurs;;35000;Rennes;X;Atelier;;"
    folder = tmp_path / "inserted"
    folder.mkdir()
    (folder / "cress-bretagne-2019.csv").write_bytes(b"\r\n".join([*lines[:2], inserted, *lines[2:]]))
    shifted, _, _ = read(folder, BRETAGNE)

    before = {r.payload["Intitulé"]: r.source_record_id for r in original}
    after = {r.payload["Intitulé"]: r.source_record_id for r in shifted}
    assert {title: after[title] for title in before} == before
    assert len(set(after.values())) == len(after)
    assert all(len(i) == 17 and i.startswith("l") for i in after.values())


def test_row_id_ignores_case_spacing_and_non_identity_cells():
    row = {"Intitulé": "Atelier  réparation", "Date": "12/11/2019", "Thématiques": "Réemploi"}
    same = {"Intitulé": "atelier réparation ", "Date": "12/11/2019", "Thématiques": "Autre thème"}
    other = {"Intitulé": "Atelier réparation", "Date": "13/11/2019", "Thématiques": "Réemploi"}
    assert row_identifier(row, BRETAGNE) == row_identifier(same, BRETAGNE)
    assert row_identifier(row, BRETAGNE) != row_identifier(other, BRETAGNE)


# ----------------------------------------------------------------------------------- dates, times


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"date_cell": "12 novembre 2019"}, ("2019-11-12", None)),
        ({"date_cell": "mardi 1er novembre 2019"}, ("2019-11-01", None)),
        ({"date_cell": "12 NOV 2019"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/19"}, ("2019-11-12", None)),
        ({"date_cell": "12.11.2019"}, ("2019-11-12", None)),
        ({"date_cell": "2019-11-12"}, ("2019-11-12", None)),
        ({"date_cell": "2019-11-12T14:30:00"}, ("2019-11-12T14:30:00", None)),
        ({"date_cell": 43781}, ("2019-11-12", None)),  # an Excel serial number in a CSV
        # A date cell exported as a date-time: midnight alone is no start time; a night's start with its end is one.
        ({"date_cell": "12/11/2019 00:00"}, ("2019-11-12", None)),
        ({"date_cell": "2019-11-12 00:00:00"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "0h-2h"}, ("2019-11-12T00:00:00", "2019-11-12T02:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "14h"}, ("2019-11-12T14:00:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "14h30"}, ("2019-11-12T14:30:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "14:30"}, ("2019-11-12T14:30:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "14h-17h30"},
         ("2019-11-12T14:00:00", "2019-11-12T17:30:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "de 14h à 17h30"},
         ("2019-11-12T14:00:00", "2019-11-12T17:30:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "14 h 00 – 17 h 30"},
         ("2019-11-12T14:00:00", "2019-11-12T17:30:00")),
        ({"date_cell": "12 novembre 2019 de 14h à 17h30"}, ("2019-11-12T14:00:00", "2019-11-12T17:30:00")),
        ({"date_cell": "du 12/11/2019 au 14/11/2019"}, ("2019-11-12", "2019-11-14")),
        ({"date_cell": "12/11/2019", "end_date_cell": "13/11/2019", "start_time_cell": "09:00",
          "end_time_cell": "12:00"}, ("2019-11-12T09:00:00", "2019-11-13T12:00:00")),
        ({"date_cell": "12 novembre", "year_hint": 2019}, ("2019-11-12", None)),
        ({"date_cell": "12 novembre"}, ("12 novembre", None)),  # no year anywhere: left as written
        ({"date_cell": "31/11/2019"}, ("31/11/2019", None)),  # impossible date: left as written
        ({"date_cell": None}, (None, None)),
        # Found by writing date cells as exports and people do: Excel's French short date, year-first with
        # slashes, and lists of days (« 12 et 13/11/2019 » started on the 13th, « 12, 13 et 14 novembre » ended
        # on the 13th).
        ({"date_cell": "12-nov.-19"}, ("2019-11-12", None)),
        ({"date_cell": "12-nov-2019", "hours_cell": "18h"}, ("2019-11-12T18:00:00", None)),
        ({"date_cell": "12 nov 19h", "year_hint": 2019}, ("2019-11-12T19:00:00", None)),  # 19h, not 2019
        ({"date_cell": "2019/11/12"}, ("2019-11-12", None)),
        ({"date_cell": "2019.11.12 18:30"}, ("2019-11-12T18:30:00", None)),
        ({"date_cell": "12 et 13/11/2019"}, ("2019-11-12", "2019-11-13")),
        ({"date_cell": "12-14/11", "year_hint": 2019}, ("2019-11-12", "2019-11-14")),
        ({"date_cell": "12, 13 et 14 novembre 2019"}, ("2019-11-12", "2019-11-14")),
        ({"date_cell": "1er et 2 décembre 2019", "hours_cell": "10h-17h"},
         ("2019-12-01T10:00:00", "2019-12-02T17:00:00")),
        # Hours as people write them: the doors' time is no start nor end (« 14h30 (accueil dès 14h) » ended the
        # next day at 14h), a day in two halves runs to its last end, an end alone is no start.
        ({"date_cell": "12/11/2019", "hours_cell": "14h30 (accueil dès 14h)"}, ("2019-11-12T14:30:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "accueil 9h, début 9h30, fin 12h"},
         ("2019-11-12T09:30:00", "2019-11-12T12:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "14h-17h (ouverture des portes 13h45)"},
         ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "9h-12h / 14h-17h"}, ("2019-11-12T09:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "de 9h30 à 12h et de 14h à 17h"},
         ("2019-11-12T09:30:00", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "jusqu'à 17h"}, ("2019-11-12", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "accueil à partir de 9h"}, ("2019-11-12T09:00:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "20h-1h"}, ("2019-11-12T20:00:00", "2019-11-13T01:00:00")),
        ({"date_cell": "12/11/2019", "start_time_cell": "14:30", "end_time_cell": "14:00"},
         ("2019-11-12T14:30:00", None)),  # an end before the start, not in the night: not known
        # Hours in words and on a 12-hour clock (an English-language export): « midi » was skipped, so « de midi à
        # 14h » started at 14h; « 2:30 PM » read 02:30.
        ({"date_cell": "12/11/2019", "hours_cell": "de midi à 14h"}, ("2019-11-12T12:00:00", "2019-11-12T14:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "18h-minuit"}, ("2019-11-12T18:00:00", "2019-11-13T00:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "2:30 PM - 4 PM"}, ("2019-11-12T14:30:00", "2019-11-12T16:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "9am-12pm"}, ("2019-11-12T09:00:00", "2019-11-12T12:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "Amidon, 14h"}, ("2019-11-12T14:00:00", None)),
        # « Après-midi » is a part of the day, not noon: it was read as « après-12h », a start at 12:00 the event
        # does not have (a sheet saying when in words where it has no time).
        ({"date_cell": "12/11/2019", "hours_cell": "Après-midi"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "apres midi"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "l'après-midi, de 14h à 17h"},
         ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        # Month first, as an English-language export writes it: when the day-first reading is impossible, or falls
        # outside the autumn while the month-first one is a November day (« 11/5/2019 » was published as 11 May).
        ({"date_cell": "11/25/2019"}, ("2019-11-25", None)),
        ({"date_cell": "11/5/2019", "hours_cell": "10 am"}, ("2019-11-05T10:00:00", None)),
        ({"date_cell": "05/11/2019"}, ("2019-11-05", None)),
        ({"date_cell": "11/12/2019"}, ("2019-12-11", None)),  # both autumn days: day first, as French cells are
        # Days of the week between a range's days (« du mardi 12 au jeudi 14 » started on the 14th), and an
        # English-language export's dates, month first in words (« November 13, 2019 » was quarantined).
        ({"date_cell": "Du mardi 12 au jeudi 14 novembre 2019"}, ("2019-11-12", "2019-11-14")),
        ({"date_cell": "samedi 16 et dimanche 17 novembre 2019"}, ("2019-11-16", "2019-11-17")),
        ({"date_cell": "Wednesday, November 13, 2019", "hours_cell": "6:30 PM"}, ("2019-11-13T18:30:00", None)),
        ({"date_cell": "Nov. 13th 2019"}, ("2019-11-13", None)),
        ({"date_cell": "13 Nov 2019"}, ("2019-11-13", None)),
        ({"date_cell": "Tous les mardis de novembre", "year_hint": 2019}, ("Tous les mardis de novembre", None)),
        # A range's bare start, as French shorthand writes it: « 14-17h » started at 17h, « de 9 à 12h » at 12h.
        ({"date_cell": "12/11/2019", "hours_cell": "14-17h"}, ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "de 9 à 12h"}, ("2019-11-12T09:00:00", "2019-11-12T12:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "10-12h et 14-17h"}, ("2019-11-12T10:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "20 - 1h"}, ("2019-11-12T20:00:00", "2019-11-13T01:00:00")),
        ({"date_cell": "12/11/2019 14-17h"}, ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        # … not a room's number before the hour
        ({"date_cell": "12/11/2019", "hours_cell": "salle 3 - 14h"}, ("2019-11-12T14:00:00", None)),
        # Hours with a point, or four digits in a range: « 14.30 - 16.30 » and « 1430-1600 » were no hours at all.
        ({"date_cell": "12/11/2019", "hours_cell": "14.30 - 16.30"}, ("2019-11-12T14:30:00", "2019-11-12T16:30:00")),
        ({"date_cell": "12/11/2019", "hours_cell": "9.00"}, ("2019-11-12T09:00:00", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "1430-1600"}, ("2019-11-12T14:30:00", "2019-11-12T16:00:00")),
        ({"date_cell": "mardi 12 novembre 2019, 18.30"}, ("2019-11-12T18:30:00", None)),
        # … but not a price, a decimal or a span of years.
        ({"date_cell": "12/11/2019", "hours_cell": "participation 5.50 €"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "durée 1.5"}, ("2019-11-12", None)),
        ({"date_cell": "12/11/2019", "hours_cell": "programme 2019-2021"}, ("2019-11-12", None)),
        # A date-time with its offset (a database export) keeps it: « Z » is not Paris time.
        ({"date_cell": "2019-11-06T13:30:00Z"}, ("2019-11-06T13:30:00+00:00", None)),
        ({"date_cell": "2019-11-06 14:30+01:00", "end_date_cell": "2019-11-06T16:00:00+01:00"},
         ("2019-11-06T14:30:00+01:00", "2019-11-06T16:00:00+01:00")),
        # A date exported through an offset is a day, not a time: midnight in UTC (JavaScript's « 2019-11-12 ») or in
        # Paris (a day picked in France, stored in UTC; summer time in late October) was published as a midnight
        # start, and the sheet's hours column was dropped.
        ({"date_cell": "2019-11-11T23:00:00.000Z"}, ("2019-11-12", None)),
        ({"date_cell": "2019-11-12T00:00:00.000Z", "hours_cell": "14h-17h"},
         ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "2019-10-26T22:00:00Z", "end_date_cell": "2019-10-27T23:00:00Z"}, ("2019-10-27", "2019-10-28")),
        ({"date_cell": "2019-11-12T00:00:00+01:00", "hours_cell": "de 9h à 12h"},
         ("2019-11-12T09:00:00", "2019-11-12T12:00:00")),
        # A date written as a date-time at midnight (how pandas or a database exports a date) beside an hours column
        # or time cells: the hours were dropped.
        ({"date_cell": "2019-11-12 00:00:00", "hours_cell": "14h-17h"}, ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
        ({"date_cell": "2019-11-12 00:00:00", "start_time_cell": "14:30", "end_time_cell": "16:00"},
         ("2019-11-12T14:30:00", "2019-11-12T16:00:00")),
        # … and a night that starts at midnight, with its end, keeps its start; a time of day written in the date
        # cell stays the start.
        ({"date_cell": "12/11/2019 00:00", "end_date_cell": "13/11/2019 06:00"},
         ("2019-11-12T00:00:00", "2019-11-13T06:00:00")),
        ({"date_cell": "2019-11-12T23:30:00Z"}, ("2019-11-12T23:30:00+00:00", None)),
        # ISO 8601's basic form (an ERP's or a script's export) was unreadable; not any eight digits.
        ({"date_cell": "20191112", "hours_cell": "14h"}, ("2019-11-12T14:00:00", None)),
        ({"date_cell": 20191112}, ("2019-11-12", None)),
        ({"date_cell": "20191112T143000"}, ("2019-11-12T14:30:00", None)),
        ({"date_cell": "20191312"}, ("20191312", None)),
        ({"date_cell": "06123456"}, ("06123456", None)),
    ],
)
def test_parse_schedule(cells, expected):
    date_cell = cells.pop("date_cell")
    assert parse_schedule(date_cell, **cells) == expected


# ------------------------------------------------------------------------------------------ fetch


class TableServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), TableHandler)
        self.routes: dict[str, list[bytes]] = {}  # path -> bodies served in turn (the last one repeats)
        self.hits: list[str] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_port}{path}"


class TableHandler(QuietHandler):
    protocol_version = "HTTP/1.1"
    server: TableServer

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        bodies = self.server.routes.get(self.path)
        if not bodies:
            body, status = b"not found", 404
        else:
            body, status = (bodies.pop(0) if len(bodies) > 1 else bodies[0]), 200
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def tables():
    with serving(TableServer()) as httpd:
        yield httpd



def test_fetch_a_sheet_export_without_extension(tables, client, tmp_path):
    store = SnapshotStore(tmp_path / "raw", "cress-aura")
    body = (FIXTURES / "cress-aura-2019.csv").read_bytes()
    tables.routes["/spreadsheets/d/abc/export?format=csv"] = [body]
    path = fetch_spreadsheet_edition(client, tables.url("/spreadsheets/d/abc/export?format=csv"), 2019,
                                     store=store, now=NOW)
    assert (path / "tableau.csv").read_bytes() == body
    manifest = json.loads((path / "manifest.json").read_bytes())
    assert manifest["pages"][0]["records"] is None and store.verify(path) == 1
    assert store.latest_snapshot(2019, PATTERNS) == path
    records, _, _ = read_spreadsheet_snapshot(path, source="cress-aura", edition=2019, options=AURA)
    assert len(records) == 3


def test_fetch_retries_a_cut_workbook_then_keeps_its_name(tables, client, tmp_path):
    store = SnapshotStore(tmp_path / "raw", "cress-occitanie")
    workbook = workbook_bytes()
    tables.routes["/exports/programme-2019.xlsx"] = [workbook[:1000], workbook]
    path = fetch_spreadsheet_edition(client, tables.url("/exports/programme-2019.xlsx"), 2019, store=store,
                                     now=NOW, policy=RetryPolicy(sleep=lambda s: None))
    assert tables.hits.count("/exports/programme-2019.xlsx") == 2
    assert (path / "programme-2019.xlsx").read_bytes() == workbook


@pytest.mark.parametrize("body", [b"<!DOCTYPE html><html>Connexion requise</html>", b"   "])
def test_fetch_refuses_pages_that_are_not_tables(tables, client, tmp_path, body):
    store = SnapshotStore(tmp_path / "raw", "cress-aura")
    tables.routes["/agenda.csv"] = [body]
    with pytest.raises(FeedError, match="tableau illisible"):
        fetch_spreadsheet_edition(client, tables.url("/agenda.csv"), 2019, store=store, now=NOW,
                                  policy=RetryPolicy(retries=1, sleep=lambda s: None))
    assert store.latest_snapshot(2019, PATTERNS) is None


def test_dates_read_once_per_text_are_fresh_lists_each_time():
    from assets.lib.sources.spreadsheet import find_dates, find_times

    first, times, _ = find_dates("du 12 au 14 novembre 2019 14h", 2019)
    first.append("changed")
    times.append("changed")
    again, times_again, rest = find_dates("du 12 au 14 novembre 2019 14h", 2019)
    assert [d.isoformat() for d in again] == ["2019-11-12", "2019-11-14"] and times_again == []
    assert find_dates("12 novembre", 2019)[0] != find_dates("12 novembre", 2020)[0]
    hours = find_times("de 14h à 17h30")
    hours.clear()
    assert [t.isoformat() for t in find_times("de 14h à 17h30")] == ["14:00:00", "17:30:00"]
    assert find_dates(43781, 2019)[0] == find_dates("43781", 2019)[0]  # a number cell reads as its text


# ------------------------------------------------------------------------- XLSX fast inline strings

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HOSTILE_ROWS = (  # inline strings in every shape openpyxl reads, and the cells around them
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c><c r="B1" t="inlineStr"><is>'
    '<t xml:space="preserve">  Date\t</t></is></c><c r="C1" t="inlineStr"><is><t>Lieu &amp; &lt;b&gt;</t></is></c>'
    '<c r="E1" s="1"/></row>'
    '<row r="3"><c r="A3" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>runs</t></r></is></c>'
    '<c r="B3" s="1"><v>43781.5</v></c><c r="C3" t="inlineStr"><is/></c><c r="D3" t="inlineStr"/></row>'
    '<row r="4"><c r="A4" t="inlineStr"><is><t>phonetic</t><rPh sb="0" eb="1"><t>f</t></rPh></is></c>'
    '<c r="B4" t="inlineStr"><is><t/></is></c><c r="C4" t="inlineStr"><is><t>two</t><t>texts</t></is></c></row>'
    '<row><c t="inlineStr"><is><t>no reference</t></is></c><c t="inlineStr"><is><x:t>other ns</x:t></is></c>'
    '<c t="inlineStr"><is><t>nested <x:b>child</x:b> tail</t></is></c>'
    '<c t="inlineStr"><is><r><t>a</t></r></is></c></row>'
    '<row r="7"><c r="A7" t="inlineStr"><f>1+1</f><is><t>formula</t></is></c><c r="B7" t="inlineStr">'
    '<v>stored value</v><is><t>with v</t></is></c><c r="A7" t="inlineStr"><is><t>same cell again</t></is></c></row>'
    '<row r="8"><c r="C8" t="inlineStr" s="1"><is><t>12/11/2019</t></is></c><c r="F8"/></row>'
    '<row r="9"><c r="A9"><v>1.5</v></c><c r="B9" t="b"><v>1</v></c><c r="C9" t="e"><v>#N/A</v></c>'
    '<c r="D9" t="str"><v>text of a formula</v></c><c r="E9" t="inlineStr"><is><t>  </t></is></c></row>'
    '<row r="12"><c r="B12" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c></row>'
)


def _workbook_with_sheet(rows: str, tail: str = "") -> bytes:
    """A workbook saved by openpyxl (inline strings, a date style, two sheets) whose first sheet's cells are
    `rows` (sheetData XML) followed by `tail` (merged cells...), written as some exporters write them."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["shared text", datetime(2019, 11, 12)])
    workbook.create_sheet("Autre").append(["second", 2])
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = (f'<worksheet xmlns="{SHEET_NS}" xmlns:x="urn:example:other"><dimension ref="A1:B2"/>'
             f"<sheetData>{rows}</sheetData>{tail}</worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = sheet.encode() if item.filename == "xl/worksheets/sheet1.xml" else source.read(item)
            target.writestr(item, data)
    return out.getvalue()


def _tables_or_error(raw: bytes, fast: bool):
    try:
        return [(t.sheet, t.rows) for t in _xlsx_tables(raw, SpreadsheetOptions(), fast=fast)]
    except Exception as error:  # noqa: BLE001 - the error itself is compared
        return type(error), str(error)


@pytest.mark.parametrize("rows, tail", [
    (HOSTILE_ROWS, ""),
    (HOSTILE_ROWS, '<mergeCells count="1"><mergeCell ref="D8:G10"/></mergeCells>'),
    ('<row r="2"><c r="B2" t="inlineStr"><is a="1"><t>attribute on is</t></is></c></row>', ""),
    ('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><sz val="big"/></rPr><t>bad run</t></r></is></c></row>', ""),
    ('<row r="1"><c r="A1" t="inlineStr" s="99"><is><t>unknown style</t></is></c></row>', ""),
    ('<row r="1"><c r="A1" t="inlineStr"><is><t>cut', ""),
    ('<row r="1"><c r="A1" t="inlineStr"><is><t>shared</t></is></c><c r="B1" t="s"><v>0</v></c></row>', ""),
    ("", ""),
])
def test_fast_inline_strings_read_as_openpyxl_reads_them(rows, tail):
    raw = _workbook_with_sheet(rows, tail)
    fast = _tables_or_error(raw, fast=True)
    assert fast == _tables_or_error(raw, fast=False)
    assert openpyxl.reader.excel.WorksheetReader is WorksheetReader  # put back, even after an error
    if rows is HOSTILE_ROWS and not tail:
        cells = dict(fast[0][1])
        assert cells[1][:3] == ["Titre", "  Date\t", "Lieu & <b>"] and cells[3][0] == "rich runs"


SAMPLE_WORKBOOKS = sorted((Path(__file__).parents[2] / "data" / "raw").glob("*/*/*/*.xlsx"))


@pytest.mark.parametrize("path", SAMPLE_WORKBOOKS, ids=lambda path: path.parts[-4] + "/" + path.parts[-3])
def test_fast_inline_strings_on_the_sample_workbooks(path):
    raw = path.read_bytes()
    assert _tables_or_error(raw, fast=True) == _tables_or_error(raw, fast=False)


# ------------------------------------------------------- XLSX values kept without openpyxl's Cell objects

def _workbook_with(build) -> bytes:
    """A workbook saved by openpyxl after `build(first_sheet)` (comments, hyperlinks, merged cells...)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Titre", "Date", "Lieu"])
    sheet.append(["Atelier", datetime(2019, 11, 12, 14, 30), "Lille"])
    sheet.append([None, None, None, None, "far"])
    sheet["C7"] = 35000.0
    build(sheet)
    workbook.create_sheet("Autre").append(["second", 2])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _comment_on_a_filled_cell_and_beyond(sheet):
    sheet["A2"].comment = openpyxl.comments.Comment("note", "auteur")
    sheet["H12"].comment = openpyxl.comments.Comment("plus loin", "auteur")


def _hyperlinks(sheet):
    sheet["B1"].hyperlink = "https://example.org/a"
    sheet["J3"].hyperlink = "https://example.org/b"


def _merged(sheet):
    sheet.merge_cells("A2:B3")


@pytest.mark.parametrize("build", [lambda sheet: None, _comment_on_a_filled_cell_and_beyond, _hyperlinks, _merged,
                                   lambda sheet: sheet.delete_rows(1, 10)])
def test_values_kept_without_cell_objects_read_as_openpyxl_reads_them(build):
    raw = _workbook_with(build)
    assert _tables_or_error(raw, fast=True) == _tables_or_error(raw, fast=False)
    for feuille in (1, 2, "Autre"):
        options = SpreadsheetOptions(feuille=feuille)
        assert ([(t.sheet, t.rows) for t in _xlsx_tables(raw, options, fast=True)]
                == [(t.sheet, t.rows) for t in _xlsx_tables(raw, options, fast=False)])


def test_a_plain_sheet_keeps_its_values_without_cell_objects():
    workbook = _load_workbook(_workbook_with(lambda sheet: None))
    assert workbook.active._cell_values[(2, 1)] == "Atelier" and not workbook.active._cells
    merged = _load_workbook(_workbook_with(_merged))
    assert not hasattr(merged.active, "_cell_values") and merged.active._cells


def test_workbook_reading_is_prepared_before_a_fork_only_when_every_process_reads_a_workbook(tmp_path):
    book, sheet, text = tmp_path / "a.XLSX", tmp_path / "b.xlsm", tmp_path / "c.csv"
    assert every_process_reads_a_workbook([[book, text], [sheet]])
    assert not every_process_reads_a_workbook([[book], [text]])  # the other process would import it for nothing
    assert not every_process_reads_a_workbook([[book], []])
    assert not every_process_reads_a_workbook([])
    KINDS["tableur"].prepare([[book], [text]])  # nothing to do, no file is opened
    KINDS["tableur"].prepare([[book], [sheet]])
    assert _inline_string_reader.cache_info().currsize == 1


def test_a_files_reading_cost_follows_its_format(tmp_path):
    """The editions are shared between two processes by these costs (assets.ingest.ingest_all): a workbook byte
    weighs more than a CSV byte, a suffix the kind does not list weighs its default."""
    kind = KINDS["tableur"]
    for name in ("a.csv", "b.xlsx", "c.TSV", "d.ods"):
        (tmp_path / name).write_bytes(b"x" * 100)
    costs = {name: kind.cost_of(tmp_path / name) for name in ("a.csv", "b.xlsx", "c.TSV", "d.ods")}
    assert costs["a.csv"] == costs["c.TSV"] < costs["b.xlsx"] == costs["d.ods"] == 100 * kind.read_cost
    assert KINDS["plateforme"].cost_of(tmp_path / "a.csv") == 100



# The agenda as CRESS staff save it from Excel 97-2003 (.xls) and LibreOffice (.ods): a cover sheet, a title row,
# typed date and time cells, a postal code typed as a number, hours typed as text in one row.
LEGACY = {"colonnes": {"identifiant": "ID", "titre": "Événement", "date_debut": "Date début",
                       "heure_debut": "Heure début", "heure_fin": "Heure fin", "organisateur": "Structure",
                       "lieu": "Lieu", "adresse": "Adresse complète", "code_postal": "CP", "commune": "Ville",
                       "modalite": "Format"}}


@pytest.mark.parametrize("name", ["cress-bretagne-2019.xls", "cress-bretagne-2019.ods"])
def test_xls_and_ods_workbooks_are_read_as_xlsx_ones(tmp_path, name):
    records, problems, reports = read(snapshot(tmp_path, name), LEGACY)
    assert problems == []
    (report,) = reports
    assert (report.sheet, report.header_row, report.rows) == ("Agenda", 3, 3)  # the cover sheet passed over
    candidates = [map_spreadsheet_event(r.payload, LEGACY) for r in records]
    assert [(c["source_identifiant"], c["date_debut"], c["date_fin"], c["code_postal"], c["commune"])
            for c in candidates] == [
        ("B-101", "2019-11-14T09:00:00", "2019-11-14T17:00:00", "35000", "Rennes"),
        ("B-102", "2019-11-16T10:00:00", "2019-11-16T12:00:00", "35000", "RENNES"),
        ("B-103", "2019-11-18T12:30:00", "2019-11-18T13:30:00", None, None),
    ]
    assert candidates[2]["modalite"] == "En ligne"
    named, _, _ = read(snapshot(tmp_path, name), {**LEGACY, "feuille": "Agenda"})
    assert [r.payload for r in named] == [r.payload for r in records]
    missing, problems, _ = read(snapshot(tmp_path, name), {**LEGACY, "feuille": "Programme"})
    assert missing == [] and "feuille introuvable : « Programme »" in problems[0].reason


@pytest.mark.parametrize(("name", "stored"), [("cress-bretagne-2019.xls", "tableau.xls"),
                                              ("cress-bretagne-2019.ods", "tableau.ods")])
def test_fetch_an_xls_or_ods_export_without_extension(tables, client, tmp_path, name, stored):
    store = SnapshotStore(tmp_path / "raw", "cress-bretagne")
    body = (FIXTURES / name).read_bytes()
    tables.routes["/export?format=tableur"] = [body]
    path = fetch_spreadsheet_edition(client, tables.url("/export?format=tableur"), 2019, store=store, now=NOW)
    assert (path / stored).read_bytes() == body
    records, problems, _ = read_spreadsheet_snapshot(path, source="cress-bretagne", edition=2019, options=LEGACY)
    assert problems == [] and len(records) == 3



def test_a_workbook_part_inflating_beyond_any_agenda_is_a_problem_not_read(tmp_path, monkeypatch):
    import assets.lib.sources.spreadsheet as spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_MEMBER_BYTES", 10_000)  # the real bound is 256 MiB
    folder = snapshot(tmp_path, "cress-aura-2019.csv")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<row/>" * 5_000)  # 30 kB inflated, a few hundred bytes stored
    (folder / "agenda.xlsx").write_bytes(buffer.getvalue())
    records, problems, _ = read(folder, AURA)
    assert len(records) == 3  # the CSV beside them is read
    assert [(p.file, "aucun agenda n'est aussi gros" in p.reason) for p in problems] == [("agenda.xlsx", True)]


@pytest.mark.parametrize("name", ["programme-occitanie.xlsx", "cress-bretagne-2019.xls", "cress-bretagne-2019.ods"])
@pytest.mark.parametrize(("sheet", "reason"), [(0, "feuille introuvable : numéro 0"),
                                               (9, "feuille introuvable : numéro 9"),
                                               ("Inconnue", "feuille introuvable : « Inconnue »")])
def test_a_configured_sheet_the_workbook_lacks_is_a_problem_naming_it_whatever_the_format(tmp_path, name, sheet,
                                                                                          reason):
    if name.endswith(".xlsx"):
        folder = tmp_path / "export"
        folder.mkdir()
        (folder / name).write_bytes(workbook_bytes())
    else:
        folder = snapshot(tmp_path, name)
    records, problems, _ = read(folder, {**LEGACY, "feuille": sheet})
    assert records == [] and [(p.file, reason in p.reason) for p in problems] == [(name, True)]


@pytest.mark.parametrize(("dates", "read"), [
    # An English-language export: « 11/25/2019 » can only be month first, so its « 11/12/2019 » is 12 November (it
    # was read 11 December, as a French cell).
    (["11/25/2019", "11/12/2019 2:30 PM", "11/6/2019", "11/19/2019"],
     ["2019-11-25", "2019-11-12T14:30:00", "2019-11-06", "2019-11-19"]),
    # One cell alone readable only month first is a French cell's typo: the others stay day first.
    (["11/25/2019", "05/11/2019", "11/12/2019"], ["2019-11-25", "2019-11-05", "2019-12-11"]),
    # A French table keeps day-first dates, with or without a sign of it.
    (["25/11/2019", "11/12/2019", "05/11/2019"], ["2019-11-25", "2019-12-11", "2019-11-05"]),
    (["12/11/2019", "05/11/2019"], ["2019-11-12", "2019-11-05"]),
    # Signs both ways: nothing tells, each cell is read alone.
    (["11/25/2019", "25/11/2019", "11/12/2019"], ["2019-11-25", "2019-11-25", "2019-12-11"]),
])
def test_a_table_written_month_first_is_read_month_first(dates, read):
    options = {"colonnes": {"titre": "Title", "date_debut": "Date"}}
    rows = [{"Title": f"Event {number}", "Date": date} for number, date in enumerate(dates)]
    assert [candidate["date_debut"] for candidate in map_spreadsheet_events(rows, options, [2019] * len(rows))] == read
    month_first = month_first_table(dates)
    assert [map_spreadsheet_event(row, options, 2019, month_first)["date_debut"] for row in rows] == read
    # The end date and the update date of that table are read the same way.
    row = {"Title": "Forum", "Date": dates[1], "Fin": dates[1], "Maj": dates[1]}
    both = {"colonnes": {"titre": "Title", "date_debut": "Date", "date_fin": "Fin", "date_mise_a_jour": "Maj"}}
    candidate = map_spreadsheet_events([*({**r, "Fin": None, "Maj": None} for r in rows), row], both,
                                       [2019] * (len(rows) + 1))[-1]
    assert candidate["date_fin"][:10] == read[1][:10] and candidate["date_mise_a_jour"] == read[1][:10]


@pytest.mark.parametrize(("date_cell", "sessions"), [
    ("5 et 19 novembre 2019", 2), ("12/11/2019 et 19/11/2019", 2), ("12, 13 et 14 novembre 2019", 3),
    ("du 12 au 14 novembre 2019", None), ("12-14/11", None), ("12/11/2019", None), (None, None),
])
def test_days_listed_apart_are_sessions(date_cell, sessions):
    """« 5 et 19 novembre » is two sessions between its first start and last end, as OpenAgenda's timings are
    counted; it read as one event of two weeks with its sessions unknown. A range of days says nothing of them."""
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires"}}
    payload = {"Titre": "Atelier", "Date": date_cell, "Horaires": "14h-16h"}
    assert map_spreadsheet_event(payload, options, edition=2019)["nombre_seances"] == sessions
    assert map_spreadsheet_events([payload], options, [2019])[0]["nombre_seances"] == sessions


def test_excel_escapes_in_cell_texts_are_read_as_the_characters_they_stand_for():
    """Excel writes a character XML cannot hold as « _xHHHH_ »: the carriage return of a cell typed on Windows
    (« Ligne 1_x000D_\\nLigne 2 ») was published as the letters « _x000D_ ». « _x005F_ » is the « _ » of a text holding
    such letters itself; a character beyond the BMP comes as its two surrogates."""
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c><c r="B1" t="inlineStr"><is><t>Desc</t></is>'
            '</c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Atelier_x0009_vélo _xD83D__xDEB2_</t></is></c>'
            '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Ligne 1_x000D_\nLigne 2, fichier _x005F_x0041_.txt</t>'
            '</is></c></row>')
    raw = _workbook_with_sheet(rows)
    for fast in (True, False):
        (sheet, cells), *_ = _tables_or_error(raw, fast=fast)
        assert dict(cells)[2] == ["Atelier\tvélo 🚲", "Ligne 1\r\nLigne 2, fichier _x0041_.txt"]


def test_excel_text_formulas_in_a_csv_are_read_as_their_text(tmp_path):
    """Exports keep a postal code's or an identifier's leading zero by writing it as Excel's text formula
    (« ="01000" »): it was read as written, so the postal code was no postal code and Bourg-en-Bresse went uncoded.
    A real formula is never evaluated: it stays as written (and is defused when published)."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "inscriptions.csv").write_bytes(
        'Titre;Date;Code postal;Commune;Réf.\r\nAtelier;12/11/2019;="01000";Bourg-en-Bresse;="00123"\r\n'
        '"Forum ""ESS""";13/11/2019;"=""01000""";Bourg-en-Bresse;=1+1\r\n'.encode("cp1252"))
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "code_postal": "Code postal",
                            "commune": "Commune", "identifiant": "Réf."}}
    records, problems, _ = read(folder, options)
    assert not problems
    candidates = map_spreadsheet_events([record.payload for record in records], options, [2019, 2019])
    assert [(c["code_postal"], c["source_identifiant"]) for c in candidates] == [("01000", "00123"), ("01000", "=1+1")]


def test_a_tab_in_an_opendocument_cell_is_read():
    """pandas' OpenDocument reader drops a cell's tab element: « Ligne 2   espacé<tab>tab » was read « espacétab »."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import LineBreak, P, S, Tab

    document, table = OpenDocumentSpreadsheet(), Table(name="Feuil1")
    for cells in (["Titre", "Date"], ["Atelier", "12/11/2019"]):
        row = TableRow()
        for text in cells:
            cell = TableCell(valuetype="string")
            paragraph = P(text=text)
            if text == "Atelier":
                paragraph.addElement(Tab())
                paragraph.addText("vélo")
                paragraph.addElement(LineBreak())
                paragraph.addText("et")
                paragraph.addElement(S(c=2))
                paragraph.addText("réparation")
            cell.addElement(paragraph)
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    (sheet,) = _ods_tables(buffer.getvalue(), SpreadsheetOptions())
    assert sheet.rows == [(1, ["Titre", "Date"]), (2, ["Atelier\tvélo\net  réparation", "12/11/2019"])]


# An hours cell holding a morning and an afternoon session on two lines (Alt+Enter in Excel, two paragraphs in
# LibreOffice) or on one, apart by spaces: the day runs from the first start to the last end.
TWO_SESSIONS = [
    ("Forum", "9h-12h\n14h-17h", ("09:00", "17:00")),
    ("Permanence", "9h - 12h\n14h - 17h", ("09:00", "17:00")),
    ("Atelier", "10h-12h30\n14h-16h", ("10:00", "16:00")),
    ("Visite", "9h-12h 14h-17h", ("09:00", "17:00")),
    ("Ciné", "14h\n17h", ("14:00", "17:00")),
    ("Repair café", "14 h 30", ("14:30", None)),  # minutes a space after the « h » are still minutes
]


def _two_sessions_workbook(kind: str) -> bytes:
    rows = [["Titre", "Date", "Horaires", "Commune"]] + [[title, "15/11/2019", hours, "Rennes"]
                                                          for title, hours, _ in TWO_SESSIONS]
    buffer = io.BytesIO()
    if kind == "xlsx":
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(buffer)
    elif kind == "ods":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableCell, TableRow
        from odf.text import P

        document, table = OpenDocumentSpreadsheet(), Table(name="Agenda")
        for row in rows:
            line = TableRow()
            for text in row:
                cell = TableCell(valuetype="string")
                for paragraph in text.split("\n"):  # LibreOffice writes a cell's lines as paragraphs
                    cell.addElement(P(text=paragraph))
                line.addElement(cell)
            table.addElement(line)
        document.spreadsheet.addElement(table)
        document.write(buffer)
    else:
        text = io.StringIO()
        csv.writer(text, delimiter=";").writerows(rows)
        buffer.write(text.getvalue().encode("cp1252"))
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "ods", "csv"])
def test_two_sessions_of_a_day_on_two_lines_of_a_cell_run_from_the_first_start_to_the_last_end(tmp_path, kind):
    """Before: « 12h », a line break, then « 14h » was read 12:14, the end of the day's events."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / f"agenda.{kind}").write_bytes(_two_sessions_workbook(kind))
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires", "commune": "Commune"}}
    records, problems, _ = read(folder, options)
    assert problems == []
    candidates = map_spreadsheet_events([record.payload for record in records], options, [2019] * len(records))
    times = {c["titre"]: (c["date_debut"][11:16], c["date_fin"][11:16] if c["date_fin"] else None) for c in candidates}
    assert times == {title: expected for title, _, expected in TWO_SESSIONS}


@pytest.mark.parametrize(
    ("zone", "town", "postal", "published"),
    [
        # A CRESS of La Réunion writes its hours on its own clock: with `fuseau`, a row giving its town alone is
        # published at that hour, not three hours later in Paris time.
        ("Indian/Reunion", "Saint-Pierre", "", ("2022-11-19T14:00:00+04:00", "2022-11-19T16:30:00+04:00")),
        ("Indian/Reunion", "Le Tampon", "97430", ("2022-11-19T14:00:00+04:00", "2022-11-19T16:30:00+04:00")),
        # One of the Antilles, likewise.
        ("America/Martinique", "Le Lamentin", "", ("2022-11-19T14:00:00-04:00", "2022-11-19T16:30:00-04:00")),
        # Without the option, the place's local time: Paris' when the row does not say it is overseas.
        (None, "Saint-Pierre", "", ("2022-11-19T14:00:00+01:00", "2022-11-19T16:30:00+01:00")),
        (None, "Le Tampon", "97430", ("2022-11-19T14:00:00+04:00", "2022-11-19T16:30:00+04:00")),
    ],
)
def test_the_fuseau_option_puts_the_sheets_hours_on_its_clock(zone, town, postal, published):
    options = {"colonnes": {"titre": "Intitulé", "date_debut": "Date", "horaires": "Horaires", "lieu": "Lieu",
                            "commune": "Commune", "code_postal": "CP"}} | ({"fuseau": zone} if zone else {})
    row = {"Intitulé": "Forum des associations", "Date": "19/11/2022", "Horaires": "14h - 16h30",
           "Lieu": "Médiathèque", "Commune": town, "CP": postal}
    # Row by row and column-wise (the connector's path, map_spreadsheet_events) alike.
    for candidate in (map_spreadsheet_event(row, options, edition=2022),
                      map_spreadsheet_events([row], options, [2022])[0]):
        normalized, _ = normalize_candidate(candidate, 2022, "cress-reunion-tableur")
        assert (normalized["date_heure_debut"], normalized["date_heure_fin"]) == published


def test_the_fuseau_option_leaves_days_and_zoned_cells_as_they_are():
    options = {"colonnes": {"titre": "Titre", "date_debut": "Début", "date_fin": "Fin"}, "fuseau": "Indian/Reunion"}
    whole_days = map_spreadsheet_event({"Titre": "Exposition", "Début": "04/11/2022", "Fin": "26/11/2022"}, options,
                                       edition=2022)
    assert (whole_days["date_debut"], whole_days["date_fin"]) == ("2022-11-04", "2022-11-26")
    exported = {"Titre": "Webinaire", "Début": "2022-11-08T09:00:00Z", "Fin": None}
    assert map_spreadsheet_event(exported, options, edition=2022)["date_debut"] == "2022-11-08T09:00:00+00:00"
    assert map_spreadsheet_events([exported], options, [2022])[0]["date_debut"] == "2022-11-08T09:00:00+00:00"


@pytest.mark.parametrize(
    ("date_cell", "hours_cell", "expected"),
    [
        # A national webinar's form gives one moment on two clocks: the first, on its clock, not a start and an end.
        ("19/11/2022", "14h (heure de Paris) / 17h (heure de La Réunion)", ("2022-11-19T14:00:00+01:00", None)),
        ("19/11/2022", "14h heure de Paris, 9h heure de Guadeloupe", ("2022-11-19T14:00:00+01:00", None)),
        ("19/11/2022", "10h-12h (heure de Paris) soit 13h-15h à La Réunion",
         ("2022-11-19T10:00:00+01:00", "2022-11-19T12:00:00+01:00")),
        ("19/11/2022", "Heure de Paris : 14h-16h ; heure de la Réunion : 17h-19h",
         ("2022-11-19T14:00:00+01:00", "2022-11-19T16:00:00+01:00")),
        ("19/11/2022", "18h Martinique (23h Paris)", ("2022-11-19T18:00:00-04:00", None)),
        ("19/11/2022", "9h30 – 11h (heure de Mayotte)", ("2022-11-19T09:30:00+03:00", "2022-11-19T11:00:00+03:00")),
        ("19/11/2022", "de 9h à 12h (La Réunion)", ("2022-11-19T09:00:00+04:00", "2022-11-19T12:00:00+04:00")),
        # An offset written after the hours: its minutes are no time of day.
        ("19/11/2022", "14:00 UTC+4", ("2022-11-19T14:00:00+04:00", None)),
        ("19/11/2022", "14h UTC+05:30", ("2022-11-19T14:00:00+05:30", None)),
        ("19/11/2022", "14h-16h GMT", ("2022-11-19T14:00:00+00:00", "2022-11-19T16:00:00+00:00")),
        # The hours named by no clock come first: the place's own; the other clock's hour is no end.
        ("19/11/2022", "14h (11h en Guyane)", ("2022-11-19T14:00:00", None)),
        # In the date cell, the date kept.
        ("19/11/2022 14h (heure de Paris) / 17h (heure de La Réunion)", None, ("2022-11-19T14:00:00+01:00", None)),
        ("Samedi 19 novembre, 10h (heure de Paris), soit 13h à La Réunion", None,
         ("2022-11-19T10:00:00+01:00", None)),
        # A meeting (« réunion ») is no island, local hours no clock.
        ("19/11/2022", "Réunion d'information 14h-16h", ("2022-11-19T14:00:00", "2022-11-19T16:00:00")),
        ("19/11/2022", "14h réunion, 16h visite", ("2022-11-19T14:00:00", "2022-11-19T16:00:00")),
        ("19/11/2022", "14h-16h (heure locale)", ("2022-11-19T14:00:00", "2022-11-19T16:00:00")),
    ],
)
def test_hours_given_on_named_clocks_are_the_first_clocks(date_cell, hours_cell, expected):
    assert parse_schedule(date_cell, hours_cell=hours_cell, year_hint=2022) == expected


def test_a_webinar_listed_on_two_clocks_is_published_at_the_places_hour_with_no_invented_end():
    options = {"colonnes": {"titre": "Intitulé", "date_debut": "Date", "horaires": "Horaires", "commune": "Commune",
                            "code_postal": "CP"}}
    row = {"Intitulé": "Webinaire : financer son projet", "Date": "19/11/2022",
           "Horaires": "14h (heure de Paris) / 17h (heure de La Réunion)", "Commune": "Saint-Denis", "CP": "97400"}
    for candidate in (map_spreadsheet_event(row, options, edition=2022),
                      map_spreadsheet_events([row], options, [2022])[0]):
        normalized, _ = normalize_candidate(candidate, 2022, "cress-reunion-tableur")
        assert (normalized["date_heure_debut"], normalized["date_heure_fin"]) == ("2022-11-19T17:00:00+04:00", "")
