"""A venue lists the events it hosts as its own: a cinema's or a médiathèque's row in the registration sheet, a concert
hall's calendar credit the venue (« Cinéma Pathé Mâcon ») where the platform credits the association that leads the
event there (« Attac Mâcon »). The same title at that venue at the same time is that event, whatever the ends (the
sheet's row or the calendar gives its start alone): the organiser named differently is then unknown, not a veto."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "17", "Ciné-débat « Les Nouveaux Chiens de garde »", "2022-11-21T20:00:00+01:00",
                 "2022-11-21T22:30:00+01:00", "Attac Mâcon", "Cinéma Les Cinémas Pathé", "Rue Gambetta", "71000",
                 "Mâcon"),
        _listing("cress-bfc-tableur", "BFC-13", "Ciné-débat Les nouveaux chiens de garde",
                 "2022-11-21T20:00:00+01:00", "", "Cinéma Pathé Mâcon", "Pathé", "", "71000", "Mâcon"),
        id="Bourgogne-Franche-Comté, a sheet's row « 20h » crediting the cinema"),
    pytest.param(
        _listing("plateforme", "41", "Concert de soutien aux Restos du Cœur", "2022-11-25T20:30:00+01:00",
                 "2022-11-25T23:30:00+01:00", "Les Restos du Cœur de la Haute-Garonne", "Le Bikini",
                 "Rue Théodore Monod", "31520", "Ramonville-Saint-Agne"),
        _listing("salle-bikini-ical", "restos-2511@lebikini", "Concert de soutien aux Restos du coeur",
                 "2022-11-25T20:30:00+01:00", "", "Le Bikini", "Le Bikini, Ramonville"),
        id="Occitanie, a concert hall's calendar without DTEND, its ORGANIZER the hall"),
    pytest.param(
        _listing("cress-grand-est-openagenda", "2051", "Lecture et rencontre : les bibliothèques solidaires",
                 "2022-11-16T18:00:00+01:00", "2022-11-16T19:30:00+01:00", "Lire et faire lire Moselle",
                 "Médiathèque Jean-Macé", "2 rue Jean-Macé", "57000", "Metz"),
        _listing("cress-grand-est-tableur", "GE-44", "Lecture-rencontre : les bibliothèques solidaires",
                 "2022-11-16T18:00:00+01:00", "", "Médiathèque Jean Macé de Metz", "Médiathèque", "", "57000",
                 "Metz"),
        id="Grand Est, a sheet's row crediting the médiathèque, its venue the bare « Médiathèque »"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_a_venue_credited_with_the_event_it_hosts_is_no_other_organiser(first, second, index):
    assert merged_as_one(first, second, index)
