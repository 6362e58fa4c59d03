"""A street named after a person is one street whether a source writes the given name in full or by its initial or
short form (« 3 pl. W. Churchill » / « 3 place Winston Churchill », « av. Ch. de Gaulle », « allée R. Rolland »,
where place_key reads « Ch. » and « R. » as « chemin » and « rue »): the same event at that venue is one; a venue at
another street of the town with the same number stays apart."""

import pytest

from assets.lib.dedup import place_key, street_of
from tests.lib.test_dedup import merged_as_one, record_2022

SHEET = "cress-nouvelle-aquitaine-tableur"
AGENDA = "cress-centre-openagenda"
ICS = "reseau-bretagne-ical"
NO_POINT = dict(latitude=None, longitude=None)


@pytest.mark.parametrize(
    ("short", "full"),
    [("3 pl. W. Churchill", "3 place Winston Churchill"), ("12 av. Ch. de Gaulle", "12 avenue Charles de Gaulle"),
     ("1 allée R. Rolland", "1 allée Romain Rolland"), ("3 r. R. Schuman", "3 rue Robert Schuman"),
     ("12 rue L. Lagrange", "12 rue Léo Lagrange"), ("5 bd V. Auriol", "5 boulevard Vincent Auriol"),
     ("4 rue G. Môquet", "4 rue Guy Môquet"), ("2 rue A. Césaire", "2 rue Aimé Césaire")],
)
def test_a_given_name_and_its_initial_give_one_street(short, full):
    assert street_of(place_key(short)) == street_of(place_key(full))


@pytest.mark.parametrize(
    ("one", "other"),
    [("3 pl. W. Churchill", "3 place Wilson"), ("12 av. Ch. de Gaulle", "12 avenue Clemenceau"),
     ("5 rue du Chemin Vert", "5 rue Vert"), ("1 allée R. Rolland", "1 allée Rabelais")],
)
def test_other_streets_stay_other_streets(one, other):
    assert street_of(place_key(one)) != street_of(place_key(other))


SAME = [
    pytest.param(
        record_2022(SHEET, "NA-2022-002", titre="Forum emploi engagement ESS", date_debut="2022-11-17", date_fin="",
                    organisateur="CRESS NA", lieu="Espace Simone Veil, 3 pl. W. Churchill, 87000 Limoges", adresse="",
                    code_postal="", commune="", **NO_POINT),
        record_2022("plateforme", "3", titre="Forum emploi et engagement dans l'ESS",
                    date_debut="2022-11-17T09:00:00+01:00",
                    date_fin="2022-11-17T17:00:00+01:00", organisateur="CRESS Nouvelle-Aquitaine",
                    lieu="Espace Simone Veil",
                    adresse="3 place Winston Churchill", code_postal="87000", commune="Limoges", **NO_POINT),
        id="a spreadsheet's « W. Churchill », date only, against the platform (Limoges)"),
    pytest.param(
        record_2022(AGENDA, "4101", titre="Conférence : la finance solidaire", date_debut="2022-11-22T18:30:00+01:00",
                    date_fin="2022-11-22T20:30:00+01:00", organisateur="France Active Centre-Val de Loire",
                    lieu="Maison des associations", adresse="12 av. Ch. de Gaulle, 36000 Châteauroux",
                    code_postal="36000",
                    commune="Châteauroux", **NO_POINT),
        record_2022("plateforme", "41", titre="La finance solidaire : conférence-débat",
                    date_debut="2022-11-22T18:30:00+01:00",
                    date_fin="2022-11-22T20:30:00+01:00", organisateur="France Active Centre-Val de Loire",
                    lieu="Maison des associations", adresse="12 avenue Charles de Gaulle", code_postal="36000",
                    commune="Châteauroux", **NO_POINT),
        id="an agenda's « av. Ch. de Gaulle » against the platform (Châteauroux)"),
    pytest.param(
        record_2022(ICS, "repair-rolland@bzh", titre="Repair café", date_debut="2022-11-19T14:00:00+01:00",
                    date_fin="2022-11-19T17:00:00+01:00", organisateur="", lieu="",
                    adresse="Maison de quartier, 1 allée R. Rolland, 35200 Rennes", code_postal="", commune="",
                    **NO_POINT),
        record_2022("plateforme", "42", titre="Repair café du Blosne", date_debut="2022-11-19T14:00:00+01:00",
                    date_fin="2022-11-19T17:00:00+01:00", organisateur="Les Bricoleurs du Blosne",
                    lieu="Maison de quartier",
                    adresse="1 allée Romain Rolland", code_postal="35200", commune="Rennes", **NO_POINT),
        id="a LOCATION's « allée R. Rolland » against the platform (Rennes)"),
]

APART = [
    pytest.param(
        record_2022(SHEET, "NA-2022-020", titre="Forum emploi ESS", date_debut="2022-11-17T09:00:00+01:00",
                    date_fin="2022-11-17T17:00:00+01:00", organisateur="CRESS NA",
                    lieu="Maison des associations, 3 pl. W. Churchill, 87000 Limoges", adresse="", code_postal="",
                    commune="",
                    **NO_POINT),
        record_2022("plateforme", "50", titre="Forum emploi ESS", date_debut="2022-11-17T09:00:00+01:00",
                    date_fin="2022-11-17T17:00:00+01:00", organisateur="CRESS NA", lieu="Maison des associations",
                    adresse="3 place Wilson", code_postal="87000", commune="Limoges", **NO_POINT),
        id="one venue name at two squares, one number (Limoges)"),
    pytest.param(
        record_2022(AGENDA, "4102", titre="Atelier budget", date_debut="2022-11-22T14:00:00+01:00",
                    date_fin="2022-11-22T16:00:00+01:00", organisateur="Crésus Centre", lieu="Centre social",
                    adresse="12 av. Ch. de Gaulle, 36000 Châteauroux", code_postal="36000", commune="Châteauroux",
                    **NO_POINT),
        record_2022("plateforme", "51", titre="Atelier budget", date_debut="2022-11-22T14:00:00+01:00",
                    date_fin="2022-11-22T16:00:00+01:00", organisateur="Crésus Centre", lieu="Centre social",
                    adresse="12 avenue Clemenceau", code_postal="36000", commune="Châteauroux", **NO_POINT),
        id="one workshop title at two centres sociaux, one number (Châteauroux)"),
]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_a_street_written_with_an_initial_is_the_others_street(index, one, other):
    assert merged_as_one(one, other, index)


@pytest.mark.parametrize(("one", "other"), APART)
def test_the_same_number_of_another_street_stays_apart(index, one, other):
    assert not merged_as_one(one, other, index)
