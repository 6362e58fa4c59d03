"""What the blind sets locations_bfc and sheets_occitanie_est showed missed (cases written as other towns' feeds
write them): a calendar's LOCATION or a sheet's town giving a quarter alone (« Planoise », « Clairs-Soleils »,
« Quartier des Grésilles », « Battant, Besançon »), which the edition's other records name in their titles,
organisers, venues or streets in one town, at venues that are the quarter's; « Fontaine d'Ouche », a quarter of Dijon,
not read as the town of Fontaine (Isère); a town mistyped alone (« Dijion », « Chalons-sur-Saone »); a venue named
without its kind, its town after it (« Utopia Montpellier »); a town named alone for its neighbour in its urban
intercommunality (« Dijon » for Chenôve). Each merge has its look-alike that stays apart."""

import pytest

from assets.lib.dedup import (
    _record_features,
    _resolve_misspelt_towns,
    _resolve_quarters,
    _resolve_venues,
    deduplicate,
)
from tests.lib.test_dedup import frame, merged_keys, placed_2022

AGENDA, FEED, SHEET = "cress-bfc-openagenda", "tiers-lieux-bfc-ical", "cress-bfc-tableur"
MORNING = ("2022-11-24T09:00:00+01:00", "2022-11-24T12:00:00+01:00")
MANDELA = ("Centre Nelson Mandela", "13 avenue de l'Île-de-France", "25000", "Besançon")


def _keys(*records: dict) -> frozenset[str]:
    return frozenset(f"{r['source']}:{r['source_identifiant']}" for r in records)


def _job_dating(title: str = "Job dating IAE & ESS à Planoise", organiser: str = "Pôle emploi Besançon") -> dict:
    return placed_2022(AGENDA, "27028", title, *MORNING, organiser, *MANDELA)


def _calendar(location: str, title: str = "Mois de l'ESS : job dating") -> dict:
    """A network's calendar: its LOCATION gives the quarter alone."""
    return placed_2022(FEED, "job-dating@tierslieux-bfc.org", title, *MORNING, "", "", location, "", "")


@pytest.mark.parametrize(("agenda", "one"), [
    pytest.param(_job_dating(), True, id="the title names the quarter"),
    pytest.param(_job_dating("Job dating IAE & ESS", "Pôle emploi Besançon Planoise"), True,
                 id="the organiser names it"),
    pytest.param(_job_dating("Job dating IAE & ESS"), False, id="nothing names it: a venue nothing places"),
])
def test_a_quarter_alone_is_in_the_town_whose_records_name_it(index, agenda, one):
    groups = merged_keys(deduplicate(frame(agenda, _calendar("Planoise")), index))
    assert (_keys(agenda, _calendar("Planoise")) in groups) is one


@pytest.mark.parametrize(("towns", "one"), [
    pytest.param(("Besançon",), True, id="another record names it in the town"),
    pytest.param(("Besançon", "Chenôve"), False, id="records name it in two towns"),
])
def test_a_quarter_named_by_other_records_is_in_their_one_town(index, towns, one):
    """The job dating's own records do not name the quarter; a disco soupe on the parvis at its street does."""
    agenda = _job_dating("Job dating IAE & ESS")
    mentions = [placed_2022(AGENDA, f"2709{number}", "Disco Soupe de Planoise", "2022-11-20T10:00:00+01:00",
                            "2022-11-20T13:00:00+01:00", "Maison de quartier", "Parvis", MANDELA[1], "", town)
                for number, town in enumerate(towns)]
    groups = merged_keys(deduplicate(frame(agenda, *mentions, _calendar("Planoise")), index))
    assert (_keys(agenda, _calendar("Planoise")) in groups) is one


@pytest.mark.parametrize(("venue", "town", "walk_day", "one"), [
    pytest.param("Les Passagers du Zinc", "Besançon", 30, True, id="a venue of the quarter"),
    pytest.param("La Rodia", "Besançon", 30, False,
                 id="a venue of the town nothing ties to the quarter, the day a record stands in it"),
    pytest.param("La Rodia", "Besançon", 5, True, id="a venue of the town, the day nothing stands in the quarter"),
    pytest.param("Les Passagers du Zinc", "Dole", 30, False, id="another town's"),
])
def test_a_quarter_with_its_town_is_no_venue_against_the_venues_in_it(index, venue, town, walk_day, one):
    """« Battant, Besançon »: a walk in the quarter starts from the Passagers du Zinc."""
    platform = placed_2022("plateforme", "2132", "Café-débat : la Pive, une monnaie locale",
                           "2022-11-30T18:30:00+01:00", "2022-11-30T20:30:00+01:00", "La Pive", venue, "", "", town)
    walk = placed_2022(AGENDA, "27030", "Balade dans le quartier Battant", f"2022-11-{walk_day:02d}T10:00:00+01:00",
                       f"2022-11-{walk_day:02d}T12:00:00+01:00", "CRESS BFC", "Les Passagers du Zinc",
                       "5 rue de Vignier", "25000", "Besançon")
    calendar = placed_2022(FEED, "cafe-debat-pive@tierslieux-bfc.org", "Café-débat monnaie locale",
                           "2022-11-30T18:30:00+01:00", "2022-11-30T20:30:00+01:00", "", "", "Battant, Besançon", "",
                           "")
    groups = merged_keys(deduplicate(frame(platform, walk, calendar), index))
    assert (_keys(platform, calendar) in groups) is one


@pytest.mark.parametrize(("title", "one"), [
    pytest.param("Visite de la librairie", True, id="a venue nothing ties to a quarter"),
    pytest.param("Visite de la librairie de Battant", False, id="a venue of another quarter the edition names"),
])
def test_a_venue_naming_another_quarter_is_not_in_this_one(index, title, one):
    """The calendar's « Écusson, Montpellier »; the edition names the Écusson and Battant (here in Montpellier too)."""
    shop = placed_2022(AGENDA, "29", title, "2022-11-26T11:00:00+01:00", "2022-11-26T12:00:00+01:00",
                       "Le Grain des Mots", "Le Grain des Mots", "13 rue du Plan Palais", "34000", "Montpellier")
    naming = [placed_2022(AGENDA, f"3{number}", f"Balade dans le quartier {quarter}", "2022-11-05T10:00:00+01:00",
                          "2022-11-05T12:00:00+01:00", "CRESS Occitanie", "Place de la Comédie", "", "34000",
                          "Montpellier") for number, quarter in enumerate(("Écusson", "Battant"))]
    calendar = placed_2022(FEED, "visite@reseau", "Visite : une librairie en Scop", "2022-11-26T11:00:00+01:00",
                           "2022-11-26T12:00:00+01:00", "", "", "Écusson, Montpellier", "", "")
    others = [placed_2022(FEED, "battant@reseau", "Atelier", "2022-11-12T14:00:00+01:00", "2022-11-12T16:00:00+01:00",
                          "", "", "Battant, Montpellier", "", "")]
    groups = merged_keys(deduplicate(frame(shop, *naming, calendar, *others), index))
    assert (_keys(shop, calendar) in groups) is one


def test_a_venues_short_name_is_no_quarter(index):
    """« L'Escapade » is named inside a venue's name only (« Centre socioculturel L'Escapade »): its short name."""
    centre = placed_2022(AGENDA, "27047", "Job dating : l'insertion recrute", *MORNING, "Pôle emploi Audincourt",
                         "Centre socioculturel L'Escapade", "1 rue Charles Peugeot", "25400", "Audincourt")
    short = placed_2022(SHEET, "BFC-22-057", "Job dating IAE", "2022-11-24", "", "Pôle emploi", "L'Escapade", "", "",
                        "Audincourt")
    quarter = placed_2022(FEED, "jd@tierslieux-bfc.org", "Job dating", *MORNING, "", "", "Planoise", "", "")
    records = _record_features(frame(centre, short, _job_dating(), quarter), index)
    _resolve_venues(records)
    _resolve_quarters(records)
    assert [(r.quarter, r.quarter_alone) for r in records] == [("", False), ("", False), ("", False),
                                                                ("planoise", True)]


@pytest.mark.parametrize(("written", "fontaine"), [
    pytest.param("Fontaine d'Ouche", False, id="a quarter of Dijon named after a fountain: no town"),
    pytest.param("Fontaine", True, id="the town of Fontaine, among the communes of that name"),
    pytest.param("Fontaine Les Alpins", True, id="a town and its quarter"),
])
def test_a_name_after_a_towns_and_a_link_word_is_no_quarter_of_that_town(index, written, fontaine):
    assert ("38169" in index.candidates("", "", written)) is fontaine
    assert index.candidates("", "", "Strasbourg-Neudorf") == {"67482"}


LAUNCH = ("2022-11-03T18:00:00+01:00", "2022-11-03T21:00:00+01:00")


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Dijion", True, id="a letter too many"),
    pytest.param("DIJJON", True, id="a letter doubled, in capitals"),
    pytest.param("Digoin", False, id="another town"),
])
def test_a_town_mistyped_alone_is_the_town_the_edition_gives(index, location, one):
    agenda = placed_2022(AGENDA, "27001", "Soirée de lancement du Mois de l'ESS", *LAUNCH, "CRESS BFC",
                         "Salle de Flore", "Place de la Libération", "21000", "Dijon")
    calendar = placed_2022(FEED, "lancement@tierslieux-bfc.org", "Mois de l'ESS : soirée de lancement", *LAUNCH,
                           "", "", location, "", "")
    assert (_keys(agenda, calendar) in merged_keys(deduplicate(frame(agenda, calendar), index))) is one


@pytest.mark.parametrize(("towns", "venues", "read"), [
    pytest.param(("Audincourt",), ("Salle des fêtes",), ("", ["25031"]), id="the one town a typo away"),
    pytest.param(("Audincourt", "Adaincourt"), ("Salle des fêtes", "Mairie"), ("audaincourt", []),
                 id="two towns a typo away: a venue nothing places"),
    pytest.param(("Audincourt", "Besançon"), ("Salle des fêtes", "Audaincourt"), ("audaincourt", []),
                 id="a venue of that name the edition places"),
])
def test_a_name_alone_close_to_two_towns_or_a_venue_the_edition_places_stays_a_venue(index, towns, venues, read):
    placed = [placed_2022(AGENDA, str(number), "Atelier", *LAUNCH, "", venue, "", "", town)
              for number, (town, venue) in enumerate(zip(towns, venues, strict=True))]
    alone = placed_2022(FEED, "atelier@cal", "Atelier", *LAUNCH, "", "", "Audaincourt", "", "")
    records = _record_features(frame(*placed, alone), index)
    _resolve_misspelt_towns(records)
    assert (records[-1].venue, sorted(records[-1].communes)) == read


@pytest.mark.parametrize(("location", "one"), [
    pytest.param("Utopia Montpellier", True, id="the cinema named without its kind, its town after it"),
    pytest.param("Diagonal Montpellier", False, id="another cinema of the town"),
])
def test_a_venue_named_without_its_kind_before_its_town(index, location, one):
    platform = placed_2022("plateforme", "2272", "Ciné-débat « Douce France »", "2022-11-07T20:00:00+01:00",
                           "2022-11-07T22:30:00+01:00", "Alternatiba Montpellier", "Cinéma Utopia",
                           "5 avenue du Docteur Pezet", "34090", "Montpellier")
    other = placed_2022(AGENDA, "34090", "Ciné-rencontre", "2022-11-15T20:00:00+01:00", "2022-11-15T22:30:00+01:00",
                        "Attac Montpellier", "Cinéma Diagonal", "5 rue de Verdun", "34000", "Montpellier")
    calendar = placed_2022(FEED, "cine@tierslieux", "Ciné-débat Douce France", "2022-11-07T19:00:00Z",
                           "2022-11-07T21:30:00Z", "", "", location, "", "")
    groups = merged_keys(deduplicate(frame(platform, other, calendar), index))
    assert (_keys(platform, calendar) in groups) is one


AFTERNOON = ("2022-11-12T14:00:00+01:00", "2022-11-12T17:00:00+01:00")


def _repair_cafe(source: str, identifier: str, venue: str, address: str, postal: str, town: str) -> dict:
    return placed_2022(source, identifier, "Repair café", *AFTERNOON, "", venue, address, postal, town)


@pytest.mark.parametrize(("location", "other_town", "one"), [
    pytest.param("Dijon", "Chenôve", True, id="the metropolis' big town named for its suburb"),
    pytest.param("Dijon, 21000", "Chenôve", False, id="a postal code given: the town it says"),
    pytest.param("Dijon", "Beaune", False, id="a town of another intercommunality"),
])
def test_a_town_named_alone_may_be_its_neighbour_in_its_intercommunality(index, location, other_town, one):
    agenda = _repair_cafe(AGENDA, "27002", "Maison des associations", "7 rue Armand Thibaut",
                          {"Chenôve": "21300", "Beaune": "21200"}[other_town], other_town)
    calendar = placed_2022(FEED, "rc@tierslieux", "Repair Café", *AFTERNOON, "", "", location, "", "")
    assert (_keys(agenda, calendar) in merged_keys(deduplicate(frame(agenda, calendar), index))) is one


def test_a_town_named_alone_is_its_own_event_before_its_neighbours(index):
    """A repair café in Dijon and one in Chenôve the same afternoon: the calendar's « Dijon » is Dijon's."""
    chenove = _repair_cafe(AGENDA, "27002", "Maison des associations", "7 rue Armand Thibaut", "21300", "Chenôve")
    dijon = _repair_cafe("plateforme", "2104", "Maison-Phare", "2 allée de Grenoble", "21000", "Dijon")
    calendar = placed_2022(FEED, "rc@tierslieux", "Repair Café", *AFTERNOON, "", "", "Dijon", "", "")
    groups = merged_keys(deduplicate(frame(chenove, dijon, calendar), index))
    assert _keys(dijon, calendar) in groups and _keys(chenove) in groups


def test_a_date_only_town_named_alone_is_no_neighbours_event(index):
    agenda = _repair_cafe(AGENDA, "27002", "Maison des associations", "7 rue Armand Thibaut", "21300", "Chenôve")
    calendar = placed_2022(FEED, "rc@tierslieux", "Repair Café", "2022-11-12", "", "", "", "Dijon", "", "")
    assert _keys(agenda, calendar) not in merged_keys(deduplicate(frame(agenda, calendar), index))


def test_a_neighbour_is_no_link_that_undoes_the_named_towns_merge(index):
    """A colloquium at the Mont Houy campus: one source gives Valenciennes with its Cedex code, the sheet Valenciennes
    alone, the platform Aulnoy-lez-Valenciennes (the campus' commune, next door). The sheet and the Cedex copy stay
    together, whatever the sheet's neighbour says (in the blind set dense_hdf, where the Cedex copy and the platform
    cannot be one, the neighbour made the sheet torn between two events and lost both pairs)."""
    start = ("2022-11-22T09:00:00+01:00", "2022-11-22T17:00:00+01:00")
    agenda = placed_2022(AGENDA, "70018", "Innovation sociale & territoires : colloque de l'UPHF", *start, "UPHF",
                         "Campus Mont Houy", "Le Mont Houy, 59313 Valenciennes Cedex 9", "59313",
                         "Valenciennes Cedex 9")
    sheet = placed_2022(SHEET, "R-025", "Colloque innovation sociale", *start, "UPHF",
                        "Université Polytechnique - Mont Houy", "", "", "Valenciennes")
    platform = placed_2022("plateforme", "128", "Colloque : innovation sociale et territoires", *start,
                           "Université Polytechnique Hauts-de-France", "Campus du Mont Houy", "Le Mont Houy", "59300",
                           "Aulnoy-lez-Valenciennes")
    assert any(_keys(agenda, sheet) <= group for group in merged_keys(deduplicate(frame(agenda, sheet, platform),
                                                                                    index)))
