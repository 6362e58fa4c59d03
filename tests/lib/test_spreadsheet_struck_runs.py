"""Text struck through inside a cell: how CRESS staff correct an agenda without deleting what it said (« 14h-16h »
struck, « 15h-17h » typed after it; a venue, a date or an organiser replaced the same way). The struck runs are
not read; a cell whose every run is struck is a struck cell (a title struck so: the event called off), in the three
workbook formats the connector reads."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from assets.lib.normalize import normalize_records
from assets.lib.sources.spreadsheet import read_spreadsheet_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tableur"
HEADER = ["Titre", "Date", "Horaires", "Lieu", "Commune", "CP", "Organisateur"]
OPTIONS = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires", "lieu": "Lieu",
                        "commune": "Commune", "code_postal": "CP", "organisateur": "Organisateur"}}
STRUCK = object()  # a run struck through, in the rows below: (STRUCK, text)
STRUCK_FONT = InlineFont(strike=True)
# The agenda of tests/fixtures/tableur/cress-corrigee-2019.xls (written with xlwt 1.3.0 from these rows).
ROWS = [
    ["Atelier vélo", "19/11/2019", [(STRUCK, "14h-16h"), " 15h-17h"], "Maison des associations", "Rennes", "35000",
     "Répar'Tout"],
    ["Ciné-débat", [(STRUCK, "12/11/2019"), " 19/11/2019"], "20h", [(STRUCK, "Salle Jaurès"), " Cinéma Arvor"],
     "Rennes", "35000", "Ciné Solidaire"],
    [[(STRUCK, "Forum de l'emploi solidaire")], "14/11/2019", "9h-12h", "Halle Martenot", "Rennes", "35000",
     "Pôle ESS"],
    ["Repair café", "16/11/2019", "10h", "Le Jardin", "Rennes", "35000", [(STRUCK, "Répar'Tout"), " Vélo Cité"]],
]
EXPECTED = {  # title: (date_debut, date_heure_debut, date_heure_fin, lieu, organisateur)
    "Atelier vélo": ("2019-11-19", "2019-11-19T15:00:00+01:00", "2019-11-19T17:00:00+01:00",
                     "Maison des associations", "Répar'Tout"),
    "Ciné-débat": ("2019-11-19", "2019-11-19T20:00:00+01:00", "", "Cinéma Arvor", "Ciné Solidaire"),
    "Repair café": ("2019-11-16", "2019-11-16T10:00:00+01:00", "", "Le Jardin", "Vélo Cité"),
}
CALLED_OFF = {"Forum de l'emploi solidaire": "événement annulé dans la source : ligne barrée dans le classeur"}


def outcome(tmp_path: Path, name: str, content: bytes) -> tuple[dict, dict]:
    """({title: EXPECTED's fields} of the events published, {title: motif} of those quarantined) of the workbook."""
    folder = tmp_path / "raw" / "cress-test" / "2019" / "export"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    records, problems, _ = read_spreadsheet_snapshot(folder, source="cress-test", edition=2019, options=OPTIONS)
    assert problems == []
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "tableur"} for record in records])
    result = normalize_records(raw, {"cress-test": OPTIONS})
    published = {row.titre: (str(row.date_debut)[:10], _moment(row.date_heure_debut), _moment(row.date_heure_fin),
                             row.lieu, row.organisateur) for row in result.events.itertuples()}
    quarantined = {json.loads(row.contenu)["Titre"]: row.motif for row in result.quarantine.itertuples()}
    return published, quarantined


def _moment(value) -> str:
    return "" if pd.isna(value) or value == "" else pd.Timestamp(value).isoformat()


def rich(value, struck_font: InlineFont = STRUCK_FONT):
    if not isinstance(value, list):
        return value
    return CellRichText([TextBlock(struck_font, piece[1]) if isinstance(piece, tuple) else piece for piece in value])


def xlsx(rows=ROWS, struck_font: InlineFont = STRUCK_FONT) -> bytes:
    """openpyxl's XLSX: rich texts as inline strings, struck runs as `<strike val="1"/>`."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Agenda"
    sheet.append(HEADER)
    for row in rows:
        sheet.append([rich(value, struck_font) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_excel_saves_it(raw: bytes) -> bytes:
    """The workbook as Excel and LibreOffice save it: every text in the shared strings (xl/sharedStrings.xml), a
    struck run's font as a bare `<strike/>`."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    strings: list[str] = []

    def shared(match: re.Match) -> str:
        strings.append(match.group(2).replace('<strike val="1" />', "<strike/>").replace('<strike val="1"/>',
                                                                                          "<strike/>"))
        return f'<c{match.group(1)} t="s"><v>{len(strings) - 1}</v></c>'

    parts = {item.filename: source.read(item) for item in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', shared, parts[sheet].decode()).encode()
    assert strings and b"inlineStr" not in parts[sheet]
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si>{s}</si>" for s in strings)
        + "</sst>").encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    rels = "xl/_rels/workbook.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def ods() -> bytes:
    """LibreOffice's ODS: a struck run is a `text:span` whose automatic text style has a line-through."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, Span

    document = OpenDocumentSpreadsheet()
    struck = Style(name="T1", family="text")
    struck.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single"))
    document.automaticstyles.addElement(struck)
    agenda = Table(name="Agenda")
    for values in [HEADER, *ROWS]:
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            paragraph = P()
            for piece in value if isinstance(value, list) else [value]:
                if isinstance(piece, tuple):
                    paragraph.addElement(Span(stylename=struck, text=piece[1]))
                else:
                    paragraph.addText(piece)
            cell.addElement(paragraph)
            row.addElement(cell)
        agenda.addElement(row)
    document.spreadsheet.addElement(agenda)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content"), [
    ("agenda.xlsx", lambda: as_excel_saves_it(xlsx())),
    ("agenda.xlsx", xlsx),
    ("agenda.ods", ods),
    ("agenda.xls", lambda: (FIXTURES / "cress-corrigee-2019.xls").read_bytes()),
], ids=["xlsx-shared-strings", "xlsx-inline-strings", "ods", "xls"])
def test_text_struck_inside_a_cell_is_not_read_a_cell_struck_whole_is_struck(tmp_path, name, content):
    """Before: « 14h-16h 15h-17h » read 14h to 16h, « 12/11/2019 19/11/2019 » the 12th, « Salle Jaurès Cinéma Arvor »
    the venue, the struck organiser kept; the title struck run by run was a live event."""
    published, quarantined = outcome(tmp_path, name, content())
    assert published == EXPECTED
    assert quarantined == CALLED_OFF


def test_a_run_whose_strike_is_switched_off_is_read():
    """`<strike val="0"/>`: a run formatted, not struck."""
    raw = as_excel_saves_it(xlsx([["Atelier vélo", "19/11/2019", [(STRUCK, "14h"), "-17h"], "Le Jardin", "Rennes",
                                   "35000", "Répar'Tout"]], struck_font=InlineFont(strike=False, b=True)))
    assert b"<strike/>" not in raw
    from assets.lib.sources.spreadsheet import SpreadsheetOptions, _xlsx_tables

    [table] = _xlsx_tables(raw, SpreadsheetOptions())
    assert table.rows[1][1][2] == "14h-17h"
    assert table.struck == frozenset()


def test_the_cells_read_equal_openpyxls_where_nothing_is_struck():
    """Rich texts without a struck run read as openpyxl reads them (bold, colour, several runs)."""
    from assets.lib.sources.spreadsheet import SpreadsheetOptions, _xlsx_tables

    bold = InlineFont(b=True)
    raw = as_excel_saves_it(xlsx([["Atelier ", "19/11/2019", [(STRUCK, "14h"), "-17h"], "Le Jardin", "Rennes",
                                   "35000", [(STRUCK, "Répar'"), "Tout"]]], struck_font=bold))
    fast = [(t.sheet, t.rows) for t in _xlsx_tables(raw, SpreadsheetOptions())]
    assert fast == [(t.sheet, t.rows) for t in _xlsx_tables(raw, SpreadsheetOptions(), fast=False)]
    assert fast[0][1][1][1][2] == "14h-17h"
    assert fast[0][1][1][1][6] == "Répar'Tout"


# ------------------------------------------------------------------- formulas the file holds no value of

def test_formulas_a_program_wrote_without_their_values_are_named_in_the_run_log(tmp_path):
    """A workbook written by a program that does not calculate (openpyxl, a database export) holds formulas without
    their values: the cells read empty, the title's row was « titre manquant » with nothing saying why. The run log
    now names each such cell; a formula Excel saved with its value, even an empty one, is read as before."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Agenda"
    sheet.append([*HEADER, "Base"])
    sheet.append(['=H2&" vélo"', "19/11/2019", "14h", "Le Jardin", "Rennes", "35000", "Répar'Tout", "Atelier"])
    sheet.append(["Forum", "=DATE(2019,11,14)", "9h", "Halle", "Rennes", "35000", "Pôle ESS", None])
    sheet.append(["Café", "14/11/2019", "9h", "Halle", "=H4", "35000", "Pôle ESS", None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    raw = buffer.getvalue()
    folder = tmp_path / "raw" / "cress-test" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.xlsx").write_bytes(raw)
    _, _, reports = read_spreadsheet_snapshot(folder, source="cress-test", edition=2019, options=OPTIONS)
    (report,) = reports
    assert report.uncalculated == ("Titre ligne 2", "Date ligne 3", "Commune ligne 4")
    assert any("3 formule(s) sans valeur enregistrée, lues vides" in line and "Titre ligne 2" in line
               for line in report.warnings())
    # as a spreadsheet saves it: each formula with its value (a text formula calculated empty: t="str", <v></v>)
    calculated = re.sub(rb'<c r="([A-Z]+\d+)"><f>([^<]*)</f><v ?/>',
                        lambda match: b'<c r="' + match.group(1) + b'" t="str"><f>' + match.group(2) + b"</f><v></v>",
                        zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml"))
    assert calculated.count(b't="str"><f>') == 3
    saved = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            target.writestr(item, calculated if item.filename == "xl/worksheets/sheet1.xml" else source.read(item))
    (folder / "agenda.xlsx").write_bytes(saved.getvalue())
    _, _, reports = read_spreadsheet_snapshot(folder, source="cress-test", edition=2019, options=OPTIONS)
    assert reports[0].uncalculated == ()


def test_a_tab_typed_in_a_cell_is_kept_in_a_workbook_that_strikes_text_too():
    """Both rewrite the OpenDocument content before pandas reads it: the struck runs' rewrite wrote the XML anew, with
    other namespace prefixes, and the tabs were then lost (« espacé<tab>tab » read « espacétab »)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, Span, Tab

    from assets.lib.sources.spreadsheet import SpreadsheetOptions, _ods_tables

    document = OpenDocumentSpreadsheet()
    struck = Style(name="T1", family="text")
    struck.addElement(TextProperties(textlinethroughstyle="solid"))
    document.automaticstyles.addElement(struck)
    table = Table(name="Agenda")
    for cells in (["Titre", "Horaires"], ["Atelier", "14h"]):
        row = TableRow()
        for text in cells:
            cell, paragraph = TableCell(valuetype="string"), P(text=text)
            if text == "Atelier":
                paragraph.addElement(Tab())
                paragraph.addText("vélo")
            if text == "14h":
                paragraph.addElement(Span(stylename=struck, text="-16h"))
                paragraph.addText(" 15h-17h")
            cell.addElement(paragraph)
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    (sheet,) = _ods_tables(buffer.getvalue(), SpreadsheetOptions())
    assert sheet.rows == [(1, ["Titre", "Horaires"]), (2, ["Atelier\tvélo", "14h 15h-17h"])]
