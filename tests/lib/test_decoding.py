"""Mis-encoded, mixed and huge feed files: one bad piece costs at most its own record."""

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.decoding import decode_lines, json_text, load_json
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.sources.ical import read_ical_snapshot
from assets.lib.sources.openagenda import map_openagenda_event, read_openagenda_snapshot
from assets.lib.sources.spreadsheet import map_spreadsheet_event, read_spreadsheet_snapshot
from assets.lib.text import TRUNCATION_MARK

COLUMNS = {"colonnes": {"date_debut": "Date", "commune": "Ville"}}
HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def _snapshot(tmp_path: Path, name: str, content: bytes | None = None) -> Path:
    folder = tmp_path / "export"
    folder.mkdir(exist_ok=True)
    if content is None:
        shutil.copy(HOSTILE / name, folder / name)
    else:
        (folder / name).write_bytes(content)
    return folder


def test_a_windows_1252_string_in_a_json_page_costs_neither_the_page_nor_its_neighbours(tmp_path):
    records, problems = read_openagenda_snapshot(_snapshot(tmp_path, "openagenda-cp1252.json"),
                                                 source="oa", edition=2019)
    assert problems == []
    titles = {r.source_record_id: map_openagenda_event(r.payload)["titre"] for r in records}
    # UTF-8 neighbours stay UTF-8 (no mojibake), the Windows-1252 event is read as such.
    assert titles == {"11": "Forum de l’économie sociale", "12": "Journée de l’ESS – édition spéciale",
                      "13": "Café citoyen"}
    assert map_openagenda_event(records[1].payload)["lieu"] == "Café associatif"


def test_json_text_counts_the_strings_read_as_windows_1252():
    raw = '{"a": "été", "b": "'.encode() + "hôtel".encode("cp1252") + b'", "c": ["\\u00e9", "ok"]}'
    text, legacy = json_text(raw)
    assert legacy == 1
    assert json.loads(text) == {"a": "été", "b": "hôtel", "c": ["é", "ok"]}
    assert load_json(b"\xef\xbb\xbf" + '{"t": "déjà"}'.encode()) == {"t": "déjà"}
    assert load_json('{"t": "déjà"}'.encode("utf-16")) == {"t": "déjà"}
    with pytest.raises(ValueError):
        load_json(b'{"events": [{"uid": 1, "title": "cut')  # truncated stays an error


def test_a_csv_mixing_utf8_and_windows_1252_rows_is_decoded_row_by_row(tmp_path):
    records, problems, reports = read_spreadsheet_snapshot(
        _snapshot(tmp_path, "tableur-mixte.csv"), source="cress", edition=2019, options=COLUMNS)
    assert problems == []
    assert reports[0].encoding == "utf-8+cp1252"
    assert [(r.payload["Titre"], r.payload["Ville"]) for r in records] == [
        ("Fête de l’ESS", "Montréal"), ("Journée coopérative", "Besançon"), ("Café-débat", "Orléans")]


def test_decode_lines_keeps_a_plain_utf8_or_windows_1252_file_whole():
    assert decode_lines("é\nà".encode()) == ("é\nà", "utf-8")
    assert decode_lines(b"\xef\xbb\xbf" + "é".encode()) == ("é", "utf-8-sig")
    assert decode_lines("é\nà\r\nü".encode("cp1252")) == ("é\nà\r\nü", "cp1252")
    assert decode_lines(b"\x81\x8d") == ("\x81\x8d", "cp1252")  # bytes cp1252 leaves undefined: Latin-1


def test_an_ical_file_mixing_encodings_keeps_every_accent(tmp_path):
    body = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
            b"DTSTAMP:20191101T000000Z\r\nDTSTART:20191114T090000\r\n" + "SUMMARY:Forum de l’ESS\r\n".encode()
            + b"END:VEVENT\r\nBEGIN:VEVENT\r\n"
            b"UID:b@x\r\nDTSTAMP:20191101T000000Z\r\nDTSTART:20191115T090000\r\n"
            + "SUMMARY:Journée coopérative\r\n".encode("cp1252") + b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    records, problems = read_ical_snapshot(_snapshot(tmp_path, "cal.ics", body), source="cal", edition=2019)
    assert problems == []
    assert sorted(r.payload["summary"] for r in records) == ["Forum de l’ESS", "Journée coopérative"]


def test_a_cell_over_the_csv_module_field_limit_does_not_reject_the_file(tmp_path):
    huge = ("Un atelier de réparation. " * 200_000).strip()  # 5.2 MB, 40 times the csv module's limit
    body = ("Titre;Date;Description\nRepair café;16/11/2019;\"" + huge + "\"\nForum;17/11/2019;court\n").encode()
    records, problems, _ = read_spreadsheet_snapshot(_snapshot(tmp_path, "gros.csv", body), source="t", edition=2019,
                                                      options=COLUMNS)
    assert problems == []
    assert [r.payload["Titre"] for r in records] == ["Repair café", "Forum"]
    assert len(records[0].payload["Description"]) == len(huge)
    # Downstream the description is cut to the schema's maximum on a word boundary, and marked.
    raw = pd.DataFrame([{"edition": 2019, "source": "t", "source_kind": "tableur",
                         "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                         "payload": payload_json(r.payload)} for r in records])
    result = normalize_records(raw, {"t": COLUMNS})
    description = result.events.set_index("titre").loc["Repair café", "description"]
    assert len(description) <= 10_000
    assert description.endswith(TRUNCATION_MARK)
    assert description.removesuffix(TRUNCATION_MARK).endswith("réparation")
    assert map_spreadsheet_event(records[1].payload, COLUMNS)["description"] == "court"


def _double_encoded(text: str) -> bytes:
    """`text` as a tool writes it that read UTF-8 bytes as Windows-1252 and saved the result as UTF-8."""
    return text.encode("utf-8").decode("cp1252", errors="latin1fallback").encode("utf-8")


@pytest.mark.parametrize("text", [
    "Conférence « L’ESS à l’école » — Fête de l’économie solidaire, Nîmes, Île-de-France, 14 h–16 h, 5 €",
    "ÉCOLE DES ÉCO-DÉLÉGUÉS ; Œuvre ; façade ; naïveté ; où ; ôter ; Ça",
])
def test_text_encoded_twice_is_repaired(text):
    """A file saved twice as UTF-8 (« ConfÃ©rence ») reads as it was written; the encoding says so. Text that is
    right, a « Â » of a word in capitals or a « São » included, is left as it is."""
    doubled = _double_encoded(text)
    assert "Ã" in doubled.decode("utf-8")
    decoded, encoding = decode_lines(doubled)
    assert decoded == text and encoding == "utf-8 (encodé deux fois, réparé)"
    assert load_json(json.dumps({"titre": doubled.decode("utf-8")}, ensure_ascii=False).encode()) == {"titre": text}
    right = "ÂGE D’OR à São Paulo, Fête à Nîmes\n" + text
    assert decode_lines(right.encode("utf-8")) == (right, "utf-8")
    assert decode_lines(right.encode("cp1252", errors="replace"))[1] == "cp1252"


def test_a_spreadsheet_encoded_twice_reads_its_columns_and_says_so(tmp_path):
    """The headers of a sheet saved twice as UTF-8 (« DÃ©but ») match their columns again, its cells read right,
    and the sheet's report warns that its text was repaired."""
    sheet = "Titre;Début;Ville\nConférence sur l’économie circulaire;14/11/2019;Besançon\n"
    records, problems, reports = read_spreadsheet_snapshot(
        _snapshot(tmp_path, "agenda.csv", _double_encoded(sheet)), source="cress-test", edition=2019,
        options={"colonnes": {"titre": "Titre", "date_debut": "Début", "commune": "Ville"}})
    (record,) = records
    assert not problems and record.payload == {
        "Titre": "Conférence sur l’économie circulaire", "Début": "14/11/2019", "Ville": "Besançon"}
    (report,) = reports
    assert not report.vanished and not report.appeared
    assert report.warnings() == ["cress-test: agenda.csv: texte encodé deux fois en UTF-8 (« Ã© » pour « é »), réparé"]
