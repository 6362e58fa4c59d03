"""A street named after an ordinal is one street however a source writes it: in roman figures with « e » or « ème »
(« rue du XXe Corps Américain » / « rue du XXème Corps Américain »), in figures (« 26e RI » / « XXVIe RI »), spelled out
(« Troisième Millénaire » / « IIIe Millénaire »), a feminine first (« 1ère », « 1re », « Première »): the same event
there is one. Two ordinals that differ, or a date's number, name other streets."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022

SHEET = "cress-grand-est-tableur"
AGENDA = "cress-grand-est-openagenda"
ICS = "reseau-nancy-ical"
NO_POINT = dict(latitude=None, longitude=None)

ev = record_2022


METZ = ev("plateforme", "2", titre="Repair café du Sablon", date_debut="2022-11-12T14:30:00+01:00",
          date_fin="2022-11-12T17:30:00+01:00", organisateur="MJC Metz-Sud", lieu="MJC Metz-Sud",
          adresse="87 rue du XXe Corps Américain", code_postal="57000", commune="Metz", **NO_POINT)
NANCY = ev("plateforme", "5", titre="Bourse aux jouets solidaire", date_debut="2022-11-19T09:00:00+01:00",
           date_fin="2022-11-19T13:00:00+01:00", organisateur="Secours populaire Nancy", lieu="Local de l'antenne",
           adresse="12 rue du 26e Régiment d'Infanterie", code_postal="54000", commune="Nancy", **NO_POINT)
MULHOUSE = ev("plateforme", "8", titre="Atelier vélo participatif", date_debut="2022-11-16T17:00:00+01:00",
              date_fin="2022-11-16T19:00:00+01:00", organisateur="Vélo Solidaire Mulhouse", lieu="L'Atelier",
              adresse="4 avenue de la 1ère Division Blindée", code_postal="68100", commune="Mulhouse", **NO_POINT)
SAINT_ETIENNE = ev("plateforme", "11", titre="Portes ouvertes de la ressourcerie",
                   date_debut="2022-11-26T10:00:00+01:00", date_fin="2022-11-26T17:00:00+01:00",
                   organisateur="Ressourcerie Stéphanoise", lieu="La Ressourcerie",
                   adresse="8 rue du Troisième Millénaire", code_postal="42000", commune="Saint-Étienne", **NO_POINT)

SAME = [
    pytest.param(METZ, ev(SHEET, "GE-105", titre="Repair Café Sablon", date_debut="2022-11-12T14:30:00+01:00",
                          date_fin="2022-11-12T17:30:00+01:00", organisateur="MJC Metz Sud", lieu="MJC Metz-Sud",
                          adresse="87 rue du XXème Corps Américain", code_postal="57000", commune="Metz", **NO_POINT),
                 id="a spreadsheet's « XXème » for « XXe » (Metz)"),
    pytest.param(NANCY, ev(AGENDA, "7781", titre="Bourse aux jouets", date_debut="2022-11-19T09:00:00+01:00",
                           date_fin="2022-11-19T13:00:00+01:00", organisateur="Secours populaire français",
                           lieu="Secours populaire", adresse="12 rue du XXVIe Régiment d'Infanterie, 54000 Nancy",
                           code_postal="54000", commune="Nancy", **NO_POINT),
                 id="an agenda's roman « XXVIe » for « 26e » (Nancy)"),
    pytest.param(MULHOUSE, ev(SHEET, "GE-212", titre="Atelier vélo", date_debut="2022-11-16T17:00:00+01:00",
                              date_fin="", organisateur="Vélo Solidaire", lieu="Atelier",
                              adresse="4 av. de la 1re Division Blindée", code_postal="68100", commune="Mulhouse",
                              **NO_POINT),
                 id="a spreadsheet's « 1re » for « 1ère » (Mulhouse)"),
    pytest.param(SAINT_ETIENNE, ev(ICS, "po@ressourcerie", titre="Portes ouvertes ressourcerie",
                                   date_debut="2022-11-26T10:00:00+01:00", date_fin="2022-11-26T17:00:00+01:00",
                                   organisateur="", lieu="", adresse="8 rue du IIIe Millénaire, Saint-Étienne",
                                   code_postal="", commune="", **NO_POINT),
                 id="a LOCATION's « IIIe » for « Troisième » (Saint-Étienne)"),
]

APART = [
    pytest.param(NANCY, ev(AGENDA, "7782", titre="Bourse aux jouets solidaire", date_debut="2022-11-19T09:00:00+01:00",
                           date_fin="2022-11-19T13:00:00+01:00", organisateur="Secours populaire Nancy",
                           lieu="Local de l'antenne", adresse="12 rue du XXIVe Régiment d'Infanterie, 54000 Nancy",
                           code_postal="54000", commune="Nancy", **NO_POINT),
                 id="another regiment's street (Nancy)"),
    pytest.param(MULHOUSE, ev(SHEET, "GE-213", titre="Atelier vélo participatif",
                              date_debut="2022-11-16T17:00:00+01:00", date_fin="2022-11-16T19:00:00+01:00",
                              organisateur="Vélo Solidaire Mulhouse", lieu="L'Atelier", adresse="4 avenue du 1er Mai",
                              code_postal="68100", commune="Mulhouse", **NO_POINT),
                 id="a date's number, not the ordinal (Mulhouse)"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_an_ordinal_written_otherwise_is_the_same_street(index, first, second):
    assert merged_as_one(first, second, index)


@pytest.mark.parametrize(("first", "second"), APART)
def test_another_ordinal_or_a_date_is_another_street(index, first, second):
    assert not merged_as_one(first, second, index)
