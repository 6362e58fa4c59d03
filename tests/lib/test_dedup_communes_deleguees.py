"""A commune déléguée named for the place (« Tourlaville », « Campeaux », « Seynod », its name's first words
« Equeurdreville »): a part of its commune nouvelle, as an arrondissement is of Paris. Two copies naming two
déléguées of one commune nouvelle are two places, whatever the venue (each village has its « Salle des fêtes »);
a copy naming the commune nouvelle, or the chef-lieu's name that a source writes for the whole town (« Vire »,
« Cherbourg-Octeville »), may be in any of them. Each case gives the groups of more than one record the merge must
publish (none: every record alone)."""

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
    "LOCATION « Tourlaville » between two bike swaps of Cherbourg-en-Cotentin, one in Équeurdreville": (
        [listed(PLATFORM, "8", "Bourse aux vélos solidaire", "Vélo Cotentin", "2022-11-26T10:00:00+01:00",
                lieu="Salle Paul-Éluard", adresse="Rue Paul-Éluard", code_postal="50110",
                commune="Cherbourg-en-Cotentin"),
         listed(PLATFORM, "9", "Bourse aux vélos", "Atelier vélo La Roue libre", "2022-11-26T10:00:00+01:00",
                lieu="Espace Jean Maréchal", adresse="Rue de la Paix", code_postal="50120",
                commune="Cherbourg-en-Cotentin"),
         listed(SHEET, "t7", "Bourse aux vélos", "Vélo Cotentin", "2022-11-26T10:00:00+01:00", lieu="Salle P. Eluard",
                code_postal="50110", commune="Tourlaville"),
         listed(SHEET, "t8", "Bourse vélos", "La Roue Libre", "2022-11-26T10:00:00+01:00", lieu="Espace J. Maréchal",
                code_postal="50120", commune="Equeurdreville"),
         listed(ICS, "i1", "Bourse aux vélos", "", "2022-11-26T10:00:00+01:00", adresse="Tourlaville")],
        [{f"{PLATFORM}:8", f"{SHEET}:t7", f"{ICS}:i1"}, {f"{PLATFORM}:9", f"{SHEET}:t8"}]),
    "sheet « Seynod » / agenda « Annecy » / LOCATION « Salle des fêtes, Seynod »": (
        [listed(AGENDA, "o1", "Repair café de Seynod", "Repair Café Annecy", "2022-11-19T14:00:00+01:00",
                lieu="Salle des fêtes de Seynod", adresse="Place de l'Hôtel de ville, 74600 Annecy",
                code_postal="74600", commune="Annecy", code_insee_source="74010"),
         listed(SHEET, "t1", "Repair café", "Repair Café Annecy", "2022-11-19T14:00:00+01:00",
                lieu="Salle des fêtes", commune="Seynod"),
         listed(ICS, "i1", "Repair café", "", "2022-11-19T13:00:00Z", adresse="Salle des fêtes, Seynod")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "sheet « Vire », the chef-lieu's name / LOCATION « Ferme de la Roque, Roullours »": (
        [listed(SHEET, "t1", "Ferme ouverte : élevage bio", "Civam du Calvados", "2022-11-20",
                lieu="Ferme de la Roque", commune="Vire"),
         listed(ICS, "i1", "Ferme ouverte élevage bio", "", "2022-11-20T09:00:00Z",
                adresse="Ferme de la Roque, Roullours")],
        [{f"{SHEET}:t1", f"{ICS}:i1"}]),
    # Apart: two villages' repair cafés at one hour, two communes déléguées of Souleuvre en Bocage.
    "sheet « Salle des fêtes », « Campeaux » / LOCATION « Salle des fêtes, Carville », one hour": (
        [listed(SHEET, "t1", "Repair café", "Repair café du Bocage", "2022-11-12T14:00:00+01:00",
                lieu="Salle des fêtes", code_postal="14350", commune="Campeaux"),
         listed(ICS, "i1", "Repair café", "", "2022-11-12T13:00:00Z", adresse="Salle des fêtes, Carville")],
        []),
    # Apart: Seynod and Cran-Gevrier, two déléguées of Annecy, one title at one hour.
    "sheet « Seynod » / LOCATION « Salle des fêtes, Cran-Gevrier », one title at one hour": (
        [listed(SHEET, "t1", "Repair café", "Repair Café Annecy", "2022-11-19T14:00:00+01:00",
                lieu="Salle des fêtes", commune="Seynod"),
         listed(ICS, "i1", "Repair café", "", "2022-11-19T13:00:00Z", adresse="Salle des fêtes, Cran-Gevrier")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_commune_deleguee_named(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
