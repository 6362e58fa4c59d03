"""An online event of an overseas territory that one source gives in the territory's time (the platform's « 14:00+04:00
», an agenda's instant) and that a source whose every place is in that territory (a CRESS of La Réunion's spreadsheet,
an iCalendar read in Paris time) lists without a place: the normaliser, no place telling it the territory, reads that
floating clock as Paris time. Read in the territory's time, it is the other's start: one event. Not for a source with
places in metropolitan France too (its clock may be Paris'), nor at another territory's time."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

ONLINE = dict(modalite="en_ligne", lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None,
              code_insee_source="", description="")


def _online(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, **more) -> dict:
    return event(source, identifier, edition=2022, titre=titre, date_debut=start, date_fin=end,
                 organisateur=organisateur, **{**ONLINE, **more})


def _placed(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
            code_postal: str, commune: str) -> dict:
    """A record of the source at a place, timed as the normaliser reads it there (overseas: in its own zone)."""
    return event(source, identifier, edition=2022, titre=titre, date_debut=start, date_fin=end,
                 organisateur=organisateur, modalite="presentiel", lieu=lieu, adresse="", code_postal=code_postal,
                 commune=commune, latitude=None, longitude=None, code_insee_source="", description="")


REUNION_SHEET = "cress-reunion-tableur"
REUNION_PLACES = [
    _placed(REUNION_SHEET, "RE-90", "Repair café", "2022-11-19T14:00:00+04:00", "2022-11-19T17:00:00+04:00",
            "Ressourcerie Sud", "Case de Terre-Sainte", "97410", "Saint-Pierre"),
    _placed(REUNION_SHEET, "RE-91", "Visite du jardin partagé", "2022-11-26T08:30:00+04:00",
            "2022-11-26T11:00:00+04:00", "JIO", "Jardin partagé", "97460", "Saint-Paul"),
]
GUADELOUPE_SHEET = "cress-guadeloupe-tableur"
GUADELOUPE_PLACES = [
    _placed(GUADELOUPE_SHEET, "GP-90", "Atelier compostage", "2022-11-12T09:00:00-04:00", "2022-11-12T11:00:00-04:00",
            "Zéro Déchet Guadeloupe", "Maison de quartier de Boisripeaux", "97139", "Les Abymes"),
]
GUYANE_CALENDAR = "reseau-guyane-ical"
GUYANE_PLACES = [
    _placed(GUYANE_CALENDAR, "forum@guyane", "Forum jeunesse et ESS", "2022-11-16T08:30:00-03:00",
            "2022-11-16T13:00:00-03:00", "", "Salle des fêtes", "97320", "Saint-Laurent-du-Maroni"),
]

# (the copy in the territory's time, the copy read in Paris time, the source's places): several territories and
# sources' habits.
SAME_EVENT = [
    pytest.param(
        _online("plateforme", "1", "Webinaire : financer son projet ESS à La Réunion", "2022-11-16T14:00:00+04:00",
                "2022-11-16T15:30:00+04:00", "France Active Réunion"),
        _online(REUNION_SHEET, "RE-01", "Financer son projet ESS - webinaire", "2022-11-16T14:00:00+01:00",
                "2022-11-16T15:30:00+01:00", "FAR", lieu="Visio"),
        REUNION_PLACES, id="Réunion, the platform's offset, the spreadsheet's « Visio » row"),
    pytest.param(
        _online("cress-antilles-openagenda", "3006", "Appel à projets ESS 2023 : présentation",
                "2022-11-24T15:00:00+01:00", "2022-11-24T16:30:00+01:00", "Conseil régional de la Guadeloupe",
                lien_reunion="https://regionguadeloupe.webex.com/regionguadeloupe/j.php?MTID=m8a1b2c3"),
        _online(GUADELOUPE_SHEET, "GP-02", "Webinaire appel à projets ESS 2023", "2022-11-24T10:00:00+01:00",
                "2022-11-24T11:30:00+01:00", "Région Guadeloupe", lieu="Webex"),
        GUADELOUPE_PLACES, id="Guadeloupe, the agenda's instant written in Paris time"),
    pytest.param(
        _online("plateforme", "5", "Atelier : créer une SCIC en Guyane", "2022-11-23T17:00:00-03:00",
                "2022-11-23T18:30:00-03:00", "URSCOP Antilles-Guyane"),
        _online(GUYANE_CALENDAR, "scic@guyane", "Créer une Scic - atelier en ligne", "2022-11-23T17:00:00+01:00",
                "2022-11-23T18:30:00+01:00", "", adresse="Google Meet"),
        GUYANE_PLACES, id="Guyane, an iCalendar's floating time read in Paris time, no ORGANIZER"),
]


@pytest.mark.parametrize(("zoned", "floating", "places"), SAME_EVENT)
def test_an_overseas_online_event_read_in_paris_time_by_its_territory_source_is_one_event(zoned, floating, places,
                                                                                          index):
    result = deduplicate(frame(zoned, floating, *places), index)
    pair = frozenset({f"{zoned['source']}:{zoned['source_identifiant']}",
                      f"{floating['source']}:{floating['source_identifiant']}"})
    assert pair in merged_keys(result)


APART = [
    pytest.param(
        _online("plateforme", "1", "Webinaire : financer son projet ESS", "2022-11-16T14:00:00+04:00",
                "2022-11-16T15:30:00+04:00", "France Active"),
        _online("france-active-tableur", "FA-01", "Financer son projet ESS - webinaire", "2022-11-16T14:00:00+01:00",
                "2022-11-16T15:30:00+01:00", "France Active", lieu="Visio"),
        [*[p | {"source": "france-active-tableur"} for p in REUNION_PLACES],
         _placed("france-active-tableur", "FA-09", "Café des financeurs", "2022-11-22T09:00:00+01:00",
                 "2022-11-22T11:00:00+01:00", "France Active", "Pépinière", "66000", "Perpignan")],
        id="a source with places in metropolitan France too: its clock may be Paris'"),
    pytest.param(
        _online("plateforme", "19", "La Fresque du Climat (en ligne)", "2022-11-15T18:00:00-04:00",
                "2022-11-15T21:00:00-04:00", "La Fresque du Climat Martinique"),
        _online(REUNION_SHEET, "RE-05", "Fresque du Climat en ligne", "2022-11-15T18:00:00+01:00",
                "2022-11-15T21:00:00+01:00", "Fresque du Climat", lieu="Zoom"),
        REUNION_PLACES, id="another territory's time: Martinique's session, not Réunion's"),
]


@pytest.mark.parametrize(("zoned", "floating", "places"), APART)
def test_the_clock_is_not_read_in_a_territory_the_source_does_not_hold_alone(zoned, floating, places, index):
    result = deduplicate(frame(zoned, floating, *places), index)
    assert all(len(group) == 1 for group in merged_keys(result))
