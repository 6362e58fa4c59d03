"""An online event one source lists without its time and one without its organiser (a network's iCalendar relaying a
webinar as an all-day entry, a CRESS spreadsheet's date-only row): titles this close (TITLE_AT_ONE_MINUTE) naming one
subject that day are that meeting, however each source words its format. Two formats of no common group, two subjects,
two organisers named, or two sessions of the webinar that day stay apart."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

ONLINE = dict(modalite="en_ligne", lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None)


def _timed(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, **place) -> dict:
    return event(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                 **{**ONLINE, **place})


def _day(source: str, identifier: str, titre: str, day: str, organisateur: str, **place) -> dict:
    return event(source, identifier, titre=titre, date_debut=day, date_fin="", organisateur=organisateur,
                 **{**ONLINE, **place})


# (the timed record, the date-only copy): several regions, each source's habits.
SAME_MEETING = [
    pytest.param(
        _timed("plateforme", "1", "Webinaire flash – les budgets participatifs", "2019-11-18T20:00:00+01:00",
               "2019-11-18T21:30:00+01:00", "Centre d'initiatives pour l'accueil des jeunes"),
        _day("reseau-rennes-ical", "a", "Conférence en visio : les budgets participatifs", "2019-11-18", "",
             adresse="Skype"),
        id="Bretagne, an iCalendar's all-day entry, no ORGANIZER"),
    pytest.param(
        _timed("reseau-toulouse-ical", "a", "Webinaire express – les coopératives funéraires",
               "2021-11-09T14:00:00+01:00", "2021-11-09T15:30:00+01:00", "", adresse="Lien Whereby sur inscription"),
        _day("cress-occitanie-tableur", "l3", "Échange à distance sur les coopératives funéraires", "2021-11-09",
             "Maison de pays du Lauragais", lieu="Webconférence"),
        id="Occitanie, a spreadsheet's date-only row, the iCalendar naming no organiser"),
    pytest.param(
        _timed("plateforme", "2", "Visio-atelier : le textile recyclé", "2019-11-15T10:00:00+01:00",
               "2019-11-15T11:30:00+01:00", "Union locale des Trois Vallées"),
        _day("reseau-lille-ical", "b", "Webinaire – Matinale en ligne sur le textile recyclé", "2019-11-15", "",
             adresse="Visio (lien par mail)"),
        id="Hauts-de-France, a morning meeting and a workshop online"),
    pytest.param(
        _timed("cress-auvergne-rhone-alpes-openagenda", "40000012", "En direct : la restauration collective",
               "2019-11-24T18:00:00+01:00", "2019-11-24T19:00:00+01:00", "Les Détritivores", lieu="Web"),
        _day("reseau-grenoble-ical", "c", "Mois de l'ESS en Auvergne-Rhône-Alpes – En direct : la restauration "
             "collective", "2019-11-24", "", adresse="Réunion virtuelle"),
        id="Auvergne-Rhône-Alpes, the agenda's timed entry, a relay dressed with the month's name"),
]


@pytest.mark.parametrize(("timed", "copy"), SAME_MEETING)
def test_an_online_meeting_listed_without_time_by_one_source_and_without_organiser_by_the_other(timed, copy, index):
    result = deduplicate(frame(timed, copy), index)
    assert merged_keys(result) == {frozenset({f"{timed['source']}:{timed['source_identifiant']}",
                                              f"{copy['source']}:{copy['source_identifiant']}"})}


APART = [
    pytest.param(
        _timed("plateforme", "1", "Atelier d'écriture : la mobilité inclusive", "2021-11-23T10:00:00+01:00",
               "2021-11-23T12:00:00+01:00", "Cap Garonne"),
        _day("reseau-toulouse-ical", "a", "Agora des acteurs de la mobilité inclusive", "2021-11-23", "",
             adresse="Visio"),
        id="two formats of no common group"),
    pytest.param(
        _timed("plateforme", "1", "Webinaire : la finance solidaire", "2019-11-12T18:00:00+01:00",
               "2019-11-12T19:00:00+01:00", "Finansol"),
        _day("reseau-rennes-ical", "a", "Webinaire : les monnaies locales", "2019-11-12", "", adresse="Zoom"),
        id="two subjects"),
    pytest.param(
        _timed("plateforme", "1", "Webinaire flash – les budgets participatifs", "2019-11-18T20:00:00+01:00",
               "2019-11-18T21:30:00+01:00", "Centre d'initiatives pour l'accueil des jeunes"),
        _day("cress-bretagne-tableur", "l2", "Conférence en visio : les budgets participatifs", "2019-11-18",
             "Réseau des Repair Cafés de Bretagne", lieu="Visio"),
        id="two organisers named"),
]


@pytest.mark.parametrize(("timed", "copy"), APART)
def test_two_online_events_of_a_day_stay_apart(timed, copy, index):
    result = deduplicate(frame(timed, copy), index)
    assert len(result.events) == 2


def test_a_date_only_copy_of_one_of_two_sessions_that_day_joins_neither(index):
    sessions = [
        _timed("plateforme", str(n), "Webinaire : les budgets participatifs", start, end, "Les Budgets Citoyens")
        for n, (start, end) in enumerate((("2021-11-16T10:00:00+01:00", "2021-11-16T11:00:00+01:00"),
                                          ("2021-11-16T18:00:00+01:00", "2021-11-16T19:00:00+01:00")), start=1)
    ]
    copy = _day("reseau-lille-ical", "a", "Visio-rencontre : les budgets participatifs", "2021-11-16", "",
                adresse="Jitsi")
    result = deduplicate(frame(*sessions, copy), index)
    assert not any("reseau-lille-ical:a" in keys and len(keys) > 1 for keys in merged_keys(result))
