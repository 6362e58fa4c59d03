"""Cases of the merge issue written by hand as real files of one région's four sources (Nouvelle-Aquitaine, 2022),
read by the connectors, normalised and merged as `mois-ess run` does: the national platform's JSON page, a CRESS
OpenAgenda export (several timings, location objects, `onlineAccessLink`, keywords), a local network's iCalendar
(TZID, floating and UTC times, all-day VALUE=DATE, several days, RRULE or several VEVENTs for sessions, a LOCATION
naming the venue alone, URL and CONFERENCE), a CRESS registration spreadsheet (Windows-1252 `;` CSV with or without a
UTF-8 BOM, XLSX with Excel dates, times as « 14h30 », « 14:30-16:00 » or in start and end columns, merged cells).
Each case is one small edition: every listing must be read (none lost, none quarantined), each real event published
once, and two events never merged (hard negatives: one organiser's two events, or two events of one kind, the same day
in the same town)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from assets.lib.dedup import deduplicate
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options

EDITION = 2022
PLATFORM, AGENDA, CALENDAR, SHEET = (
    "plateforme", "cress-nouvelle-aquitaine-openagenda", "reseau-bordeaux-ical", "cress-nouvelle-aquitaine-tableur")
KIND = {PLATFORM: "plateforme", AGENDA: "openagenda", CALENDAR: "ical", SHEET: "tableur"}
# The registration form's export (CSV) and the CRESS's own workbook (XLSX): two layouts of one source kind.
FORM_COLUMNS = ["N° inscription", "Nom de la structure", "Titre de l'événement", "Date", "Horaires", "Lieu",
                "Adresse", "Code postal", "Ville", "Format"]
FORM_OPTIONS = {"colonnes": {
    "identifiant": "N° inscription", "organisateur": "Nom de la structure", "titre": "Titre de l'événement",
    "date_debut": "Date", "horaires": "Horaires", "lieu": "Lieu", "adresse": "Adresse", "code_postal": "Code postal",
    "commune": "Ville", "modalite": "Format"}}
BOOK_COLUMNS = ["Réf", "Structure organisatrice", "Événement", "Date de début", "Date de fin", "Heure début",
                "Heure fin", "Lieu", "Adresse complète", "CP", "Commune", "Descriptif"]
BOOK_OPTIONS = {"colonnes": {
    "identifiant": "Réf", "organisateur": "Structure organisatrice", "titre": "Événement",
    "date_debut": "Date de début", "date_fin": "Date de fin", "heure_debut": "Heure début", "heure_fin": "Heure fin",
    "lieu": "Lieu", "adresse": "Adresse complète", "code_postal": "CP", "commune": "Commune",
    "description": "Descriptif"}}


@dataclass
class Feeds:
    """One edition's files of the four sources, and the real event behind each listing."""

    platform: list[dict] = field(default_factory=list)
    agenda: list[dict] = field(default_factory=list)
    calendar: list[str] = field(default_factory=list)
    calendar_head: str = "X-WR-TIMEZONE:Europe/Paris\r\n"
    sheet: tuple[str, bytes, dict] | None = None
    truth: dict[tuple[str, str], str | dict[str, str]] = field(default_factory=dict)
    listings: int = 0  # records the connectors must give

    def on_platform(self, event: str, number: int, title: str, start: str, end: str | None, organiser: str,
                    place: dict, modality: str = "Présentiel", **more) -> Feeds:
        self.platform.append({"id": number, "title": title, "start": start, "end": end, "format": modality,
                              "organizer": {"name": organiser, "type": "Association"}, "place": place,
                              "categories": [], "url": f"https://lemois-ess.org/evenement/{number}",
                              "updated_at": "2022-10-20T10:00:00Z", **more})
        self.truth[PLATFORM, str(number)] = event
        self.listings += 1
        return self

    def on_agenda(self, event: str, uid: int, title: str, timings: list[tuple[str, str]], organiser: str,
                  location: dict, mode: int = 1, **more) -> Feeds:
        self.agenda.append({"uid": uid, "title": {"fr": title}, "location": location, "attendanceMode": {"id": mode},
                            "timings": [{"begin": begin, "end": end} for begin, end in timings],
                            "organisateur": organiser, "updatedAt": "2022-10-20T10:00:00.000Z", "status": {"id": 1},
                            **more})
        self.truth[AGENDA, str(uid)] = event
        self.listings += 1
        return self

    def in_calendar(self, event: str | dict[str, str], uid: str, *lines: str) -> Feeds:
        """A VEVENT; `event` is a real event, or one per day for a series (RRULE)."""
        self.calendar.append(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20221020T100000Z\r\n"
                             + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n")
        self.truth[CALENDAR, uid] = event
        self.listings += len(event) if isinstance(event, dict) else 1
        return self

    def same_uid(self, uid: str, *lines: str, records: int = 0) -> Feeds:
        """Another VEVENT of a UID already listed (a session, a moved occurrence, a new version): `records` more."""
        self.calendar.append(f"BEGIN:VEVENT\r\nUID:{uid}\r\n" + "".join(f"{line}\r\n" for line in lines)
                             + "END:VEVENT\r\n")
        self.listings += records
        return self

    def in_form(self, rows: list[tuple[str, dict[str, str]]], bom: bool = False) -> Feeds:
        """The registration form's export: Windows-1252 `;` CSV, or UTF-8 with a BOM (Excel's « CSV UTF-8 »)."""
        lines = [";".join(FORM_COLUMNS)] + [";".join(cells.get(c, "") for c in FORM_COLUMNS) for _, cells in rows]
        text = "\r\n".join(lines) + "\r\n"
        self.sheet = ("inscriptions.csv", text.encode("utf-8-sig") if bom else text.encode("cp1252"), FORM_OPTIONS)
        self._sheet_truth(rows, "N° inscription")
        return self

    def in_book(self, rows: list[tuple[str, dict]], merged: tuple[str, ...] = (), title_row: str = "") -> Feeds:
        """The CRESS's workbook: real Excel dates and times; cells of `merged` columns equal to the row above's are
        one merged cell; `title_row`, a banner above the header."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Programme"
        if title_row:
            sheet.append([title_row])
        sheet.append(BOOK_COLUMNS)
        first = sheet.max_row + 1
        for _, cells in rows:
            sheet.append([cells.get(c) for c in BOOK_COLUMNS])
        for name in merged:
            column = BOOK_COLUMNS.index(name) + 1
            start = first
            for row in range(first + 1, sheet.max_row + 2):
                value = sheet.cell(row, column).value if row <= sheet.max_row else object()
                if value != sheet.cell(start, column).value:
                    if row - 1 > start:
                        for cleared in range(start + 1, row):
                            sheet.cell(cleared, column).value = None
                        sheet.merge_cells(start_row=start, start_column=column, end_row=row - 1, end_column=column)
                    start = row
        out = io.BytesIO()
        book.save(out)
        self.sheet = ("programme.xlsx", out.getvalue(), BOOK_OPTIONS)
        self._sheet_truth(rows, "Réf")
        return self

    def _sheet_truth(self, rows: list[tuple[str, dict]], id_column: str) -> None:
        for event, cells in rows:
            self.truth[SHEET, str(cells[id_column])] = event
            self.listings += 1

    def write(self, root: Path) -> dict[str, tuple[Path, dict | None]]:
        written = {}
        files = {
            PLATFORM: ("page-0001.json", json.dumps({"edition": EDITION, "events": self.platform, "next": None,
                                                     "page": 1, "per_page": 100}).encode()) if self.platform else None,
            AGENDA: ("page-0001.json", json.dumps({"total": len(self.agenda), "events": self.agenda}).encode())
            if self.agenda else None,
            CALENDAR: ("agenda.ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reseau//FR\r\n" + self.calendar_head
                                      + "".join(self.calendar) + "END:VCALENDAR\r\n").encode())
            if self.calendar else None,
            SHEET: self.sheet[:2] if self.sheet else None,
        }
        options = {PLATFORM: None, AGENDA: {"champs": {"organisateur": "organisateur"}},
                   CALENDAR: {"fuseau": "Europe/Paris"}, SHEET: self.sheet[2] if self.sheet else None}
        for source, content in files.items():
            if content:
                folder = root / source / str(EDITION) / "export"
                folder.mkdir(parents=True)
                (folder / content[0]).write_bytes(content[1])
                written[source] = (folder, options[source])
        return written


def read_and_merge(feeds: Feeds, root: Path, index) -> tuple[pd.DataFrame, list[set[str]]]:
    """The normalised events, and the real events each published row stands for."""
    rows, options = [], {}
    for source, (folder, raw_options) in feeds.write(root).items():
        kind = KINDS[KIND[source]]
        options[source] = parse_options(kind.options, raw_options)
        read = kind.read(folder, EDITION, source, options[source])
        assert not read.problems, read.problems
        rows += [{"edition": r.edition, "source": r.source, "source_kind": KIND[source],
                  "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                  "payload": payload_json(r.payload)} for r in read.records]
    normalised = normalize_records(pd.DataFrame(rows), options)
    assert normalised.quarantine.empty, normalised.quarantine.to_dict("records")
    events = normalised.events
    assert len(events) == feeds.listings, events[["source", "source_identifiant", "date_debut"]].to_dict("records")

    def real(source: str, identifier: str, start: str) -> str:
        event = feeds.truth[source, identifier.split("#")[0] if source == CALENDAR else identifier]
        return event[start[:10]] if isinstance(event, dict) else event

    starts = {(row.source, row.source_identifiant): str(row.date_debut) for row in events.itertuples()}
    result = deduplicate(events, index)
    published = []
    for row in result.events.itertuples():
        keys = [(row.source, row.source_identifiant)] + [
            tuple(key.split(":", 1)) for key in filter(None, row.sources_fusionnees.split("|"))]
        published.append({real(*key, starts[key]) for key in keys})
    return events, published


PARIS_NOVEMBER = "+01:00"


def at(day: int, hour: str) -> str:
    """An ISO start in Paris time on `day` November 2022 (winter time)."""
    return f"2022-11-{day:02d}T{hour}:00{PARIS_NOVEMBER}"


BASTIDE = {"name": "Centre d'animation Bastide Benauge", "address": "23 rue Raymond Poincaré",
           "postal_code": "33100", "city": "Bordeaux", "lat": 44.8447, "lng": -0.5561}
BASTIDE_AGENDA = {"name": "Centre d'animation Bastide Benauge",
                  "address": "23 rue Raymond Poincaré, 33100 Bordeaux", "postalCode": "33100", "city": "Bordeaux",
                  "insee": "33063", "latitude": 44.8447, "longitude": -0.5561}
DARWIN = {"name": "Darwin Écosystème", "address": "87 quai des Queyries", "postal_code": "33100", "city": "Bordeaux"}
DARWIN_AGENDA = {"name": "Darwin", "address": "87 Quai des Queyries, 33100 Bordeaux", "postalCode": "33100",
                 "city": "Bordeaux", "insee": "33063", "latitude": 44.8497, "longitude": -0.5613}
POITIERS_MAISON = {"name": "Maison de la Gibauderie", "address": "Rue de la Gibauderie", "postal_code": "86000",
                   "city": "Poitiers"}
LIMOGES_CCI = {"name": "Espace Simone Veil", "address": "3 place Winston Churchill", "postal_code": "87000",
               "city": "Limoges"}
ROCHELLE = {"name": "La Sirène", "address": "111 boulevard Émile Delmas", "postal_code": "17000",
            "city": "La Rochelle"}
ROCHELLE_AGENDA = {"name": "La Sirène", "address": "111 Boulevard Émile Delmas, 17000 La Rochelle",
                   "postalCode": "17000", "city": "La Rochelle", "insee": "17300"}
PAU_HALLE = {"name": "Les Halles de Pau", "address": "Place de la République", "postal_code": "64000", "city": "Pau"}
ANGOULEME = {"name": "Espace Franquin", "address": "1 bis boulevard Berthelot", "postal_code": "16000",
             "city": "Angoulême"}
NIORT_AGENDA = {"name": "Le Camji", "address": "3 rue de l'Ancien Musée, 79000 Niort", "postalCode": "79000",
                "city": "Niort", "insee": "79191"}
MERIGNAC = {"name": "Le Pin Galant", "address": "34 avenue du Maréchal de Lattre de Tassigny",
            "postal_code": "33700", "city": "Mérignac"}
PESSAC = {"name": "Médiathèque Jacques Ellul", "address": "21 rue de Camponac", "postal_code": "33600",
          "city": "Pessac"}
ONLINE = {"name": "En ligne"}


def _cases() -> dict[str, tuple[Feeds, int]]:
    """Each case's feeds and how many real events they list."""
    cases: dict[str, tuple[Feeds, int]] = {}

    def case(name: str, feeds: Feeds) -> None:
        cases[name] = (feeds, len({e for v in feeds.truth.values() for e in (v.values() if isinstance(v, dict)
                                                                               else [v])}))

    # ── iCalendar shapes ──
    case("ical TZID, LOCATION naming the venue alone, against the platform's full place", Feeds()
         .on_platform("repair", 1, "Repair café de la Bastide", at(12, "14:00"), at(12, "17:00"),
                      "Bordeaux Répar'", BASTIDE)
         .in_calendar("repair", "rc-bastide@reseau", "DTSTART;TZID=Europe/Paris:20221112T140000",
                      "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Repair Café Bastide",
                      "LOCATION:Centre d'animation Bastide Benauge"))
    case("ical floating time (X-WR-TIMEZONE) against an OpenAgenda location object", Feeds()
         .on_agenda("compost", 1001, "Atelier compostage et lombricompostage", [(at(9, "18:00"), at(9, "20:00"))],
                    "Les Jardins de Darwin", DARWIN_AGENDA)
         .in_calendar("compost", "compost@reseau", "DTSTART:20221109T180000", "DTEND:20221109T200000",
                      "SUMMARY:Lombricompostage : atelier", "LOCATION:Darwin\\, 87 quai des Queyries\\, Bordeaux"))
    case("ical all-day VALUE=DATE, platform 10:00-17:00, form « Toute la journée »", Feeds()
         .on_platform("portes", 2, "Portes ouvertes de la Recyclerie de Pessac", at(19, "10:00"), at(19, "17:00"),
                      "La Recyclerie de Pessac", {"name": "La Recyclerie", "address": "10 avenue de Canéjan",
                                                  "postal_code": "33600", "city": "Pessac"})
         .in_calendar("portes", "po-recyclerie@reseau", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
                      "SUMMARY:Portes ouvertes - La Recyclerie", "LOCATION:10 avenue de Canéjan\\, 33600 Pessac")
         .in_form([("portes", {"N° inscription": "2022-014", "Nom de la structure": "Recyclerie de Pessac",
                               "Titre de l'événement": "Journée portes ouvertes", "Date": "19/11/2022",
                               "Horaires": "Toute la journée", "Lieu": "La Recyclerie",
                               "Adresse": "10 av. de Canéjan", "Code postal": "33600", "Ville": "PESSAC",
                               "Format": "Présentiel"})]))
    case("a two-day forum: ical DTSTART/DTEND over two days, two OpenAgenda timings, the platform's range", Feeds()
         .on_platform("forum", 3, "Forum régional de l'ESS", at(17, "09:00"), at(18, "17:00"),
                      "CRESS Nouvelle-Aquitaine",
                      LIMOGES_CCI)
         .on_agenda("forum", 1003, "Forum régional de l'ESS 2022",
                    [(at(17, "09:00"), at(17, "17:00")), (at(18, "09:00"), at(18, "17:00"))],
                    "CRESS Nouvelle-Aquitaine",
                    {"name": "Espace Simone Veil", "address": "3 place Winston Churchill, 87000 Limoges",
                     "postalCode": "87000", "city": "Limoges", "insee": "87085"})
         .in_calendar("forum", "forum@reseau", "DTSTART;TZID=Europe/Paris:20221117T090000",
                      "DTEND;TZID=Europe/Paris:20221118T170000", "SUMMARY:Forum régional ESS (2 jours)",
                      "LOCATION:Espace Simone Veil\\, Limoges"))
    case("a weekly RRULE against one platform listing a session and an agenda's three timings", Feeds()
         .in_calendar({"2022-11-08": "velo-1", "2022-11-15": "velo-2", "2022-11-22": "velo-3"}, "velo@reseau",
                      "DTSTART;TZID=Europe/Paris:20221108T180000", "DTEND;TZID=Europe/Paris:20221108T200000",
                      "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Atelier d'autoréparation vélo",
                      "LOCATION:L'Atelier Vélo Solidaire\\, 12 rue Bouquière\\, 33000 Bordeaux")
         .on_platform("velo-2", 5, "Atelier vélo : réparer soi-même", at(15, "18:00"), at(15, "20:00"),
                      "Vélo Solidaire Bordeaux", {"name": "L'Atelier Vélo Solidaire", "address": "12 rue Bouquière",
                                                  "postal_code": "33000", "city": "Bordeaux"})
         .on_agenda("velo-1", 1005, "Autoréparation de vélos",
                    [(at(8, "18:00"), at(8, "20:00")), (at(15, "18:00"), at(15, "20:00")),
                     (at(22, "18:00"), at(22, "20:00"))], "Vélo Solidaire Bordeaux",
                    {"name": "Atelier Vélo Solidaire", "address": "12 rue Bouquière, 33000 Bordeaux",
                     "postalCode": "33000", "city": "Bordeaux", "insee": "33063"}))
    case("two VEVENTs for a morning and an afternoon visit, two form rows « 10h » and « 14h30 »", Feeds()
         .in_calendar("visite-matin", "visite-1@reseau", "DTSTART;TZID=Europe/Paris:20221116T100000",
                      "DTEND;TZID=Europe/Paris:20221116T113000", "SUMMARY:Visite de la ressourcerie",
                      "LOCATION:Ressourcerie Le Clip\\, 5 rue du Lavoir\\, 86000 Poitiers")
         .in_calendar("visite-aprem", "visite-2@reseau", "DTSTART;TZID=Europe/Paris:20221116T143000",
                      "DTEND;TZID=Europe/Paris:20221116T160000", "SUMMARY:Visite de la ressourcerie",
                      "LOCATION:Ressourcerie Le Clip\\, 5 rue du Lavoir\\, 86000 Poitiers")
         .in_form([("visite-matin", {"N° inscription": "2022-031", "Nom de la structure": "Le Clip",
                                     "Titre de l'événement": "Visite de la ressourcerie (matin)",
                                     "Date": "16/11/2022", "Horaires": "10h", "Adresse": "5 rue du Lavoir",
                                     "Code postal": "86000", "Ville": "Poitiers"}),
                   ("visite-aprem", {"N° inscription": "2022-032", "Nom de la structure": "Le Clip",
                                     "Titre de l'événement": "Visite de la ressourcerie (après-midi)",
                                     "Date": "16/11/2022", "Horaires": "14h30", "Adresse": "5 rue du Lavoir",
                                     "Code postal": "86000", "Ville": "Poitiers"})]))
    case("a webinar: CONFERENCE and URL in the calendar, onlineAccessLink in the agenda, « En ligne » on the platform",
         Feeds()
         .on_platform("webinaire", 7, "Webinaire : financer son projet ESS", at(22, "12:30"), at(22, "13:30"),
                      "France Active Nouvelle-Aquitaine", ONLINE, modality="En ligne")
         .on_agenda("webinaire", 1007, "Financer son projet d'ESS (webinaire)", [(at(22, "12:30"), at(22, "13:30"))],
                    "France Active Nouvelle-Aquitaine", {}, mode=2,
                    onlineAccessLink="https://us06web.zoom.us/j/84512345678")
         .in_calendar("webinaire", "webinaire@reseau", "DTSTART;TZID=Europe/Paris:20221122T123000",
                      "DTEND;TZID=Europe/Paris:20221122T133000", "SUMMARY:Financer son projet ESS",
                      "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://us06web.zoom.us/j/84512345678",
                      "URL:https://franceactive-nouvelleaquitaine.org/agenda/financer"))
    case("a calendar's « Visioconférence » LOCATION with a registration URL against the platform online", Feeds()
         .on_platform("visio", 8, "Les coopératives d'habitants, comment ça marche ?", at(24, "18:00"),
                      at(24, "19:30"), "Habitat Participatif Nouvelle-Aquitaine", ONLINE, modality="En ligne")
         .in_calendar("visio", "visio@reseau", "DTSTART:20221124T170000Z", "DTEND:20221124T183000Z",
                      "SUMMARY:Coopératives d'habitants : comment ça marche ?", "LOCATION:Visioconférence",
                      "URL:https://www.helloasso.com/associations/hpna/evenements/cooperatives"))
    case("an Outlook export: Windows zone without VTIMEZONE", Feeds()
         .on_platform("cine", 9, "Ciné-débat « Après demain »", at(10, "20:30"), at(10, "23:00"),
                      "Cinéma Jean Eustache",
                      PESSAC | {"name": "Cinéma Jean Eustache", "address": "7 place de la Cinquième République"})
         .in_calendar("cine", "040000008200E00074C5B7101A82E00800000000@outlook",
                      "DTSTART;TZID=W. Europe Standard Time:20221110T203000",
                      "DTEND;TZID=W. Europe Standard Time:20221110T230000", "SUMMARY:Ciné-débat Après demain",
                      "LOCATION:Cinéma Jean Eustache\\, Pessac"))
    case("an ical UTC start one hour before Paris, a form « 14:30-16:00 »", Feeds()
         .in_calendar("jardin", "jardin@reseau", "DTSTART:20221105T133000Z", "DTEND:20221105T150000Z",
                      "SUMMARY:Découverte du jardin partagé", "LOCATION:Jardin partagé du Grand Parc\\, Bordeaux")
         .in_form([("jardin", {"N° inscription": "2022-044", "Nom de la structure": "Association Grand Parc Nature",
                               "Titre de l'événement": "Visite découverte du jardin partagé", "Date": "05/11/2022",
                               "Horaires": "14:30-16:00", "Lieu": "Jardin partagé du Grand Parc",
                               "Adresse": "Rue Robert Schuman", "Code postal": "33300", "Ville": "Bordeaux"})]))
    case("an empty LOCATION, the place in the calendar's DESCRIPTION", Feeds()
         .on_platform("troc", 11, "Troc de vêtements", at(26, "10:00"), at(26, "13:00"), "Emmaüs Angoulême", ANGOULEME)
         .in_calendar("troc", "troc@reseau", "DTSTART;TZID=Europe/Paris:20221126T100000",
                      "DTEND;TZID=Europe/Paris:20221126T130000", "SUMMARY:Troc de fringues", "LOCATION:",
                      "DESCRIPTION:Rendez-vous à l'Espace Franquin\\, 1 bis boulevard Berthelot\\, 16000 Angoulême."))
    case("a LOCATION with the venue and GEO, the agenda's coordinates", Feeds()
         .on_agenda("friperie", 1012, "Friperie solidaire éphémère", [(at(12, "10:00"), at(12, "18:00"))],
                    "Emmaüs Connect", ROCHELLE_AGENDA | {"latitude": 46.1494, "longitude": -1.1557})
         .in_calendar("friperie", "friperie@reseau", "DTSTART;TZID=Europe/Paris:20221112T100000",
                      "DTEND;TZID=Europe/Paris:20221112T180000", "SUMMARY:Friperie éphémère", "LOCATION:La Sirène",
                      "GEO:46.1494;-1.1557"))
    # ── OpenAgenda shapes ──
    case("an exhibition over three timings, the platform's range, a form « du 14 au 16 novembre »", Feeds()
         .on_platform("expo", 13, "Exposition : 50 ans d'économie sociale à Niort", at(14, "10:00"), at(16, "18:00"),
                      "Maif Social Club", {"name": "Le Camji", "address": "3 rue de l'Ancien Musée",
                                           "postal_code": "79000", "city": "Niort"})
         .on_agenda("expo", 1013, "50 ans d'économie sociale à Niort",
                    [(at(14, "10:00"), at(14, "18:00")), (at(15, "10:00"), at(15, "18:00")),
                     (at(16, "10:00"), at(16, "18:00"))], "Maif Social Club", NIORT_AGENDA,
                    keywords={"fr": ["exposition", "histoire", "mutualisme"]})
         .in_form([("expo", {"N° inscription": "2022-051", "Nom de la structure": "MAIF Social Club",
                             "Titre de l'événement": "Expo 50 ans d'économie sociale", "Date": "du 14 au 16 novembre",
                             "Horaires": "10h-18h", "Lieu": "Le Camji", "Code postal": "79000",
                             "Ville": "Niort"})]))
    case("OpenAgenda timings in UTC (legacy export), a form « 18:30-20:00 »", Feeds()
         .on_agenda("conf-coop", 1014, "Conférence : les SCIC, un modèle pour les territoires",
                    [("2022-11-15T17:30:00.000Z", "2022-11-15T19:00:00.000Z")], "URSCOP Nouvelle-Aquitaine",
                    {"name": "Maison de l'Économie Sociale et Solidaire",
                     "address": "8 rue Bernard Adour, 33000 Bordeaux",
                     "city": "Bordeaux", "postalCode": "33000"})
         .in_form([("conf-coop", {"N° inscription": "2022-052", "Nom de la structure": "Union régionale des SCOP",
                                  "Titre de l'événement": "Les SCIC : un modèle pour les territoires",
                                  "Date": "15/11/2022", "Horaires": "18:30-20:00",
                                  "Lieu": "Maison de l'ESS", "Adresse": "8 rue Bernard Adour", "Code postal": "33000",
                                  "Ville": "Bordeaux"})]))
    case("OpenAgenda online with onlineAccessLink, the form « Distanciel », the platform « En ligne »", Feeds()
         .on_agenda("formation", 1015, "Formation en ligne : gouvernance partagée", [(at(23, "09:30"), at(23,
                                                                                                          "12:00"))],
                    "Le Mouvement associatif Nouvelle-Aquitaine", {}, mode=2,
                    onlineAccessLink="https://meet.google.com/abc-defg-hij")
         .on_platform("formation", 15, "Gouvernance partagée en association (formation)", at(23, "09:30"),
                      at(23, "12:00"), "Mouvement associatif Nouvelle-Aquitaine", ONLINE, modality="En ligne")
         .in_form([("formation", {"N° inscription": "2022-053",
                                  "Nom de la structure": "Le Mouvement Associatif N-A",
                                  "Titre de l'événement": "Formation gouvernance partagée", "Date": "23/11/2022",
                                  "Horaires": "9h30-12h", "Format": "Distanciel"})], bom=True))
    case("OpenAgenda hybrid with a location, the platform « Hybride »", Feeds()
         .on_agenda("hybride", 1016, "Table ronde : l'ESS et la transition agricole", [(at(17, "14:00"), at(17,
                                                                                                            "16:30"))],
                    "Terre de Liens Nouvelle-Aquitaine", POITIERS_MAISON | {"postalCode": "86000"}, mode=3,
                    onlineAccessLink="https://www.youtube.com/watch?v=abcdef")
         .on_platform("hybride", 16, "Table ronde ESS et transition agricole", at(17, "14:00"), at(17, "16:30"),
                      "Terre de Liens", POITIERS_MAISON, modality="Hybride"))
    case("an agenda title in two languages and a Markdown long description", Feeds()
         .on_agenda("disco", 1017, "Disco Soupe anti-gaspi", [(at(19, "11:00"), at(19, "15:00"))], "Slow Food Pau",
                    {"name": "Les Halles de Pau", "address": "Place de la République, 64000 Pau", "city": "Pau",
                     "postalCode": "64000"}, longDescription={"fr": "**Venez** éplucher en musique !"},
                    description={"fr": "Cuisine des invendus", "en": "Cooking unsold food"})
         .in_calendar("disco", "disco@reseau", "DTSTART;TZID=Europe/Paris:20221119T110000",
                      "DTEND;TZID=Europe/Paris:20221119T150000", "SUMMARY:Disco soupe",
                      "LOCATION:Halles de Pau\\, Place de la République\\, 64000 Pau"))
    # ── Spreadsheet shapes ──
    case("the workbook's real Excel date and time cells against the platform", Feeds()
         .on_platform("apero", 18, "Apéro des entrepreneurs sociaux", at(10, "18:30"), at(10, "20:30"),
                      "Ticket for Change", DARWIN)
         .in_book([("apero", {"Réf": "NA-018", "Structure organisatrice": "Ticket for Change",
                              "Événement": "Apéro entrepreneurs sociaux", "Date de début": _day(10),
                              "Heure début": _clock(18, 30), "Heure fin": _clock(20, 30), "Lieu": "Darwin",
                              "Adresse complète": "87 quai des Queyries", "CP": "33100", "Commune": "Bordeaux"})]))
    case("merged organiser cells over one association's two events the same day at one venue", Feeds()
         .on_platform("compost-am", 19, "Atelier compost", at(12, "10:00"), at(12, "12:00"),
                      "Les Jardiniers de Mérignac", MERIGNAC | {"name": "Parc du Vivier", "address": "Avenue Kennedy"})
         .on_platform("balade-pm", 20, "Balade nature au parc du Vivier", at(12, "14:30"), at(12, "16:30"),
                      "Les Jardiniers de Mérignac", MERIGNAC | {"name": "Parc du Vivier", "address": "Avenue Kennedy"})
         .in_book([("compost-am", {"Réf": "NA-019", "Structure organisatrice": "Les Jardiniers de Mérignac",
                                   "Événement": "Atelier compost", "Date de début": _day(12),
                                   "Heure début": _clock(10), "Heure fin": _clock(12), "Lieu": "Parc du Vivier",
                                   "Adresse complète": "Avenue Kennedy", "CP": "33700", "Commune": "Mérignac"}),
                   ("balade-pm", {"Réf": "NA-020", "Structure organisatrice": "Les Jardiniers de Mérignac",
                                  "Événement": "Balade nature", "Date de début": _day(12),
                                  "Heure début": _clock(14, 30), "Heure fin": _clock(16, 30), "Lieu": "Parc du Vivier",
                                  "Adresse complète": "Avenue Kennedy", "CP": "33700", "Commune": "Mérignac"})],
                  merged=("Structure organisatrice", "Date de début", "Lieu", "Adresse complète", "CP", "Commune")))
    case("merged date cells over a day's rows and a banner above the header", Feeds()
         .on_platform("cafe-asso", 21, "Café des associations", at(21, "09:00"), at(21, "11:00"),
                      "Maison des associations d'Angoulême", ANGOULEME | {"name": "Maison des associations"})
         .on_platform("bourse", 22, "Bourse aux projets associatifs", at(21, "18:00"), at(21, "20:00"),
                      "France Bénévolat Charente", ANGOULEME | {"name": "Maison des associations"})
         .in_book([("cafe-asso", {"Réf": "NA-021", "Structure organisatrice": "MDA Angoulême",
                                  "Événement": "Café des assos", "Date de début": _day(21), "Heure début": "9h",
                                  "Heure fin": "11h", "Lieu": "Maison des associations", "CP": "16000",
                                  "Commune": "Angoulême"}),
                   ("bourse", {"Réf": "NA-022", "Structure organisatrice": "France Bénévolat 16",
                               "Événement": "Bourse aux projets", "Date de début": _day(21), "Heure début": "18h",
                               "Heure fin": "20h", "Lieu": "Maison des associations", "CP": "16000",
                               "Commune": "Angoulême"})],
                  merged=("Date de début", "Lieu", "CP", "Commune"), title_row="Mois de l'ESS 2022 - Charente"))
    case("Windows-1252 form rows with accents, « 14h30 » and a postal code with a space", Feeds()
         .on_platform("epicerie", 23, "Inauguration de l'épicerie solidaire", at(25, "14:30"), at(25, "16:30"),
                      "Épicerie Sociale Pétrus", {"name": "Épicerie solidaire", "address": "2 rue Pétrus Tissier",
                                                  "postal_code": "87100", "city": "Limoges"})
         .in_form([("epicerie", {"N° inscription": "2022-060", "Nom de la structure": "Épicerie sociale Pétrus",
                                 "Titre de l'événement": "Inauguration épicerie solidaire", "Date": "25/11/2022",
                                 "Horaires": "14h30", "Adresse": "2, rue Pétrus Tissier", "Code postal": "87 100",
                                 "Ville": "LIMOGES"})]))
    case("a form with the date as « vendredi 25 novembre » and « de 9h à 12h »", Feeds()
         .on_agenda("petitdej", 1024, "Petit-déjeuner des dirigeants de l'ESS", [(at(25, "09:00"), at(25, "12:00"))],
                    "CRESS Nouvelle-Aquitaine", ROCHELLE_AGENDA)
         .in_form([("petitdej", {"N° inscription": "2022-061", "Nom de la structure": "CRESS Nouvelle-Aquitaine",
                                 "Titre de l'événement": "Petit déjeuner des dirigeant·es de l'ESS",
                                 "Date": "vendredi 25 novembre", "Horaires": "de 9h à 12h", "Lieu": "La Sirène",
                                 "Ville": "La Rochelle"})]))
    case("a form's Excel serial date kept as a number in the CSV", Feeds()
         .on_platform("atelier-cv", 25, "Atelier CV et lettre de motivation", at(8, "14:00"), at(8, "16:00"),
                      "Ares Bordeaux", BASTIDE)
         .in_form([("atelier-cv", {"N° inscription": "2022-062", "Nom de la structure": "Ares Bordeaux",
                                   "Titre de l'événement": "Atelier CV", "Date": "44873", "Horaires": "14h-16h",
                                   "Lieu": "Centre d'animation Bastide Benauge", "Code postal": "33100",
                                   "Ville": "Bordeaux"})]))
    case("a two-slot day « 9h30-12h / 14h-17h » against the platform's whole day", Feeds()
         .on_platform("formation-benevoles", 26, "Formation des bénévoles : la comptabilité associative",
                      at(26, "09:30"), at(26, "17:00"), "Ligue de l'enseignement de la Vienne", POITIERS_MAISON)
         .in_form([("formation-benevoles", {"N° inscription": "2022-063",
                                            "Nom de la structure": "Ligue de l'enseignement 86",
                                            "Titre de l'événement": "Comptabilité associative (formation bénévoles)",
                                            "Date": "26/11/2022", "Horaires": "9h30-12h / 14h-17h",
                                            "Lieu": "Maison de la Gibauderie", "Code postal": "86000",
                                            "Ville": "Poitiers"})]))
    case("the workbook's start and end date columns over a week-end", Feeds()
         .on_agenda("festival", 1027, "Festival Alimenterre", [(at(5, "14:00"), at(5, "23:00")),
                                                              (at(6, "10:00"), at(6, "18:00"))],
                    "Cent pour un toit Nouvelle-Aquitaine", {"name": "Le Rocher de Palmer",
                                                            "address": "1 rue Aristide Briand, 33150 Cenon",
                                                            "city": "Cenon", "postalCode": "33150"})
         .in_book([("festival", {"Réf": "NA-027", "Structure organisatrice": "Cent pour un toit",
                                 "Événement": "Festival ALIMENTERRE", "Date de début": _day(5), "Date de fin": _day(6),
                                 "Heure début": _clock(14), "Lieu": "Rocher de Palmer", "CP": "33150",
                                 "Commune": "Cenon"})]))
    case("a form « Bordeaux Cedex » and the venue in capitals", Feeds()
         .on_platform("sorties", 28, "Rencontre : les mutuelles et la santé au travail", at(29, "17:00"),
                      at(29, "19:00"), "Mutualité Française Nouvelle-Aquitaine",
                      {"name": "Maison de la Mutualité", "address": "39 rue du Jardin Public", "postal_code": "33000",
                       "city": "Bordeaux"})
         .in_form([("sorties", {"N° inscription": "2022-064", "Nom de la structure": "Mutualité Française N-A",
                                "Titre de l'événement": "Mutuelles et santé au travail", "Date": "29/11/2022",
                                "Horaires": "17h00", "Lieu": "MAISON DE LA MUTUALITE",
                                "Adresse": "39 rue du Jardin Public", "Code postal": "33075",
                                "Ville": "Bordeaux Cedex"})]))
    # ── Hard negatives ──
    case("hard negative: one association's two repair cafés the same day in Bordeaux, two venues", Feeds()
         .on_agenda("repair-bastide", 1029, "Repair café", [(at(26, "10:00"), at(26, "12:30"))], "Bordeaux Répar'",
                    BASTIDE_AGENDA)
         .on_agenda("repair-chartrons", 1030, "Repair café", [(at(26, "14:00"), at(26, "17:00"))], "Bordeaux Répar'",
                    {"name": "Maison cantonale", "address": "20 rue Minvielle, 33000 Bordeaux", "city": "Bordeaux",
                     "postalCode": "33000"})
         .in_calendar("repair-bastide", "rc-1@reseau", "DTSTART;TZID=Europe/Paris:20221126T100000",
                      "DTEND;TZID=Europe/Paris:20221126T123000", "SUMMARY:Repair Café", "LOCATION:Bastide Benauge")
         .in_calendar("repair-chartrons", "rc-2@reseau", "DTSTART;TZID=Europe/Paris:20221126T140000",
                      "DTEND;TZID=Europe/Paris:20221126T170000", "SUMMARY:Repair Café",
                      "LOCATION:Maison cantonale\\, Bordeaux"))
    case("hard negative: one organiser's conference and workshop at one venue, form rows date only", Feeds()
         .on_platform("conf", 31, "Conférence : la monnaie locale, la Gemme", at(18, "18:30"), at(18, "20:00"),
                      "La Gemme", DARWIN)
         .on_platform("atelier", 32, "Atelier : ouvrir un compte en monnaie locale", at(18, "14:00"), at(18, "16:00"),
                      "La Gemme", DARWIN)
         .in_form([("conf", {"N° inscription": "2022-070", "Nom de la structure": "La Gemme",
                             "Titre de l'événement": "Conférence monnaie locale", "Date": "18/11/2022",
                             "Lieu": "Darwin", "Code postal": "33100", "Ville": "Bordeaux"}),
                   ("atelier", {"N° inscription": "2022-071", "Nom de la structure": "La Gemme",
                                "Titre de l'événement": "Atelier ouvrir un compte Gemme", "Date": "18/11/2022",
                                "Lieu": "Darwin", "Code postal": "33100", "Ville": "Bordeaux"})]))
    case("hard negative: two ciné-débats in Poitiers the same evening, two cinemas", Feeds()
         .on_platform("cine-dietrich", 33, "Ciné-débat : « La Part des autres »", at(15, "20:00"), at(15, "22:30"),
                      "Collectif Alimentation Poitiers", {"name": "Le Dietrich", "address": "34 boulevard Chasseigne",
                                                          "postal_code": "86000", "city": "Poitiers"})
         .on_platform("cine-tap", 34, "Ciné-débat : « Les Nouveaux Loups du web »", at(15, "20:30"), at(15, "23:00"),
                      "Emmaüs Connect Poitiers", {"name": "TAP Castille", "address": "24 place du Maréchal Leclerc",
                                                  "postal_code": "86000", "city": "Poitiers"})
         .in_calendar("cine-dietrich", "cine-1@reseau", "DTSTART;TZID=Europe/Paris:20221115T200000",
                      "SUMMARY:Ciné-débat La Part des autres", "LOCATION:Le Dietrich\\, Poitiers")
         .in_calendar("cine-tap", "cine-2@reseau", "DTSTART;TZID=Europe/Paris:20221115T203000",
                      "SUMMARY:Ciné-débat Les Nouveaux Loups du web", "LOCATION:TAP Castille\\, Poitiers"))
    case("hard negative: the CRESS's two job forums the same day, Bordeaux and Mérignac", Feeds()
         .on_agenda("forum-bdx", 1035, "Forum emploi ESS", [(at(24, "09:00"), at(24, "13:00"))],
                    "CRESS Nouvelle-Aquitaine", {"name": "Hangar 14", "address": "Quai des Chartrons, 33000 Bordeaux",
                                                 "city": "Bordeaux", "postalCode": "33000"})
         .on_agenda("forum-mer", 1036, "Forum emploi ESS", [(at(24, "14:00"), at(24, "18:00"))],
                    "CRESS Nouvelle-Aquitaine", {"name": "Le Pin Galant", "address": "34 avenue du Maréchal de Lattre "
                                                 "de Tassigny, 33700 Mérignac", "city": "Mérignac",
                                                 "postalCode": "33700"})
         .in_form([("forum-bdx", {"N° inscription": "2022-072", "Nom de la structure": "CRESS N-A",
                                  "Titre de l'événement": "Forum emploi ESS", "Date": "24/11/2022",
                                  "Horaires": "9h-13h",
                                  "Lieu": "Hangar 14", "Ville": "Bordeaux"}),
                   ("forum-mer", {"N° inscription": "2022-073", "Nom de la structure": "CRESS N-A",
                                  "Titre de l'événement": "Forum emploi ESS", "Date": "24/11/2022",
                                  "Horaires": "14h-18h", "Lieu": "Le Pin Galant", "Ville": "Mérignac"})]))
    case("hard negative: two webinars on one theme the same day by two networks", Feeds()
         .on_platform("webi-a", 37, "Webinaire : l'économie circulaire dans le BTP", at(22, "10:00"), at(22, "11:00"),
                      "Réseau des ressourceries de Nouvelle-Aquitaine", ONLINE, modality="En ligne")
         .on_agenda("webi-b", 1038, "Webinaire économie circulaire et BTP", [(at(22, "14:00"), at(22, "15:00"))],
                    "Cluster Odeys", {}, mode=2, onlineAccessLink="https://teams.microsoft.com/l/meetup-join/19xyz")
         .in_calendar("webi-a", "webi-a@reseau", "DTSTART;TZID=Europe/Paris:20221122T100000",
                      "DTEND;TZID=Europe/Paris:20221122T110000", "SUMMARY:Économie circulaire dans le BTP (webinaire)",
                      "LOCATION:En ligne", "URL:https://ressourceries-na.org/webinaire-btp")
         .in_calendar("webi-b", "webi-b@reseau", "DTSTART;TZID=Europe/Paris:20221122T140000",
                      "DTEND;TZID=Europe/Paris:20221122T150000", "SUMMARY:Webinaire Odeys : économie circulaire",
                      "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19xyz"))
    case("hard negative: one calendar's all-day listing and the platform's two events of that day at one place", Feeds()
         .on_platform("marche", 39, "Marché de producteurs locaux", at(19, "09:00"), at(19, "13:00"),
                      "Les Halles de Pau", PAU_HALLE)
         .on_platform("soupe", 40, "Disco Soupe", at(19, "11:00"), at(19, "15:00"), "Slow Food Pau", PAU_HALLE)
         .in_calendar("marche", "marche@reseau", "DTSTART;VALUE=DATE:20221119", "SUMMARY:Marché de producteurs",
                      "LOCATION:Les Halles\\, Pau"))
    case("hard negative: two sessions of one RRULE series against the platform's one of them", Feeds()
         .in_calendar({"2022-11-09": "cafe-1", "2022-11-23": "cafe-2"}, "cafe@reseau",
                      "DTSTART;TZID=Europe/Paris:20221109T190000", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2",
                      "SUMMARY:Café citoyen", "LOCATION:Le Garage Moderne\\, 1 rue des Étrangers\\, 33300 Bordeaux")
         .on_platform("cafe-2", 41, "Café citoyen du Garage Moderne", at(23, "19:00"), at(23, "21:00"),
                      "Le Garage Moderne", {"name": "Le Garage Moderne", "address": "1 rue des Étrangers",
                                            "postal_code": "33300", "city": "Bordeaux"}))
    case("hard negative: one kind, one day, two towns of one agglomeration, the calendar naming venues alone", Feeds()
         .on_platform("troc-begles", 42, "Troc de plantes", at(13, "10:00"), at(13, "12:00"), "Bègles Nature",
                      {"name": "Jardin de la Mairie", "address": "77 rue Calixte Camelle", "postal_code": "33130",
                       "city": "Bègles"})
         .on_platform("troc-talence", 43, "Troc de plantes", at(13, "10:00"), at(13, "12:00"),
                      "Talence en Transition", {"name": "Parc Peixotto", "address": "Rue du Professeur Arnozan",
                                                "postal_code": "33400", "city": "Talence"})
         .in_calendar("troc-begles", "troc-b@reseau", "DTSTART;TZID=Europe/Paris:20221113T100000",
                      "SUMMARY:Troc de plantes", "LOCATION:Jardin de la Mairie\\, Bègles")
         .in_calendar("troc-talence", "troc-t@reseau", "DTSTART;TZID=Europe/Paris:20221113T100000",
                      "SUMMARY:Troc de plantes", "LOCATION:Parc Peixotto"))
    # ── More positives across three or four sources ──
    case("four sources: the platform, OpenAgenda, a floating ical without LOCATION's town, the workbook", Feeds()
         .on_platform("soiree", 44, "Soirée de lancement du Mois de l'ESS en Nouvelle-Aquitaine", at(3, "18:00"),
                      at(3, "21:00"), "CRESS Nouvelle-Aquitaine", DARWIN)
         .on_agenda("soiree", 1044, "Lancement du Mois de l'ESS", [(at(3, "18:00"), at(3, "21:00"))],
                    "CRESS Nouvelle-Aquitaine", DARWIN_AGENDA, keywords={"fr": ["lancement", "ESS"]})
         .in_calendar("soiree", "lancement@reseau", "DTSTART:20221103T180000", "DTEND:20221103T210000",
                      "SUMMARY:Soirée de lancement Mois de l'ESS", "LOCATION:Darwin")
         .in_book([("soiree", {"Réf": "NA-044", "Structure organisatrice": "CRESS NA",
                               "Événement": "Soirée de lancement", "Date de début": _day(3),
                               "Heure début": _clock(18), "Heure fin": _clock(21), "Lieu": "Darwin Ecosystème",
                               "Adresse complète": "87 quai des Queyries", "CP": 33100, "Commune": "Bordeaux"})]))
    case("an ical series of two VEVENTs under one UID (sessions) against two platform listings", Feeds()
         .in_calendar({"2022-11-07": "sens-1", "2022-11-14": "sens-2"}, "sens@reseau",
                      "DTSTART;TZID=Europe/Paris:20221107T180000",
                      "DTEND;TZID=Europe/Paris:20221107T200000", "SEQUENCE:0",
                      "SUMMARY:Sensibilisation au handicap en entreprise (1/2)", "LOCATION:Cap Sciences\\, Bordeaux")
         .on_platform("sens-1", 45, "Sensibilisation au handicap en entreprise - séance 1", at(7, "18:00"),
                      at(7, "20:00"), "Handi'ESS", {"name": "Cap Sciences", "address": "Hangar 20, Quai de Bacalan",
                                                    "postal_code": "33300", "city": "Bordeaux"})
         .on_platform("sens-2", 46, "Sensibilisation au handicap en entreprise - séance 2", at(14, "18:00"),
                      at(14, "20:00"), "Handi'ESS", {"name": "Cap Sciences", "address": "Hangar 20, Quai de Bacalan",
                                                     "postal_code": "33300", "city": "Bordeaux"})
         .same_uid("sens@reseau", "DTSTAMP:20221020T100000Z", "SEQUENCE:0", "DTSTART;TZID=Europe/Paris:20221114T180000",
                   "DTEND;TZID=Europe/Paris:20221114T200000", "SUMMARY:Sensibilisation au handicap en entreprise (2/2)",
                   "LOCATION:Cap Sciences\\, Bordeaux"))
    case("an online agenda listing with a location object naming « En ligne » and the ical's Teams link", Feeds()
         .on_agenda("teams", 1047, "Matinale de l'entrepreneuriat social", [(at(30, "08:30"), at(30, "10:00"))],
                    "ATIS", {"name": "En ligne", "address": "En ligne"}, mode=2,
                    onlineAccessLink="https://teams.microsoft.com/l/meetup-join/19atis")
         .in_calendar("teams", "atis@reseau", "DTSTART;TZID=Europe/Paris:20221130T083000",
                      "DTEND;TZID=Europe/Paris:20221130T100000", "SUMMARY:Matinale ATIS - entrepreneuriat social",
                      "LOCATION:Réunion Microsoft Teams",
                      "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19atis"))
    case("a Bayonne event: Basque bilingual venue, platform vs form", Feeds()
         .on_platform("bayonne", 48, "Rencontre des acteurs de l'ESS du Pays basque", at(17, "17:30"), at(17, "19:30"),
                      "Ekhilur", {"name": "Maison de la vie citoyenne", "address": "Place des Gascons",
                                  "postal_code": "64100", "city": "Bayonne"})
         .in_form([("bayonne", {"N° inscription": "2022-080", "Nom de la structure": "Ekhilur",
                                "Titre de l'événement": "Rencontre acteurs ESS Pays Basque / Euskal Herria",
                                "Date": "17/11/2022", "Horaires": "17h30 - 19h30",
                                "Lieu": "Maison de la vie citoyenne", "Adresse": "Place des Gascons",
                                "Code postal": "64100", "Ville": "Bayonne / Baiona"})]))
    case("an ical event ending after midnight, the form's date of the evening", Feeds()
         .on_platform("concert", 49, "Concert solidaire pour les Restos du cœur", at(19, "20:30"),
                      "2022-11-20T00:30:00+01:00",
                      "Les Restos du Cœur de la Gironde", MERIGNAC)
         .in_calendar("concert", "concert@reseau", "DTSTART;TZID=Europe/Paris:20221119T203000",
                      "DTEND;TZID=Europe/Paris:20221120T003000", "SUMMARY:Concert solidaire Restos du coeur",
                      "LOCATION:Le Pin Galant\\, Mérignac")
         .in_form([("concert", {"N° inscription": "2022-081", "Nom de la structure": "Restos du Coeur 33",
                                "Titre de l'événement": "Concert solidaire", "Date": "19/11/2022",
                                "Horaires": "20h30-00h30", "Lieu": "Le Pin Galant", "Code postal": "33700",
                                "Ville": "Mérignac"})]))
    case("an ical CRLF-less file with a folded SUMMARY and a TZID quoted", Feeds()
         .on_platform("numerique", 50, "Atelier numérique : prendre en main son smartphone", at(9, "14:00"),
                      at(9, "16:00"), "Emmaüs Connect Bordeaux", BASTIDE)
         .in_calendar("numerique", "num@reseau", 'DTSTART;TZID="Europe/Paris":20221109T140000',
                      'DTEND;TZID="Europe/Paris":20221109T160000',
                      "SUMMARY:Atelier numérique : prendre en main son smartphone (Emmaüs Connect\r\n  Bordeaux)",
                      "LOCATION:Centre d'animation Bastide Benauge\\, 23 rue Raymond Poincaré\\, 33100 Bordeaux"))
    # ── Second round: series, ranges and cells written otherwise ──
    case("a festival listed day by day in the calendar (two UIDs), a range on the platform, timings in the agenda",
         Feeds()
         .on_platform("alimenterre", 51, "Festival Alimenterre à Poitiers", at(18, "14:00"), at(19, "18:00"),
                      "Cent pour un toit Vienne", POITIERS_MAISON)
         .on_agenda("alimenterre", 1051, "Festival ALIMENTERRE", [(at(18, "14:00"), at(18, "22:00")),
                                                                 (at(19, "10:00"), at(19, "18:00"))],
                    "Cent pour un toit Vienne", POITIERS_MAISON | {"postalCode": "86000"})
         .in_calendar("alimenterre", "alim-j1@reseau", "DTSTART;TZID=Europe/Paris:20221118T140000",
                      "DTEND;TZID=Europe/Paris:20221118T220000", "SUMMARY:Festival Alimenterre - jour 1",
                      "LOCATION:Maison de la Gibauderie\\, Poitiers")
         .in_calendar("alimenterre", "alim-j2@reseau", "DTSTART;TZID=Europe/Paris:20221119T100000",
                      "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Festival Alimenterre - jour 2",
                      "LOCATION:Maison de la Gibauderie\\, Poitiers"))
    case("an all-day VALUE=DATE range over three days against the agenda's three timings", Feeds()
         .on_agenda("braderie", 1052, "Braderie solidaire d'Emmaüs", [(at(24, "10:00"), at(24, "18:00")),
                                                                   (at(25, "10:00"), at(25, "18:00")),
                                                                   (at(26, "10:00"), at(26, "18:00"))],
                    "Emmaüs Limoges", {"name": "Communauté Emmaüs", "address": "Rue de Nexon, 87000 Limoges",
                                       "city": "Limoges", "postalCode": "87000"})
         .in_calendar("braderie", "braderie@reseau", "DTSTART;VALUE=DATE:20221124", "DTEND;VALUE=DATE:20221127",
                      "SUMMARY:Braderie Emmaüs", "LOCATION:Emmaüs\\, rue de Nexon\\, 87000 Limoges"))
    case("an RRULE with an EXDATE and a session moved by RECURRENCE-ID, the platform at the moved time", Feeds()
         .in_calendar({"2022-11-03": "tricot-1", "2022-11-17": "tricot-3", "2022-11-24": "tricot-4"}, "tricot@reseau",
                      "DTSTART;TZID=Europe/Paris:20221103T140000", "DTEND;TZID=Europe/Paris:20221103T160000",
                      "RRULE:FREQ=WEEKLY;UNTIL=20221130T230000Z", "EXDATE;TZID=Europe/Paris:20221110T140000",
                      "SUMMARY:Tricot solidaire", "LOCATION:Café associatif Le Bar Commun\\, Bordeaux")
         .on_platform("tricot-3", 53, "Tricot solidaire au Bar Commun", at(17, "18:00"), at(17, "20:00"),
                      "Le Bar Commun", {"name": "Le Bar Commun", "address": "2 rue Gratiolet", "postal_code": "33000",
                                        "city": "Bordeaux"})
         .same_uid("tricot@reseau", "DTSTAMP:20221020T100000Z", "RECURRENCE-ID;TZID=Europe/Paris:20221117T140000",
                   "DTSTART;TZID=Europe/Paris:20221117T180000", "DTEND;TZID=Europe/Paris:20221117T200000",
                   "SUMMARY:Tricot solidaire (en soirée)", "LOCATION:Café associatif Le Bar Commun\\, Bordeaux"))
    case("a DURATION instead of DTEND, The Events Calendar's LOCATION with région and country", Feeds()
         .on_platform("greenweek", 54, "Rencontre : entreprendre autrement en Béarn", at(16, "18:00"), at(16, "20:00"),
                      "BGE Béarn", PAU_HALLE | {"name": "La Centrifugeuse", "address": "Avenue de l'Université"})
         .in_calendar("greenweek", "tec-541@bge-bearn.fr", "DTSTART;TZID=Europe/Paris:20221116T180000",
                      "DURATION:PT2H", "SUMMARY:[Mois de l'ESS 2022] Entreprendre autrement en Béarn",
                      "LOCATION:La Centrifugeuse\\, Avenue de l'Université\\, Pau\\, Nouvelle-Aquitaine\\, 64000\\, "
                      "France", "ORGANIZER;CN=\"BGE Béarn\":MAILTO:contact@bge-bearn.fr"))
    case("a calendar giving the town alone and its ORGANIZER, the agenda's venue", Feeds()
         .on_agenda("brico", 1055, "Atelier bricolage au féminin", [(at(12, "09:30"), at(12, "12:00"))],
                    "Les Bricoleuses", {"name": "La Fabrique Pola", "address": "10 quai de Brazza, 33100 Bordeaux",
                                        "city": "Bordeaux", "postalCode": "33100"})
         .in_calendar("brico", "brico@reseau", "DTSTART;TZID=Europe/Paris:20221112T093000",
                      "DTEND;TZID=Europe/Paris:20221112T120000", "SUMMARY:Bricolage au féminin",
                      "LOCATION:Bordeaux", "ORGANIZER;CN=Les Bricoleuses:mailto:bonjour@bricoleuses.fr"))
    case("an agenda address without comma nor town field, the form's town in capitals", Feeds()
         .on_agenda("coworking", 1056, "Portes ouvertes du tiers-lieu", [(at(10, "17:00"), at(10, "20:00"))],
                    "La Smalah", {"name": "La Smalah", "address": "4 rue des Remparts 79200 Parthenay"})
         .in_form([("coworking", {"N° inscription": "2022-090", "Nom de la structure": "LA SMALAH",
                                  "Titre de l'événement": "Portes ouvertes tiers-lieu La Smalah", "Date": "10/11/2022",
                                  "Horaires": "17h-20h", "Adresse": "4 rue des Remparts", "Code postal": "79200",
                                  "Ville": "PARTHENAY"})]))
    case("an agenda venue named with its town, the town in capitals; the platform's venue", Feeds()
         .on_agenda("monnaie", 1057, "Découvrir la monnaie locale la Gemme",
                    [(at(19, "10:00"), at(19, "12:00"))], "La Gemme",
                    {"name": "Marché des Capucins - Bordeaux", "address": "Place des Capucins", "city": "BORDEAUX",
                     "postalCode": "33800"})
         .on_platform("monnaie", 57, "Découvrir la Gemme, monnaie locale", at(19, "10:00"), at(19, "12:00"), "La Gemme",
                      {"name": "Marché des Capucins", "address": "Place des Capucins", "postal_code": "33800",
                       "city": "Bordeaux"}))
    case("the workbook's date and time in one cell, an end column « 16h30 »", Feeds()
         .on_platform("jeux", 58, "Après-midi jeux coopératifs", at(12, "14:30"), at(12, "16:30"),
                      "Ludothèque Les Rigoles",
                      {"name": "Ludothèque", "address": "12 rue Jules Ferry", "postal_code": "17300",
                       "city": "Rochefort"})
         .in_book([("jeux", {"Réf": "NA-058", "Structure organisatrice": "Ludothèque Les Rigoles",
                             "Événement": "Jeux coopératifs", "Date de début": _day(12, 14, 30),
                             "Heure fin": "16h30", "Lieu": "Ludothèque", "CP": "17300", "Commune": "Rochefort"})]))
    case("the workbook's start column holding a range « 14h30-16h30 »", Feeds()
         .on_platform("fresque", 59, "Fresque du climat", at(22, "14:30"), at(22, "16:30"), "Les Petits Débrouillards",
                      LIMOGES_CCI)
         .in_book([("fresque", {"Réf": "NA-059", "Structure organisatrice": "Petits Débrouillards",
                                "Événement": "La Fresque du Climat", "Date de début": _day(22),
                                "Heure début": "14h30-16h30", "Lieu": "Espace Simone Veil", "CP": "87000",
                                "Commune": "Limoges"})]))
    case("the workbook's times as Excel date-times of 30 December 1899", Feeds()
         .on_agenda("jardinage", 1060, "Jardinage au naturel", [(at(5, "10:00"), at(5, "12:00"))],
                    "Jardins Partagés de Niort", NIORT_AGENDA | {"name": "Jardin du Camji"})
         .in_book([("jardinage", {"Réf": "NA-060", "Structure organisatrice": "Jardins partagés de Niort",
                                  "Événement": "Jardiner au naturel", "Date de début": _day(5),
                                  "Heure début": _day_1899(10), "Heure fin": _day_1899(12), "Lieu": "Jardin du Camji",
                                  "CP": "79000", "Commune": "Niort"})]))
    case("Windows-1252 œ and typographic apostrophes in the form, straight ones on the platform", Feeds()
         .on_platform("coeur", 61, "L'ESS s'invite chez les Restos du cœur", at(23, "18:00"), at(23, "20:00"),
                      "Les Restos du Cœur de la Vienne", {"name": "Centre d'activités",
                                                          "address": "8 rue de la Croix Blanche",
                                                          "postal_code": "86000", "city": "Poitiers"})
         .in_form([("coeur", {"N° inscription": "2022-091", "Nom de la structure": "Restos du Cœur 86",
                              "Titre de l'événement": "L’ESS s’invite aux Restos du Cœur", "Date": "23/11/2022",
                              "Horaires": "18h – 20h", "Lieu": "Centre d’activités",
                              "Adresse": "8 rue de la Croix Blanche", "Code postal": "86000",
                              "Ville": "Poitiers"})]))
    case("the form's town column holding « 33000 Bordeaux », no postal code", Feeds()
         .on_platform("zero", 62, "Atelier zéro déchet : cosmétiques maison", at(9, "18:30"), at(9, "20:30"),
                      "Zero Waste Bordeaux", {"name": "La Maison écocitoyenne", "address": "Quai Richelieu",
                                              "postal_code": "33000", "city": "Bordeaux"})
         .in_form([("zero", {"N° inscription": "2022-092", "Nom de la structure": "Zero Waste Bordeaux",
                             "Titre de l'événement": "Cosmétiques maison zéro déchet", "Date": "09/11/2022",
                             "Horaires": "18h30", "Lieu": "Maison écocitoyenne", "Adresse": "Quai Richelieu",
                             "Ville": "33000 Bordeaux"})]))
    case("the form's whole address in one column, town and postal code empty", Feeds()
         .on_agenda("epi", 1063, "Épicerie participative : soirée découverte", [(at(15, "19:00"), at(15, "21:00"))],
                    "Épi Pessac", {"name": "Épi Pessac", "address": "5 avenue Jean Jaurès, 33600 Pessac",
                                   "city": "Pessac", "postalCode": "33600"})
         .in_form([("epi", {"N° inscription": "2022-093", "Nom de la structure": "Epi Pessac",
                            "Titre de l'événement": "Soirée découverte de l'épicerie participative",
                            "Date": "15/11/2022", "Horaires": "19h-21h",
                            "Adresse": "5 avenue Jean Jaurès 33600 Pessac"})]))
    case("the form's « Hybride (présentiel + visio) » with a venue, the agenda's hybrid", Feeds()
         .on_agenda("assemblee", 1064, "Assemblée des tiers-lieux de Nouvelle-Aquitaine",
                    [(at(8, "09:30"), at(8, "17:00"))], "La Coopérative Tiers-Lieux",
                    {"name": "Tiers-lieu Sew", "address": "Rue de la Céramique, 87000 Limoges", "city": "Limoges",
                     "postalCode": "87000"}, mode=3, onlineAccessLink="https://meet.jit.si/assemblee-tiers-lieux")
         .in_form([("assemblee", {"N° inscription": "2022-094", "Nom de la structure": "Coopérative Tiers-Lieux",
                                  "Titre de l'événement": "Assemblée régionale des tiers-lieux", "Date": "08/11/2022",
                                  "Horaires": "9h30-17h", "Lieu": "Sew", "Adresse": "Rue de la Céramique",
                                  "Code postal": "87000", "Ville": "Limoges",
                                  "Format": "Hybride (présentiel + visio)"})]))
    case("the form's « En ligne » venue with the meeting link as address, the agenda's onlineAccessLink", Feeds()
         .on_agenda("crowd", 1065, "Le financement participatif pour les associations",
                    [(at(29, "12:00"), at(29, "13:00"))], "Les Petites Pierres", {}, mode=2,
                    onlineAccessLink="https://us02web.zoom.us/j/87654321012")
         .in_form([("crowd", {"N° inscription": "2022-095", "Nom de la structure": "Les Petites Pierres",
                              "Titre de l'événement": "Financement participatif associatif", "Date": "29/11/2022",
                              "Horaires": "12h-13h", "Lieu": "En ligne",
                              "Adresse": "https://us02web.zoom.us/j/87654321012"})]))
    case("the platform's start without offset and coordinates as text, the calendar in UTC", Feeds()
         .on_platform("philo", 66, "Café philo : travailler autrement", "2022-11-21T19:00:00", None,
                      "Le Lieu Commun", {"name": "Le Lieu Commun", "address": "20 rue Paul Bert",
                                         "postal_code": "17000",
                                         "city": "La Rochelle", "lat": "46.1603", "lng": "-1.1511"})
         .in_calendar("philo", "philo@reseau", "DTSTART:20221121T180000Z", "DTEND:20221121T200000Z",
                      "SUMMARY:Café philo - Travailler autrement",
                      "LOCATION:Le Lieu Commun\\, 20 rue Paul Bert\\, 17000 La Rochelle"))
    case("a two-day training on the platform, one form row a day", Feeds()
         .on_platform("dla", 67, "Formation DLA : piloter son association", at(14, "09:00"), at(15, "17:00"),
                      "France Active Poitou-Charentes", ANGOULEME)
         .in_form([("dla", {"N° inscription": "2022-096", "Nom de la structure": "France Active PC",
                            "Titre de l'événement": "Piloter son association (jour 1)", "Date": "14/11/2022",
                            "Horaires": "9h-17h", "Lieu": "Espace Franquin", "Code postal": "16000",
                            "Ville": "Angoulême"}),
                   ("dla", {"N° inscription": "2022-097", "Nom de la structure": "France Active PC",
                            "Titre de l'événement": "Piloter son association (jour 2)", "Date": "15/11/2022",
                            "Horaires": "9h-17h", "Lieu": "Espace Franquin", "Code postal": "16000",
                            "Ville": "Angoulême"})]))
    case("hard negative: two workshops of one network at one venue, one start, two rooms", Feeds()
         .on_platform("creer", 68, "Atelier : créer son association", at(16, "14:00"), at(16, "16:00"),
                      "France Bénévolat Charente", ANGOULEME | {"name": "Maison des associations"})
         .on_platform("benevoles", 69, "Atelier : recruter et fidéliser ses bénévoles", at(16, "14:00"),
                      at(16, "16:00"), "France Bénévolat Charente", ANGOULEME | {"name": "Maison des associations"})
         .in_calendar("creer", "fb-1@reseau", "DTSTART;TZID=Europe/Paris:20221116T140000",
                      "DTEND;TZID=Europe/Paris:20221116T160000", "SUMMARY:Créer son asso (salle 1)",
                      "LOCATION:Maison des associations\\, Angoulême")
         .in_calendar("benevoles", "fb-2@reseau", "DTSTART;TZID=Europe/Paris:20221116T140000",
                      "DTEND;TZID=Europe/Paris:20221116T160000", "SUMMARY:Recruter des bénévoles (salle 2)",
                      "LOCATION:Maison des associations\\, Angoulême"))
    case("hard negative: a monthly workshop's November row in the form against the platform's other date", Feeds()
         .on_platform("reparation-5", 70, "Atelier réparation de petit électroménager", at(5, "14:00"), at(5, "17:00"),
                      "Repair Café Niort", {"name": "Le Camji", "address": "3 rue de l'Ancien Musée",
                                            "postal_code": "79000", "city": "Niort"})
         .in_form([("reparation-19", {"N° inscription": "2022-098", "Nom de la structure": "Repair Café Niort",
                                      "Titre de l'événement": "Atelier réparation petit électroménager",
                                      "Date": "19/11/2022", "Horaires": "14h-17h", "Lieu": "Le Camji",
                                      "Code postal": "79000", "Ville": "Niort"})]))
    case("hard negative: two date-only form rows of one kind in one town, the calendar's two venues", Feeds()
         .in_form([("repair-a", {"N° inscription": "2022-099", "Nom de la structure": "Repair Café Poitiers Sud",
                                 "Titre de l'événement": "Repair café", "Date": "26/11/2022",
                                 "Lieu": "Centre socioculturel des Trois Cités", "Code postal": "86000",
                                 "Ville": "Poitiers"}),
                   ("repair-b", {"N° inscription": "2022-100", "Nom de la structure": "Repair Café Couronneries",
                                 "Titre de l'événement": "Repair café", "Date": "26/11/2022",
                                 "Lieu": "Maison de quartier des Couronneries", "Code postal": "86000",
                                 "Ville": "Poitiers"})])
         .in_calendar("repair-a", "rca@reseau", "DTSTART;TZID=Europe/Paris:20221126T140000",
                      "SUMMARY:Repair Café", "LOCATION:Centre socioculturel des Trois Cités\\, Poitiers")
         .in_calendar("repair-b", "rcb@reseau", "DTSTART;TZID=Europe/Paris:20221126T143000",
                      "SUMMARY:Repair Café", "LOCATION:Maison de quartier des Couronneries\\, Poitiers"))
    # ── Third round: days at other hours, versions, places written with their département ──
    case("a two-day congress on the platform day by day, the second day earlier; the agenda's range", Feeds()
         .on_agenda("congres", 1071, "Congrès régional des SCOP", [(at(24, "13:30"), at(24, "18:00")),
                                                                 (at(25, "09:00"), at(25, "16:00"))],
                    "URSCOP Nouvelle-Aquitaine", ROCHELLE_AGENDA)
         .on_platform("congres", 71, "Congrès régional des SCOP (jour 1)", at(24, "13:30"), at(24, "18:00"),
                      "URSCOP Nouvelle-Aquitaine", ROCHELLE)
         .on_platform("congres", 72, "Congrès régional des SCOP (jour 2)", at(25, "09:00"), at(25, "16:00"),
                      "URSCOP Nouvelle-Aquitaine", ROCHELLE))
    case("a forum's form rows a day, the second day's hours its own; the calendar's range", Feeds()
         .in_calendar("salon", "salon@reseau", "DTSTART;TZID=Europe/Paris:20221104T180000",
                      "DTEND;TZID=Europe/Paris:20221106T170000", "SUMMARY:Salon de l'économie circulaire",
                      "LOCATION:Parc des expositions\\, Rue Jean Dauguet\\, 24000 Périgueux")
         .in_form([("salon", {"N° inscription": "2022-110", "Nom de la structure": "Périgord Recyclerie",
                              "Titre de l'événement": "Salon de l'économie circulaire", "Date": "04/11/2022",
                              "Horaires": "18h-22h", "Lieu": "Parc des expositions", "Code postal": "24000",
                              "Ville": "Périgueux"}),
                   ("salon", {"N° inscription": "2022-111", "Nom de la structure": "Périgord Recyclerie",
                              "Titre de l'événement": "Salon de l'économie circulaire", "Date": "05/11/2022",
                              "Horaires": "10h-19h", "Lieu": "Parc des expositions", "Code postal": "24000",
                              "Ville": "Périgueux"}),
                   ("salon", {"N° inscription": "2022-112", "Nom de la structure": "Périgord Recyclerie",
                              "Titre de l'événement": "Salon de l'économie circulaire", "Date": "06/11/2022",
                              "Horaires": "10h-17h", "Lieu": "Parc des expositions", "Code postal": "24000",
                              "Ville": "Périgueux"})]))
    case("hard negative: a talk at an exhibition's venue on its third day, the calendar listing both", Feeds()
         .on_platform("expo-photo", 73, "Exposition photo : visages de l'ESS", at(14, "10:00"), at(17, "18:00"),
                      "Collectif Focale", ANGOULEME)
         .on_agenda("expo-photo", 1073, "Exposition photo « Visages de l'ESS »",
                    [(at(14, "10:00"), at(14, "18:00")), (at(15, "10:00"), at(15, "18:00")),
                     (at(16, "10:00"), at(16, "18:00")), (at(17, "10:00"), at(17, "18:00"))], "Collectif Focale",
                    {"name": "Espace Franquin", "address": "1 bis boulevard Berthelot, 16000 Angoulême",
                     "city": "Angoulême", "postalCode": "16000"})
         .in_calendar("expo-photo", "expo@reseau", "DTSTART;TZID=Europe/Paris:20221114T100000",
                      "DTEND;TZID=Europe/Paris:20221114T180000", "SUMMARY:Exposition photo Visages de l'ESS",
                      "LOCATION:Espace Franquin\\, Angoulême")
         .in_calendar("rencontre-photo", "expo-talk@reseau", "DTSTART;TZID=Europe/Paris:20221116T183000",
                      "DTEND;TZID=Europe/Paris:20221116T200000",
                      "SUMMARY:Rencontre avec les photographes de l'exposition Visages de l'ESS",
                      "LOCATION:Espace Franquin\\, Angoulême"))
    case("hard negative: a series' evening session the day after a two-day forum's first day, same venue", Feeds()
         .on_platform("forum-asso", 74, "Forum des associations", at(5, "10:00"), at(6, "18:00"),
                      "Ville de Niort", {"name": "Le Camji", "address": "3 rue de l'Ancien Musée",
                                         "postal_code": "79000", "city": "Niort"})
         .in_calendar("forum-asso", "fa-1@reseau", "DTSTART;TZID=Europe/Paris:20221105T100000",
                      "DTEND;TZID=Europe/Paris:20221105T180000", "SUMMARY:Forum des associations",
                      "LOCATION:Le Camji\\, Niort")
         .in_calendar("forum-asso", "fa-2@reseau", "DTSTART;TZID=Europe/Paris:20221106T100000",
                      "DTEND;TZID=Europe/Paris:20221106T180000", "SUMMARY:Forum des associations",
                      "LOCATION:Le Camji\\, Niort")
         .in_calendar("soiree-asso", "fa-3@reseau", "DTSTART;TZID=Europe/Paris:20221106T200000",
                      "DTEND;TZID=Europe/Paris:20221106T230000", "SUMMARY:Forum des associations : soirée concert",
                      "LOCATION:Le Camji\\, Niort"))
    case("an updated VEVENT (SEQUENCE 1) moved an hour later, the platform at the new time", Feeds()
         .on_platform("atelier-bois", 75, "Atelier menuiserie : fabriquer un nichoir", at(12, "15:00"), at(12, "17:00"),
                      "La Ressourcerie de Périgueux", {"name": "La Ressourcerie", "address": "12 rue Louis Blanc",
                                                       "postal_code": "24000", "city": "Périgueux"})
         .in_calendar("atelier-bois", "bois@reseau", "SEQUENCE:0", "DTSTART;TZID=Europe/Paris:20221112T140000",
                      "DTEND;TZID=Europe/Paris:20221112T160000", "SUMMARY:Fabriquer un nichoir",
                      "LOCATION:La Ressourcerie\\, 12 rue Louis Blanc\\, 24000 Périgueux")
         .same_uid("bois@reseau", "DTSTAMP:20221105T100000Z", "SEQUENCE:1", "DTSTART;TZID=Europe/Paris:20221112T150000",
                   "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Fabriquer un nichoir (nouvel horaire)",
                   "LOCATION:La Ressourcerie\\, 12 rue Louis Blanc\\, 24000 Périgueux"))
    case("a LOCATION « Darwin - Bordeaux (33) » and a form town « Bordeaux (33) »", Feeds()
         .in_calendar("escape", "escape@reseau", "DTSTART;TZID=Europe/Paris:20221118T190000",
                      "DTEND;TZID=Europe/Paris:20221118T210000", "SUMMARY:Escape game de l'ESS",
                      "LOCATION:Darwin - Bordeaux (33)")
         .in_form([("escape", {"N° inscription": "2022-113", "Nom de la structure": "Les Jeunes Pousses",
                               "Titre de l'événement": "Escape game ESS", "Date": "18/11/2022",
                               "Horaires": "19h-21h", "Lieu": "Darwin", "Ville": "Bordeaux (33)"})]))
    case("a LOCATION with the room before the venue, the agenda's venue", Feeds()
         .on_agenda("atelier-asso", 1077, "Atelier : rédiger ses statuts associatifs", [(at(10, "18:00"), at(10,
                                                                                                             "20:00"))],
                    "Maison des associations de Poitiers",
                    {"name": "Maison des Trois Quartiers", "address": "23 rue du Pigeon Blanc, 86000 Poitiers",
                     "city": "Poitiers", "postalCode": "86000"})
         .in_calendar("atelier-asso", "statuts@reseau", "DTSTART;TZID=Europe/Paris:20221110T180000",
                      "DTEND;TZID=Europe/Paris:20221110T200000", "SUMMARY:Rédiger ses statuts",
                      "LOCATION:Salle 2\\, Maison des Trois Quartiers\\, 23 rue du Pigeon Blanc\\, 86000 Poitiers"))
    case("a late-October event in summer time across the platform and the calendar", Feeds()
         .on_platform("prelude", 78, "Avant-première du Mois de l'ESS : pique-nique solidaire",
                      "2022-10-29T12:00:00+02:00", "2022-10-29T14:00:00+02:00", "CRESS Nouvelle-Aquitaine",
                      {"name": "Parc Bordelais", "address": "Rue du Bocage", "postal_code": "33200",
                       "city": "Bordeaux"})
         .in_calendar("prelude", "prelude@reseau", "DTSTART;TZID=Europe/Paris:20221029T120000",
                      "DTEND;TZID=Europe/Paris:20221029T140000", "SUMMARY:Pique-nique solidaire",
                      "LOCATION:Parc Bordelais\\, Bordeaux"))
    case("a form's times in separate « Heure début » and « Heure fin » text cells of a workbook", Feeds()
         .on_agenda("cafe-emploi", 1079, "Café emploi de l'ESS", [(at(8, "09:30"), at(8, "11:30"))],
                    "Pôle ESS Pays basque", {"name": "Tiers-lieu Ttipi Ttapa", "address": "Rue Pannecau, 64100 Bayonne",
                                             "city": "Bayonne", "postalCode": "64100"})
         .in_book([("cafe-emploi", {"Réf": "NA-079", "Structure organisatrice": "Pôle ESS Pays Basque",
                                    "Événement": "Café emploi ESS", "Date de début": "08/11/2022",
                                    "Heure début": "9h30", "Heure fin": "11h30", "Lieu": "Ttipi Ttapa", "CP": "64100",
                                    "Commune": "Bayonne"})]))
    # ── The spreadsheet's venue column holding the address too, its address column empty ──
    case("the form's « Lieu » holding the venue and its town, no town column filled", Feeds()
         .on_platform("noel", 81, "Marché de Noël solidaire", at(26, "10:00"), at(26, "18:00"), "Darwin Écosystème",
                      DARWIN)
         .on_platform("couture", 82, "Atelier couture", at(26, "10:00"), at(26, "12:00"), "Fil Solidaire", BASTIDE)
         .in_form([("noel", {"N° inscription": "2022-120", "Nom de la structure": "Darwin",
                             "Titre de l'événement": "MARCHÉ DE NOËL SOLIDAIRE", "Date": "26/11/2022",
                             "Lieu": "Darwin, Bordeaux"})]))
    case("the form's « Lieu » holding the venue and its street, the town in its column", Feeds()
         .on_agenda("donnerie", 1083, "Grande donnerie de la Bastide", [(at(20, "14:00"), at(20, "18:00"))],
                    "Collectif Bastide Solidaire", BASTIDE_AGENDA)
         .in_form([("donnerie", {"N° inscription": "2022-121", "Nom de la structure": "Collectif Bastide Solidaire",
                                 "Titre de l'événement": "Donnerie de la Bastide", "Date": "20/11/2022",
                                 "Lieu": "Centre d'animation - 23 rue Raymond Poincaré", "Ville": "Bordeaux"})]))
    case("the workbook's « Lieu » holding venue, street and town, a date-only row", Feeds()
         .on_platform("glanage", 84, "Glanage solidaire au marché", at(27, "12:00"), at(27, "14:00"), "Les Glaneurs",
                      {"name": "La Fabrique Pola", "address": "10 quai de Brazza", "postal_code": "33100",
                       "city": "Bordeaux"})
         .in_book([("glanage", {"Réf": "NA-084", "Structure organisatrice": "Les Glaneurs",
                                "Événement": "Glanage solidaire", "Date de début": _day(27),
                                "Lieu": "Pola, 10 quai de Brazza, 33100 Bordeaux"})]))
    case("the form's « Lieu » holding the venue and a street without number", Feeds()
         .on_platform("apero-coop", 85, "Apéro des coopératives", at(17, "18:30"), at(17, "20:30"), "Coop'Alpha",
                      DARWIN | {"name": "Darwin Écosystème"})
         .in_form([("apero-coop", {"N° inscription": "2022-122", "Nom de la structure": "Coop Alpha",
                                   "Titre de l'événement": "Apéro coopératives", "Date": "17/11/2022",
                                   "Horaires": "18h30", "Lieu": "DARWIN - quai des Queyries", "Ville": "Bordeaux"})]))
    case("hard negative: the form's « Lieu » with another venue's street, one title the same day in one town", Feeds()
         .on_platform("repair-darwin", 86, "Repair café", at(19, "14:00"), at(19, "17:00"), "Bordeaux Répar'", DARWIN)
         .on_platform("repair-cantonale", 87, "Repair café", at(19, "14:00"), at(19, "17:00"), "Les Chartrons Réparent",
                      {"name": "Maison cantonale", "address": "20 rue Minvielle", "postal_code": "33000",
                       "city": "Bordeaux"})
         .in_form([("repair-cantonale", {"N° inscription": "2022-123", "Nom de la structure": "",
                                         "Titre de l'événement": "Repair café", "Date": "19/11/2022",
                                         "Lieu": "Maison cantonale, 20 rue Minvielle, Bordeaux"})]))
    case("the form's « Lieu » holding the venue and its address without a separator", Feeds()
         .on_platform("braderie-livres", 88, "Braderie de livres solidaire", at(13, "10:00"), at(13, "17:00"),
                      "Recyclivre", DARWIN)
         .in_form([("braderie-livres", {"N° inscription": "2022-124", "Nom de la structure": "RecycLivre",
                                        "Titre de l'événement": "Braderie livres solidaire", "Date": "13/11/2022",
                                        "Lieu": "Darwin 87 quai des Queyries 33100 Bordeaux"})]))
    case("the workbook's « Lieu » holding the street between brackets after the venue", Feeds()
         .on_agenda("atelier-velo", 1089, "Atelier vélo participatif", [(at(16, "17:00"), at(16, "19:00"))],
                    "Récup'R", {"name": "La Fabrique Pola", "address": "10 quai de Brazza, 33100 Bordeaux",
                                "city": "Bordeaux", "postalCode": "33100"})
         .in_book([("atelier-velo", {"Réf": "NA-089", "Structure organisatrice": "Recup R",
                                     "Événement": "Atelier vélo", "Date de début": _day(16), "Heure début": _clock(17),
                                     "Lieu": "Pola (10 quai de Brazza)", "Commune": "Bordeaux"})]))
    # ── The town and its quarter in brackets after the venue, with or without a dash between them ──
    case("a LOCATION « Darwin (Bordeaux Bastide) »: a quarter a small commune far away bears with its article", Feeds()
         .on_platform("zero-dechet", 90, "Atelier zéro déchet", at(15, "14:00"), at(15, "16:00"),
                      "Zero Waste Bordeaux", DARWIN)
         .on_platform("zero-dechet-cenon", 91, "Atelier zéro déchet", at(15, "14:00"), at(15, "16:00"),
                      "Zero Waste Bordeaux", {"name": "Le Rocher de Palmer", "address": "1 rue Aristide Briand",
                                              "postal_code": "33150", "city": "Cenon"})
         .in_calendar("zero-dechet", "zd@reseau", "DTSTART;TZID=Europe/Paris:20221115T140000",
                      "DTEND;TZID=Europe/Paris:20221115T160000", "SUMMARY:Atelier zéro déchet",
                      "LOCATION:Darwin (Bordeaux Bastide)"))
    case("a LOCATION « Darwin (Bordeaux - Bastide) » against the agenda's location object", Feeds()
         .on_agenda("troc", 1091, "Troc de plantes", [(at(19, "10:00"), at(19, "12:00"))], "Les Jardins de Darwin",
                    DARWIN_AGENDA)
         .in_calendar("troc", "troc@reseau", "DTSTART;TZID=Europe/Paris:20221119T100000",
                      "DTEND;TZID=Europe/Paris:20221119T120000", "SUMMARY:Troc de plantes",
                      "LOCATION:Darwin (Bordeaux - Bastide)"))
    case("a form's « Lieu » « Maison cantonale (Bordeaux - Chartrons) », no town column filled", Feeds()
         .on_platform("cafe-asso", 92, "Café des associations", at(22, "18:00"), at(22, "20:00"),
                      "Le Chartrons Solidaire", {"name": "Maison cantonale", "address": "20 rue Minvielle",
                                                 "postal_code": "33000", "city": "Bordeaux"})
         .in_form([("cafe-asso", {"N° inscription": "2022-125", "Nom de la structure": "Le Chartrons Solidaire",
                                  "Titre de l'événement": "Café des associations", "Date": "22/11/2022",
                                  "Horaires": "18h-20h", "Lieu": "Maison cantonale (Bordeaux - Chartrons)"})]))
    case("LOCATIONs « (Poitiers - Les Couronneries) » and « (Limoges Beaubreuil) »", Feeds()
         .on_platform("numerique", 93, "Permanence numérique solidaire", at(16, "14:00"), at(16, "17:00"),
                      "Emmaüs Connect", {"name": "Maison de quartier des Couronneries",
                                         "address": "37 boulevard Savari", "postal_code": "86000",
                                         "city": "Poitiers"})
         .on_agenda("jardin", 1094, "Chantier au jardin partagé", [(at(16, "14:00"), at(16, "17:00"))],
                    "Les Jardins de Beaubreuil", {"name": "Centre social de Beaubreuil",
                                                  "address": "2 rue Pierre Bérégovoy, 87280 Limoges",
                                                  "postalCode": "87280", "city": "Limoges"})
         .in_calendar("numerique", "numerique@reseau", "DTSTART;TZID=Europe/Paris:20221116T140000",
                      "DTEND;TZID=Europe/Paris:20221116T170000", "SUMMARY:Permanence numérique",
                      "LOCATION:Maison de quartier des Couronneries (Poitiers - Les Couronneries)")
         .in_calendar("jardin", "jardin@reseau", "DTSTART;TZID=Europe/Paris:20221116T140000",
                      "DTEND;TZID=Europe/Paris:20221116T170000", "SUMMARY:Chantier au jardin partagé",
                      "LOCATION:Centre social de Beaubreuil (Limoges Beaubreuil)"))
    case("a LOCATION « (Toulouse - Lalande) »: a quarter a small commune of another région is named as", Feeds()
         .on_platform("compta", 97, "Atelier comptabilité associative", at(23, "18:00"), at(23, "20:00"),
                      "Le Mouvement associatif Occitanie", {"name": "Maison de quartier de Lalande",
                                                            "address": "239 avenue de Fronton",
                                                            "postal_code": "31200", "city": "Toulouse"})
         .in_calendar("compta", "compta@reseau", "DTSTART;TZID=Europe/Paris:20221123T180000",
                      "DTEND;TZID=Europe/Paris:20221123T200000", "SUMMARY:Comptabilité associative : atelier",
                      "LOCATION:Maison de quartier de Lalande (Toulouse - Lalande)"))
    case("hard negative: one network's workshop the same day in two quarters of Rennes, one venue name", Feeds()
         .in_calendar("budget-villejean", "budget-vj@reseau", "DTSTART;TZID=Europe/Paris:20221117T140000",
                      "DTEND;TZID=Europe/Paris:20221117T160000", "SUMMARY:Atelier budget",
                      "LOCATION:Maison de quartier (Rennes - Villejean)")
         .in_calendar("budget-blosne", "budget-bl@reseau", "DTSTART;TZID=Europe/Paris:20221117T140000",
                      "DTEND;TZID=Europe/Paris:20221117T160000", "SUMMARY:Atelier budget",
                      "LOCATION:Maison de quartier (Rennes - Le Blosne)")
         .in_form([("budget-villejean", {"N° inscription": "2022-126", "Nom de la structure": "Crésus Bretagne",
                                         "Titre de l'événement": "Atelier budget", "Date": "17/11/2022",
                                         "Horaires": "14h-16h", "Lieu": "Maison de quartier (Rennes Villejean)"})]))
    case("hard negative: one title the same day at two venues of two Bordeaux quarters, both in brackets", Feeds()
         .on_platform("repair-bastide", 94, "Repair café", at(26, "14:00"), at(26, "17:00"), "Bordeaux Répar'",
                      BASTIDE)
         .on_platform("repair-chartrons", 95, "Repair café", at(26, "14:00"), at(26, "17:00"),
                      "Les Chartrons Réparent", {"name": "Maison cantonale", "address": "20 rue Minvielle",
                                                 "postal_code": "33000", "city": "Bordeaux"})
         .in_calendar("repair-bastide", "rc-b@reseau", "DTSTART;TZID=Europe/Paris:20221126T140000",
                      "DTEND;TZID=Europe/Paris:20221126T170000", "SUMMARY:Repair café",
                      "LOCATION:Centre d'animation Bastide Benauge (Bordeaux Bastide)")
         .in_calendar("repair-chartrons", "rc-c@reseau", "DTSTART;TZID=Europe/Paris:20221126T140000",
                      "DTEND;TZID=Europe/Paris:20221126T170000", "SUMMARY:Repair café",
                      "LOCATION:Maison cantonale (Bordeaux - Chartrons)"))
    return cases


def _day(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2022, 11, day, hour, minute)


def _day_1899(hour: int) -> datetime:
    """A time as some exports write it in a date-time cell: on Excel's day zero."""
    return datetime(1899, 12, 30, hour)


def _clock(hour: int, minute: int = 0) -> time:
    return time(hour, minute)


CASES = _cases()


@pytest.mark.parametrize("name", list(CASES), ids=[f"case{k:02d}" for k in range(len(CASES))])
def test_hand_written_files_of_four_sources(name, tmp_path, index):
    feeds, real_events = CASES[name]
    _, published = read_and_merge(feeds, tmp_path, index)
    merged_apart = [group for group in published if len(group) > 1]
    assert merged_apart == [], f"different events merged: {merged_apart}"
    alone = sorted(event for (event,) in published)
    assert alone == sorted(set(alone)) and len(alone) == real_events, f"published twice: {alone}"
