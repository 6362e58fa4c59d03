"""The classes of difference issue 15 names, as four real formats of one region's sources write them: the national
platform's JSON pages, a CRESS OpenAgenda export, a local network's iCalendar, a CRESS registration sheet in
Windows-1252 with `;`. The files are read by the connectors, normalised and merged: each event is published once,
and two repair cafés in Rennes the same afternoon stay two."""

import json
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.dedup import CommuneIndex, deduplicate
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options
from tests.scripts import script_module

EDITION = 2019
PLATFORM, AGENDA, CALENDAR, SHEET = (
    "plateforme", "cress-bretagne-openagenda", "reseau-rennes-ical", "cress-bretagne-tableur")
SHEET_COLUMNS = ["ID", "Titre", "Date", "Horaires", "Structure", "Lieu", "Adresse", "CP", "Ville"]
OPTIONS = {
    PLATFORM: None,
    AGENDA: {"champs": {"organisateur": "organisateur"}},
    CALENDAR: {"fuseau": "Europe/Paris"},
    SHEET: {"colonnes": {"identifiant": "ID", "titre": "Titre", "date_debut": "Date", "heure_debut": "Horaires",
                         "organisateur": "Structure", "lieu": "Lieu", "adresse": "Adresse", "code_postal": "CP",
                         "commune": "Ville"}},
}
KIND = {PLATFORM: "plateforme", AGENDA: "openagenda", CALENDAR: "ical", SHEET: "tableur"}


class Listings:
    """What each source lists, and the real event behind each listing."""

    def __init__(self) -> None:
        self.platform, self.agenda, self.calendar, self.sheet = [], [], [], []
        self.truth: dict[tuple[str, str], str] = {}

    def on_platform(self, event: str, number: int, title: str, start: str, end: str | None = None,
                    organiser: str = "", place: dict | None = None, modality: str = "Présentiel") -> None:
        self.platform.append({
            "id": number, "title": title, "start": start, "end": end, "format": modality,
            "organizer": {"name": organiser, "type": "Association"}, "place": place or {}, "categories": [],
            "url": f"https://lemois-ess.org/evenement/{number}", "updated_at": "2019-10-20T10:00:00Z"})
        self.truth[(PLATFORM, str(number))] = event

    def on_agenda(self, event: str, uid: int, title: str, begin: str, end: str, organiser: str = "",
                  location: dict | None = None, mode: int = 1, link: str | None = None) -> None:
        listing = {"uid": uid, "title": {"fr": title}, "timings": [{"begin": begin, "end": end}],
                   "location": location or {}, "attendanceMode": {"id": mode}, "organisateur": organiser,
                   "updatedAt": "2019-10-20T10:00:00.000Z", "status": {"id": 1}}
        if link:
            listing["onlineAccessLink"] = link
        self.agenda.append(listing)
        self.truth[(AGENDA, str(uid))] = event

    def in_calendar(self, event: str, uid: str, *lines: str) -> None:
        self.calendar.append(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20191020T100000Z\r\n"
                             + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n")
        self.truth[(CALENDAR, uid)] = event

    def in_sheet(self, event: str, row: str, **cells: str) -> None:
        self.sheet.append({"ID": row, **cells})
        self.truth[(SHEET, row)] = event

    def write(self, root: Path) -> dict[str, Path]:
        folders = {source: root / source / str(EDITION) / "export" for source in KIND}
        for folder in folders.values():
            folder.mkdir(parents=True)
        (folders[PLATFORM] / "page-0001.json").write_text(json.dumps(
            {"edition": EDITION, "events": self.platform, "next": None, "page": 1, "per_page": 100}))
        (folders[AGENDA] / "page-0001.json").write_text(json.dumps({"total": len(self.agenda), "events": self.agenda}))
        (folders[CALENDAR] / "agenda.ics").write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reseau//FR\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
            + "".join(self.calendar) + "END:VCALENDAR\r\n", encoding="utf-8")
        lines = [";".join(SHEET_COLUMNS)] + [";".join(row.get(c, "") for c in SHEET_COLUMNS) for row in self.sheet]
        (folders[SHEET] / "agenda.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        return folders


def listings() -> Listings:
    found = Listings()
    # Online: « En ligne » on the platform, a Zoom link as the calendar's LOCATION, no ORGANIZER.
    found.on_platform("finance", 1, "Webinaire : la finance solidaire pour tous", "2019-11-05T14:00:00+01:00",
                      "2019-11-05T15:30:00+01:00", "Plateforme des Finances Solidaires", {"address": "En ligne"},
                      modality="En ligne")
    found.in_calendar("finance", "t1@reseau", "DTSTART;TZID=Europe/Paris:20191105T140000",
                      "DTEND;TZID=Europe/Paris:20191105T153000", "SUMMARY:La finance solidaire pour tous (webinaire)",
                      "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=abc")
    # Online: OpenAgenda's online mode and its join link, the same Teams meeting in an Outlook invitation.
    found.on_agenda("tiers-lieux", 200, "Rencontre en ligne des tiers-lieux bretons", "2019-11-06T10:00:00+01:00",
                    "2019-11-06T12:00:00+01:00", "Réseau des tiers-lieux", mode=2,
                    link="https://teams.microsoft.com/l/meetup-join/19abc")
    found.in_calendar("tiers-lieux", "t2@reseau", "DTSTART;TZID=Europe/Paris:20191106T100000",
                      "DTEND;TZID=Europe/Paris:20191106T120000", "SUMMARY:Mois de l'ESS - Rencontre des tiers-lieux",
                      "LOCATION:Réunion Microsoft Teams",
                      "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19abc")
    # No commune in one copy: the calendar names the venue alone.
    found.on_platform("repair-blosne", 3, "Repair café du Blosne", "2019-11-09T14:00:00+01:00",
                      "2019-11-09T17:00:00+01:00", "Répar'Tout",
                      {"name": "Le Triangle", "address": "Boulevard de Yougoslavie", "postal_code": "35200",
                       "city": "Rennes", "lat": 48.0877, "lng": -1.6575})
    found.in_calendar("repair-blosne", "t3@reseau", "DTSTART;TZID=Europe/Paris:20191109T140000",
                      "DTEND;TZID=Europe/Paris:20191109T170000", "SUMMARY:Repair Café au Blosne",
                      "LOCATION:Le Triangle", "ORGANIZER;CN=Répar'Tout:mailto:contact@repartout.fr")
    # A one-hour slip: the calendar writes Paris time as UTC.
    found.on_platform("cine-debat", 4, "Ciné-débat : Demain", "2019-11-12T20:00:00+01:00", "2019-11-12T22:30:00+01:00",
                      "Cinéma Arvor", {"name": "Cinéma Arvor", "address": "11 rue de Châtillon",
                                       "postal_code": "35000", "city": "Rennes"})
    found.in_calendar("cine-debat", "t4@reseau", "DTSTART:20191112T200000Z", "DTEND:20191112T223000Z",
                      "SUMMARY:Projection-débat « Demain »",
                      "LOCATION:Cinéma Arvor\\, 11 rue de Châtillon\\, 35000 Rennes")
    # The venue's name in one copy, the street in the other.
    found.on_agenda("forum-emploi", 500, "Forum de l'emploi dans l'ESS", "2019-11-14T09:00:00+01:00",
                    "2019-11-14T17:00:00+01:00", "CRESS Bretagne",
                    {"name": "Maison des associations", "city": "Rennes", "postalCode": "35000", "insee": "35238"})
    found.in_sheet("forum-emploi", "S5", Titre="Forum emploi ESS", Date="14/11/2019", Horaires="9h-17h",
                   Structure="CRESS Bretagne", Adresse="6 cours des Alliés", CP="35000", Ville="RENNES")
    # The title reworded.
    found.on_platform("velo", 6, "Mois de l'ESS – Atelier d'autoréparation vélo", "2019-11-16T10:00:00+01:00",
                      "2019-11-16T12:00:00+01:00", "La Petite Rennes",
                      {"name": "Atelier La Petite Rennes", "address": "8 rue Saint-Malo", "postal_code": "35000",
                       "city": "Rennes"})
    found.on_agenda("velo", 600, "Atelier réparation de vélos", "2019-11-16T10:00:00+01:00",
                    "2019-11-16T12:00:00+01:00", "La Petite Rennes",
                    {"name": "La Petite Rennes", "address": "8 rue Saint-Malo", "city": "Rennes",
                     "postalCode": "35000"})
    # A typing error, no accents, an abbreviated street.
    found.on_platform("conference", 7, "Conférence sur l'économie circulaire", "2019-11-19T18:30:00+01:00", None,
                      "Bretagne Ateliers", {"name": "Hôtel de Rennes Métropole", "address": "4 avenue Henri Fréville",
                                            "postal_code": "35200", "city": "Rennes"})
    found.in_sheet("conference", "S7", Titre="Conference sur l'economie circularie", Date="19/11/2019",
                   Horaires="18h30", Structure="Bretagne Ateliers", Lieu="Hôtel de Rennes Métropole",
                   Adresse="4 av. Henri Fréville", CP="35200", Ville="Rennes")
    # Online in other words: « Distanciel » against « Visioconférence ».
    found.on_platform("cooperative", 12, "Atelier : créer sa coopérative", "2019-11-21T18:00:00+01:00",
                      "2019-11-21T19:30:00+01:00", "Coopérer pour entreprendre",
                      {"name": "Visioconférence", "address": "Lien envoyé après inscription"}, modality="")
    found.in_sheet("cooperative", "S12", Titre="Créer sa coopérative (atelier)", Date="21/11/2019",
                   Horaires="18h-19h30", Structure="Coopérer pour entreprendre", Lieu="Distanciel")
    # The start time missing in one copy.
    found.on_platform("ressourcerie", 8, "Portes ouvertes de la Ressourcerie", "2019-11-23T10:00:00+01:00",
                      "2019-11-23T18:00:00+01:00", "La Ressourcerie du Pays de Rennes",
                      {"name": "Ressourcerie", "address": "12 rue de la Donelière", "postal_code": "35000",
                       "city": "Rennes"})
    found.in_sheet("ressourcerie", "S8", Titre="Portes ouvertes ressourcerie", Date="23/11/2019",
                   Structure="Ressourcerie du Pays de Rennes", Adresse="12 rue de la Donelière", CP="35000",
                   Ville="Rennes")
    # The organiser's acronym against its full name.
    found.on_platform("petit-dejeuner", 9, "Petit-déjeuner de la finance solidaire", "2019-11-26T08:30:00+01:00",
                      "2019-11-26T10:00:00+01:00", "Plateforme des Finances Solidaires",
                      {"name": "Le 4 bis", "address": "4 bis cours des Alliés", "postal_code": "35000",
                       "city": "Rennes"})
    found.on_agenda("petit-dejeuner", 900, "Petit déjeuner finance solidaire", "2019-11-26T08:30:00+01:00",
                    "2019-11-26T10:00:00+01:00", "PFS",
                    {"name": "Le 4 bis", "address": "4 bis cours des Alliés", "city": "Rennes", "postalCode": "35000"})
    # An organiser named by its contact only: the calendar's ORGANIZER is an e-mail address (no name), the sheet's
    # « Structure » a phone number; with a reworded title, a slip and a date-only row, nothing else opposes them.
    found.on_platform("fabrication", 13, "Atelier fabrication de produits ménagers", "2019-11-28T18:00:00+01:00",
                      "2019-11-28T20:00:00+01:00", "Zéro Déchet Rennes",
                      {"name": "Maison de quartier de la Touche", "address": "6 rue Pierre Martin",
                       "postal_code": "35000", "city": "Rennes"})
    found.in_calendar("fabrication", "t13@reseau", "DTSTART:20191128T180000Z",
                      "SUMMARY:Fabriquer ses produits ménagers (atelier)",
                      "LOCATION:Maison de quartier de la Touche\\, Rennes",
                      "ORGANIZER;CN=contact@zerodechet-rennes.fr:mailto:contact@zerodechet-rennes.fr")
    found.in_sheet("fabrication", "S13", Titre="ATELIER PRODUITS MENAGERS", Date="28/11/2019",
                   Structure="02 99 00 00 00", Adresse="6 rue Pierre Martin", CP="35000", Ville="Rennes")
    # A calendar kept by a person: its ORGANIZER names her, not the organisation the platform credits.
    found.on_platform("compostage", 14, "Initiation au compostage collectif", "2019-11-29T14:00:00+01:00",
                      "2019-11-29T16:00:00+01:00", "Vert le Jardin",
                      {"name": "Jardin des Mille Pas", "address": "2 rue de Brest", "postal_code": "35000",
                       "city": "Rennes"})
    found.in_calendar("compostage", "t14@reseau", "DTSTART:20191129T140000Z",
                      "SUMMARY:Compostage collectif : initiation", "LOCATION:Jardin des Mille Pas\\, Rennes",
                      "ORGANIZER;CN=\"Marie Dupont\":mailto:marie.dupont@vertlejardin.example")
    # Two repair cafés in Rennes the same afternoon; the calendar's copy of the second gives only « Rennes », and
    # slips an hour.
    found.on_platform("repair-maurepas", 10, "Repair café de Maurepas", "2019-11-30T14:00:00+01:00",
                      "2019-11-30T17:00:00+01:00", "Maison de quartier de Maurepas",
                      {"name": "Maison de quartier de Maurepas", "address": "32 rue de la Marbaudais",
                       "postal_code": "35700", "city": "Rennes"})
    found.on_platform("repair-villejean", 11, "Repair café de Villejean", "2019-11-30T15:00:00+01:00",
                      "2019-11-30T18:00:00+01:00", "Cercle Paul Bert",
                      {"name": "Cercle Paul Bert Villejean", "address": "1 place de Bretagne", "postal_code": "35000",
                       "city": "Rennes"})
    found.in_calendar("repair-villejean", "t11@reseau", "DTSTART:20191130T150000Z", "DTEND:20191130T180000Z",
                      "SUMMARY:Repair café", "LOCATION:Rennes", "ORGANIZER;CN=Cercle Paul Bert:mailto:x@cpb.fr")
    return found


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[list[set[str]], Listings]:
    """The real events each published row stands for."""
    found = listings()
    folders = found.write(tmp_path_factory.mktemp("raw"))
    rows, options = [], {}
    for source, kind in KIND.items():
        options[source] = parse_options(KINDS[kind].options, OPTIONS[source])
        read = KINDS[kind].read(folders[source], EDITION, source, options[source])
        assert not read.problems, read.problems
        rows += [{"edition": r.edition, "source": r.source, "source_kind": kind, "source_record_id": r.source_record_id,
                  "position": r.position, "file": r.file, "payload": payload_json(r.payload)} for r in read.records]
    normalised = normalize_records(pd.DataFrame(rows), options)
    assert normalised.quarantine.empty and len(normalised.events) == len(found.truth)
    result = deduplicate(normalised.events, CommuneIndex.from_reference())
    events = [{found.truth[(row.source, row.source_identifiant)]}
              | {found.truth[tuple(key.split(":", 1))] for key in filter(None, row.sources_fusionnees.split("|"))}
              for row in result.events.itertuples()]
    return events, found


def test_every_listing_of_one_event_is_published_once(published):
    events, found = published
    assert [event for event in events if len(event) > 1] == []  # no two events merged
    assert sorted(event for (event,) in events) == sorted(set(found.truth.values()))  # each event once


@pytest.mark.parametrize("vocabulary", ["sept", "huit"])
def test_the_evaluation_sets_read_through_the_connectors_give_what_the_merge_was_measured_on(
        vocabulary, tmp_path, monkeypatch):
    # bench_dedup --feeds writes each generated set as the four sources' files and reads them with the connectors:
    # the fields the merge reads are those the candidates gave, and the merge finds the same events.
    generator = script_module("dedup_eval_set", monkeypatch)
    feeds = script_module("dedup_feeds", monkeypatch)
    given = generator.generate(1, vocabulary=vocabulary, descriptions=True, count=80)
    read = generator.generate(1, vocabulary=vocabulary, descriptions=True, count=80,
                              through=feeds.through_feeds(tmp_path))
    key = ["edition", "source", "source_identifiant"]
    given, read = (frame.sort_values(key).reset_index(drop=True) for frame in (given, read))
    assert read[key + generator.TRUTH_COLUMNS].equals(given[key + generator.TRUTH_COLUMNS])
    compared = ["titre", "description", "date_debut", "date_heure_debut", "organisateur", "lieu", "modalite",
                "lien_reunion"]
    pd.testing.assert_frame_equal(read[compared], given[compared])
    # OpenAgenda writes the whole address, postal code and town after the street.
    agenda = read["source"].str.endswith("openagenda")
    assert (read.loc[~agenda, "adresse"].fillna("") == given.loc[~agenda, "adresse"].fillna("")).all()
    street = given.loc[agenda, "adresse"].fillna("")
    assert all(whole.startswith(part) for whole, part in zip(read.loc[agenda, "adresse"].fillna(""), street,
                                                             strict=True))
    # The iCalendar's LOCATION is read into its town and postal code by the connector: more than the fields gave.
    calendar = read["source"].str.endswith("ical")
    towns = [(frame.loc[calendar, "commune"].fillna("") != "").sum() for frame in (read, given)]
    assert towns[0] > towns[1]
    index = CommuneIndex.from_reference()
    merged = [deduplicate(frame.drop(columns=generator.TRUTH_COLUMNS), index).merges[key[1:]].values.tolist()
              for frame in (given, read)]
    assert len(merged[0]) > 20 and sorted(merged[1]) == sorted(merged[0])
