"""« L'ESS » in a title is boilerplate (it says nothing of the event in the Mois de l'ESS): so is its name spelled out,
« l'économie sociale et solidaire », which one source writes where another abbreviates it. Its words then neither
keep two copies of an event apart (« Portes ouvertes : l'économie sociale et solidaire à l'université » / « Journée
portes ouvertes ESS à l'université »), nor make two events alike (« Village de l'économie sociale et solidaire » /
« Marché solidaire »)."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "1", "Portes ouvertes : l'économie sociale et solidaire à l'université",
                 "2022-11-17T13:30:00+01:00", "2022-11-17T17:00:00+01:00", "Université de Poitiers",
                 "Maison des étudiants", "1 rue Neuma", "86000", "Poitiers"),
        _listing("cress-nouvelle-aquitaine-tableur", "NA-12", "Journée portes ouvertes ESS à l'université",
                 "2022-11-17", "", "Univ. Poitiers", "MDE", "", "", "Poitiers"),
        id="Nouvelle-Aquitaine, a sheet's date-only row"),
    pytest.param(
        _listing("plateforme", "2", "Conférence : l'économie sociale et solidaire face aux crises",
                 "2022-11-22T18:00:00+01:00", "2022-11-22T20:00:00+01:00", "Sciences Po Lille",
                 "Sciences Po Lille - Amphithéâtre Pierre Mauroy", "9 rue Auguste Angellier", "59000", "Lille"),
        _listing("reseau-lille-ical", "crises@reseau", "L'ESS face aux crises : conférence-débat", "2022-11-22",
                 "2022-11-22", "", "Sciences Po Lille", "", "", "Lille"),
        id="Hauts-de-France, a calendar's all-day event naming the school alone"),
    pytest.param(
        _listing("cress-occitanie-openagenda", "4021", "Quiz géant sur l'économie sociale et solidaire",
                 "2022-11-24T19:00:00+01:00", "2022-11-24T21:30:00+01:00", "Les Jeunes de l'ESS Occitanie",
                 "Bar associatif La Ginguette", "2 rue des Arts", "34000", "Montpellier"),
        _listing("reseau-montpellier-ical", "quiz@reseau", "Le grand quiz de l'ESS", "2022-11-24", "2022-11-24", "",
                 "La Ginguette", "", "", "Montpellier"),
        id="Occitanie, a calendar's all-day event naming the bar alone"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_the_social_economy_spelled_out_or_abbreviated_is_one_title(first, second, index):
    assert merged_as_one(first, second, index)

