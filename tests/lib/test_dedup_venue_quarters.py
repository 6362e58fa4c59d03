"""Venues read as other sources write them (cases of the dense blind sets scripts/blind_sets/dense_paca and
dense_occitanie, written as other towns' feeds write them): « Cité des assos »; a quarter given alone that the other
record's street is named after, or that another record's title names at the other's venue; the organiser's premises
by its acronym; a venue's acronym with its town first (« TSM »); a road to a town is no town. Each merge has its
look-alike that stays apart."""

import pytest

from assets.lib.dedup import _named_organisers_relation, _organisers, deduplicate
from tests.lib.test_dedup import frame, merged_keys, placed_2022

FEED = "reseau-sud-ical"
EVENING = ("2022-11-17T18:30:00+01:00", "2022-11-17T21:30:00+01:00")
EVENING_UTC = ("2022-11-17T17:30:00Z", "2022-11-17T20:30:00Z")
# The calendar's other records place its feed in the Bouches-du-Rhône
FEED_OTHER = placed_2022(FEED, "velo@sud", "Atelier vélo", "2022-11-09T16:00:00Z", "2022-11-09T19:00:00Z", "", "",
                         "Le Cycle, 18 rue Consolat, 13001 Marseille", "", "")


def _at(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str, adresse: str,
        code_postal: str, commune: str) -> dict:
    return placed_2022(source, identifier, titre, start, end, organisateur, lieu, adresse, code_postal, commune)


def _pair(first: dict, second: dict) -> frozenset[str]:
    return frozenset(f"{r['source']}:{r['source_identifiant']}" for r in (first, second))


def _together(index, first: dict, second: dict, *more: dict) -> bool:
    """Whether the two records are published in one row (with others, maybe)."""
    pair = _pair(first, second)
    return any(pair <= group for group in merged_keys(deduplicate(frame(first, second, *more), index)))


FRESQUE = _at("plateforme", "201", "La Fresque du Climat", *EVENING, "La Fresque du Climat", "Cité des associations",
              "93 La Canebière", "13001", "Marseille")


@pytest.mark.parametrize(("venue", "one"), [
    pytest.param("Cité des assos", True, id="assos, the associations"),
    pytest.param("Maison des assos", False, id="another house of the associations"),
])
def test_assos_is_associations_in_a_venues_name(index, venue, one):
    sheet = _at("cress-paca-tableur", "PACA-22-011", "Fresque du Climat", *EVENING, "Fresque du Climat", venue, "",
                "13001", "Marseille")
    assert _together(index, FRESQUE, sheet) is one


CLOSING = _at("plateforme", "202", "Soirée de clôture du Mois de l'ESS", "2022-11-30T18:00:00+01:00",
              "2022-11-30T21:00:00+01:00", "CRESS Provence-Alpes-Côte d'Azur", "Les Docks Village",
              "10 place de la Joliette", "13002", "Marseille")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("La Joliette", True, id="the quarter its street is named after"),
    pytest.param("Le Panier", False, id="another quarter"),
])
def test_a_quarter_alone_that_the_others_street_is_named_after(index, location, one):
    calendar = _at(FEED, "cloture@sud", "Soirée de clôture", "2022-11-30T17:00:00Z", "2022-11-30T20:00:00Z", "", "",
                   location, "", "")
    assert _together(index, CLOSING, calendar, FEED_OTHER) is one


REPAIR = ("2022-11-19T14:00:00+01:00", "2022-11-19T17:00:00+01:00")
REPAIR_UTC = ("2022-11-19T13:00:00Z", "2022-11-19T16:00:00Z")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Belsunce", True, id="the quarter another record's title names at that venue"),
    pytest.param("Noailles", False, id="another quarter"),
])
def test_a_quarter_another_record_names_at_the_others_venue(index, location, one):
    platform = _at("plateforme", "203", "Repair Café Belsunce", *REPAIR, "Repair Café Marseille", "Coco Velten",
                   "16 rue Bernard du Bois", "13001", "Marseille")
    sheet = _at("cress-paca-tableur", "PACA-22-020", "Repair café à Coco Velten", *REPAIR, "Repair Café Marseille",
                "Coco Velten", "", "13001", "Marseille")
    calendar = _at(FEED, "rc@sud", "Repair café", *REPAIR_UTC, "", "", location, "", "")
    assert _together(index, sheet, calendar, platform, FEED_OTHER) is one


BIKE = ("2022-11-09T17:00:00+01:00", "2022-11-09T20:00:00+01:00")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Collectif Vélos en Ville, Marseille", True, id="the venue the organiser's acronym spells"),
    pytest.param("Vélo Sapiens, Marseille", False, id="another bike workshop"),
])
def test_the_organisers_premises_by_its_acronym(index, location, one):
    sheet = _at("cress-paca-tableur", "PACA-22-030", "Atelier vélo", *BIKE, "CVV", "Atelier CVV", "5 rue d'Anvers",
                "13001", "Marseille")
    calendar = _at(FEED, "velo-9@sud", "Atelier vélo participatif", "2022-11-09T16:00:00Z", "2022-11-09T19:00:00Z", "",
                   "", location, "", "")
    assert _together(index, sheet, calendar) is one


SCIC_TALK = _at("cress-occitanie-openagenda", "7301", "Conférence : la Scic, un outil pour les territoires",
                "2022-11-22T18:00:00+01:00", "2022-11-22T20:00:00+01:00", "Les Scop Occitanie",
                "Toulouse School of Management", "2 rue du Doyen Gabriel Marty", "31000", "Toulouse")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("TSM, Toulouse", True, id="the acronym, its town first"),
    pytest.param("TBS, Toulouse", False, id="another school's acronym"),
])
def test_a_venues_acronym_with_its_town_first(index, location, one):
    calendar = _at("reseau-toulouse-ical", "scic@toulouse", "La Scic, outil des territoires", "2022-11-22T17:00:00Z",
                   "2022-11-22T19:00:00Z", "", "", location, "", "")
    assert _together(index, SCIC_TALK, calendar) is one


def test_a_road_to_a_town_is_not_that_town(index):
    # « Campus route de Mende » is in Montpellier; the edition lists Mende (Lozère) too.
    feed = "reseau-herault-ical"
    mende = _at(feed, "marche@mende", "Marché paysan", "2022-11-12T08:00:00Z", "2022-11-12T12:00:00Z", "", "", "Mende",
                "", "")
    montpellier = _at(feed, "velo@mtp", "Atelier vélo", "2022-11-09T16:00:00Z", "2022-11-09T19:00:00Z", "", "",
                      "Vélocité, 4 rue Haguenot, 34070 Montpellier", "", "")
    platform = _at("plateforme", "110", "Conférence : les communs, une autre économie ?", "2022-11-14T17:30:00+01:00",
                   "2022-11-14T19:30:00+01:00", "Université Paul-Valéry Montpellier 3", "Université Paul-Valéry",
                   "Route de Mende", "34090", "Montpellier")
    calendar = _at(feed, "communs@mtp", "Conférence Communs & ESS", "2022-11-14T16:30:00Z", "2022-11-14T18:30:00Z", "",
                   "", "Campus route de Mende", "", "")
    assert _together(index, platform, calendar, mende, montpellier)


@pytest.mark.parametrize(("organiser", "other", "relation"), [
    pytest.param("URSCOP", "Union régionale des Scop et Scic Sud", "same", id="an acronym of the name before « et »"),
    pytest.param("URSCOP", "Union régionale des Scic", "other", id="another union"),
    pytest.param("Région Sud", "Région Provence-Alpes-Côte d'Azur", "same", id="the Région's other name"),
    pytest.param("Région Sud", "Région Occitanie", "other", id="another Région"),
])
def test_organisers_by_another_of_their_names(index, organiser, other, relation):
    keys = _organisers([organiser, other])
    assert _named_organisers_relation(*keys[organiser], *keys[other]) == relation


MARKET = _at("cress-paca-openagenda", "22090", "Marché des producteurs et artisans solidaires",
             "2022-11-18T08:00:00+01:00", "2022-11-18T13:00:00+01:00", "Ville de Carpentras",
             "Place de l'Hôtel de Ville", "Place Maurice Charretier", "84200", "Carpentras")


@pytest.mark.parametrize(("title", "one"), [
    pytest.param("Marché solidaire", True, id="the town's centre, no venue"),
    pytest.param("Conférence : la ville en transition", False, id="another event in the centre that day"),
])
def test_the_town_centre_is_no_venue(index, title, one):
    sheet = _at("cress-paca-tableur", "PACA-22-060", title, "2022-11-18", "", "Mairie de Carpentras", "Centre-ville",
                "", "84200", "Carpentras")
    assert _together(index, MARKET, sheet) is one
