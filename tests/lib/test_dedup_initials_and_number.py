"""A CRESS spreadsheet crediting an organiser by two letters and its département's number (« FA 44 », « RC66 »)
against the name those letters are the initials of, written without territory or with that département's région
(« France Active », « La Recyclerie catalane », « France Active Pays de la Loire »): two letters are too few to say
one organiser, but no reason to tell two apart; the title, the day and the place tell. Another département's body,
or a name of other initials, still tells two events apart."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys
from tests.lib.test_dedup import placed_2022 as _at

# (the full name's listing, the spreadsheet's row with the two letters and the number): several régions.
ONE_ORGANISER = [
    pytest.param(
        _at("plateforme", "14", "Fête de la récup'", "2022-11-26T10:00:00+01:00", "2022-11-26T18:00:00+01:00",
            "La Recyclerie Catalane", "Parc des expositions", "Avenue du Palais des Expositions", "66000", "Perpignan"),
        _at("cress-occitanie-tableur", "OC-008", "Fête de la récup", "2022-11-26", "", "RC66", "Parc Expo", "", "",
            "Perpignan"),
        id="Occitanie, a date-only row, the number glued"),
    pytest.param(
        _at("plateforme", "3", "Café des financeurs solidaires", "2021-11-18T09:00:00+01:00",
            "2021-11-18T11:00:00+01:00", "France Active", "Cantine Numérique", "11 impasse Juton", "44000", "Nantes"),
        _at("cress-pays-de-la-loire-tableur", "PDL-12", "Café des financeurs", "2021-11-18", "", "FA 44",
            "Cantine numérique", "", "44000", "Nantes"),
        id="Pays de la Loire, the name without territory"),
    pytest.param(
        _at("cress-pays-de-la-loire-openagenda", "7004", "Petit-déjeuner : financer son projet d'ESS",
            "2021-11-23T08:30:00+01:00", "2021-11-23T10:00:00+01:00", "France Active Pays de la Loire",
            "Maison de l'Économie", "15 rue Jean Jaurès", "49100", "Angers"),
        _at("cress-pays-de-la-loire-tableur", "PDL-31", "P'tit déj financer son projet ESS", "2021-11-23", "", "FA49",
            "Maison de l'économie", "15 r. Jean Jaurès", "49100", "Angers"),
        id="Pays de la Loire, the région's name around the département"),
    pytest.param(
        _at("plateforme", "22", "Braderie solidaire de jouets", "2019-11-30T09:00:00+01:00",
            "2019-11-30T17:00:00+01:00", "Secours populaire", "Salle des fêtes", "Place de la Mairie", "33130",
            "Bègles"),
        _at("cress-nouvelle-aquitaine-tableur", "NA-77", "Braderie de jouets", "2019-11-30", "", "SP 33",
            "Salle des fêtes", "", "33130", "Bègles"),
        id="Nouvelle-Aquitaine, a network's name without territory"),
]


@pytest.mark.parametrize(("named", "lettered"), ONE_ORGANISER)
def test_two_letters_and_a_departement_against_the_name_they_are_the_initials_of(named, lettered, index):
    result = deduplicate(frame(named, lettered), index)
    assert merged_keys(result) == {frozenset(f"{r['source']}:{r['source_identifiant']}" for r in (named, lettered))}


APART = [
    pytest.param(
        _at("plateforme", "3", "Café des financeurs solidaires", "2021-11-18T09:00:00+01:00",
            "2021-11-18T11:00:00+01:00", "France Active Bretagne", "Cantine Numérique", "", "44000", "Nantes"),
        _at("cress-pays-de-la-loire-tableur", "PDL-12", "Café des financeurs", "2021-11-18", "", "FA 44",
            "Cantine numérique", "", "44000", "Nantes"),
        id="the network's body of another région"),
    pytest.param(
        _at("plateforme", "14", "Repair café", "2022-11-26T14:00:00+01:00", "2022-11-26T17:00:00+01:00",
            "Les Bricoleurs du quartier Saint-Jacques", "Maison de quartier", "", "66000", "Perpignan"),
        _at("cress-occitanie-tableur", "OC-009", "Repair café", "2022-11-26", "", "RC66", "Maison de quartier", "", "",
            "Perpignan"),
        id="a name of other initials"),
]


@pytest.mark.parametrize(("named", "lettered"), APART)
def test_two_letters_against_another_name_stay_apart(named, lettered, index):
    result = deduplicate(frame(named, lettered), index)
    assert all(len(group) == 1 for group in merged_keys(result))
