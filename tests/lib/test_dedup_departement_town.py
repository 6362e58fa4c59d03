"""One network's name with a département on one side and a town of that département on the other (« Attac 42 » /
« Attac Saint-Étienne », « Secours populaire du Haut-Rhin » / « Secours populaire de Colmar »), or an acronym spelling
the name but for its town (« AMD » / « Les Amis du Monde diplomatique Montpellier »): the network's body there, or one
group said two ways; a département's body and its région's likewise (« Ligue de l'enseignement 14 » / « … de
Normandie »). The organisers neither join nor part the copies: the title, the time and the place
do. Each case gives the groups of more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, lieu: str, commune: str,
           **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        "date_fin": "", "lieu": lieu, "commune": commune, **more})


CASES = {
    "« ATTAC 42 » at « Méliès » in « St-Etienne » / « Attac Saint-Étienne »": (
        [listed(PLATFORM, "1", "Ciné-débat « La Part des autres »", "Attac Saint-Étienne", "2022-11-15T20:00:00+01:00",
                "Cinéma Le Méliès Jean Jaurès", "Saint-Étienne", adresse="8 place Jean Jaurès", code_postal="42000"),
         listed(SHEET, "t1", "Ciné débat : La part des autres", "ATTAC 42", "2022-11-15T20:00:00+01:00", "Méliès",
                "St-Etienne")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« Secours populaire du Haut-Rhin » date only / « Secours populaire de Colmar »": (
        [listed(PLATFORM, "1", "Braderie solidaire de Noël", "Secours populaire de Colmar", "2022-11-26T09:00:00+01:00",
                "Local du Secours populaire", "Colmar", adresse="14 rue de la Cavalerie", code_postal="68000"),
         listed(SHEET, "t1", "Braderie de Noël", "Secours populaire français du Haut-Rhin", "2022-11-26",
                "Local du Secours populaire", "Colmar")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« FOL 21 » / « FOL Dijon », the venue at its street": (
        [listed(AGENDA, "o1", "Formation : accueillir des bénévoles", "FOL Dijon", "2022-11-21T09:00:00+01:00",
                "Maison des associations", "Dijon", adresse="2 rue des Corroyeurs", code_postal="21000"),
         listed(PLATFORM, "1", "Accueillir et fidéliser ses bénévoles (formation)", "FOL 21",
                "2022-11-21T09:00:00+01:00",
                "", "Dijon", adresse="2 rue des Corroyeurs", code_postal="21000")],
        [{f"{AGENDA}:o1", f"{PLATFORM}:1"}]),
    "« Les Restos du Cœur d'Ille-et-Vilaine » / « Restos du cœur de Rennes », the calendar an hour off": (
        [listed(PLATFORM, "1", "Collecte nationale des Restos du Cœur", "Les Restos du Cœur d'Ille-et-Vilaine",
                "2022-11-25T09:00:00+01:00", "Centre commercial Alma", "Rennes", adresse="5 rue du Bosphore",
                code_postal="35000"),
         listed(ICS, "i1", "Collecte nationale Restos du cœur", "Les Restos du Cœur de Rennes", "2022-11-25T09:00:00Z",
                "Centre commercial Alma", "Rennes")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« AMD » / « Les Amis du Monde diplomatique Montpellier »: an acronym spelling the name but for its town": (
        [listed(PLATFORM, "1", "Ciné-débat « Un monde nouveau »", "Les Amis du Monde Diplomatique Montpellier",
                "2022-11-15T20:30:00+01:00", "Cinéma Utopia", "Montpellier", adresse="5 avenue du Docteur Pezet",
                code_postal="34090"),
         listed(SHEET, "t1", "Cine debat Un monde nouveau", "AMD", "2022-11-15T20:30:00+01:00", "Utopia Montpellier",
                "Montpellier")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« AMD 34 » / « Les Amis du Monde diplomatique Montpellier »": (
        [listed(PLATFORM, "1", "Ciné-débat « Un monde nouveau »", "Les Amis du Monde Diplomatique Montpellier",
                "2022-11-15T20:30:00+01:00", "Cinéma Utopia", "Montpellier", adresse="5 avenue du Docteur Pezet",
                code_postal="34090"),
         listed(SHEET, "t1", "Cine debat Un monde nouveau", "AMD 34", "2022-11-15T20:30:00+01:00", "Utopia Montpellier",
                "Montpellier")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« Ligue de l'enseignement 14 » in « Visio » / « … de Normandie » online": (
        [event(PLATFORM, "1", **{**DAY, "titre": "Webinaire : comptabilité associative, les bases",
                                 "organisateur": "Ligue de l'enseignement de Normandie", "modalite": "en_ligne",
                                 "date_debut": "2022-11-24T18:00:00+01:00", "date_fin": "2022-11-24T19:30:00+01:00",
                                 "lieu": "", "commune": "",
                                 "url": "https://www.helloasso.com/associations/ligue-normandie/evenements/compta"}),
         event(SHEET, "t1", **{**DAY, "titre": "Compta associative : les bases", "modalite": "en_ligne",
                               "organisateur": "Ligue de l'enseignement 14", "date_debut": "2022-11-24T18:00:00+01:00",
                               "date_fin": "2022-11-24T19:30:00+01:00", "lieu": "Visio", "commune": ""})],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« FOL 59 » / « Ligue de l'enseignement du Nord »: the Ligue's federation of a département": (
        [listed(PLATFORM, "1", "Table ronde : l'éducation populaire aujourd'hui", "Ligue de l'enseignement du Nord",
                "2022-11-23T18:00:00+01:00", "Maison de la vie associative", "Dunkerque",
                adresse="Rue du 11 novembre", code_postal="59140"),
         listed(SHEET, "t1", "Table ronde éducation populaire", "FOL 59", "2022-11-23T18:00:00+01:00", "MVA",
                "Dunkerque")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: the département's body and the town's group hold two events of that town the same day.
    "two titles the same day in one town, « Secours populaire 68 » / « … de Colmar »": (
        [listed(PLATFORM, "1", "Braderie solidaire de Noël", "Secours populaire de Colmar", "2022-11-26T09:00:00+01:00",
                "Local du Secours populaire", "Colmar", adresse="14 rue de la Cavalerie", code_postal="68000"),
         listed(SHEET, "t1", "Collecte de jouets", "Secours populaire 68", "2022-11-26T10:00:00+01:00",
                "Hyper U", "Colmar")],
        []),
    "one title at two times in one town, « Secours populaire 68 » / « … de Colmar »": (
        [listed(PLATFORM, "1", "Permanence d'accueil", "Secours populaire de Colmar", "2022-11-22T09:00:00+01:00",
                "Local du Secours populaire", "Colmar", adresse="14 rue de la Cavalerie", code_postal="68000"),
         listed(AGENDA, "o1", "Permanence d'accueil", "Secours populaire 68", "2022-11-22T14:00:00+01:00",
                "Local du Secours populaire", "Colmar", adresse="14 rue de la Cavalerie", code_postal="68000")],
        []),
    # Apart: a town of another département is another local group (« Attac 69 » is not Saint-Étienne's), a
    # département of another région another body (« Ligue de l'enseignement 35 » is not Normandie's).
    "« Ligue de l'enseignement 35 » / « … de Normandie », one title at one time online": (
        [event(PLATFORM, "1", **{**DAY, "titre": "Webinaire : comptabilité associative, les bases",
                                 "organisateur": "Ligue de l'enseignement de Normandie", "modalite": "en_ligne",
                                 "date_debut": "2022-11-24T18:00:00+01:00", "lieu": "", "commune": "",
                                 "date_fin": ""}),
         event(SHEET, "t1", **{**DAY, "titre": "Webinaire : comptabilité associative, les bases",
                               "modalite": "en_ligne", "organisateur": "Ligue de l'enseignement 35",
                               "date_debut": "2022-11-24T18:00:00+01:00", "lieu": "", "commune": "",
                               "date_fin": ""})],
        []),
    "« Attac 69 » / « Attac Saint-Étienne », the calendar without a place": (
        [listed(PLATFORM, "1", "Ciné-débat « La Part des autres »", "Attac Saint-Étienne", "2022-11-15T20:00:00+01:00",
                "Cinéma Le Méliès Jean Jaurès", "Saint-Étienne", adresse="8 place Jean Jaurès", code_postal="42000"),
         listed(ICS, "i1", "Ciné-débat « La Part des autres »", "Attac 69", "2022-11-15T20:00:00+01:00", "", "")],
        []),
    "« AMD 69 » / « Les Amis du Monde diplomatique Montpellier », the calendar without a place": (
        [listed(PLATFORM, "1", "Ciné-débat « Un monde nouveau »", "Les Amis du Monde Diplomatique Montpellier",
                "2022-11-15T20:30:00+01:00", "Cinéma Utopia", "Montpellier", adresse="5 avenue du Docteur Pezet",
                code_postal="34090"),
         listed(ICS, "i1", "Ciné-débat « Un monde nouveau »", "AMD 69", "2022-11-15T20:30:00+01:00", "", "")],
        []),
    **{f"« {other} » / « … du Nord », one title at one time online": (
        [event(PLATFORM, "1", **{**DAY, "titre": "Webinaire : devenir bénévole", "organisateur": f"{network} du Nord",
                                 "modalite": "en_ligne", "date_debut": "2022-11-24T18:00:00+01:00", "lieu": "",
                                 "commune": "", "date_fin": ""}),
         event(AGENDA, "o1", **{**DAY, "titre": "Webinaire : devenir bénévole", "organisateur": other,
                                "modalite": "en_ligne", "date_debut": "2022-11-24T18:00:00+01:00", "lieu": "",
                                "commune": "", "date_fin": ""})],
        []) for network, other in (("Secours populaire", "Secours populaire du Finistère"),
                                   ("Ligue de l'enseignement", "FOL 35"))},
    "« Repair Café 68 » / « Repair Café Sélestat » (Bas-Rhin), the calendar without a place": (
        [listed(PLATFORM, "1", "Repair café", "Repair Café Sélestat", "2022-11-19T09:00:00+01:00", "Salle Sainte-Barbe",
                "Sélestat", code_postal="67600"),
         listed(ICS, "i1", "Repair café", "Repair Café 68", "2022-11-19T09:00:00+01:00", "", "")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_networks_departement_body_and_a_town_group(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
