"""Copies of one event whose times differ, written by hand as the four sources' files (the national platform's JSON
page, a CRESS OpenAgenda export, a local network's iCalendar with or without TZID, a registration form's spreadsheet
with « 14h-17h » strings), read by the connectors, normalised and merged as `mois-ess run` does (see
test_dedup_through_connectors). Each real event is published once; two events are never merged."""

from __future__ import annotations

import pytest

from tests.lib.test_dedup_through_connectors import Feeds, at, read_and_merge

GRENOBLE = {"name": "Maison des Associations", "address": "6 rue Berthe de Boissieux", "postal_code": "38000",
            "city": "Grenoble"}
GRENOBLE_AGENDA = {"name": "", "address": "6 rue Berthe de Boissieux, 38000 Grenoble", "postalCode": "38000",
                   "city": "Grenoble", "insee": "38185"}
LILLE = {"name": "Maison Folie Wazemmes", "address": "70 rue des Sarrazins", "postal_code": "59000", "city": "Lille"}
LILLE_AGENDA = {"name": "", "address": "70 rue des Sarrazins, 59000 Lille", "postalCode": "59000", "city": "Lille",
                "insee": "59350"}
LYON = {"name": "Maison pour tous des Rancy", "address": "249 rue Vendôme", "postal_code": "69003", "city": "Lyon"}
LYON_AGENDA = {"name": "", "address": "249 rue Vendôme, 69003 Lyon", "postalCode": "69003", "city": "Lyon",
               "insee": "69123"}
RENNES = {"name": "Le Jardin Moderne", "address": "11 rue du Manoir de Servigné", "postal_code": "35000",
          "city": "Rennes"}
RENNES_AGENDA = {"name": "", "address": "11 rue du Manoir de Servigné, 35000 Rennes", "postalCode": "35000",
                 "city": "Rennes", "insee": "35238"}


def _form_row(number: str, organiser: str, title: str, day: str, hours: str, place: dict) -> dict[str, str]:
    return {"N° inscription": number, "Nom de la structure": organiser, "Titre de l'événement": title, "Date": day,
            "Horaires": hours, "Lieu": place["name"], "Adresse": place["address"], "Code postal": place["postal_code"],
            "Ville": place["city"].upper(), "Format": "Présentiel"}


# The doors' opening in one listing (« accueil à 13 h 30 »), the start in two others: the copy with the doors' time
# matches the platform's, the third listing matches the platform's at its very start; all three are one event, though
# the doors' copy and the third listing, which say less of the place, are not matched to each other directly.
WELCOME_CASES = {
    "Grenoble: an iCalendar with TZID at the doors' time, a room and the town": Feeds()
    .on_platform("velo", 1, "Atelier d'autoréparation de vélos", at(16, "14:00"), at(16, "17:00"),
                 "Un p'tit vélo dans la tête", GRENOBLE)
    .on_agenda("velo", 1001, "Rencontre-atelier : l'autoréparation de vélos", [(at(16, "14:00"), at(16, "17:00"))],
               "Association Un p'tit vélo dans la tête", GRENOBLE_AGENDA)
    .in_calendar("velo", "velo-16@reseau", "DTSTART;TZID=Europe/Paris:20221116T133000",
                 "DTEND;TZID=Europe/Paris:20221116T163000", "SUMMARY:Atelier pas à pas : l'autoréparation de vélos",
                 "LOCATION:Salle de l'étage\\, Grenoble"),
    "Lille: a floating iCalendar time (X-WR-TIMEZONE) at the doors' time, a room and the town": Feeds()
    .on_platform("repar", 2, "Répar'tout solidaire", at(21, "13:30"), at(21, "16:30"), "Les Ateliers du Nord", LILLE)
    .on_agenda("repar", 1002, "Rencontre-atelier : Répar'tout, réparer ensemble", [(at(21, "13:30"), at(21, "16:30"))],
               "Ateliers du Nord", LILLE_AGENDA)
    .in_calendar("repar", "repar-21@reseau", "DTSTART:20221121T130000", "DTEND:20221121T160000",
                 "SUMMARY:Répar'tout solidaire", "LOCATION:Salle 4\\, Lille"),
    "Rennes: an iCalendar with TZID at the doors' time, the room and the town after a dash": Feeds()
    .on_platform("compost", 3, "Lombricompostage en appartement", at(9, "10:00"), at(9, "12:00"),
                 "Vert le Jardin", RENNES)
    .on_agenda("compost", 1003, "Rencontre-atelier : composter en appartement",
               [(at(9, "10:00"), at(9, "12:00"))], "Association Vert le Jardin", RENNES_AGENDA)
    .in_calendar("compost", "compost-9@reseau", "DTSTART;TZID=Europe/Paris:20221109T093000",
                 "DTEND;TZID=Europe/Paris:20221109T113000", "SUMMARY:Lombricompostage en appartement",
                 "LOCATION:Salle du haut - Rennes"),
    "Lyon: a form's « 18h-20h » at the doors' time, a room of the town": Feeds()
    .on_platform("soupe", 4, "Disco Soupe anti-gaspi", at(24, "18:30"), at(24, "20:30"), "Les Gâte-Sauce", LYON)
    .on_agenda("soupe", 1004, "Rencontre-atelier : Disco Soupe, cuisiner les invendus",
               [(at(24, "18:30"), at(24, "20:30"))], "Association Les Gâte-Sauce", LYON_AGENDA)
    .in_form([("soupe", {**_form_row("2022-117", "", "Disco Soupe anti-gaspi", "24/11/2022", "18h-20h", LYON),
                         "Lieu": "Salle polyvalente", "Adresse": "", "Code postal": ""})]),
}


@pytest.mark.parametrize("name", list(WELCOME_CASES))
def test_the_doors_time_of_one_listing_and_the_start_of_two_others_are_one_event(name, tmp_path, index):
    feeds = WELCOME_CASES[name]
    _, published = read_and_merge(feeds, tmp_path, index)
    assert published == [{next(iter(feeds.truth.values()))}], published


AMIENS = {"name": "La Verrière", "address": "5 rue Roger Salengro", "postal_code": "80000", "city": "Amiens"}
TOULOUSE = {"name": "Médiathèque José Cabanis", "address": "1 allée Jacques Chaban-Delmas", "postal_code": "31500",
            "city": "Toulouse"}
DEBROUILLARDS = "ORGANIZER;CN=\"Les Débrouillards d'Oc\":mailto:oc@debrouillards.fr"
ANNECY = {"name": "La Grange Partagée", "address": "12 avenue de Genève", "postal_code": "74000", "city": "Annecy"}

# An event over several days listed once over its span by one source and day by day by another, whose day listings
# word the title their own way and write the venue otherwise (abbreviated, the town after it, a letter typed twice):
# each day's listing is that event's, its organiser credited by both (in a field, or set apart in the agenda's title).
SPAN_CASES = {
    "Amiens: the platform's span, the form's day rows with the venue typed otherwise": Feeds()
    .on_platform("salon", 11, "Biennale des épiceries sociales – entrée libre", at(25, "14:00"), at(27, "18:00"),
                 "Collectif des habitants de la Côte d'Opale", AMIENS)
    .in_form([("salon", _form_row(f"2022-2{day}", "Collectif des habitants de la Côte d'Opale",
                                  "NOVEMBRE SOLIDAIRE > SALON RÉGIONAL « LES ÉPICERIES SOCIALES »", f"{day}/11/2022",
                                  "14h-18h", {**AMIENS, "name": "La Verrrière", "address": ""}))
              for day in (25, 26, 27)]),
    "Toulouse: the agenda's span crediting its organiser in the title, the venue abridged by the iCalendar":
    Feeds()
    .on_agenda("marche", 1011, "Les Débrouillards d'Oc : Marché paysan et solidaire",
               [(at(18, "10:00"), at(20, "18:00"))], "", {
                   "name": "Médiathèque José Cabanis", "address": "1 allée Jacques Chaban-Delmas, 31500 Toulouse",
                   "postalCode": "31500", "city": "Toulouse", "insee": "31555"})
    .in_calendar("marche", "marche-18@reseau", "DTSTART;TZID=Europe/Paris:20221118T100000",
                 "DTEND;TZID=Europe/Paris:20221118T180000", "SUMMARY:Foire solidaire de Noël",
                 "LOCATION:Médiath. José Cabanis", DEBROUILLARDS)
    .in_calendar("marche", "marche-19@reseau", "DTSTART;TZID=Europe/Paris:20221119T100000",
                 "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Foire solidaire de Noël",
                 "LOCATION:Médiath. José Cabanis", DEBROUILLARDS)
    .in_calendar("marche", "marche-20@reseau", "DTSTART;TZID=Europe/Paris:20221120T100000",
                 "DTEND;TZID=Europe/Paris:20221120T180000", "SUMMARY:Foire solidaire de Noël",
                 "LOCATION:Médiath. José Cabanis", DEBROUILLARDS)
    # The organiser's talk at the venue on the second day, in the evening: another event.
    .in_calendar("conference", "conf-19@reseau", "DTSTART;TZID=Europe/Paris:20221119T183000",
                 "DTEND;TZID=Europe/Paris:20221119T200000", "SUMMARY:Conférence : semences paysannes",
                 "LOCATION:Médiath. José Cabanis", DEBROUILLARDS),
    "Annecy: the platform's span, the form's « 9h30-17h » day rows, the venue with a typo": Feeds()
    .on_platform("formation", 12, "Journées d'initiation – habitats intergénérationnels", at(8, "09:30"),
                 at(9, "17:00"), "Groupement paysan Drôme Solidaire", ANNECY)
    .in_form([("formation", _form_row(f"2022-3{day}", "Groupement paysan Drôme Solidaire",
                                      "Mois ESS 2022 // Monter en compétences : l'habitat partagé entre générations",
                                      f"0{day}/11/2022", "9h30-17h",
                                      {**ANNECY, "name": "La Grange Pratagée", "address": ""}))
              for day in (8, 9)]),
}


@pytest.mark.parametrize("name", list(SPAN_CASES))
def test_the_day_listings_of_an_event_over_several_days_join_its_span(name, tmp_path, index):
    feeds = SPAN_CASES[name]
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == sorted([event] for event in set(feeds.truth.values())), published


ROUBAIX = {"name": "Centre social municipal", "address": "71 chemin du Faubourg", "postal_code": "59100",
           "city": "Roubaix"}
NIMES_AGENDA = {"name": "La Fabrique Solidaire", "address": "47 place du Canal du Midi, 30000 Nîmes",
                "postalCode": "30000", "city": "Nîmes", "insee": "30189"}
BRADERIE = "ORGANIZER;CN=\"Atelier partagé de l'Artois\":mailto:contact@atelier-artois.fr"

# The same, the day's listing giving its town alone (an iCalendar LOCATION « Roubaix », a form's town without venue
# nor street) at the event's own clock time that day, by its organiser: its day of the event however reworded. At
# another hour, or by another organiser, it is another event in that town.
TOWN_CASES = {
    "Roubaix: the platform's span, the iCalendar's days in the town alone at its hour": (Feeds()
        .on_platform("braderie", 21, "Braderie solidaire de Roubaix", at(2, "15:30"), at(4, "18:30"),
                     "Atelier partagé de l'Artois", ROUBAIX)
        .in_calendar("braderie", "braderie-2@reseau", "DTSTART;TZID=Europe/Paris:20221102T153000",
                     "DTEND;TZID=Europe/Paris:20221102T183000", "SUMMARY:Marché solidaire du Nord",
                     "LOCATION:Roubaix", BRADERIE)
        .in_calendar("braderie", "braderie-3@reseau", "DTSTART;TZID=Europe/Paris:20221103T153000",
                     "DTEND;TZID=Europe/Paris:20221103T183000", "SUMMARY:Marché solidaire du Nord",
                     "LOCATION:Roubaix", BRADERIE)
        .in_calendar("braderie", "braderie-4@reseau", "DTSTART;TZID=Europe/Paris:20221104T153000",
                     "DTEND;TZID=Europe/Paris:20221104T183000", "SUMMARY:Marché solidaire du Nord",
                     "LOCATION:Roubaix", BRADERIE)
        # The organiser's evening talk in the town, the second day: another event.
        .in_calendar("debat", "debat-3@reseau", "DTSTART;TZID=Europe/Paris:20221103T193000",
                     "DTEND;TZID=Europe/Paris:20221103T210000", "SUMMARY:Débat : le réemploi solidaire",
                     "LOCATION:Roubaix", BRADERIE)),
    "Nîmes: the agenda's span, the form's day row in the town alone at its hour, « 18h30-20h30 »": (Feeds()
        .on_agenda("radios", 1021, "Fête des radios associatives", [(at(8, "18:30"), at(10, "20:30"))],
                   "Régie territoriale Méditerranée Entraide", NIMES_AGENDA)
        .in_form([("radios", {**_form_row("2022-401", "Régie territoriale Méditerranée Entraide",
                                          "Les Journées de radios libres", "09/11/2022", "18h30-20h30",
                                          {"name": "", "address": "", "postal_code": "30000", "city": "Nîmes"})}),
                  # Another group's evening in the town at that hour: another event.
                  ("ciné", {**_form_row("2022-402", "Ciné-club des Garrigues", "Les Journées du cinéma libre",
                                        "09/11/2022", "18h30-20h30",
                                        {"name": "", "address": "", "postal_code": "30000", "city": "Nîmes"})})])),
}


@pytest.mark.parametrize("name", list(TOWN_CASES))
def test_a_day_listing_in_the_town_alone_at_the_hour_of_an_event_over_several_days_joins_it(name, tmp_path, index):
    feeds = TOWN_CASES[name]
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == sorted([event] for event in set(feeds.truth.values())), published


BORDEAUX = {"name": "Darwin Écosystème", "address": "87 quai des Queyries", "postal_code": "33100", "city": "Bordeaux"}
BORDEAUX_AGENDA = {"name": "Darwin Écosystème", "address": "87 quai des Queyries, 33100 Bordeaux",
                   "postalCode": "33100", "city": "Bordeaux", "insee": "33063"}
WORKSHOPS = ["Atelier compostage", "Repair café", "Troc de plantes", "Atelier couture", "Fresque du climat",
             "Disco Soupe"]


def _late_calendar(feeds: Feeds) -> Feeds:
    """A week of workshops listed by the platform, the agenda and a calendar that writes its local times as UTC (« Z »
    after 14:00 for a 14:00 start: an hour late in November), so that the merge learns the calendar's hour late."""
    for day, title in enumerate(WORKSHOPS, start=1):
        event = f"atelier-{day}"
        feeds.on_platform(event, 40 + day, title, at(day, "14:00"), at(day, "16:00"), "Darwin Écosystème", BORDEAUX)
        feeds.on_agenda(event, 1040 + day, title, [(at(day, "14:00"), at(day, "16:00"))], "Darwin Écosystème",
                        BORDEAUX_AGENDA)
        feeds.in_calendar(event, f"{event}@reseau", f"DTSTART:202211{day:02d}T140000Z",
                          f"DTEND:202211{day:02d}T160000Z", f"SUMMARY:{title}",
                          "LOCATION:Darwin Écosystème\\, 87 quai des Queyries\\, Bordeaux")
    return feeds


# The calendar an hour late (learned from its other listings), a form or an agenda giving the doors' opening 45
# minutes before the start, the platform the start: the platform's copy is the doors' copy's at its venue and the
# calendar's an hour late as written; the doors' copy and the calendar's, 1 h 45 apart as written, are one event
# through it.
SHIFTED_CASES = {
    "Bordeaux: the form's « 13h15-16h » doors against the late calendar's 14:00 written « 140000Z »": _late_calendar(
        Feeds())
    .on_platform("velo", 60, "Atelier d'autoréparation de vélos", at(18, "14:00"), at(18, "16:00"),
                 "Darwin Écosystème", BORDEAUX)
    .in_calendar("velo", "velo@reseau", "DTSTART:20221118T140000Z", "DTEND:20221118T160000Z",
                 "SUMMARY:Atelier d'autoréparation de vélos",
                 "LOCATION:Darwin Écosystème\\, 87 quai des Queyries\\, Bordeaux")
    .in_form([("velo", _form_row("2022-501", "Darwin Écosystème", "Atelier d'autoréparation de vélos", "18/11/2022",
                                 "13h15-16h", BORDEAUX))]),
    "Bordeaux: the agenda's doors at 17:45 against the late calendar's 18:30 written « 183000Z »": _late_calendar(
        Feeds())
    .on_platform("soupe", 61, "Disco Soupe anti-gaspi", at(22, "18:30"), at(22, "20:30"), "Darwin Écosystème",
                 BORDEAUX)
    .on_agenda("soupe", 1061, "Disco Soupe anti-gaspi – accueil dès 17h45", [(at(22, "17:45"), at(22, "20:30"))],
               "Darwin Écosystème", BORDEAUX_AGENDA)
    .in_calendar("soupe", "soupe@reseau", "DTSTART:20221122T183000Z", "DTEND:20221122T203000Z",
                 "SUMMARY:Disco Soupe anti-gaspi", "LOCATION:Darwin Écosystème\\, 87 quai des Queyries\\, Bordeaux"),
}


@pytest.mark.parametrize("name", list(SHIFTED_CASES))
def test_the_doors_time_against_a_source_an_hour_late_is_one_event(name, tmp_path, index):
    feeds = SHIFTED_CASES[name]
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == sorted([event] for event in set(feeds.truth.values())), published
