"""How a venue is reached, written after its name (« Le Chat Perché (M° Jean Macé) », « La Chapelle (métro Canal du
Midi) », « Maison des associations - M° Saint-Ambroise », « (tram T2) »), and a meeting point named by its station
(« RDV M° Belleville »): the venue's name is what the other copies give (« Atelier du Chat Perché », « Métro
Belleville »). Two venues of one station stay two. Each case gives the groups of more than one record the merge must
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
    "LOCATION « Le Chat Perché (M° Jean Macé) » / platform « Atelier du Chat Perché », Lyon 7e": (
        [listed(PLATFORM, "1", "Atelier d'autoréparation vélo", "Le Chat Perché", "2022-11-16T18:00:00+01:00",
                lieu="Atelier du Chat Perché", adresse="3 rue Pierre Robin", code_postal="69007", commune="Lyon"),
         listed(ICS, "i1", "Atelier vélo", "", "2022-11-16T17:00:00Z", adresse="Le Chat Perché (M° Jean Macé)")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "sheet « RDV M° Belleville » / platform « Métro Belleville », 75020 / agenda « Métro Belleville (sortie 1) », "
    "75011": (
        [listed(PLATFORM, "1", "Balade : l'ESS à Belleville", "Belleville en transition", "2022-11-13T14:30:00+01:00",
                lieu="Métro Belleville", adresse="Boulevard de Belleville", code_postal="75020", commune="Paris"),
         listed(AGENDA, "o1", "Balade urbaine ESS dans le quartier de Belleville", "Belleville en Transition",
                "2022-11-13T14:30:00+01:00", lieu="Métro Belleville (sortie 1)",
                adresse="Boulevard de Belleville, 75011 Paris", code_postal="75011", commune="Paris"),
         listed(SHEET, "t1", "Balade ESS Belleville", "Belleville en Transition", "2022-11-13T14:30:00+01:00",
                lieu="RDV M° Belleville", commune="Paris")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "LOCATION « La Chapelle (métro Canal du Midi) » / agenda « La Chapelle », Toulouse": (
        [listed(AGENDA, "o1", "Soirée débat : l'habitat participatif", "Habitat participatif Occitanie",
                "2022-11-22T19:00:00+01:00", lieu="La Chapelle", adresse="36 rue Danielle Casanova, 31000 Toulouse",
                code_postal="31000", commune="Toulouse", code_insee_source="31555"),
         listed(ICS, "i1", "Habitat participatif : soirée débat", "", "2022-11-22T18:00:00Z",
                adresse="La Chapelle (métro Canal du Midi)")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "sheet « Maison des associations - tram T2 Pelletier » / platform « Maison des associations », Bordeaux": (
        [listed(PLATFORM, "1", "Forum des bénévoles", "Bordeaux Bénévolat", "2022-11-19T10:00:00+01:00",
                lieu="Maison des associations", adresse="31 rue Jean Pelletier", code_postal="33000",
                commune="Bordeaux"),
         listed(SHEET, "t1", "Forum des bénévoles", "Bordeaux Bénévolat", "2022-11-19", commune="Bordeaux",
                lieu="Maison des associations - tram Pelletier")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: two venues given with one station, one title the same hour.
    "sheet « Espace jeunes (M° Jaurès) » / platform « Centre social (M° Jaurès) », one title the same hour": (
        [listed(PLATFORM, "1", "Atelier numérique", "Emmaüs Connect", "2022-11-17T14:00:00+01:00",
                lieu="Centre social (M° Jaurès)", code_postal="75019", commune="Paris"),
         listed(SHEET, "t1", "Atelier numérique", "Emmaüs Connect", "2022-11-17T14:00:00+01:00",
                lieu="Espace jeunes (M° Jaurès)", code_postal="75019", commune="Paris")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_how_a_venue_is_reached(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
