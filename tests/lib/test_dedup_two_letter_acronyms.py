"""A two-letter acronym before the name both sources give (« OT des Saintes » / « Office de tourisme des Saintes »,
« CS Bellevue » / « Centre social Bellevue », « MQ Wazemmes » / « Maison de quartier de Wazemmes »): one organiser.
Two letters alone spell too many names to be read anywhere else (spells_out wants three); beside the shared name, they
must be the initials of exactly the other's two words. Another body of that name (« Comité des fêtes Bellevue ») or
another centre stays another organiser."""

import pytest

from assets.lib.dedup import _acronym_beside_shared_words
from tests.lib.test_dedup_blind_regions import assert_each_event_published_once, place, row
from tests.lib.test_dedup_through_connectors import Feeds


@pytest.mark.parametrize(("short", "name", "same"), [
    ("ot des saintes", "office de tourisme des saintes", True),
    ("cs bellevue", "centre social bellevue", True),
    ("mq wazemmes", "maison de quartier de wazemmes", True),
    ("cs bellevue", "comite des fetes bellevue", False),  # another body of the quarter's name
    ("cs bellevue", "centre social et culturel bellevue", False),  # three words: not two letters' name
    ("cs bellevue", "centre social kervenanec", False),  # no name in common
    ("mq", "maison de quartier", False),  # nothing shared: two letters alone say nothing
])
def test_two_letters_are_read_only_beside_the_shared_name(short, name, same):
    assert _acronym_beside_shared_words(short, name) is same
    assert _acronym_beside_shared_words(name, short) is same


def test_a_sheet_crediting_the_office_de_tourisme_by_its_initials_joins_its_event(tmp_path, index):
    # Guadeloupe: the platform credits the office de tourisme at Terre-de-Haut; the CRESS form credits « OT des
    # Saintes » at « Mairie », town « Les Saintes », hour alone; a network's calendar gives neither organiser nor
    # street. The two organisers vetoed the form's copy, and the calendar's, between two, was left alone.
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:America/Guadeloupe\r\n"
    f.on_platform("saintes", 12, "Conférence : tourisme solidaire aux Saintes", "2022-11-18T18:00:00-04:00",
                  "2022-11-18T20:00:00-04:00", "Office de tourisme des Saintes",
                  place("Salle de la mairie", "Rue Jean Calot", "97137", "Terre-de-Haut"))
    f.in_calendar("saintes", "tourisme-saintes@kreyol-ess", "DTSTART;TZID=America/Guadeloupe:20221118T180000",
                  "SUMMARY:Tourisme solidaire : conférence", "LOCATION:Terre-de-Haut (Les Saintes)")
    f.on_platform("moule", 13, "Conférence : tourisme solidaire au Moule", "2022-11-18T18:00:00-04:00",
                  "2022-11-18T20:00:00-04:00", "Office de tourisme du Moule",
                  place("Salle des fêtes", "Boulevard Rosan Girard", "97160", "Le Moule"))
    f.in_form([
        ("saintes", row("GP-12", "OT des Saintes", "Tourisme solidaire", "18/11/2022", "18h", "Mairie", "", "",
                        "Les Saintes")),
        ("moule", row("GP-13", "OT du Moule", "Tourisme solidaire", "18/11/2022", "18h", "Salle des fêtes", "",
                      "97160", "Le Moule")),
    ])
    assert_each_event_published_once(f, tmp_path, index)
