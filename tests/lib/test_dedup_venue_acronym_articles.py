"""A venue named by an acronym that keeps its prepositions' letters (« MDA » for Maison des associations, « MDE » for
Maison de l'emploi, « MPT » for Maison pour tous) and its town, where a record gives nothing else of its place (an ICS
LOCATION « MDA Colmar »), is that venue when the edition places one venue of those initials in that town: the same
event there is one. Another town's, or a town where two venues have those initials, stays apart."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_as_one, merged_keys, record_2022

ICS = "reseau-colmar-ical"
NO_POINT = dict(latitude=None, longitude=None)

ev = record_2022


def _merged_among(first: dict, second: dict, index, *others: dict) -> bool:
    """Whether the first two records are published in one row, the others being more records of the edition."""
    result = deduplicate(frame(first, second, *others), index)
    keys = {f"{first['source']}:{first['source_identifiant']}", f"{second['source']}:{second['source_identifiant']}"}
    return any(keys <= group for group in merged_keys(result))


def located(identifier: str, title: str, start: str, location: str) -> dict:
    """An association's calendar entry: a SUMMARY, a TZID start, a LOCATION and nothing else."""
    return ev(ICS, identifier, titre=title, date_debut=start, date_fin="", organisateur="", lieu="", adresse=location,
              code_postal="", commune="", **NO_POINT)


COLMAR = ev("plateforme", "122", titre="Permanence juridique pour les associations",
            date_debut="2022-11-08T17:00:00+01:00", date_fin="2022-11-08T19:00:00+01:00",
            organisateur="Maison des associations de Colmar", lieu="Maison des associations",
            adresse="6 route d'Ingersheim", code_postal="68000", commune="Colmar", **NO_POINT)
LENS = ev("plateforme", "40", titre="Job dating des structures d'insertion", date_debut="2022-11-17T09:00:00+01:00",
          date_fin="2022-11-17T12:00:00+01:00", organisateur="Réseau IAE du Bassin minier",
          lieu="Maison de l'emploi", adresse="24 rue Jean Letienne", code_postal="62300", commune="Lens", **NO_POINT)
FOUGERES = ev("cress-bretagne-openagenda", "8812", titre="Atelier d'initiation au compostage",
              date_debut="2022-11-23T18:00:00+01:00", date_fin="2022-11-23T20:00:00+01:00",
              organisateur="Fougères Compost", lieu="Maison pour tous", adresse="2 rue de la Forêt",
              code_postal="35300", commune="Fougères", **NO_POINT)

SAME = [
    pytest.param(COLMAR, located("perm@mda-colmar", "Permanence juridique associations", "2022-11-08T17:00:00+01:00",
                                 "MDA Colmar"), id="« MDA Colmar » (Colmar)"),
    pytest.param(LENS, located("jobdating@iae", "Job dating IAE", "2022-11-17T09:00:00+01:00", "MDE Lens"),
                 id="« MDE Lens » (Lens)"),
    pytest.param(FOUGERES, located("compost@fougeres", "Initiation compostage", "2022-11-23T18:00:00+01:00",
                                   "MPT de Fougères"), id="« MPT de Fougères » (Fougères)"),
]


@pytest.mark.parametrize(("full", "acronym"), SAME)
def test_an_acronym_keeping_its_prepositions_and_its_town_is_the_venue(index, full, acronym):
    assert merged_as_one(full, acronym, index)


def test_another_towns_venue_of_those_initials_stays_apart(index):
    mulhouse = located("perm@mda-mulhouse", "Permanence juridique associations", "2022-11-08T17:00:00+01:00",
                       "MDA Mulhouse")
    assert not merged_as_one(COLMAR, mulhouse, index)


def test_two_venues_of_those_initials_in_the_town_resolve_nothing(index):
    artists = ev("cress-grand-est-openagenda", "9001", titre="Permanence juridique pour les artistes",
                 date_debut="2022-11-08T17:00:00+01:00", date_fin="2022-11-08T19:00:00+01:00",
                 organisateur="Maison des artistes", lieu="Maison des artistes", adresse="12 rue Vauban",
                 code_postal="68000", commune="Colmar", **NO_POINT)
    ics = located("perm@mda-colmar", "Permanence juridique", "2022-11-08T17:00:00+01:00", "MDA Colmar")
    assert not _merged_among(COLMAR, ics, index, artists)
    assert not _merged_among(artists, ics, index, COLMAR)
