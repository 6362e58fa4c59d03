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
