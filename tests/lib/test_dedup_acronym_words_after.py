"""An acronym whose last word gives its first few letters, more words of the name following that it leaves out:
« URSCOP » for « Union régionale des Scop et Scic » (the unions' name since the Scic joined them), with or without the
région after it. The organiser then does not part two copies of an event; another body of the région (« URSSAF ») is
still another organiser."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_as_one, merged_keys, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "5", "Atelier : créer son entreprise en coopérative", "2022-11-19T15:00:00+01:00",
                 "2022-11-19T16:00:00+01:00", "Union régionale des Scop et Scic Bourgogne-Franche-Comté",
                 "Micropolis - Salle A", "3 boulevard Ouest", "25000", "Besançon"),
        _listing("cress-bfc-tableur", "BFC-04", "Atelier créer en Scop - 2e session", "2022-11-19T15:00:00",
                 "", "URSCOP BFC", "Micropolis Salle A", "", "", "Besançon"),
        id="Bourgogne-Franche-Comté, a sheet's acronym and the région's initials"),
    pytest.param(
        _listing("plateforme", "6", "Petit-déjeuner de la coopération : découvrir les Scop et les Scic",
                 "2022-11-24T08:30:00+01:00", "2022-11-24T10:00:00+01:00",
                 "Union régionale des Scop et Scic Centre-Val de Loire", "Le Hub", "10 rue Édouard Vaillant", "37000",
                 "Tours"),
        _listing("cress-centre-val-de-loire-openagenda", "3006", "Découvrir les SCOP et SCIC autour d'un café",
                 "2022-11-24T08:30:00+01:00", "2022-11-24T10:00:00+01:00", "URSCOP", "Le Hub",
                 "10 rue Edouard Vaillant, 37000 Tours", "37000", "Tours"),
        id="Centre-Val de Loire, the acronym alone"),
    pytest.param(
        _listing("plateforme", "7", "Webinaire : reprendre une entreprise en Scop", "2022-11-15T12:30:00+01:00",
                 "2022-11-15T13:30:00+01:00", "Union régionale des Scop et des Scic d'Occitanie",
                 "Maison de la Coopération", "12 rue de Tivoli", "31000", "Toulouse"),
        _listing("cress-occitanie-tableur", "OCC-31", "Reprise d'entreprise en Scop : webinaire",
                 "2022-11-15T12:30:00", "", "URSCOP Occitanie", "Maison de la coopération", "", "", "Toulouse"),
        id="Occitanie, the acronym and the région"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_an_acronym_leaving_out_the_names_last_words_is_that_organiser(first, second, index):
    assert merged_as_one(first, second, index)


def test_another_body_of_the_region_at_one_venue_that_morning_is_another_organiser(index):
    coop = _listing("plateforme", "8", "Information : créer une entreprise", "2022-11-17T09:30:00+01:00",
                    "2022-11-17T11:00:00+01:00", "Union régionale des Scop et Scic Bourgogne-Franche-Comté",
                    "Maison de l'économie", "46 avenue Villarceau", "25000", "Besançon")
    urssaf = _listing("cress-bfc-tableur", "BFC-30", "Réunion d'info : créer son entreprise", "2022-11-17T09:30:00",
                      "", "URSSAF Bourgogne-Franche-Comté", "Maison de l'économie", "", "", "Besançon")
    assert all(len(group) == 1 for group in merged_keys(deduplicate(frame(coop, urssaf), index)))
