"""A calendar's LOCATION that is a quarter's name alone (cases of the dense blind set scripts/blind_sets/dense_bretagne,
written as other towns' feeds write them): a quarter named like a far-away commune is not that commune when its feed is
elsewhere; its name with its article is still the quarter another record's title, or its organiser, names. A title's
duration (« (2 jours) ») says when, not what; a title may name the place by its département's number (« Forum ESS 44 »).
Each merge has its look-alike that stays apart."""

import pytest

from assets.lib.dedup import _named_organisers_relation, _organisers, deduplicate
from tests.lib.test_dedup import frame, merged_keys, placed_2022

NANTES_FEED = "reseau-nantes-ical"
ILE_DE_FRANCE_FEED = "reseau-hauts-de-seine-ical"


def _at(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str, adresse: str,
        code_postal: str, commune: str) -> dict:
    return placed_2022(source, identifier, titre, start, end, organisateur, lieu, adresse, code_postal, commune)


def _merged(index, *rows: dict) -> set[frozenset[str]]:
    return merged_keys(deduplicate(frame(*rows), index))


def _pair(first: dict, second: dict) -> frozenset[str]:
    return frozenset(f"{r['source']}:{r['source_identifiant']}" for r in (first, second))


SAT_AFTERNOON = ("2022-11-19T14:00:00+01:00", "2022-11-19T17:00:00+01:00")
SAT_AFTERNOON_UTC = ("2022-11-19T13:00:00Z", "2022-11-19T16:00:00Z")
# The calendar's other records place its feed in Loire-Atlantique, or in the Hauts-de-Seine
NANTES_OTHER = _at(NANTES_FEED, "velo@nantes", "Atelier vélo", "2022-11-16T18:00:00Z", "2022-11-16T20:00:00Z", "", "",
                   "Maison des Haubans, 1 bis boulevard de Berlin, 44000 Nantes", "", "")
NANTES_THIRD = _at(NANTES_FEED, "ag@nantes", "AG de l'épicerie", "2022-11-22T17:30:00Z", "2022-11-22T19:00:00Z", "",
                   "", "Rezé", "", "")
HAUTS_DE_SEINE_OTHER = _at(ILE_DE_FRANCE_FEED, "velo@92", "Atelier vélo", "2022-11-16T18:00:00Z",
                           "2022-11-16T20:00:00Z", "", "", "12 rue Paul Vaillant-Couturier, 92240 Malakoff", "", "")


DISCO_MALAKOFF = _at("plateforme", "310", "Disco soupe du quartier Malakoff", *SAT_AFTERNOON, "Les Écossolies",
                     "Maison de quartier Malakoff", "Boulevard de Sarrebruck", "44000", "Nantes")


def test_a_quarter_named_like_a_far_away_commune_is_the_quarter_the_other_title_names(index):
    calendar = _at(NANTES_FEED, "disco@nantes", "Disco Soupe", *SAT_AFTERNOON_UTC, "", "", "Malakoff", "", "")
    assert _pair(DISCO_MALAKOFF, calendar) in _merged(index, DISCO_MALAKOFF, calendar, NANTES_OTHER, NANTES_THIRD)


def test_the_same_name_in_a_feed_of_that_communes_departement_is_the_commune(index):
    calendar = _at(ILE_DE_FRANCE_FEED, "disco@92", "Disco Soupe", *SAT_AFTERNOON_UTC, "", "", "Malakoff", "", "")
    assert _pair(DISCO_MALAKOFF, calendar) not in _merged(index, DISCO_MALAKOFF, calendar, HAUTS_DE_SEINE_OTHER)


def test_a_far_commune_another_record_places_alone_stays_that_commune(index):
    # The edition lists an event in Malakoff (92) too: the LOCATION may be it.
    calendar = _at(NANTES_FEED, "disco@nantes", "Disco Soupe", *SAT_AFTERNOON_UTC, "", "", "Malakoff", "", "")
    malakoff_92 = _at("plateforme", "311", "Disco soupe", *SAT_AFTERNOON, "Les Jardins de Malakoff", "Marché",
                      "Place du 11 Novembre", "92240", "Malakoff")
    merged = _merged(index, DISCO_MALAKOFF, malakoff_92, calendar, NANTES_OTHER, NANTES_THIRD)
    assert _pair(DISCO_MALAKOFF, calendar) not in merged


REPAIR_DERVALLIERES = _at("plateforme", "320", "Repair café", *SAT_AFTERNOON, "Centre socioculturel des Dervallières",
                          "Salle polyvalente", "5 rue Auguste Renoir", "44100", "Nantes")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Les Dervallières", True, id="the quarter its organiser names, with its article"),
    pytest.param("Bellevue", False, id="another quarter"),
])
def test_a_quarter_the_other_records_organiser_names(index, location, one):
    calendar = _at(NANTES_FEED, "rc@nantes", "Repair café Dervallières" if one else "Repair café Bellevue",
                   *SAT_AFTERNOON_UTC, "", "", location, "", "")
    assert (_pair(REPAIR_DERVALLIERES, calendar) in _merged(index, REPAIR_DERVALLIERES, calendar, NANTES_OTHER,
                                                            NANTES_THIRD)) is one


FAIR = _at("plateforme", "330", "Salon guérandais de l'ESS", "2022-11-26T10:00:00+01:00",
           "2022-11-27T18:00:00+01:00", "Pays de Guérande Agglomération", "Salle Athanor", "Avenue Anne de Bretagne",
           "44350", "Guérande")


@pytest.mark.parametrize(("title", "one"), [
    pytest.param("Salon de l'ESS (2 jours)", True, id="its duration in the title"),
    pytest.param("Salon du livre (2 jours)", False, id="another fair those days"),
])
def test_a_duration_in_a_title_is_no_word_of_its_subject(index, title, one):
    place = "Salle Athanor, Guérande" if one else "Médiathèque Samuel Beckett, Guérande"
    calendar = _at(NANTES_FEED, "foire@guerande", title, "2022-11-26", "2022-11-27", "", "", place, "", "")
    assert (_pair(FAIR, calendar) in _merged(index, FAIR, calendar, NANTES_OTHER, NANTES_THIRD)) is one


FORUM_44 = _at("plateforme", "340", "Forum de l'ESS de Loire-Atlantique", "2022-11-17T09:00:00+01:00",
               "2022-11-17T17:00:00+01:00", "Conseil départemental de Loire-Atlantique", "Cité des Congrès",
               "5 rue de Valmy", "44000", "Nantes")


@pytest.mark.parametrize(("title", "one"), [
    pytest.param("Forum ESS 44", True, id="the département's number"),
    pytest.param("Forum ESS 85", False, id="another département's"),
])
def test_a_title_may_name_the_place_by_its_departements_number(index, title, one):
    calendar = _at(NANTES_FEED, "forum@44", title, "2022-11-17", "2022-11-17", "", "", "Nantes", "", "")
    assert (_pair(FORUM_44, calendar) in _merged(index, FORUM_44, calendar, NANTES_OTHER, NANTES_THIRD)) is one


BIKE_WORKSHOP = _at("cress-pdl-openagenda", "9418", "Atelier vélo aux Dervallières", *SAT_AFTERNOON, "Vélocampus",
                    "Pôle associatif", "Rue Auguste Renoir", "44100", "Nantes")


@pytest.mark.parametrize(("title", "one"), [
    pytest.param("Atelier d'autoréparation vélo", True, id="the same workshop, reworded"),
    pytest.param("Atelier couture et réemploi", False, id="another workshop in that quarter then"),
])
def test_a_quarter_alone_that_the_other_title_names_is_in_the_others_town(index, title, one):
    calendar = _at(NANTES_FEED, "velo@dervallieres", title, *SAT_AFTERNOON_UTC, "", "", "Les Dervallières", "", "")
    assert (_pair(BIKE_WORKSHOP, calendar) in _merged(index, BIKE_WORKSHOP, calendar, NANTES_OTHER,
                                                      NANTES_THIRD)) is one


@pytest.mark.parametrize(("organiser", "other", "relation"), [
    pytest.param("DLA 44 - France Active", "DLA de Loire-Atlantique", "same",
                 id="the département's number after the acronym, then its operator"),
    pytest.param("DLA 35 - Bretagne Active", "DLA d'Ille-et-Vilaine", "same", id="another département, its operator"),
    pytest.param("DLA 85 - France Active", "DLA de Loire-Atlantique", "other", id="another département's DLA"),
])
def test_an_organiser_named_by_its_departements_number_then_its_operator(index, organiser, other, relation):
    keys = _organisers([organiser, other])
    assert _named_organisers_relation(*keys[organiser], *keys[other]) == relation


STAGES = ("2022-11-24T13:30:00+01:00", "2022-11-24T17:00:00+01:00")
STAGES_UTC = ("2022-11-24T12:30:00Z", "2022-11-24T16:00:00Z")
UNIVERSITY_FORUM = _at("cress-pdl-tableur", "PDL-22-038", "Forum stages ESS", *STAGES, "Nantes Université",
                       "Faculté de droit", "Chemin de la Censive du Tertre", "44300", "Nantes")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Nantes Université, Nantes", True, id="the organiser's name for the place"),
    pytest.param("Cité des Congrès, Nantes", False, id="another venue"),
])
def test_a_venue_that_is_the_other_records_organiser_is_its_premises(index, location, one):
    calendar = _at(NANTES_FEED, "stages@nantes", "Forum stages & alternance ESS", *STAGES_UTC, "", "", location, "", "")
    assert (_pair(UNIVERSITY_FORUM, calendar) in _merged(index, UNIVERSITY_FORUM, calendar, NANTES_OTHER,
                                                         NANTES_THIRD)) is one


def test_a_towns_name_cut_short_that_the_edition_writes_whole_stays_that_town(index):
    # « Saint-Orens » is a commune of the Gers, far from a Toulouse feed; another record gives Saint-Orens-de-Gameville
    # by its postal code (31650), which the short name stands for: not a quarter.
    toulouse = _at("reseau-toulouse-ical", "velo@toulouse", "Atelier vélo", "2022-11-16T18:00:00Z",
                   "2022-11-16T20:00:00Z", "", "", "La Maison du vélo, 12 boulevard Bonrepos, 31000 Toulouse", "", "")
    sheet = _at("cress-occitanie-tableur", "ligne-377", "Journée de formation : l'insertion des femmes",
                "2022-11-26T09:00:00+01:00", "2022-11-26T17:00:00+01:00", "AHC", "La Halle aux Vins", "114 av. Foch",
                "31650", "ST-ORENS")
    calendar = _at("reseau-toulouse-ical", "formation@toulouse", "Formation-terrain – l'insertion des femmes",
                   "2022-11-26T08:00:00Z", "2022-11-26T16:00:00Z", "", "", "Saint-Orens", "", "")
    assert _pair(sheet, calendar) in _merged(index, sheet, calendar, toulouse)


EXHIBITION = _at("plateforme", "73", "Exposition « Paysans d'ici, circuits courts en Drôme »",
                 "2022-11-09T10:00:00+01:00", "2022-11-26T18:00:00+01:00", "Terre de Liens Drôme",
                 "Médiathèque publique et universitaire", "Place Charles Huguenel", "26000", "Valence")
OPENING_DAYS = (9, 12, 16, 19, 23, 26)


def _opening_days(title: str, uid: str) -> list[dict]:
    """A calendar's weekly all-day event on each opening day (RRULE, expanded one record a day)."""
    return [_at("reseau-drome-ical", f"{uid}#2022-11-{day:02d}", title, f"2022-11-{day:02d}", f"2022-11-{day:02d}", "",
                "", "Médiathèque, Valence", "", "") for day in OPENING_DAYS]


def test_an_exhibitions_opening_days_in_a_calendar_are_the_exhibition_listed_once(index):
    days = _opening_days("Expo Paysans d'ici", "expo-paysans@drome")
    merged = _merged(index, EXHIBITION, *days)
    assert frozenset(f"{r['source']}:{r['source_identifiant']}" for r in (EXHIBITION, *days)) in merged


def test_another_exhibition_at_that_library_those_days_stays_apart(index):
    days = _opening_days("Expo photo : regards sur le fleuve", "expo-photo@drome")
    merged = _merged(index, EXHIBITION, *days)
    assert all(len(group) == 1 for group in merged if "plateforme:73" in group)


ARDENNES_FORUM = _at("plateforme", "71", "Forum des Ardennes", "2022-11-24T09:00:00+01:00", "2022-11-24T17:00:00+01:00",
                     "CRESS Grand Est", "Le Forum", "Place Félix Bernard", "08000", "Charleville-Mézières")
ARDENNES_FEED = "reseau-grand-est-ical"
ARDENNES_OTHER = _at(ARDENNES_FEED, "velo@ge", "Atelier vélo", "2022-11-16T17:00:00Z", "2022-11-16T19:00:00Z", "", "",
                     "Maison de la vie associative, 25 rue de Warcq, 08000 Charleville-Mézières", "", "")


def test_an_all_day_copy_giving_the_town_alone_is_the_event_of_its_format_alone_there_that_day(index):
    calendar = _at(ARDENNES_FEED, "forum@ge", "Forum ESS Ardennes", "2022-11-24", "2022-11-24", "", "",
                   "Charleville-Mézières", "", "")
    assert _pair(ARDENNES_FORUM, calendar) in _merged(index, ARDENNES_FORUM, calendar, ARDENNES_OTHER)


def test_an_all_day_copy_giving_the_town_alone_stays_apart_when_its_town_lists_more_that_day(index):
    calendar = _at(ARDENNES_FEED, "forum@ge", "Forum ESS Ardennes", "2022-11-24", "2022-11-24", "", "",
                   "Charleville-Mézières", "", "")
    jobs = _at("plateforme", "72", "Forum de l'emploi solidaire", "2022-11-24T14:00:00+01:00",
               "2022-11-24T17:00:00+01:00", "Ardennes Emploi", "Salle Dubois-Crancé", "Rue Dubois-Crancé", "08000",
               "Charleville-Mézières")
    merged = _merged(index, ARDENNES_FORUM, jobs, calendar, ARDENNES_OTHER)
    assert _pair(ARDENNES_FORUM, calendar) not in merged and _pair(jobs, calendar) not in merged
