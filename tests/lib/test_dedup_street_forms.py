"""Streets and venues one town writes two ways: a street's number written out or in digits (« rue des Trois Rois » /
« rue des 3 Rois », « rue du Quatre-Septembre », « rue du Premier-Mai »), a person's given name by its initial
(« bd D. Casanova » / « boulevard Danielle Casanova », « rue B. du Bois »), a venue by its acronym followed by its
district's name (« MPT Belsunce » / « Maison pour tous Belsunce », « MJC de Bréquigny »). Each case gives the groups of
more than one record the merge must publish (none: every record alone); the opposite cases keep two streets, two
numbers or two districts apart."""

import pytest

from assets.lib.dedup import deduplicate, place_key, street_of
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", lieu="", date_fin="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, adresse: str,
           code_postal: str, commune: str, **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        "adresse": adresse, "code_postal": code_postal, "commune": commune, **more})


@pytest.mark.parametrize(("one", "other"), [
    ("12 rue des Trois Rois", "12 rue des 3 Rois"),
    ("5 rue du Quatre-Septembre", "5 rue du 4 Septembre"),
    ("3 rue du Premier-Mai", "3 rue du 1er Mai"),
    ("7 avenue du Dix-Huit Juin 1940", "7 av. du 18 juin"),
    ("2 place des Deux Églises", "2 pl. des 2 Eglises"),
    ("85 boulevard Danielle Casanova", "85 bd D. Casanova"),
    ("16 rue Bernard du Bois", "16 rue B. du Bois"),
    ("4 rue Guy Môquet", "4 rue G. Moquet"),
    ("10 allée Xavier Bichat", "10 all. X. Bichat"),
])
def test_one_street_written_two_ways_is_one_street(one, other):
    assert street_of(place_key(one)) == street_of(place_key(other))


@pytest.mark.parametrize(("one", "other"), [
    ("12 rue des Trois Rois", "12 rue des 2 Rois"),
    ("5 rue du Quatre-Septembre", "5 rue du 14 Juillet"),
    ("3 rue du Premier-Mai", "3 rue du 8 Mai 1945"),
    ("85 boulevard Danielle Casanova", "85 boulevard Charles Moretti"),
    ("16 rue Bernard du Bois", "16 rue Bernard Palissy"),
    ("7 rue Sainte-Catherine", "7 rue Sainte-Anne"),
])
def test_two_streets_stay_two(one, other):
    assert street_of(place_key(one)) != street_of(place_key(other))


CASES = {
    "Marseille: « 12 rue des 3 Rois » / « 12 rue des Trois Rois », a reworded title": (
        [listed(PLATFORM, "1", "Atelier d'autoréparation vélo", "Vélo Sapiens", "2022-11-19T10:00:00+01:00",
                "12 rue des Trois Rois", "13006", "Marseille", lieu="Atelier Vélo Sapiens"),
         listed(AGENDA, "o1", "Atelier réparation de vélos", "Vélo Sapiens", "2022-11-19T10:00:00+01:00",
                "12 rue des 3 Rois", "13006", "Marseille", lieu="Vélo Sapiens")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Paris: « rue du Quatre-Septembre » / « rue du 4 Septembre », date only": (
        [listed(PLATFORM, "1", "Forum de la finance solidaire", "Finansol", "2022-11-24T09:30:00+01:00",
                "10 rue du Quatre-Septembre", "75002", "Paris"),
         listed(SHEET, "t1", "Forum finance solidaire", "Finansol", "2022-11-24", "10 rue du 4 Septembre", "75002",
                "Paris")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Marseille: « 85 bd D. Casanova » in a spreadsheet, date only": (
        [listed(PLATFORM, "1", "Journée portes ouvertes", "Recyclerie Mistral", "2022-11-19T10:00:00+01:00",
                "85 boulevard Danielle Casanova", "13014", "Marseille", lieu="Recyclerie Mistral"),
         listed(SHEET, "t1", "Portes ouvertes recyclerie", "Recyclerie Mistral", "2022-11-19",
                "85 bd D. Casanova", "13014", "Marseille")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Villeurbanne: « 3 av. G. Moquet » at the same hour": (
        [listed(AGENDA, "o1", "Café des possibles", "Le Mouvement associatif Rhône", "2022-11-15T18:00:00+01:00",
                "3 avenue Guy Môquet", "69100", "Villeurbanne"),
         listed(ICS, "i1", "Café des possibles - Villeurbanne", "", "2022-11-15T17:00:00Z",
                "3 av. G. Moquet, Villeurbanne", "", "")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "Marseille: « MPT Belsunce » alone in a LOCATION, in UTC": (
        [listed(PLATFORM, "1", "Repair café de Belsunce", "Repair Café Marseille Centre", "2022-11-19T14:00:00+01:00",
                "16 rue Bernard du Bois", "13001", "Marseille", lieu="Maison pour tous Belsunce"),
         listed(ICS, "i1", "Repair Café", "", "2022-11-19T13:00:00Z", "MPT Belsunce", "", "")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Rennes: « MJC de Bréquigny » / « Maison des jeunes et de la culture de Bréquigny »": (
        [listed(PLATFORM, "1", "Ciné-débat : Ma part du gâteau", "Cinéma associatif Rennes Sud",
                "2022-11-18T20:00:00+01:00", "15 avenue Georges Graff", "35200", "Rennes",
                lieu="Maison des jeunes et de la culture de Bréquigny"),
         listed(SHEET, "t1", "Ma part du gâteau (ciné débat)", "Cinéma associatif Rennes Sud",
                "2022-11-18T20:00:00+01:00", "", "", "Rennes", lieu="MJC de Bréquigny")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Lisieux: « Espace V. Hugo » in a spreadsheet / « Espace Victor Hugo »": (
        [listed(PLATFORM, "1", "Repair café de Lisieux", "Lisieux Repair Café", "2022-11-05T09:30:00+01:00",
                "Place Victor Hugo", "14100", "Lisieux", lieu="Espace Victor Hugo"),
         listed(SHEET, "t1", "Repair Café", "Repair Café Lisieux", "2022-11-05T09:30:00+01:00", "", "14100",
                "Lisieux", lieu="Espace V. Hugo")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Auxerre: « Salle J. Ferry » / « Salle Jules Ferry », date only": (
        [listed(AGENDA, "o1", "Bourse aux jouets solidaire", "Secours populaire de l'Yonne",
                "2022-11-26T09:00:00+01:00", "", "89000", "Auxerre", lieu="Salle Jules Ferry"),
         listed(SHEET, "t1", "Bourse aux jouets", "Secours populaire 89", "2022-11-26", "", "89000", "Auxerre",
                lieu="Salle J. Ferry")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "Saint-Lô: the business park alone, date only / « 2 rue des Landes, ZA des Landes »": (
        [listed(PLATFORM, "1", "Portes ouvertes de l'ESAT", "ESAT Les Ateliers de la Vire", "2022-11-18T10:00:00+01:00",
                "2 rue des Landes, ZA des Landes", "50000", "Saint-Lô", lieu="ESAT Les Ateliers de la Vire"),
         listed(PLATFORM, "2", "Portes ouvertes de l'entreprise d'insertion", "Vire Insertion",
                "2022-11-18T10:00:00+01:00", "12 rue des Landes, ZA des Landes", "50000", "Saint-Lô"),
         listed(SHEET, "t1", "Portes ouvertes ESAT", "ESAT Ateliers de la Vire", "2022-11-18", "ZA des Landes", "50000",
                "Saint-Lô")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: another district's Maison pour tous; the park alone by another organiser; two parks; a given name's
    # initial that is not the other venue's; another number of the street; two streets of one name but for their
    # numbers written out.
    "Marseille: « MPT Saint-Mauront » / « Maison pour tous Belsunce »": (
        [listed(PLATFORM, "1", "Repair café", "Repair Café Marseille Centre", "2022-11-19T14:00:00+01:00",
                "16 rue Bernard du Bois", "13001", "Marseille", lieu="Maison pour tous Belsunce"),
         listed(ICS, "i1", "Repair Café", "", "2022-11-19T13:00:00Z", "MPT Saint-Mauront", "", "")],
        []),
    "Auxerre: « Salle J. Ferry » / « Salle Jean Moulin »": (
        [listed(AGENDA, "o1", "Bourse aux jouets solidaire", "Secours populaire de l'Yonne",
                "2022-11-26T09:00:00+01:00", "", "89000", "Auxerre", lieu="Salle Jean Moulin"),
         listed(SHEET, "t1", "Bourse aux jouets", "Secours populaire 89", "2022-11-26", "", "89000", "Auxerre",
                lieu="Salle J. Ferry")],
        []),
    "Saint-Lô: the business park alone by another organiser": (
        [listed(PLATFORM, "1", "Portes ouvertes de l'ESAT", "ESAT Les Ateliers de la Vire", "2022-11-18T10:00:00+01:00",
                "2 rue des Landes, ZA des Landes", "50000", "Saint-Lô", lieu="ESAT Les Ateliers de la Vire"),
         listed(SHEET, "t1", "Portes ouvertes", "La Recyclerie du Bocage", "2022-11-18", "ZA des Landes", "50000",
                "Saint-Lô")],
        []),
    "Saint-Lô: « ZA des Landes » / « ZI du Bois »": (
        [listed(PLATFORM, "1", "Portes ouvertes de l'ESAT", "ESAT Les Ateliers de la Vire", "2022-11-18T10:00:00+01:00",
                "ZI du Bois", "50000", "Saint-Lô"),
         listed(SHEET, "t1", "Portes ouvertes ESAT", "ESAT Ateliers de la Vire", "2022-11-18", "ZA des Landes", "50000",
                "Saint-Lô")],
        []),
    "Marseille: « 12 rue des 3 Rois » / « 21 rue des Trois Rois »": (
        [listed(PLATFORM, "1", "Atelier vélo", "Vélo Sapiens", "2022-11-19T10:00:00+01:00",
                "12 rue des Trois Rois", "13006", "Marseille"),
         listed(AGENDA, "o1", "Atelier vélo", "Collectif Vélos en Ville", "2022-11-19T10:00:00+01:00",
                "21 rue des 3 Rois", "13006", "Marseille")],
        []),
    "Nantes: « 2 rue des Deux Ponts » / « 2 rue des Trois Ponts »": (
        [listed(PLATFORM, "1", "Atelier couture", "Les Fils d'Ariane", "2022-11-19T14:00:00+01:00",
                "2 rue des Deux Ponts", "44000", "Nantes"),
         listed(SHEET, "t1", "Atelier couture", "Couture solidaire", "2022-11-19", "2 rue des 3 Ponts", "44000",
                "Nantes")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_street_or_venue_written_otherwise(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
