"""One OpenAgenda record listing several sessions of one day (a morning and an afternoon timing: `nombre_seances` 2)
runs from its first session's start to its last session's end; the other sources list each session apart. Its
length is no session's, so it says nothing against the copy of its first session (same start, same place); the
record stands for that first session, as a record of a series does (see test_dedup_through_connectors, « a weekly
RRULE »). The later sessions, hours after its start, stay events of their own, and so does another event at its
first session's hour. Written as the four sources' files, read by the connectors."""

from tests.lib.test_dedup_blind_regions import location, place, row
from tests.lib.test_dedup_through_connectors import Feeds, at, read_and_merge

MAISON_CITOYENS = place("Maison des citoyens", "1 rue Gambetta", "72000", "Le Mans")
RECYCLERIE_BREST = location("La Recyclerie du Relecq", "3 rue Vauban", "29200", "Brest")
METZ_AGORA = place("L'Agora", "Rue de Toulouse", "57050", "Metz")
TOULOUSE_HALLE = place("La Halle de la Machine", "3 avenue de l'Aérodrome de Montaudran", "31400", "Toulouse")


def test_a_morning_and_afternoon_record_is_the_morning_session_the_afternoon_apart(tmp_path, index):
    feeds = (
        Feeds()
        .on_platform("am", 1, "La Fresque du Climat (matin)", at(17, "09:30"), at(17, "12:30"),
                     "Le Mans en Transition", MAISON_CITOYENS)
        .on_platform("pm", 2, "La Fresque du Climat (après-midi)", at(17, "14:00"), at(17, "17:00"),
                     "Le Mans en Transition", MAISON_CITOYENS)
        .on_agenda("am", 501, "Atelier Fresque du Climat",
                   [(at(17, "09:30"), at(17, "12:30")), (at(17, "14:00"), at(17, "17:00"))], "Le Mans en Transition",
                   location("Maison des Citoyens", "1 rue Gambetta", "72000", "Le Mans"))
        .in_calendar("am", "fresque-matin@lmet", "DTSTART;TZID=Europe/Paris:20221117T093000",
                     "DTEND;TZID=Europe/Paris:20221117T123000", "SUMMARY:Fresque du Climat",
                     "LOCATION:Maison des citoyens\\, Le Mans")
        .in_calendar("pm", "fresque-aprem@lmet", "DTSTART;TZID=Europe/Paris:20221117T140000",
                     "DTEND;TZID=Europe/Paris:20221117T170000", "SUMMARY:Fresque du Climat",
                     "LOCATION:Maison des citoyens\\, Le Mans")
    )
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["am"], ["pm"]]
    assert len(published) == 2


def test_a_record_of_two_visits_is_the_copy_of_its_first_in_utc_and_in_the_form(tmp_path, index):
    feeds = (
        Feeds()
        .on_agenda("visite", 502, "Visite de la recyclerie",
                   [(at(9, "10:00"), at(9, "11:30")), (at(9, "15:00"), at(9, "16:30"))], "La Recyclerie du Relecq",
                   RECYCLERIE_BREST)
        .in_calendar("visite", "visite-recyclerie@ess29", "DTSTART:20221109T090000Z", "DTEND:20221109T103000Z",
                     "SUMMARY:Visite recyclerie", "LOCATION:La Recyclerie du Relecq\\, 3 rue Vauban\\, Brest")
        .in_form([("visite", row("BZH-12", "Recyclerie du Relecq", "Visite de la recyclerie", "09/11/2022",
                                 "10h-11h30", "Recyclerie", "3 r. Vauban", "29200", "Brest"))])
    )
    _, published = read_and_merge(feeds, tmp_path, index)
    assert published == [{"visite"}]


def test_three_sessions_in_a_day_the_platform_listing_the_first_and_the_second(tmp_path, index):
    feeds = (
        Feeds()
        .on_agenda("s10", 503, "Atelier cuisine anti-gaspi",
                   [(at(23, "10:00"), at(23, "12:00")), (at(23, "14:00"), at(23, "16:00")),
                    (at(23, "18:00"), at(23, "20:00"))], "Association Croq'Nature",
                   location("L'Agora", "Rue de Toulouse", "57050", "Metz"))
        .on_platform("s10", 3, "Cuisiner les restes : atelier anti-gaspi (matin)", at(23, "10:00"), at(23, "12:00"),
                     "Croq'Nature", METZ_AGORA)
        .on_platform("s14", 4, "Cuisiner les restes : atelier anti-gaspi (après-midi)", at(23, "14:00"),
                     at(23, "16:00"), "Croq'Nature", METZ_AGORA)
    )
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["s10"], ["s14"]]


def test_another_event_at_the_first_sessions_hour_stays_apart(tmp_path, index):
    feeds = (
        Feeds()
        .on_agenda("fresque-num", 504, "Fresque du numérique",
                   [(at(15, "09:00"), at(15, "12:00")), (at(15, "14:00"), at(15, "17:00"))], "Toulouse Tech Transition",
                   location("La Halle de la Machine", "3 avenue de l'Aérodrome de Montaudran", "31400", "Toulouse"))
        .on_platform("conf-sobriete", 5, "Conférence : la sobriété numérique", at(15, "09:00"), at(15, "10:00"),
                     "Toulouse Tech Transition", TOULOUSE_HALLE)
        .on_platform("fresque-num", 6, "Fresque du numérique (matin)", at(15, "09:00"), at(15, "12:00"),
                     "Toulouse Tech Transition", TOULOUSE_HALLE)
    )
    _, published = read_and_merge(feeds, tmp_path, index)
    assert sorted(map(sorted, published)) == [["conf-sobriete"], ["fresque-num"]]
