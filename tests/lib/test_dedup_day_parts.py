"""What the blind sets series_idf and hours_centre_pdl showed missed (cases written as other towns' feeds write them):
a spreadsheet's part of the day (« Après-midi », « Matinée », « En soirée », « Toute la journée ») for a start without
its time, read by the connector and told to the merge alone; « Agglo » for « Agglomération » in an organiser's name; a
venue written as its acronym in its own commune, or with its first words as their initials (« MDQ Touleuses »,
« MJC Antipode »); a venue named alone takes its town unless the same name is given a typo away elsewhere, not a word
away (« Maison de quartier des Courtillières »); a half day at one street, whoever each copy credits. Each merge
has its look-alike that stays apart."""

import pytest

from assets.lib.dedup import (
    _named_organisers_relation,
    _organisers,
    _record_features,
    _resolve_venues,
    deduplicate,
)
from assets.lib.normalize import normalize_candidate
from assets.lib.sources.spreadsheet import day_part, map_spreadsheet_event, map_spreadsheet_events
from tests.lib.test_dedup import frame, merged_keys, placed_2022

SHEET, FEED = "cress-idf-tableur", "refer-idf-ical"
MORNING = ("2022-11-19T09:30:00+01:00", "2022-11-19T12:30:00+01:00")
AFTERNOON = ("2022-11-19T14:00:00+01:00", "2022-11-19T17:00:00+01:00")
MDA = ("Maison des associations", "11 rue des Anciennes Mairies", "92000", "Nanterre")


def _keys(*records: dict) -> frozenset[str]:
    return frozenset(f"{r['source']}:{r['source_identifiant']}" for r in records)


def _together(index, first: dict, second: dict, *more: dict) -> bool:
    pair = _keys(first, second)
    return any(pair <= group for group in merged_keys(deduplicate(frame(first, second, *more), index)))


def _sheet_row(part: str, lieu: str = "MDA", organisateur: str = "Nanterre en Transition") -> dict:
    """The registration form's copy: the day alone, the part of the day in words."""
    return dict(placed_2022(SHEET, "IDF-22-010", "Fresque du climat", "2022-11-19", "", organisateur, lieu,
                            MDA[1], MDA[2], MDA[3]), moment_journee=part)


@pytest.mark.parametrize(("cell", "part"), [
    pytest.param("Après-midi", "apres_midi", id="apres-midi"),
    pytest.param("aprem", "apres_midi", id="aprem"),
    pytest.param("Matinée", "matin", id="matinee"),
    pytest.param("En soirée", "soir", id="soiree"),
    pytest.param("Toute la journée", "journee", id="toute la journee"),
    pytest.param("matin et après-midi", "journee", id="morning and afternoon"),
    pytest.param("demi-journée", None, id="a half day names no part"),
    pytest.param("AM", None, id="AM: morning in English, afternoon to some"),
    pytest.param("", None, id="empty"),
])
def test_the_part_of_the_day_a_cell_names_in_words(cell, part):
    assert day_part("2022-11-19", cell) == part


def test_a_start_with_its_time_has_no_part_of_the_day_and_the_part_is_told_to_the_merge_only():
    assert day_part("2022-11-19T14:00:00", "après-midi") is None
    options = {"colonnes": {"titre": "Titre", "date_debut": "Date", "horaires": "Horaires", "commune": "Ville"}}
    rows = [{"Titre": "Fresque du climat", "Date": "19/11/2022", "Horaires": hours, "Ville": "Nanterre"}
            for hours in ("après-midi", "14h-17h", "")]
    candidate = map_spreadsheet_event(rows[0], options, 2022)
    assert candidate["date_debut"] == "2022-11-19" and candidate["moment_journee"] == "apres_midi"
    # the connector maps a table column by column: the same parts
    by_column = map_spreadsheet_events(rows, options, [2022] * 3)
    assert [c["moment_journee"] for c in by_column] == ["apres_midi", None, None]
    row, _ = normalize_candidate(candidate, 2022, SHEET)
    assert row["moment_journee"] == "apres_midi" and row["date_heure_debut"] == ""
    assert normalize_candidate(dict(candidate, moment_journee="14h"), 2022, SHEET)[0]["moment_journee"] == ""


@pytest.mark.parametrize(("part", "session"), [
    pytest.param("apres_midi", "pm", id="the afternoon's copy is the afternoon session"),
    pytest.param("matin", "am", id="the morning's copy is the morning session"),
    pytest.param("", None, id="no part: either session's copy, set aside"),
])
def test_a_date_only_copy_naming_its_part_of_the_day_is_that_session(index, part, session):
    platform = placed_2022("plateforme", "314", "La Fresque du Climat (après-midi)", *AFTERNOON,
                           "Nanterre en transition", *MDA)
    afternoon = placed_2022(FEED, "fresque-pm@refer", "Fresque du Climat", *AFTERNOON, "", "",
                            "Maison des associations, Nanterre", "", "")
    morning = placed_2022(FEED, "fresque-am@refer", "Fresque du Climat", *MORNING, "", "",
                          "Maison des associations, Nanterre", "", "")
    sheet = _sheet_row(part)
    groups = merged_keys(deduplicate(frame(platform, afternoon, morning, sheet), index))
    if session is None:  # merged into neither, counted as a copy of one of them (SESSION_COPY_MOTIF)
        assert groups == {_keys(platform, afternoon), _keys(morning)}
    else:
        expected = {"pm": _keys(platform, afternoon, sheet), "am": _keys(morning, sheet)}[session]
        assert expected in groups


@pytest.mark.parametrize(("part", "one"), [
    pytest.param("apres_midi", True, id="the afternoon"),
    pytest.param("journee", False, id="the whole day is no afternoon's three hours"),
    pytest.param("matin", False, id="a morning's session only the form lists"),
    pytest.param("soir", False, id="an evening's"),
])
def test_a_part_of_the_day_that_cannot_hold_the_others_start_is_another_session(index, part, one):
    platform = placed_2022("plateforme", "314", "La Fresque du Climat", *AFTERNOON, "Nanterre en transition", *MDA)
    assert _together(index, platform, _sheet_row(part)) is one


@pytest.mark.parametrize(("end", "one"), [
    pytest.param("2022-11-12T18:00:00+01:00", True, id="the day-long village"),
    pytest.param("2022-11-12T11:00:00+01:00", False, id="an hour's talk"),
])
def test_the_whole_day_is_the_listing_that_lasts_the_day(index, end, one):
    platform = placed_2022("plateforme", "28", "Village de l'ESS", "2022-11-12T10:00:00+01:00", end,
                           "La Roche-sur-Yon Agglomération", "Place Napoléon", "", "85000", "La Roche-sur-Yon")
    sheet = dict(placed_2022(SHEET, "INS-22-036", "Village de l'ESS", "2022-11-12", "",
                             "La Roche-sur-Yon Agglomération", "Place Napoléon", "", "85000", "La Roche sur Yon"),
                 moment_journee="journee")
    assert _together(index, platform, sheet) is one


@pytest.mark.parametrize(("first", "second", "relation"), [
    pytest.param("LRSY Agglo", "La Roche-sur-Yon Agglomération", "same", id="acronym and Agglo"),
    pytest.param("Fougères Agglo", "Fougères Agglomération", "same", id="Agglo"),
    pytest.param("Asso Les Amis du Vélo", "Association Les Amis du Vélo", "same", id="Asso"),
    pytest.param("Fougères Agglo", "Vitré Agglomération", "other", id="another town's"),
    pytest.param("GPS Agglomération", "Grand Paris Sud", "same", id="the kind of intercommunality on one side"),
    pytest.param("Communauté d'agglomération du Pays de Dreux", "Pays de Dreux", "same", id="its kind first"),
    pytest.param("GPS Agglomération", "Grand Paris Seine Ouest", "other", id="other initials"),
    pytest.param("Nantes Métropole", "Ville de Nantes", "other", id="the town's own body"),
    pytest.param("Mairie 17", "Mairie du 17e", "same", id="an arrondissement's number as an ordinal"),
    pytest.param("Mairie du 11e", "Mairie du 17e", "other", id="two arrondissements' mairies"),
    pytest.param("Mairie du 1er", "Mairie du 2e", "other", id="the first arrondissement's"),
    pytest.param("Crédit Coop", "Crédit Coopératif", "same", id="a word cut"),
    pytest.param("CRESS O", "CRESS Occitanie", "same", id="the last word cut to its initial"),
    pytest.param("CRESS O", "CRESS Normandie", "other", id="another région's initial"),
    pytest.param("Ressourcerie Mtp", "Ressourcerie de Montpellier", "same", id="a town abbreviated"),
    pytest.param("Ressourcerie Mtp", "Ressourcerie de Metz", "other", id="another town"),
    pytest.param("URSCOP", "Les Scop Occitanie", "same", id="the regional union of the Scop by its brand"),
    pytest.param("Les Scop Occitanie", "Les Scop Bretagne", "other", id="two régions' unions"),
])
def test_an_organisers_shortened_word_reads_in_full_and_its_kind_of_intercommunality_may_be_left_out(
        index, first, second, relation):
    keys = _organisers([first, second])
    assert _named_organisers_relation(*keys[first], *keys[second]) == relation


EVRY = ("Maison de l'emploi", "3 allée Jean Ferrat", "91000", "Évry-Courcouronnes")
JOB_DATING = ("2022-11-24T09:00:00+01:00", "2022-11-24T12:00:00+01:00")


@pytest.mark.parametrize(("acronym", "others", "one"), [
    pytest.param("MDE", (), True, id="the one venue of those initials in its commune"),
    pytest.param("MDE", (("Maison des étudiants", "2 rue du Facteur Cheval"),), False,
                 id="two venues of those initials there: neither"),
    pytest.param("MJC", (), False, id="other initials"),
])
def test_a_venue_written_as_its_acronym_in_its_commune(index, acronym, others, one):
    platform = placed_2022("plateforme", "329", "Job dating de l'insertion par l'activité économique", *JOB_DATING,
                           "Grand Paris Sud", *EVRY)
    sheet = placed_2022(SHEET, "IDF-22-024", "Job dating IAE", *JOB_DATING, "Grand Paris Sud", acronym, "", "91080",
                        "EVRY COURCOURONNES")
    more = [placed_2022("plateforme", f"9{n}", "Permanence", "2022-11-03T14:00:00+01:00", "", "Université",
                        venue, street, "91000", "Évry-Courcouronnes") for n, (venue, street) in enumerate(others)]
    assert _together(index, platform, sheet, *more) is one


TOULEUSES = ("Maison de quartier des Touleuses", "Place des Touleuses", "95000", "Cergy")
SATURDAY = ("2022-11-05T10:00:00+01:00", "2022-11-05T12:00:00+01:00")


@pytest.mark.parametrize(("other_venue", "communes"), [
    pytest.param("Maison de quartier des Courtillières", {"95127"},
                 id="another venue of the same kind elsewhere: a word apart, no typo"),
    pytest.param("Maison de quartier des Touleuse", set(),
                 id="the same name a typo away in another town: which town, nothing tells"),
])
def test_a_venue_named_alone_takes_the_town_the_edition_gives_it_unless_a_typo_away_elsewhere(
        index, other_venue, communes):
    platform = placed_2022("plateforme", "301", "Atelier vélo solidaire", *SATURDAY, "Cergy Vélo Solidaire",
                           *TOULEUSES)
    calendar = placed_2022(FEED, "velo-touleuses@refer", "Atelier vélo solidaire", *SATURDAY, "", "",
                           "Maison de quartier des Touleuses", "", "")
    elsewhere = placed_2022("plateforme", "302", "Fête de quartier", "2022-11-05T15:00:00+01:00", "",
                            "Ville de Pantin", other_venue, "", "93500", "Pantin")
    records = _record_features(frame(platform, calendar, elsewhere), index)
    _resolve_venues(records)
    assert records[1].communes == communes


@pytest.mark.parametrize(("written", "one"), [
    pytest.param("MJC Antipode", True, id="its first words as their initials"),
    pytest.param("MJC Bréquigny", False, id="another house of the same kind"),
])
def test_a_venue_named_alone_with_its_first_words_as_their_initials(index, written, one):
    """« MJC Antipode » in a calendar is the Maison des jeunes et de la culture Antipode that the edition places in
    Rennes."""
    agenda = placed_2022("cress-bretagne-openagenda", "9001", "Concert solidaire", "2022-11-18T20:00:00+01:00",
                         "2022-11-18T23:00:00+01:00", "Antipode", "Maison des jeunes et de la culture Antipode",
                         "2 rue André Trasbot", "35000", "Rennes")
    calendar = placed_2022(FEED, "concert@reseau", "Concert solidaire", "2022-11-18T19:00:00Z",
                           "2022-11-18T22:00:00Z", "", "", written, "", "")
    records = _record_features(frame(agenda, calendar), index)
    _resolve_venues(records)
    assert (records[1].communes == {"35238"}) is one
    assert _together(index, agenda, calendar) is one


METZ_MDA = ("Maison des associations", "1 rue du Coëtlosquet", "57000", "Metz")
TRAINING = ("2022-11-19T09:30:00+01:00", "2022-11-19T12:30:00+01:00")


@pytest.mark.parametrize(("credited", "one"), [
    pytest.param("LMA Grand Est", True, id="the acronym of the first co-organiser the third record credits"),
    pytest.param("LMB Grand Est", False, id="another acronym"),
])
def test_two_co_organisers_each_credited_by_one_source_one_by_its_acronym(index, credited, one):
    """Organiser names from the blind set organisers_grand_est: the platform credits both, each other source one."""
    platform = placed_2022("plateforme", "33", "Formation : la trésorerie associative", *TRAINING,
                           "Le Mouvement associatif Grand Est et Ville de Metz", *METZ_MDA)
    agenda = placed_2022("cress-grand-est-openagenda", "7027", "Trésorier d'association : les bases (formation)",
                         *TRAINING, "Ville de Metz", *METZ_MDA)
    sheet = dict(placed_2022(SHEET, "GE-2022-033", "Formation trésorerie associative", "2022-11-19", "", credited,
                             "Maison des associations", "", "57000", "Metz"), moment_journee="matin")
    groups = merged_keys(deduplicate(frame(platform, agenda, sheet), index))
    assert (_keys(platform, agenda, sheet) in groups) is one
    assert _keys(platform, agenda) <= next(group for group in groups if _keys(platform) <= group)


ROCKETTE = ("La Petite Rockette - ressourcerie", "125 rue du Chemin Vert", "75011", "Paris")


@pytest.mark.parametrize(("part", "address", "one"), [
    pytest.param("apres_midi", ROCKETTE[1], True, id="the afternoon at the address the platform gives"),
    pytest.param("", ROCKETTE[1], False, id="the day alone: the collective or the host, another event"),
    pytest.param("matin", ROCKETTE[1], False, id="the morning"),
    pytest.param("apres_midi", "127 rue du Chemin Vert", False, id="next door"),
])
def test_a_half_day_at_one_street_is_that_streets_session_whoever_it_credits(index, part, address, one):
    """A sheet credits the repair café's collective (« Repair Café Paris 11 ») where the platform credits the venue
    hosting it; the sheet's other repair café that afternoon in Paris, at another street, is not a second partner."""
    platform = placed_2022("plateforme", "10", "Repair Café de la Petite Rockette", "2022-11-12T14:00:00+01:00",
                           "2022-11-12T18:00:00+01:00", "La Petite Rockette", *ROCKETTE)
    other = placed_2022("plateforme", "11", "Repair café de Belleville", "2022-11-12T14:00:00+01:00",
                        "2022-11-12T18:00:00+01:00", "Repair Café Paris 20", "La Maison du Bas Belleville",
                        "126 rue de Ménilmontant", "75020", "Paris")
    sheet = dict(placed_2022(SHEET, "IDF-22-010", "Repair café", "2022-11-12", "", "Repair Café Paris 11", "",
                             address, "75011", "Paris 11"), moment_journee=part)
    sheet_other = dict(placed_2022(SHEET, "IDF-22-011", "Repair café", "2022-11-12", "", "Repair Café Paris 20",
                                   "", "126 rue de Ménilmontant", "75020", "Paris 20"), moment_journee="apres_midi")
    groups = merged_keys(deduplicate(frame(platform, other, sheet, sheet_other), index))
    assert (_keys(platform, sheet) in groups) is one
    assert _keys(other, sheet_other) in groups


@pytest.mark.parametrize(("sheet_title", "part", "one"), [
    pytest.param("Forum IAE", "matin", True, id="the morning, one venue, the metropolis by its nickname"),
    pytest.param("Forum emploi et insertion", "matin", True, id="a title reworded around a subject in common"),
    pytest.param("Forum IAE", "apres_midi", False, id="the afternoon"),
    pytest.param("Atelier couture", "matin", False, id="another subject"),
])
def test_a_half_day_at_one_venue_is_that_venues_session_whoever_it_credits(index, sheet_title, part, one):
    lattara = ("Salle Lattara", "Avenue de Montpellier", "34970", "Lattes")
    platform = placed_2022("plateforme", "2233", "Forum de l'emploi et de l'insertion par l'activité économique",
                           "2022-11-24T09:00:00+01:00", "2022-11-24T12:30:00+01:00",
                           "Montpellier Méditerranée Métropole", *lattara)
    sheet = dict(placed_2022(SHEET, "OCC-22-039", sheet_title, "2022-11-24", "", "3M", "Salle Lattara", "", "34970",
                             "LATTES"), moment_journee=part)
    assert _together(index, platform, sheet) is one
