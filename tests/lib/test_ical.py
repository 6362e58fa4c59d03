"""iCalendar source: fetch from a real HTTP server on 127.0.0.1, expand occurrences, map them."""

from __future__ import annotations

import http.server
import json
import re
import shutil
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.normalize import normalize_candidate, normalize_records
from assets.lib.records import RecordRejected, payload_json
from assets.lib.schema import field_names
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.base import NOT_PUBLIC, parse_options
from assets.lib.sources.ical import (
    MAX_SERIES_OCCURRENCES,
    READ_MODES,
    IcalOptions,
    edition_window,
    fetch_ical_edition,
    map_ical_event,
    read_ical_snapshot,
    split_location,
    split_venue,
)
from tests.http_helpers import QuietHandler, serving
from tests.snapshots import dropped_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ical"
NOW = datetime(2019, 12, 1, 6, 0, 0, tzinfo=UTC)
ATELIER = "atelier-reparation-2019@cress-bretagne.example"


class FeedServer(http.server.ThreadingHTTPServer):
    """Serves tests/fixtures/ical/<name> at /<name>; `faults[name]` lists replies served first."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.hits: list[str] = []
        self.faults: dict[str, list[int | bytes]] = {}
        self.lock = threading.Lock()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server_port}/{name}"


class FeedHandler(QuietHandler):
    protocol_version = "HTTP/1.1"
    server: FeedServer

    def do_GET(self) -> None:
        name = self.path.lstrip("/")
        self.server.hits.append(name)
        with self.server.lock:
            queue = self.server.faults.get(name)
            fault = queue.pop(0) if queue else None
        if isinstance(fault, int):
            return self.reply(fault, b"error", "text/plain")
        if isinstance(fault, bytes):
            return self.reply(200, fault, "text/html; charset=utf-8")
        path = FIXTURES / name
        if "/" in name or not path.is_file():
            return self.reply(404, b"not found", "text/plain")
        self.reply(200, path.read_bytes(), "text/calendar; charset=utf-8")

    def reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def feeds():
    with serving(FeedServer()) as httpd:
        yield httpd



@pytest.fixture
def store(tmp_path) -> SnapshotStore:
    return SnapshotStore(tmp_path / "raw", "cress-bretagne-ical")


def hand_dropped(tmp_path: Path, *names: str) -> Path:
    return dropped_snapshot(tmp_path, FIXTURES, *names)


def read(folder: Path, edition: int = 2019, **options):
    return read_ical_snapshot(folder, source="cress-bretagne-ical", edition=edition, options=options)


# ------------------------------------------------------------------------------------------ fetch


def test_fetch_stores_the_feed_as_received(feeds, client, store):
    path = fetch_ical_edition(client, feeds.url("cress-bretagne-2019.ics"), 2019, store=store, now=NOW)

    assert path == store.edition_dir(2019) / "20191201T060000Z"
    assert (path / "calendrier.ics").read_bytes() == (FIXTURES / "cress-bretagne-2019.ics").read_bytes()
    manifest = json.loads((path / "manifest.json").read_bytes())
    assert manifest["pages"][0]["file"] == "calendrier.ics"
    assert manifest["pages"][0]["records"] == 10  # VEVENT components, before expansion
    assert manifest["source"] == "cress-bretagne-ical" and manifest["complete"] is True
    assert store.verify(path) == 1  # the platform's integrity check works on these snapshots too
    assert store.latest_snapshot(2019, ["*.ics"]) == path


def test_an_error_page_or_a_cut_feed_is_retried(feeds, client, store):
    full = (FIXTURES / "cress-bretagne-2019.ics").read_bytes()
    feeds.faults["cress-bretagne-2019.ics"] = [b"<html>Maintenance</html>", 502, full[:300]]
    path = fetch_ical_edition(client, feeds.url("cress-bretagne-2019.ics"), 2019, store=store, now=NOW,
                              policy=RetryPolicy(sleep=lambda s: None))
    assert feeds.hits.count("cress-bretagne-2019.ics") == 4
    assert (path / "calendrier.ics").read_bytes() == full


@pytest.mark.parametrize(
    ("faults", "name", "expected"),
    [
        ([b"<html>Erreur</html>"] * 3, "cress-bretagne-2019.ics", "iCalendar illisible"),
        ([], "absent.ics", "HTTP 404"),
    ],
)
def test_failures_leave_no_snapshot(feeds, client, store, faults, name, expected):
    feeds.faults[name] = list(faults)
    with pytest.raises(FeedError, match=expected):
        fetch_ical_edition(client, feeds.url(name), 2019, store=store, now=NOW,
                           policy=RetryPolicy(retries=2, sleep=lambda s: None))
    assert not store.edition_dir(2019).exists() or list(store.edition_dir(2019).iterdir()) == []
    assert store.latest_snapshot(2019, ["*.ics"]) is None


def test_snapshots_are_never_rewritten(tmp_path, store):
    files = [("calendrier.ics", "http://x/a.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 0)]
    first = store.write_files(2019, files, base_url="http://x/a.ics", fetched_at=NOW)
    changed = [(name, url, data.replace(b"END:", b"X-NOTE:1\r\nEND:"), n) for name, url, data, n in files]
    second = store.write_files(2019, changed, base_url="http://x/a.ics", fetched_at=NOW)  # same second
    assert second.name == f"{first.name}-2" and (first / "calendrier.ics").is_file()

    def failing():
        yield from files
        raise RuntimeError("connection lost")

    with pytest.raises(RuntimeError):
        store.write_files(2019, failing(), base_url="http://x/a.ics",
                            fetched_at=NOW + timedelta(days=1))
    # no half-written folder
    assert sorted(p.name for p in store.edition_dir(2019).iterdir()) == [first.name, second.name]


def test_a_hand_dropped_calendar_counts_as_a_snapshot(tmp_path):
    store = SnapshotStore(tmp_path / "raw", "source")
    folder = hand_dropped(tmp_path, "cress-reunion-2019.ics")
    assert store.latest_snapshot(2019) is None  # the JSON store only sees *.json exports
    assert store.latest_snapshot(2019, ["*.ics"]) == folder


# ------------------------------------------------------------------------------------------- read


def test_hand_made_feed_expands_into_occurrences_and_keeps_good_events(tmp_path):
    records, problems = read(hand_dropped(tmp_path, "cress-bretagne-2019.ics"))

    assert [(r.position, r.source_record_id, r.payload["dtstart"], r.payload["dtend"]) for r in records] == [
        # Weekly on Tuesdays in November; the 19th is excluded, the 12th moved by its override.
        (0, f"{ATELIER}#2019-11-05T14:00:00+01:00", "2019-11-05T14:00:00+01:00", "2019-11-05T17:00:00+01:00"),
        (1, f"{ATELIER}#2019-11-12T14:00:00+01:00", "2019-11-12T15:00:00+01:00", "2019-11-12T18:00:00+01:00"),
        (2, f"{ATELIER}#2019-11-26T14:00:00+01:00", "2019-11-26T14:00:00+01:00", "2019-11-26T17:00:00+01:00"),
        (3, "forum-ess-2019@cress-bretagne.example", "2019-11-14T08:00:00+00:00",
         "2019-11-14T16:00:00+00:00"),
        # Floating time, no X-WR-TIMEZONE: Paris.
        (4, "cine-debat-2019@cress-bretagne.example", "2019-11-21T18:30:00+01:00",
         "2019-11-21T20:30:00+01:00"),
        (5, "festisol-2019@cress-bretagne.example", "2019-11-22", "2019-11-24"),  # exclusive DTEND, as stored
        (7, "conference-annulee-2019@cress-bretagne.example", "2019-11-28T09:00:00+00:00",
         "2019-11-28T11:00:00+00:00"),
        # DURATION gives the end; the 2018 forum is not a record of 2019.
        (8, "visite-scop-2019@cress-bretagne.example", "2019-11-07T10:00:00+01:00",
         "2019-11-07T12:00:00+01:00"),
    ]
    assert [(p.file, p.position, p.reason) for p in problems] == [
        ("cress-bretagne-2019.ics", 6, "événement iCalendar illisible : ligne 77 "
                                       "(UID casse-2019@cress-bretagne.example) : "
                                       "DTEND: Expected datetime, date, or time. Got: '2019-11-15 12h'"),
        ("cress-bretagne-2019.ics", 9, "événement iCalendar illisible : ligne 108 : UID: missing"),
    ]
    first = records[0].payload
    # Folded lines (one fold inside the UTF-8 bytes of "é") and CRLF endings are undone.
    assert first["summary"] == "Atelier réparation vélos et petit électroménager"
    assert first["description"].endswith("Renseignements : marie.dupont@example.org ou 06 12 34 56 78.")
    assert first["categories"] == ["Atelier", "Économie circulaire", "Tout public"]  # two CATEGORIES lines
    assert first["geo"] == "48.1064;-1.6747"
    assert first["organizer"] == "Association Repar'Tout"
    assert "marie.dupont" not in json.dumps({k: v for k, v in first.items() if k != "description"})
    assert first["last_modified"] == "2019-10-20T10:15:00+00:00"
    assert records[1].payload["summary"] == "Atelier réparation (horaires décalés)"
    assert records[3].payload["categories"] == ["Forum, salon, marché", "Professionnels"]  # escaped commas
    assert records[7].payload["proprietes_illisibles"] == ["GEO: Expected 'float;float' , got: quarante-huit"]
    assert records[7].payload["geo"] is None


SESSIONS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//CRESS//Agenda//FR\r
BEGIN:VEVENT\r
UID:formation-2019@cress.example\r
DTSTART;TZID=Europe/Paris:20191105T090000\r
DTEND;TZID=Europe/Paris:20191105T120000\r
SUMMARY:Formation gouvernance (session 1)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:forum-2019@cress.example\r
DTSTART;TZID=Europe/Paris:20191107T140000\r
SUMMARY:Forum\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:formation-2019@cress.example\r
DTSTART;TZID=Europe/Paris:20191119T090000\r
DTEND;TZID=Europe/Paris:20191119T120000\r
SUMMARY:Formation gouvernance (session 2)\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_sessions_listed_under_one_uid_are_each_a_record(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "sessions.ics").write_text(SESSIONS, encoding="utf-8", newline="")
    records, problems = read(folder)
    assert problems == []
    assert [(r.position, r.source_record_id, r.payload["summary"]) for r in records] == [
        # Both suffixed by their start: the ids do not depend on which session the feed lists first.
        (0, "formation-2019@cress.example#2019-11-05T09:00:00+01:00", "Formation gouvernance (session 1)"),
        (1, "forum-2019@cress.example", "Forum"),
        (2, "formation-2019@cress.example#2019-11-19T09:00:00+01:00", "Formation gouvernance (session 2)"),
    ]
    assert [map_ical_event(r.payload)["source_identifiant"] for r in records] == [
        r.source_record_id for r in records]


def test_x_wr_timezone_applies_to_floating_times(tmp_path):
    records, problems = read(hand_dropped(tmp_path, "cress-reunion-2019.ics"))
    assert problems == []
    # The zone's name follows the offset (RFC 9557: sources.base.moment_text)
    assert [(r.payload["dtstart"], r.payload["dtend"]) for r in records] == [
        # floating: Indian/Reunion, not Paris
        ("2019-11-08T09:00:00+04:00[Indian/Reunion]", "2019-11-08T12:00:00+04:00[Indian/Reunion]"),
        # UTC: same instant, local offset
        ("2019-11-12T10:00:00+04:00[Indian/Reunion]", "2019-11-12T11:00:00+04:00[Indian/Reunion]"),
    ]


def test_default_zone_for_floating_times_is_configurable(tmp_path):
    records, _ = read(hand_dropped(tmp_path, "toulouse-tech-hub-2019.ics"), fuseau="America/Cayenne")
    assert records[0].payload["dtstart"] == "2019-05-21T19:00:00-03:00[America/Cayenne]"


def test_real_french_feed_with_floating_times(tmp_path):
    records, problems = read(hand_dropped(tmp_path, "toulouse-tech-hub-2019.ics"))
    assert problems == []
    assert len(records) == 7
    capitole = next(r for r in records if r.source_record_id == "meetup-266389436")
    assert capitole.payload["dtstart"] == "2019-11-16T10:30:00+01:00"  # floating, read as Paris (CET)
    assert records[0].payload["dtstart"] == "2019-05-21T19:00:00+02:00"  # summer time
    traefik = next(r for r in records if r.source_record_id == "meetup-265278248")
    # Folded line with an escaped comma; the fold's leading space is removed, not the word's.
    assert traefik.payload["summary"] == ("Toulouse DevOps : Quoi de neuf avec Traefik 2.0, le edge router à "
                                          "1 milliard de téléchargements?")
    assert capitole.payload["url"] == "https://www.meetup.com/fr-FR/toulouse-devops/events/266389436/"
    assert read(hand_dropped(tmp_path / "b", "toulouse-tech-hub-2019.ics"), edition=2020)[0] == []


def test_real_icalendar_test_calendars(tmp_path):
    folder = hand_dropped(tmp_path, "icalendar-example.ics", "icalendar-issue_127_categories_with_commas.ics",
                          "icalendar-issue_218_bad_tzid.ics", "icalendar-broken_dtstart.ics")
    holidays, problems = read(folder, edition=2022)
    assert [(r.file, r.payload["summary"], r.payload["dtstart"]) for r in holidays] == [
        ("icalendar-example.ics", "New Year's Day", "2022-01-01"),
        ("icalendar-example.ics", "Orthodox Christmas", "2022-01-07"),
        ("icalendar-example.ics", "International Women's Day", "2022-03-08"),
    ]
    # A broken DTSTART among other files: reported with its line, the other files still read.
    assert [(p.file, p.position) for p in problems] == [("icalendar-broken_dtstart.ics", 0)]
    assert problems[0].reason.startswith(
        "événement iCalendar illisible : ligne 4 (UID test-123) : DTSTART: Expected datetime")

    commas, _ = read(folder, edition=2014)
    assert commas[0].payload["categories"] == ["Meeting, John", "Work, Sarah", "Project"]
    custom_zone, _ = read(folder, edition=2017)
    assert custom_zone[0].payload["dtstart"] == "2017-02-28T23:00:00+11:00"  # VTIMEZONE "UTC+11" of the file


def test_unreadable_files_are_problems_not_crashes(tmp_path):
    folder = hand_dropped(tmp_path, "cress-reunion-2019.ics")
    (folder / "a-page.ics").write_text("<html><body>Erreur 500</body></html>", encoding="utf-8")
    (folder / "b-empty.ics").write_bytes(b"")
    records, problems = read(folder)
    assert len(records) == 2
    assert [p.file for p in problems] == ["a-page.ics", "b-empty.ics"]
    assert all(p.position is None for p in problems)


# -------------------------------------------------------------------------------------------- map


def test_occurrences_map_to_the_candidate_contract(tmp_path):
    records, _ = read(hand_dropped(tmp_path, "cress-bretagne-2019.ics"))
    candidates = {r.source_record_id: KINDS["ical"].map_event(r.payload, None, 2019) for r in records}

    atelier = candidates[f"{ATELIER}#2019-11-05T14:00:00+01:00"]
    assert atelier == {
        "source_identifiant": f"{ATELIER}#2019-11-05T14:00:00+01:00",
        "titre": "Atelier réparation vélos et petit électroménager",
        "description": "Venez réparer vos objets avec les bénévoles de Répar'Tout. Renseignements : "
                       "marie.dupont@example.org ou 06 12 34 56 78.",
        "date_debut": "2019-11-05T14:00:00+01:00",
        "date_fin": "2019-11-05T17:00:00+01:00",
        "categories": ["Atelier", "Économie circulaire", "Tout public"],
        "type_evenement": None,
        "thematiques": [],
        "publics": [],
        "modalite": None,
        "organisateur": "Association Repar'Tout",
        "organisateur_famille": None,
        "co_organisateurs": None,  # iCalendar has no such property: unknown
        # The LOCATION's venue, then its street and town.
        "lieu": "Maison des associations",
        "adresse": "6 cours des Alliés, 35000 Rennes",
        "code_postal": "35000",
        "commune": "Rennes",
        "latitude": 48.1064,
        "longitude": -1.6747,
        "url": "https://cress-bretagne.example/agenda/atelier-reparation",
        "date_mise_a_jour": "2019-10-20T10:15:00+00:00",
        "code_insee": None,
        "region_source": None,
        "statut": None,
        "nombre_seances": 1,
        "lien_reunion": None,  # no CONFERENCE property
    }
    festival = candidates["festisol-2019@cress-bretagne.example"]
    assert (festival["date_debut"], festival["date_fin"]) == ("2019-11-22", "2019-11-23")  # last day
    cancelled = candidates["conference-annulee-2019@cress-bretagne.example"]
    assert cancelled["statut"] == "annule" and cancelled["categories"] == ["Conférence", "Annulé"]
    forum = candidates["forum-ess-2019@cress-bretagne.example"]
    assert (forum["code_postal"], forum["commune"]) == ("35200", "Rennes")


@pytest.mark.parametrize(
    ("dtstart", "dtend", "expected"),
    [
        ("2022-01-01", "2022-01-01", ("2022-01-01", "2022-01-01")),  # DTEND = DTSTART: one day, not less
        ("2019-11-22", None, ("2019-11-22", "2019-11-22")),  # a DATE without end lasts one day
        ("2019-11-22T10:00:00+01:00", None, ("2019-11-22T10:00:00+01:00", None)),  # an instant: no end
    ],
)
def test_end_dates(dtstart, dtend, expected):
    candidate = map_ical_event({"uid": "x", "dtstart": dtstart, "dtend": dtend})
    assert (candidate["date_debut"], candidate["date_fin"]) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Maison des associations, 6 cours des Alliés, 35000 Rennes", ("35000", "Rennes")),
        ("4 avenue Henri Fréville, 35200 Rennes, France", ("35200", "Rennes")),
        ("33, boulevard Victor Hugo, 13200 Arles", ("13200", "Arles")),
        ("20000 Ajaccio", ("20000", "Ajaccio")),
        ("Salle des fêtes, 12 rue de la Paix", (None, None)),
        ("En ligne", (None, None)),
        (None, (None, None)),
    ],
)
def test_split_location(location, expected):
    assert split_location(location) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("2 Rue de Langoz - Loctudy", (None, "Loctudy")),  # street - commune
        ("Salle polyvalente, 5 rue du Port, 29120 - Combrit", ("29120", "Combrit")),  # no "- Combrit"
        ("Médiathèque, 12 rue Victor Hugo, Quimper", (None, "Quimper")),
        ("12 rue Victor Hugo, 29000 Quimper, France", ("29000", "Quimper")),
        ("Place de la Mairie – Pont-l'Abbé", (None, "Pont-l'Abbé")),  # en dash
        ("Kerfeunteun - 29000 Quimper", ("29000", "Quimper")),
        ("Maison des associations", (None, None)),  # a place name alone: nothing read as a commune
        ("Salle 2 - Bâtiment B", (None, None)),  # a dash tail with a digit before is not taken blindly
        ("", (None, None)),
        # WordPress's The Events Calendar: « venue, street, town, [région,] postal code, country »
        ("Maison des associations, 6 cours des Alliés, Rennes, 35000, France", ("35000", "Rennes")),
        ("Maison des associations, 6 cours des Alliés, Rennes, Bretagne, 35000, France", ("35000", "Rennes")),
        ("Salle X, 12 rue Y, 35000, Rennes", ("35000", "Rennes")),
        ("6 cours des Alliés 35000 Rennes France", ("35000", "Rennes")),  # the country without a comma
        ("35000, France", ("35000", None)),
        # A commune whose name ends in « France » keeps it: only a separate « France » is the country.
        ("Atrium, 97200 Fort-de-France", ("97200", "Fort-de-France")),
        ("Aéroport, 95700 Roissy-en-France, France", ("95700", "Roissy-en-France")),
        ("12 rue de la Paix, Tremblay-en-France", (None, "Tremblay-en-France")),
        ("2 rue Victor Hugo - Fort-de-France", (None, "Fort-de-France")),
        ("Salle des fêtes, 35000 Rennes - France", ("35000", "Rennes")),
        # Mobilizon: « street postal-code town région country » joined by spaces (the région and country from the
        # geocoder, either may be missing). Before: « Rennes Bretagne » was read as the town.
        ("39 Rue de Dinan 35000 Rennes Bretagne France", ("35000", "Rennes")),
        ("10 Rue Oberkampf 75011 Paris Île-de-France France", ("75011", "Paris")),
        ("Rue de la Paix 44000 Nantes Pays de la Loire", ("44000", "Nantes")),
        ("12 rue Sainte 13001 Marseille Provence-Alpes-Côte d'Azur France", ("13001", "Marseille")),
        ("1 rue Royale 45000 Orléans Centre-Val de Loire France", ("45000", "Orléans")),
        ("8 rue de Paris 97400 Saint-Denis La Réunion France", ("97400", "Saint-Denis")),
        ("4 rue du Dôme 67000 Strasbourg Grand Est France", ("67000", "Strasbourg")),
        # A région joined to the town by hyphens is part of its name; a town that is only a région's name stays.
        ("Mairie 35190 La Chapelle-aux-Filtzméens Bretagne France", ("35190", "La Chapelle-aux-Filtzméens")),
        ("Mairie, 35520 La Chapelle-de-Bretagne", ("35520", "La Chapelle-de-Bretagne")),
        ("Marché, 97200 Martinique", ("97200", "Martinique")),
    ],
)
def test_location_tails_give_postal_code_and_commune(location, expected):
    assert split_location(location) == expected



@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # A venue, then a street line or a postal code and its town: the venue is `lieu`, the rest `adresse`.
        ("Maison des associations, 6 cours des Alliés, 35000 Rennes",
         ("Maison des associations", "6 cours des Alliés, 35000 Rennes")),
        ("Hôtel de ville, 33000 Bordeaux", ("Hôtel de ville", "33000 Bordeaux")),
        ("Université, 98 r. du Général de Gaulle, 16000 Angoulême",
         ("Université", "98 r. du Général de Gaulle, 16000 Angoulême")),
        ("Le Triangle; Boulevard de Yougoslavie; Rennes", ("Le Triangle", "Boulevard de Yougoslavie; Rennes")),
        ("La Ferme du Sens, 4, rue de Lannoy, 59100 Roubaix", ("La Ferme du Sens", "4, rue de Lannoy, 59100 Roubaix")),
        ("Le 4 bis, 4 bis cours des Alliés, 35000 Rennes", ("Le 4 bis", "4 bis cours des Alliés, 35000 Rennes")),
        ("Salle des fêtes, 12A Grande Rue, Quimper", ("Salle des fêtes", "12A Grande Rue, Quimper")),
        ("Cité des sciences, 30 avenue Corentin Cariou, 75019 Paris",
         ("Cité des sciences", "30 avenue Corentin Cariou, 75019 Paris")),
        # Unclear: a name and a town (a venue, a square, a district), a name alone, a street first, the town first,
        # a street inside the first piece, two name pieces, a room's floor, dashes, an online wording, a région.
        ("Le Jardin des Plantes, Rennes", (None, "Le Jardin des Plantes, Rennes")),
        ("Salle Erdre, Nantes", (None, "Salle Erdre, Nantes")),
        ("Maison des associations", (None, "Maison des associations")),
        ("6 cours des Alliés, 35000 Rennes", (None, "6 cours des Alliés, 35000 Rennes")),
        ("Place des Lices, 35000 Rennes", (None, "Place des Lices, 35000 Rennes")),
        ("Lille, 59000 Lille", (None, "Lille, 59000 Lille")),
        ("Maison des associations 6 rue de Brest, 35000 Rennes", (None, "Maison des associations 6 rue de Brest, "
                                                                        "35000 Rennes")),
        ("Salle 2, Maison des associations, 6 rue de Brest", (None, "Salle 2, Maison des associations, "
                                                                     "6 rue de Brest")),
        ("Mairie, 2e étage, 35000 Rennes", (None, "Mairie, 2e étage, 35000 Rennes")),
        ("La Ferme du Sens - 4 rue de Lannoy - Roubaix", (None, "La Ferme du Sens - 4 rue de Lannoy - Roubaix")),
        ("Visio Zoom, 35000 Rennes", (None, "Visio Zoom, 35000 Rennes")),
        ("Bretagne, 35000 Rennes", (None, "Bretagne, 35000 Rennes")),
        ("", (None, "")),
        (None, (None, None)),
    ],
)
def test_a_location_naming_its_venue_before_the_address_gives_both(location, expected):
    assert split_venue(location) == expected


# ------------------------------------------------------------------- calendars as their authors meant them

OCCITANIE = "cress-occitanie-2019.ics"


def _normalised(records, problems):
    raw = pd.DataFrame([{"edition": r.edition, "source": r.source, "source_kind": "ical",
                         "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                         "payload": payload_json(r.payload)} for r in records])
    return normalize_records(raw)


def test_an_event_ending_before_it_starts_is_quarantined_not_swapped(tmp_path):
    records, problems = read(hand_dropped(tmp_path, OCCITANIE))
    written = {r.source_record_id: (r.payload["dtstart"], r.payload["dtend"]) for r in records}
    assert written["forum-inverse-2019@cress-occitanie.example"] == (
        "2019-11-15T17:00:00+01:00", "2019-11-15T09:00:00+01:00")  # as written, not reordered
    assert written["salon-inverse-2019@cress-occitanie.example"] == ("2019-11-22", "2019-11-20")
    assert written["atelier-duree-negative-2019@cress-occitanie.example"] == (
        "2019-11-08T14:00:00+01:00", "2019-11-08T12:00:00+01:00")  # DURATION:-PT2H
    result = _normalised(records, problems)
    quarantined = {r["source_identifiant"]: (r["champ"], r["motif"]) for r in result.quarantine.to_dict("records")}
    for uid in ("forum-inverse", "salon-inverse", "atelier-duree-negative"):
        field, reason = quarantined[f"{uid}-2019@cress-occitanie.example"]
        assert field == "date_fin" and reason.startswith("fin antérieure au début : "), (uid, reason)
    assert not result.events["titre"].str.contains("Forum de l'emploi|Salon des|finance solidaire").any()


@pytest.mark.parametrize(("margin", "expected"), [
    (None, ["2019-10-29", "2019-11-05", "2019-11-12", "2019-11-19", "2019-11-26", "2019-12-03"]),  # 7 days
    (0, ["2019-11-05", "2019-11-12", "2019-11-19", "2019-11-26"]),
    (30, ["2019-10-08", "2019-10-15", "2019-10-22", "2019-10-29", "2019-11-05", "2019-11-12", "2019-11-19",
          "2019-11-26", "2019-12-03", "2019-12-10", "2019-12-17", "2019-12-24"]),  # to Dec 30
])
def test_an_open_ended_weekly_series_is_expanded_within_the_edition_window_only(tmp_path, margin, expected):
    options = {} if margin is None else {"marge_recurrences_jours": margin}
    records, _ = read(hand_dropped(tmp_path, OCCITANIE), **options)
    series = [r for r in records if r.source_record_id.startswith("permanence-2019@")]
    assert [r.payload["dtstart"][:10] for r in series] == expected
    assert edition_window(2019) == (date(2019, 10, 25), date(2019, 12, 8))


def test_the_highest_sequence_wins_and_older_versions_are_merged_with_provenance(tmp_path):
    records, problems = read(hand_dropped(tmp_path, OCCITANIE))
    versions = [r for r in records if r.source_record_id == "conference-2019@cress-occitanie.example"]
    assert [(r.payload["summary"], r.payload.get("version_remplacee")) for r in versions] == [
        ("Conférence ESS et territoires (reportée au jeudi)", None),
        ("Conférence ESS et territoires", {"sequence": 2, "dtstamp": "2019-10-20T08:00:00+00:00"}),
        ("Conférence ESS et territoires (mercredi)", {"sequence": 2, "dtstamp": "2019-10-20T08:00:00+00:00"}),
    ]
    # A version superseded by one outside the edition is reported, not published.
    assert [p.reason for p in problems] == [
        "version remplacée par une version hors de l'édition : ligne 65 (UID gala-2019@cress-occitanie.example) : "
        "SEQUENCE 0 remplacée par SEQUENCE 1, sans occurrence en 2019"]
    result = _normalised(records, problems)
    published = result.events.set_index("source_identifiant")
    # The older version has the later LAST-MODIFIED, yet the higher SEQUENCE is published.
    assert published.loc["conference-2019@cress-occitanie.example", "date_heure_debut"] == "2019-11-14T18:00:00+01:00"
    merged = result.merges[result.merges["source_identifiant"] == "conference-2019@cress-occitanie.example"]
    assert sorted(merged["position"]) == [versions[1].position, versions[2].position]
    # read = published + merged + quarantined
    assert len(result.events) + len(result.merges) + len(result.quarantine) == len(records)


def test_versions_sharing_a_sequence_stay_sessions(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "sessions.ics").write_text(SESSIONS.replace("SUMMARY:Formation gouvernance (session 2)",
                                                          "SEQUENCE:0\r\nSUMMARY:Formation gouvernance (session 2)"),
                                         encoding="utf-8", newline="")
    records, problems = read(folder)
    assert problems == [] and len(records) == 3
    assert not any(r.payload.get("version_remplacee") for r in records)


HOSTILE_CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mois-ess tests//hostile//FR
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
UID:utc@x
DTSTAMP:20191001T000000Z
DTSTART:20191112T140000Z
DTEND:20191112T160000Z
SUMMARY:UTC
END:VEVENT
BEGIN:VEVENT
UID:all-day@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191113
DTEND;VALUE=DATE:20191115
SUMMARY:All day
END:VEVENT
BEGIN:VEVENT
UID:floating@x
DTSTAMP:20191001T000000Z
DTSTART:20191114T180000
SUMMARY:Floating, no end
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:duration@x
DTSTAMP:20191001T000000Z
DTSTART;TZID=Europe/Paris:20191115T090000
DURATION:PT3H
SUMMARY:Duration
END:VEVENT
BEGIN:VEVENT
UID:last-year@x
DTSTAMP:20191001T000000Z
DTSTART:20181112T140000Z
SUMMARY:Other edition
END:VEVENT
BEGIN:VEVENT
UID:new-year@x
DTSTAMP:20191001T000000Z
DTSTART:20191231T233000Z
SUMMARY:Already 2020 in Paris
END:VEVENT
BEGIN:VEVENT
UID:first-night@x
DTSTAMP:20191001T000000Z
DTSTART:20181231T233000Z
SUMMARY:Already 2019 in Paris
END:VEVENT
BEGIN:VEVENT
UID:mars@x
DTSTAMP:20191001T000000Z
DTSTART;TZID=Mars/Olympus:20191116T100000
SUMMARY:Unknown zone
END:VEVENT
BEGIN:VEVENT
UID:versions@x
SEQUENCE:1
DTSTAMP:20191001T000000Z
DTSTART:20191117T100000Z
SUMMARY:Old version
END:VEVENT
BEGIN:VEVENT
UID:versions@x
SEQUENCE:2
DTSTAMP:20191002T000000Z
DTSTART:20191118T100000Z
SUMMARY:New version
END:VEVENT
BEGIN:VEVENT
UID:sessions@x
DTSTAMP:20191001T000000Z
DTSTART:20191119T100000Z
SUMMARY:Session 1
END:VEVENT
BEGIN:VEVENT
UID:sessions@x
DTSTAMP:20191001T000000Z
DTSTART:20191120T100000Z
SUMMARY:Session 2
END:VEVENT
BEGIN:VEVENT
UID:weekly@x
DTSTAMP:20191001T000000Z
DTSTART:20191104T170000Z
DTEND:20191104T180000Z
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Weekly
END:VEVENT
BEGIN:VEVENT
UID:weekly@x
RECURRENCE-ID:20191111T170000Z
DTSTAMP:20191001T000000Z
DTSTART:20191112T170000Z
DTEND:20191112T180000Z
SUMMARY:Weekly, moved
END:VEVENT
BEGIN:VEVENT
UID:rdate@x
DTSTAMP:20191001T000000Z
DTSTART:20191105T170000Z
RDATE:20191125T170000Z
SUMMARY:With RDATE
END:VEVENT
BEGIN:VEVENT
DTSTAMP:20191001T000000Z
DTSTART:20191121T100000Z
SUMMARY:No UID
END:VEVENT
BEGIN:VEVENT
UID:backwards@x
DTSTAMP:20191001T000000Z
DTSTART:20191122T180000Z
DTEND:20191122T100000Z
SUMMARY:Ends before it starts
END:VEVENT
BEGIN:VEVENT
UID:broken@x
DTSTAMP:20191001T000000Z
DTSTART:2019-11-23 nonsense
SUMMARY:Broken start
END:VEVENT
BEGIN:VEVENT
UID:UTC@X
DTSTAMP:20191001T000000Z
DTSTART:20191126T100000Z
SUMMARY:Same UID in other case
END:VEVENT
BEGIN:VEVENT
UID:cancelled@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191127
STATUS:CANCELLED
SUMMARY:Cancelled
END:VEVENT
END:VCALENDAR
"""


PLAIN_HOSTILE_CALENDARS = {
    # VEVENTs without recurrence whose times the library reads in its own ways: mixed floating and zoned ends, a
    # day start with a timed end, DURATION on a day, an instant at midnight on New Year's Day, a whole-number,
    # negative or broken SEQUENCE, EXDATE without RRULE (its own start excluded), repeated or missing CATEGORIES,
    # a UID shared with a backwards override, several calendars in one file, a VTIMEZONE zone, the end of summer
    # time between both ends, and odd values.
    "plain-mixed.ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mois-ess tests//plain//FR
X-WR-TIMEZONE:America/New_York
BEGIN:VTIMEZONE
TZID:Custom/Zone
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
TZNAME:CUS
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:floating-start-zoned-end@x
DTSTAMP:20191001T000000Z
DTSTART:20191112T140000
DTEND;TZID=Asia/Tokyo:20191113T160000
SUMMARY:Floating start, Tokyo end
CATEGORIES:A,B
CATEGORIES:C
END:VEVENT
BEGIN:VEVENT
UID:day-start-timed-end@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191113
DTEND:20191113T160000Z
SUMMARY:Day start, UTC end
END:VEVENT
BEGIN:VEVENT
UID:day-duration@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191114
DURATION:P2D
SUMMARY:Two days
SEQUENCE:3
END:VEVENT
BEGIN:VEVENT
UID:day-hours@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191115
DURATION:PT5H
SUMMARY:A day start lasting five hours
SEQUENCE:-2
END:VEVENT
BEGIN:VEVENT
UID:same-day@x
DTSTAMP:20191001T000000Z
DTSTART;VALUE=DATE:20191116
DTEND;VALUE=DATE:20191116
SUMMARY:Ends the day it starts
CATEGORIES:
END:VEVENT
BEGIN:VEVENT
UID:new-year-instant@x
DTSTAMP:20191001T000000Z
DTSTART:20200101T000000
SUMMARY:Midnight
END:VEVENT
BEGIN:VEVENT
UID:old-year-instant@x
DTSTAMP:20191001T000000Z
DTSTART:20190101T000000
SUMMARY:Midnight, first instant of the year
END:VEVENT
BEGIN:VEVENT
UID:eve@x
DTSTAMP:20191001T000000Z
DTSTART:20191231T235959
DTEND:20200101T010000
SUMMARY:Across the year
END:VEVENT
BEGIN:VEVENT
UID:broken-sequence@x
DTSTAMP:20191001T000000Z
DTSTART:20191117T100000Z
SEQUENCE:two
SUMMARY:Broken SEQUENCE
END:VEVENT
BEGIN:VEVENT
UID:exdate@x
DTSTAMP:20191001T000000Z
DTSTART:20191118T100000Z
EXDATE:20191118T100000Z
SUMMARY:Its only date excluded
END:VEVENT
BEGIN:VEVENT
UID:exdate-other@x
DTSTAMP:20191001T000000Z
DTSTART:20191119T100000Z
EXDATE:20191120T100000Z
SUMMARY:Another date excluded
END:VEVENT
BEGIN:VEVENT
UID:custom-zone@x
DTSTAMP:20191001T000000Z
DTSTART;TZID=Custom/Zone:20191121T100000
DTEND;TZID=Europe/Paris:20191121T120000
SUMMARY:VTIMEZONE zone start, Paris end
GEO:48.85;2.35
ORGANIZER;CN="Org":mailto:org@example.org
URL:https://example.org/e
STATUS:TENTATIVE
LAST-MODIFIED:20191101T101010Z
END:VEVENT
BEGIN:VEVENT
UID:withdrawn@x
DTSTAMP:20191001T000000Z
DTSTART:20191122T100000Z
DTEND:20191122T110000Z
SUMMARY:Plain, with a backwards override of its time
END:VEVENT
BEGIN:VEVENT
UID:withdrawn@x
RECURRENCE-ID:20191122T100000Z
DTSTAMP:20191001T000000Z
DTSTART:20191122T180000Z
DTEND:20191122T170000Z
SUMMARY:Backwards override
END:VEVENT
BEGIN:VEVENT
UID:odd-duration@x
DTSTAMP:20191001T000000Z
DTSTART:20191123T100000Z
DURATION:P1W
SUMMARY:A week
END:VEVENT
BEGIN:VEVENT
UID:two-starts@x
DTSTAMP:20191001T000000Z
DTSTART:20191124T100000Z
DTSTART:20191125T100000Z
SUMMARY:Two DTSTART
END:VEVENT
BEGIN:VEVENT
UID:period-end@x
DTSTAMP:20191001T000000Z
DTSTART:20191126T100000Z
DTEND;VALUE=PERIOD:20191126T100000Z/PT1H
SUMMARY:A period as end
END:VEVENT
END:VCALENDAR
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mois-ess tests//second//FR
BEGIN:VEVENT
UID:second-calendar@x
DTSTAMP:20191001T000000Z
DTSTART:20191231T233000Z
SUMMARY:UTC, no X-WR-TIMEZONE
END:VEVENT
BEGIN:VEVENT
UID:second-floating@x
DTSTAMP:20191001T000000Z
DTSTART:20191127T100000
DTEND:20191127T090000Z
SUMMARY:Floating start, UTC end earlier in Paris
END:VEVENT
END:VCALENDAR
""",
    "plain-bad-zone.ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mois-ess tests//bad zone//FR
X-WR-TIMEZONE:Nowhere/Atlantis
BEGIN:VEVENT
UID:bad-zone@x
DTSTAMP:20191001T000000Z
DTSTART:20191112T140000Z
SUMMARY:Calendar zone unknown
END:VEVENT
BEGIN:VEVENT
UID:bad-zone-2@x
DTSTAMP:20191001T000000Z
DTSTART:20191113T140000
SUMMARY:Calendar zone unknown, floating
END:VEVENT
END:VCALENDAR
""",
    "plain-one-event.ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mois-ess tests//one//FR
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
UID:alone@x
DTSTAMP:20191001T000000Z
DTSTART:20191128T230000Z
DURATION:PT2H
SUMMARY:Alone in its calendar
END:VEVENT
BEGIN:VEVENT
UID:across-summer-time@x
DTSTAMP:20191001T000000Z
DTSTART;TZID=Europe/Paris:20191026T100000
DTEND;TZID=Europe/Paris:20191027T100000
SUMMARY:Across the end of summer time
END:VEVENT
BEGIN:VEVENT
UID:across-summer-time-utc-end@x
DTSTAMP:20191001T000000Z
DTSTART:20191026T100000
DTEND:20191027T090000Z
SUMMARY:Floating start, UTC end, across the end of summer time
END:VEVENT
END:VCALENDAR
""",
}


def _read_modes(folder: Path, edition: int, modes=READ_MODES):
    return [[(r.source_record_id, r.position, r.file, payload_json(r.payload)) for r in records]
            + [problem.to_row() for problem in problems]
            for records, problems in (
                read_ical_snapshot(folder, source="s", edition=edition, options={}, mode=mode)
                for mode in modes)]


@pytest.mark.parametrize("edition", [2018, 2019, 2020])
def test_plain_events_and_one_query_find_what_one_query_each_finds(tmp_path, edition):
    """The VEVENTs without recurrence read from icalendar's values ("plain"), and all those of a UID of their own
    expanded by one query ("one_query"), give what one recurring-ical-events query per unit gives ("each")."""
    folder = tmp_path / "raw" / "source" / str(edition) / "export"
    folder.mkdir(parents=True)
    (folder / "hostile.ics").write_text(HOSTILE_CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    for name, text in PLAIN_HOSTILE_CALENDARS.items():
        (folder / name).write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    for fixture in sorted(FIXTURES.glob("*.ics")):
        shutil.copy(fixture, folder / fixture.name)
    plain, one_query, each = _read_modes(folder, edition)
    assert plain == each
    assert one_query == each
    if edition == 2019:
        assert len(plain) > 60 and any("Weekly, moved" in str(row) for row in plain)
        assert any("Floating start, Tokyo end" in str(row) for row in plain)
        assert any("bad-zone@x" in str(row) for row in plain)  # reported, not lost


def test_plain_events_of_the_sample_calendars_are_read_as_the_library_reads_them():
    """Two calendars of the sample (one per source), read both ways."""
    raw = Path(__file__).parents[2] / "data" / "raw"
    snapshots = [next(iter(sorted(raw.glob(f"{source}/2019/*/")))) for source in ("cress-hdf-ical",
                                                                                  "cress-nouvelle-aquitaine-ical")]
    for snapshot in snapshots:
        plain, each = _read_modes(snapshot, 2019, modes=("plain", "each"))
        assert len(plain) > 80 and plain == each


def test_reading_a_broken_property_leaves_no_reference_cycle(tmp_path):
    # The parse error a broken property keeps (vBroken) held a traceback, whose frames held the calendar being
    # read: every parsed file stayed in memory until a collection of the cyclic collector.
    import gc

    folder = hand_dropped(tmp_path, "icalendar-broken_dtstart.ics", "cress-bretagne-2019.ics")
    read(folder)  # lazy imports and caches, outside the count
    while gc.collect():  # until nothing is left from earlier tests (Dagster's SQLAlchemy objects were, once)
        pass
    gc.disable()
    try:
        records, problems = read(folder)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert records and "icalendar-broken_dtstart.ics" in {p.file for p in problems}
    assert unreachable == 0


def _calendar_with(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def _vevent(uid: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20191101T000000Z\r\n{body}SUMMARY:Atelier {uid}\r\n"
            "LOCATION:Lille\r\nEND:VEVENT\r\n")


@pytest.mark.parametrize("series", [
    pytest.param(("DTSTART:20191101T100000Z", "DTEND:20191101T100001Z", "RRULE:FREQ=SECONDLY"), id="every second"),
    pytest.param(("DTSTART:20191101T100000Z", "DURATION:PT1M", "RRULE:FREQ=MINUTELY;INTERVAL=2"), id="every 2 min"),
    pytest.param(("DTSTART:20191101T100000Z", "DTEND:20191101T110000Z", "RRULE:FREQ=HOURLY"), id="hourly"),
    pytest.param(("DTSTART:20191101T100000Z", "DTEND:20191101T110000Z",
                  "RRULE:FREQ=DAILY;BYHOUR=8,9,10,11,14,15,16,17"), id="daily, eight times a day"),
    pytest.param(("DTSTART:20191101T100000Z", "DTEND:20191101T110000Z",
                  "RDATE:" + ",".join(f"201911{day:02d}T{hour:02d}0000Z" for day in range(1, 31)
                                      for hour in range(8, 12))), id="120 dates"),
])
def test_a_series_of_more_sessions_than_any_event_schedule_is_one_problem_not_a_flood(tmp_path, series):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "calendrier.ics").write_text(_calendar_with(
        _vevent("serie-folle", *series),
        _vevent("permanence", "DTSTART:20191101T100000Z", "DTEND:20191101T120000Z", "RRULE:FREQ=DAILY"),
        _vevent("forum", "DTSTART:20191105T100000Z", "DTEND:20191105T120000Z")), encoding="utf-8")
    records, problems = read(folder)
    ids = {record.source_record_id.split("#")[0] for record in records}
    assert ids == {"permanence", "forum"}  # a daily series over the month is read (45 sessions in the window)
    assert sum(record.source_record_id.startswith("permanence") for record in records) == 30 + 7
    (problem,) = problems
    assert "serie-folle" in problem.reason
    assert problem.reason.startswith(f"série trop longue, non lue : plus de {MAX_SERIES_OCCURRENCES} séances") \
        or re.match(r"série trop longue, non lue : [\d\u202f]+ séances depuis le 2019-11-01", problem.reason)


@pytest.mark.parametrize(("series", "reason"), [
    # dateutil stepped through every second from January to reach November: two minutes for one VEVENT
    pytest.param(("DTSTART:20190101T000000Z", "RRULE:FREQ=SECONDLY;COUNT=100000000"),
                 r"[\d\u202f]{10} séances depuis le 2019-01-01 01:00 \(RRULE FREQ=SECONDLY\)",
                 id="seconds since January"),
    pytest.param(("DTSTART;TZID=Europe/Paris:20150301T090000", "RRULE:FREQ=MINUTELY;INTERVAL=5"),
                 r"[\d\u202f]+ séances depuis le 2015-03-01 09:00 \(RRULE FREQ=MINUTELY;INTERVAL=5\)",
                 id="every five minutes since 2015"),
    # ending before the window: nothing was read and nothing said
    pytest.param(("DTSTART:20191001T000000Z", "RRULE:FREQ=SECONDLY;COUNT=2000000"),
                 r"2\u202f000\u202f000 séances depuis le 2019-10-01 02:00", id="seconds ending in October"),
    pytest.param(("DTSTART:20000101T000000Z", "RRULE:FREQ=SECONDLY;BYHOUR=9"),
                 r"[\d\u202f]+ instants à parcourir depuis le 2000-01-01 01:00 \(RRULE FREQ=SECONDLY filtrée\)",
                 id="filtered seconds since 2000"),
    pytest.param(("DTSTART:00010101T080000Z", "RRULE:FREQ=DAILY;BYHOUR=8,9,10,11,12,13,14,15,16,17;BYMINUTE=0,30"),
                 r"[\d\u202f]+ instants à parcourir depuis le 0001-01-01 08:09 \(RRULE FREQ=DAILY filtrée\)",
                 id="twenty times a day since the year 1"),
])
def test_a_series_whose_expansion_would_step_through_millions_of_starts_is_refused_at_once(tmp_path, series, reason):
    """A broken or hostile RRULE dated long before the edition: its sessions are counted from DTSTART on, one by one;
    a series repeating within the day of more than MAX_SERIES_SESSIONS sessions, or any rule to step through over
    more than MAX_RULE_INSTANTS instants, is one problem saying why, found without stepping through it."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "calendrier.ics").write_text(_calendar_with(
        _vevent("serie-folle", *series), _vevent("forum", "DTSTART:20191105T100000Z", "DTEND:20191105T120000Z")),
        encoding="utf-8")
    records, problems = read(folder)
    assert [record.source_record_id for record in records] == ["forum"]
    (problem,) = problems
    assert re.match(f"série trop longue, non lue : {reason}", problem.reason), problem.reason
    assert "UID serie-folle" in problem.reason


@pytest.mark.parametrize(("series", "sessions"), [
    pytest.param(("DTSTART:20191116T100000Z", "DTEND:20191116T110000Z", "RRULE:FREQ=HOURLY;COUNT=3"), 3,
                 id="three hourly sessions"),
    pytest.param(("DTSTART:20191116T090000Z", "DURATION:PT30M", "RRULE:FREQ=HOURLY;UNTIL=20191116T160000Z"), 8,
                 id="hourly visits one afternoon"),
    pytest.param(("DTSTART;TZID=Europe/Paris:20191101T100000", "DURATION:PT1H",
                  "RRULE:FREQ=MINUTELY;BYHOUR=10;BYMINUTE=0"), 37, id="minutely rule once a day"),
    pytest.param(("DTSTART;TZID=Europe/Paris:20000103T140000", "DURATION:PT1H",
                  "RRULE:FREQ=HOURLY;BYHOUR=14;BYDAY=MO"), 6, id="hourly rule each Monday since 2000"),
    pytest.param(("DTSTART;TZID=Europe/Paris:20191116T100000", "DURATION:PT20M",
                  "RRULE:FREQ=MINUTELY;INTERVAL=30;COUNT=12"), 12, id="a visit every half hour"),
])
def test_a_series_repeating_within_the_day_with_few_sessions_is_read(tmp_path, series, sessions):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "calendrier.ics").write_text(_calendar_with(_vevent("visites", *series)), encoding="utf-8")
    records, problems = read(folder)
    assert (len(records), problems) == (sessions, [])


# ------------------------------------------------------------------- online meetings in a calendar

# Calendars as Outlook, Google Calendar and hand-kept agendas write online and hybrid events: a LOCATION that is a
# meeting link or names the service, the link in RFC 7986 CONFERENCE or the vendors' own properties, the invitation's
# boilerplate (link, meeting ID, passcode) pasted as DESCRIPTION.
_ONLINE_EVENTS = [
    ("zoom-link", "DTSTART:20191105T100000Z", "SUMMARY:Webinaire finance solidaire",
     "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=aBcDeF123456"),
    ("teams-outlook", "DTSTART:20191106T100000Z", "SUMMARY:Rencontre des tiers-lieux",
     "LOCATION:Réunion Microsoft Teams",
     "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ@thread.v2/0",
     "DESCRIPTION:Rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ@thread.v2/0>\\n"
     "ID de la réunion : 345 678 901 234\\nCode secret : 3TqR9v"),
    ("meet-bare", "DTSTART:20191107T100000Z", "SUMMARY:Café de l'ESS", "LOCATION:meet.google.com/abc-defg-hij"),
    ("google-conference", "DTSTART:20191108T100000Z", "SUMMARY:Atelier mobilité",
     "X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg"),
    ("hybrid", "DTSTART:20191112T170000Z", "SUMMARY:Conférence ESS et territoires",
     "LOCATION:Maison de l'ESS\\, 12 rue de Brest\\, 35000 Rennes",
     "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:https://meet.jit.si/MoisESS-Rennes"),
    ("in-person", "DTSTART:20191113T170000Z", "SUMMARY:Repair café",
     "LOCATION:Salle des fêtes\\, 35000 Rennes"),
    ("online-words", "DTSTART:20191114T170000Z", "SUMMARY:Visio de l'ESS", "LOCATION:En ligne"),
    ("stream", "DTSTART:20191115T170000Z", "SUMMARY:Soirée débat",
     "LOCATION:Cinéma Arvor\\, 35000 Rennes", "DESCRIPTION:En direct sur https://www.youtube.com/live/abc"),
]


def _online_calendar(tmp_path: Path) -> Path:
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    events = []
    for uid, *lines in _ONLINE_EVENTS:
        body = "".join(f"{line}\r\n" for line in lines)
        events.append(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20191101T000000Z\r\n{body}END:VEVENT\r\n")
    (folder / "agenda.ics").write_text(_calendar_with(*events), encoding="utf-8")
    return folder


def test_online_and_hybrid_calendar_events_get_their_modality_and_no_join_link_is_published(tmp_path):
    records, problems = read(_online_calendar(tmp_path))
    assert not problems
    events = _normalised(records, problems).events.set_index("source_identifiant")
    assert events["modalite"].to_dict() == {
        "zoom-link": "en_ligne", "teams-outlook": "en_ligne", "meet-bare": "en_ligne",
        "google-conference": "en_ligne", "hybrid": "hybride",
        "in-person": "",  # a venue alone does not say the event is not also streamed: unknown
        "online-words": "en_ligne", "stream": "",  # a public stream in the description is no modality
    }
    published = events[["titre", "description", "lieu", "adresse", "commune", "url"]].to_string()
    for secret in ("zoom.us/j", "pwd=", "meetup-join", "meet.google.com", "3TqR9v", "meet.jit.si"):
        assert secret not in published, secret
    assert events.loc["zoom-link", "adresse"] == "[lien de réunion masqué]"
    assert "Code secret : [code masqué]" in events.loc["teams-outlook", "description"]
    assert events.loc["hybrid", "commune"] == "Rennes"  # the place of a hybrid event is still read
    assert "https://www.youtube.com/live/abc" in events.loc["stream", "description"]  # a public stream stays
    # The link itself stays in the warehouse for the deduplication, in a column no published file has.
    assert events.loc["zoom-link", "lien_reunion"] == "https://us02web.zoom.us/j/81234567890?pwd=aBcDeF123456"
    assert events.loc["hybrid", "lien_reunion"] == "https://meet.jit.si/MoisESS-Rennes"
    assert events.loc["in-person", "lien_reunion"] == ""
    assert "lien_reunion" not in field_names("evenements")


def test_a_start_in_a_zone_nobody_defines_is_read_in_the_source_zone_and_the_run_log_says_so(tmp_path):
    """A TZID neither the file nor the tz database defines: the time is read in the source's zone (`fuseau`), and the
    run log names the file, the zone and the events, instead of the assumption passing unnoticed. A Windows zone name
    is one the library knows, and a zone written as Windows displays it (« (UTC+01:00) Bruxelles… ») says its offset
    (test_a_time_zone_written_as_windows_displays_it_is_read): no note."""
    folder = tmp_path / "export"
    folder.mkdir()
    display = "\"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\""
    (folder / "outlook.ics").write_text(_calendar_with(
        _vevent("a1", f"DTSTART;TZID={display}:20191105T140000", f"DTEND;TZID={display}:20191105T160000"),
        _vevent("a2", f"DTSTART;TZID={display}:20191106T093000"),
        _vevent("a3", "DTSTART;TZID=Romance Standard Time:20191107T140000"),
        _vevent("a4", "DTSTART;TZID=Mars/Olympus:20191108T100000"),
    ), encoding="utf-8", newline="")
    result = KINDS["ical"].read(folder, 2019, "cress-test-ical", parse_options(IcalOptions, {}))
    starts = {r.source_record_id: r.payload["dtstart"] for r in result.records}
    assert starts == {"a1": "2019-11-05T14:00:00+01:00", "a2": "2019-11-06T09:30:00+01:00",
                      "a3": "2019-11-07T14:00:00+01:00", "a4": "2019-11-08T10:00:00+01:00"}
    assert result.notes == [
        "cress-test-ical: outlook.ics: DTSTART au fuseau « Mars/Olympus », défini ni par le fichier ni par la base "
        "des fuseaux (1 événement(s), dont UID a4) : heures lues en Europe/Paris",
    ]


CLASSIFIED = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//mois-ess tests//classified//FR\r
BEGIN:VEVENT\r
UID:public@cress.example\r
DTSTAMP:20191001T000000Z\r
DTSTART;TZID=Europe/Paris:20191112T140000\r
CLASS:PUBLIC\r
SUMMARY:Atelier vélo\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:private@cress.example\r
DTSTAMP:20191001T000000Z\r
DTSTART;TZID=Europe/Paris:20191112T090000\r
CLASS:PRIVATE\r
SUMMARY:Réunion d'équipe\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:confidential@cress.example\r
DTSTAMP:20191001T000000Z\r
DTSTART;TZID=Europe/Paris:20191113T090000\r
CLASS:confidential\r
SUMMARY:Comité de sélection\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:unclassified@cress.example\r
DTSTAMP:20191001T000000Z\r
DTSTART;TZID=Europe/Paris:20191114T180000\r
SUMMARY:Ciné-débat\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_event_its_calendar_classifies_private_or_confidential_is_not_public(tmp_path):
    """A CRESS feed exported from its shared calendar carries its staff's meetings classified PRIVATE or
    CONFIDENTIAL (RFC 5545 CLASS): they were published as events of the Mois."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "agenda.ics").write_text(CLASSIFIED, encoding="utf-8", newline="")
    records, problems = read(folder)
    assert problems == []
    statuses = {r.payload["summary"]: map_ical_event(r.payload)["statut"] for r in records}
    assert statuses == {"Atelier vélo": None, "Réunion d'équipe": NOT_PUBLIC, "Comité de sélection": NOT_PUBLIC,
                        "Ciné-débat": None}
    with pytest.raises(RecordRejected, match="fiche non publique"):
        normalize_candidate(map_ical_event(records[1].payload), 2019, "cress-bretagne-ical")


OUTLOOK = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
PARIS_AS_DISPLAYED = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


@pytest.mark.parametrize(("tzid", "start", "expected"), [
    # unquoted although it holds « : » and « , »: the VEVENT was « illisible » and lost
    (PARIS_AS_DISPLAYED, "20191116T140000", "2019-11-16T14:00:00+01:00"),
    (f'"{PARIS_AS_DISPLAYED}"', "20191116T140000", "2019-11-16T14:00:00+01:00"),
    # the offset of the default zone in November: that zone, its summer time of late October included
    (PARIS_AS_DISPLAYED, "20191026T100000", "2019-10-26T10:00:00+02:00"),
    # another offset: that offset (read in Paris before, three hours off for La Réunion)
    ('"(UTC+04:00) Port Louis"', "20191116T140000", "2019-11-16T14:00:00+04:00"),
    ("(UTC-04:00) Georgetown, La Paz, Manaus, San Juan", "20191116T190000", "2019-11-16T19:00:00-04:00"),
    ("(UTC) Coordinated Universal Time", "20191116T130000", "2019-11-16T13:00:00+00:00"),
])
def test_a_time_zone_written_as_windows_displays_it_is_read(tmp_path, tzid, start, expected):
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "calendrier.ics").write_text(OUTLOOK + _vevent("forum", f"DTSTART;TZID={tzid}:{start}")
                                           + "END:VCALENDAR\r\n", encoding="utf-8")
    records, problems = read(folder)
    assert problems == []
    (record,) = records
    assert map_ical_event(record.payload)["date_debut"].split("[")[0] == expected


def test_a_displayed_time_zone_the_file_defines_is_read_by_its_definition(tmp_path):
    """Outlook writes the VTIMEZONE its TZID names: the definition is kept (here one hour ahead of Paris)."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    zone = "(UTC+02:00) Athens, Bucharest"
    (folder / "calendrier.ics").write_text(
        OUTLOOK + f"BEGIN:VTIMEZONE\r\nTZID:{zone}\r\nBEGIN:STANDARD\r\nDTSTART:16011028T040000\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010325T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0300\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        + _vevent("forum", f"DTSTART;TZID={zone}:20191116T140000") + "END:VCALENDAR\r\n", encoding="utf-8")
    records, problems = read(folder)
    assert problems == []
    assert map_ical_event(records[0].payload)["date_debut"].split("[")[0] == "2019-11-16T14:00:00+02:00"


# LOCATIONs written on several lines, as Apple Calendar (a venue's name above the address a map gave it), Thunderbird
# and hand-kept agendas write them: the line breaks escaped as \n or \N, some lines ending with a comma.
_LOCATION_LINES = [
    ("apple-venue", "Halle de la Machine\\n3 Avenue de l'Aérodrome de Montaudran\\, 31400 Toulouse\\, France",
     ("Halle de la Machine", "3 Avenue de l'Aérodrome de Montaudran, 31400 Toulouse, France", "31400", "Toulouse")),
    ("apple-lines", "Médiathèque José Cabanis\\n1 Allée Jacques Chaban-Delmas\\n31500 Toulouse\\nFrance",
     ("Médiathèque José Cabanis", "1 Allée Jacques Chaban-Delmas, 31500 Toulouse, France", "31500", "Toulouse")),
    ("upper-n", "Maison de l'ESS\\,\\N12 rue de Brest\\N35000 Rennes",
     ("Maison de l'ESS", "12 rue de Brest, 35000 Rennes", "35000", "Rennes")),
    ("street-first", "12 rue de Brest\\n35000 Rennes", ("", "12 rue de Brest, 35000 Rennes", "35000", "Rennes")),
    # Pieces that are not a venue then its address stay whole, joined as they were written on their lines.
    ("rooms", "Salle 2\\nBâtiment B", ("", "Salle 2, Bâtiment B", "", "")),
]


def test_a_location_written_on_several_lines_gives_its_venue_address_and_town(tmp_path):
    """Before: the lines were run together into the address (« Halle de la Machine 3 Avenue … »), no venue read."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    events = [f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20191101T000000Z\r\nDTSTART;TZID=Europe/Paris:20191119T090000\r\n"
              f"DTEND;TZID=Europe/Paris:20191119T120000\r\nSUMMARY:Petit-déjeuner {uid}\r\nLOCATION:{location}\r\n"
              "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\nEND:VEVENT\r\n" for uid, location, _ in _LOCATION_LINES]
    (folder / "agenda.ics").write_text(_calendar_with(*events), encoding="utf-8")
    records, problems = read(folder)
    assert not problems
    published = _normalised(records, problems).events.set_index("source_identifiant")
    assert {uid: tuple(published.loc[uid, ["lieu", "adresse", "code_postal", "commune"]])
            for uid, _, _ in _LOCATION_LINES} == {uid: expected for uid, _, expected in _LOCATION_LINES}


# Series changed « from this session on » (RECURRENCE-ID;RANGE=THISANDFUTURE, RFC 5545), as some calendar tools
# write it: a weekly Monday series moved to the afternoon from its third session on, a weekly all-day series moved to
# Tuesdays from its second.
_FROM_THIS_SESSION_ON = [
    ("permanence", "DTSTART;TZID=Europe/Paris:20191104T100000", "DTEND;TZID=Europe/Paris:20191104T120000",
     "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Permanence"),
    ("permanence", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Paris:20191118T100000",
     "DTSTART;TZID=Europe/Paris:20191118T140000", "DTEND;TZID=Europe/Paris:20191118T160000",
     "SUMMARY:Permanence (après-midi)"),
    ("marche", "DTSTART;VALUE=DATE:20191104", "DTEND;VALUE=DATE:20191105", "RRULE:FREQ=WEEKLY;UNTIL=20191125",
     "SUMMARY:Marché"),
    ("marche", "RECURRENCE-ID;VALUE=DATE;RANGE=THISANDFUTURE:20191111", "DTSTART;VALUE=DATE:20191112",
     "DTEND;VALUE=DATE:20191113", "SUMMARY:Marché du mardi"),
]


@pytest.mark.parametrize("mode", READ_MODES)
def test_sessions_moved_from_one_on_keep_each_its_own_record(tmp_path, mode):
    """Before: every session after the one the change starts from had that session's id, and was merged into it (a
    session lost, « identifiant répété dans la même source »)."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    events = ["BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in (f"UID:{uid}", "DTSTAMP:20191101T000000Z",
                                                                        *lines, "LOCATION:Lille")) + "END:VEVENT\r\n"
              for uid, *lines in _FROM_THIS_SESSION_ON]
    (folder / "agenda.ics").write_text(_calendar_with(*events), encoding="utf-8")
    records, problems = read_ical_snapshot(folder, source="src", edition=2019, mode=mode)
    assert not problems
    result = _normalised(records, problems)
    assert result.merges.empty
    published = result.events.set_index("source_identifiant")
    assert {key: (row["titre"], row["date_heure_debut"] or row["date_debut"]) for key, row in published.iterrows()} == {
        "permanence#2019-11-04T10:00:00+01:00": ("Permanence", "2019-11-04T10:00:00+01:00"),
        "permanence#2019-11-11T10:00:00+01:00": ("Permanence", "2019-11-11T10:00:00+01:00"),
        "permanence#2019-11-18T10:00:00+01:00": ("Permanence (après-midi)", "2019-11-18T14:00:00+01:00"),
        "permanence#2019-11-25T10:00:00+01:00": ("Permanence (après-midi)", "2019-11-25T14:00:00+01:00"),
        "marche#2019-11-04": ("Marché", "2019-11-04"),
        "marche#2019-11-11": ("Marché du mardi", "2019-11-12"),
        "marche#2019-11-18": ("Marché du mardi", "2019-11-19"),
        "marche#2019-11-25": ("Marché du mardi", "2019-11-26"),
    }


# A group's feed as Mobilizon exports it (lib/service/export/icalendar.ex, through its fork of the Elixir icalendar
# library): LF line ends, no folding, the organising group's name as ORGANIZER's value (no CN, no address), times in the
# event's zone without VTIMEZONE, commas of CATEGORIES unescaped, LOCATION as « street postal-code town région country »
# joined by spaces.
MOBILIZON = """BEGIN:VCALENDAR
CALSCALE:GREGORIAN
VERSION:2.0
PRODID:-//Elixir ICalendar//Mobilizon 3.1.0//EN
BEGIN:VEVENT
CATEGORIES:ess,monnaie locale
DESCRIPTION:Une soirée pour découvrir les monnaies locales\\, avec la Galléco.
DTEND;TZID=Europe/Paris:20191115T210000
DTSTAMP:20191020T100000Z
DTSTART;TZID=Europe/Paris:20191115T180000
GEO:48.117266;-1.677793
LOCATION:39 Rue de Dinan 35000 Rennes Bretagne France
ORGANIZER:Collectif ESS Rennes
SUMMARY:Apéro monnaies locales
UID:8c5f3a2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b
URL:https://mobilizon.example/events/8c5f3a2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b
END:VEVENT
BEGIN:VEVENT
DESCRIPTION:Atelier.
DTEND;TZID=Europe/Paris:20191119T170000
DTSTAMP:20191020T100000Z
DTSTART;TZID=Europe/Paris:20191119T140000
LOCATION:12 Rue de la Paix 44000 Nantes
ORGANIZER:mailto:contact@collectif.example
SUMMARY:Atelier réemploi
UID:9d6a4b3f-2c5e-4f7a-8b8c-3d4e5f6a7b8c
END:VEVENT
BEGIN:VEVENT
DTEND;TZID=Europe/Paris:20191121T120000
DTSTAMP:20191020T100000Z
DTSTART;TZID=Europe/Paris:20191121T090000
ORGANIZER:jeanne.martin@example.org
SUMMARY:Petit-déjeuner
UID:0e7b5c4a-3d6f-4a8b-9c9d-4e5f6a7b8c9d
END:VEVENT
END:VCALENDAR
"""


def test_a_mobilizon_feed_gives_its_organising_group_never_an_address(tmp_path):
    """Before: ORGANIZER without CN gave no organiser: every event of a Mobilizon feed had none."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "collectif.ics").write_bytes(MOBILIZON.encode())
    records, problems = read(folder)
    assert not problems
    published = _normalised(records, problems).events.set_index("source_identifiant")
    assert published["organisateur"].to_dict() == {
        "8c5f3a2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b": "Collectif ESS Rennes",
        "9d6a4b3f-2c5e-4f7a-8b8c-3d4e5f6a7b8c": "",  # an address is no organiser's name
        "0e7b5c4a-3d6f-4a8b-9c9d-4e5f6a7b8c9d": "",
    }
    apero = published.loc["8c5f3a2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"]
    assert (apero["date_heure_debut"], apero["date_heure_fin"]) == ("2019-11-15T18:00:00+01:00",
                                                                    "2019-11-15T21:00:00+01:00")
    assert (apero["latitude"], apero["longitude"]) == (48.117266, -1.677793)


# The head of a calendar as WordPress' The Events Calendar exports it from a site whose zone is a manual UTC offset.
THE_EVENTS_CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRESS La Réunion - ECPv5.0.0//NONSGML v1.0//EN\r\n"
                       "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:CRESS La Réunion\r\n")


@pytest.mark.parametrize(("tzid", "start", "expected"), [
    # a site set to « UTC+4 » (La Réunion), « UTC-4 » (the Antilles): that offset
    ("UTC+4", "20191116T140000", "2019-11-16T14:00:00+04:00"),
    ("UTC-4", "20191116T190000", "2019-11-16T19:00:00-04:00"),
    ('"UTC+4"', "20191116T140000", "2019-11-16T14:00:00+04:00"),
    ("UTC+04:00", "20191116T140000", "2019-11-16T14:00:00+04:00"),
    ("GMT-3", "20191116T100000", "2019-11-16T10:00:00-03:00"),
    ("UTC+0", "20191116T130000", "2019-11-16T13:00:00+00:00"),
    # the offset of the default zone in November: that zone, its summer time of late October included
    ("UTC+1", "20191116T140000", "2019-11-16T14:00:00+01:00"),
    ("UTC+1", "20191026T100000", "2019-10-26T10:00:00+02:00"),
])
def test_a_time_zone_named_by_its_offset_alone_is_read_at_that_offset(tmp_path, tzid, start, expected):
    """Before: « UTC+4 » was no zone of the tz database, and the time was read in Paris: three hours off."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.ics").write_text(THE_EVENTS_CALENDAR + _vevent("forum", f"DTSTART;TZID={tzid}:{start}")
                                       + "END:VCALENDAR\r\n", encoding="utf-8")
    result = KINDS["ical"].read(folder, 2019, "source", parse_options(IcalOptions, {}))
    assert result.problems == [] and result.notes == []  # no zone assumed
    (record,) = result.records
    assert map_ical_event(record.payload)["date_debut"].split("[")[0] == expected


def test_an_offset_zone_the_file_defines_is_read_by_its_definition(tmp_path):
    """A VTIMEZONE of the file naming « UTC+1 » is kept, whatever its offset (here two hours ahead of UTC)."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.ics").write_text(
        THE_EVENTS_CALENDAR + "BEGIN:VTIMEZONE\r\nTZID:UTC+1\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0200\r\nTZNAME:UTC+1\r\nDTSTART:20190101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        + _vevent("forum", "DTSTART;TZID=UTC+1:20191116T140000") + "END:VCALENDAR\r\n", encoding="utf-8")
    records, problems = read(folder)
    assert problems == []
    assert map_ical_event(records[0].payload)["date_debut"].split("[")[0] == "2019-11-16T14:00:00+02:00"


@pytest.mark.parametrize(("calendar", "reason"), [
    # Shared « free/busy only »: its busy times, not its events
    ("BEGIN:VFREEBUSY\r\nDTSTAMP:20191101T000000Z\r\nUID:fb-1\r\nDTSTART:20191101T000000Z\r\nDTEND:20191201T000000Z\r\n"
     "FREEBUSY;FBTYPE=BUSY:20191115T170000Z/20191115T190000Z,20191120T090000Z/20191120T120000Z\r\nEND:VFREEBUSY\r\n",
     "aucun VEVENT dans ce calendrier : il ne publie que des disponibilités (VFREEBUSY), pas ses événements"),
    ("", "aucun VEVENT dans ce calendrier"),
])
def test_a_calendar_without_any_event_is_a_problem_naming_it_not_an_empty_source(tmp_path, calendar, reason):
    """Before: no record and no problem, so the source's events were unpublished without a word."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.ics").write_text(_calendar_with(calendar), encoding="utf-8")
    result = KINDS["ical"].read(folder, 2019, "source", parse_options(IcalOptions, {}))
    assert result.records == [] and result.broken
    assert [(p.file, p.position, p.reason) for p in result.problems] == [("agenda.ics", None, reason)]


# A calendar published « availability only »: Outlook writes each event as a busy time titled in the publisher's
# language, Google Calendar and CalDAV servers « Busy »; nothing else of the event is given.
_AVAILABILITY = [
    ("outlook-busy", ["SUMMARY:Occupé", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "CLASS:PUBLIC"], NOT_PUBLIC),
    ("outlook-tentative", ["SUMMARY:Provisoire", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"], NOT_PUBLIC),
    ("outlook-oof", ["SUMMARY:Absent(e) du bureau", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"], NOT_PUBLIC),
    ("google-busy", ["SUMMARY:Busy"], NOT_PUBLIC),
    ("exchange-private", ["SUMMARY:Private Appointment"], NOT_PUBLIC),
    # An event so titled that says more, or a title that only begins so, is an event
    ("occupe-place", ["SUMMARY:Occupé", "LOCATION:Maison de l'ESS\\, 35000 Rennes"], None),
    ("libre-echange", ["SUMMARY:Libre échange"], None),
    ("forum", ["SUMMARY:Forum de l'ESS"], None),
]


def test_the_busy_times_of_a_calendar_published_availability_only_are_not_public_events(tmp_path):
    """Before: « Occupé » and « Busy » were published as events of the month."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True)
    events = ["BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in (
        f"UID:{uid}", "DTSTAMP:20191101T000000Z", "DTSTART:20191115T170000Z", "DTEND:20191115T190000Z", *lines))
        + "END:VEVENT\r\n" for uid, lines, _ in _AVAILABILITY]
    (folder / "agenda.ics").write_text(_calendar_with(*events), encoding="utf-8")
    records, problems = read(folder)
    assert not problems
    assert {r.source_record_id: map_ical_event(r.payload)["statut"] for r in records} == {
        uid: status for uid, _, status in _AVAILABILITY}
    published = _normalised(records, problems).events
    assert sorted(published["source_identifiant"]) == ["forum", "libre-echange", "occupe-place"]
