"""French titles borrow English words for an event's format: « Open day » for « Journée portes ouvertes », « Afterwork »
(« After-work ») for « Apéro », « Meetup » for « Rencontre », « Swap » for « Troc », « Give box » for « Boîte à
dons ». One source writes the borrowed word, another the French one: title cores take both to one lemma, as they do
« Repair café » and « Café réparation », and the borrowed word to its format (see _FORMATS)."""

import pytest

from assets.lib.dedup import formats_of, title_core, title_key
from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


@pytest.mark.parametrize(("borrowed", "french"), [
    ("Open day du Fablab", "Portes ouvertes du Fablab"),
    ("Afterwork de l'ESS", "Apéro de l'ESS"),
    ("After-work solidaire", "Apéritif solidaire"),
    ("Meetup des entrepreneurs sociaux", "Rencontre des entrepreneurs sociaux"),
    ("Meet-up des entrepreneurs sociaux", "Rencontre des entrepreneurs sociaux"),
    ("Swap de vêtements", "Troc de vêtements"),
    ("Inauguration de la Give box", "Inauguration de la boîte à dons"),
])
def test_a_borrowed_word_and_its_french_are_one_lemma(borrowed, french):
    assert title_core(title_key(borrowed)) == title_core(title_key(french))


@pytest.mark.parametrize(("title", "event_format"), [
    ("Afterwork de l'ESS", "repas"), ("Meetup des entrepreneurs", "conference"), ("Swap de vêtements", "marche"),
])
def test_a_borrowed_word_names_its_format(title, event_format):
    assert event_format in formats_of(title_key(title))


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "1", "Open day du Fablab", "2022-11-18T14:00:00+01:00", "2022-11-18T18:00:00+01:00",
                 "Les Fabriques", "Maison de quartier Bellevue", "1 rue Sisley", "29200", "Brest"),
        _listing("cress-bretagne-tableur", "BZH-1", "Journée portes ouvertes du Fablab", "2022-11-18", "",
                 "Les Fabriques", "MQ Bellevue", "", "29200", "Brest"),
        id="Bretagne, a sheet's date-only row in French"),
    pytest.param(
        _listing("plateforme", "2", "Afterwork de l'ESS", "2022-11-24T18:30:00+01:00", "2022-11-24T21:00:00+01:00",
                 "Les Écossolies", "Le Solilab", "8 rue Saint-Domingue", "44200", "Nantes"),
        _listing("cress-pays-de-la-loire-tableur", "PDL-2", "Apéro de l'ESS", "2022-11-24", "", "Les Ecossolies",
                 "Solilab", "", "44200", "Nantes"),
        id="Pays de la Loire, a sheet's « Apéro »"),
    pytest.param(
        _listing("cress-bretagne-openagenda", "3", "Inauguration de la Give box", "2022-11-16T17:00:00+01:00",
                 "2022-11-16T18:30:00+01:00", "Centre social de Kervénanec", "Centre social de Kervénanec",
                 "Rue Henri Matisse", "56100", "Lorient"),
        _listing("reseau-lorient-ical", "givebox@reseau", "Inauguration de la boîte à dons", "2022-11-16",
                 "2022-11-16", "", "Lorient"),
        id="Bretagne, a calendar's all-day event giving the town alone"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_a_borrowed_word_and_its_french_are_one_event(first, second, index):
    assert merged_as_one(first, second, index)
