"""A région's usual short name after a network's name (« France Active IDF », « CRESS AURA », « URSCOP PACA »,
« CRESS PDL »), against the name spelled out: one organiser; one network's bodies of two régions stay two, neither
relaying the other's events. Each case gives the groups of
more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="", lieu="",
           commune="")
ZOOM = "https://zoom.us/j/91234567890"


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        **more})


def online(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, **more) -> dict:
    return listed(source, identifier, titre, organisateur, date_debut, modalite="en_ligne", **more)


CASES = {
    "« France Active IDF » with « Zoom » / « France Active Île-de-France » with the link, beside its other webinar": (
        [online(PLATFORM, "1", "Webinaire : financer son entreprise sociale", "France Active Île-de-France",
                "2022-11-22T12:30:00+01:00", url=ZOOM),
         online(PLATFORM, "2", "Webinaire : les garanties bancaires pour l'ESS", "France Active Île-de-France",
                "2022-11-22T17:00:00+01:00", url="https://zoom.us/j/99999999999"),
         online(SHEET, "t1", "Webinaire financer son entreprise sociale", "France Active IDF",
                "2022-11-22T12:30:00+01:00", lieu="Zoom")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« CRESS AURA » / « Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes »": (
        [listed(PLATFORM, "1", "Table ronde : l'ESS dans les territoires ruraux",
                "Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes",
                "2022-11-24T14:00:00+01:00", lieu="Hôtel de Région", adresse="1 esplanade François Mitterrand",
                code_postal="69002", commune="Lyon"),
         listed(SHEET, "t1", "Table-ronde ESS et ruralité", "CRESS AURA", "2022-11-24", lieu="Hôtel de Région",
                commune="Lyon")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« URSCOP PACA » / « Union régionale des Scop Provence-Alpes-Côte d'Azur »": (
        [listed(AGENDA, "o1", "Créer une Scop : réunion d'information",
                "Union régionale des Scop Provence-Alpes-Côte d'Azur", "2022-11-17T09:30:00+01:00",
                lieu="Maison de l'ESS", adresse="2 rue Henri Barbusse", code_postal="13001", commune="Marseille"),
         listed(SHEET, "t1", "Réunion d'information création de Scop", "URSCOP PACA", "2022-11-17T09:30:00+01:00",
                lieu="Maison de l'ESS", commune="Marseille")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "« France Active HDF » / « France Active Hauts-de-France », online": (
        [online(PLATFORM, "1", "Webinaire : le prêt d'honneur solidaire", "France Active Hauts-de-France",
                "2022-11-15T11:00:00+01:00", url=ZOOM),
         online(AGENDA, "o1", "Le prêt d'honneur solidaire (webinaire)", "France Active HDF",
                "2022-11-15T11:00:00+01:00",
                lieu="En ligne")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« CRESS NA » live on Facebook / « CRESS Nouvelle-Aquitaine » online, the title reworded": (
        [online(PLATFORM, "1", "Live : l'ESS racontée par ses acteurs", "CRESS Nouvelle-Aquitaine",
                "2022-11-17T12:30:00+01:00"),
         online(AGENDA, "o1", "En direct : l'ESS racontée par celles et ceux qui la font", "CRESS NA",
                "2022-11-17T12:30:00+01:00", url="https://www.facebook.com/cressna/live")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« CRESS PDL » date only / « Chambre régionale de l'ESS des Pays de la Loire »": (
        [listed(PLATFORM, "1", "Rencontre des acteurs de l'ESS du Choletais",
                "Chambre régionale de l'économie sociale et solidaire des Pays de la Loire",
                "2022-11-18T14:00:00+01:00", lieu="Salle des fêtes", adresse="Place de la Mairie", code_postal="49300",
                commune="Cholet"),
         listed(SHEET, "t1", "Rencontre acteurs ESS Choletais", "CRESS PDL", "2022-11-18", lieu="Salle des fêtes",
                commune="Cholet")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: two régions' bodies holding a webinar of one title at one time.
    **{f"« {other} » / « CRESS Bretagne », one title at one time online, no link": (
        [online(PLATFORM, "1", "Webinaire : le Mois de l'ESS, mode d'emploi", "CRESS Bretagne",
                "2022-10-20T11:00:00+02:00"),
         online(AGENDA, "o1", "Webinaire : le Mois de l'ESS, mode d'emploi", other, "2022-10-20T11:00:00+02:00",
                lieu="En ligne")],
        []) for other in ("CRESS PDL", "CRESS Pays de la Loire")},
    "« CRESS IDF » / « CRESS Hauts-de-France », one title at one time online": (
        [online(PLATFORM, "1", "Webinaire : le Mois de l'ESS, mode d'emploi", "CRESS Hauts-de-France",
                "2022-10-20T11:00:00+02:00", url=ZOOM),
         online(AGENDA, "o1", "Webinaire : le Mois de l'ESS, mode d'emploi", "CRESS IDF", "2022-10-20T11:00:00+02:00",
                url="https://zoom.us/j/81111111111")],
        []),
    # A venue named after the body (its premises, a room of a partner's event there), the région said short.
    "a LOCATION « CRESS HDF, Lille » / the venue « CRESS Hauts-de-France »": (
        [listed(PLATFORM, "1", "Matinale de l'ESS : financer son projet", "CRESS Hauts-de-France",
                "2022-11-15T08:30:00+01:00", lieu="CRESS Hauts-de-France", adresse="4 rue des Jardins",
                code_postal="59000", commune="Lille"),
         listed(ICS, "i1", "Matinale #2 : financer son projet", "", "2022-11-15T07:30:00Z",
                adresse="CRESS HDF, Lille")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "a partner's workshop at « CRESS AURA » in a LOCATION / at « CRESS Auvergne-Rhône-Alpes »": (
        [listed(PLATFORM, "1", "Atelier : monter une SCIC", "URSCOP Auvergne-Rhône-Alpes", "2022-11-30T14:00:00+01:00",
                lieu="CRESS Auvergne-Rhône-Alpes", adresse="5 rue Jules Vallès", code_postal="69100",
                commune="Villeurbanne"),
         listed(ICS, "i1", "Monter une Scic (atelier)", "", "2022-11-30T14:00:00+01:00", adresse="CRESS AURA")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    # Apart: another région's CRESS as the venue.
    "a LOCATION « CRESS IDF » / the venue « CRESS Hauts-de-France »": (
        [listed(PLATFORM, "1", "Atelier : monter une SCIC", "URSCOP", "2022-11-30T14:00:00+01:00",
                lieu="CRESS Hauts-de-France", adresse="4 rue des Jardins", code_postal="59000", commune="Lille"),
         listed(ICS, "i1", "Monter une Scic (atelier)", "", "2022-11-30T14:00:00+01:00", adresse="CRESS IDF")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_regions_short_name(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
