"""A street named after a person whose given name one source writes by its initial and another whole (« 3 rue J.
Alain » / « 3 rue Jehan Alain »): one street, even when the given name is not one the merge knows for one (it keeps the
surname of one, the given name of the other). Not another surname at that number, nor another initial."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_as_one, merged_keys, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str, code_postal: str, commune: str) -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_STREET = [
    pytest.param(
        _listing("plateforme", "1", "Formation : la comptabilité associative pour les débutants",
                 "2022-11-15T18:00:00+01:00", "2022-11-15T20:00:00+01:00",
                 "Le Mouvement associatif Centre-Val de Loire", "Maison des associations", "3 rue Jehan Alain",
                 "37000", "Tours"),
        _listing("cress-cvl-tableur", "CVL-01", "Atelier compta asso (débutants)", "2022-11-15T18:00:00", "",
                 "LMA CVL", "MDA", "3 rue J. Alain", "37000", "Tours"),
        id="Centre-Val de Loire, the sheet's initial"),
    pytest.param(
        _listing("cress-occitanie-openagenda", "4050", "Visite de l'atelier vélo solidaire",
                 "2022-11-18T10:00:00+01:00", "2022-11-18T12:00:00+01:00", "Vélo Solidaire Blagnac",
                 "Atelier Vélo Solidaire", "8 rue C. Ader, 31700 Blagnac", "31700", "Blagnac"),
        _listing("cress-occitanie-tableur", "OCC-50", "Visite atelier vélo", "2022-11-18T10:00:00", "",
                 "Vélo Solidaire", "Atelier", "8 rue Clément Ader", "31700", "Blagnac"),
        id="Occitanie, the agenda's initial"),
    pytest.param(
        _listing("plateforme", "3", "Repair café des Longs Champs", "2022-11-26T14:00:00+01:00",
                 "2022-11-26T17:00:00+01:00", "Rennes Répar'", "Maison de quartier des Longs Champs",
                 "4 rue Mathurin Méheut", "35700", "Rennes"),
        _listing("reseau-rennes-ical", "rc-lc@reseau", "Repair Café Longs-Champs", "2022-11-26T13:00:00Z",
                 "2022-11-26T16:00:00Z", "", "MQ Longs Champs", "4 rue M. Méheut", "35700", "Rennes"),
        id="Bretagne, the calendar's initial"),
]


@pytest.mark.parametrize(("whole", "initial"), ONE_STREET)
def test_a_given_name_written_by_its_initial_is_that_street(whole, initial, index):
    assert merged_as_one(whole, initial, index)


@pytest.mark.parametrize("street", ["5 rue H. Alain", "5 rue J. Moulin"], ids=["another initial", "another surname"])
def test_another_initial_or_surname_at_that_number_is_another_street(street, index):
    whole = _listing("plateforme", "9", "Repair café", "2022-11-19T14:00:00+01:00", "2022-11-19T17:00:00+01:00",
                     "Les Répar'Acteurs", "Salle des fêtes", "5 rue Jehan Alain", "45000", "Orléans")
    other = _listing("cress-cvl-tableur", "CVL-90", "Repair café", "2022-11-19T14:00:00", "", "Répare Tout",
                     "Salle de quartier", street, "45000", "Orléans")
    assert all(len(group) == 1 for group in merged_keys(deduplicate(frame(whole, other), index)))
