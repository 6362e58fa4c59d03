"""Two meetings of one service (two Zoom ids, two Teams threads) are two events, whatever the titles and the
organisers; one meeting's link written otherwise (another data centre, a passcode, a Teams link percent-encoded or not,
its context written otherwise) is one. Each case gives the groups of more than one record the merge must publish
(none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA = "plateforme", "cress-openagenda"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="en_ligne", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None,
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="", lieu="",
           commune="")
TITLE = "Webinaire : le Mois de l'ESS, mode d'emploi"
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTk5@thread.v2/0"


def online(source: str, identifier: str, organisateur: str, url: str, titre: str = TITLE) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "url": url,
                                        "date_debut": "2022-10-20T11:00:00+02:00"})


CASES = {
    "two régions' CRESS, one title at one time, two Zoom ids": (
        [online(PLATFORM, "1", "CRESS Hauts-de-France", "https://zoom.us/j/91234567890"),
         online(AGENDA, "o1", "CRESS Île-de-France", "https://us02web.zoom.us/j/81111111111")],
        []),
    "one organiser's two meetings at one time, two Teams threads": (
        [online(PLATFORM, "1", "CRESS Bretagne", TEAMS),
         online(AGENDA, "o1", "CRESS Bretagne", TEAMS.replace("NjM4ZTk5", "ZjA1MmQ3"),
                titre="Webinaire : le Mois de l'ESS, mode d'emploi (2e session)")],
        []),
    "one Zoom meeting from two data centres, a passcode on one": (
        [online(PLATFORM, "1", "CRESS Hauts-de-France", "https://zoom.us/j/91234567890"),
         online(AGENDA, "o1", "CRESS HDF", "https://us06web.zoom.us/j/91234567890?pwd=QWxhZGRpbjpvcGVu")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "one Teams meeting, percent-encoded or not, its context written otherwise": (
        [online(PLATFORM, "1", "CRESS Bretagne", TEAMS + "?context=%7b%22Tid%22%3a%22a1%22%7d"),
         online(AGENDA, "o1", "CRESS Bretagne",
                TEAMS.replace("%3a", ":").replace("@", "%40") + '?context={"Tid":"a1","Oid":"b2"}')],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_meeting_is_its_link(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
