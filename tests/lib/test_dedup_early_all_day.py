"""An iCalendar exporter that writes an all-day event's date in UTC (midnight in Paris is 23:00 the evening before):
every all-day event of its feed is dated the day before, its timed events are right. Learned from the edition (the
feed's all-day titles found the next day in the other sources, not on their day), its date-only records are compared
at the next day: one event with their copies. What stays apart: the other events of the day before at those places,
a spreadsheet's date-only rows (right, found on their day), and two weekly series of one title on days that follow.
Written as the four sources' files, read by the connectors."""

from tests.lib.test_dedup_blind_regions import location, place, row
from tests.lib.test_dedup_through_connectors import Feeds, at, read_and_merge

MES_LILLE = place("Maison de l'Économie Sociale", "235 boulevard Paul Painlevé", "59000", "Lille")


def all_day(feeds: Feeds, event: str, uid: str, day: int, title: str, where: str, days: int = 1) -> Feeds:
    """A VEVENT of the exporter: DATE values a day early, DTEND exclusive."""
    return feeds.in_calendar(event, uid, f"DTSTART;VALUE=DATE:202211{day - 1:02d}",
                             f"DTEND;VALUE=DATE:202211{day - 1 + days:02d}", f"SUMMARY:{title}", f"LOCATION:{where}")


def test_a_calendars_all_day_dates_a_day_early_are_its_events_of_the_next_day(tmp_path, index):
    feeds = Feeds()
    feeds.on_platform("forum", 1, "Forum de l'ESS de la Métropole lilloise", at(19, "09:00"), at(19, "17:00"),
                      "APES Hauts-de-France", MES_LILLE)
    all_day(feeds, "forum", "forum@apes", 19, "Forum de l'ESS de la Métropole lilloise",
            "Maison de l'Économie Sociale\\, Lille")
    feeds.on_platform("petitdej", 2, "Petit-déjeuner des entrepreneurs de l'ESS", at(18, "08:30"), at(18, "10:00"),
                      "APES Hauts-de-France", MES_LILLE)
    feeds.on_platform("troc", 3, "Troc de vêtements", at(12, "10:00"), at(12, "16:00"), "Roubaix Zéro Déchet",
                      place("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix"))
    all_day(feeds, "troc", "troc@apes", 12, "Troc de vêtements", "La Condition Publique\\, Roubaix")
    tourcoing = location("Ressourcerie", "25 rue de Gand", "59200", "Tourcoing")
    feeds.on_agenda("po", 503, "Journée portes ouvertes de la ressourcerie", [(at(23, "10:00"), at(23, "18:00"))],
                    "Ressourcerie de Tourcoing", tourcoing)
    all_day(feeds, "po", "po@apes", 23, "Journée portes ouvertes de la ressourcerie",
            "Ressourcerie\\, 25 rue de Gand\\, Tourcoing")
    feeds.on_agenda("relooking", 504, "Atelier relooking de meubles", [(at(22, "14:00"), at(22, "17:00"))],
                    "Ressourcerie de Tourcoing", tourcoing)
    feeds.on_platform("marche", 5, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"),
                      "Secours populaire du Nord",
                      place("Ferme du Héron", "Chemin de la Ferme Lenglet", "59650", "Villeneuve-d'Ascq"))
    all_day(feeds, "marche", "marche@apes", 26, "Marché de Noël solidaire", "Ferme du Héron\\, Villeneuve-d'Ascq",
            days=2)
    feeds.on_platform("conf", 6, "Conférence : l'économie circulaire dans le bassin minier", at(17, "18:00"),
                      at(17, "20:00"), "CD2E", place("Louvre-Lens", "99 rue Paul Bert", "62300", "Lens"))
    feeds.in_calendar("conf", "conf@apes", "DTSTART;TZID=Europe/Paris:20221117T180000",
                      "DTEND;TZID=Europe/Paris:20221117T200000",
                      "SUMMARY:Conférence : l'économie circulaire dans le bassin minier", "LOCATION:Louvre-Lens")
    feeds.in_form([("forum", row("HDF-3", "APES", "Forum ESS Métropole lilloise", "19/11/2022", "Journée", "MES",
                                 "235 bd Paul Painlevé", "59000", "Lille"))])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["conf"], ["forum"], ["marche"], ["petitdej"], ["po"], ["relooking"],
                                              ["troc"]]


def test_a_spreadsheets_date_only_rows_found_on_their_day_stay_there(tmp_path, index):
    caen = place("Le Dôme", "3 esplanade Stéphane Hessel", "14000", "Caen")
    feeds = Feeds()
    for number, (event, title, day) in enumerate([("fresque", "Fresque du climat", 8),
                                                  ("cafe", "Café des possibles", 15),
                                                  ("bourse", "Bourse aux projets solidaires", 22)]):
        feeds.on_platform(event, number + 1, title, at(day, "14:00"), at(day, "17:00"), "Le Dôme", caen)
    # The same titles the next days too, by the venue: a second session each
    for number, (event, title, day) in enumerate([("fresque-2", "Fresque du climat", 9),
                                                  ("cafe-2", "Café des possibles", 16),
                                                  ("bourse-2", "Bourse aux projets solidaires", 23)]):
        feeds.on_platform(event, number + 11, title, at(day, "10:00"), at(day, "12:00"), "Le Dôme", caen)
    feeds.in_form([
        ("fresque", row("NOR-1", "Le Dôme", "Fresque du climat", "08/11/2022", "", "Le Dôme", "", "14000", "Caen")),
        ("cafe", row("NOR-2", "Le Dôme", "Café des possibles", "15/11/2022", "", "Le Dôme", "", "14000", "Caen")),
        ("bourse", row("NOR-3", "Le Dôme", "Bourse aux projets solidaires", "22/11/2022", "", "Le Dôme", "", "14000",
                       "Caen")),
    ])
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["bourse"], ["bourse-2"], ["cafe"], ["cafe-2"], ["fresque"],
                                              ["fresque-2"]]


def test_two_weekly_series_of_one_title_on_days_that_follow_move_nothing(tmp_path, index):
    feeds = Feeds()
    for day in (4, 11, 18, 25):  # Fridays, the calendar right: all day
        feeds.in_calendar(f"vendredi-{day}", f"rc-{day}@albi", f"DTSTART;VALUE=DATE:202211{day:02d}",
                          f"DTEND;VALUE=DATE:202211{day + 1:02d}", "SUMMARY:Repair café", "LOCATION:Albi")
        feeds.on_platform(f"samedi-{day + 1}", 100 + day, "Repair café", at(day + 1, "09:00"), at(day + 1, "12:00"),
                          "Les Répar'acteurs albigeois",
                          place("Maison de quartier de Cantepau", "Place de la Carrierasse", "81000", "Albi"))
    _, published = read_and_merge(feeds, tmp_path, index)
    assert len(published) == 8
