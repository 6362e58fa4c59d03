"""A venue's number written with or without its ordinal's ending (« Mairie 14 » / « Mairie du 14e », « Mairie du 7ème »
/ « Mairie 7 », « Bibliothèque du 3e » / « Bibliothèque 3 »): one venue, in Paris, Lyon or Marseille; two numbers stay
two town halls or rooms. Each case gives the groups of more than one record the merge must publish (none: every
record alone)."""

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


CASES = {
    "sheet « Mairie 14 », 75014 / platform « Mairie du 14e », beside the organiser's apéro of the 10e": (
        [listed(PLATFORM, "1", "Apéro des acteurs de l'ESS", "Ville de Paris", "2022-11-24T18:30:00+01:00",
                lieu="Mairie du 14e", adresse="2 place Ferdinand Brunot", code_postal="75014", commune="Paris"),
         listed(PLATFORM, "2", "Apéro des acteurs de l'ESS", "Ville de Paris", "2022-11-24T18:30:00+01:00",
                lieu="Mairie du 10e", adresse="72 rue du Faubourg Saint-Martin", code_postal="75010", commune="Paris"),
         listed(SHEET, "t1", "Apéro ESS", "Ville de Paris", "2022-11-24T18:30:00+01:00", lieu="Mairie 14",
                code_postal="75014", commune="Paris")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "agenda « Mairie du 7ème » / sheet « Mairie 7 », Lyon 7e": (
        [listed(AGENDA, "o1", "Exposition : l'ESS en images", "CRESS AURA", "2022-11-14T09:00:00+01:00",
                lieu="Mairie du 7ème", adresse="16 place Jean Macé, 69007 Lyon", code_postal="69007", commune="Lyon",
                code_insee_source="69387"),
         listed(SHEET, "t1", "Expo L'ESS en images", "CRESS Auvergne-Rhône-Alpes", "2022-11-14", lieu="Mairie 7",
                commune="Lyon 7e")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "platform « Bibliothèque du 3e » / sheet « Bibliothèque 3 », Marseille": (
        [listed(PLATFORM, "1", "Lecture publique : les coopératives racontées", "Cité des métiers",
                "2022-11-19T15:00:00+01:00", lieu="Bibliothèque du 3e", adresse="38 rue Loubon", code_postal="13003",
                commune="Marseille"),
         listed(SHEET, "t1", "Lecture : les coopératives racontées", "Cité des Métiers", "2022-11-19T15:00:00+01:00",
                lieu="Bibliothèque 3", commune="Marseille 3")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: two town halls' numbers, one title the same evening, the arrondissement given by neither commune.
    "sheet « Mairie 14 » / platform « Mairie du 10e », one title the same evening": (
        [listed(PLATFORM, "1", "Apéro des acteurs de l'ESS", "Ville de Paris", "2022-11-24T18:30:00+01:00",
                lieu="Mairie du 10e", commune="Paris"),
         listed(SHEET, "t1", "Apéro ESS", "Ville de Paris", "2022-11-24T18:30:00+01:00", lieu="Mairie 14",
                commune="Paris")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_venues_ordinal(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
