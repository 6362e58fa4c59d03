"""Exports dropped by hand under the names Windows tools and users give them: an extension in capitals (« AGENDA.ICS »,
« Programme.XLSX », « EXPORT.CSV ») is read as its lower-case twin by every connector, and makes a snapshot."""

import shutil
from pathlib import Path

import pytest

from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options

FIXTURES = Path(__file__).parents[1] / "fixtures"

# (kind, fixture, the name it is dropped under, options)
DROPPED = [
    ("ical", "ical/cress-reunion-2019.ics", "AGENDA.ICS", {}),
    ("ical", "ical/toulouse-tech-hub-2019.ics", "Calendrier.Ics", {}),
    ("openagenda", "openagenda/api-v2/page-1.json", "EXPORT-OPENAGENDA.JSON", {}),
    ("schemaorg", "schemaorg/agenda-the-events-calendar.html", "AGENDA.HTM", {}),
    ("tableur", "tableur/cress-bretagne-2019.xls", "PROGRAMME.XLS", {
        "colonnes": {"titre": "Événement", "date_debut": "Date début", "commune": "Ville"}}),
    ("tableur", "tableur/cress-bretagne-2019.ods", "Programme.ODS", {
        "colonnes": {"titre": "Événement", "date_debut": "Date début", "commune": "Ville"}}),
    ("tableur", "tableur/cress-aura-2019.csv", "EXPORT.CSV", {
        "colonnes": {"titre": "Nom de l'événement", "date_debut": "Date de début", "commune": "Commune"}}),
]


@pytest.mark.parametrize(("kind", "fixture", "name", "options"), DROPPED, ids=[name for _, _, name, _ in DROPPED])
def test_an_export_whose_extension_is_in_capitals_is_read_as_its_lower_case_twin(tmp_path, kind, fixture, name,
                                                                                 options):
    """Before: the file was passed over without a word, its source read as empty."""
    source_kind = KINDS[kind]
    lower, upper = tmp_path / "lower" / "2019" / "export", tmp_path / "upper" / "2019" / "export"
    for folder, file_name in ((lower, Path(fixture).name), (upper, name)):
        folder.mkdir(parents=True)
        shutil.copy(FIXTURES / fixture, folder / file_name)
    parsed = parse_options(source_kind.options, options)
    expected = source_kind.read(lower, 2019, "source", parsed)
    assert expected.records
    found = source_kind.read(upper, 2019, "source", parsed)
    assert [(r.source_record_id, r.payload) for r in found.records] == [
        (r.source_record_id, r.payload) for r in expected.records]
    assert [p.reason for p in found.problems] == [p.reason for p in expected.problems]
    assert SnapshotStore(tmp_path, "upper").latest_snapshot(2019, source_kind.patterns) == upper


def test_files_no_pattern_matches_office_locks_and_hidden_files_are_still_not_read(tmp_path):
    folder = tmp_path / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    for name in ("~$PROGRAMME.XLSX", ".AGENDA.ICS", "notes.TXT.bak", "calendrier.ics.zip"):
        (folder / name).write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert SnapshotStore(tmp_path, "source").latest_snapshot(2019, KINDS["ical"].patterns) is None
    assert KINDS["ical"].read(folder, 2019, "source", parse_options(KINDS["ical"].options, {})).records == []
