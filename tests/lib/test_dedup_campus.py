"""A campus given as the place of an event another source gives at one of its buildings (« Campus de la Doua » /
« INSA Lyon, 20 avenue Albert Einstein »): an iCalendar's LOCATION names the campus, the university's listing the
building. The two names are no veto; the title, the time and the commune decide. Two campuses, or another title or
hour on the campus, stay apart. Cases of the dense blind sets (scripts/blind_sets/dense_aura, dense_hdf)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys
from tests.lib.test_dedup import placed_2022 as _at

NOON, FOUR = "2022-11-22T12:00:00+01:00", "2022-11-22T14:00:00+01:00"
BUILDING_AND_CAMPUS = [
    pytest.param(
        _at("plateforme", "47", "Forum Engagement & ESS", NOON, FOUR, "INSA Lyon", "INSA Lyon",
            "20 avenue Albert Einstein", "69100", "Villeurbanne"),
        _at("reseau-aura-ical", "forum@lma", "Forum Engagement ESS", NOON, FOUR, "", "",
            "Campus de la Doua, Villeurbanne", "", ""),
        id="a school on its campus, the campus in an ICS LOCATION"),
    pytest.param(
        _at("cress-hdf-openagenda", "60022", "Fresque du Climat étudiante", NOON, FOUR,
            "Université de Lille - Service développement durable", "Lilliad Learning Center Innovation",
            "Avenue Henri Poincaré, 59655 Villeneuve-d'Ascq", "59655", "Villeneuve-d'Ascq"),
        _at("cress-hdf-tableur", "HDF-22-017", "Fresque du climat", NOON, FOUR, "Université de Lille",
            "Campus Cité Scientifique", "", "", "Villeneuve d'Ascq"),
        id="a learning centre on its campus, the campus in a spreadsheet"),
    pytest.param(
        _at("plateforme", "41", "Forum des associations étudiantes", NOON, FOUR, "UCA", "Pôle Commun",
            "10 rue Aubière", "63170", "Aubière"),
        _at("reseau-aura-ical", "forum@reseau", "Forum des assos étudiantes", NOON, FOUR, "", "Campus des Cézeaux", "",
            "", "Aubière"),
        id="a common building on its campus, no record naming both"),
]


@pytest.mark.parametrize(("building", "campus"), BUILDING_AND_CAMPUS)
def test_an_event_at_a_building_and_on_its_campus_is_one(building, campus, index):
    result = deduplicate(frame(building, campus), index)
    assert merged_keys(result) == {frozenset(f"{r['source']}:{r['source_identifiant']}" for r in (building, campus))}


def test_two_campuses_of_one_town_stay_apart(index):
    doua = _at("reseau-aura-ical", "forum@lma", "Forum Engagement ESS", NOON, FOUR, "", "Campus de la Doua", "", "",
               "Villeurbanne")
    other = _at("plateforme", "48", "Forum Engagement ESS", NOON, FOUR, "Université Lyon 2", "Campus Porte des Alpes",
                "5 avenue Pierre Mendès France", "69500", "Bron")
    same_town = _at("cress-aura-openagenda", "7048", "Forum Engagement ESS", NOON, FOUR, "Université Lyon 1",
                    "Campus LyonTech", "", "69100", "Villeurbanne")
    result = deduplicate(frame(doua, other, same_town), index)
    assert all(len(group) == 1 for group in merged_keys(result))


@pytest.mark.parametrize("change", [
    pytest.param({"titre": "Conférence : l'université face aux crises"}, id="another title"),
    pytest.param({"date_debut": "2022-11-22T18:00:00+01:00", "date_fin": "2022-11-22T20:00:00+01:00"},
                 id="another hour"),
])
def test_another_event_on_the_campus_stays_apart(change, index):
    building = _at("plateforme", "47", "Forum Engagement & ESS", NOON, FOUR, "INSA Lyon", "INSA Lyon",
                   "20 avenue Albert Einstein", "69100", "Villeurbanne")
    campus = {**_at("reseau-aura-ical", "forum@lma", "Forum Engagement ESS", NOON, FOUR, "", "",
                    "Campus de la Doua, Villeurbanne", "", ""), **change}
    result = deduplicate(frame(building, campus), index)
    assert all(len(group) == 1 for group in merged_keys(result))
