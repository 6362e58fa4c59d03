"""An association's general assembly, « Assemblée générale » on the platform or an agenda, « AG » in a sheet's row or a
calendar's SUMMARY, is one title (its two letters are read by no rule of initials); and two bodies' general
assemblies, often held in one venue's rooms the same evening from the same hour to the same hour, are two events
whatever their titles' likeness: no one but a network relaying it is credited with another body's assembly."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "", modalite: str = "presentiel") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite=modalite, lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_ASSEMBLY = [
    pytest.param(
        _listing("plateforme", "1", "Assemblée générale de Ty Vert", "2022-11-17T18:30:00+01:00",
                 "2022-11-17T20:30:00+01:00", "Ty Vert", "Maison des associations", "53 impasse de l'Odet", "29000",
                 "Quimper"),
        _listing("cress-bretagne-tableur", "BZH-04", "AG", "2022-11-17", "", "Ty Vert", "MDA", "", "29000",
                 "Quimper"),
        id="Bretagne, a sheet's date-only row « AG »"),
    pytest.param(
        _listing("plateforme", "5", "Assemblée générale de l'AMAP du Pin", "2022-11-25T20:00:00+01:00",
                 "2022-11-25T22:00:00+01:00", "AMAP du Pin", "Salle des fêtes", "Place de l'Église", "44000",
                 "Nantes"),
        _listing("cress-pays-de-la-loire-tableur", "PDL-3", "AG", "2022-11-25", "", "AMAP du Pin",
                 "Salle des fêtes", "", "44000", "Nantes"),
        id="Pays de la Loire, a sheet's date-only row without street"),
    pytest.param(
        _listing("plateforme", "9", "Assemblée générale de Alpes Solidaires", "2022-11-28T12:00:00+01:00",
                 "2022-11-28T13:30:00+01:00", "Alpes Solidaires", "En ligne", modalite="en_ligne"),
        _listing("cress-aura-tableur", "AU-9", "AG", "2022-11-28", "", "Alpes Solidaires", "Visio",
                 modalite="en_ligne"),
        id="Auvergne-Rhône-Alpes, online, a sheet's « Visio »"),
]


@pytest.mark.parametrize(("first", "second"), ONE_ASSEMBLY)
def test_ag_and_assemblee_generale_are_one_title(first, second, index):
    assert merged_as_one(first, second, index)


TWO_ASSEMBLIES = [
    pytest.param(
        _listing("plateforme", "6", "Assemblée générale de Ty Vert", "2022-11-17T18:30:00+01:00",
                 "2022-11-17T20:30:00+01:00", "Ty Vert", "Maison des associations", "53 impasse de l'Odet", "29000",
                 "Quimper"),
        _listing("cress-bretagne-openagenda", "3007", "Assemblée générale", "2022-11-17T18:30:00+01:00",
                 "2022-11-17T20:30:00+01:00", "Épicerie solidaire Ar Stal", "Maison des associations",
                 "53 impasse de l'Odet", "29000", "Quimper"),
        id="Bretagne, one title naming its association, the other bare"),
    pytest.param(
        _listing("plateforme", "7", "AG annuelle", "2022-11-23T19:00:00+01:00", "2022-11-23T21:00:00+01:00",
                 "Les Bricoleurs", "Maison des associations", "28 rue Denfert-Rochereau", "69004", "Lyon"),
        _listing("cress-aura-openagenda", "2207", "Assemblée générale annuelle", "2022-11-23T19:00:00+01:00",
                 "2022-11-23T21:00:00+01:00", "Croix-Rousse en transition", "Maison des associations",
                 "28 rue Denfert-Rochereau", "69004", "Lyon"),
        id="Auvergne-Rhône-Alpes, « AG » and « Assemblée générale » of two associations"),
    pytest.param(
        _listing("cress-hauts-de-france-openagenda", "5120", "Assemblée générale 2022", "2022-11-21T18:00:00+01:00",
                 "2022-11-21T20:00:00+01:00", "Les Amis de la Terre Nord", "Maison des associations de Lille",
                 "72 rue Royale", "59000", "Lille"),
        _listing("plateforme", "8", "Assemblée générale d'Alternatiba", "2022-11-21T18:00:00+01:00",
                 "2022-11-21T20:00:00+01:00", "Alternatiba Lille", "MDA de Lille", "72 rue Royale", "59000", "Lille"),
        id="Hauts-de-France, the same street and hours"),
]


@pytest.mark.parametrize(("first", "second"), TWO_ASSEMBLIES)
def test_two_associations_general_assemblies_at_one_venue_and_hour_are_two(first, second, index):
    assert not merged_as_one(first, second, index)
