"""An exhibition open over the month, listed once from its first to its last day by a source (the platform's start and
end, an iCalendar all-day range, OpenAgenda's timings of each opening day) and day by day by another (a spreadsheet
row or a VEVENT per opening day): one event, its days joined to it when the day's title names the exhibition alone, at
its place, at its daily opening hour. What stays apart: what the venue or its organiser hold on those days (a writing
workshop, a guided tour or the opening night of the exhibition, another exhibition), and the Saturdays of a workshop
listed over the month by one source and session by session by another (each session an event). Written as the four
sources' files, read by the connectors."""

from tests.lib.test_dedup_blind_regions import location, place, row
from tests.lib.test_dedup_through_connectors import Feeds, at, read_and_merge

HALLE_PAPIN = place("Halle Papin", "2 rue Denis Papin", "93500", "Pantin")
CHAMPS_LIBRES = location("Les Champs Libres", "10 cours des Alliés", "35000", "Rennes")
MAISON_ESS = place("Maison de l'ESS", "31 rue de Paris", "63000", "Clermont-Ferrand")


def pantin(feeds: Feeds) -> Feeds:
    feeds.on_platform("expo", 1, "Exposition « Les visages de l'ESS »", at(2, "14:00"), at(30, "19:00"),
                      "Pantin Solidaire", HALLE_PAPIN)
    feeds.in_calendar("expo", "expo-visages@pantin-solidaire.fr", "DTSTART;VALUE=DATE:20221102",
                      "DTEND;VALUE=DATE:20221201", "SUMMARY:Exposition Les visages de l'ESS", "LOCATION:Halle Papin")
    return feeds


def test_the_spreadsheets_rows_of_an_exhibitions_days_are_the_exhibition(tmp_path, index):
    feeds = pantin(Feeds()).in_form([
        ("expo", row(f"IDF-0{day}", "Pantin Solidaire", "Expo Les visages de l'ESS", f"{day:02d}/11/2022", "14h-19h",
                     "Halle Papin", "2 rue D. Papin", "93500", "Pantin")) for day in (2, 9, 16, 23, 30)])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert published == [{"expo"}]


def test_what_its_organiser_holds_at_the_venue_on_its_days_stays_apart(tmp_path, index):
    feeds = pantin(Feeds())
    feeds.on_platform("ecriture", 2, "Atelier d'écriture « Raconte ton ESS »", at(9, "14:00"), at(9, "17:00"),
                      "Pantin Solidaire", HALLE_PAPIN)
    feeds.on_platform("visite", 3, "Visite commentée de l'exposition « Les visages de l'ESS »", at(23, "14:00"),
                      at(23, "15:00"), "Pantin Solidaire", HALLE_PAPIN)
    feeds.in_form([
        ("expo", row("IDF-01", "Pantin Solidaire", "Expo Les visages de l'ESS", "16/11/2022", "14h-19h", "Halle Papin",
                     "2 rue D. Papin", "93500", "Pantin")),
        ("vernissage", row("IDF-02", "Pantin Solidaire", "Vernissage de l'expo Les visages de l'ESS", "05/11/2022",
                           "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
        ("ecriture", row("IDF-03", "Pantin Solidaire", "Atelier écriture Raconte ton ESS", "09/11/2022", "14h-17h",
                         "Halle Papin", "2 rue D. Papin", "93500", "Pantin"))])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["ecriture"], ["expo"], ["vernissage"], ["visite"]]


def test_another_exhibition_of_one_day_at_the_venue_stays_apart(tmp_path, index):
    feeds = Feeds()
    feeds.on_platform("visages", 1, "Expo photo : les visages de l'ESS", at(2, "14:00"), at(30, "19:00"),
                      "Pantin Solidaire", HALLE_PAPIN)
    feeds.in_calendar("regards", "regards-croises@haut-pantin", "DTSTART;TZID=Europe/Paris:20221119T140000",
                      "DTEND;TZID=Europe/Paris:20221119T190000", "SUMMARY:Expo photo - Regards croisés",
                      "LOCATION:Halle Papin\\, 2 rue Denis Papin\\, Pantin")
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["regards"], ["visages"]]


def test_a_librarys_calendar_listing_each_opening_day_against_the_agendas_timings(tmp_path, index):
    days = [8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26]  # Tuesday to Saturday
    feeds = Feeds()
    feeds.on_agenda("coop", 501, "Exposition : 100 ans de coopératives en Bretagne",
                    [(at(day, "10:00"), at(day, "18:00")) for day in days], "Les Champs Libres", CHAMPS_LIBRES)
    feeds.in_calendar({f"2022-11-{day:02d}": "coop" for day in days}, "expo-coop@champs-libres",
                      "DTSTART;TZID=Europe/Paris:20221108T100000", "DTEND;TZID=Europe/Paris:20221108T180000",
                      "RRULE:FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA;UNTIL=20221126T230000Z",
                      "SUMMARY:Expo « 100 ans de coopératives en Bretagne »",
                      "LOCATION:Les Champs Libres\\, 10 cours des Alliés\\, Rennes")
    # Another exhibition the same weeks in the same building, listed the same two ways.
    feeds.on_agenda("femmes", 502, "Exposition : femmes de l'économie sociale",
                    [(at(day, "10:00"), at(day, "18:00")) for day in days], "Les Champs Libres", CHAMPS_LIBRES)
    feeds.in_calendar({f"2022-11-{day:02d}": "femmes" for day in days}, "expo-femmes@champs-libres",
                      "DTSTART;TZID=Europe/Paris:20221108T100000", "DTEND;TZID=Europe/Paris:20221108T180000",
                      "RRULE:FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA;UNTIL=20221126T230000Z",
                      "SUMMARY:Expo Femmes de l'économie sociale", "LOCATION:Les Champs Libres\\, Rennes")
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["coop"], ["femmes"]]


def test_a_workshops_saturdays_listed_over_the_month_stay_sessions(tmp_path, index):
    feeds = Feeds()
    feeds.on_platform("s5", 4, "Atelier réparation vélo du samedi", at(5, "10:00"), at(26, "12:00"),
                      "Vélo-Cité Clermont", MAISON_ESS)
    feeds.in_form([
        (f"s{day}", row(f"ARA-{day}", "Vélo-Cité", "Atelier réparation vélo", f"{day:02d}/11/2022", "10h-12h",
                        "Maison de l'ESS", "31 r. de Paris", "63000", "Clermont-Ferrand")) for day in (5, 12, 19, 26)])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["s12"], ["s19"], ["s26"], ["s5"]]


SOLIDARITES = place("Maison des Solidarités", "3 rue Saint-Polycarpe", "69001", "Lyon")


def test_an_exhibitions_days_listed_without_hours_and_its_neighbours_that_day(tmp_path, index):
    feeds = Feeds()
    feeds.on_platform("expo", 1, "Exposition : 20 ans de commerce équitable à Lyon", at(4, "10:00"), at(27, "18:00"),
                      "Artisans du Monde Lyon", SOLIDARITES)
    feeds.on_platform("habiter", 2, "Exposition « Habiter autrement »", at(14, "10:00"), at(25, "18:00"),
                      "Habitat et Humanisme Rhône", SOLIDARITES)
    feeds.in_form([
        ("expo", row(f"ARA-{day}", "ADM Lyon", "Expo 20 ans du commerce équitable", f"{day:02d}/11/2022",
                     "horaires d'ouverture", "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon"))
        for day in (5, 12, 19, 26)
    ] + [
        ("vernissage", row("ARA-90", "ADM Lyon", "Vernissage expo 20 ans du commerce équitable", "10/11/2022", "",
                           "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")),
        ("visite", row("ARA-91", "ADM Lyon", "Visite guidée de l'expo commerce équitable", "19/11/2022", "",
                       "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")),
        ("habiter", row("ARA-92", "Habitat et Humanisme", "Expo Habiter autrement", "19/11/2022", "Journée",
                        "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")),
    ])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["expo"], ["habiter"], ["vernissage"], ["visite"]]


def test_a_librarys_all_day_vevent_per_opening_day_against_the_agendas_timings(tmp_path, index):
    days = [8, 9, 10, 12, 15, 16, 17, 19, 22, 23, 24, 26]
    feeds = Feeds()
    for day in days:
        feeds.in_calendar("expo", f"expo-ess-{day}@bm-dijon", f"DTSTART;VALUE=DATE:202211{day:02d}",
                          f"DTEND;VALUE=DATE:202211{day + 1:02d}", "SUMMARY:Exposition « L'ESS en Bourgogne »",
                          "LOCATION:Bibliothèque Champollion\\, Dijon")
    feeds.on_agenda("expo", 501, "Exposition : l'ESS en Bourgogne-Franche-Comté",
                    [(at(day, "10:00"), at(day, "18:00")) for day in days], "Bibliothèque municipale de Dijon",
                    location("Bibliothèque Champollion", "14 rue Camille Flammarion", "21000", "Dijon"))
    feeds.in_calendar("conte", "heure-conte-19@bm-dijon", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
                      "SUMMARY:Heure du conte : l'ESS racontée aux enfants",
                      "LOCATION:Bibliothèque Champollion\\, Dijon")
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["conte"], ["expo"]]


def test_a_repair_cafes_saturdays_in_all_day_vevents_stay_sessions(tmp_path, index):
    feeds = Feeds()
    feeds.on_platform("rc-5", 4, "Repair café du samedi", at(5, "09:30"), at(26, "12:30"), "Repair Café Besançon",
                      place("Maison de quartier de Planoise", "13 avenue de l'Île-de-France", "25000", "Besançon"))
    for day in (5, 12, 19, 26):
        feeds.in_calendar(f"rc-{day}", f"rc-{day}@besancon", f"DTSTART;VALUE=DATE:202211{day:02d}",
                          f"DTEND;VALUE=DATE:202211{day + 1:02d}", "SUMMARY:Repair café",
                          "LOCATION:MQ Planoise\\, Besançon")
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["rc-12"], ["rc-19"], ["rc-26"], ["rc-5"]]
