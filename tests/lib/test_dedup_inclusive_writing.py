"""Inclusive writing in titles: the feminine ending a middle dot, a full stop, a hyphen or brackets set after a word
(« salarié·es », « citoyen·ne·s », « acteur.ices », « habitant-es », « adhérent(e)s »), and a word written with its
feminine (« salariés et salariées », « acteurs et actrices »). One source writes one form, another the other: title
keys keep the word once, so the endings, folded into words of their own (« salarie es »), no longer lower the
likeness of two copies of one event that nothing else ties (a calendar's copy without place nor organiser)."""

import pytest

from assets.lib.dedup import _organiser_keys, title_key
from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


@pytest.mark.parametrize(("title", "key"), [
    ("Rencontre des salarié·es de l'ESS", "rencontre des salarie de l"),
    ("Rencontre des salariés et salariées de l'ESS", "rencontre des salaries de l"),
    ("Apéro des acteur·rices", "apero des acteur"),
    ("Rencontre acteur.ices ESS", "rencontre acteur"),
    ("Réunion pour les habitant-es", "reunion pour les habitant"),
    ("Café des habitant.e.s", "cafe des habitant"),
    ("Réunion publique des citoyen·ne·s", "reunion publique des citoyen"),
    ("Accueil des adhérent(e)s", "accueil des adherent"),
    ("Vœux aux élu(es)", "voeux aux elu"),
    ("Les travailleur·euses sociaux·ales", "les travailleur sociaux"),
    ("Formation des trésorier·ères", "formation des tresorier"),
    ("Accueil des nouveaux et nouvelles bénévoles", "accueil des nouveaux benevoles"),
    ("Toutes et tous au jardin !", "tous au jardin"),
    ("PETIT-DÉJ DES SALARIÉ·ES", "petit dej des salarie"),
])
def test_a_title_key_keeps_a_word_written_inclusively_once(title, key):
    assert title_key(title) == key


@pytest.mark.parametrize(("title", "key"), [
    ("Fête de la soupe à Villers-le-Lac", "fete de la soupe a villers le lac"),
    ("Rencontre A.E.S. et E.S.S.", "rencontre a e s et e s s"),
    ("Pain et vin naturels", "pain et vin naturels"),
    ("Économie et écologie", "economie et ecologie"),
])
def test_a_title_key_takes_no_place_name_acronym_nor_pair_of_words_for_inclusive_writing(title, key):
    assert title_key(title) == key


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "9", "Rencontre des salarié·es de l'ESS", "2022-11-18T10:00:00+01:00",
                 "2022-11-18T12:00:00+01:00", "CRESS Bretagne", "Maison de quartier Bellevue", "1 rue Sisley",
                 "29200", "Brest"),
        _listing("reseau-brest-ical", "salaries@reseau", "Rencontre des salariés et salariées de l'ESS",
                 "2022-11-18T10:00:00+01:00", "2022-11-18T12:00:00+01:00", "", ""),
        id="Bretagne, a calendar without LOCATION nor ORGANIZER writing the doublet"),
    pytest.param(
        _listing("cress-hauts-de-france-openagenda", "81", "Café des salarié·es", "2022-11-24T09:00:00+01:00",
                 "2022-11-24T10:30:00+01:00", "APES Hauts-de-France", "La Gare Saint-Sauveur",
                 "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"),
        _listing("reseau-lille-ical", "cafe@apes", "Café des salariés et salariées", "2022-11-24T09:00:00+01:00",
                 "2022-11-24T10:30:00+01:00", "", ""),
        id="Hauts-de-France, a short title, the calendar giving no place"),
    pytest.param(
        _listing("plateforme", "93", "Accueil des bénévoles et des nouveaux·elles adhérent·es",
                 "2022-11-19T10:00:00+01:00", "2022-11-19T12:00:00+01:00", "Les Restos du Cœur de Gironde",
                 "Entrepôt des Restos", "", "33000", "Bordeaux"),
        _listing("reseau-bordeaux-ical", "accueil@restos", "Accueil bénévoles et nouveaux adhérents et nouvelles "
                 "adhérentes", "2022-11-19T10:00:00+01:00", "2022-11-19T12:00:00+01:00", "", ""),
        id="Nouvelle-Aquitaine, two words written inclusively, in the two forms"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_two_inclusive_writings_of_one_title_are_one_event(first, second, index):
    assert merged_as_one(first, second, index)


@pytest.mark.parametrize(("first", "second"), [
    pytest.param(
        _listing("plateforme", "233", "Apéro-débat : l'agriculture biologique", "2019-11-23T18:00:00+01:00",
                 "2019-11-23T20:00:00+01:00", "Les Ami·es de la Terre", "Espace Lucie Aubrac", "93 avenue Gambetta",
                 "35000", "Rennes"),
        _listing("reseau-rennes-ical", "bio@reseau", "[Les Ami·es de la Terre] Quel avenir pour le bio local ?",
                 "2019-11-23T19:00:00+01:00", "2019-11-23T21:00:00+01:00", "", "", commune="Rennes"),
        id="Bretagne, the organiser written inclusively, credited in the calendar's brackets, title reworded"),
    pytest.param(
        _listing("cress-occitanie-openagenda", "4", "Atelier compost", "2022-11-12T10:00:00+01:00",
                 "2022-11-12T12:00:00+01:00", "Collectif des habitant·es du Mirail", "Maison de quartier",
                 "2 place Abbal", "31100", "Toulouse"),
        _listing("reseau-toulouse-ical", "compost@reseau", "Collectif des habitant·es du Mirail : atelier compost",
                 "2022-11-12T10:00:00+01:00", "2022-11-12T12:00:00+01:00", "", "", commune="Toulouse"),
        id="Occitanie, the organiser written inclusively before the title"),
])
def test_an_organiser_written_inclusively_is_set_aside_from_the_title_that_credits_it(first, second, index):
    assert merged_as_one(first, second, index)


@pytest.mark.parametrize("name", ["Les Ami·es de la Terre", "Collectif des habitant·es du Mirail",
                                  "Association des adhérent(e)s de la Biocoop", "Union des salarié-es de la Coop"])
def test_an_organiser_written_inclusively_is_keyed_as_the_titles_crediting_it(name):
    # A title crediting its organiser (« [Les Ami·es de la Terre] Quel avenir pour le bio local ? ») has the name set
    # aside when its key holds the organiser's: both keep the word written inclusively once.
    assert _organiser_keys(name)[0] in title_key(f"[{name}] Quel avenir pour le bio local ?")
