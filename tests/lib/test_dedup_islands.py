"""An island or archipelago of several communes named in place of the commune (« Les Saintes », « Marie-Galante »,
« Belle-Île », « Île de Ré », « Oléron »), by a spreadsheet or a LOCATION « Terre-de-Haut (Les Saintes) »: its
communes, so that the copies giving one of them merge; never a commune its words key to (« Les Saintes » is not
Saintes, Charente-Maritime), so that an event there and one on the mainland stay two. Each case gives the groups of
more than one record the merge must publish (none: every record alone)."""

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
    # A spreadsheet's hours overseas are read in Paris time by the normaliser when it cannot tell the territory.
    "sheet « Les Saintes », its hour read in Paris time / platform Terre-de-Haut, / LOCATION « Terre-de-Haut (Les "
    "Saintes) »": (
        [listed(PLATFORM, "1", "Conférence : le tourisme solidaire aux Saintes", "Office de tourisme des Saintes",
                "2022-11-18T18:00:00-04:00", lieu="Salle de la mairie", adresse="Rue Jean Calot", code_postal="97137",
                commune="Terre-de-Haut"),
         listed(ICS, "i1", "Tourisme solidaire : conférence", "", "2022-11-18T22:00:00Z",
                adresse="Terre-de-Haut (Les Saintes)"),
         listed(SHEET, "t1", "Tourisme solidaire aux Saintes", "Office de tourisme des Saintes",
                "2022-11-18T18:00:00+01:00", lieu="Mairie", commune="Les Saintes")],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{SHEET}:t1"}]),
    "LOCATION « Grand-Bourg (Marie-Galante) » / agenda Grand-Bourg": (
        [listed(AGENDA, "o1", "Marché paysan et solidaire", "Coopérative des producteurs de Marie-Galante",
                "2022-11-26T08:00:00-04:00", lieu="Place du marché", adresse="Rue de la République, 97112 Grand-Bourg",
                code_postal="97112", commune="Grand-Bourg", code_insee_source="97112"),
         listed(ICS, "i1", "Marché paysan solidaire", "", "2022-11-26T12:00:00Z",
                adresse="Grand-Bourg (Marie-Galante)")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "sheet « Belle-Île » / platform Le Palais, Morbihan": (
        [listed(PLATFORM, "1", "Repair café de Belle-Île", "Belle-Île en transition", "2022-11-19T14:00:00+01:00",
                lieu="Salle Arletty", adresse="Rue Carnot", code_postal="56360", commune="Le Palais"),
         listed(SHEET, "t1", "Repair café", "Belle-Ile en Transition", "2022-11-19T14:00:00+01:00",
                lieu="Salle Arletty", commune="Belle-Île-en-Mer")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: an event in Saintes (Charente-Maritime) and one of the same title and hour, as written, in Les Saintes.
    "sheet « Les Saintes » / platform Saintes (Charente-Maritime), one title and hour as written": (
        [listed(PLATFORM, "1", "Conférence : le tourisme solidaire", "Office de tourisme de Saintes",
                "2022-11-18T18:00:00+01:00", lieu="Salle de la mairie", adresse="Square Foch", code_postal="17100",
                commune="Saintes"),
         listed(SHEET, "t1", "Conférence : le tourisme solidaire", "Office de tourisme", "2022-11-18T18:00:00+01:00",
                lieu="Salle de la mairie", commune="Les Saintes")],
        []),
    # Apart: an island and the town on the mainland beside it, one workshop's title the same morning.
    "sheet « Île de Ré » / platform La Rochelle, one title the same morning": (
        [listed(PLATFORM, "1", "Atelier compostage", "Cyclad", "2022-11-19T10:00:00+01:00",
                lieu="Jardin partagé", adresse="Rue de la Scierie", code_postal="17000", commune="La Rochelle"),
         listed(SHEET, "t1", "Atelier compostage", "Cyclad", "2022-11-19T10:00:00+01:00", lieu="Jardin partagé",
                commune="Île de Ré")],
        []),
    # Apart: two islands of one département, one title the same day.
    "sheet « Oléron » / platform Saint-Martin-de-Ré, one title the same day": (
        [listed(PLATFORM, "1", "Nettoyage de plage citoyen", "Surfrider 17", "2022-11-13T09:30:00+01:00",
                lieu="Plage de la Cible", code_postal="17410", commune="Saint-Martin-de-Ré"),
         listed(SHEET, "t1", "Nettoyage de plage citoyen", "Surfrider 17", "2022-11-13", lieu="Plage",
                commune="Oléron")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_an_island_named_for_its_commune(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
