"""A hamlet, quarter or section that one copy gives as its place (« Boissard », « Hell-Bourg, Salazie », « La Mare, La
Hague ») and another as the line of its address beside the venue's name (« Épicerie solidaire », « Boissard, 97139
Les Abymes »), or that two copies give beside two names of one venue: the venue may stand there, no veto of two
venues. Two localities, or a locality and another venue's name, stay two places. Each case gives the groups of more
than one record the merge must publish (none: every record alone)."""

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
    "sheet « Boissard », « Abymes » / agenda « Épicerie solidaire », « Boissard, 97139 Les Abymes »": (
        [listed(AGENDA, "o1", "Épicerie solidaire de Boissard : portes ouvertes", "Épicerie solidaire Boissard",
                "2022-11-16T09:00:00-04:00", lieu="Épicerie solidaire", adresse="Boissard, 97139 Les Abymes",
                code_postal="97139", commune="Les Abymes", code_insee_source="97101"),
         listed(SHEET, "t1", "Portes ouvertes épicerie solidaire", "Épicerie Boissard", "2022-11-16T09:00:00+01:00",
                lieu="Boissard", commune="Abymes")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "LOCATION « Hell-Bourg, Salazie » / platform « Gîte communal », « Hell-Bourg »": (
        [listed(PLATFORM, "1", "Randonnée et pique-nique lontan", "Les Amis de Hell-Bourg",
                "2022-11-13T08:00:00+04:00", lieu="Gîte communal", adresse="Hell-Bourg", code_postal="97433",
                commune="Salazie"),
         listed(ICS, "i1", "Randonnée pique-nique lontan", "", "2022-11-13T04:00:00Z", adresse="Hell-Bourg, Salazie")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "LOCATION « La Mare, La Hague » / agenda « Ferme du Bois », « Hameau de la Mare, 50440 La Hague »": (
        [listed(AGENDA, "o1", "Ferme ouverte : élevage bio et vente directe", "Civam de la Manche",
                "2022-11-20T10:00:00+01:00", lieu="Ferme du Bois", adresse="Hameau de la Mare, 50440 La Hague",
                code_postal="50440", commune="La Hague", code_insee_source="50041"),
         listed(ICS, "i1", "Ferme ouverte élevage bio", "", "2022-11-20T09:00:00Z", adresse="La Mare, La Hague")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "agenda « Ferme pédagogique », « Montebello, 97170 Petit-Bourg » / platform « Ferme de Montebello », "
    "« Montebello »": (
        [listed(AGENDA, "o1", "Ferme pédagogique de Montebello : visite", "Ferme de Montebello",
                "2022-11-19T09:00:00-04:00", lieu="Ferme pédagogique", adresse="Montebello, 97170 Petit-Bourg",
                code_postal="97170", commune="Petit-Bourg", code_insee_source="97118"),
         listed(PLATFORM, "1", "Visite de la ferme pédagogique", "Ferme pédagogique de Montebello",
                "2022-11-19T09:00:00-04:00", lieu="Ferme de Montebello", adresse="Montebello", code_postal="97170",
                commune="Petit-Bourg")],
        [{f"{AGENDA}:o1", f"{PLATFORM}:1"}]),
    "sheet « Kerhuel », date only / platform « Ferme de Kerhuel », « Lieu-dit Kerhuel » and agenda « GAEC du "
    "Stang », « Kerhuel, 29710 Plonéis »": (
        [listed(PLATFORM, "1", "Portes ouvertes à la ferme", "GAEC du Stang", "2022-11-26T10:00:00+01:00",
                lieu="Ferme de Kerhuel", adresse="Lieu-dit Kerhuel", code_postal="29710", commune="Plonéis"),
         listed(AGENDA, "o1", "Ferme ouverte au GAEC du Stang", "GAEC du Stang", "2022-11-26T10:00:00+01:00",
                lieu="GAEC du Stang", adresse="Kerhuel, 29710 Plonéis", code_postal="29710", commune="Plonéis"),
         listed(SHEET, "t1", "Portes ouvertes ferme", "GAEC du Stang", "2022-11-26", lieu="Kerhuel",
                commune="Ploneis")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    # Apart: two groceries' open days in two localities of one commune, the same morning.
    "sheet « Boissard » / platform « Épicerie sociale », « Lauricisque », one commune, one morning": (
        [listed(PLATFORM, "1", "Portes ouvertes de l'épicerie solidaire", "Croix-Rouge Guadeloupe",
                "2022-11-16T09:00:00-04:00", lieu="Épicerie sociale", adresse="Lauricisque", code_postal="97139",
                commune="Les Abymes"),
         listed(SHEET, "t1", "Portes ouvertes épicerie solidaire", "Épicerie Boissard", "2022-11-16T09:00:00+01:00",
                lieu="Boissard", commune="Abymes")],
        []),
    # Apart: one hamlet's name beside a venue, another venue's name against it.
    "agenda « Salle des fêtes », « Le Hameau des Landes » / sheet « Médiathèque », one title the same evening": (
        [listed(AGENDA, "o1", "Soirée jeux de société", "Foyer rural", "2022-11-18T20:00:00+01:00",
                lieu="Salle des fêtes", adresse="Hameau des Landes, 61100 Caligny", code_postal="61100",
                commune="Caligny"),
         listed(SHEET, "t1", "Soirée jeux de société", "Ludothèque du Pays de Flers", "2022-11-18T20:00:00+01:00",
                lieu="Médiathèque", commune="Caligny")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_locality_beside_a_venue(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
