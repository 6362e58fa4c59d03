"""OpenAgenda source: cursor and offset paging against a real HTTP server on 127.0.0.1, reading, mapping."""

from __future__ import annotations

import csv
import http.server
import io
import json
import threading
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.normalize import normalize_candidate, normalize_records
from assets.lib.records import RecordRejected, payload_json
from assets.lib.schema import MEETING_LINK_FIELD, SOURCE_ONLY_FIELDS
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.base import NOT_PUBLIC
from assets.lib.sources.openagenda import (
    fetch_openagenda_edition,
    map_openagenda_event,
    read_openagenda_snapshot,
)
from tests.http_helpers import QuietHandler, serving
from tests.snapshots import dropped_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "openagenda"
API_PAGES = FIXTURES / "api-v2"
LEGACY = FIXTURES / "arles-export-legacy.json"
NOW = datetime(2019, 12, 1, 6, 0, 0, tzinfo=UTC)
KEY = "cle-de-test"
AFTER = ["2", "1573027200000"]  # the cursor of page 1, as passed back
EXPECTED_QUERY = {"detailed": ["1"], "includeLabels": ["1"], "size": ["2"],
                  "timings[gte]": ["2019-01-01T00:00:00+01:00"], "timings[lte]": ["2019-12-31T23:59:59+01:00"]}


class FakeOpenAgenda(http.server.ThreadingHTTPServer):
    """`/v2/agendas/4242/events` (key header, cursor paging) and `/legacy/events.json` (offset paging).

    `faults[n]` lists replies served before page n (an int status or raw bytes); `overrides[n]`
    replaces page n's body for good. Every request is logged with its `key` header.
    """

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), OpenAgendaHandler)
        self.hits: list[tuple[str, str | None]] = []
        self.faults: dict[int, list[int | bytes]] = {}
        self.overrides: dict[int, bytes] = {}
        self.extra_query: dict[str, list[str]] = {}  # parameters a test adds to the expected query
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    @property
    def events_url(self) -> str:
        return f"{self.url}/v2/agendas/4242/events"


class OpenAgendaHandler(QuietHandler):
    protocol_version = "HTTP/1.1"
    server: FakeOpenAgenda

    def do_GET(self) -> None:
        key = self.headers.get("key")
        self.server.hits.append((self.path, key))
        parsed = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parsed.query)
        if parsed.path == "/legacy/events.json":
            return self.legacy(query)
        if parsed.path != "/v2/agendas/4242/events":
            return self.reply(404, b'{"error": "not found"}')
        if key != KEY:
            return self.reply(401, b'{"error": "invalid key"}')
        if {k: v for k, v in query.items() if k != "after[]"} != EXPECTED_QUERY | self.server.extra_query:
            return self.reply(400, b'{"error": "unexpected query"}')
        page = {None: 1, tuple(AFTER): 2}.get(tuple(query["after[]"]) if "after[]" in query else None)
        if page is None:
            return self.reply(400, b'{"error": "unknown cursor"}')
        with self.server.lock:
            queue = self.server.faults.get(page)
            fault = queue.pop(0) if queue else None
        if isinstance(fault, int):
            return self.reply(fault, b'{"error": "server error"}')
        if isinstance(fault, bytes):
            return self.reply(200, fault)
        self.reply(200, self.server.overrides.get(page) or (API_PAGES / f"page-{page}.json").read_bytes())

    def legacy(self, query: dict[str, list[str]]) -> None:
        export = json.loads(LEGACY.read_bytes())
        offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
        body = {"total": len(export["events"]), "offset": offset, "limit": limit,
                "events": export["events"][offset:offset + limit]}
        self.reply(200, json.dumps(body).encode())

    def reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def agenda():
    with serving(FakeOpenAgenda()) as httpd:
        yield httpd



@pytest.fixture
def store(tmp_path) -> SnapshotStore:
    return SnapshotStore(tmp_path / "raw", "cress-bretagne-openagenda")


def fetch(agenda, client, store, retries: int = 3, **kwargs) -> Path:
    kwargs = {"api_key": KEY, "size": 2, "now": NOW, **kwargs}
    return fetch_openagenda_edition(client, agenda.events_url, 2019, store=store,
                                    policy=RetryPolicy(retries=retries, sleep=lambda s: None), **kwargs)


def hand_dropped(tmp_path: Path, *names: str) -> Path:
    return dropped_snapshot(tmp_path, FIXTURES, *names)


# ------------------------------------------------------------------------------------------ fetch


def test_fetch_follows_the_after_cursor_into_a_snapshot(agenda, client, store):
    path = fetch(agenda, client, store)

    assert [urllib.parse.parse_qs(urllib.parse.urlsplit(p).query).get("after[]") for p, _ in agenda.hits] == [
        None, AFTER]  # the cursor values are passed back as repeated after[] parameters
    assert path == store.edition_dir(2019) / "20191201T060000Z"
    for n in (1, 2):  # byte for byte as served
        assert (path / f"page-000{n}.json").read_bytes() == (API_PAGES / f"page-{n}.json").read_bytes()
    manifest = json.loads((path / "manifest.json").read_bytes())
    assert [page["records"] for page in manifest["pages"]] == [2, 1]
    assert manifest["base_url"] == agenda.events_url and manifest["complete"] is True
    assert store.verify(path) == 2
    assert store.latest_snapshot(2019) == path


def test_extra_parameters_may_repeat(agenda, client, store):
    agenda.extra_query = {"status[]": ["1", "6"], "state": ["2"]}
    fetch(agenda, client, store, params={"status[]": [1, 6], "state": 2})
    assert len(agenda.hits) == 2  # both pages accepted with the extra parameters, cursor included


def test_the_key_travels_in_a_header_and_never_reaches_the_snapshot(agenda, client, store):
    path = fetch(agenda, client, store)
    assert {key for _, key in agenda.hits} == {KEY}
    assert all(KEY not in p for p, _ in agenda.hits)
    assert KEY not in (path / "manifest.json").read_text(encoding="utf-8")


def test_server_error_mid_pagination_is_retried(agenda, client, store):
    agenda.faults[2] = [503, b'{"events": [{"uid": 1']  # then a cut body
    path = fetch(agenda, client, store)
    assert len(agenda.hits) == 4
    assert (path / "page-0002.json").read_bytes() == (API_PAGES / "page-2.json").read_bytes()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [({"api_key": None}, "HTTP 401"), ({"api_key": "wrong"}, "HTTP 401")],
)
def test_a_refused_key_fails_at_once_and_writes_nothing(agenda, client, store, kwargs, expected):
    with pytest.raises(FeedError, match=expected):
        fetch(agenda, client, store, retries=3, **kwargs)
    assert len(agenda.hits) == 1
    assert store.latest_snapshot(2019) is None


def test_a_cursor_that_never_moves_keeps_the_pages_received_and_is_flagged(agenda, client, store):
    stuck = json.loads((API_PAGES / "page-2.json").read_bytes()) | {"after": [2, "1573027200000"]}
    agenda.overrides[2] = json.dumps(stuck).encode()
    path = fetch(agenda, client, store)
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    assert "la pagination revient" in manifest["pagination_coupee"]
    assert len(manifest["pages"]) == 2  # page 1, then the stuck page 2 once


def test_a_page_without_events_is_refused(agenda, client, store):
    agenda.overrides[2] = b'{"error": "Agenda not found", "events": null}'
    with pytest.raises(FeedError, match="liste d'événements"):
        fetch(agenda, client, store)
    assert list(store.edition_dir(2019).iterdir()) == []


def test_page_size_above_the_api_limit_is_refused(agenda, client, store):
    with pytest.raises(ValueError, match="300"):
        fetch(agenda, client, store, size=301)
    assert agenda.hits == []


def test_legacy_export_is_paged_by_offset(agenda, client, store):
    path = fetch_openagenda_edition(client, f"{agenda.url}/legacy/events.json?limit=1", 2022, store=store,
                                    now=NOW, filter_year=False, policy=RetryPolicy(sleep=lambda s: None))
    offsets = [urllib.parse.parse_qs(urllib.parse.urlsplit(p).query)["offset"] for p, _ in agenda.hits[1:]]
    assert offsets == [["1"]]
    records, problems = read_openagenda_snapshot(path, source="arles", edition=2022)
    assert problems == []
    assert [r.source_record_id for r in records] == ["60314132", "39925956"]


# ------------------------------------------------------------------------------------------- read


def test_snapshot_reads_back_every_event_as_received(agenda, client, store):
    records, problems = read_openagenda_snapshot(fetch(agenda, client, store), source="oa", edition=2019)

    assert problems == []
    assert [(r.file, r.position, r.source_record_id) for r in records] == [
        ("page-0001.json", 0, "5510101"), ("page-0001.json", 1, "5510102"), ("page-0002.json", 2, "5510103")]
    assert {(r.source, r.edition) for r in records} == {("oa", 2019)}
    assert records[0].payload["registration"][0]["value"] == "marie.dupont@example.org"  # filtered downstream


def test_real_exports_load_unchanged(tmp_path):
    folder = hand_dropped(tmp_path, "kerlandrier-event-v2.json", "erwane-events-v2.json",
                          "arles-export-legacy.json")
    records, problems = read_openagenda_snapshot(folder, source="oa", edition=2022)
    assert problems == []
    # Files in name order; the single-event answer {success, event} counts as one event.
    assert [(r.file, r.source_record_id) for r in records] == [
        ("arles-export-legacy.json", "60314132"), ("arles-export-legacy.json", "39925956"),
        ("erwane-events-v2.json", "9906334"), ("kerlandrier-event-v2.json", "20368810")]


def test_malformed_files_and_entries_are_reported_not_fatal(tmp_path):
    folder = hand_dropped(tmp_path, "erwane-events-v2.json")
    (folder / "b-truncated.json").write_text('{"total": 1, "events": [{"uid": 1, "title"', encoding="utf-8")
    (folder / "c-list.json").write_text(json.dumps([{"uid": 7, "title": {"fr": "Sept"}}, "oops", None]),
                                        encoding="utf-8")
    (folder / "d-error.json").write_text('{"error": "Forbidden", "message": "invalid key"}', encoding="utf-8")
    (folder / "notes.txt").write_text("not read", encoding="utf-8")

    records, problems = read_openagenda_snapshot(folder, source="oa", edition=2019)

    assert [(r.file, r.position, r.source_record_id) for r in records] == [
        ("c-list.json", 0, "7"), ("erwane-events-v2.json", 3, "9906334")]
    assert [(p.file, p.position) for p in problems] == [
        ("b-truncated.json", None), ("c-list.json", 1), ("c-list.json", 2), ("d-error.json", None)]
    assert problems[0].reason.startswith("JSON illisible")
    assert "aucun événement OpenAgenda" in problems[3].reason


def test_a_page_missing_from_a_snapshot_is_a_problem(agenda, client, store):
    path = fetch(agenda, client, store)
    (path / "page-0001.json").unlink()
    records, problems = read_openagenda_snapshot(path, source="oa", edition=2019)
    assert [r.source_record_id for r in records] == ["5510103"]
    assert [(p.file, p.position) for p in problems] == [("page-0001.json", None)]


# -------------------------------------------------------------------------------------------- map


def events_of(path: Path) -> dict[str, dict]:
    return {str(e["uid"]): e for e in json.loads(path.read_bytes())["events"]}


def test_v2_event_maps_to_the_candidate_contract():
    event = events_of(API_PAGES / "page-1.json")["5510101"]
    options = {"champs": {"type_evenement": "type-devenement", "publics": ["public-cible"]},
               "libelles": {"type-devenement": {"12": "Atelier"}}}

    candidate = map_openagenda_event(event, options, edition=2019)

    assert candidate == {
        "source_identifiant": "5510101",
        "titre": "Atelier réparation",
        "description": "Venez réparer vos objets avec les bénévoles.\n\n"  # Markdown rendered
                       "Contact : marie.dupont@example.org",
        # First and last timing of 2019 only: the January 2020 session belongs to another edition.
        "date_debut": "2019-11-05T14:00:00+01:00",
        "date_fin": "2019-11-26T17:00:00+01:00",
        "categories": ["Atelier", "Économie circulaire"],  # the empty keyword is dropped
        "type_evenement": "Atelier",
        "thematiques": [],
        "publics": ["Tout public"],
        "modalite": "Présentiel",
        "organisateur": None,
        "organisateur_famille": None,
        "co_organisateurs": None,  # no co-organiser field configured: unknown, not "none"
        "lieu": "Maison des associations",
        "adresse": "6 cours des Alliés, 35000 Rennes",
        "code_postal": "35000",
        "commune": "Rennes",
        "latitude": 48.1064,
        "longitude": -1.6747,
        "url": "https://openagenda.com/agendas/4242/events/5510101",
        "date_mise_a_jour": "2019-10-28T09:12:44.000Z",
        "code_insee": "35238",
        "region_source": "Bretagne",
        "statut": "programme",
        "nombre_seances": 2,  # two sessions in 2019
        "code_pays": "FR",
        "lien_reunion": None,
    }


def test_personal_contacts_are_never_mapped_outside_free_text():
    events = [*events_of(API_PAGES / "page-1.json").values(), *events_of(API_PAGES / "page-2.json").values()]
    for event in events:
        candidate = map_openagenda_event(event, edition=2019)
        # The join link goes to lien_reunion, for the merge alone: no published field carries it.
        structured = {k: v for k, v in candidate.items() if k not in ("description", MEETING_LINK_FIELD)}
        text = json.dumps(structured, ensure_ascii=False)
        for contact in ("@example.org", "06 12 34 56 78", "02 99 00 00 00", "Jean Martin", "visio.example",
                        "billetterie"):
            assert contact not in text
        assert candidate[MEETING_LINK_FIELD] == event.get("onlineAccessLink")
        if candidate["statut"] != "annule":  # a cancelled event is quarantined, not published
            row, _ = normalize_candidate(candidate, 2019, "cress-bretagne-openagenda")
            published = {k: v for k, v in row.items() if k not in SOURCE_ONLY_FIELDS}
            assert "visio.example" not in json.dumps(published, ensure_ascii=False, default=str)


def test_cancelled_online_event_in_its_only_language():
    candidate = map_openagenda_event(events_of(API_PAGES / "page-1.json")["5510102"], edition=2019)
    assert candidate["titre"] == "Online talk: cooperative finance"  # no French: first language present
    assert candidate["modalite"] == "En ligne"
    assert candidate["statut"] == "annule" and candidate["categories"] == ["Finance", "Annulé"]
    assert candidate["lieu"] is None and candidate["latitude"] is None


@pytest.mark.parametrize(
    ("edition", "start", "end"),
    [
        (2019, "2019-11-20T09:00:00+01:00", "2019-11-20T17:00:00+01:00"),
        (2018, "2018-12-01T09:00:00+01:00", "2018-12-01T17:00:00+01:00"),
        # No edition given, or no timing in it: every timing counts (the normaliser rejects the year).
        (None, "2018-12-01T09:00:00+01:00", "2019-11-20T17:00:00+01:00"),
        (2021, "2018-12-01T09:00:00+01:00", "2019-11-20T17:00:00+01:00"),
    ],
)
def test_dates_come_from_the_timings_of_the_edition(edition, start, end):
    event = events_of(API_PAGES / "page-2.json")["5510103"]
    candidate = map_openagenda_event(event, edition=edition)
    assert (candidate["date_debut"], candidate["date_fin"]) == (start, end)
    assert candidate["modalite"] == "Hybride"


@pytest.mark.parametrize(
    ("timings", "published"),
    [
        # An agenda listing a day « all day »: from midnight to 23:59, or to 23:59:59, or to the next midnight.
        ([("2019-11-05T00:00:00+01:00", "2019-11-05T23:59:00+01:00")], ("2019-11-05", "", "2019-11-05")),
        ([("2019-11-04T23:00:00Z", "2019-11-05T22:59:59Z")], ("2019-11-05", "", "2019-11-05")),
        ([("2019-11-05T00:00:00+01:00", "2019-11-06T00:00:00+01:00"),
          ("2019-11-06T00:00:00+01:00", "2019-11-06T23:59:00+01:00")], ("2019-11-05", "", "2019-11-06")),
        # A night event from midnight, a day listed whole beside a timed one: times kept.
        ([("2019-11-05T00:00:00+01:00", "2019-11-05T02:00:00+01:00")],
         ("2019-11-05", "2019-11-05T00:00:00+01:00", "2019-11-05")),
        ([("2019-11-05T00:00:00+01:00", "2019-11-05T23:59:00+01:00"),
          ("2019-11-06T09:00:00+01:00", "2019-11-06T17:00:00+01:00")],
         ("2019-11-05", "2019-11-05T00:00:00+01:00", "2019-11-06")),
    ],
)
def test_a_timing_over_the_whole_day_is_published_as_the_day_not_midnight(timings, published):
    event = {"uid": 1, "title": {"fr": "Portes ouvertes"},
             "timings": [{"begin": begin, "end": end} for begin, end in timings]}
    row, _ = normalize_candidate(map_openagenda_event(event, edition=2019), 2019, "cress-bretagne-openagenda")
    assert (row["date_debut"], row["date_heure_debut"], row["date_fin"]) == published


@pytest.mark.parametrize(
    ("zone", "country", "published"),
    [
        # An event abroad in the agenda's zone of Dakar (UTC all year): its evening there, not 20:30 in Paris.
        ("Africa/Dakar", "SN", ("2019-11-19", "2019-11-19T19:30:00+00:00", "2019-11-19T23:30:00+00:00")),
        ("Europe/Athens", "GR", ("2019-11-19", "2019-11-19T21:30:00+02:00", "2019-11-20T01:30:00+02:00")),
        # Without a foreign country, a place in France: Paris time (a zone set wrong in the agenda changes no hour).
        ("Africa/Dakar", "FR", ("2019-11-19", "2019-11-19T20:30:00+01:00", "2019-11-20T00:30:00+01:00")),
        ("Africa/Dakar", None, ("2019-11-19", "2019-11-19T20:30:00+01:00", "2019-11-20T00:30:00+01:00")),
    ],
)
def test_an_event_abroad_is_on_the_clock_of_the_zone_its_agenda_names(zone, country, published):
    event = {"uid": 1, "title": {"fr": "Forum de l'ESS"}, "timezone": zone,
             "location": {"name": "Centre", "city": "Ville", "countryCode": country},
             "timings": [{"begin": "2019-11-19T19:30:00+0000", "end": "2019-11-19T23:30:00+0000"}]}
    row, _ = normalize_candidate(map_openagenda_event(event, edition=2019), 2019, "cress-bretagne-openagenda")
    assert (row["date_debut"], row["date_heure_debut"], row["date_heure_fin"]) == published


def test_language_option_and_fallback():
    event = events_of(API_PAGES / "page-1.json")["5510101"]
    assert map_openagenda_event(event, {"langue": "en"})["titre"] == "Repair workshop"
    assert map_openagenda_event(event, {"langue": "de"})["titre"] == "Atelier réparation"  # first present
    assert map_openagenda_event(event)["categories"] == ["Atelier", "Économie circulaire"]


def test_real_v2_event_from_kerlandrier():
    event = json.loads((FIXTURES / "kerlandrier-event-v2.json").read_bytes())["event"]
    candidate = KINDS["openagenda"].map_event(event, None, 2023)
    assert candidate["source_identifiant"] == "20368810"
    assert candidate["titre"] == "TEST API"
    assert (candidate["date_debut"], candidate["date_fin"]) == ("2023-05-06T12:00:00+02:00",
                                                                "2023-05-06T16:30:00+02:00")
    assert candidate["modalite"] == "Hybride"  # attendanceMode 3
    assert candidate["categories"] == [  # the empty keyword is dropped
        "Mots clés", "forêt", "avec espace", "points ; virgules", "caractères : / !"]
    assert (candidate["code_insee"], candidate["code_postal"], candidate["region_source"]) == (
        "29039", "29900", "Bretagne")
    assert candidate["url"] == "https://openagenda.com/agendas/44891982/events/20368810"
    assert "DIqXegJOqSi" not in candidate["url"]  # onlineAccessLink is not the event page
    # Awaiting moderation (state 0): not published by its agenda, quarantined
    assert candidate["statut"] == NOT_PUBLIC
    # Nor a meeting's join link (a post on Instagram): the normaliser keeps none for the merge.
    published = {**candidate, "statut": None}
    assert normalize_candidate(published, 2023, "openagenda")[0][MEETING_LINK_FIELD] == ""


def test_real_v2_list_without_timings_uses_first_and_last_timing():
    event = events_of(FIXTURES / "erwane-events-v2.json")["9906334"]
    candidate = map_openagenda_event(event, edition=2025)
    assert (candidate["date_debut"], candidate["date_fin"]) == ("2025-01-06T11:00:00+01:00",
                                                                "2025-01-06T18:00:00+01:00")
    assert candidate["titre"] == "Mon évènement" and candidate["categories"] == ["mon", "évènement"]
    assert candidate["code_postal"] is None and candidate["commune"] == "Paris"


def test_real_legacy_export_maps_start_end_timings_and_flat_location():
    events = events_of(LEGACY)
    reattu = map_openagenda_event(events["60314132"], edition=2022)
    assert (reattu["date_debut"], reattu["date_fin"]) == ("2022-11-19T10:00:00+01:00",
                                                          "2022-12-31T17:00:00+01:00")
    # Keywords, then the legacy tags not already there (compared without case).
    assert reattu["categories"] == ["exposition", "photographie", "vidéos", "musée", "Culture"]
    assert (reattu["lieu"], reattu["code_postal"], reattu["commune"], reattu["code_insee"]) == (
        "Musée Réattu", "13200", "Arles", "13004")
    assert reattu["url"] == "https://openagenda.com/arles-agenda/events/exposition-annabel-aoun-blanco-coups-apres-coups"
    structured = json.dumps({k: v for k, v in reattu.items() if k != "description"}, ensure_ascii=False)
    assert "ville-arles.fr" not in structured and "04 90 49 37 58" not in structured
    # Legacy tag groups can feed the typed fields.
    typed = map_openagenda_event(events["60314132"], {"champs": {"type_evenement": "Types d'événements",
                                                                 "thematiques": "thematiques"}})
    assert typed["type_evenement"] == "Exposition" and typed["thematiques"] == ["Culture", "Musée"]


def test_a_malformed_agenda_url_is_a_feed_error(client, tmp_path):
    store = SnapshotStore(tmp_path / "raw", "cress-bretagne-openagenda")
    with pytest.raises(FeedError, match="adresse invalide"):
        fetch_openagenda_edition(client, "http://[::1", 2019, store=store, now=NOW,
                                 policy=RetryPolicy(sleep=lambda s: None))


# ------------------------------------------------------------------- the public mirror on Opendatasoft

MIRROR = "opendatasoft-export.json"  # two records of evenements-publics-openagenda as its JSON export writes them


def _as_csv(records: list[dict]) -> bytes:
    """The mirror's CSV export of `records`: `;`, UTF-8 with BOM, lists and objects as JSON text, coordinates as
    « lat, lon »."""
    columns = list(records[0])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        cells = []
        for column in columns:
            value = record.get(column)
            if column == "location_coordinates" and value:
                value = f"{value['lat']}, {value['lon']}"
            elif isinstance(value, (list, dict)):
                value = json.dumps(value, ensure_ascii=False)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return out.getvalue().encode("utf-8-sig")


@pytest.mark.parametrize(("wrap", "name"), [
    pytest.param(lambda records: json.dumps(records), "export.json", id="JSON export: a list of records"),
    pytest.param(_as_csv, "export.csv", id="CSV export"),
    pytest.param(lambda records: json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": record} for record in records]}), "export.geojson",
        id="GeoJSON export"),
    pytest.param(lambda records: json.dumps({"total_count": len(records), "results": records}), "page.json",
                 id="Explore API v2.1"),
    pytest.param(lambda records: json.dumps({"nhits": len(records), "records": [
        {"datasetid": "evenements-publics-openagenda", "recordid": f"r{i}", "fields": record, "geometry": None}
        for i, record in enumerate(records)]}), "page.json", id="search API v1: {recordid, fields}"),
    pytest.param(lambda records: "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
                 "export.jsonl", id="JSON Lines export"),
    pytest.param(lambda records: "\r\n".join(json.dumps(record) for record in records), "export.json",
                 id="JSON Lines under a .json name"),
])
def test_records_of_the_public_mirror_read_and_map_as_events(tmp_path, wrap, name):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    records = json.loads((FIXTURES / MIRROR).read_text(encoding="utf-8"))
    written = wrap(records)
    (folder / name).write_bytes(written if isinstance(written, bytes) else written.encode())
    read, problems = read_openagenda_snapshot(folder, source="cress-bretagne-openagenda", edition=2019)
    assert problems == [] and [r.source_record_id for r in read] == ["52198764", "52198765"]
    velo, webinar = (map_openagenda_event(r.payload, None, 2019) for r in read)
    assert {key: velo[key] for key in ("titre", "date_debut", "date_fin", "nombre_seances", "modalite", "lieu",
                                       "adresse", "code_postal", "commune", "code_insee", "latitude", "longitude",
                                       "region_source", "code_pays", "statut", "url", "categories")} == {
        "titre": "Atelier réparation de vélos",
        "date_debut": "2019-11-16T10:00:00+01:00", "date_fin": "2019-11-23T12:00:00+01:00",  # timings as JSON text
        "nombre_seances": 2, "modalite": "Présentiel", "lieu": "La Petite Rennes", "adresse": "8 rue Saint-Malo",
        "code_postal": "35000", "commune": "Rennes", "code_insee": "35238", "latitude": 48.1147,
        "longitude": -1.6794, "region_source": "Bretagne", "code_pays": "FR", "statut": "programme",
        "url": "https://openagenda.com/fr/mois-ess-bretagne/events/atelier-reparation-de-velos",
        "categories": ["vélo", "réparation", "Mois de l'ESS"],
    }
    assert velo["description"].startswith("Venez réparer votre vélo.")  # the long description, HTML to text
    # No timings: the first and last dates, the sessions unknown; keywords as `;`-joined text; online by its mode,
    # its access link never mapped.
    assert (webinar["date_debut"], webinar["date_fin"], webinar["nombre_seances"]) == (
        "2019-11-18T12:30:00+01:00", "2019-11-18T13:30:00+01:00", None)
    assert webinar["categories"] == ["finance solidaire", "épargne"] and webinar["modalite"] == "En ligne"
    assert "zoom" not in json.dumps(webinar) and webinar["commune"] is None


def test_a_csv_that_is_no_export_of_the_mirror_is_one_problem_naming_it(tmp_path):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "inscriptions.csv").write_text("Nom;Courriel\nDupont;jean@example.org\n", encoding="utf-8")
    (folder / "binaire.csv").write_bytes(bytes(range(256)) * 8)
    (folder / "export.json").write_text((FIXTURES / MIRROR).read_text(encoding="utf-8"), encoding="utf-8")
    records, problems = read_openagenda_snapshot(folder, source="cress-bretagne-openagenda", edition=2019)
    assert len(records) == 2  # the export beside them is read
    assert sorted((p.file, p.reason.split(" (")[0]) for p in problems) == [
        ("binaire.csv", "CSV illisible"), ("inscriptions.csv", "CSV illisible")]


def test_a_custom_field_no_event_carries_is_told_in_the_run_log(tmp_path):
    """« structur » for « structure » in `champs` left every organiser empty without a word (172 events)."""
    from assets.lib.sources.base import parse_options
    from assets.lib.sources.openagenda import OpenAgendaOptions

    folder = tmp_path / "snapshot"
    folder.mkdir()
    events = [{"uid": uid, "title": {"fr": "Forum"}, "structure": "Répar'Tout",
               "timings": [{"begin": "2019-11-19T19:30:00+0100", "end": "2019-11-19T21:30:00+0100"}]}
              for uid in (1, 2)]
    (folder / "page-0001.json").write_text(json.dumps({"events": events}), encoding="utf-8")
    options = parse_options(OpenAgendaOptions, {"champs": {"organisateur": "structur", "publics": ["structure"]}})
    result = KINDS["openagenda"].read(folder, 2019, "cress-aura-openagenda", options)
    assert len(result.records) == 2
    assert result.notes == ["cress-aura-openagenda: champ « structur » (organisateur) absent des 2 événements de "
                            "l'instantané : vérifier « champs » dans la configuration"]


@pytest.mark.parametrize(("changes", "public"), [
    ({"state": -1}, False), ({"state": 0}, False), ({"state": 1}, False), ({"state": "0"}, False),
    ({"state": 2, "draft": 1}, False), ({"state": 2, "private": 1}, False), ({"state": 2, "private": True}, False),
    ({"state": 2}, True), ({"state": "2"}, True), ({"state": None}, True),
    ({"state": 2, "draft": 0, "private": 0}, True),
    # listed with `removed=null` (a synchronisation that includes removals): removed from its agenda
    ({"state": 2, "removed": True}, False), ({"removed": "true"}, False), ({"state": 2, "removed": False}, True),
    ({"removed": None}, True),
])
def test_an_event_its_agenda_does_not_publish_is_not_public(changes, public):
    """An export from an agenda's administration, or an event read alone, may be refused (state -1), awaiting
    moderation (0), not yet published (1), a draft, private or removed (a listing asked with `removed=null`
    includes the events removed from the agenda): they were published as the agenda's events."""
    event = {**events_of(API_PAGES / "page-1.json")["5510101"], **changes}
    candidate = map_openagenda_event(event, edition=2019)
    assert (candidate["statut"] != NOT_PUBLIC) is public
    if not public:
        with pytest.raises(RecordRejected, match="fiche non publique"):
            normalize_candidate(candidate, 2019, "cress-bretagne-openagenda")


def test_a_broken_line_of_a_json_lines_export_is_a_problem_naming_it_and_the_other_lines_are_read(tmp_path):
    """Before: the whole file was « JSON illisible : Extra data »."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    first, second = json.loads((FIXTURES / MIRROR).read_text(encoding="utf-8"))
    (folder / "export.ndjson").write_text(
        json.dumps(first) + "\n" + json.dumps(second)[:80] + "\n\n" + json.dumps(second) + "\n", encoding="utf-8")
    read, problems = read_openagenda_snapshot(folder, source="s", edition=2019)
    assert [record.source_record_id for record in read] == [first["uid"], second["uid"]]
    assert [record.position for record in read] == [0, 2]
    (problem,) = problems
    assert (problem.file, problem.position) == ("export.ndjson", 1)
    assert problem.reason.startswith("ligne JSON 2 illisible : Unterminated string")


@pytest.mark.parametrize("content", [
    '{\n  "uid": 1,\n  "title": "cut here',  # a document cut short: its first line is no JSON object
    '[{"uid": 1}]\n[{"uid": 2}]',  # lines of lists are no JSON Lines of records
    '{"uid": 1} trailing text',
])
def test_a_broken_json_document_stays_one_unreadable_file(tmp_path, content):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "page.json").write_text(content, encoding="utf-8")
    read, problems = read_openagenda_snapshot(folder, source="s", edition=2019)
    assert read == []
    assert [problem.reason.split(" : ")[0] for problem in problems] == ["JSON illisible"]


# Places as OpenAgenda agendas near the borders give them: four-digit postal codes of Belgium, Switzerland and
# Luxembourg, a French one that lost its zero in an import, a French overseas place.
PLACES_NEAR_BORDERS = [
    ("1000", "BE", "Bruxelles", ""), ("4000", "be", "Liège", ""), ("1204", "CH", "Genève", ""),
    ("2960", "LU", "Luxembourg", ""), ("9000", "FR", "Foix", "09000"), ("9000", None, "Foix", "09000"),
    ("97200", "MQ", "Fort-de-France", "97200"), ("59000", "FR", "Lille", "59000"),
]


def test_a_four_digit_postal_code_abroad_is_not_read_as_a_french_one_that_lost_its_zero(tmp_path):
    """Before: « 1000 » Bruxelles was published as the postal code « 01000 » (Bourg-en-Bresse)."""
    events = [{"uid": number, "title": {"fr": f"Forum {town}"},
               "timings": [{"begin": "2019-11-19T18:00:00+0100", "end": "2019-11-19T20:00:00+0100"}],
               "location": {"name": "Salle", "address": f"Rue Haute 1, {postal} {town}", "postalCode": postal,
                            "city": town, "countryCode": country}}
              for number, (postal, country, town, _) in enumerate(PLACES_NEAR_BORDERS, start=1)]
    folder = tmp_path / "raw" / "agenda" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "page-0001.json").write_text(json.dumps({"total": len(events), "events": events, "after": None}))
    records, problems = read_openagenda_snapshot(folder, source="agenda", edition=2019)
    assert problems == []
    raw = pd.DataFrame([{"edition": r.edition, "source": r.source, "source_kind": "openagenda",
                         "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                         "payload": payload_json(r.payload)} for r in records])
    expected = {f"Forum {town}": published for _, _, town, published in PLACES_NEAR_BORDERS}
    published = normalize_records(raw, {"agenda": {}}).events  # the whole table, column by column
    assert dict(zip(published["titre"], published["code_postal"], strict=True)) == expected
    rows = [normalize_candidate(map_openagenda_event(r.payload, edition=2019), 2019, "agenda")[0] for r in records]
    assert {row["titre"]: row["code_postal"] for row in rows} == expected  # one record at a time


@pytest.mark.parametrize(
    ("begin", "place", "published"),
    [
        # An agenda of La Réunion naming no zone: its timings' own offset is the hour its readers know, online or
        # at a place given by its town alone.
        ("2022-11-19T14:00:00+0400", {}, "2022-11-19T14:00:00+04:00"),
        ("2022-11-19T14:00:00+0400", {"name": "Médiathèque", "city": "Saint-Pierre"}, "2022-11-19T14:00:00+04:00"),
        # Of Guadeloupe and Martinique, likewise.
        ("2022-11-19T18:30:00-0400", {"name": "Maison des associations", "city": "Le Lamentin"},
         "2022-11-19T18:30:00-04:00"),
        # Paris' offsets and UTC: Paris time, as before.
        ("2022-11-19T14:00:00+0100", {"name": "Halle", "city": "Lyon"}, "2022-11-19T14:00:00+01:00"),
        ("2022-11-19T13:00:00Z", {}, "2022-11-19T14:00:00+01:00"),
        ("2022-11-19T14:00:00+0000", {"name": "Halle", "city": "Lyon"}, "2022-11-19T15:00:00+01:00"),
        # A place whose postal code is overseas: that territory's clock, whatever the offset written.
        ("2022-11-19T10:00:00+0000", {"name": "Médiathèque", "city": "Saint-Pierre", "postalCode": "97410"},
         "2022-11-19T14:00:00+04:00"),
    ],
)
def test_a_timing_keeps_its_own_overseas_offset_when_the_agenda_names_no_zone(begin, place, published):
    event = {"uid": 7, "title": {"fr": "Forum de l'ESS"}, "location": place,
             "attendanceMode": 1 if place else 2, "onlineAccessLink": "https://meet.jit.si/forum-ess",
             "timings": [{"begin": begin, "end": begin}]}
    row, _ = normalize_candidate(map_openagenda_event(event, edition=2022), 2022, "cress-reunion-openagenda")
    assert row["date_heure_debut"] == published


def test_an_empty_timings_list_beside_first_and_last_timing_counts_no_session():
    # The agenda sent no timings (an export without them, a trimmed answer): the first and last timing date the event,
    # the number of its sessions stays unknown, not 1.
    timing = {"begin": "2022-11-19T14:00:00+0100", "end": "2022-11-19T16:00:00+0100"}
    event = {"uid": 9, "title": {"fr": "Atelier vélo"}, "location": {"name": "Halle", "city": "Lyon"},
             "timings": [], "firstTiming": timing, "lastTiming": timing}
    candidate = map_openagenda_event(event, edition=2022)
    assert (candidate["date_debut"], candidate["nombre_seances"]) == ("2022-11-19T14:00:00+01:00", None)
    listed = map_openagenda_event({**event, "timings": [timing]}, edition=2022)
    assert listed["nombre_seances"] == 1
