"""What CRESS staff do to their sheets, read faithfully: rows and sheets hidden in the workbook, events struck through
or marked in a status column, totals, repeated headers, month banners and separator lines inside the table, dates
merged down a block, dates written without their year, Excel's numbers for dates and times in a text export.

Each workbook is written as the office suites write them (openpyxl for XLSX, odfpy for ODS; the XLS fixture was written
once with xlwt, see tests/fixtures/SOURCES.md), then read, mapped and normalised by the pipeline's own code.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from assets.lib.counts import COUNT_COLUMNS, format_counts, record_counts
from assets.lib.normalize import CALLED_OFF_MOTIFS, NOT_PUBLIC_MOTIF, normalize_records, problems_as_quarantine
from assets.lib.records import is_layout_reason
from assets.lib.reference import load_departements
from assets.lib.sources.base import NOT_PUBLIC, Territories
from assets.lib.sources.spreadsheet import (
    map_spreadsheet_event,
    map_spreadsheet_events,
    parse_schedule,
    read_spreadsheet_snapshot,
)
from assets.lib.warehouse import ensure_table

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tableur"
OPTIONS = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires", "commune": "Commune",
                        "code_postal": "CP", "organisateur": "Organisateur"}}
HEADER = ["Titre", "Date", "Horaires", "Commune", "CP", "Organisateur"]
HIDDEN = "ligne masquée dans le classeur"
# As raw_events gives them, from the reference table cog_departements.
TERRITORIES = Territories.of_departements(
    value for column in ("code_departement", "nom_departement") for value in load_departements()[column])


def folder_with(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "raw" / "cress-test" / "2019" / "export"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    return folder


def saved(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def outcome(folder: Path, options: dict = OPTIONS, edition: int = 2019):
    """(published titles in alphabetical order, {title or position: (champ, motif)} of the quarantine, the read's
    problems) of a snapshot read, mapped and normalised as the pipeline does."""
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress-test", edition=edition, options=options,
                                                     territories=TERRITORIES)
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "tableur"} for record in records],
                       columns=["edition", "source", "source_record_id", "position", "file", "payload", "source_kind"])
    result = normalize_records(raw, {"cress-test": options})
    quarantined = {json.loads(row.contenu).get("Titre") or row.position: (row.champ, row.motif)
                   for row in result.quarantine.itertuples()}
    return sorted(result.events["titre"]), quarantined, problems


def agenda_sheet(sheet) -> None:
    sheet.title = "Agenda"
    sheet.append(HEADER)
    sheet.append(["Atelier vélo", datetime(2019, 11, 12), "14h-17h", "Rennes", "35000", "Répar'Tout"])
    sheet.append(["Conférence (brouillon)", datetime(2019, 11, 13), "18h", "Rennes", "35000", "CRESS"])
    sheet.append(["Forum de l'emploi", datetime(2019, 11, 14), "9h-17h", "Brest", "29200", "CRESS"])


# ------------------------------------------------------------------------------------------ hidden rows


def test_a_row_hidden_in_the_workbook_is_quarantined_with_its_line_not_published(tmp_path):
    """A row hidden in Excel (a draft, a cancelled event) was published as if visible."""
    workbook = openpyxl.Workbook()
    agenda_sheet(workbook.active)
    workbook.active.row_dimensions[3].hidden = True
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))

    assert published == sorted(["Atelier vélo", "Forum de l'emploi"]) and problems == []
    assert quarantined == {"Conférence (brouillon)": (
        "enregistrement", f"{HIDDEN} : ligne 3 de la feuille « Agenda »")}


def test_a_hidden_row_keeps_the_identifier_it_has_when_shown(tmp_path):
    workbook = openpyxl.Workbook()
    agenda_sheet(workbook.active)
    shown, _, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "agenda.xlsx", saved(workbook)), source="s",
                                            edition=2019, options=OPTIONS)
    workbook.active.row_dimensions[3].hidden = True
    hidden, _, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "agenda.xlsx", saved(workbook)), source="s",
                                             edition=2019, options=OPTIONS)
    assert [r.source_record_id for r in hidden] == [r.source_record_id for r in shown]
    assert [r.position for r in hidden] == [0, 1, 2]


def test_rows_hidden_by_a_filter_are_named_so(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    agenda_sheet(sheet)
    sheet.auto_filter.ref = "A1:F4"
    sheet.auto_filter.add_filter_column(3, ["Rennes"])  # Commune = Rennes: Brest is filtered out
    sheet.row_dimensions[4].hidden = True
    published, quarantined, _ = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))
    assert published == sorted(["Atelier vélo", "Conférence (brouillon)"])
    assert quarantined == {"Forum de l'emploi": (
        "enregistrement", f"{HIDDEN} (filtre actif) : ligne 4 de la feuille « Agenda »")}


# ---------------------------------------------------------------------------------------- hidden sheets


def test_a_hidden_sheet_holding_the_columns_is_named_not_read(tmp_path):
    workbook = openpyxl.Workbook()
    agenda_sheet(workbook.active)
    draft = workbook.create_sheet("Brouillon")
    draft.sheet_state = "hidden"
    draft.append(HEADER)
    draft.append(["Idée d'atelier", datetime(2019, 11, 20), None, "Vannes", "56000", None])
    published, _, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))
    assert len(published) == 3
    assert [(p.position, p.reason.split(" : ")[0]) for p in problems] == [
        (None, "feuille masquée « Brouillon » non lue (2 ligne(s) remplie(s))")]


def test_a_hidden_sheet_before_the_agenda_is_passed_over(tmp_path):
    """« Archives 2018 », hidden, first in the workbook: it was read, and the visible agenda after it was not."""
    workbook = openpyxl.Workbook()
    archive = workbook.active
    archive.title = "Archives 2018"
    archive.sheet_state = "hidden"
    archive.append(HEADER)
    archive.append(["Forum 2018", datetime(2018, 11, 15), None, "Rennes", "35000", None])
    agenda_sheet(workbook.create_sheet("Agenda"))
    workbook.active = 1
    published, _, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))
    assert published == sorted(["Atelier vélo", "Conférence (brouillon)", "Forum de l'emploi"])
    assert [p.reason.split(" non lue")[0] for p in problems] == ["feuille masquée « Archives 2018 »"]


def test_an_agenda_only_a_hidden_sheet_holds_is_read_and_each_row_quarantined(tmp_path):
    """Nothing is lost and nothing hidden is published: its rows are records, quarantined as hidden."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "Consignes"
    workbook.active.append(["Une ligne par événement, merci."])
    hidden = workbook.create_sheet("Agenda")
    agenda_sheet(hidden)
    hidden.sheet_state = "hidden"
    folder = folder_with(tmp_path, "agenda.xlsx", saved(workbook))
    published, quarantined, problems = outcome(folder)
    assert published == [] and problems == []
    assert quarantined["Atelier vélo"] == (
        "enregistrement", f"{HIDDEN} (feuille masquée) : ligne 2 de la feuille « Agenda »")
    assert len(quarantined) == 3
    # Named by the operator, the hidden sheet is read as any sheet.
    published, _, _ = outcome(folder, {**OPTIONS, "feuille": "Agenda"})
    assert len(published) == 3


# ---------------------------------------------------------------------------------- ODS and XLS workbooks


def ods_bytes(hidden_table: bool = False) -> bytes:
    """An agenda as LibreOffice writes it: a row hidden, a row filtered out, a date merged over two rows, a month
    banner merged across the table, and a hidden « Brouillon » table."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    hidden_style = Style(name="ta_hidden", family="table")
    hidden_style.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(hidden_style)

    def row(cells, visibility=None, spans=()):
        element = TableRow(visibility=visibility) if visibility else TableRow()
        for number, value in enumerate(cells):
            if value is CoveredTableCell:
                element.addElement(CoveredTableCell())
                continue
            attributes = dict(spans[number]) if number < len(spans) and spans[number] else {}
            if isinstance(value, datetime):
                cell = TableCell(valuetype="date", datevalue=value.date().isoformat(), **attributes)
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
            elif value is None:
                cell = TableCell(**attributes)
            else:
                cell = TableCell(valuetype="string", **attributes)
                cell.addElement(P(text=str(value)))
            element.addElement(cell)
        return element

    agenda = Table(name="Agenda")
    agenda.addElement(row(HEADER))
    agenda.addElement(row(["NOVEMBRE 2019", *[CoveredTableCell] * 5], spans=[{"numbercolumnsspanned": 6}]))
    agenda.addElement(row(["Atelier vélo", datetime(2019, 11, 12), "14h-17h", "Rennes", "35000", "Répar'Tout"],
                          spans=[None, {"numberrowsspanned": 2}]))
    agenda.addElement(row(["Atelier couture", CoveredTableCell, "18h", "Rennes", "35000", "Fil"]))
    agenda.addElement(row(["Conférence (brouillon)", datetime(2019, 11, 13), "18h", "Rennes", "35000", "CRESS"],
                          visibility="collapse"))
    agenda.addElement(row(["Forum de l'emploi", datetime(2019, 11, 14), "9h-17h", "Brest", "29200", "CRESS"],
                          visibility="filter"))
    if hidden_table:
        agenda.setAttribute("stylename", "ta_hidden")
        cover = Table(name="Consignes")
        cover.addElement(row(["Une ligne par événement, merci."]))
        document.spreadsheet.addElement(cover)
    document.spreadsheet.addElement(agenda)
    draft = Table(name="Brouillon", stylename="ta_hidden")
    draft.addElement(row(HEADER))
    draft.addElement(row(["Idée d'atelier", datetime(2019, 11, 20), None, "Vannes", "56000", None]))
    document.spreadsheet.addElement(draft)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def test_an_opendocument_agenda_reads_its_hidden_rows_sheets_and_merged_cells(tmp_path):
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.ods", ods_bytes()))
    # The date merged over two rows is the second event's too (it was quarantined without a date).
    assert published == sorted(["Atelier vélo", "Atelier couture"])
    assert quarantined == {
        "Conférence (brouillon)": ("enregistrement", f"{HIDDEN} : ligne 5 de la feuille « Agenda »"),
        "Forum de l'emploi": ("enregistrement", f"{HIDDEN} (filtre actif) : ligne 6 de la feuille « Agenda »"),
    }
    assert [p.reason.split(" : ")[0] for p in problems] == [
        "feuille masquée « Brouillon » non lue (2 ligne(s) remplie(s))",
        "intertitre, pas un événement",
    ]


def test_an_opendocument_agenda_in_a_hidden_table_is_quarantined_row_by_row(tmp_path):
    _, quarantined, _ = outcome(folder_with(tmp_path, "agenda.ods", ods_bytes(hidden_table=True)))
    assert quarantined["Atelier vélo"] == (
        "enregistrement", f"{HIDDEN} (feuille masquée) : ligne 3 de la feuille « Agenda »")


def test_an_excel_97_agenda_reads_its_hidden_rows_sheets_and_merged_cells(tmp_path):
    folder = folder_with(tmp_path, "agenda.xls", (FIXTURES / "cress-masquee-2019.xls").read_bytes())
    published, quarantined, problems = outcome(folder)
    assert published == sorted(["Atelier vélo", "Atelier couture"])
    assert quarantined == {"Conférence (brouillon)": (
        "enregistrement", f"{HIDDEN} : ligne 5 de la feuille « Agenda »")}
    assert [p.reason.split(" : ")[0] for p in problems] == [
        "feuille masquée « Brouillon » non lue (2 ligne(s) remplie(s))", "intertitre, pas un événement"]


# -------------------------------------------------------------------------- lines that are no records


def layout_workbook() -> openpyxl.Workbook:
    """An agenda typed as a printed programme: a title, a header repeated on each page, month banners, sub-totals,
    a separator line, a total; and events whose titles say « total »."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Programme"
    sheet.append(["Mois de l'ESS 2019 – CRESS Bretagne"])
    sheet.append(HEADER)
    sheet.append(["NOVEMBRE 2019"])
    sheet.merge_cells("A3:F3")
    sheet.append(["Atelier vélo", datetime(2019, 11, 12), "14h-17h", "Rennes", "35000", "Répar'Tout"])
    sheet.append(["Zéro déchet total", datetime(2019, 11, 13), "18h", "Rennes", "35000", "CRESS"])
    sheet.append(["Total Festum", datetime(2019, 11, 14), "20h", "Montpellier", "34000", "Festum"])
    sheet.append(["Sous-total novembre", None, None, None, None, 3])
    sheet.append(["-----", "-----", None, None, None, None])
    sheet.append(["Mois de l'ESS 2019 – CRESS Bretagne"])  # the next page
    sheet.append(HEADER)
    sheet.append(["Décembre"])
    sheet.append(["Table ronde", datetime(2019, 12, 2), "9h", "Quimper", "29000", "A"])
    sheet.append(["Table ronde, suite", None, "14h", "Quimper", "29000", "B"])
    sheet.merge_cells("B12:B13")  # the date written once for both
    sheet.append([None, None, None, None, "Total", 5])
    sheet.append(["Total : 5 événements"])
    sheet.append(["Total Festum, 2e soirée"])  # a draft: a title alone is a record, quarantined, not a total
    return workbook


LAYOUT_LINES = [
    (3, "intertitre, pas un événement : ligne 3 (« NOVEMBRE 2019 »)"),
    (7, "ligne de total, pas un événement : ligne 7 (« Sous-total novembre » ; 3)"),
    (8, "ligne de séparation, pas un événement : ligne 8 (« ----- » ; « ----- »)"),
    (9, "en-tête répété, pas un événement : ligne 9 (« Mois de l'ESS 2019 – CRESS Bretagne »)"),
    (10, "en-tête répété, pas un événement : ligne 10 (« Titre » ; « Date » ; « Horaires » ; « Commune » ; « CP » ; "
         "« Organisateur »)"),
    (11, "intertitre, pas un événement : ligne 11 (« Décembre »)"),
    (14, "ligne de total, pas un événement : ligne 14 (« Total » ; 5)"),
    (15, "ligne de total, pas un événement : ligne 15 (« Total : 5 événements »)"),
]


def test_totals_repeated_headers_banners_and_separators_are_counted_apart_not_as_records(tmp_path):
    """They were quarantined as broken events (« date de début manquante », « date illisible : 'Date' »)."""
    published, quarantined, problems = outcome(folder_with(tmp_path, "programme.xlsx", saved(layout_workbook())))

    assert published == sorted(["Atelier vélo", "Zéro déchet total", "Total Festum", "Table ronde",
                                "Table ronde, suite"])
    assert quarantined == {"Total Festum, 2e soirée": ("date_debut", "date de début manquante")}
    assert [(p.file, p.reason) for p in problems] == [("programme.xlsx", reason) for _, reason in LAYOUT_LINES]
    assert all(is_layout_reason(p.reason) for p in problems)
    # Positions are the entries' order in the snapshot: the records' and the layout lines' together.
    assert [p.position for p in problems] == [0, 4, 5, 6, 7, 8, 11, 12]


def test_the_same_lines_in_a_csv_export_are_recognised_too(tmp_path):
    workbook = layout_workbook()
    lines = []
    for values in workbook.active.iter_rows(values_only=True):
        lines.append(";".join("" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, datetime) else str(v)
                              for v in values))
    folder = folder_with(tmp_path, "programme.csv", "\r\n".join(lines).encode("cp1252"))
    published, quarantined, problems = outcome(folder)
    # No merged cell in a CSV: the second round table has no date of its own.
    assert published == sorted(["Atelier vélo", "Zéro déchet total", "Total Festum", "Table ronde"])
    assert set(quarantined) == {"Table ronde, suite", "Total Festum, 2e soirée"}
    assert [p.reason.split(" : ")[0] for p in problems] == [reason.split(" : ")[0] for _, reason in LAYOUT_LINES]


def test_a_single_text_merged_across_the_table_is_a_banner_the_same_text_alone_a_record(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Côtes-d'Armor (22)"])
    sheet.merge_cells("A2:F2")
    sheet.append(["Atelier vélo", datetime(2019, 11, 12), "14h-17h", "Lannion", "22300", "Répar'Tout"])
    sheet.append(["Finistère (29)"])
    sheet.append(["Forum de l'emploi", datetime(2019, 11, 14), "9h-17h", "Brest", "29200", "CRESS"])
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))
    assert published == sorted(["Atelier vélo", "Forum de l'emploi"])
    assert [p.reason for p in problems] == ["intertitre, pas un événement : ligne 2 (« Côtes-d'Armor (22) »)"]
    assert quarantined == {"Finistère (29)": ("date_debut", "date de début manquante")}


def test_a_total_counted_under_the_date_column_is_a_total_a_date_there_is_an_event(tmp_path):
    text = ";".join(HEADER) + "\r\nTOTAL;42;;;;\r\nTotal Festum;43783;;;;\r\n"
    records, problems, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "agenda.csv", text.encode()),
                                                     source="s", edition=2019, options=OPTIONS)
    assert [p.reason for p in problems] == ["ligne de total, pas un événement : ligne 2 (« TOTAL » ; « 42 »)"]
    assert [r.payload["Titre"] for r in records] == ["Total Festum"]  # 14 November 2019, as Excel numbers it
    text = ";".join(HEADER) + "\r\nNombre d’événements : 42;;;;;\r\n"  # a typographic apostrophe
    _, problems, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "agenda.csv", text.encode()), source="s",
                                               edition=2019, options=OPTIONS)
    assert [p.reason.split(" : ")[0] for p in problems] == ["ligne de total, pas un événement"]


@pytest.mark.parametrize("row", [
    ["Total Festum", "14/11/2019", "20h", "Montpellier", "34000", "Festum"],  # an event named « Total … »
    ["Le total des dons", "", "", "Rennes", "", ""],
    ["Titre", "12/11/2019", "", "", "", ""],  # a title « Titre » with a date: a record
    ["TOTAL RECALL, ciné-débat", "", "", "", "", ""],
    ["Novembre solidaire", "", "", "Brest", "", ""],
])
def test_a_record_that_only_resembles_a_layout_line_stays_a_record(tmp_path, row):
    text = ";".join(HEADER) + "\r\n" + ";".join(row) + "\r\n"
    records, problems, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "agenda.csv", text.encode()),
                                                     source="s", edition=2019, options=OPTIONS)
    assert problems == [] and len(records) == 1


def test_layout_lines_are_counted_apart_from_records_read_and_quarantined(tmp_path):
    con = duckdb.connect(str(tmp_path / "pipeline.duckdb"))
    for table in ("raw_events", "raw_problems", "quarantine", "events_geo"):
        ensure_table(con, table)
    con.execute("INSERT INTO raw_events (edition, source, source_record_id, position, file, payload) VALUES "
                "(2019, 's', 'a', 0, 'f.xlsx', '{}'), (2019, 's', 'b', 2, 'f.xlsx', '{}')")
    problems = pd.DataFrame({"edition": [2019, 2019], "source": ["s", "s"], "file": ["f.xlsx", "f.xlsx"],
                             "position": [1, 3], "reason": [LAYOUT_LINES[1][1], "ligne décalée : ligne 9"]})
    con.register("problems", problems)
    con.execute("INSERT INTO raw_problems SELECT * FROM problems")
    quarantine = problems_as_quarantine(problems)
    assert quarantine["champ"].tolist() == ["ligne", "fichier"]
    con.register("quarantined", quarantine)
    con.execute("INSERT INTO quarantine SELECT * FROM quarantined")
    con.execute("INSERT INTO quarantine (edition, source, source_identifiant, position, fichier, champ, motif) "
                "VALUES (2019, 's', 'b', 2, 'f.xlsx', 'enregistrement', ?)",
                [f"{HIDDEN} : ligne 4 de la feuille « Agenda »"])
    con.execute("INSERT INTO events_geo (edition, source, identifiant) VALUES (2019, 's', 'mess-2019-a')")

    (row,) = record_counts(con).to_dict("records")
    assert row == {"edition": 2019, "source": "s", "lus": 3, "publies": 1, "fusionnes": 0, "quarantaines": 2,
                   "ecart": 0, "hors_evenement": 1}
    assert COUNT_COLUMNS[-1] == "hors_evenement"
    assert "hors_evenement" in format_counts(record_counts(con))


# ----------------------------------------------------------------------------------- dates without year


@pytest.mark.parametrize(("date_cell", "expected"), [
    ("12.11", ("2019-11-12", None)),
    ("12.11.", ("2019-11-12", None)),
    ("mardi 12.11", ("2019-11-12", None)),
    ("12.11 - 14h", ("2019-11-12T14:00:00", None)),
    ("12/11", ("2019-11-12", None)),
    ("mardi 12/11", ("2019-11-12", None)),
    ("12 nov.", ("2019-11-12", None)),
    # … never a range of hours, nor an hour with a point beside a date that has its year; a day and a month with a
    # dash stay as written (« 10-12 » may be hours as well)
    ("14-17h", ("14-17h", None)),
    ("12-11", ("12-11", None)),
    ("12/11/2019 18.30", ("2019-11-12T18:30:00", None)),
])
def test_a_date_without_year_takes_the_editions(date_cell, expected):
    assert parse_schedule(date_cell, year_hint=2019) == expected


OPTIONS_END = {"colonnes": {"titre": "Titre", "date_debut": "Date", "date_fin": "Fin", "date_mise_a_jour": "MAJ"}}


@pytest.mark.parametrize(("start", "end", "published"), [
    ("12/11", None, ("2019-11-12", "")),
    ("28/10", None, ("2019-10-28", "")),  # a launch a few days before November: inside the edition's window
    ("5 déc.", None, ("2019-12-05", "")),
    ("25/11", "15/01", ("2019-11-25", "2020-01-15")),  # an exhibition running into January: the next one
    ("du 25/11 au 15/01", None, ("2019-11-25", "2020-01-15")),
    ("12/03/2019", None, ("2019-03-12", "")),  # its year is written: read as written, as before
])
def test_dates_without_year_read_in_the_edition_are_published(start, end, published):
    payload = {"Titre": "Expo", "Date": start, "Fin": end, "MAJ": "3 oct."}
    raw = pd.DataFrame([{"edition": 2019, "source": "s", "source_kind": "tableur", "source_record_id": "1",
                         "position": 0, "file": "f.csv", "payload": json.dumps(payload)}])
    result = normalize_records(raw, {"s": OPTIONS_END})
    assert result.quarantine.empty, result.quarantine.to_dict("records")
    row = result.events.iloc[0]
    # The update date without year is the edition's too (« 3 oct. » put the whole record in quarantine).
    assert (row["date_debut"], row["date_fin"], row["date_mise_a_jour"]) == (*published, "2019-10-03")


@pytest.mark.parametrize("start", ["12/03", "12.03", "20/10", "10 déc.", "mardi 14/01"])
def test_a_date_without_year_outside_the_editions_window_is_quarantined_as_out_of_edition(start):
    payload = {"Titre": "Atelier", "Date": start}
    with pytest.raises(Exception) as raised:  # noqa: PT011 - its field and reason are what is checked
        map_spreadsheet_event(payload, OPTIONS_END, edition=2019)
    assert (raised.value.field_name, raised.value.reason.split(" : ")[0]) == ("date_debut",
                                                                              "début hors de l'édition 2019")
    assert f"« {start} »" in raised.value.reason and "du 25 octobre au 7 décembre" in raised.value.reason
    (mapped,) = map_spreadsheet_events([payload], OPTIONS_END, [2019])
    assert isinstance(mapped, Exception) and mapped.reason == raised.value.reason


# ------------------------------------------------------------------ Excel's numbers in exports and cells


@pytest.mark.parametrize(("cells", "expected"), [
    # A date-time serial exported with a decimal comma (French CSV), and one whose fraction is not exact.
    ({"date_cell": "43781,5833333"}, ("2019-11-12T14:00:00", None)),
    ({"date_cell": "43781.5833333"}, ("2019-11-12T14:00:00", None)),
    ({"date_cell": 43781.58333333}, ("2019-11-12T14:00:00", None)),
    # A time cell exported as its day fraction, as text or typed as a number.
    ({"date_cell": "12/11/2019", "start_time_cell": "0,583333333", "end_time_cell": "0,708333333"},
     ("2019-11-12T14:00:00", "2019-11-12T17:00:00")),
    ({"date_cell": "12/11/2019", "start_time_cell": 0.5833333333333334, "end_time_cell": 0.75},
     ("2019-11-12T14:00:00", "2019-11-12T18:00:00")),
    ({"date_cell": "12/11/2019", "hours_cell": "0.375"}, ("2019-11-12T09:00:00", None)),
    # An English-language export's date-times carry seconds before AM/PM (« 2:30:00 PM » read 02:30, « 12:00:00 AM »
    # read noon).
    ({"date_cell": "12/11/2019 2:30:00 PM"}, ("2019-11-12T14:30:00", None)),
    ({"date_cell": "12/11/2019 12:00:00 AM"}, ("2019-11-12", None)),
    # Already read: a date-time text with midnight, a time exported on Excel's day zero.
    ({"date_cell": "2019-11-12 00:00:00"}, ("2019-11-12", None)),
    ({"date_cell": "12/11/2019", "start_time_cell": "1899-12-30 14:00:00"}, ("2019-11-12T14:00:00", None)),
])
def test_excel_numbers_for_dates_and_times(cells, expected):
    date_cell = cells.pop("date_cell")
    assert parse_schedule(date_cell, year_hint=2019, **cells) == expected


def test_a_time_typed_as_a_number_in_a_workbook_is_read(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Titre", "Date", "Début", "Fin"])
    sheet.append(["Atelier", datetime(2019, 11, 12), 0.5833333333333334, time(17, 0)])
    records, _, _ = read_spreadsheet_snapshot(folder_with(tmp_path, "a.xlsx", saved(workbook)), source="s",
                                              edition=2019, options={"colonnes": {
                                                  "titre": "Titre", "date_debut": "Date", "heure_debut": "Début",
                                                  "heure_fin": "Fin"}})
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "heure_debut": "Début", "heure_fin": "Fin"}}
    (candidate,) = map_spreadsheet_events([r.payload for r in records], options, [2019])
    assert (candidate["date_debut"], candidate["date_fin"]) == ("2019-11-12T14:00:00", "2019-11-12T17:00:00")


def test_a_programme_typed_day_by_day_dates_its_rows_by_their_days_banner(tmp_path):
    """A day's banner (« Mardi 12 novembre », merged across the table or not, « Jeudi 14/11 », a date alone on its
    line) and rows under it giving only their hours: those rows were quarantined for a missing date. They now take
    the banner's day (in the edition's year when it gives none) until the next banner; a row with its own date keeps
    it, and a month's banner dates nothing."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Mardi 12 novembre"])
    sheet.merge_cells("A2:F2")
    sheet.append(["Atelier vélo", None, "14h-17h", "Rennes", "35000", "Répar'Tout"])
    sheet.append(["Ciné-débat", None, "20h", "Rennes", "35000", "CRESS"])
    sheet.append(["Jeudi 14/11"])
    sheet.append(["Forum de l'emploi", None, "9h-17h", "Brest", "29200", "CRESS"])
    sheet.append(["Table ronde", datetime(2019, 11, 15), "10h", "Brest", "29200", "CRESS"])
    sheet.append([None, datetime(2019, 11, 18)])
    sheet.append(["Marché solidaire", None, "9h-13h", "Quimper", "29000", "A"])
    sheet.append(["DÉCEMBRE"])
    sheet.append(["Bilan du mois", None, "18h", "Rennes", "35000", "CRESS"])
    folder = folder_with(tmp_path, "programme.xlsx", saved(workbook))
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress-test", edition=2019, options=OPTIONS)
    days = {record.payload["Titre"]: record.payload["Date"] for record in records}
    assert days == {"Atelier vélo": "2019-11-12", "Ciné-débat": "2019-11-12", "Forum de l'emploi": "2019-11-14",
                    "Table ronde": "2019-11-15", "Marché solidaire": "2019-11-18", "Bilan du mois": None}
    assert [p.reason.split(" : ")[0] for p in problems] == ["intertitre, pas un événement"] * 4
    published, quarantined, _ = outcome(folder)
    assert published == sorted(["Atelier vélo", "Ciné-débat", "Forum de l'emploi", "Table ronde", "Marché solidaire"])
    assert quarantined == {"Bilan du mois": ("date_debut", "date de début manquante")}


def test_a_title_holding_a_day_is_no_banner_and_dates_nothing_below(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Apéro du 12 novembre"])  # a draft: a title alone, quarantined
    sheet.append(["Atelier vélo", None, "14h-17h", "Rennes", "35000", "Répar'Tout"])
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)))
    assert published == [] and problems == []
    assert set(quarantined) == {"Apéro du 12 novembre", "Atelier vélo"}


# ------------------------------------------------------------------- events called off in the sheet itself

STRUCK = "événement annulé dans la source : ligne barrée dans le classeur"
CANCELLED = "événement annulé dans la source"
STATUS_ROWS = [  # (title, day, status cell)
    ("Atelier vélo", 12, None), ("Ciné-débat", 13, None), ("Forum de l'emploi", 14, None),
    ("Repair café", 15, "Complet"), ("Marché solidaire", 16, "Annulé"),
]


def called_off_workbook() -> openpyxl.Workbook:
    """A CRESS agenda where staff strike an event through rather than delete its line, and keep a status column:
    the title struck, a whole row struck, only the organiser struck (a correction, not a cancellation)."""
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Agenda"
    sheet.append([*HEADER, "Statut"])
    for title, day, status in STATUS_ROWS:
        sheet.append([title, datetime(2019, 11, day), "14h", "Rennes", "35000", "Répar'Tout", status])
    sheet["A2"].font = Font(strike=True)
    for cell in sheet[3]:
        cell.font = Font(strike=True, bold=True)
    sheet["F4"].font = Font(strike=True)
    return workbook


EXPECTED_CALLED_OFF = {
    "Atelier vélo": ("statut", STRUCK),
    "Ciné-débat": ("statut", STRUCK),
    "Marché solidaire": ("statut", CANCELLED),
}


def test_a_row_struck_through_in_an_excel_agenda_is_called_off_not_published(tmp_path):
    """A struck-through title or row was published as a live event; the status column was not read at all."""
    published, quarantined, _ = outcome(folder_with(tmp_path, "agenda.xlsx", saved(called_off_workbook())))
    assert published == ["Forum de l'emploi", "Repair café"]
    assert quarantined == EXPECTED_CALLED_OFF


def test_the_same_in_an_excel_97_and_an_opendocument_agenda(tmp_path):
    folder = folder_with(tmp_path, "agenda.xls", (FIXTURES / "cress-barree-2019.xls").read_bytes())
    published, quarantined, _ = outcome(folder)
    assert published == ["Forum de l'emploi", "Repair café"]
    assert quarantined == EXPECTED_CALLED_OFF

    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    struck = Style(name="ce_struck", family="table-cell")
    struck.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single"))
    document.automaticstyles.addElement(struck)
    agenda = Table(name="Agenda")
    for number, cells in enumerate([[*HEADER, "Statut"], *(
            [title, f"{day}/11/2019", "14h", "Rennes", "35000", "Répar'Tout", status or ""]
            for title, day, status in STATUS_ROWS)]):
        row = TableRow()
        for column, value in enumerate(cells):
            style = {"stylename": struck} if (number, column) == (1, 0) or number == 2 or (number, column) == (3, 5) \
                else {}
            cell = TableCell(valuetype="string", **style) if value else TableCell(**style)
            if value:
                cell.addElement(P(text=value))
            row.addElement(cell)
        agenda.addElement(row)
    document.spreadsheet.addElement(agenda)
    buffer = io.BytesIO()
    document.write(buffer)
    published, quarantined, _ = outcome(folder_with(tmp_path / "ods", "agenda.ods", buffer.getvalue()))
    assert published == ["Forum de l'emploi", "Repair café"]
    assert quarantined == EXPECTED_CALLED_OFF


def test_a_struck_row_keeps_its_identifier_and_its_copy_elsewhere_is_found_as_called_off(tmp_path):
    """The row's id is the one it had live (a newer snapshot striking it retires that record), and the record revived
    as live is the event its copies in other sources are compared with."""
    from assets.lib.normalize import revived_records

    workbook = called_off_workbook()
    plain = openpyxl.Workbook()  # the same rows, nothing struck
    plain.active.title = "Agenda"
    plain.active.append([*HEADER, "Statut"])
    for title, day, _ in STATUS_ROWS:
        plain.active.append([title, datetime(2019, 11, day), "14h", "Rennes", "35000", "Répar'Tout", None])
    struck_records, _, _ = read_spreadsheet_snapshot(folder_with(tmp_path / "a", "agenda.xlsx", saved(workbook)),
                                                     source="cress-test", edition=2019, options=OPTIONS)
    live_records, _, _ = read_spreadsheet_snapshot(folder_with(tmp_path / "b", "agenda.xlsx", saved(plain)),
                                                   source="cress-test", edition=2019, options=OPTIONS)
    assert [r.source_record_id for r in struck_records] == [r.source_record_id for r in live_records]
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "tableur"} for record in struck_records[:2]])
    revived = revived_records(raw, {"cress-test": OPTIONS})
    assert revived["titre"].tolist() == ["Atelier vélo", "Ciné-débat"]
    assert revived["statut"].tolist() == ["", ""]


@pytest.mark.parametrize(("cell", "status"), [
    ("Annulé", "annule"), ("ANNULEE", "annule"), ("Événement annulé (météo)", "annule"),
    ("Reporté", "reporte"), ("Reporté à une date ultérieure", "reporte"),
    ("Reporté au 28/11", "reprogramme"), ("Reprogrammé", "reprogramme"),
    ("Complet", "complet"), ("Complet – liste d'attente", "complet"),
    ("Déplacé en ligne", "deplace_en_ligne"), ("À confirmer", "provisoire"), ("En attente", "provisoire"),
    ("Confirmé", "programme"), ("Maintenu", "programme"),
    ("Non annulé", None), ("Association", None), ("SCOP", None), ("Incomplet", None), ("", None), (None, None),
    ("Refusé", NOT_PUBLIC), ("Rejetée", NOT_PUBLIC), ("Non retenu", NOT_PUBLIC), ("Non validé", NOT_PUBLIC),
    ("Brouillon", NOT_PUBLIC), ("Corbeille", NOT_PUBLIC), ("Supprimé", NOT_PUBLIC), ("Masqué", NOT_PUBLIC),
    ("Doublon", NOT_PUBLIC), ("Dépublié", NOT_PUBLIC), ("Validé", "programme"), ("Publié", None),
    ("Entreprise privée", None), ("Société coopérative", None),
    # A negation says the row is public
    ("Pas de doublon", None), ("Sans doublon", None), ("Non masqué", None), ("Non supprimé", None),
    ("Validé, pas de doublon", "programme"),
    # A mask is no row hidden (2020: « Maintenu – port du masque obligatoire »)
    ("Maintenu – port du masque obligatoire", "programme"), ("Masque obligatoire", None), ("MASQUÉ", NOT_PUBLIC),
])
def test_a_status_column_gives_the_schemas_status_or_none(cell, status):
    candidate = map_spreadsheet_event({"Titre": "Atelier", "Date": "12/11/2019", "Statut": cell}, OPTIONS, 2019)
    assert candidate["statut"] == status


def test_a_row_its_source_keeps_private_is_quarantined_and_its_copies_elsewhere_are_not(tmp_path):
    """A CRESS sheet of submissions keeps the ones it refused, its drafts and the rows it marked duplicates, with
    their status: they were published as events (« Refusé », « Brouillon » and « Doublon » read as no status). Not
    called off: the same event listed by another source is still published."""
    rows = [("Atelier vélo", "Validé"), ("Soirée privée", "Refusé"), ("Atelier vélo bis", "Doublon"),
            ("Forum", "Brouillon"), ("Ciné-débat", "")]
    text = "\r\n".join(";".join([*HEADER, "Statut"]) if k < 0 else
                         f"{title};12/11/2019;14h;Rennes;35000;Répar'Tout;{status}"
                         for k, (title, status) in enumerate([("", ""), *rows], start=-1)) + "\r\n"
    published, quarantined, _ = outcome(folder_with(tmp_path, "agenda.csv", text.encode("utf-8")),
                                        {**OPTIONS, "colonnes": {**OPTIONS["colonnes"], "statut": "Statut"}})
    assert published == ["Atelier vélo", "Ciné-débat"]
    assert quarantined == {title: ("statut", NOT_PUBLIC_MOTIF)
                           for title in ("Soirée privée", "Atelier vélo bis", "Forum")}
    assert NOT_PUBLIC_MOTIF not in CALLED_OFF_MOTIFS


@pytest.mark.parametrize("note", [
    "Source : CRESS Bretagne, mise à jour le 30/11/2019", "Mise à jour le 30 novembre",
    "* sous réserve de modification", "NB : les horaires peuvent changer", "(1) Inscription obligatoire",
    "Programme susceptible d'évoluer",
    "Dernière mise à jour : 28/11/2019", "Légende : ESUS = entreprise solidaire",
])
def test_a_note_alone_on_its_line_is_counted_apart_not_quarantined_as_an_event(tmp_path, note):
    """A table's footnote (« Source : … ») was quarantined as an event whose date was missing."""
    event = "Atelier vélo;12/11/2019;14h;Rennes;35000;Répar'Tout"
    text = ";".join(HEADER) + f"\r\n{event}\r\n;;;;;\r\n{note};;;;;\r\n"
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.csv", text.encode("utf-8")))
    assert published == ["Atelier vélo"] and quarantined == {}
    assert [p.reason.split(" : ligne")[0] for p in problems] == ["note du tableau, pas un événement"]
    assert is_layout_reason(problems[0].reason)


@pytest.mark.parametrize("title", ["Sources d'énergie", "Attention aux arnaques", "Note de musique : concert solidaire",
                                   "Contacts et réseaux"])
def test_a_title_alone_that_only_resembles_a_note_stays_a_record(tmp_path, title):
    text = ";".join(HEADER) + "\r\n" + title + ";;;;;\r\n"
    _, quarantined, problems = outcome(folder_with(tmp_path, "agenda.csv", text.encode("utf-8")))
    assert quarantined == {title: ("date_debut", "date de début manquante")} and problems == []


@pytest.mark.parametrize(("date_cell", "hours", "start"), [
    ("mardi 12", "14h", "2019-11-12T14:00:00"),  # 12 November 2019 was a Tuesday
    ("Jeudi 5", "18h", "2019-12-05T18:00:00"),  # 5 November was a Tuesday: the Thursday the 5th is in December
    ("Vendredi 1er", None, "2019-11-01"),
    ("Mardi 12 de 14h à 17h", None, "2019-11-12T14:00:00"),
    # No day of the edition's window is a Monday the 12th, or a Wednesday the 31st: unread, as before
    ("lundi 12", "14h", "lundi 12"), ("mercredi 31", None, "mercredi 31"),
    ("mardi 12h", None, "mardi 12h"),  # an hour, not a day
])
def test_a_weekday_and_a_day_number_without_month_are_the_one_day_of_the_edition_they_fit(date_cell, hours, start):
    """« mardi 12 », as a programme typed day by day writes it, was unread (the record quarantined for its date)."""
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires"}}
    candidate = map_spreadsheet_event({"Titre": "Atelier", "Date": date_cell, "Horaires": hours}, options, 2019)
    assert candidate["date_debut"] == start


def test_a_weekday_and_a_day_number_alone_on_their_line_are_a_days_banner(tmp_path):
    text = ";".join(HEADER) + "\r\nMardi 12;;;;;\r\nAtelier vélo;;14h;Rennes;35000;Répar'Tout\r\n"
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.csv", text.encode("utf-8")))
    assert published == ["Atelier vélo"] and quarantined == {}
    assert [p.reason.split(" : ligne")[0] for p in problems] == ["intertitre, pas un événement"]


# ------------------------------------------------------------------ an agenda split over several sheets


def split_workbook(names: list[str], hidden: tuple[str, ...] = ()) -> openpyxl.Workbook:
    """One sheet per name, each holding one event of its own (its title names its sheet)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for day, name in enumerate(names, start=12):
        sheet = workbook.create_sheet(name)
        sheet.append(HEADER)
        sheet.append([f"Atelier {name}", datetime(2019, 11, day), "14h", "Rennes", "35000", "Répar'Tout"])
        if name in hidden:
            sheet.sheet_state = "hidden"
    return workbook


@pytest.mark.parametrize("names", [
    ["Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan"], ["22", "29", "35", "56"],
    ["Semaine 45", "Semaine 46", "Semaine 47"], ["Octobre", "Novembre", "Décembre"],
])
def test_an_agenda_split_by_departement_or_period_is_read_sheet_by_sheet(tmp_path, names):
    """Only the first sheet was read, the others named as not read: three quarters of a CRESS agenda kept one sheet
    per département were never published."""
    published, quarantined, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(split_workbook(names))))
    assert published == sorted(f"Atelier {name}" for name in names)
    assert quarantined == {} and problems == []


@pytest.mark.parametrize("names", [["Bretagne", "Finistère"], ["Agenda", "Archives 2018"], ["2019", "2018"]])
def test_a_summary_or_an_archive_beside_the_agenda_keeps_the_first_sheet_alone(tmp_path, names):
    published, _, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(split_workbook(names))))
    assert published == [f"Atelier {names[0]}"]
    assert [p.reason.split(" non lue")[0] for p in problems] == [f"feuille « {names[1]} »"]
    assert "« toutes »" in problems[0].reason


def test_every_visible_sheet_is_read_when_told_and_a_hidden_one_never(tmp_path):
    workbook = split_workbook(["Agenda", "Suite", "Brouillon"], hidden=("Brouillon",))
    published, _, problems = outcome(folder_with(tmp_path, "agenda.xlsx", saved(workbook)),
                                     {**OPTIONS, "feuille": "toutes"})
    assert published == ["Atelier Agenda", "Atelier Suite"]
    assert [p.reason for p in problems] == ["feuille masquée « Brouillon » non lue (2 ligne(s) remplie(s))"]


@pytest.mark.parametrize(("date_cell", "sessions"), [
    ("12/11/2019 → 15/11/2019", None), ("12 nov. 2019 → 15 nov. 2019", None), ("12/11/2019 -> 15/11/2019", None),
    ("12/11/2019 > 15/11/2019", None), ("12/11/2019 à 15/11/2019", None),
    # Two days listed, or two days and an hour: two sessions, as before
    ("12/11/2019 et 15/11/2019", 2), ("12/11 et 15/11 à 18h", 2),
])
def test_an_arrow_or_a_between_two_days_is_one_event_from_the_first_to_the_last(date_cell, sessions):
    """« 12/11/2019 → 15/11/2019 » was published as two sessions (nombre_seances 2) of one event."""
    candidate = map_spreadsheet_event({"Titre": "Atelier", "Date": date_cell}, OPTIONS, 2019)
    assert candidate["date_debut"].startswith("2019-11-12") and candidate["date_fin"].startswith("2019-11-15")
    assert candidate["nombre_seances"] == sessions


@pytest.mark.parametrize(("date_cell", "sessions"), [
    ("12 novembre à 15 novembre", None), ("12 nov. → 15 nov. 2019", None),
    ("mardi 12 novembre > vendredi 15 novembre", None),
    # The first day's number alone before the arrow, its month given once after the last day's
    ("12 > 15/11/2019", None), ("12 → 15 novembre", None), ("12 à 15 novembre 2019", None), ("12 -> 15/11", None),
    # Two days listed: two sessions, as before
    ("12 novembre et 15 novembre", 2), ("12 et 15 novembre", 2),
])
def test_a_range_written_with_its_months_or_its_first_day_alone_is_one_event(date_cell, sessions):
    """« 12 > 15/11/2019 » was read as the 15th alone (the 12th lost), « 12 novembre à 15 novembre » as two
    sessions."""
    candidate = map_spreadsheet_event({"Titre": "Atelier", "Date": date_cell}, OPTIONS, 2019)
    assert candidate["date_debut"].startswith("2019-11-12") and candidate["date_fin"].startswith("2019-11-15")
    assert candidate["nombre_seances"] == sessions


# A header written on two rows, as agenda templates group their columns: « Horaires » over « Début » and « Fin »,
# « Lieu » over « Nom », « Adresse » and « Ville »; the other headers merged down over both rows (a workbook) or on the
# first row alone (its CSV export).
TWO_ROW_HEADER = [
    ["Titre", "Date", "Horaires", None, "Lieu", None, None],
    [None, None, "Début", "Fin", "Nom", "Adresse", "Ville"],
    ["Forum de l'ESS", "15/11/2019", "14h", "17h", "Salle du Roudour", "Rue de Morlaix", "Saint-Martin-des-Champs"],
    ["Atelier compost", "16/11/2019", "10h", "12h", "Jardin partagé", "2 rue des Lilas", "Brest"],
]


def _two_row_header_file(kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for row in TWO_ROW_HEADER:
            sheet.append(row)
        for merged in ("A1:A2", "B1:B2", "C1:D1", "E1:G1"):
            sheet.merge_cells(merged)
        workbook.save(buffer)
    elif kind == "ods":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import CoveredTableCell, Table, TableCell, TableRow
        from odf.text import P

        document, table = OpenDocumentSpreadsheet(), Table(name="Agenda")
        spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (1, 3)}
        covered = {(1, 0), (1, 1), (0, 3), (0, 5), (0, 6)}
        for row_number, row in enumerate(TWO_ROW_HEADER):
            line = TableRow()
            for column, text in enumerate(row):
                if (row_number, column) in covered:
                    line.addElement(CoveredTableCell())
                    continue
                rows, columns = spans.get((row_number, column), (1, 1))
                cell = TableCell(valuetype="string", numberrowsspanned=rows, numbercolumnsspanned=columns)
                if text is not None:
                    cell.addElement(P(text=text))
                line.addElement(cell)
            table.addElement(line)
        document.spreadsheet.addElement(table)
        document.write(buffer)
    else:
        text = io.StringIO()
        csv.writer(text, delimiter=";").writerows([["" if cell is None else cell for cell in row]
                                                   for row in TWO_ROW_HEADER])
        buffer.write(text.getvalue().encode("utf-8"))
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "ods", "csv"])
@pytest.mark.parametrize("columns", [
    # The configuration names the second row's headers
    {"titre": "Titre", "date_debut": "Date", "heure_debut": "Début", "heure_fin": "Fin", "lieu": "Nom",
     "adresse": "Adresse", "commune": "Ville"},
    # … or both rows' (« Horaires début »), or the first row's alone where it groups one value (« Horaires »)
    {"titre": "Titre", "date_debut": "Date", "heure_debut": "Horaires début", "heure_fin": "Horaires fin",
     "lieu": "Lieu", "adresse": "Adresse", "commune": "Ville"},
])
def test_a_header_written_on_two_rows_names_the_columns_it_groups(tmp_path, kind, columns):
    """Before: the second row was a record quarantined for its missing title, and the columns after the first of a
    group had no name (« colonne_4 »): the end time, the address and the town were never read."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / f"agenda.{kind}").write_bytes(_two_row_header_file(kind))
    options = {"colonnes": columns}
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress", edition=2019, options=options)
    assert [(p.position, p.reason) for p in problems] == [
        (0, "sous-en-tête, pas un événement : ligne 2 (« Début » ; « Fin » ; « Nom » ; « Adresse » ; « Ville »)")]
    candidates = map_spreadsheet_events([r.payload for r in records], options, [2019, 2019])
    assert [(c["titre"], c["date_debut"], c["date_fin"], c["lieu"], c["adresse"], c["commune"])
            for c in candidates] == [
        ("Forum de l'ESS", "2019-11-15T14:00:00", "2019-11-15T17:00:00", "Salle du Roudour", "Rue de Morlaix",
         "Saint-Martin-des-Champs"),
        ("Atelier compost", "2019-11-16T10:00:00", "2019-11-16T12:00:00", "Jardin partagé", "2 rue des Lilas", "Brest"),
    ]


@pytest.mark.parametrize("second_row", [
    ["Forum de l'ESS", "15/11/2019", "14h", "17h", "Salle", "Rue X", "Brest"],  # an event: dates and hours
    [None, None, "Début", None, None, None, None],  # one header alone: no group named whole
    [None, None, "Début", "Fin", None, None, "Brest"],  # a word outside any group
])
def test_a_row_under_the_header_that_names_no_group_whole_is_read_as_any_row(tmp_path, second_row):
    folder = tmp_path / "export"
    folder.mkdir()
    rows = [TWO_ROW_HEADER[0], second_row, TWO_ROW_HEADER[2]]
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows([["" if cell is None else cell for cell in row] for row in rows])
    (folder / "agenda.csv").write_text(text.getvalue(), encoding="utf-8")
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires", "lieu": "Lieu"}}
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress", edition=2019, options=options)
    assert not any("sous-en-tête" in p.reason for p in problems)
    assert len(records) == 2  # the row under the header is a record, quarantined or published downstream


# ------------------------------------------------------------------------------ venue and address in one cell

PLACE_OPTIONS = {"colonnes": {"titre": "Titre", "date_debut": "Date", "lieu": "Lieu", "adresse": "Adresse",
                              "code_postal": "CP", "commune": "Ville"}}


@pytest.mark.parametrize(("lieu", "adresse", "cp", "ville", "expected"), [
    # typed with Alt+Entrée in the one « Lieu » cell: venue, street, postal code and town apart
    ("Grand Palais\n1 bd des Cités Unies\n59800 Lille", "", "", "",
     ("Grand Palais", "1 bd des Cités Unies, 59800 Lille", "59800", "Lille")),
    ("Maison des associations\r\n6 cours des Alliés\r\n35000 Rennes", "", "", "",
     ("Maison des associations", "6 cours des Alliés, 35000 Rennes", "35000", "Rennes")),
    ("Tiers-lieu La Grande Ourse, 12 rue de la Gare, 44000 Nantes", "", "", "",
     ("Tiers-lieu La Grande Ourse", "12 rue de la Gare, 44000 Nantes", "44000", "Nantes")),
    # the town in its own column: the venue and the street apart, the town given kept
    ("Espace Job\n103 allée Riquet", "", "", "Nîmes", ("Espace Job", "103 allée Riquet", None, "Nîmes")),
    ("Hôtel de ville\n83 rue de la Mairie\n59500 Douai", "", "59500", "DOUAI",
     ("Hôtel de ville", "83 rue de la Mairie, 59500 Douai", "59500", "DOUAI")),
    # an address alone in the « Lieu » cell is the address
    ("16 rue Aristide Briand\n62000 Arras", "", "", "",
     (None, "16 rue Aristide Briand, 62000 Arras", "62000", "Arras")),
    # as given: a venue alone, a venue and a town (a district is written so too), a room, an online wording, and a
    # « Lieu » beside an address of its own
    ("Salle des fêtes", "", "", "Plouguerneau", ("Salle des fêtes", None, None, "Plouguerneau")),
    ("Salle Erdre, Nantes", "", "", "", ("Salle Erdre, Nantes", None, None, None)),
    ("Salle 2\n1er étage", "", "", "Brest", ("Salle 2 1er étage", None, None, "Brest")),
    ("En ligne\nlien envoyé à l'inscription", "", "", "", ("En ligne lien envoyé à l'inscription", None, None, None)),
    ("Grand Palais\nHall B", "1 boulevard des Cités Unies", "59800", "Lille",
     ("Grand Palais Hall B", "1 boulevard des Cités Unies", "59800", "Lille")),
])
def test_a_venue_cell_holding_its_address_gives_venue_address_and_town_apart(lieu, adresse, cp, ville, expected):
    payload = {"Titre": "Forum des métiers du lien", "Date": "17/11/2022", "Lieu": lieu, "Adresse": adresse,
               "CP": cp, "Ville": ville}
    one = map_spreadsheet_event(payload, PLACE_OPTIONS, edition=2022)
    [table] = map_spreadsheet_events([payload], PLACE_OPTIONS, [2022])
    assert (one["lieu"], one["adresse"], one["code_postal"], one["commune"]) == expected
    assert table == one


def test_a_csv_venue_cell_on_three_lines_is_published_as_venue_address_and_town(tmp_path):
    text = "Titre;Date;Lieu;Adresse;CP;Ville\r\n" + ";".join(
        ["Forum des métiers du lien", "17/11/2019", '"Grand Palais\r\n1 bd des Cités Unies\r\n59800 Lille"', "", "",
         ""]) + "\r\n"
    folder = folder_with(tmp_path, "inscriptions.csv", text.encode("cp1252"))
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress-test", edition=2019, options=PLACE_OPTIONS,
                                                     territories=TERRITORIES)
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "tableur"} for record in records])
    [event] = normalize_records(raw, {"cress-test": PLACE_OPTIONS}).events.to_dict("records")
    assert not problems
    assert (event["lieu"], event["adresse"], event["code_postal"], event["commune"]) == (
        "Grand Palais", "1 bd des Cités Unies, 59800 Lille", "59800", "Lille")
