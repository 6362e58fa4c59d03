"""Street types shortened as addresses often shorten them (« Fg », « Chem. », « Prom. », « Bvd », « LD » for a
lieu-dit) are the street types written in full: the copy of an event giving the shortened address alone is the event
at a venue of that address; another street of the town stays another place."""

import pytest

from assets.lib.dedup import place_key, street_of
from tests.lib.test_dedup import merged_as_one, record_2022

SHEET = "cress-hauts-de-france-tableur"
ICS = "reseau-touraine-ical"
NO_POINT = dict(latitude=None, longitude=None)


@pytest.mark.parametrize(
    ("short", "full"),
    [("4 Fg de Paris", "4 faubourg de Paris"), ("4 fg. de Béthune", "4 faubourg de Béthune"),
     ("3 Chem. des Vignes", "3 chemin des Vignes"), ("5 Prom. du Port", "5 promenade du Port"),
     ("2 bvd Carnot", "2 boulevard Carnot"), ("2 Blvd Carnot", "2 boulevard Carnot")],
)
def test_a_shortened_street_type_is_the_type(short, full):
    assert street_of(place_key(short)) == street_of(place_key(full)) is not None


def test_a_lieu_dit_shortened_is_the_lieu_dit():
    assert place_key("LD Kerouat") == place_key("Lieu-dit Kerouat") == "lieudit kerouat"


# (the copy's address, the platform's, the town's postal code and name, the copy's source: a spreadsheet gives the town
# in its columns, an iCalendar LOCATION in the address)
SAME = [
    pytest.param("4 Fg de Paris", "4 faubourg de Paris", "59000", "Lille", SHEET, id="a spreadsheet's « Fg » (Lille)"),
    pytest.param("3 Chem. des Vignes", "3 chemin des Vignes", "37550", "Saint-Avertin", SHEET,
                 id="a spreadsheet's « Chem. » (Saint-Avertin)"),
    pytest.param("5 Prom. du Port, 56100 Lorient", "5 promenade du Port", "56100", "Lorient", ICS,
                 id="a LOCATION's « Prom. » (Lorient)"),
    pytest.param("2 bvd Carnot, Limoges", "2 boulevard Carnot", "87000", "Limoges", ICS,
                 id="a LOCATION's « bvd » (Limoges)"),
    pytest.param("LD Kerouat", "Lieu-dit Kerouat", "29410", "Plounéour-Ménez", SHEET,
                 id="a spreadsheet's « LD » (Plounéour-Ménez)"),
]


@pytest.mark.parametrize(("short", "full", "postal", "town", "source"), SAME)
def test_the_copy_at_the_shortened_address_is_the_event(index, short, full, postal, town, source):
    venue = record_2022("plateforme", "1", titre="Portes ouvertes de l'atelier partagé",
                        date_debut="2022-11-08T14:00:00+01:00",
                        date_fin="2022-11-08T17:00:00+01:00", organisateur="L'Atelier partagé",
                        lieu="L'Atelier partagé",
                        adresse=full, code_postal=postal, commune=town, **NO_POINT)
    in_columns = source == SHEET
    copy = record_2022(source, "s1", titre="Portes ouvertes atelier partagé", date_debut="2022-11-08T14:00:00+01:00",
                       date_fin="2022-11-08T17:00:00+01:00", organisateur="Atelier partagé" if in_columns else "",
                       lieu="",
                       adresse=short, code_postal=postal if in_columns else "", commune=town if in_columns else "",
                       **NO_POINT)
    assert merged_as_one(venue, copy, index)


@pytest.mark.parametrize(
    ("short", "other", "postal", "town"),
    [pytest.param("4 Fg de Paris", "4 rue de Paris", "59000", "Lille", id="a faubourg and a street of one name"),
     pytest.param("3 Chem. des Vignes", "3 chemin des Prés", "37550", "Saint-Avertin", id="two chemins")],
)
def test_the_shortened_address_of_another_street_stays_apart(index, short, other, postal, town):
    venue = record_2022("plateforme", "1", titre="Portes ouvertes de l'atelier partagé",
                        date_debut="2022-11-08T14:00:00+01:00",
                        date_fin="2022-11-08T17:00:00+01:00", organisateur="L'Atelier partagé",
                        lieu="L'Atelier partagé",
                        adresse=other, code_postal=postal, commune=town, **NO_POINT)
    copy = record_2022(SHEET, "s1", titre="Portes ouvertes atelier partagé", date_debut="2022-11-08T14:00:00+01:00",
                       date_fin="2022-11-08T17:00:00+01:00", organisateur="Atelier partagé", lieu="", adresse=short,
                       code_postal=postal, commune=town, **NO_POINT)
    assert not merged_as_one(venue, copy, index)
