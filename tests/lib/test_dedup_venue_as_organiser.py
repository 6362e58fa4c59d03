"""The venue credited as the organiser (« Cinéma Le Basselin » at the Cinéma Le Basselin, a tiers-lieu listing what it
hosts) by one copy, the group holding the event there by another that gives no end (a spreadsheet's « 20h30 »): one
event at one place and time, the titles close. Two subjects at one venue at one hour stay two (two screens of one
cinema, two workshops of a tiers-lieu). Each case gives the groups of more than one record the merge must publish
(none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="", lieu="",
           commune="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        **more})


BASSELIN = dict(lieu="Cinéma Le Basselin", adresse="Rue des Halles", code_postal="14500", commune="Vire Normandie")
RECYCLERIE = dict(lieu="La REcyclerie", adresse="83 boulevard Ornano", code_postal="75018", commune="Paris")
# The spreadsheet gives the venue and the town, no street.
BASSELIN_ROW = dict(lieu="Cinéma Le Basselin", code_postal="14500", commune="Vire")
RECYCLERIE_ROW = dict(lieu="La Recyclerie", commune="Paris 18e")

CASES = {
    "platform by « Cinéma Le Basselin » / sheet by « Terre de Liens », no end, « Vire »": (
        [listed(PLATFORM, "1", "Ciné-débat « Les Mains dans la terre »", "Cinéma Le Basselin",
                "2022-11-17T20:30:00+01:00", date_fin="2022-11-17T22:30:00+01:00", **BASSELIN),
         listed(SHEET, "t1", "Ciné-débat Les mains dans la terre", "Terre de Liens", "2022-11-17T20:30:00+01:00",
                **BASSELIN_ROW)],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "platform by « La REcyclerie » / sheet by « Repair Café Paris 18 », no end": (
        [listed(PLATFORM, "1", "Atelier réparation de petit électroménager", "La REcyclerie",
                "2022-11-12T14:00:00+01:00", date_fin="2022-11-12T17:00:00+01:00", **RECYCLERIE),
         listed(SHEET, "t1", "Atelier réparation électroménager", "Repair Café Paris 18", "2022-11-12T14:00:00+01:00",
                **RECYCLERIE_ROW)],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "agenda by « Le Jardin Moderne » / sheet by the collective, no end, Rennes": (
        [listed(AGENDA, "o1", "Soirée zéro déchet : la fabrique à produits ménagers", "Le Jardin Moderne",
                "2022-11-24T19:00:00+01:00", date_fin="2022-11-24T22:00:00+01:00", lieu="Le Jardin Moderne",
                adresse="11 rue du Manoir de Servigné, 35000 Rennes", code_postal="35000", commune="Rennes"),
         listed(SHEET, "t1", "Soirée zéro déchet - fabrique de produits ménagers", "Collectif Zéro Déchet Rennes",
                "2022-11-24T19:00:00+01:00", lieu="Jardin Moderne", commune="Rennes")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    # Apart: two films at one cinema at one hour, the cinema credited by one copy.
    "platform by « Cinéma Le Basselin », « Demain » / sheet by « Terre de Liens », another film, one hour": (
        [listed(PLATFORM, "1", "Ciné-débat « Demain »", "Cinéma Le Basselin", "2022-11-17T20:30:00+01:00",
                date_fin="2022-11-17T22:30:00+01:00", **BASSELIN),
         listed(SHEET, "t1", "Ciné-débat Les mains dans la terre", "Terre de Liens", "2022-11-17T20:30:00+01:00",
                **BASSELIN_ROW)],
        []),
    # Apart: two workshops of a tiers-lieu at one hour, the tiers-lieu credited by one copy.
    "platform by « La REcyclerie », sewing / sheet by the repair café, repairs, one hour": (
        [listed(PLATFORM, "1", "Atelier couture : réparer ses vêtements", "La REcyclerie",
                "2022-11-12T14:00:00+01:00", date_fin="2022-11-12T17:00:00+01:00", **RECYCLERIE),
         listed(SHEET, "t1", "Atelier réparation électroménager", "Repair Café Paris 18", "2022-11-12T14:00:00+01:00",
                **RECYCLERIE_ROW)],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_venue_credited_as_the_organiser(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
