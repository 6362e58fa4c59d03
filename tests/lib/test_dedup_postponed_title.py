"""An event its organiser postponed by retitling its listing (« REPORTÉ au 24/11 – … ») and leaving it at the old date,
while the other sources list it at the new one: the listing is read at the day its title gives (the normaliser), so
the three copies are one event on that day; another event of the old day, or of the new day under another title,
stays apart. Written as the four sources' files, read by the connectors."""

from tests.lib.test_dedup_blind_regions import place, row
from tests.lib.test_dedup_through_connectors import AGENDA, Feeds, at, read_and_merge

CINEMA = place("Cinéma L'Univers", "16 rue Georges Danton", "59000", "Lille")
CINEMA_AGENDA = {"name": "Cinéma L'Univers", "address": "16 rue Georges Danton, 59000 Lille", "postalCode": "59000",
                 "city": "Lille"}


def postponed() -> Feeds:
    feeds = Feeds()
    feeds.on_platform("cine-24", 1, "Ciné-débat « Un pays qui se tient sage »", at(24, "20:00"), at(24, "22:30"),
                      "Ligue des droits de l'Homme Lille", CINEMA)
    feeds.on_agenda("cine-24", 501, "REPORTÉ au 24/11 – Ciné-débat « Un pays qui se tient sage »",
                    [(at(17, "20:00"), at(17, "22:30"))], "LDH Lille", CINEMA_AGENDA)
    feeds.in_form([("cine-24", row("HDF-10", "LDH Lille", "Ciné débat Un pays qui se tient sage", "24/11/2022",
                                   "20h", "L'Univers", "", "59000", "Lille"))])
    return feeds


def test_a_listing_retitled_postponed_is_one_event_with_its_copies_at_the_new_day(tmp_path, index):
    events, published = read_and_merge(postponed(), tmp_path, index)
    assert published == [{"cine-24"}]
    moved = events.loc[events["source"] == AGENDA].iloc[0]
    assert (moved["date_debut"], moved["date_heure_debut"], moved["statut"]) == ("2022-11-24", "", "reprogramme")


def test_the_old_days_other_event_and_the_new_days_other_title_stay_apart(tmp_path, index):
    feeds = postponed()
    feeds.on_platform("cine-17", 2, "Ciné-débat « Les Liberterres »", at(17, "20:00"), at(17, "22:30"),
                      "Attac Lille", CINEMA)
    feeds.on_platform("concert-24", 3, "Concert solidaire", at(24, "20:00"), at(24, "23:00"),
                      "Secours populaire du Nord", place("L'Aéronef", "168 avenue Willy Brandt", "59777", "Lille"))
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["cine-17"], ["cine-24"], ["concert-24"]]
