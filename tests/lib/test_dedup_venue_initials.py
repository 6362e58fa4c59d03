"""A venue named after a person is one venue whether a source writes the given name in full or by its initial
(« Espace S. Veil » / « Espace Simone Veil », « Gymnase J. Jaurès », « Médiath. F. Mitterrand »): the same event
there is one; a venue of that kind named after someone else stays another place."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022

SHEET = "cress-nouvelle-aquitaine-tableur"
ICS = "reseau-brest-ical"
NO_POINT = dict(latitude=None, longitude=None)


LIMOGES = record_2022("plateforme", "3", titre="Forum emploi et engagement dans l'ESS",
                      date_debut="2022-11-17T09:00:00+01:00",
                      date_fin="2022-11-17T17:00:00+01:00", organisateur="CRESS Nouvelle-Aquitaine",
                      lieu="Espace Simone Veil",
                      adresse="3 place Winston Churchill", code_postal="87000", commune="Limoges", **NO_POINT)
BREST = record_2022("plateforme", "7", titre="Tournoi de foot solidaire", date_debut="2022-11-19T14:00:00+01:00",
                    date_fin="2022-11-19T18:00:00+01:00", organisateur="Sport dans la Ville Brest",
                    lieu="Gymnase Jean Jaurès",
                    adresse="Rue Jean Jaurès", code_postal="29200", commune="Brest", **NO_POINT)
POITIERS = record_2022("plateforme", "9", titre="Rencontre : lire et faire lire",
                       date_debut="2022-11-23T18:00:00+01:00",
                       date_fin="2022-11-23T19:30:00+01:00", organisateur="Lire et faire lire Vienne",
                       lieu="Médiathèque François-Mitterrand", adresse="4 rue de l'Université", code_postal="86000",
                       commune="Poitiers", **NO_POINT)

SAME = [
    pytest.param(LIMOGES, record_2022(SHEET, "NA-2022-030", titre="Forum emploi engagement ESS",
                                      date_debut="2022-11-17T09:00:00+01:00", date_fin="", organisateur="CRESS NA",
                                      lieu="Espace S. Veil", adresse="", code_postal="", commune="Limoges", **NO_POINT),
                 id="a spreadsheet's « Espace S. Veil » (Limoges)"),
    pytest.param(BREST,
                 record_2022(ICS, "foot@brest", titre="Foot solidaire : tournoi",
                             date_debut="2022-11-19T14:00:00+01:00",
                             date_fin="2022-11-19T18:00:00+01:00", organisateur="", lieu="",
                             adresse="Gymnase J. Jaurès, Brest", code_postal="", commune="", **NO_POINT),
                 id="a LOCATION's « Gymnase J. Jaurès » (Brest)"),
    pytest.param(POITIERS,
                 record_2022(SHEET, "NA-2022-031", titre="Lire et faire lire : rencontre", date_debut="2022-11-23",
                             date_fin="", organisateur="LFL 86", lieu="Médiath. F. Mitterrand", adresse="",
                             code_postal="86000", commune="Poitiers", **NO_POINT),
                 id="a spreadsheet's « Médiath. F. Mitterrand », date only (Poitiers)"),
]

APART = [
    pytest.param(BREST, record_2022(ICS, "foot2@brest", titre="Tournoi de foot solidaire",
                                    date_debut="2022-11-19T14:00:00+01:00", date_fin="2022-11-19T18:00:00+01:00",
                                    organisateur="", lieu="",
                                    adresse="Gymnase L. Lagrange, Brest", code_postal="", commune="", **NO_POINT),
                 id="another gymnasium of the town (Brest)"),
    pytest.param(LIMOGES, record_2022(SHEET, "NA-2022-032", titre="Forum emploi et engagement dans l'ESS",
                                      date_debut="2022-11-17T09:00:00+01:00", date_fin="2022-11-17T17:00:00+01:00",
                                      organisateur="CRESS Nouvelle-Aquitaine", lieu="Espace J. Vilar", adresse="",
                                      code_postal="87000", commune="Limoges", **NO_POINT),
                 id="another espace of the town (Limoges)"),
]


@pytest.mark.parametrize(("full", "initial"), SAME)
def test_a_venue_written_with_an_initial_is_the_venue(index, full, initial):
    assert merged_as_one(full, initial, index)


@pytest.mark.parametrize(("full", "initial"), APART)
def test_a_venue_of_another_persons_name_stays_apart(index, full, initial):
    assert not merged_as_one(full, initial, index)
