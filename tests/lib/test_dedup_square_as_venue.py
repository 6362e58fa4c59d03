"""A venue field holding a street or a square alone (« Place Neuve » under « Lieu », the address left empty: a
spreadsheet's or an agenda's habit) is that street, as when the same text is written in the address field: the event
of another source at a venue on that street, the same day and hour, is that event; at a venue on another street, or
on another square of the town, it is not."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022

SHEET = "cress-centre-tableur"
AGENDA = "cress-bretagne-openagenda"
ICS = "reseau-limoges-ical"
NO_POINT = dict(latitude=None, longitude=None)


# (the record naming the square alone, the venue's record), one event
SAME = [
    pytest.param(
        record_2022(SHEET, "CVL-17", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
                    date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social du Sanitas", lieu="Place Neuve",
                    adresse="", code_postal="37000", commune="Tours", **NO_POINT),
        record_2022("plateforme", "20", titre="Balade urbaine « L'ESS au Sanitas »",
                    date_debut="2022-11-16T14:00:00+01:00",
                    date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social du Sanitas",
                    lieu="Centre social du Sanitas", adresse="10 place Neuve", code_postal="37000", commune="Tours",
                    **NO_POINT),
        id="a spreadsheet's « Lieu » naming the square of the platform's venue (Tours)"),
    pytest.param(
        record_2022(AGENDA, "3021", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
                    date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire",
                    lieu="Place de la Liberté", adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        record_2022("plateforme", "21", titre="Marché solidaire de Noël", date_debut="2022-11-26T10:00:00+01:00",
                    date_fin="2022-11-26T18:00:00+01:00", organisateur="Brest Solidaire",
                    lieu="Esplanade de l'hôtel de ville", adresse="2 place de la Liberté", code_postal="29200",
                    commune="Brest", **NO_POINT),
        id="an agenda's venue named as the square, the platform's venue at a number on it (Brest)"),
    pytest.param(
        record_2022("plateforme", "22", titre="Disco soupe anti-gaspi", date_debut="2022-11-19T11:00:00+01:00",
                    date_fin="2022-11-19T15:00:00+01:00", organisateur="Slow Food Limousin", lieu="Place de la Motte",
                    adresse="", code_postal="87000", commune="Limoges", **NO_POINT),
        record_2022(ICS, "disco@limoges", titre="Disco Soupe", date_debut="2022-11-19T11:00:00+01:00",
                    date_fin="2022-11-19T15:00:00+01:00", organisateur="", lieu="",
                    adresse="Halles centrales, 1 place de la Motte, 87000 Limoges", code_postal="", commune="",
                    **NO_POINT),
        id="the platform's venue the square, a LOCATION with the market hall on it (Limoges)"),
]

# The same kind of record against a venue elsewhere in the town: two events.
APART = [
    pytest.param(
        record_2022(SHEET, "CVL-18", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
                    date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social", lieu="Place Neuve", adresse="",
                    code_postal="37000", commune="Tours", **NO_POINT),
        record_2022("plateforme", "30", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
                    date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social",
                    lieu="Centre social Pluriel(le)s", adresse="2 rue Gabriel Fauré", code_postal="37200",
                    commune="Tours",
                    **NO_POINT),
        id="the square against a venue at another street (Tours)"),
    pytest.param(
        record_2022(AGENDA, "3031", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
                    date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire",
                    lieu="Place de la Liberté", adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        record_2022("plateforme", "31", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
                    date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire", lieu="Place Guérin",
                    adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        id="two squares of one town, one name each (Brest)"),
    pytest.param(
        record_2022("plateforme", "32", titre="Disco soupe", date_debut="2022-11-19T11:00:00+01:00",
                    date_fin="2022-11-19T15:00:00+01:00", organisateur="Slow Food Limousin", lieu="Place de la Motte",
                    adresse="", code_postal="87000", commune="Limoges", **NO_POINT),
        record_2022(ICS, "disco2@limoges", titre="Disco soupe", date_debut="2022-11-19T11:00:00+01:00",
                    date_fin="2022-11-19T15:00:00+01:00", organisateur="", lieu="",
                    adresse="Centre social de Beaubreuil, 2 rue Pierre Bérégovoy, 87280 Limoges", code_postal="",
                    commune="", **NO_POINT),
        id="the square against a LOCATION at a venue in another quarter (Limoges)"),
]


@pytest.mark.parametrize(("square", "venue"), SAME)
def test_a_square_named_as_the_venue_is_the_street_of_the_others_venue(index, square, venue):
    assert merged_as_one(square, venue, index)


@pytest.mark.parametrize(("square", "venue"), APART)
def test_a_square_named_as_the_venue_is_not_another_street(index, square, venue):
    assert not merged_as_one(square, venue, index)


# A venue field holding a numbered address alone (« 12 rue Colbert » under « Lieu », the address column empty): that
# address, as when it is written in the address field; another number or another street of the town is another place.
ADDRESS_SAME = [
    pytest.param(
        record_2022(SHEET, "BZH-109", titre="Atelier couture", date_debut="2022-11-08T14:00:00+01:00",
                    date_fin="2022-11-08T17:00:00+01:00", organisateur="Recyclerie Pays de Lorient",
                    lieu="12 rue Colbert",
                    adresse="", code_postal="56100", commune="Lorient", **NO_POINT),
        record_2022("plateforme", "14", titre="Atelier couture récup'", date_debut="2022-11-08T14:00:00+01:00",
                    date_fin="2022-11-08T17:00:00+01:00", organisateur="Recyclerie du Pays de Lorient",
                    lieu="La Recyclerie",
                    adresse="12 rue Colbert", code_postal="56100", commune="Lorient", **NO_POINT),
        id="a spreadsheet's « Lieu » holding the address (Lorient)"),
    pytest.param(
        record_2022(SHEET, "BZH-110", titre="Atelier auto-réparation vélo", date_debut="2022-11-23T14:00:00+01:00",
                    date_fin="2022-11-23T18:00:00+01:00", organisateur="Vélo Utile", lieu="7 r. de Kerampont, Lannion",
                    adresse="", code_postal="", commune="Lannion", **NO_POINT),
        record_2022("plateforme", "17", titre="Atelier d'autoréparation de vélos",
                    date_debut="2022-11-23T14:00:00+01:00",
                    date_fin="2022-11-23T18:00:00+01:00", organisateur="Vélo Utile Lannion", lieu="Atelier Vélo Utile",
                    adresse="7 rue de Kerampont", code_postal="22300", commune="Lannion", **NO_POINT),
        id="a spreadsheet's « Lieu » holding the abbreviated address and the town (Lannion)"),
    pytest.param(
        record_2022("plateforme", "4", titre="Conférence : une monnaie locale pour le Poitou ?",
                    date_debut="2022-11-23T19:00:00+01:00", date_fin="2022-11-23T21:00:00+01:00",
                    organisateur="Association pour une monnaie locale en Poitou", lieu="23 rue du Pigeon Blanc",
                    adresse="",
                    code_postal="86000", commune="Poitiers", **NO_POINT),
        record_2022(AGENDA, "5004", titre="Une monnaie locale pour le Poitou ? Conférence-débat",
                    date_debut="2022-11-23T19:00:00+01:00", date_fin="2022-11-23T21:00:00+01:00", organisateur="AMLP",
                    lieu="Maison des Trois Quartiers", adresse="23 rue du Pigeon Blanc, 86000 Poitiers",
                    code_postal="86000",
                    commune="Poitiers", **NO_POINT),
        id="the platform's place named by its address, the agenda's venue there (Poitiers)"),
]

ADDRESS_APART = [
    pytest.param(
        record_2022(SHEET, "BZH-120", titre="Atelier couture", date_debut="2022-11-08T14:00:00+01:00",
                    date_fin="2022-11-08T17:00:00+01:00", organisateur="Recyclerie Pays de Lorient",
                    lieu="40 rue Colbert",
                    adresse="", code_postal="56100", commune="Lorient", **NO_POINT),
        record_2022("plateforme", "60", titre="Atelier couture", date_debut="2022-11-08T14:00:00+01:00",
                    date_fin="2022-11-08T17:00:00+01:00", organisateur="Recyclerie Pays de Lorient",
                    lieu="La Recyclerie",
                    adresse="12 rue Colbert", code_postal="56100", commune="Lorient", **NO_POINT),
        id="another number of the street (Lorient)"),
    pytest.param(
        record_2022("plateforme", "61", titre="Repair café", date_debut="2022-11-19T14:00:00+01:00",
                    date_fin="2022-11-19T17:00:00+01:00", organisateur="Repair Café Tours",
                    lieu="35 avenue de l'Europe",
                    adresse="", code_postal="37100", commune="Tours", **NO_POINT),
        record_2022(AGENDA, "4061", titre="Repair café", date_debut="2022-11-19T14:00:00+01:00",
                    date_fin="2022-11-19T17:00:00+01:00", organisateur="Repair Café Tours",
                    lieu="Centre social Pluriel(le)s",
                    adresse="2 rue Gabriel Fauré, 37200 Tours", code_postal="37200", commune="Tours", **NO_POINT),
        id="one title the same afternoon at another street (Tours)"),
]


@pytest.mark.parametrize(("address", "venue"), ADDRESS_SAME)
def test_an_address_alone_in_the_venue_field_is_that_address(index, address, venue):
    assert merged_as_one(address, venue, index)


@pytest.mark.parametrize(("address", "venue"), ADDRESS_APART)
def test_an_address_alone_in_the_venue_field_is_not_another(index, address, venue):
    assert not merged_as_one(address, venue, index)
