"""A venue field holding a street or a square alone (« Place Neuve » under « Lieu », the address left empty: a
spreadsheet's or an agenda's habit) is that street, as when the same text is written in the address field: the event
of another source at a venue on that street, the same day and hour, is that event; at a venue on another street, or
on another square of the town, it is not."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

SHEET = "cress-centre-tableur"
AGENDA = "cress-bretagne-openagenda"
ICS = "reseau-limoges-ical"
NO_POINT = dict(latitude=None, longitude=None)


def ev(source: str, identifier: str, **fields) -> dict:
    """A record of the 2022 edition, without description (the evidence is the place, the title, the time)."""
    return event(source, identifier, edition=2022, numero_edition=15, description="", **fields)


def _pair(first: dict, second: dict, index) -> bool:
    """Whether the two records are published as one event."""
    result = deduplicate(frame(first, second), index)
    keys = {f"{first['source']}:{first['source_identifiant']}", f"{second['source']}:{second['source_identifiant']}"}
    return frozenset(keys) in merged_keys(result)


# (the record naming the square alone, the venue's record), one event
SAME = [
    pytest.param(
        ev(SHEET, "CVL-17", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
           date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social du Sanitas", lieu="Place Neuve",
           adresse="", code_postal="37000", commune="Tours", **NO_POINT),
        ev("plateforme", "20", titre="Balade urbaine « L'ESS au Sanitas »", date_debut="2022-11-16T14:00:00+01:00",
           date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social du Sanitas",
           lieu="Centre social du Sanitas", adresse="10 place Neuve", code_postal="37000", commune="Tours",
           **NO_POINT),
        id="a spreadsheet's « Lieu » naming the square of the platform's venue (Tours)"),
    pytest.param(
        ev(AGENDA, "3021", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
           date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire",
           lieu="Place de la Liberté", adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        ev("plateforme", "21", titre="Marché solidaire de Noël", date_debut="2022-11-26T10:00:00+01:00",
           date_fin="2022-11-26T18:00:00+01:00", organisateur="Brest Solidaire",
           lieu="Esplanade de l'hôtel de ville", adresse="2 place de la Liberté", code_postal="29200",
           commune="Brest", **NO_POINT),
        id="an agenda's venue named as the square, the platform's venue at a number on it (Brest)"),
    pytest.param(
        ev("plateforme", "22", titre="Disco soupe anti-gaspi", date_debut="2022-11-19T11:00:00+01:00",
           date_fin="2022-11-19T15:00:00+01:00", organisateur="Slow Food Limousin", lieu="Place de la Motte",
           adresse="", code_postal="87000", commune="Limoges", **NO_POINT),
        ev(ICS, "disco@limoges", titre="Disco Soupe", date_debut="2022-11-19T11:00:00+01:00",
           date_fin="2022-11-19T15:00:00+01:00", organisateur="", lieu="",
           adresse="Halles centrales, 1 place de la Motte, 87000 Limoges", code_postal="", commune="", **NO_POINT),
        id="the platform's venue the square, a LOCATION with the market hall on it (Limoges)"),
]

# The same kind of record against a venue elsewhere in the town: two events.
APART = [
    pytest.param(
        ev(SHEET, "CVL-18", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
           date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social", lieu="Place Neuve", adresse="",
           code_postal="37000", commune="Tours", **NO_POINT),
        ev("plateforme", "30", titre="Balade urbaine ESS", date_debut="2022-11-16T14:00:00+01:00",
           date_fin="2022-11-16T16:00:00+01:00", organisateur="Centre social",
           lieu="Centre social Pluriel(le)s", adresse="2 rue Gabriel Fauré", code_postal="37200", commune="Tours",
           **NO_POINT),
        id="the square against a venue at another street (Tours)"),
    pytest.param(
        ev(AGENDA, "3031", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
           date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire",
           lieu="Place de la Liberté", adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        ev("plateforme", "31", titre="Marché de Noël solidaire", date_debut="2022-11-26T10:00:00+01:00",
           date_fin="2022-11-26T18:00:00+01:00", organisateur="Collectif Brest Solidaire", lieu="Place Guérin",
           adresse="", code_postal="29200", commune="Brest", **NO_POINT),
        id="two squares of one town, one name each (Brest)"),
    pytest.param(
        ev("plateforme", "32", titre="Disco soupe", date_debut="2022-11-19T11:00:00+01:00",
           date_fin="2022-11-19T15:00:00+01:00", organisateur="Slow Food Limousin", lieu="Place de la Motte",
           adresse="", code_postal="87000", commune="Limoges", **NO_POINT),
        ev(ICS, "disco2@limoges", titre="Disco soupe", date_debut="2022-11-19T11:00:00+01:00",
           date_fin="2022-11-19T15:00:00+01:00", organisateur="", lieu="",
           adresse="Centre social de Beaubreuil, 2 rue Pierre Bérégovoy, 87280 Limoges", code_postal="",
           commune="", **NO_POINT),
        id="the square against a LOCATION at a venue in another quarter (Limoges)"),
]


@pytest.mark.parametrize(("square", "venue"), SAME)
def test_a_square_named_as_the_venue_is_the_street_of_the_others_venue(index, square, venue):
    assert _pair(square, venue, index)


@pytest.mark.parametrize(("square", "venue"), APART)
def test_a_square_named_as_the_venue_is_not_another_street(index, square, venue):
    assert not _pair(square, venue, index)
