"""A venue of a two-part name (« Université de Guyane - Campus de Troubiran », « Maison de quartier de Boisripeaux »)
that one source writes whole and two others each by one part: the two parts are one venue in that commune, not two,
and the three copies one event. Not when nothing of the edition gives the whole name, nor when one record's street is
not the whole venue's (another « Maison de quartier » of the town)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys
from tests.lib.test_dedup import placed_2022 as _at

# (the platform naming the venue whole, the agenda one part, the calendar the other): several régions.
ONE_VENUE = [
    pytest.param(
        _at("plateforme", "13", "Conférence : l'ESS, levier de développement en Guyane", "2022-11-25T18:00:00-03:00",
            "2022-11-25T20:00:00-03:00", "CRESS Guyane", "Université de Guyane - Campus de Troubiran",
            "2091 route de Baduel", "97300", "Cayenne"),
        _at("ess-france-outre-mer-openagenda", "3013", "L'ESS, un levier pour la Guyane ? Conférence",
            "2022-11-25T18:00:00-03:00", "2022-11-25T20:00:00-03:00",
            "Chambre régionale de l'économie sociale et solidaire de Guyane", "Campus de Troubiran",
            "2091 route de Baduel, 97300 Cayenne", "97300", "Cayenne"),
        _at("reseau-antilles-guyane-ical", "conf@antilles", "Conférence ESS Guyane", "2022-11-25T18:00:00-03:00",
            "2022-11-25T20:00:00-03:00", "", "", "Université de Guyane, Cayenne", "", ""),
        id="Guyane, the university and its campus"),
    pytest.param(
        _at("plateforme", "16", "Atelier compostage et jardin créole", "2022-11-12T09:00:00-04:00",
            "2022-11-12T11:00:00-04:00", "Zéro Déchet Guadeloupe", "Maison de quartier de Boisripeaux",
            "Rue de Boisripeaux", "97139", "Les Abymes"),
        _at("ess-france-outre-mer-openagenda", "3016", "Atelier compostage", "2022-11-12T09:00:00-04:00",
            "2022-11-12T11:00:00-04:00", "Zéro Déchet Gwadloup", "Maison de quartier",
            "Rue de Boisripeaux, 97139 Les Abymes", "97139", "Les Abymes"),
        _at("reseau-antilles-guyane-ical", "compost@antilles", "Compostage : atelier", "2022-11-12T09:00:00-04:00",
            "2022-11-12T11:00:00-04:00", "", "", "Boisripeaux, Abymes", "", ""),
        id="Guadeloupe, a quarter's house and its quarter"),
    pytest.param(
        _at("plateforme", "40", "Table ronde : la recherche en ESS", "2021-11-18T14:00:00+01:00",
            "2021-11-18T17:00:00+01:00", "Université Toulouse Jean Jaurès",
            "Université Toulouse Jean Jaurès - Maison de la recherche", "5 allées Antonio Machado", "31100",
            "Toulouse"),
        _at("cress-occitanie-openagenda", "4040", "La recherche en ESS : table ronde", "2021-11-18T14:00:00+01:00",
            "2021-11-18T17:00:00+01:00", "UT2J", "Maison de la Recherche", "5 allées Antonio-Machado, 31100 Toulouse",
            "31100", "Toulouse"),
        _at("reseau-toulouse-ical", "recherche@reseau", "Table-ronde recherche & ESS", "2021-11-18T14:00:00+01:00",
            "2021-11-18T17:00:00+01:00", "", "Université Jean Jaurès", "", "", "Toulouse"),
        id="Occitanie, a university and one of its buildings"),
    pytest.param(
        _at("plateforme", "41", "Forum des associations étudiantes", "2022-11-17T12:00:00+01:00",
            "2022-11-17T16:00:00+01:00", "Université Clermont Auvergne", "Campus des Cézeaux - Pôle commun",
            "10 rue Aubière", "63170", "Aubière"),
        _at("cress-aura-openagenda", "5041", "Forum asso étudiantes", "2022-11-17T12:00:00+01:00",
            "2022-11-17T16:00:00+01:00", "UCA", "Pôle Commun", "10 rue Aubière, 63170 Aubière", "63170", "Aubière"),
        _at("reseau-clermont-ical", "forum@reseau", "Forum des assos étudiantes", "2022-11-17T12:00:00+01:00",
            "2022-11-17T16:00:00+01:00", "", "Campus des Cézeaux", "", "", "Aubière"),
        id="Auvergne, a campus and its common building"),
]


@pytest.mark.parametrize(("whole", "first", "second"), ONE_VENUE)
def test_two_parts_of_a_venue_the_edition_names_whole_are_one_venue(whole, first, second, index):
    result = deduplicate(frame(whole, first, second), index)
    assert merged_keys(result) == {frozenset(f"{r['source']}:{r['source_identifiant']}"
                                             for r in (whole, first, second))}


def test_another_quarter_house_of_the_town_at_another_street_stays_apart(index):
    whole = _at("plateforme", "16", "Repair café", "2022-11-19T14:00:00-04:00", "2022-11-19T17:00:00-04:00",
                "Repair Café Boisripeaux", "Maison de quartier de Boisripeaux", "Rue de Boisripeaux", "97139",
                "Les Abymes")
    calendar = _at("reseau-antilles-guyane-ical", "repair@antilles", "Repair café", "2022-11-19T14:00:00-04:00",
                   "2022-11-19T17:00:00-04:00", "", "", "Boisripeaux, Abymes", "", "")
    other = _at("ess-france-outre-mer-openagenda", "3090", "Repair café", "2022-11-19T14:00:00-04:00",
                "2022-11-19T17:00:00-04:00", "Les Réparateurs de Raizet", "Maison de quartier",
                "12 rue Victor Schoelcher, 97139 Les Abymes", "97139", "Les Abymes")
    result = deduplicate(frame(whole, calendar, other), index)
    assert "ess-france-outre-mer-openagenda:3090" not in {key for group in merged_keys(result) if len(group) > 1
                                                          for key in group}


def test_two_parts_no_record_names_whole_stay_apart(index):
    # (A campus holds its buildings whatever the edition names: see test_dedup_campus.py.)
    first = _at("cress-aura-openagenda", "5041", "Forum asso étudiantes", "2022-11-17T12:00:00+01:00",
                "2022-11-17T16:00:00+01:00", "UCA", "Pôle Commun", "10 rue Aubière, 63170 Aubière", "63170", "Aubière")
    second = _at("reseau-clermont-ical", "forum@reseau", "Forum des assos étudiantes", "2022-11-17T12:00:00+01:00",
                 "2022-11-17T16:00:00+01:00", "", "Maison de la vie étudiante", "", "", "Aubière")
    result = deduplicate(frame(first, second), index)
    assert all(len(group) == 1 for group in merged_keys(result))
