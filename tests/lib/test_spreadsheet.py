"""Spreadsheet source: CSV/XLSX reading with per-source columns, French dates, drift reports, HTTP fetch."""

from __future__ import annotations

import http.server
import io
import json
import shutil
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.spreadsheet import (
    PATTERNS,
    SourceSchemaError,
    fetch_spreadsheet_edition,
    map_spreadsheet_event,
    parse_schedule,
    read_spreadsheet_snapshot,
    row_identifier,
)
from tests.http_helpers import QuietHandler, serving

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
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


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

    assert problems == []
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


def test_missing_required_column_names_source_file_and_column(tmp_path):
    folder = snapshot(tmp_path, "cress-sans-date.csv")
    with pytest.raises(SourceSchemaError) as raised:
        read(folder, BRETAGNE, source="cress-bretagne")
    message = str(raised.value)
    assert message.startswith("cress-bretagne: cress-sans-date.csv: required column(s) missing: date_debut")
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
    assert "legacy .xls" in problems[1].reason and problems[2].reason == "no rows"


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
    with pytest.raises(FeedError, match="invalid table"):
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
