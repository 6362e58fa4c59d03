"""Cross-source deduplication: true duplicates with each kind of difference, look-alikes kept apart, clusters."""

import pandas as pd
import pytest

from assets.lib.dedup import (
    LISTED_TWICE_MOTIF,
    MERGE_MOTIF,
    SESSION_COPY_MOTIF,
    CommuneIndex,
    _acronym_beside_shared_words,
    _named_organisers_relation,
    _organiser_keys,
    _record_features,
    arrondissement_of,
    commune_key,
    deduplicate,
    formats_of,
    spells_out,
    title_core,
    title_key,
    use_territories,
)
from assets.lib.normalize import EVENT_COLUMNS, event_identifier
from assets.lib.text import fold
from tests.scripts import script_module

BASE = {
    "edition": 2019, "numero_edition": 12, "titre": "Repair café de la Croix-Rousse", "description": "Réparer.",
    "date_debut": "2019-11-16T14:00:00+01:00", "date_fin": "2019-11-16T17:30:00+01:00",
    "type_evenement": "formation_atelier", "thematiques": "economie_circulaire", "publics": "grand_public",
    "modalite": "presentiel", "organisateur": "Association Les Bricoleurs", "organisateur_famille": "association",
    "co_organisateurs": "", "lieu": "Maison des associations", "adresse": "28 rue Denfert-Rochereau",
    "code_postal": "69004", "commune": "Lyon", "latitude": 45.7745, "longitude": 4.8275, "url": "",
    "sources_fusionnees": "", "date_mise_a_jour": "2019-10-28", "code_insee_source": "",
}


@pytest.fixture(autouse=True)
def territories(index):
    """The départements' and régions' names the organiser rules read, as deduplicate() installs them."""
    use_territories(index)


def event(source: str, identifier: str, **changes) -> dict:
    row = {**BASE, **changes, "source": source, "source_identifiant": identifier}
    row["identifiant"] = event_identifier(row["edition"], source, identifier)
    return row


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=EVENT_COLUMNS)


def merged_keys(result) -> set[frozenset[str]]:
    """Each published row as the set of `source:identifiant` it stands for."""
    return {
        frozenset([f"{row.source}:{row.source_identifiant}", *filter(None, row.sources_fusionnees.split("|"))])
        for row in result.events.itertuples()
    }


def record_2022(source: str, identifier: str, **fields) -> dict:
    """A record of the 2022 edition, without description (the evidence is the place, the title, the time)."""
    return event(source, identifier, edition=2022, numero_edition=15, description="", **fields)


def placed_2022(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
                adresse: str, code_postal: str, commune: str) -> dict:
    """An event on site of the 2022 edition given by its title, times, organiser and place fields alone (no INSEE code,
    no coordinates, no description)."""
    return event(source, identifier, edition=2022, titre=titre, date_debut=start, date_fin=end,
                 organisateur=organisateur, modalite="presentiel", lieu=lieu, adresse=adresse,
                 code_postal=code_postal, commune=commune, latitude=None, longitude=None, code_insee_source="",
                 description="")


def merged_as_one(first: dict, second: dict, index) -> bool:
    """Whether two records are published as one event."""
    keys = {f"{first['source']}:{first['source_identifiant']}", f"{second['source']}:{second['source_identifiant']}"}
    return frozenset(keys) in merged_keys(deduplicate(frame(first, second), index))


REGIONAL = "cress-aura-openagenda"


@pytest.mark.parametrize(
    "difference",
    [
        pytest.param({"titre": "REPAIR CAFÉ DE LA CROIX-ROUSSE"}, id="title case"),
        pytest.param({"titre": "Repair cafe de la Croix Rousse !"}, id="title punctuation and accents"),
        pytest.param({"titre": "Mois de l'ESS 2019 : Repair café de la Croix-Rousse"}, id="boilerplate"),
        pytest.param({"titre": "Repair café de la Croix-Rousse – Les Bricoleurs"}, id="title with organiser"),
        pytest.param({"date_debut": "2019-11-16T15:00:00+01:00", "date_fin": ""}, id="time shifted"),
        pytest.param({"date_debut": "2019-11-16T13:00:00Z"}, id="same time in UTC"),
        pytest.param({"date_debut": "2019-11-16", "date_fin": "2019-11-16"}, id="date without time"),
        pytest.param({"code_postal": ""}, id="missing postal code"),
        pytest.param({"type_evenement": "autre", "thematiques": "", "publics": ""}, id="other category labels"),
        pytest.param({"lieu": "MAISON DES ASSOCIATIONS DE LYON"}, id="venue written otherwise"),
        pytest.param({"organisateur": "LES BRICOLEURS"}, id="organiser without its form"),
        pytest.param({"adresse": "28, r. Denfert Rochereau"}, id="abbreviated address"),
        pytest.param({"code_postal": "69441", "commune": "Lyon CEDEX 04"}, id="CEDEX"),
        pytest.param({"commune": "Lyon 4e", "code_postal": ""}, id="arrondissement written Lyon 4e"),
        pytest.param({"commune": "LYNO", "code_postal": "", "latitude": None, "longitude": None}, id="commune typo"),
        pytest.param({"latitude": 45.7755, "longitude": 4.8290}, id="coordinates geocoded again"),
        pytest.param({"latitude": 4.8275, "longitude": 45.7745}, id="swapped coordinates ignored"),
        pytest.param({"lieu": "", "code_postal": "", "commune": "", "latitude": None, "longitude": None,
                      "adresse": "Maison des associations, 28 rue Denfert-Rochereau, Lyon"}, id="free-text place"),
        pytest.param({"code_insee_source": "69384"}, id="INSEE code of the arrondissement"),
    ],
)
def test_a_true_duplicate_is_merged(index, difference):
    result = deduplicate(frame(event("plateforme", "1"), event(REGIONAL, "88", **difference)), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{REGIONAL}:88"])}
    assert result.merges.to_dict("records") == [
        {"edition": 2019, "identifiant": event_identifier(2019, "plateforme", "1"), "source": REGIONAL,
         "source_identifiant": "88", "motif": MERGE_MOTIF}]


def test_a_former_commune_name_matches_the_commune_nouvelle(index):
    old = dict(commune="Cherbourg-Octeville", code_postal="50100", latitude=None, longitude=None)
    new = dict(commune="Cherbourg-en-Cotentin", code_postal="50100", latitude=49.6337, longitude=-1.6222)
    result = deduplicate(frame(event("plateforme", "1", **new), event("archives-ess-france", "l1", **old)), index)
    assert len(result.events) == 1


@pytest.mark.parametrize(("town", "communes"), [
    ("Rennes (Ille-et-Vilaine)", {"35238"}),
    ("Rennes, Bretagne", {"35238"}),
    ("Saint-Denis, La Réunion", {"97411"}),
    ("Saint-Denis - Réunion", {"97411"}),
    ("Bastia, Haute-Corse", {"2B033"}),
    ("Saint-Denis (93)", {"93066"}),  # the département in brackets picks one of the homonyms
    ("Rennes (Gironde)", set()),  # no Rennes there: nothing rather than the wrong one
    ("Villeneuve-sur-Lot", {"47323"}),  # a commune's own name ending like a département's
    ("Saint-Denis de la Réunion", {"97411"}),  # joined to its territory by a word
    ("Rennes en Gironde", set()),
])
def test_a_town_followed_by_its_departement_or_region_is_that_commune(index, town, communes):
    assert index.candidates("", "", town) == frozenset(communes)


@pytest.mark.parametrize(("town", "communes"), [
    ("Clermont-Fd", {"63113"}),  # a long name cut short: the one commune it stands for
    ("Charleville-Méz.", {"08105"}),
    ("Saint-Martin-d'H.", set()),  # several names go on so
])
def test_a_commune_name_cut_short_is_that_commune(index, town, communes):
    assert index.candidates("", "", town) == frozenset(communes)


@pytest.mark.parametrize(("postal", "town", "communes"), [
    ("", "Champigny/Marne", {"94017"}),  # « sur » as a slash: not the Champigny of the Marne
    ("", "Villeneuve/Lot", {"47323"}),
    ("51370", "Champigny/Marne", {"51118"}),  # unless the postal code is the other's
    ("", "Rennes/Saint-Malo", set()),  # two towns
])
def test_a_slash_between_two_words_reads_as_sur(index, postal, town, communes):
    assert index.candidates("", postal, town) == frozenset(communes)


@pytest.mark.parametrize(("town", "communes"), [
    ("Brive", {"19031"}), ("Cherbourg", {"50129"}), ("Sablé", {"72264"}),  # a town's name said short, as the coder
    ("Châlons", {"51108", "38066"}),  # reads it: Châlons-en-Champagne, or Chalon (38) that bore the name until 2012
    ("Castelnau", {"12061", "33104"}),  # no one town said short; the name of two communes until 1954 and 1957
    ("Gironde", set()), ("Saint-M.", set()),  # a département, a word cut short
    ("Marcq", {"08274", "78364"}),  # communes of that name: not the short name of Marcq-en-Barœul
    ("Grand-Quevilly", {"76322"}), ("Havre", {"76351"}),  # a name without its article, as the coder reads it
    ("Hellemmes", {"59350"}),  # a former commune's name said short: Hellemmes-Lille, associée to Lille
    ("Fontenai", set()),  # Fontenai-sur-Orne and Fontenai-les-Louvets, déléguées of two communes
])
def test_a_towns_name_written_short_is_that_town(index, town, communes):
    assert index.candidates("", "", town) == frozenset(communes)


@pytest.mark.parametrize(("postal", "town", "communes"), [
    ("", "Saint-Géréon", {"44003"}), ("44150", "Saint-Géréon", {"44003"}),  # absorbed in Ancenis-Saint-Géréon, 2019
    ("85340", "Olonne-sur-Mer", {"85194"}),  # Les Sables-d'Olonne
    ("", "Vouvray", {"37281"}),  # the current Vouvray (Indre-et-Loire), before the one of the Ain absorbed in 1973
    ("", "Ancenis", {"44003"}),  # Ancenis-Saint-Géréon's name until 2019
    ("", "Meuse", set()),  # a département's name, though also a former commune's (of Val-de-Meuse)
    ("", "Castel", {"40074", "80570"}),  # Castel-Sarrazin said short, or the Castel absorbed in Moreuil
])
def test_a_former_name_is_the_commune_of_today(index, postal, town, communes):
    # As the coder reads them (data/reference/cog2026/communes_anciennes.parquet): a venue of an edition before the
    # merger, written with the town of that time, is placed in the commune of today
    assert index.candidates("", postal, town) == frozenset(communes)


@pytest.mark.parametrize("town", ["Saint-Géréon", "Ancenis"])  # absorbed in 2019; the commune's name until then
def test_a_venue_written_with_the_towns_former_name_is_in_the_commune_of_today(index, town):
    # A 2012 ICS's LOCATION is the town as it was called then, without organiser; the platform, rebuilt since, gives
    # the commune of today. The same start there with a reworded title is one event (« Saint-Géréon » was an unknown
    # place before, and the titles alone did not say enough); in another town, another one.
    when = dict(date_debut="2012-11-17T14:00:00+01:00", date_fin="", latitude=None, longitude=None, edition=2012)
    ics = event(ICS, "x", titre="Atelier réparation de vélos", organisateur="", lieu="", code_postal="", commune="",
                adresse=town, **when)
    here = event("plateforme", "1", titre="Mois de l'ESS – Atelier d'autoréparation vélo", organisateur="Répar'Loire",
                 lieu="Salle de la Charbonnière", adresse="Rue de la Charbonnière", code_postal="44150",
                 commune="Ancenis-Saint-Géréon", **when)
    assert len(deduplicate(frame(here, ics), index).events) == 1
    elsewhere = dict(here, commune="Nantes", code_postal="44000", adresse="10 boulevard de Stalingrad",
                     lieu="Salle de la Manufacture")
    assert len(deduplicate(frame(elsewhere, ics), index).events) == 2


@pytest.mark.parametrize(("street", "postal", "town", "location"), [
    ("66 quai Très-Cloîtres", "63000", "Clermont-Ferrand", "Salle 5 (Clermont-Fd)"),  # the town cut short
    ("6 quai Tourny", "19100", "Brive-la-Gaillarde", "Salle 5 (Brive)"),  # the town said short
])
def test_a_room_in_a_town_written_short_is_placed_against_the_venues_of_that_town(index, street, postal, town,
                                                                                   location):
    # The ICS names a room and the town as written locally: the room may be in the platform's venue of that town, the
    # same title the same day by the same organiser is one event.
    common = dict(titre="Marché de l'économie solidaire", organisateur="Coopérative d'alpage", date_debut="2019-11-13",
                  date_fin="", latitude=None, longitude=None)
    platform = event("plateforme", "1", lieu="Salle d'animation rurale", adresse=street, code_postal=postal,
                     commune=town, **common)
    ics = event(ICS, "x", lieu="", adresse=location, code_postal="", commune="", **common)
    assert len(deduplicate(frame(platform, ics), index).events) == 1


@pytest.mark.parametrize(("lyon_venue", "merged"), [
    ("La Minoterie", True),  # the name written right is given in both towns: the misspelt one names no one town
    ("Maison Ravier", False),  # nothing close in Lyon: the misspelt name is the venue of Villeurbanne
])
def test_a_venue_misspelt_alike_in_another_town_resolves_to_no_town(index, lyon_venue, merged):
    # The ICS LOCATION names the venue alone, misspelt (« La Mionterie »), and one record of the edition gives that
    # misspelling in Villeurbanne, where « La Minoterie » is too. When Lyon has a « La Minoterie » as well, the
    # venue is in one town or the other, nothing says which: the Lyon copy of that title at that minute is the event.
    lyon = event("plateforme", "1", titre="Jeux de société solidaires", lieu=lyon_venue, adresse="12 rue Burdeau",
                 date_fin="")
    ics = event(ICS, "x", titre="Jeux de société solidaires", lieu="", adresse="La Mionterie", code_postal="",
                commune="", latitude=None, longitude=None, date_fin="")
    elsewhere = dict(adresse="3 rue Francis de Pressensé", code_postal="69100", commune="Villeurbanne", latitude=None,
                     longitude=None, date_debut="2019-11-20T18:00:00+01:00", date_fin="")
    misspelt = event("plateforme", "2", titre="Conférence sur l'habitat", lieu="La Mionterie", **elsewhere)
    spelt = event("plateforme", "3", titre="Troc de plantes", lieu="La Minoterie", **elsewhere)
    result = deduplicate(frame(lyon, ics, misspelt, spelt), index)
    assert (frozenset({"plateforme:1", f"{ICS}:x"}) in merged_keys(result)) is merged


def test_the_commune_index_of_the_warehouse_knows_the_territories_too(tmp_path):
    import duckdb

    from assets.lib.reference import load_communes, load_departements, load_epci, load_former_communes, load_regions
    from assets.lib.reference_tables import warehouse_commune_index

    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        for table, frame in (("cog_communes", load_communes()), ("cog_departements", load_departements()),
                             ("cog_regions", load_regions()), ("cog_communes_anciennes", load_former_communes()),
                             ("cog_epci", load_epci())):
            con.register("f", frame)
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM f")
            con.unregister("f")
        built = warehouse_commune_index(con)
    assert built.candidates("", "", "Saint-Denis, La Réunion") == frozenset({"97411"})
    assert built.candidates("", "", "Cherbourg") == frozenset({"50129"})  # populations read there too
    assert built.candidates("", "", "Saint-Géréon") == frozenset({"44003"})  # and the absorbed communes' names
    assert built.urban_area["21166"] == built.urban_area["21231"]  # the intercommunalities: Chenôve, Dijon


def test_an_overseas_local_time_read_as_paris_time_still_matches(index):
    place = dict(commune="Pointe-à-Pitre", code_postal="97110", latitude=16.2411, longitude=-61.5331,
                 adresse="12 rue Frébault")
    platform = event("plateforme", "1", date_debut="2012-11-16T18:00:00-04:00", date_fin="", edition=2012, **place)
    sheet = event("archives-ess-france", "l1", date_debut="2012-11-16T18:00:00+01:00", date_fin="", edition=2012,
                  **{**place, "latitude": None, "longitude": None})
    assert len(deduplicate(frame(platform, sheet), index).events) == 1


def test_two_repair_cafes_in_paris_the_same_saturday_stay_two_events(index):
    eleventh = dict(titre="Repair café", commune="Paris", code_postal="75011", adresse="12 rue Oberkampf",
                    lieu="Maison des associations", latitude=48.8649, longitude=2.3708,
                    organisateur="Repair café Paris 11")
    eighteenth = dict(titre="Repair café", commune="Paris", code_postal="75018", adresse="5 rue Ordener",
                      lieu="Maison des associations", latitude=48.8918, longitude=2.3486,
                      organisateur="Association Répare 18")
    rows = [event("plateforme", "1", **eleventh), event("plateforme", "2", **eighteenth),
            event(REGIONAL, "a", **{**eleventh, "titre": "REPAIR CAFÉ", "code_postal": ""}),
            event(REGIONAL, "b", **{**eighteenth, "commune": "Paris 18e", "latitude": 48.8921, "longitude": 2.3490})]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{REGIONAL}:a"]),
                                   frozenset(["plateforme:2", f"{REGIONAL}:b"])}
    # Listed by one source each, they are still not one event.
    alone = deduplicate(frame(rows[0], rows[3]), index)
    assert len(alone.events) == 2 and alone.merges.empty


def test_look_alikes_in_one_town_with_one_postal_code_stay_apart(index):
    common = dict(titre="Atelier réparation vélo", commune="Villeurbanne", code_postal="69100",
                  latitude=None, longitude=None)
    first = event("plateforme", "1", adresse="3 avenue Henri Barbusse", lieu="Maison du vélo", **common)
    second = event(REGIONAL, "2", adresse="40 rue Francis de Pressensé", lieu="Atelier du Chat Perché",
                   organisateur="Le Chat Perché", **common)
    assert len(deduplicate(frame(first, second), index).events) == 2


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ({"date_debut": "2019-11-16T09:30:00+01:00", "date_fin": "2019-11-16T12:00:00+01:00"}, "morning session"),
        ({"date_debut": "2019-11-17T14:00:00+01:00", "date_fin": ""}, "next day"),
        ({"code_postal": "38000", "commune": "Grenoble", "latitude": 45.188, "longitude": 5.724}, "other town"),
        # Far points tell two places unless both records give one house number of one street (a geocoder's fallback
        # on the town's centre: test_dedup_regions).
        ({"latitude": 45.7445, "longitude": 4.8680, "adresse": ""}, "coordinates 4 km away"),
        ({"latitude": 45.7445, "longitude": 4.8680, "adresse": "28 rue Paul Bert"},
         "coordinates 4 km away, other street"),
        ({"titre": "Conférence sur la finance solidaire"}, "other title"),
    ],
)
def test_a_different_event_is_not_merged(index, second, why):
    result = deduplicate(frame(event("plateforme", "1"), event(REGIONAL, "2", **second)), index)
    assert len(result.events) == 2, why


def test_records_of_one_source_are_merged_only_when_they_are_one_listing_twice(index):
    other_place = dict(adresse="5 rue Ordener", code_postal="75018", latitude=None, longitude=None)
    result = deduplicate(frame(event("plateforme", "1"), event("plateforme", "2", **other_place)), index)
    assert len(result.events) == 2
    result = deduplicate(frame(event("plateforme", "1"), event("plateforme", "2")), index)  # a form sent twice
    assert merged_keys(result) == {frozenset(["plateforme:1", "plateforme:2"])}


def test_a_record_too_vague_to_choose_between_two_look_alikes_is_left_alone(index):
    paris = dict(titre="Repair café", commune="Paris", lieu="", latitude=None, longitude=None)
    rows = [event("plateforme", "1", code_postal="75011", adresse="12 rue Oberkampf", **paris),
            event("plateforme", "2", code_postal="75018", adresse="5 rue Ordener", organisateur="Répare 18", **paris),
            event(REGIONAL, "x", code_postal="", adresse="", organisateur="", **paris)]
    result = deduplicate(frame(*rows), index)
    assert len(result.events) == 3 and result.merges.empty


def test_online_look_alikes_need_the_same_organiser(index):
    online = dict(titre="Webinaire : financer son projet", modalite="en_ligne", lieu="", adresse="",
                  code_postal="", commune="", latitude=None, longitude=None)
    rows = [event("plateforme", "1", organisateur="France Active Bretagne", **online),
            event(REGIONAL, "2", organisateur="Coopérative Oxalis", **online),
            event("cress-hdf-ical", "3", organisateur="FRANCE ACTIVE BRETAGNE", **{**online, "modalite": "presentiel",
                                                                                  "adresse": "En ligne"})]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", "cress-hdf-ical:3"]), frozenset([f"{REGIONAL}:2"])}


def test_three_sources_of_one_event_become_one_row(index):
    rows = [event(REGIONAL, "oa"), event("plateforme", "1", titre="Repair Café de la Croix-Rousse."),
            event("cress-hdf-ical", "ics", date_debut="2019-11-16", date_fin="2019-11-16", code_postal="")]
    result = deduplicate(frame(*rows), index)
    assert len(result.events) == 1
    row = result.events.iloc[0]
    assert (row["source"], row["source_identifiant"]) == ("plateforme", "1")  # the platform's record leads
    assert row["sources_fusionnees"] == f"{REGIONAL}:oa|cress-hdf-ical:ics"
    assert sorted(result.merges["source"]) == [REGIONAL, "cress-hdf-ical"]
    assert result.clusters == [[0, 1, 2]]


def test_a_chain_is_not_closed_over_a_contradiction(index):
    # B looks like A and like C alike, but A and C are at different times: two events, and B cannot tell
    # which one it is, so it joins neither (precision first).
    a = event("plateforme", "a", date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    b = event(REGIONAL, "b", date_debut="2019-11-16T15:15:00+01:00", date_fin="")
    c = event("cress-hdf-ical", "c", date_debut="2019-11-16T16:45:00+01:00", date_fin="")
    result = deduplicate(frame(a, b, c), index)
    assert len(result.events) == 3


def test_the_merged_row_keeps_the_best_value_of_each_field(index):
    platform = event("plateforme", "1", code_postal="", lieu="", latitude=None, longitude=None, description="",
                     date_debut="2019-11-16", date_fin="", thematiques="economie_circulaire", type_evenement="autre",
                     date_mise_a_jour="2019-10-01")
    regional = event(REGIONAL, "9", titre="REPAIR CAFÉ", thematiques="economie_circulaire|inclusion",
                     description="Venez réparer vos objets.", date_mise_a_jour="2019-11-02")
    row = deduplicate(frame(platform, regional), index).events.iloc[0]
    assert row["titre"] == BASE["titre"]  # the platform's title, not the shouting one
    assert row["description"] == "Venez réparer vos objets."  # filled from the other record
    assert row["type_evenement"] == "formation_atelier"  # a coded type beats "autre"
    assert (row["date_debut"], row["date_fin"]) == (BASE["date_debut"], BASE["date_fin"])  # the one with a time
    assert (row["lieu"], row["code_postal"], row["latitude"]) == (BASE["lieu"], "69004", BASE["latitude"])
    assert row["thematiques"] == "economie_circulaire|inclusion"
    assert row["date_mise_a_jour"] == "2019-11-02"


def test_editions_are_deduplicated_independently_and_deterministically(index):
    rows = [event("plateforme", "1"), event(REGIONAL, "2", titre="REPAIR CAFÉ DE LA CROIX-ROUSSE"),
            event("plateforme", "3", edition=2018, date_debut="2018-11-17T14:00:00+01:00", date_fin=""),
            event(REGIONAL, "4", edition=2018, date_debut="2018-11-17T14:30:00+01:00", date_fin="")]
    together = deduplicate(frame(*rows), index).events
    apart = pd.concat([deduplicate(frame(*rows[:2]), index).events, deduplicate(frame(*rows[2:]), index).events])
    key = ["edition", "identifiant"]
    pd.testing.assert_frame_equal(together.sort_values(key).reset_index(drop=True),
                                  apart.sort_values(key).reset_index(drop=True), check_dtype=False)
    shuffled = deduplicate(frame(*reversed(rows)), index).events
    pd.testing.assert_frame_equal(together, shuffled)


@pytest.mark.parametrize(
    ("title", "key"),
    [("Mois de l'ESS 2019 : Repair café !", "repair cafe"), ("Forum de l'ESS de Rennes", "forum de l de rennes"),
     ("  'Concert solidaire (Mois de l'économie sociale et solidaire)", "concert solidaire")],
)
def test_title_key(title, key):
    assert title_key(title) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [("Paris 11e", "paris"), ("PARIS 11", "paris"), ("Marseille 1er", "marseille"), ("St-Étienne", "saint etienne"),
     ("Lyon CEDEX 03", "lyon"), ("Ste-Foy-lès-Lyon", "sainte foy les lyon"), ("Mraseille 15e", "mraseille")],
)
def test_commune_key(name, key):
    assert commune_key(name) == key


def test_empty_input(index):
    result = deduplicate(frame(), index)
    assert result.events.empty and result.merges.empty


ICS = "reseau-rennes-ical"
ONLINE = dict(modalite="en_ligne", lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None)


@pytest.mark.parametrize(
    "wording",
    [
        pytest.param({"adresse": "Visio"}, id="visio"),
        pytest.param({"adresse": "En ligne (Zoom)"}, id="en ligne zoom"),
        pytest.param({"lieu": "Distanciel"}, id="distanciel"),
        pytest.param({"adresse": "https://zoom.us/j/123456"}, id="link as place"),
        pytest.param({"url": "https://zoom.us/j/123456"}, id="link only"),
        pytest.param({"adresse": "Webinaire", "organisateur": "", "titre": "Webinaire : Repair café Croix-Rousse"},
                     id="no organiser, title says webinaire"),
    ],
)
def test_an_online_event_matches_whatever_the_wording_of_online(index, wording):
    platform = event("plateforme", "1", url="https://zoom.us/j/123456", **ONLINE)
    other = {**ONLINE, "modalite": "presentiel", **wording}
    result = deduplicate(frame(platform, event(ICS, "x", **other)), index)
    assert len(result.events) == 1


@pytest.mark.parametrize(
    "wording",
    [
        pytest.param({"lieu": "Classe virtuelle"}, id="classe virtuelle"),
        pytest.param({"adresse": "Lien envoyé à l'inscription"}, id="link sent on registration"),
        pytest.param({"lieu": "Lien de connexion communiqué par mail"}, id="link by e-mail"),
        pytest.param({"lieu": "Web"}, id="web alone"),
        pytest.param({"adresse": "Livestorm"}, id="another meeting service"),
        pytest.param({"lieu": "Événement numérique"}, id="evenement numerique"),
    ],
)
def test_an_online_event_matches_in_wordings_beyond_the_geocoders_words(index, wording):
    platform = event("plateforme", "1", url="https://zoom.us/j/123456", **ONLINE)
    other = {**ONLINE, "modalite": "", **wording}
    result = deduplicate(frame(platform, event(ICS, "x", **other)), index)
    assert len(result.events) == 1


@pytest.mark.parametrize(
    "wording",
    [
        pytest.param("Le lien vous sera envoyé par mail", id="link to be sent, words between"),
        pytest.param("meet.google.com/abc-defg-hij", id="meeting address without its scheme"),
        pytest.param("E-conférence", id="e-conference"),
        pytest.param("Plateforme Tixeo", id="a French meeting service"),
        pytest.param("Télé-réunion", id="a meeting by telephone"),
        pytest.param("Web-atelier", id="a workshop over the web"),
        pytest.param("Rencontre numérique", id="a digital meeting"),
        pytest.param("Cliquez ici pour participer :", id="a meeting link's label, the link gone"),
        pytest.param("Hors les murs (web)", id="web after a name"),
        pytest.param("Meet", id="the meeting service alone"),
        pytest.param("Depuis chez vous", id="from home"),
        pytest.param("À suivre sur votre écran", id="on your screen"),
        pytest.param("En live sur la page de l'association", id="live"),
        pytest.param("Livestream", id="livestream"),
    ],
)
def test_an_online_wording_is_no_venue(index, wording):
    # The calendar's copy says only that it is online, in its own words: an online record, not a venue of that
    # name somewhere (which an on-site copy could be, and an online one not).
    listing = event(ICS, "x", **{**ONLINE, "modalite": "", "adresse": wording})
    (record,) = _record_features(frame(listing), index)
    assert record.online and not record.venue
    online = event("plateforme", "1", url="https://zoom.us/j/123456", **ONLINE)
    assert len(deduplicate(frame(online, listing), index).events) == 1


@pytest.mark.parametrize("venue", ["La Cantine numérique", "Le Lien - Mail François Mitterrand", "Maison du Web",
                                   "L'Atelier numérique", "Salle de réunion", "Épicerie près de chez vous",
                                   "Café Chez Vous"])
def test_a_venue_whose_name_holds_an_online_word_is_not_online(index, venue):
    # The calendar's copy at a venue is on site; against an online meeting of that title at that time, crediting no
    # organiser, it is another event (named by both, the organiser would make it one event moved online).
    ics = event(ICS, "x", **{**ONLINE, "modalite": "", "organisateur": "",
                             "adresse": f"{venue}, 28 rue Denfert-Rochereau, 69004 Lyon"})
    (record,) = _record_features(frame(ics), index)
    assert not record.online and record.venue
    platform = event("plateforme", "1", url="https://zoom.us/j/123456", **ONLINE)
    assert len(deduplicate(frame(platform, ics), index).events) == 2


def test_an_event_moved_online_is_one_event_with_its_listing_there(index):
    # The same organiser, title and time: one source lists it at its venue, the other online (moved online in 2020).
    platform = event("plateforme", "1", date_fin="")
    online = event(REGIONAL, "2", url="https://zoom.us/j/123456", **{**ONLINE, "date_fin": ""})
    assert merged_keys(deduplicate(frame(platform, online), index)) == {frozenset(["plateforme:1", f"{REGIONAL}:2"])}
    # Not with another title, nor without the organiser named on both sides.
    other = event(REGIONAL, "2", url="https://zoom.us/j/123456", **{**ONLINE, "date_fin": "",
                                                                    "titre": "Webinaire : le réemploi"})
    unnamed = event(REGIONAL, "2", url="https://zoom.us/j/123456", **{**ONLINE, "date_fin": "", "organisateur": ""})
    assert len(deduplicate(frame(platform, other), index).events) == 2
    assert len(deduplicate(frame(platform, unnamed), index).events) == 2


def test_two_online_events_with_other_meeting_links_stay_apart(index):
    first = event("plateforme", "1", url="https://zoom.us/j/123456", **ONLINE)
    second = event(REGIONAL, "2", url="https://meet.jit.si/autre-reunion", organisateur="", **ONLINE)
    assert len(deduplicate(frame(first, second), index).events) == 2


@pytest.mark.parametrize(
    ("start", "merged"),
    [
        ("2019-11-16T14:00:00", True),  # a floating time read as UTC: 15:00 in Paris
        ("2019-11-16T15:00:00Z", True),  # two hours off, no zone
        ("2019-11-16T15:30:00Z", False),  # not a whole number of hours
        ("2019-11-16T17:00:00+01:00", False),  # a zone on both sides: three hours apart
    ],
)
def test_a_whole_hour_slip_is_tolerated_when_one_side_has_no_time_zone(index, start, merged):
    ics = event(ICS, "x", date_debut=start, date_fin="", lieu="", adresse="28 rue Denfert-Rochereau, 69004 Lyon",
                code_postal="", latitude=None, longitude=None, organisateur="")
    result = deduplicate(frame(event("plateforme", "1"), ics), index)
    assert (len(result.events) == 1) is merged


def test_a_zone_less_time_does_not_replace_a_zoned_one_in_the_merged_row(index):
    platform = event("plateforme", "1", date_debut="2019-11-16", date_fin="")
    ics = event(ICS, "x", date_debut="2019-11-16T14:00:00Z", date_fin="")
    sheet = event("cress-aura-tableur", "l2", date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    row = deduplicate(frame(platform, ics, sheet), index).events.iloc[0]
    assert row["date_debut"] == "2019-11-16T14:00:00+01:00"


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [("PFS", True), ("P.F.S.", True), ("Plateforme Finances Solidaires", True), ("Les Bricoleurs", False)],
)
def test_an_organiser_acronym_matches_the_initials_of_the_full_name(index, organiser, merged):
    # The regional copy names neither venue nor street: only the organiser can tell the events apart.
    full = event("plateforme", "1", organisateur="Plateforme des Finances Solidaires")
    short = event(REGIONAL, "2", organisateur=organiser, lieu="", adresse="", latitude=None, longitude=None)
    assert (len(deduplicate(frame(full, short), index).events) == 1) is merged


# Acronyms of real ESS organisations whose letters are not simply the initials of the significant words.
SPELLED_OUT = [
    ("URSCOP", "Union régionale des SCOP"),  # the last word an acronym itself
    ("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie"),  # a preposition gives its letter
    ("COORACE", "Coordination des organismes d'aide aux chômeurs par l'emploi"),  # the first word its first four
    ("MOUVES", "Mouvement des entrepreneurs sociaux"),
    ("FRAPNA", "Fédération Rhône-Alpes de protection de la nature"),  # the last word its first two
    ("UNIOPSS", "Union nationale interfédérale des œuvres et organismes privés non lucratifs sanitaires et sociaux"),
    ("FNCIVAM", "Fédération nationale des centres d'initiatives pour valoriser l'agriculture et le milieu rural"),
    ("CRESS", "Chambre régionale de l'économie sociale et solidaire"),
    ("CCFD", "Comité catholique contre la faim et pour le développement"),  # « contre » gives nothing
    ("LMA", "Le Mouvement associatif"),  # a leading article may give the first letter
    ("LPR", "La Petite Rennes"),
]
# Other organisations that a looser reading would take for the acronym's.
NOT_SPELLED_OUT = [
    ("RES", "Réseau des finances solidaires"),  # a short acronym skips no word
    ("REP", "Réseau de l'habitat partagé"),
    ("FCC", "Fédération des circuits courts de Bretagne"),  # a long name's tail is not left out by a short one
    ("CAE", "Collectif des amis de l'environnement et du patrimoine"),
    ("MRES", "Maison régionale des solidarités"),  # a word in the middle gives one letter only
    ("ALMA", "Atelier libre"),
    ("LCR", "La Croix-Rouge française"),  # the article's letter, then a short acronym: no word left out
    ("ACE", "l'activité économique"),  # two words give their initials only (« insertion par l'activité économique »)
]


@pytest.mark.parametrize(("acronym", "name"), SPELLED_OUT + NOT_SPELLED_OUT)
def test_an_acronym_spells_out_a_name_as_french_organisations_write_them(acronym, name):
    assert spells_out(fold(acronym), fold(name)) is ((acronym, name) in SPELLED_OUT)


@pytest.mark.parametrize(("organiser", "merged"), [("URSCOP", True), ("URSIAE", False), ("URIOPSS", False)])
def test_an_organiser_acronym_with_letters_beyond_the_initials_names_the_same_organiser(index, organiser, merged):
    full = event("plateforme", "1", organisateur="Union régionale des SCOP")
    short = event(REGIONAL, "2", organisateur=organiser, lieu="", adresse="", latitude=None, longitude=None)
    assert (len(deduplicate(frame(full, short), index).events) == 1) is merged


@pytest.mark.parametrize(("organiser", "merged"), [
    ("CRESS Bretagne", True),
    ("Chambre Régionale de l'ESS de Bretagne", True),
    ("CRESS Occitanie", False),  # another région's chamber
    ("CRESS", True),
    ("Adie Bretagne", False),  # another network's regional body
])
def test_an_acronym_with_its_region_names_the_full_name_with_that_region(index, organiser, merged):
    # The regional copy names neither venue nor street: only the organiser can tell the events apart.
    full = event("plateforme", "1", organisateur="Chambre régionale de l'économie sociale et solidaire de Bretagne")
    short = event(REGIONAL, "2", organisateur=organiser, lieu="", adresse="", latitude=None, longitude=None)
    assert (len(deduplicate(frame(full, short), index).events) == 1) is merged


@pytest.mark.parametrize(("name_a", "name_b", "same"), [
    ("URSCOP Bretagne", "Union régionale des Scop de Bretagne", True),
    ("CCAS Rennes", "Centre communal d'action sociale de Rennes", True),
    ("CCAS de Rennes", "Ville de Rennes", False),  # one word each beside the town: no acronym spelled out
    ("MJC Rennes", "Maison des jeunes et de la culture Bréquigny Rennes", False),  # one MJC of the town's several
    ("Emmaüs Connect", "Emmaüs France", False),
])
def test_an_acronym_beside_the_words_both_names_share_is_read_without_them(name_a, name_b, same):
    assert _acronym_beside_shared_words(fold(name_a), fold(name_b)) is same


def test_the_territories_names_are_those_of_the_index_deduplicate_is_given(index):
    """They were read from the vendored files whatever the index (the warehouse's tables, which the graph declares):
    a département renamed in the reference the pipeline materialised was still read by its old name."""
    from assets.lib.reference import load_communes, load_departements, load_regions

    departements = load_departements()
    departements.loc[departements["code_departement"] == "21", "nom_departement"] = "Côte-d'Argent"
    communes = load_communes().merge(departements[["code_departement", "nom_departement"]], on="code_departement")
    regions = load_regions()[["code_region", "nom_region"]]
    renamed = CommuneIndex.from_communes(communes.merge(regions, on="code_region"))
    fol = _organiser_keys("FOL 21")
    deduplicate(pd.DataFrame(columns=EVENT_COLUMNS), renamed)
    renamed_name, old_name = (_organiser_keys(f"Fédération des œuvres laïques de {name}")
                              for name in ("Côte-d'Argent", "Côte-d'Or"))
    assert _named_organisers_relation(*fol, *renamed_name) == "same"
    assert _named_organisers_relation(*fol, *old_name) != "same"
    deduplicate(pd.DataFrame(columns=EVENT_COLUMNS), index)
    assert _named_organisers_relation(*fol, *_organiser_keys("Fédération des œuvres laïques de Côte-d'Or")) == "same"


@pytest.mark.parametrize(("name_a", "name_b", "relation"), [
    ("F.É.S.", "FÉS Bretagne", "same"),  # dots, and the region after the acronym
    ("A.M.L.", "AML Bretagne", "same"),
    ("C.S.S.", "RCSS", "other"),  # two acronyms of other first letters
    ("CSS", "RCSS", "other"),
    ("CRESS", "CRES", "same"),  # a letter left out at the end: a typo
])
def test_two_acronyms_are_compared_as_their_letters(name_a, name_b, relation):
    assert _named_organisers_relation(*_organiser_keys(name_a), *_organiser_keys(name_b)) == relation


@pytest.mark.parametrize(("name_a", "name_b", "relation"), [
    ("FOL 21", "Fédération des œuvres laïques de Côte-d'Or", "same"),  # the département's number for its name
    ("ADMR 35", "ADMR d'Ille-et-Vilaine", "same"),
    ("ADMR35", "ADMR d'Ille-et-Vilaine", "same"),  # the number glued to the acronym
    ("BA35", "Banque alimentaire d'Ille-et-Vilaine", "same"),
    ("BA35", "BA29", "other"),
    ("CIDFF 2A", "CIDFF de Corse-du-Sud", "same"),
    ("Emmaüs 59", "Emmaüs Nord", "same"),
    ("FOL", "Fédération des œuvres laïques de Côte-d'Or", "same"),  # the territory aside, the acronym spelled out
    ("CRESS Normandie", "Chambre régionale de l'économie sociale et solidaire", "same"),
    ("Adie Bretagne", "Association pour le droit à l'initiative économique", "same"),  # a branch, the national name
    ("M.J.C. Belle de Mai", "Maison des jeunes et de la culture Belle de Mai", "same"),  # dots inside a longer name
    ("FOL 21", "Fédération des œuvres laïques de Saône-et-Loire", "other"),  # two départements' bodies
    ("FOL 21", "FOL 71", "other"),
    ("Emmaüs 59", "Emmaüs Pas-de-Calais", "other"),
    ("CRESS Bretagne", "Chambre régionale de l'économie sociale et solidaire de Normandie", "other"),
    ("M.J.C. Belle de Mai", "MJC de la Capelette", "other"),
])
def test_an_organiser_named_with_its_territory_as_a_number_a_name_or_nothing(name_a, name_b, relation):
    assert _named_organisers_relation(*_organiser_keys(name_a), *_organiser_keys(name_b)) == relation
    assert _named_organisers_relation(*_organiser_keys(name_b), *_organiser_keys(name_a)) == relation


@pytest.mark.parametrize(("name_a", "name_b", "relation"), [
    ("Union rég. des Scop", "Union régionale des Scop", "same"),  # a short form, its dot telling it
    ("UNION RÉG. DES SCOP", "Union régionale des Scop", "same"),
    ("Féd. des MJC de Bretagne", "Fédération des MJC de Bretagne", "same"),
    ("Union dép. des associations familiales", "UDAF", "same"),
    ("Cie Les Arts Verts", "Compagnie Les Arts Verts", "same"),  # without its dot: word for word (_words_shortened)
    ("FED", "Fédération des Épiceries Durables", "same"),  # an acronym, not a short form
    ("Coop. des Savoirs", "Coopérative des Jardins", "other"),
    ("Restos du coeur", "Les Restaurants du Cœur", "same"),  # cut short, an « o » at the end, the rest word for word
    ("Les Restos du Cœur 44", "Les Restaurants du Cœur de Loire-Atlantique", "same"),
    ("Maison de l'ESS", "Maison de l'économie sociale et solidaire", ""),  # an acronym of some of its words
    ("Resto solidaire Le Bon Plat", "Restos du Cœur", "other"),
    ("Maison de l'ESS", "Maison de l'emploi", "other"),
])
def test_an_organiser_name_with_a_short_form_is_read_spelled_out(name_a, name_b, relation):
    assert _named_organisers_relation(*_organiser_keys(name_a), *_organiser_keys(name_b)) == relation
    assert _organiser_keys("FED") == ("fed", "fed", "fed")


@pytest.mark.parametrize(("name_a", "name_b", "relation"), [
    ("Fédération des MJC de Bretagne", "Fédération des Foyers ruraux de Bretagne", "other"),  # each a word of its own
    ("Amicale laïque des Marais", "Amicale laïque des Mauges", "other"),
    ("Comité des Entrepreneurs Sociaux", "Coopérative des Entrepreneurs Sociaux", "other"),
    ("ÉCO-LOGIS", "Éco-Logis", "same"),  # one name in one word or two
    ("Sté coopérative Oxalis", "Société coopérative Oxalis", "same"),  # a word abbreviated
    ("Ets Dupont Solidaire", "Établissements Dupont Solidaire", "same"),
    ("Chambre Régionale de l'ESS de Bretagne", "Chambre régionale de l'économie sociale et solidaire de Bretagne",
     "same"),
    ("ECOLE DE LA 2E CHANCE DE BORDEAUX", "École de la Deuxième Chance de Bordeaux", "same"),
    ("Centre social de Maurepas", "Centre social Maurepas Gros Chêne", "same"),  # one name holds the other
])
def test_two_alike_organiser_names_each_with_a_word_of_its_own_are_two_organisers(name_a, name_b, relation):
    assert _named_organisers_relation(*_organiser_keys(name_a), *_organiser_keys(name_b)) == relation
    assert _named_organisers_relation(*_organiser_keys(name_b), *_organiser_keys(name_a)) == relation


def test_two_federations_forums_the_same_day_in_one_town_stay_apart(index):
    # The second copy gives the town alone: only the organisers tell the two forums apart.
    mjc = event("plateforme", "1", titre="Forum des associations", organisateur="Fédération des MJC de Bretagne")
    rural = event(REGIONAL, "2", titre="Forum des associations",
                  organisateur="Fédération des Foyers ruraux de Bretagne", lieu="", adresse="", latitude=None,
                  longitude=None)
    assert len(deduplicate(frame(mjc, rural), index).events) == 2


def test_a_venue_named_alone_is_resolved_from_the_other_records_of_the_edition(index):
    common = dict(titre="Repair café", organisateur="", date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    rennes = event("plateforme", "1", lieu="Le Jardin Moderne", adresse="11 rue du Manoir de Servigné",
                   code_postal="35000", commune="Rennes", latitude=48.1197, longitude=-1.7181, **common)
    brest = event("plateforme", "2", lieu="", adresse="3 rue de Siam", code_postal="29200", commune="Brest",
                  latitude=48.3897, longitude=-4.4860, **common)
    ics = event(ICS, "x", lieu="", adresse="Le Jardin Moderne", code_postal="", commune="", latitude=None,
                longitude=None, **common)
    result = deduplicate(frame(rennes, brest, ics), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{ICS}:x"]), frozenset(["plateforme:2"])}


def test_a_generic_venue_name_found_in_two_towns_resolves_nothing(index):
    common = dict(titre="Repair café", organisateur="", date_debut="2019-11-16T14:00:00+01:00", date_fin="",
                  lieu="Maison des associations", latitude=None, longitude=None)
    rennes = event("plateforme", "1", adresse="", code_postal="35000", commune="Rennes", **common)
    brest = event("plateforme", "2", adresse="", code_postal="29200", commune="Brest", **common)
    ics = event(ICS, "x", adresse="", code_postal="", commune="", **common)
    result = deduplicate(frame(rennes, brest, ics), index)
    assert len(result.events) == 3  # two plausible partners: merged with neither


@pytest.mark.parametrize(
    ("location", "merged"),
    [
        pytest.param("Le Jardin Moderne - Rennes", True, id="town after a dash"),
        pytest.param("Le Jardin Moderne (Rennes)", True, id="town in brackets"),
        pytest.param("Le Jardin Moderne Rennes", True, id="town after the venue another record gives there"),
        pytest.param("Le Jardin Moderne de Rennes", True, id="de town"),
        pytest.param("Le Jardin Moderne", False, id="a venue of two towns resolves nothing"),
        pytest.param("Le Jardin Moderne - Salle B", False, id="a dash before what is not a town"),
    ],
)
def test_a_venue_written_with_its_town_is_that_venue_in_that_town(index, location, merged):
    common = dict(titre="Repair café", organisateur="", date_debut="2019-11-16T14:00:00+01:00", date_fin="",
                  lieu="Le Jardin Moderne", latitude=None, longitude=None)
    rennes = event("plateforme", "1", adresse="11 rue du Manoir de Servigné", code_postal="35000", commune="Rennes",
                   **common)
    brest = event("plateforme", "2", adresse="3 rue de Siam", code_postal="29200", commune="Brest", **common)
    ics = event(ICS, "x", **{**common, "lieu": ""}, adresse=location, code_postal="", commune="")
    keys = merged_keys(deduplicate(frame(rennes, brest, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged
    assert frozenset(["plateforme:2"]) in keys


def test_a_venue_resolved_in_one_town_takes_no_street_its_source_gives_in_another(index):
    # The ICS gives « Auditorium Chaptal » with its Rennes street elsewhere; this copy is in Saint-Jacques.
    common = dict(titre="Conférence sur l'entrepreneuriat social", organisateur="", date_fin="", latitude=None,
                  longitude=None, lieu="Auditorium Chaptal")
    rows = [
        event("plateforme", "1", adresse="73 allée de Nantes", code_postal="35136", commune="Saint-Jacques-de-la-Lande",
              date_debut="2019-11-16T12:00:00+01:00", **common),
        event("plateforme", "2", adresse="47 allée Duguay-Trouin", code_postal="35000", commune="Rennes",
              date_debut="2019-11-20T12:00:00+01:00", **{**common, "titre": "Forum"}),
        event(ICS, "y", adresse="Auditorium Chaptal, 47 allée Duguay-Trouin, 35000 Rennes", code_postal="",
              commune="", date_debut="2019-11-20T12:00:00+01:00", **{**common, "lieu": "", "titre": "Forum"}),
        event(ICS, "x", adresse="Auditorium Chaptal Saint-Jacques-de-la-Lande", code_postal="", commune="",
              date_debut="2019-11-16", **{**common, "lieu": ""}),
    ]
    assert frozenset(["plateforme:1", f"{ICS}:x"]) in merged_keys(deduplicate(frame(*rows), index))


def test_two_repair_cafes_in_rennes_and_a_vague_shifted_copy_are_not_guessed(index):
    # The ICS copy says only « Rennes », has no organiser and its floating time is read as UTC.
    common = dict(titre="Repair café", code_postal="35000", commune="Rennes", latitude=None, longitude=None,
                  date_fin="")
    first = event("plateforme", "1", lieu="Maison de quartier Bellevue", adresse="4 rue de Brest",
                  organisateur="Repair café Rennes", date_debut="2019-11-16T14:00:00+01:00", **common)
    second = event("plateforme", "2", lieu="La Recyclerie", adresse="12 rue de Nantes", organisateur="Envie",
                   date_debut="2019-11-16T15:00:00+01:00", **common)
    ics = event(ICS, "x", titre="Repair Café", lieu="", adresse="Rennes", code_postal="", commune="", latitude=None,
                longitude=None, organisateur="", date_debut="2019-11-16T14:00:00Z", date_fin="")
    result = deduplicate(frame(first, second, ics), index)
    assert len(result.events) == 3 and result.merges.empty


def rennes_repair_cafes(ics_start: str) -> list[dict]:
    """Two repair cafés listed by the platform in Rennes at 14:00 at two venues, the agenda's copy of the second, and
    an iCalendar copy saying « Rennes » alone, without organiser, starting at `ics_start`."""
    common = dict(titre="Repair café", code_postal="35000", commune="Rennes", latitude=None, longitude=None,
                  date_fin="", date_debut="2019-11-16T14:00:00+01:00")
    first = dict(lieu="Maison de quartier Bellevue", adresse="4 rue de Brest", organisateur="Repair café Rennes")
    second = dict(lieu="La Recyclerie", adresse="12 rue de Nantes", organisateur="Envie")
    return [event("plateforme", "1", **first, **common), event("plateforme", "2", **second, **common),
            event(REGIONAL, "a", **second, **common),
            event(ICS, "x", **{**common, "titre": "Repair Café", "lieu": "", "adresse": "Rennes", "code_postal": "",
                               "commune": "", "organisateur": "", "date_debut": ics_start})]


def test_a_vague_copy_torn_between_two_events_of_one_source_joins_neither_through_a_third_copy(index):
    # The ICS copy is an hour off both platform events (a floating time read as UTC): the agenda's copy of the second
    # is no closer to it than the first is, and does not say which one it is.
    result = deduplicate(frame(*rennes_repair_cafes("2019-11-16T14:00:00Z")), index)
    assert merged_keys(result) == {frozenset(["plateforme:1"]), frozenset(["plateforme:2", f"{REGIONAL}:a"]),
                                   frozenset([f"{ICS}:x"])}


def vitre_workshop(platform_starts: list[str], agenda_start: str, sheet_start: str) -> list[dict]:
    """One workshop at one venue by one organiser, listed by the platform at each of `platform_starts`, and copied by
    the agenda and the spreadsheet at theirs."""
    common = dict(titre="Initiation au sport solidaire", lieu="Maison des associations", date_fin="",
                  adresse="29 chemin de la République", code_postal="35500", commune="Vitré", latitude=None,
                  longitude=None, organisateur="Collectif pour l'Économie Solidaire")
    return [*(event("plateforme", str(k), date_debut=start, **common) for k, start in enumerate(platform_starts, 1)),
            event(REGIONAL, "a", date_debut=agenda_start, **common),
            event("cress-bretagne-tableur", "x", date_debut=sheet_start, **common)]


def test_a_date_only_copy_of_a_workshop_its_source_lists_twice_that_day_joins_neither_listing(index):
    # The platform lists the workshop at 11:00 and again without a time (a second session, or the same one twice):
    # the agenda's copy at 11:00 is the first; the spreadsheet's copy without a time may be either.
    rows = vitre_workshop(["2019-11-02T11:00:00+01:00", "2019-11-02"], "2019-11-02T11:00:00+01:00", "2019-11-02")
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{REGIONAL}:a"]), frozenset(["plateforme:2"]),
                                   frozenset(["cress-bretagne-tableur:x"])}


def test_a_sources_twin_listings_and_their_copies_are_one_event(index):
    # The platform lists the repair café twice (two submissions): one event, with the agenda's copy and the ICS copy,
    # which could not tell which listing they are (merged with each other only, before twins were read).
    rows = rennes_repair_cafes("2019-11-16T14:00:00+01:00")
    rows[0].update({k: rows[1][k] for k in ("lieu", "adresse", "organisateur")})
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", "plateforme:2", f"{REGIONAL}:a", f"{ICS}:x"])}
    assert sorted(result.merges["motif"]) == sorted([LISTED_TWICE_MOTIF, MERGE_MOTIF, MERGE_MOTIF])


def session_copies(result) -> dict[str, set[str]]:
    """The records set aside as copies of one of several sessions: {source:identifiant: published rows named}."""
    aside = result.merges[result.merges["motif"].str.startswith(SESSION_COPY_MOTIF)]
    assert (aside["identifiant"] == "").all()
    return {f"{row.source}:{row.source_identifiant}": set(row.motif.split(" : ", 1)[1].split(" | "))
            for row in aside.itertuples()}


def test_two_date_only_copies_of_a_workshop_held_twice_that_day_are_copies_of_one_session_each(index):
    # Two sessions, 11:00 and 15:00: each copy without a time may be either, and the two may be copies of two sessions:
    # merged into neither session nor with each other, and not published as two more events.
    rows = vitre_workshop(["2019-11-02T11:00:00+01:00", "2019-11-02T15:00:00+01:00"], "2019-11-02", "2019-11-02")
    result = deduplicate(frame(*rows), index)
    sessions = {rows[0]["identifiant"], rows[1]["identifiant"]}
    assert set(result.events["identifiant"]) == sessions and not result.clusters
    assert session_copies(result) == {f"{REGIONAL}:a": sessions, "cress-bretagne-tableur:x": sessions}


def test_a_vague_copy_at_the_very_minute_of_one_of_two_events_joins_that_one(index):
    rows = rennes_repair_cafes("2019-11-16T14:00:00+01:00")
    rows[0]["date_debut"] = "2019-11-16T15:00:00+01:00"  # the first an hour later: the starts tell them apart
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1"]),
                                   frozenset(["plateforme:2", f"{REGIONAL}:a", f"{ICS}:x"])}


@pytest.mark.parametrize(
    "difference",
    [
        pytest.param({"adresse": "5 rue Ordener", "lieu": ""}, id="other address"),
        pytest.param({"organisateur": "Association Répare Tout", "lieu": "", "adresse": ""}, id="other organiser"),
        pytest.param({"date_debut": "2019-11-16T17:00:00+01:00", "lieu": "", "adresse": ""}, id="three hours later"),
    ],
)
def test_same_kind_same_day_same_city_stays_apart_when_something_distinguishing_disagrees(index, difference):
    other = event(REGIONAL, "2", titre="Repair café", latitude=None, longitude=None, date_fin="", **difference)
    result = deduplicate(frame(event("plateforme", "1", titre="Repair café"), other), index)
    assert len(result.events) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mois de l'ESS – Atelier d'autoréparation vélo", "Atelier réparation de vélos"),
        ("Atelier circularité des objets", "Atelier circularie des objets"),
        ("Repair café – Les Bricoleurs", "Repair café de Lyon"),
        ("Visite de la Maison des associations", "Portes ouvertes à la Maison des associations"),
    ],
)
def test_a_reworded_or_mistyped_title_matches_when_the_rest_agrees(index, first, second):
    result = deduplicate(frame(event("plateforme", "1", titre=first), event(REGIONAL, "2", titre=second)), index)
    assert len(result.events) == 1


def test_a_reworded_title_without_a_common_word_is_not_enough(index):
    other = event(REGIONAL, "2", titre="Conférence sur la finance solidaire")
    assert len(deduplicate(frame(event("plateforme", "1"), other), index).events) == 2


@pytest.mark.parametrize(
    ("title", "core"),
    [("repair cafe les bricoleurs", "reparation cafe"), ("atelier velos a lyon", "atelier velo"),
     ("les bricoleurs", "bricoleur")],
)
def test_title_core_drops_organiser_and_place_words(title, core):
    assert title_core(title, "les bricoleurs", "lyon") == core


def test_a_reworded_title_sharing_no_word_merges_when_place_organiser_and_time_agree(index):
    first = event("plateforme", "1", titre="Bien vieillir : de quoi parle-t-on ?")
    second = event(REGIONAL, "2", titre="Rencontre autour de la silver économie")
    assert len(deduplicate(frame(first, second), index).events) == 1


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        pytest.param("Salon du bénévolat", "Forum du bénévolat",
                     {"lieu": "", "adresse": "", "organisateur": ""}, id="salon / forum, only the town"),
        pytest.param("Table ronde : la finance solidaire", "Colloque sur la finance solidaire",
                     {"organisateur": "", "date_debut": "2019-11-16T15:00:00Z"}, id="table ronde / colloque, slip"),
        pytest.param("Café réparation", "Repair café", {"lieu": "", "adresse": "", "organisateur": ""},
                     id="reparation / repair, only the town"),
        pytest.param("Portes ouvertes de la ressourcerie", "Visite de la ressourcerie",
                     {"date_debut": "2019-11-16", "date_fin": ""}, id="portes ouvertes / visite, no time"),
    ],
)
def test_a_title_reworded_with_synonyms_matches_when_the_rest_agrees(index, first, second, changes):
    other = event(REGIONAL, "2", titre=second, latitude=None, longitude=None, **changes)
    assert len(deduplicate(frame(event("plateforme", "1", titre=first), other), index).events) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A talk and a workshop sharing only the words of the ESS itself (a subject word in common: see
        # test_a_reworded_date_only_copy_at_the_venue_by_the_organiser_is_one_event_when_the_titles_name_one).
        pytest.param("Rencontre des acteurs solidaires", "Atelier : l'économie sociale et solidaire",
                     id="talk / workshop"),
        pytest.param("Atelier réparation de vélos", "Atelier bien manger local", id="two subjects"),
    ],
)
def test_synonyms_do_not_join_two_events_of_one_organiser_at_one_venue(index, first, second):
    # The same organiser, the same venue, the same afternoon; the second record has no time.
    other = event(REGIONAL, "2", titre=second, date_debut="2019-11-16", date_fin="")
    assert len(deduplicate(frame(event("plateforme", "1", titre=first), other), index).events) == 2


def test_format_words_and_typos_give_one_lemma():
    assert title_core(title_key("Ateiler les SCIC")) == title_core(title_key("Workshop : les SCIC"))
    assert title_core(title_key("Répare ton vélo !")) == "reparation velo"
    assert title_core(title_key("Table ronde sur les SCIC")) == title_core(title_key("Rencontre : les SCIC"))
    # Formats that are merely alike keep their words (an organiser's workshop and training course are two events).
    assert title_core(title_key("Formation les SCIC")) != title_core(title_key("Atelier les SCIC"))


@pytest.mark.parametrize(
    ("title", "formats"),
    [
        pytest.param("Remettez en marche vos objets", set(), id="en marche: no market"),
        pytest.param("Objets en état de marche", set(), id="en état de marche: no market"),
        pytest.param("Marché solidaire", {"marche"}, id="a market"),
        pytest.param("Atelier découverte de la finance solidaire", {"atelier"}, id="workshop découverte: no visit"),
        pytest.param("Webinaire découverte : les SCIC", set(), id="webinar découverte: no visit"),
        pytest.param("À la découverte des coopératives", set(), id="à la découverte: no visit"),
        pytest.param("Découverte de la recyclerie", {"visite"}, id="a visit"),
        pytest.param("Journée découverte à la recyclerie", {"visite"}, id="an open day"),
        pytest.param("Grainothèque ouverte", set(), id="ouverte after a noun: no visit"),
        pytest.param("Atelier ouvert à tous", {"atelier"}, id="ouvert à tous: no visit"),
        pytest.param("Portes ouvertes", {"visite"}, id="an open house"),
        pytest.param("Porrtes ouvertes de la recyclerie", {"visite"}, id="an open house mistyped"),
        pytest.param("Rallye découverte de l'ESS", {"jeu"}, id="a rallye découverte: a game, no visit"),
        pytest.param("Escape game : les coopératives", {"jeu"}, id="an escape game"),
        pytest.param("Scène ouverte de l'ESS", {"spectacle"}, id="an open stage: a show, no visit"),
    ],
)
def test_a_format_word_another_word_qualifies_names_no_format(title, formats):
    assert formats_of(title_core(title_key(title))) == formats


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # The repair café said another way at its place, organiser and time: « en marche » names no market.
        ("Remettez en marche vos objets", True),
        # The organiser's market there at that time: another format.
        ("Marché solidaire", False),
    ],
)
def test_an_idiom_holding_a_format_word_does_not_veto_one_event(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Repair café")
    sheet = event(REGIONAL, "l1", titre=sheet_title)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("platform_title", "sheet_title", "merged"),
    [
        # A date-only copy reworded, naming the same activity by other words, at the venue and by the organiser.
        ("Repair café du samedi", "Atelier Répare-tout", True),
        ("Braderie solidaire", "Grand marché de créateurs", True),
        # A fair and a market (« Foire » names either): nothing tells they are one event.
        ("Foire aux initiatives", "Marché de créateurs", False),
        # A date-only copy naming another format, the subject in common: the organiser's one event there that day.
        ("Atelier vélo participatif", "Vélo : apprenez à réparer", True),
        ("Concert pour l'épargne solidaire", "Forum de l'épargne solidaire", True),
        # Only the words of the ESS itself in common: the organiser's market and training there that day.
        ("Marché de créateurs solidaires", "Formation la solidarité internationale", False),
        ("Visite des acteurs de l'économie sociale", "Atelier : l'économie sociale en pratique", False),
    ],
)
def test_a_reworded_date_only_copy_at_the_venue_by_the_organiser_is_one_event_when_the_titles_name_one(
    index, platform_title, sheet_title, merged
):
    platform = event("plateforme", "1", titre=platform_title)
    sheet = event(REGIONAL, "l1", titre=sheet_title, date_debut="2019-11-16", date_fin="")
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "joined"),
    [
        ("Balade à vélo", "plateforme:2"),  # the ride, named by its format: not the workshop
        ("Sortie vélo", None),  # the subject alone, two of the organiser's events there that day name it: left alone
    ],
)
def test_a_date_only_copy_sharing_a_subject_with_two_of_the_organiser_s_events_there_joins_the_closer_or_none(
    index, sheet_title, joined
):
    workshop = event("plateforme", "1", titre="Atelier vélo participatif")
    ride = event("plateforme", "2", titre="Balade à vélo dans les quartiers", date_debut="2019-11-16T10:00:00+01:00",
                 date_fin="2019-11-16T12:00:00+01:00")
    sheet = event(REGIONAL, "l1", titre=sheet_title, date_debut="2019-11-16", date_fin="")
    groups = merged_keys(deduplicate(frame(workshop, ride, sheet), index))
    expected = {frozenset({"plateforme:1"}), frozenset({"plateforme:2"}), frozenset({f"{REGIONAL}:l1"})}
    if joined:
        expected = {frozenset({"plateforme:1" if joined == "plateforme:2" else "plateforme:2"}),
                    frozenset({joined, f"{REGIONAL}:l1"})}
    assert groups == expected


def test_a_copy_naming_another_format_on_one_subject_at_another_time_stays_apart(index):
    # Both timed, two hours apart: the rule is for a record without a time only.
    platform = event("plateforme", "1", titre="Atelier vélo participatif")
    sheet = event(REGIONAL, "l1", titre="Vélo : apprenez à réparer", date_debut="2019-11-16T16:00:00+01:00",
                  date_fin="")
    assert len(deduplicate(frame(platform, sheet), index).events) == 2


NETWORK_EVENTS = [
    ("Atelier vélo participatif", "Vélo Utile", "Maison du vélo", "12 rue Paul Bert"),
    ("Conférence sur la finance solidaire", "Les Bricoleurs", "Salle Rameau", "29 rue de la Martinière"),
    ("Marché solidaire des producteurs", "Repair café Lyon", "Halle Tony Garnier", "20 place Docteurs Mérieux"),
]


@pytest.mark.parametrize(("events", "rows"), [(3, 3), (1, 1)])
def test_a_network_credited_on_date_only_copies_instead_of_several_members_is_no_other_organiser(index, events, rows):
    # A CRESS sheet credits its network, without times, with the events its members list on the platform: the same
    # titles at the same streets. Credited so instead of three members, the name is a network's (learned, see
    # _umbrellas); instead of one, its name says so (« Réseau … »), the edition timing that title's one session there
    # that day (see the next test for what keeps them apart).
    records = []
    for k, (title, member, venue, street) in enumerate(NETWORK_EVENTS[:events]):
        common = dict(titre=title, lieu=venue, adresse=street, latitude=None, longitude=None)
        records.append(event("plateforme", f"p{k}", organisateur=member, **common))
        records.append(event(REGIONAL, f"s{k}", organisateur="Réseau des Ressourceries", date_debut="2019-11-16",
                             date_fin="", **common))
    assert len(deduplicate(frame(*records), index).events) == rows


def test_titles_naming_two_formats_are_two_events_even_with_everything_else_alike(index):
    # The same organiser, the same venue, the same afternoon: a visit and a fair.
    first = event("plateforme", "1", titre="Visite de la Maison des associations")
    second = event(REGIONAL, "2", titre="Salon de l'agriculture paysanne")
    assert len(deduplicate(frame(first, second), index).events) == 2


@pytest.mark.parametrize(
    ("start", "merged"),
    [
        pytest.param("2019-11-16T14:00:00+01:00", True, id="one place at one minute"),
        pytest.param("2019-11-16", True, id="that day, one record without a time"),
        pytest.param("2019-11-16T17:00:00+01:00", False, id="three hours later"),
    ],
)
def test_two_formats_with_a_subject_in_common_at_one_place_and_minute_are_one_event(index, start, merged):
    # « Réparation » and « Atelier » are two formats; the same bike workshop said two ways by one organiser at its
    # venue, at one minute or one record giving no time; three hours later, another session or event.
    first = event("plateforme", "1", titre="Vélo : apprenez à réparer", date_fin="")
    second = event(REGIONAL, "2", titre="Atelier vélo participatif", date_debut=start, date_fin="")
    assert (len(deduplicate(frame(first, second), index).events) == 1) is merged


def test_organiser_words_stay_in_the_title_unless_it_names_the_organiser_whole():
    assert title_core("petit dejeuner des acteurs", "les petits debrouillards") == "dejeuner acteur"
    assert title_core("atelier les petits debrouillards", "les petits debrouillards") == "atelier"


NO_PLACE = dict(lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None, modalite="",
              date_fin="", organisateur="Coopérative Bretonne d'Insertion")


def test_a_title_saying_online_makes_a_record_without_place_online(index):
    platform = event("plateforme", "1", titre="Conférence sur les SCIC", url="https://meet.jit.si/ess-42",
                     **{**NO_PLACE, "modalite": "en_ligne"})
    ics = event(ICS, "x", titre="Webinaire : les SCIC", **NO_PLACE)
    in_person = event("cress-bretagne-tableur", "l1", titre="Conférence sur les SCIC")  # Lyon, same time
    result = deduplicate(frame(platform, ics, in_person), index)
    assert frozenset(["plateforme:1", f"{ICS}:x"]) in merged_keys(result)
    assert len(result.events) == 2


def test_an_acronym_in_one_title_matches_its_words_in_the_other(index):
    platform = event("plateforme", "1", titre="Webinaire : les SCIC", url="https://meet.jit.si/ess-42",
                     **{**NO_PLACE, "modalite": "en_ligne"})
    other = event(REGIONAL, "2", titre="Conférence en ligne : sociétés coopératives d'intérêt collectif",
                  **{**NO_PLACE, "modalite": "en_ligne", "organisateur": "CBI"})
    assert len(deduplicate(frame(platform, other), index).events) == 1


def test_a_date_only_second_session_does_not_hide_the_copy_at_the_same_minute(index):
    platform = event("plateforme", "1", date_fin="")
    regional = event(REGIONAL, "2", date_fin="")
    later_session = event(REGIONAL, "3", date_debut="2019-11-16", date_fin="")
    result = deduplicate(frame(platform, regional, later_session), index)
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{REGIONAL}:2"]), frozenset([f"{REGIONAL}:3"])}


def _copies(source: str, shift_hours: int, count: int = 6) -> list[dict]:
    """`count` distinct events in Lyon, as `source` lists them, its starts `shift_hours` off."""
    rows = []
    for k in range(count):
        start = f"2019-11-{10 + k:02d}T{9 + k + shift_hours:02d}:00:00+01:00"
        rows.append(event(source, f"{source}-{k}", titre=f"Atelier numéro {k} du quartier", date_debut=start,
                          date_fin="", lieu="", adresse="", latitude=None, longitude=None))
    return rows


def test_a_source_whose_starts_slip_by_an_hour_is_learned_from_the_data(index):
    # All starts carry an offset once normalised: the ICS exporter that wrote local times as UTC shows only in
    # that its copies start an hour after the platform's and the CRESS agenda's, which agree to the minute.
    rows = _copies("plateforme", 0) + _copies(REGIONAL, 0) + _copies(ICS, 1)
    result = deduplicate(frame(*rows), index)
    assert len(result.events) == 6
    # Between two sources that agree to the minute, an hour apart is another session: kept apart.
    rows = _copies("plateforme", 0) + _copies(REGIONAL, 0)
    rows.append(event(REGIONAL, "later", titre="Atelier numéro 0 du quartier", date_debut="2019-11-10T10:00:00+01:00",
                      date_fin="", lieu="", adresse="", latitude=None, longitude=None))
    result = deduplicate(frame(*rows), index)
    assert len(result.events) == 7


SHEET = "cress-aura-tableur"
AFTERNOON = dict(date_debut="2019-11-16T18:00:00+01:00", date_fin="")
DATE_ONLY = dict(date_debut="2019-11-16", date_fin="")


AT_THE_WORKSHOP = dict(titre="Atelier vélo participatif", lieu="Maison du vélo", adresse="12 rue Paul Bert",
                       latitude=None, longitude=None, date_fin="")
MEMBER_AT_TWO = event("plateforme", "p1", organisateur="Vélo Utile", date_debut="2019-11-16T14:00:00+01:00",
                      **AT_THE_WORKSHOP)
RELAYED = event(SHEET, "s1", organisateur="Réseau des Ressourceries", date_debut="2019-11-16", **AT_THE_WORKSHOP)
VENUE_ALONE = dict(lieu="", adresse="Maison du vélo", code_postal="", commune="", organisateur="")


@pytest.mark.parametrize(
    ("rows", "merged"),
    [
        pytest.param([MEMBER_AT_TWO, RELAYED], True, id="nothing else that day"),
        pytest.param([MEMBER_AT_TWO, RELAYED, event(ICS, "x1", **{**AT_THE_WORKSHOP, **VENUE_ALONE,
                                                                 "date_debut": "2019-11-16T19:00:00+01:00"})],
                     False, id="the title at the venue in the evening too"),
        pytest.param([MEMBER_AT_TWO, RELAYED, event(ICS, "x1", **{**AT_THE_WORKSHOP, **VENUE_ALONE,
                                                                 "date_debut": "2019-11-16T14:30:00+01:00"})],
                     True, id="the title at the venue half an hour on"),
        pytest.param([MEMBER_AT_TWO, RELAYED, event(ICS, "x1", **{**AT_THE_WORKSHOP, **VENUE_ALONE, "adresse": "Nantes",
                                                                 "date_debut": "2019-11-16T19:00:00+01:00"})],
                     True, id="the title in another town in the evening"),
        pytest.param([event("plateforme", "p1", organisateur="Vélo Utile", date_debut="2019-11-16", **AT_THE_WORKSHOP),
                      RELAYED, event(ICS, "x1", organisateur="Vélo Utile", date_debut="2019-11-16T14:00:00+01:00",
                                     **AT_THE_WORKSHOP)],
                     True, id="both without a time, a third source timing it"),
        pytest.param([event("plateforme", "p1", organisateur="Réseau des Ressourceries",
                            date_debut="2019-11-16T14:00:00+01:00", **AT_THE_WORKSHOP),
                      event(SHEET, "s1", organisateur="Vélo Utile", date_debut="2019-11-16", **AT_THE_WORKSHOP)],
                     False, id="the member's copy without a time"),
        pytest.param([MEMBER_AT_TWO, {**RELAYED, "titre": "Atelier vélo participatif (Les Bricoleurs)"}], False,
                     id="a third group named aside"),
    ],
)
def test_a_network_credited_without_a_time_at_one_street_where_one_session_is_timed(index, rows, merged):
    # The sheet credits the network without a time at the street where the platform times the member's workshop at
    # 14 h: the member's event, relayed without its hour. Not when another session of that title that day may be
    # there (an iCalendar naming the venue alone, in the evening: either may be the sheet's), nor when the date-only
    # copy is the member's against the network's timed one (the network's own session there?), nor when the sheet's
    # title names another group aside.
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert any({"plateforme:p1", f"{SHEET}:s1"} <= key for key in keys) is merged


WITHOUT_ITS_STREET = dict(adresse="", code_postal="", commune="Lyon")


@pytest.mark.parametrize(
    ("relayed", "merged"),
    [
        pytest.param({}, True, id="the network without a time at the venue"),
        pytest.param({"organisateur": "Collectif Vélo Auvergne-Rhône-Alpes"}, True, id="a regional body"),
        pytest.param({"organisateur": "Les Bricoleurs"}, False, id="another association"),
        pytest.param({"titre": "Atelier vélo participatif (Les Bricoleurs)"}, False, id="a third group named aside"),
        pytest.param({"titre": "Atelier réparation de vélos"}, False, id="the title reworded"),
    ],
)
def test_a_network_credited_without_a_time_at_the_venue_without_its_street_is_its_members_event(
    index, relayed, merged
):
    # The platform times the member's workshop at 14 h at the Maison du vélo, at its street; the agenda lists it that
    # day without a time at the venue and the town alone, credited to the network: the member's event, relayed.
    # Another association of no network name, a title naming another group aside, or a title reworded (the lemmas of
    # two formats are not one title), stays apart.
    agenda = event(REGIONAL, "a1", **{**AT_THE_WORKSHOP, **WITHOUT_ITS_STREET, "date_debut": "2019-11-16",
                                      "organisateur": "Réseau des Ressourceries", **relayed})
    keys = merged_keys(deduplicate(frame(MEMBER_AT_TWO, agenda), index))
    assert (frozenset(["plateforme:p1", f"{REGIONAL}:a1"]) in keys) is merged


def test_the_members_copy_without_a_time_stays_apart_from_the_networks_timed_one_at_the_venue(index):
    # The network times its own workshop at the venue; the member's copy of that title there without a time may be
    # the member's own session: apart (as at one street).
    network = event("plateforme", "p1", **{**AT_THE_WORKSHOP, "organisateur": "Réseau des Ressourceries",
                                           "date_debut": "2019-11-16T14:00:00+01:00"})
    member = event(REGIONAL, "a1", **{**AT_THE_WORKSHOP, **WITHOUT_ITS_STREET, "organisateur": "Vélo Utile",
                                      "date_debut": "2019-11-16"})
    keys = merged_keys(deduplicate(frame(network, member), index))
    assert frozenset(["plateforme:p1"]) in keys


def test_a_date_only_record_between_two_sessions_of_one_event_is_left_alone(index):
    # The same repair café at 14:00 and at 18:00, same venue and organiser; the spreadsheet gives only the day:
    # nothing tells which session it lists (not the better-scoring wording).
    rows = [
        event("plateforme", "1", date_fin=""), event(REGIONAL, "2", date_fin="", organisateur="Les Bricoleurs"),
        event("plateforme", "3", **AFTERNOON), event(ICS, "4", **AFTERNOON, organisateur=""),
        event(SHEET, "l5", titre="REPAIR CAFE DE LA CROIX-ROUSSE", **DATE_ONLY),
    ]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {
        frozenset(["plateforme:1", f"{REGIONAL}:2"]), frozenset(["plateforme:3", f"{ICS}:4"]),
    }
    # Counted merged, not published: a copy of one of the two published sessions.
    assert session_copies(result) == {f"{SHEET}:l5": set(result.events["identifiant"])}


def test_a_date_only_record_goes_to_the_session_its_source_has_not_listed(index):
    # The spreadsheet lists the 14:00 session with its time: its date-only row is the other session.
    rows = [
        event("plateforme", "1", date_fin=""), event(SHEET, "l1", date_fin=""),
        event("plateforme", "3", **AFTERNOON), event(SHEET, "l5", **DATE_ONLY),
    ]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {
        frozenset(["plateforme:1", f"{SHEET}:l1"]), frozenset(["plateforme:3", f"{SHEET}:l5"]),
    }


def test_a_date_only_record_matched_to_one_session_is_left_alone_when_the_other_is_listed_elsewhere(index):
    # Two online sessions with one meeting link: the platform lists both, the CRESS agenda and the ICS only the
    # second; the date-only spreadsheet row (reworded) scores best with the second but may be the first.
    online = dict(ONLINE, url="https://meet.jit.si/ess-42", titre="Visioconférence sur la finance solidaire")
    rows = [
        event("plateforme", "1", **online, date_debut="2019-11-16T11:00:00+01:00", date_fin=""),
        event("plateforme", "2", **online, date_debut="2019-11-16T14:00:00+01:00", date_fin=""),
        event(REGIONAL, "3", **{**online, "url": "", "lieu": "En ligne"}, date_debut="2019-11-16T14:00:00+01:00",
              date_fin=""),
        event(SHEET, "l4", **{**online, "url": "", "lieu": "A distance",
                              "titre": "Conférence en ligne : finance solidaire"}, **DATE_ONLY),
    ]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset(["plateforme:1"]), frozenset(["plateforme:2", f"{REGIONAL}:3"])}
    assert session_copies(result) == {f"{SHEET}:l4": {rows[0]["identifiant"], rows[1]["identifiant"]}}


def test_a_copy_torn_between_two_events_goes_to_the_one_its_source_has_not_listed(index):
    # The ICS gives only the town for its 11:00 « Répare ton vélo ! »; the spreadsheet lists two bike workshops
    # that day without time. One of them is the platform's 11:00 workshop at La Petite Rockette, which the ICS
    # lists apart (with its venue, its floating time read as UTC): the vague ICS copy is the other one.
    place = dict(code_postal="35510", commune="Cesson-Sévigné", latitude=None, longitude=None, date_fin="")
    vague = {**place, "code_postal": "", "commune": "", "lieu": "", "organisateur": ""}
    rows = [
        event(SHEET, "l1", titre="Atelier répraation de vélos", lieu="Maison du vélo", adresse="35 pl. des Lices",
              organisateur="Néo56", **{**place, **DATE_ONLY}),
        event(SHEET, "l2", titre="Atelier réparation de vélos", lieu="La Petite Rockette", adresse="23 ch. du Port",
              organisateur="A.A.R.", **{**place, **DATE_ONLY}),
        event("plateforme", "2", titre="Atelier réparation de vélos", lieu="La Petite Rockette",
              adresse="23 chemin du Port", organisateur="Agence des Acteurs du Réemploi",
              **{**place, "date_debut": "2019-11-16T11:00:00+01:00"}),
        event(ICS, "i1", titre="Répare ton vélo !", adresse="Cesson-Sévigné",
              **{**vague, "date_debut": "2019-11-16T11:00:00+01:00"}),
        event(ICS, "i2", titre="Atelier réparation de vélos", adresse="La Petite Rockette",
              **{**vague, "date_debut": "2019-11-16T12:00:00Z"}),
    ]
    assert merged_keys(deduplicate(frame(*rows), index)) == {
        frozenset([f"{SHEET}:l1", f"{ICS}:i1"]), frozenset([f"{SHEET}:l2", "plateforme:2", f"{ICS}:i2"])}


def test_a_rival_matched_to_an_event_this_record_cannot_be_in_is_no_rival(index):
    # The agenda's 16:00 repair café (a street only) has two ICS candidates: « Repair café (Rennes) » at its very
    # minute and « Repair café par Cigales de Bretagne » an hour later (the ICS reads floating times as UTC). The
    # first is the platform's repair café at the Auditorium Chaptal (another street): the second is the one.
    common = dict(code_postal="35000", commune="Rennes", latitude=None, longitude=None, date_fin="")
    vague = {**common, "code_postal": "", "commune": "", "lieu": "", "organisateur": ""}
    rows = [
        event(REGIONAL, "1", titre="MOIS ESS | Repair café", lieu="", adresse="11 rue du Moulin",
              organisateur="Cigales de Bretagne", **{**common, "date_debut": "2019-11-16T16:00:00+01:00"}),
        event("plateforme", "2", titre="Repair café", lieu="Auditorium Chaptal", adresse="69 quai de la République",
              organisateur="Bretagne Active", **{**common, "date_debut": "2019-11-16T15:00:00+01:00"}),
        # The venue is in two towns this edition: the ICS copy naming it alone is not resolved.
        event("plateforme", "9", titre="Forum", lieu="Auditorium Chaptal", adresse="1 rue de Rennes", organisateur="X",
              **{**common, "code_postal": "35170", "commune": "Bruz", "date_debut": "2019-11-20T15:00:00+01:00"}),
        event(ICS, "a", titre="Repair café (Rennes)", adresse="Auditorium Chaptal",
              **{**vague, "date_debut": "2019-11-16T15:00:00Z"}),
        event(ICS, "b", titre="Repair café par Cigales de Bretagne", adresse="Campus Beaulieu",
              **{**vague, "date_debut": "2019-11-16T17:00:00+01:00"}),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset([f"{REGIONAL}:1", f"{ICS}:b"]) in keys and frozenset(["plateforme:2", f"{ICS}:a"]) in keys


def test_a_rival_listed_without_its_time_does_not_hide_the_session_at_the_same_minute(index):
    # The spreadsheet lists the workshop at 14:00 (its title misspelt, no end) and, without its time, a second session
    # of that title: that rival scores within AMBIGUITY_MARGIN of the timed copy, but it agrees less precisely on the
    # start, so the platform's 14:00 workshop is still merged with the 14:00 copy; the date-only one stays apart (it
    # may be either session).
    rows = [event("plateforme", "1", titre="Atelier vélo participatif"),
            event(SHEET, "l1", titre="Atelier vélo participtaif", date_fin=""),
            event(SHEET, "l2", titre="Atelier vélo participatif", **DATE_ONLY)]
    assert merged_keys(deduplicate(frame(*rows), index)) == {
        frozenset(["plateforme:1", f"{SHEET}:l1"]), frozenset([f"{SHEET}:l2"])}


def test_two_organisers_at_one_venue_the_same_day_are_two_events(index):
    # Two repair cafés at one venue, one listed without its time: the organisers differ, so do the events.
    first = event(REGIONAL, "1", titre="Repair café", organisateur="Réseau de l'Emploi Accompagné")
    second = event("plateforme", "2", titre="Café réparation", organisateur="Association pour le Développement Durable",
                   **DATE_ONLY)
    assert len(deduplicate(frame(first, second), index).events) == 2


@pytest.mark.parametrize(
    ("other_venue", "merged"),
    [
        ("Espace Jeunes", False),  # one generic word in common
        ("Salle des fêtes", False),
        ("Maison des associations de la Croix-Rousse", True),  # holds the other's words
        ("Maison des asso", True),  # a word cut short
        ("Maison des assocaitions", True),  # a typo
    ],
)
def test_venues_sharing_only_a_generic_word_are_two_places(index, other_venue, merged):
    # The ICS copy names only its venue: the venue is all that tells two same-titled events apart.
    platform = event("plateforme", "1", lieu="Maison des associations Espace Social", titre="Salon des coopératives")
    ics = event(ICS, "x", titre="Salon des coopératives", adresse=other_venue, lieu="", code_postal="", commune="",
                latitude=None, longitude=None, organisateur="")
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


def test_an_acronym_venue_matches_its_spelled_out_name(index):
    platform = event("plateforme", "1", lieu="Maison des jeunes et de la culture du Plateau")
    regional = event(REGIONAL, "2", lieu="MJC du Plateau", adresse="")
    assert len(deduplicate(frame(platform, regional), index).events) == 1


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # One organiser, one venue, one day: the workshop format both name says nothing of the subject.
        ("Atelier la finance solidaire", "Mois de l'ESS – Atelier d'autoréparation vélo", False),
        ("Rencontre autour des énergies citoyennes", "Conférence-débat : la transition énergétique", True),
        ("Atelier réparation de vélos", "Répare ton vélo !", True),  # a word of the subject
        ("Petit-déj' des acteurs de l'ESS", "Petit déjeuner des entrepreneurs solidaires", True),
        # Two fairs of one organiser that day, named by two words of one format group: two events.
        ("Village de Noël solidaire", "Forum ouvert sur les tiers-lieux", False),
    ],
)
def test_without_a_time_a_shared_format_word_is_not_a_shared_subject(index, first, second, merged):
    timed = event("plateforme", "1", titre=second)
    day_only = event(SHEET, "l1", titre=first, **DATE_ONLY)
    assert (len(deduplicate(frame(timed, day_only), index).events) == 1) is merged


def test_online_copies_by_one_organiser_at_one_time_merge_whatever_the_wording(index):
    # « la mobilité douce » and « se déplacer autrement » share no word: the meeting, its organiser and its
    # time say it is one event.
    regional = event(REGIONAL, "1", titre="Webinaire : la mobilité douce", **{**ONLINE, "lieu": "En ligne"})
    sheet = event(SHEET, "l1", titre="Visioconférence sur se déplacer autrement", **{**ONLINE, "lieu": "Distanciel"})
    assert len(deduplicate(frame(regional, sheet), index).events) == 1
    # Another organiser at that time is another meeting.
    other = event(SHEET, "l1", titre="Visioconférence sur se déplacer autrement",
                  **{**ONLINE, "lieu": "Distanciel", "organisateur": "Réseau des Monnaies Locales"})
    assert len(deduplicate(frame(regional, other), index).events) == 2


def test_a_place_that_is_only_a_label_says_nothing(index):
    # The ICS LOCATION « Rejoindre : <link> » once the link is removed: not a venue named « Rejoindre ».
    regional = event(REGIONAL, "1", titre="Conférence sur la transition énergétique",
                     **{**ONLINE, "lieu": "100 % en ligne"})
    ics = event(ICS, "x", titre="Conférence sur la transiition énergétique", organisateur="",
                **{**ONLINE, "modalite": "", "adresse": "Rejoindre :"})
    assert len(deduplicate(frame(regional, ics), index).events) == 1


def test_official_names_are_keyed_as_the_place_parser_keys_them():
    # The index keys the ~35,000 COG names by a shortcut; it must agree with the parser the queries go through.
    from assets.lib.dedup import official_name_key, parsed_commune_key
    from assets.lib.reference import load_communes

    names = sorted(set(load_communes()["nom_commune"].astype(str)))
    names += ["Paris 11e Arrondissement", "Lyon CEDEX 04", "Havre (Le)", "Sauve, La", "Marseille", "Cedre"]
    assert [official_name_key(n) for n in names] == [parsed_commune_key(n) for n in names]


def test_commune_fields_are_keyed_as_the_place_parser_keys_them():
    # Records' commune fields go through the same shortcut: whatever a source writes, the key is the parser's.
    import random

    from assets.lib.dedup import _commune_key, parsed_commune_key

    hostile = [
        "", " ", None, "Rennes\t", " Rennes", "Rennes -", "Rennes,", "RENNES CEDEX", "Rennes cédex 9", "Brest Cedx",
        "Brest ＣＥＤＥＸ", "Brest ecdex", "BrestC EDEX", "Rennes ²", "Rennes ①", "Parisi", "Paris-l'Hôpital",
        "Paris XI", "Paris 11e", "XIe arrondissement de Paris", "11e arrondissement de Paris", "Lyon 4e",
        "Mraseille 15e", "Marseille", "Lyonnais", "35000 Rennes", "Rennes (35)", "Havre (Le)", "Sauve, La",
        "St-Malo", "Ste-Foy-lès-Lyon", "Œuilly", "Ｒｅｎｎｅｓ", "Neuilly s/ Seine", "L'Haÿ-les-Roses",
    ]
    pieces = ["Saint", "St", "Ste", "-", " ", "'", "’", "Paris", "Lyon", "cedex", "Cedx", "é", "É", "œ", "ß", "²",
              "4e", "13008", "(35)", "(Le)", ", La", "s/", "/", "XI", "arr", "Rennes", "Brest", "x", "  ", "\t"]
    rng = random.Random(15)
    generated = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for name in hostile + generated:
        assert _commune_key(name) == parsed_commune_key(name), name

@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Namesakes in two départements: the numbers tell them apart.
        ("CAE Les Potagers Buissonniers (33)", "Les Potagers Buissonniers (05)"),
        # One word in common beside articles and prepositions.
        ("SCOP Les Remparts en Transition", "Les Remparts du Quartier de Houdain"),
    ],
)
def test_two_online_events_by_organisers_that_only_look_alike_stay_apart(index, first, second):
    # Same title, same day, same time, both online: only the organiser can tell them apart.
    online = dict(ONLINE, titre="Afterwork de l'ESS en ligne", lieu="En ligne")
    one = event("plateforme", "1", organisateur=first, **online)
    other = event(ICS, "x", organisateur=second, **online)
    assert len(deduplicate(frame(one, other), index).events) == 2
    # The same organiser written otherwise is one event.
    again = event(ICS, "x", organisateur=first.upper(), **online)
    assert len(deduplicate(frame(one, again), index).events) == 1


def _bare_record(row: int, **fields):
    """A comparison record with nothing but what a test sets (see assets.lib.dedup._Record)."""
    from assets.lib.dedup import _Record

    values = dict(
        source="s", title="", core="", day=0, minute=None, zoneless=False, communes=frozenset(), commune="",
        postal="", point=None, venue="", street=None, organiser="", organiser_initials="", organiser_acronym="",
        online=False, link="", host="", overseas=False,
    )
    return _Record(row, **{**values, **fields})


def test_the_blocking_time_mask_is_the_time_rule():
    # The blocking drops the pairs whose starts cannot be one event's, on arrays: it must say exactly what
    # _time_relation says, at every tolerance's edge, with and without time zone, learned slips, overseas.
    import itertools

    import numpy as np

    from assets.lib.dedup import _time_relation, _times_apart

    base = 29_000_000.0
    gaps = [0, 19.5, 20, 20.5, 39, 40, 41, 55, 60, 65, 66, 79, 80, 81, 89, 90, 90.5, 100, 119, 140, 141, 150,
            160, 180, 181, 200, 299, 300, 419, 420, 421, 600]
    records = []
    # An overseas place's start may be its local time written in another zone (overseas_clock), or given with its
    # territory's own offset.
    places = [{"overseas": False}, {"overseas": True}, {"overseas": True, "overseas_clock": True}]
    # A source's learned shift (an hour late or early: see _mark_slippy_sources) on one side.
    shifts = [0, 60, -60]
    for gap, day, zoneless, slippy, place, shift in itertools.product([None, *gaps], [0, 1], [False, True],
                                                                       [False, True], places, shifts):
        minute = None if gap is None else base + day * 1440 + gap
        records.append(_bare_record(len(records), day=day, minute=minute, zoneless=zoneless, slippy=slippy))
        records[-1].shift = shift
        for name, value in place.items():
            setattr(records[-1], name, value)
    anchors = [_bare_record(-1, day=0, minute=base, **flags) for flags in (
        {}, {"zoneless": True}, {"slippy": True}, {"overseas": True})] + [_bare_record(-1, day=0)]
    anchors.append(_bare_record(-1, day=0, minute=base, overseas=True))
    anchors[-1].overseas_clock = True
    anchors.append(_bare_record(-1, day=0, minute=base, slippy=True))
    anchors[-1].shift = 60

    def arrays(rows):
        return (
            np.array([np.nan if r.minute is None else r.minute for r in rows]), np.array([r.day for r in rows]),
            np.array([r.zoneless for r in rows]), np.array([r.slippy for r in rows]),
            np.array([r.overseas for r in rows]), np.array([r.overseas_clock for r in rows]),
        )

    (m1, d1, z1, s1, o1, c1), (m2, d2, z2, s2, o2, c2) = arrays(anchors), arrays(records)
    mask = _times_apart(m1, m2, d1, d2, z1, z2, s1, s2, o1, o2, c1, c2)
    expected = np.array([[_time_relation(a, b) is None for b in records] for a in anchors])
    assert (mask == expected).all()
    assert expected.any() and not expected.all()


def test_the_blocking_commune_mask_is_the_commune_veto():
    import numpy as np

    from assets.lib.dedup import BLOCKING_CANDIDATES, _candidate_commune_codes, _communes_apart

    many = frozenset(f"350{k:02d}" for k in range(BLOCKING_CANDIDATES + 1))
    sets = [frozenset(), frozenset({"35238"}), frozenset({"2A004"}), frozenset({"20004"}),
            frozenset({"35238", "35047"}), frozenset({"35047", "29019"}), many, frozenset({"35001"}),
            frozenset({"99999"})]
    records = [_bare_record(k, communes=s) for k, s in enumerate(sets)]
    codes = _candidate_commune_codes(records)
    first, second = np.array([i for i in range(len(sets)) for _ in sets]), np.tile(np.arange(len(sets)), len(sets))
    mask = _communes_apart(codes[first], codes[second])
    expected = [bool(sets[i] and sets[j] and not sets[i] & sets[j]) for i, j in zip(first, second, strict=True)]
    for apart, vetoed_, i, j in zip(mask.tolist(), expected, first.tolist(), second.tolist(), strict=True):
        if sets[i] is many or sets[j] is many:  # more candidates than the blocking keeps: left to the veto
            assert not apart
        else:
            assert apart == vetoed_, (sets[i], sets[j])
    assert any(expected)


def eval_set_module(monkeypatch):
    """scripts/dedup_eval_set.py, the generator of scripts/bench_dedup.py's evaluation sets, loaded as a module."""
    return script_module("dedup_eval_set", monkeypatch)


def base_and_forms(monkeypatch, vocabulary: str):
    """(the generator module, a base set, the same seed's set in `vocabulary`), after checking that the vocabulary
    writes the base set's events and records (only how some fields are written differs)."""
    module = eval_set_module(monkeypatch)
    base, forms = (module.generate(4, editions=(2019,), count=120, vocabulary=v) for v in ("base", vocabulary))
    key = ["source", "source_identifiant", "evenement", "date_debut", "titre"]
    pd.testing.assert_frame_equal(base[key], forms[key])
    return module, base, forms


def test_the_address_forms_vocabulary_is_the_base_set_written_with_them(monkeypatch):
    # bench_dedup --vocabulary seize: the base set's events, sources and records, some of their addresses and
    # organisers written the ways other regions' sources write them.
    module, base, forms = base_and_forms(monkeypatch, "seize")
    written = set(",".join(forms["variantes"]).split(","))
    assert module.ADDRESS_SHAPES <= written and not module.ADDRESS_SHAPES & set(",".join(base["variantes"]).split(","))
    assert forms["adresse"].fillna("").str.endswith(", France").any()
    assert forms["organisateur"].fillna("").str.endswith(" Bretagne").sum() > base["organisateur"].fillna(
        "").str.endswith(" Bretagne").sum()


def test_the_departement_acronym_vocabulary_is_the_base_set_with_bodies_credited_by_acronym_and_number(monkeypatch):
    # bench_dedup --vocabulary dix-sept: the base set's events and records, some organisers a département's body
    # that a source credits by its acronym and number (« FOL 35 » for « … d'Ille-et-Vilaine »).
    module, base, forms = base_and_forms(monkeypatch, "dix-sept")
    marked = forms[forms["variantes"].str.contains("sigle_departement")]
    written = marked["organisateur"].fillna("")
    written = written[written != ""]  # an iCalendar copy may then drop its organiser
    assert len(written) and written.str.fullmatch(r"\S+ (22|29|35|56)").all()
    spelled = forms.loc[forms["evenement"].isin(marked["evenement"]), "organisateur"].fillna("")
    assert spelled.str.contains("d'Ille-et-Vilaine|du Finistère|du Morbihan|des Côtes-d'Armor").any()


def test_the_eighteenth_vocabulary_is_the_base_set_with_ranges_initials_venues_to_confirm_and_streams(monkeypatch):
    # bench_dedup --vocabulary dix-huit: the base set's events and records, written with the forms hand-written cases
    # found read wrong on 5 December 2026.
    module, base, forms = base_and_forms(monkeypatch, "dix-huit")
    written = set(",".join(forms["variantes"]).split(","))
    assert module.DIX_HUIT_SHAPES <= written
    assert not module.DIX_HUIT_SHAPES & set(",".join(base["variantes"]).split(","))
    addresses = forms["adresse"].fillna("")
    assert addresses.str.contains(r"\b\d+-\d+ ").any() and addresses.str.contains(r"\b[A-ZÉ]\. [A-Z]").any()
    # « Lieu à confirmer » and the town: the normaliser publishes no venue, the town stays.
    to_confirm = forms[forms["variantes"].str.contains("lieu_a_confirmer")]
    assert (to_confirm["lieu"].fillna("") == "").all() and (to_confirm["commune"].fillna("") != "").all()
    assert forms["url"].fillna("").str.contains("youtu|facebook").any()


def test_editions_shared_with_a_worker_give_the_same_result(index, monkeypatch):
    # events_unique deduplicates half of the editions in a forked worker: rows, merges, clusters and their
    # positions must be those of one run over everything.
    from assets.lib.dedup import deduplicate_in_pieces

    module = eval_set_module(monkeypatch)
    events = module.generate(3, editions=(2019, 2020, 2021), count=80).drop(
        columns=module.TRUTH_COLUMNS).sample(frac=1, random_state=2)  # any input order
    whole = deduplicate(events, index)
    handed = []
    shared = deduplicate_in_pieces(events, index, workers=2, min_rows=0, done=handed.append)
    assert len(handed) == 1 and handed[0] is shared  # the whole result, once, here
    assert len(whole.merges) > 10 and whole.merges["edition"].nunique() == 3
    pd.testing.assert_frame_equal(shared.events, whole.events)
    pd.testing.assert_frame_equal(shared.merges, whole.merges)
    assert shared.clusters == whole.clusters
    assert shared.pairs_scored == whole.pairs_scored


@pytest.mark.parametrize(
    ("ics_title", "merged"),
    [
        # One event said two ways, an hour off (the ICS wrote its local time as UTC): the subject is shared.
        ("Vélo : apprenez à réparer", True),
        # Another event of that organiser at that venue an hour later: two formats, nothing in common.
        ("Conférence sur la finance solidaire", False),
    ],
)
def test_a_time_zone_slip_counts_as_the_same_time_against_the_format_veto(index, ics_title, merged):
    platform = event("plateforme", "1", titre="Atelier vélo participatif")
    ics = event(ICS, "x", titre=ics_title, date_debut="2019-11-16T14:00:00Z", date_fin="", lieu="",
                adresse="28 rue Denfert-Rochereau, 69004 Lyon", code_postal="", latitude=None, longitude=None)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("ics_title", "merged"),
    [
        # Both titles name the venue the records share: a visit of the place, whatever the wording.
        ("Rencontre à la Maison des associations", True),
        # The organiser's other event there, its title naming something else: two events.
        ("Rencontre autour de l'habitat participatif", False),
    ],
)
def test_titles_naming_the_shared_venue_have_a_subject_in_common(index, ics_title, merged):
    platform = event("plateforme", "1", titre="Portes ouvertes de la Maison des associations")
    ics = event(ICS, "x", titre=ics_title, date_debut="2019-11-16T14:00:00Z", date_fin="", lieu="",
                adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", code_postal="", latitude=None,
                longitude=None)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        ("Vélo : apprenez à réparer", True),  # one organiser's meeting at one time, a subject in common
        ("Conférence sur la finance solidaire", False),  # the organiser's other meeting at that time
    ],
)
def test_one_organisers_online_meeting_at_one_time_is_one_place_against_the_format_veto(index, sheet_title, merged):
    regional = event(REGIONAL, "1", titre="Atelier vélo participatif", url="https://zoom.us/j/123456",
                     **{**ONLINE, "lieu": "En ligne"})
    sheet = event(SHEET, "l1", titre=sheet_title, **{**ONLINE, "lieu": "Distanciel"})
    assert (len(deduplicate(frame(regional, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("platform_organiser", "merged"),
    [
        # The ICS title names its organiser « par … », the platform's organiser field says the same one.
        ("Collectif des Finances Solidaires", True),
        # The title names another organiser of the edition: another training session on the same subject.
        ("Réseau des Monnaies Locales", False),
    ],
)
def test_an_organiser_named_par_in_a_title_is_compared_with_the_other_records_organiser(
    index, platform_organiser, merged
):
    common = dict(date_debut="2019-11-16T14:00:00+01:00", date_fin="", latitude=None, longitude=None)
    platform = event("plateforme", "1", titre="Formation : les communs", organisateur=platform_organiser, **common)
    # The edition's other records name both organisers in their organiser field.
    others = [event(REGIONAL, "o1", titre="Forum des monnaies locales", organisateur="Réseau des Monnaies Locales",
                    **{**common, "date_debut": "2019-11-20T10:00:00+01:00"}),
              event(REGIONAL, "o2", titre="Épargne solidaire", organisateur="Collectif des Finances Solidaires",
                    **{**common, "date_debut": "2019-11-21T10:00:00+01:00"})]
    ics = event(ICS, "x", titre="Formation : les communs par Collectif des Finances Solidaires", organisateur="",
                lieu="", adresse="Lyon", code_postal="", **common)
    result = deduplicate(frame(platform, *others, ics), index)
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in merged_keys(result)) is merged


def test_par_followed_by_what_no_record_organises_names_no_organiser(index):
    common = dict(titre="Découvrir la ville par le vélo", date_debut="2019-11-16T14:00:00+01:00", date_fin="",
                  latitude=None, longitude=None)
    platform = event("plateforme", "1", organisateur="Vélo Utile", **common)
    ics = event(ICS, "x", organisateur="", lieu="", adresse="Lyon", code_postal="", **common)
    assert len(deduplicate(frame(platform, ics), index).events) == 1


def test_par_followed_by_a_term_an_acronym_would_spell_names_no_organiser(index):
    # « l'insertion par l'activité économique » is a term of the field, not « par » an organiser « A.C.É. ».
    common = dict(titre="Atelier : l'insertion par l'activité économique", date_debut="2019-11-16T14:00:00+01:00",
                  date_fin="", latitude=None, longitude=None)
    platform = event("plateforme", "1", organisateur="Réseau des Monnaies Locales", **common)
    other = event(REGIONAL, "o", organisateur="A.C.É.",
                  **{**common, "titre": "Forum", "date_debut": "2019-11-20T10:00:00+01:00"})
    ics = event(ICS, "x", organisateur="", lieu="", adresse="Lyon", code_postal="", **common)
    assert frozenset(["plateforme:1", f"{ICS}:x"]) in merged_keys(deduplicate(frame(platform, other, ics), index))


@pytest.mark.parametrize(
    ("ics", "merged"),
    [
        # The ICS names no organiser: the same venue and street at the same minute, a title reworded without a
        # word in common and without two formats, is the same event.
        ({}, True),
        ({"date_debut": "2019-11-16T15:00:00+01:00"}, False),  # an hour later, both zoned: another event there
        ({"organisateur": "Collectif Zéro Déchet"}, False),  # another organiser at that venue and time
        ({"titre": "Atelier couture : réparer ses vêtements"}, False),  # another format than the platform's
    ],
)
def test_a_reworded_title_at_one_venue_and_minute_is_one_event_when_one_record_names_no_organiser(
    index, ics, merged
):
    platform = event("plateforme", "1", titre="Conférence : le zéro déchet au quotidien")
    other = event(ICS, "x", **{"titre": "Réduire ses emballages", "organisateur": "", "date_fin": "",
                               "lieu": "", "adresse": "Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon",
                               "code_postal": "", "latitude": None, "longitude": None, **ics})
    assert (len(deduplicate(frame(platform, other), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        ("Brunch solidaire", True),  # one format (a meal) said in other words, same place, organiser and time
        ("Conférence sur la finance solidaire", False),  # the organiser's other event there: another format
    ],
)
def test_titles_naming_one_format_in_other_words_at_one_place_and_time_are_one_event(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Apéro de l'ESS")
    sheet = event(SHEET, "l1", titre=sheet_title, lieu="", latitude=None, longitude=None)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # A date-only copy whose title names the venue both records give, as the platform's does.
        ("Rencontre à la Maison des associations", True),
        # The organiser's other event there that day, its title naming something else.
        ("Rencontre autour de l'habitat participatif", False),
    ],
)
def test_titles_naming_the_shared_venue_have_a_subject_in_common_without_a_time(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Portes ouvertes de la Maison des associations")
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # One market said two ways, both records without a time: « Petit » is not half of « petit-déjeuner ».
        ("Marché des producteurs locaux", True),
        # The organiser's breakfast there that day: a meal is not a market.
        ("Petit-déjeuner des producteurs locaux", False),
    ],
)
def test_half_of_a_two_word_format_names_no_format(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Petit marché de l'ESS", **DATE_ONLY)
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # A date-only copy naming the format in other words, the platform's title naming nothing but its format.
        ("On répare ensemble !", True),
        # The organiser's other workshop there that day: both titles name a subject, and not the same one.
        ("Atelier la finance solidaire", False),
    ],
)
def test_a_date_only_copy_of_a_title_naming_only_its_format_is_one_event(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Atelier de réparation")
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # A title naming only its format shares few letters with any other: the venue, organiser and day decide.
        ("Apéro de l'ESS", True),
        ("Marché solidaire", False),  # the organiser's market there that day: another activity
    ],
)
def test_a_date_only_title_naming_only_its_format_needs_no_minimum_likeness(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Petit-déjeuner des solidarités")
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        ("On répare ensemble !", True),  # the organiser's online meeting that day, its format said otherwise
        ("Atelier la finance solidaire", False),  # the organiser's other online workshop that day
    ],
)
def test_a_date_only_online_copy_of_a_title_naming_only_its_format_is_one_event(index, sheet_title, merged):
    online = dict(lieu="En ligne", adresse="", code_postal="", commune="", latitude=None, longitude=None,
                  modalite="en_ligne")
    platform = event("plateforme", "1", titre="Atelier de réparation", url="https://meet.jit.si/Repare42", **online)
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY, **online)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("ics_title", "merged"),
    [
        ("Promenade à la découverte des potagers urbains", True),  # a walk said in other words
        ("Visite de la Maison des associations", False),  # the organiser's visit there at that time: no walk
    ],
)
def test_a_promenade_is_a_walk(index, ics_title, merged):
    platform = event("plateforme", "1", titre="Balade commentée : les jardins partagés")
    ics = event(ICS, "x", titre=ics_title, organisateur="", date_fin="", lieu="", code_postal="",
                adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", latitude=None,
                longitude=None)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


NO_POINT = dict(latitude=None, longitude=None)


@pytest.mark.parametrize(
    ("location", "merged"),
    [
        # « La Forge » is a commune of the Vosges, and the venue the platform gives in Bruz: the venue.
        ("La Forge", True),
        # A town alone may be its neighbour in its metropolis (Bruz, Rennes Métropole: see _neighbour_town)...
        ("Rennes", True),
        # ...not a town of another intercommunality.
        ("Vitré", False),
    ],
)
def test_an_ics_location_naming_a_venue_that_is_also_a_commune_is_the_venue(index, location, merged):
    place = dict(lieu="La Forge", adresse="91 chemin Émile Zola", code_postal="35170", commune="Bruz", **NO_POINT)
    platform = event("plateforme", "1", titre="Chantier citoyen sur l'accompagnement des créateurs", **place)
    ics = event(ICS, "x", titre="Chantier citoyen sur l'accompagnement des créateurs", lieu="", adresse=location,
                code_postal="", commune="", organisateur="", date_fin="", **NO_POINT)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


RENNES_VENUE = dict(lieu="Maison du vélo", adresse="12 rue de Brest", code_postal="35000", commune="Rennes",
                    **NO_POINT)


@pytest.mark.parametrize(
    ("address", "merged"),
    [
        # The venue the regional agenda names alone is at the street the ICS gives: one place, one event.
        ("12 rue de Brest, 35000 Rennes", True),
        # Another street of the town: another workshop that afternoon.
        ("40 rue de Nantes, 35000 Rennes", False),
    ],
)
def test_a_venue_named_alone_and_an_address_given_alone_meet_through_the_other_records(index, address, merged):
    # The platform's other event at the Maison du vélo that month gives the venue's street.
    elsewhere = event("plateforme", "9", titre="Bourse aux vélos", date_debut="2019-11-23T10:00:00+01:00",
                      date_fin="", **RENNES_VENUE)
    regional = event(REGIONAL, "a", titre="Atelier vélo participatif", organisateur="Vélo Utile",
                     **{**RENNES_VENUE, "adresse": ""})
    ics = event(ICS, "x", titre="Répare ton vélo !", lieu="", adresse=address, code_postal="", commune="",
                organisateur="", date_fin="", **NO_POINT)
    result = deduplicate(frame(elsewhere, regional, ics), index)
    assert (frozenset([f"{REGIONAL}:a", f"{ICS}:x"]) in merged_keys(result)) is merged


@pytest.mark.parametrize(
    ("address", "merged"),
    [
        # A house number written with a comma, as French addresses often are: the same street, not a venue « 12 ».
        ("12, rue de Brest", True),
        ("Maison du vélo, 12 bis, r. de Brest, 35000 Rennes", True),
        ("12 , Rue de Brest", True),
    ],
)
def test_a_house_number_before_a_comma_is_the_streets(index, address, merged):
    # The same workshop, the copy from the spreadsheet without a time nor the venue's name: it has only its street.
    platform = event("plateforme", "1", titre="Atelier vélo participatif", **RENNES_VENUE)
    sheet = event("cress-bretagne-tableur", "l1", titre="ATELIER VELO PARTICIPATIF", lieu="", adresse=address,
                  date_debut="2019-11-16", date_fin="", **{k: RENNES_VENUE[k] for k in ("code_postal", "commune")},
                  **NO_POINT)
    result = deduplicate(frame(platform, sheet), index)
    assert (frozenset(["plateforme:1", "cress-bretagne-tableur:l1"]) in merged_keys(result)) is merged


@pytest.mark.parametrize(
    ("address", "street", "communes"),
    [
        ("4-6 rue de Brest", ("4-6", "rue", "brest"), set()),  # a range: numbers 4 and 6 (see _same_number)
        ("12bis rue de Brest", ("12", "rue", "brest"), set()),  # as « 12 bis »
        ("12A rue de Brest", ("12", "rue", "brest"), set()),  # a letter as the index, likewise
        # As « 12 rue du Général Leclerc », and as « 12 rue Leclerc »: the person's title left out.
        ("12 r. du Gal Leclerc", ("12", "rue", "leclerc"), set()),
        ("12 rue Victor Hugo", ("12", "rue", "hugo"), set()),  # a given name left out, as « rue Hugo »
        ("14 rue du Pr Jean Nicolas", ("14", "rue", "nicolas"), set()),  # « Pr » for « Professeur »
        ("5 place du Général Charles de Gaulle", ("5", "place", "gaulle"), set()),
        ("7 all. J.-B. Clément", ("7", "allee", "clement"), set()),  # initials likewise
        ("2 rue de la Pierre Plate", ("2", "rue", "pierre"), set()),  # after an article, no given name
        ("2 rue St-Michel", ("2", "rue", "saint michel"), set()),  # not every saint's street: « rue Saint-Jacques »
        ("4 rue du 8 Mai 1945", ("4", "rue", "8 mai"), set()),
        # Street types of two words, and those the BAN has that a venue is named with only before a house number.
        ("12 Grande-Rue", ("12", "rue", "grande"), set()),
        ("9 Grand'Rue", ("9", "rue", "grande"), set()),
        ("3 rond-point de l'Europe", ("3", "rondpoint", "europe"), set()),
        ("Lieu-dit Kerampuil", ("", "lieudit", "kerampuil"), set()),
        ("Zone artisanale de Kerboulard", ("", "za", "kerboulard"), set()),
        ("1 presqu'île André Malraux", ("1", "presquile", "malraux"), set()),
        ("5 port de Plaisance", ("5", "port", "plaisance"), set()),
        ("2 clos des Vignes", ("2", "clos", "vignes"), set()),
        ("3 fbg de Bretagne", ("3", "faubourg", "bretagne"), set()),
        # The street, its postal code and its town in one part: the town is read too.
        ("12 rue de Brest 35000 Rennes", ("12", "rue", "brest"), {"35238"}),
        ("12 rue de Brest - 35000 RENNES", ("12", "rue", "brest"), {"35238"}),
    ],
)
def test_the_usual_ways_of_writing_a_street_give_its_key(index, address, street, communes):
    listing = event("cress-bretagne-tableur", "l1", lieu="", adresse=address, code_postal="", commune="", **NO_POINT)
    (record,) = _record_features(frame(listing), index)
    assert record.street == street and set(record.communes) == communes


@pytest.mark.parametrize(
    ("insee", "postal", "commune", "arrondissement"),
    [
        ("75118", "", "", "paris 18"),  # an arrondissement's INSEE code (ARM)
        ("", "75018", "Paris", "paris 18"),
        ("", "75116", "Paris", "paris 16"),
        ("", "", "Paris XVIIIe", "paris 18"),
        ("", "", "Lyon 3e Arrondissement", "lyon 3"),
        ("", "", "MARSEILLE 13EME", "marseille 13"),
        ("13213", "13013", "Marseille", "marseille 13"),
        ("", "75011", "Paris 18e", ""),  # two arrondissements named: neither is known
        ("", "75700", "Paris", ""),  # a CEDEX code names none
        ("", "69010", "", ""),  # not a Lyon arrondissement's code
        ("", "35000", "Rennes", ""),
    ],
)
def test_the_arrondissement_a_place_names(insee, postal, commune, arrondissement):
    assert arrondissement_of(insee, postal, commune) == arrondissement


@pytest.mark.parametrize(
    ("location", "venue", "street"),
    [
        ("La Ferme du Sens - 4 rue de Lannoy - 59100 Roubaix", "la ferme du sens", ("4", "rue", "lannoy")),
        ("La Ferme du Sens – 4, rue de Lannoy | Roubaix", "la ferme du sens", ("4", "rue", "lannoy")),
        ("Maison Folie Wazemmes - Roubaix", "maison folie wazemmes", None),
        ("Espace Saint-Jean-Baptiste, Roubaix", "espace saint jean baptiste", None),  # hyphens join words
    ],
)
def test_a_location_in_parts_between_dashes_gives_its_venue_street_and_town(index, location, venue, street):
    listing = event("reseau-lille-ical", "i1", lieu="", adresse=location, code_postal="", commune="", **NO_POINT)
    (record,) = _record_features(frame(listing), index)
    assert (record.venue, record.street, set(record.communes)) == (venue, street, {"59512"})


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [
        ("Mairie de Pessac", True),  # the municipality credited one way or another
        ("Commune de Pessac", True),
        ("Ville de Talence", False),  # another municipality
        ("CCAS de Pessac", False),  # another body of the same town
    ],
)
def test_a_municipality_is_one_organiser_whichever_way_it_is_credited(index, organiser, merged):
    forum = dict(titre="Forum des associations solidaires", lieu="Salle Bellegrave", adresse="", code_postal="33600",
                 commune="Pessac", **NO_POINT)
    platform = event("plateforme", "1", organisateur="Ville de Pessac", **forum)
    sheet = event("cress-naq-tableur", "t1", organisateur=organiser, date_debut="2019-11-16", date_fin="",
                  **{**forum, "titre": "Forum associations solidaires"})
    result = deduplicate(frame(platform, sheet), index)
    assert (frozenset(["plateforme:1", "cress-naq-tableur:t1"]) in merged_keys(result)) is merged


def test_the_number_of_a_room_before_a_comma_is_no_house_number(index):
    room = event("cress-bretagne-tableur", "l1", lieu="", adresse="Salle 4, rue de Brest, 35000 Rennes", **NO_POINT)
    (record,) = _record_features(frame(room), index)
    assert record.venue == "salle 4" and record.street == ("", "rue", "brest")  # the street, without a number


@pytest.mark.parametrize(("adresse", "venue", "street"), [
    ("Boulevard Pascal Rossini", "boulevard pascal rossini", ("", "boulevard", "pascal")),
    ("Pl. du Gal de Gaulle", "place du general de gaulle", ("", "place", "gaulle")),
    ("Bd Pascal Rossini 20000 Ajaccio", "", ("", "boulevard", "pascal")),
    # A venue named like a street before its numbered street: the venue, at that street.
    ("Quai des Savoirs, 39 allées Jules Guesde", "quai des savoirs", ("39", "allee", "guesde")),
    ("La Halle, place du Marché", "la halle", ("", "place", "marche")),
    # Street types beyond the usual few (after a number, those a venue is also named with).
    ("12 Mail François Mitterrand, 35000 Rennes", "", ("12", "mail", "mitterrand")),
    ("2 montée de la Grande Côte", "", ("2", "montee", "grande")),
    ("Cité des sciences, 30 avenue Corentin Cariou", "cite des sciences", ("30", "avenue", "corentin")),
    # The country after the town (schema.org, OpenAgenda) is no venue.
    ("4 Rue de Lannoy, 59100 Roubaix, France", "", ("4", "rue", "lannoy")),
    ("Mail d'Antrain, 35600 Redon", "mail d antrain", ("", "mail", "antrain")),
    ("Mail : accueil@maison-asso.fr", "mail accueil maison association fr", None),  # an e-mail's label
])
def test_a_street_without_a_house_number_is_a_street_and_names_the_place(index, adresse, venue, street):
    place = event("cress-bretagne-tableur", "l1", lieu="", adresse=adresse, code_postal="", commune="", **NO_POINT)
    (record,) = _record_features(frame(place), index)
    assert (record.venue, record.street) == (venue, street)


def test_a_venue_resolved_to_its_street_tells_look_alikes_apart(index):
    library = dict(lieu="Bibliothèque municipale", code_postal="35136", commune="Saint-Jacques-de-la-Lande",
                   **NO_POINT)
    elsewhere = event("plateforme", "9", titre="Heure du conte", adresse="20 place Jules Ferry", **library)
    sheet = event(SHEET, "l1", titre="Apprendre la réparation en atelier", date_debut="2019-11-16T09:00:00+01:00",
                  date_fin="", organisateur="", **{**library, "adresse": ""})
    ics = event(ICS, "x", titre="Apprendre la réparation en atelier (gratuit, sur inscription)", lieu="",
                adresse="91 chemin Jules Ferry, 35136 Saint-Jacques-de-la-Lande", code_postal="", commune="",
                organisateur="", **DATE_ONLY, **NO_POINT)
    assert len(deduplicate(frame(elsewhere, sheet, ics), index).events) == 3


@pytest.mark.parametrize(
    ("venue", "merged"),
    [
        ("Sle Guy Ropartz", True),  # an abbreviation
        ("Esp. citoyen", False),  # the other record is at the Espace Guy Ropartz: another word
        ("Foyer municipal", False),  # looks alike letter by letter for « municipal » only
    ],
)
def test_venue_names_alike_letter_by_letter_for_a_generic_word_are_two_places(index, venue, merged):
    common = dict(titre="Rencontres régionales de la démocratie participative", adresse="", code_postal="",
                  commune="Rennes", **NO_POINT)
    sheet = event(SHEET, "l1", lieu=venue, organisateur="", **common)
    other = {"Sle Guy Ropartz": "Salle Guy Ropartz", "Esp. citoyen": "Espace Guy Ropartz",
             "Foyer municipal": "Bibliothèque municipale"}[venue]
    regional = event(REGIONAL, "a", lieu=other, **common)
    assert (len(deduplicate(frame(regional, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [
        ("Trégor Solidaire", True),  # the same network, its name shortened
        ("Mouvement des Jeunes Solidaires", False),  # shares « Solidaires » only
        ("Réseau régional des Tiers-Lieux", False),  # shares « Tiers-Lieux » only
    ],
)
def test_organisers_sharing_only_some_words_are_two_organisations(index, organiser, merged):
    title = "Rencontre-témoignages sur les coopératives d'habitants"
    platform = event("plateforme", "1", titre=title, organisateur={
        "Trégor Solidaire": "Réseau régional Trégor Solidaire",
        "Mouvement des Jeunes Solidaires": "Collectif citoyen des Économies Solidaires",
        "Réseau régional des Tiers-Lieux": "Collectif citoyen des Tiers-Lieux"}[organiser],
        lieu="", adresse="58 place de la République", code_postal="35000", commune="Rennes", **DATE_ONLY, **NO_POINT)
    ics = event(ICS, "x", titre=title, organisateur=organiser, lieu="", adresse="Rennes", code_postal="",
                commune="", date_debut="2019-11-16T17:00:00+01:00", date_fin="", **NO_POINT)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


SAME_TIME_SAME_PLACE = dict(date_debut="2019-11-16T11:00:00+01:00", date_fin="")


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        # A gratiferia and a toy exchange: two ways of naming a swap, by one organiser at one venue and one time.
        ("Bourse aux jouets", True),
        # A work party is not a swap: the organiser's other event there at that time.
        ("Chantier participatif : la démocratie participative", False),
    ],
)
def test_swaps_and_work_parties_are_formats(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Gratiferia : donnez, prenez", **SAME_TIME_SAME_PLACE)
    sheet = event(SHEET, "l1", titre=sheet_title, **SAME_TIME_SAME_PLACE)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("title", "merged"),
    [
        ("Atelier de réparation", True),  # « Réparons » names the repair as « réparer » does
        ("Atelier découverte – l'agroécologie", False),  # the organiser's other workshop there at that time
    ],
)
def test_an_imperative_names_its_format(index, title, merged):
    platform = event("plateforme", "1", titre="Réparons ensemble !", **SAME_TIME_SAME_PLACE)
    ics = event(ICS, "x", titre=title, organisateur="", lieu="", code_postal="", latitude=None, longitude=None,
                adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", **SAME_TIME_SAME_PLACE)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        ("Conférence « L'économie sociale »", True),  # the same subject
        # « débat » says how the evening goes, not what it is about: the organiser's film there that day.
        ("Ciné-débat : Le Potager de mon grand-père", False),
    ],
)
def test_an_evening_or_a_debate_is_no_subject_in_common(index, sheet_title, merged):
    platform = event("plateforme", "1", titre="Soirée-débat : l'économie sociale")
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("ics_title", "merged"),
    [
        # « répar' » is « réparation » cut short: a repair workshop, as « Repair Café » is.
        ("Atelier répar'", True),
        ("Répar'café", True),
        # The organiser's other workshop there at that time: two formats.
        ("Atelier « Les communs numériques »", False),
    ],
)
def test_a_format_word_cut_short_names_its_format(index, ics_title, merged):
    platform = event("plateforme", "1", titre="Repair Café de Lyon", **SAME_TIME_SAME_PLACE)
    ics = event(ICS, "x", titre=ics_title, lieu="", code_postal="", latitude=None, longitude=None,
                adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", **SAME_TIME_SAME_PLACE)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("platform_title", "sheet_title", "merged"),
    [
        # A fair's words name a market as well as a forum: one event, a subject in common.
        ("Marché de l'économie solidaire", "Foire aux produits solidaires", True),
        ("Salon des initiatives solidaires", "Bourse aux initiatives solidaires", True),
        # A hackathon, a job dating, a play are formats of their own: the organiser's other events that day.
        ("Café des réparateurs solidaires", "Hackathon de l'économie solidaire", False),
        ("Job dating solidaire", "Atelier de l'économie solidaire", False),
        ("Impro théâtrale solidaire", "Forum de l'économie solidaire", False),
    ],
)
def test_formats_of_fairs_contests_recruitment_and_plays(index, platform_title, sheet_title, merged):
    platform = event("plateforme", "1", titre=platform_title)
    sheet = event(SHEET, "l1", titre=sheet_title, **DATE_ONLY)
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged



ROOM = dict(lieu="", code_postal="", commune="", latitude=None, longitude=None, organisateur="", date_fin="")


@pytest.mark.parametrize(
    ("location", "start", "merged"),
    [
        pytest.param("Salle Erdre, Lyon", "2019-11-16T14:00:00+01:00", True, id="a room and the town"),
        pytest.param("Salle Erdre - Lyon", "2019-11-16T13:00:00Z", True, id="after a dash, an hour slip"),
        pytest.param("Salle Erdre, Lyon", "2019-11-16", True, id="without a time, the same title"),
        pytest.param("Salle Erdre, Lyon", "2019-11-16T13:30:00+01:00", True, id="the welcome half an hour before"),
        pytest.param("Salle Erdre, Villeurbanne", "2019-11-16T14:00:00+01:00", False, id="another town"),
        pytest.param("Salle des fêtes, Lyon", "2019-11-16T14:00:00+01:00", False, id="a venue placed elsewhere"),
        pytest.param("Maison de quartier Bellevue, Lyon", "2019-11-16T14:00:00+01:00", False,
                     id="a building, not a room"),
    ],
)
def test_a_venue_nothing_places_is_no_other_place_than_a_street_of_its_town(index, location, start, merged):
    # An ICS LOCATION naming the room booked and the town: no record gives that room at a street, so against the
    # venue at its street in that town it is neither the same place nor another; the rest decides (without a time,
    # the same title that day in that town, nothing disagreeing). A venue the edition gives at another street
    # (« Salle des fêtes ») is another place.
    platform = event("plateforme", "1", titre="Atelier d'autoréparation vélo")
    fetes = event("plateforme", "2", titre="Bal folk", lieu="Salle des fêtes", adresse="5 rue Ordener",
                  date_debut="2019-11-20T20:00:00+01:00")
    ics = event(ICS, "x", titre="Atelier d'autoréparation vélo", adresse=location, date_debut=start, **ROOM)
    keys = merged_keys(deduplicate(frame(platform, fetes, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged


@pytest.mark.parametrize(
    ("platform_changes", "ics_changes", "merged"),
    [
        pytest.param({"adresse": ""}, {}, True, id="a venue named without its street"),
        pytest.param({}, {"date_debut": "2019-11-16", "organisateur": BASE["organisateur"]}, True,
                     id="without a time, by the same organiser"),
        pytest.param({}, {"date_debut": "2019-11-16", "organisateur": "Les Petits Débrouillards"}, False,
                     id="without a time, by another organiser"),
    ],
)
def test_a_room_nothing_places_is_no_other_place_than_a_venue_of_its_town(index, platform_changes, ics_changes,
                                                                          merged):
    # The room booked against the venue's name (its street given or not) in one town: neither the same place nor
    # another. Without a time, only the same organiser says it is that event (another group's event that day may be
    # in that room).
    platform = event("plateforme", "1", titre="Atelier d'autoréparation vélo", latitude=None, longitude=None,
                     **platform_changes)
    fetes = event("plateforme", "2", titre="Bal folk", lieu="Salle des fêtes", adresse="5 rue Ordener",
                  date_debut="2019-11-20T20:00:00+01:00")
    ics = event(ICS, "x", titre="Atelier d'autoréparation vélo", adresse="Salle Erdre, Lyon",
                **{**ROOM, "date_debut": "2019-11-16T14:00:00+01:00", **ics_changes})
    keys = merged_keys(deduplicate(frame(platform, fetes, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged


@pytest.mark.parametrize(
    ("titre", "second_listing", "merged"),
    [
        pytest.param("Atelier d'autoréparation vélo", None, {f"{ICS}:x"}, id="one listing of that title"),
        pytest.param("Mois de l'ESS : atelier d'autoréparation vélo", None, {f"{ICS}:x"}, id="the title dressed"),
        pytest.param("Mois de l'ESS : atelier d'autoréparation vélo", ("Atelier d'autoréparation vélo", "Lyon"),
                     {f"{ICS}:y"}, id="the calendar lists that title twice that day in that town"),
        pytest.param("Atelier d'autoréparation vélo", ("Bal folk", "Salle Rhône, Lyon"), {f"{ICS}:x"},
                     id="the calendar lists another event that day in that town"),
        pytest.param("Vélo : apprenez à réparer", None, set(), id="the title reworded"),
    ],
)
def test_a_room_nothing_places_without_a_time_or_an_organiser_takes_the_same_title(index, titre, second_listing,
                                                                                   merged):
    # The iCalendar gives the room booked and the town, no time, no organiser; the platform the venue at its street
    # that day: the same title in that town is that event, nothing disagreeing. When the calendar lists that title
    # twice that day in that town (its other listing giving the town alone), title, day and town do not tie the
    # room to the venue: the other listing, which gives nothing against it, is the platform's copy. A reworded title
    # says nothing without an organiser or a time.
    platform = event("plateforme", "1", titre="Atelier d'autoréparation vélo", date_debut="2019-11-16", date_fin="")
    listings = [event(ICS, "x", titre=titre, adresse="Salle Erdre, Lyon", **{**ROOM, "date_debut": "2019-11-16"})]
    if second_listing is not None:
        listings.append(event(ICS, "y", titre=second_listing[0], adresse=second_listing[1],
                              **{**ROOM, "date_debut": "2019-11-16"}))
    groups = merged_keys(deduplicate(frame(platform, *listings), index))
    assert next(group for group in groups if "plateforme:1" in group) - {"plateforme:1"} == merged


@pytest.mark.parametrize(
    ("lieu", "titre", "merged"),
    [
        pytest.param("Le Préau", "Le Préau : Atelier de co-construction sur la pêche durable", True,
                     id="the venue before the title"),
        pytest.param("Le Préau", "Atelier de co-construction sur la pêche durable @ Le Préau", True,
                     id="the venue after the title"),
        pytest.param("Le Préau", "La Cale : Atelier de co-construction sur la pêche durable", False,
                     id="another venue"),
        pytest.param("Le Lab", "Le Lab : Atelier de co-construction sur la pêche durable", False,
                     id="a venue named by short words only"),
    ],
)
def test_a_listing_placed_by_its_title_alone_is_at_the_venue_it_names(index, lieu, titre, merged):
    # An empty LOCATION, the venue written before or after the title: at the venue the other record gives, the same
    # title that day is the same event though neither gives a time nor the iCalendar an organiser.
    platform = event("plateforme", "1", titre="Atelier de co-construction sur la pêche durable", lieu=lieu,
                     date_debut="2019-11-16", date_fin="")
    ics = event(ICS, "x", titre=titre, adresse="", **{**ROOM, "date_debut": "2019-11-16"})
    keys = merged_keys(deduplicate(frame(platform, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged


def test_a_venue_written_otherwise_is_placed_by_the_records_that_give_it(index):
    # « Salle Jaen Moulin » (a typo) is the venue the edition gives at 3 rue de Brest: another place than the
    # look-alike's venue, not an unplaced room.
    common = dict(titre="Labo : le logement solidaire", code_postal="35000", commune="Rennes", latitude=None,
                  longitude=None, date_fin="", date_debut="2019-11-14T09:30:00+01:00")
    besson = event("plateforme", "1", lieu="Salle Jean Moulin", adresse="3 rue de Brest", organisateur="Solen",
                   **{**common, "titre": "Forum", "date_debut": "2019-11-20T09:30:00+01:00"})
    typo = event(REGIONAL, "2", lieu="Salle Jaen Moulin", adresse="", organisateur="", **common)
    other = event("plateforme", "3", lieu="Le Lieu-Dit", adresse="8 rue de Nantes", organisateur="", **common)
    assert len(deduplicate(frame(besson, typo, other), index).events) == 3


NETWORK = "Réseau des Ressourceries de Bretagne"
MEMBER = "La Ressourcerie du Pays"


AT_THE_STREET = dict(lieu="", adresse="12 rue de Brest", code_postal="35000", commune="Rennes", latitude=None,
                     longitude=None, date_fin="")


def _network_and_member_shown_as_one_event() -> list[dict]:
    """The agenda credits the network, the platform the member: same title, street and minute."""
    return [event(source, "1", titre="Atelier réemploi du mobilier", organisateur=organiser,
                  date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET)
            for source, organiser in (("plateforme", MEMBER), (REGIONAL, NETWORK))]


def test_a_network_credited_instead_of_its_member_is_learned_from_a_pair_beyond_doubt(index):
    # The first pair shows the two names as one event's; another event of the member the agenda credits to the
    # network merges too, its title reworded.
    common = AT_THE_STREET
    rows = [
        *_network_and_member_shown_as_one_event(),
        event("plateforme", "2", titre="Atelier couture et réparation de vêtements", organisateur=MEMBER,
              date_debut="2019-11-23T10:00:00+01:00", **common),
        event(REGIONAL, "2", titre="Couture : réparer ses vêtements", organisateur=NETWORK,
              date_debut="2019-11-23T10:00:00+01:00", **common),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:1", f"{REGIONAL}:1"]) in keys
    assert frozenset(["plateforme:2", f"{REGIONAL}:2"]) in keys


def test_a_network_credited_with_its_member_named_in_the_title_is_that_member(index):
    common = dict(lieu="Maison des associations", adresse="", code_postal="35000", commune="Rennes", latitude=None,
                  longitude=None, date_fin="", date_debut="2019-11-16T14:00:00+01:00")
    platform = event("plateforme", "1", titre="Atelier réemploi du mobilier", organisateur=MEMBER, **common)
    agenda = event(REGIONAL, "1", titre=f"[{MEMBER}] Réemploi du mobilier", organisateur=NETWORK, **common)
    assert len(deduplicate(frame(platform, agenda), index).events) == 1


@pytest.mark.parametrize(
    "difference",
    [
        pytest.param({"adresse": ""}, id="a venue's name without its street"),
        pytest.param({"date_debut": "2019-11-16"}, id="without a time"),
    ],
)
def test_organisers_that_differ_stay_two_events_without_a_pair_beyond_doubt(index, difference):
    # Namesake branches of a generic venue in one town: the same title and minute at « Maison des associations »
    # by two organisers is no evidence that they are one event's.
    common = dict(titre="Atelier réemploi du mobilier", lieu="Maison des associations", code_postal="35000",
                  commune="Rennes", latitude=None, longitude=None, date_fin="", date_debut="2019-11-16T14:00:00+01:00")
    platform = event("plateforme", "1", organisateur=MEMBER, **{**common, "adresse": "12 rue de Brest"})
    agenda = event(REGIONAL, "1", organisateur="Les Bricoleurs", **{**common, "adresse": "12 rue de Brest",
                                                                     **difference})
    assert len(deduplicate(frame(platform, agenda), index).events) == 2


def test_a_network_and_its_member_need_one_time_to_be_one_event(index):
    # The alliance is learned from the first pair; a date-only copy by the member, the same day at the same street,
    # may be another group's session there (the network's copy says nothing of which): left apart.
    common = AT_THE_STREET
    rows = [
        *_network_and_member_shown_as_one_event(),
        event("plateforme", "2", titre="Atelier couture", organisateur=MEMBER, date_debut="2019-11-23", **common),
        event(REGIONAL, "2", titre="Atelier couture", organisateur=NETWORK, date_debut="2019-11-23T10:00:00+01:00",
              **common),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:1", f"{REGIONAL}:1"]) in keys
    assert frozenset(["plateforme:2"]) in keys and frozenset([f"{REGIONAL}:2"]) in keys


def test_an_alliance_holds_for_the_member_written_otherwise(index):
    # The alliance is learned with the member's full name; the spreadsheet writes it by its acronym and gives the
    # venue without its street, against the network's copy at the same minute: the same two organisations.
    member = "Collectif des Finances Solidaires"
    common = dict(AT_THE_STREET, date_debut="2019-11-23T10:00:00+01:00", lieu="La Recyclerie")
    rows = [
        *(event(source, "1", titre="Atelier réemploi du mobilier", organisateur=organiser,
                date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET)
          for source, organiser in (("plateforme", member), (REGIONAL, NETWORK))),
        event("cress-aura-tableur", "2", titre="Atelier couture", organisateur="CFS", **{**common, "adresse": ""}),
        event(REGIONAL, "2", titre="Atelier couture", organisateur=NETWORK, **common),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:1", f"{REGIONAL}:1"]) in keys
    assert frozenset(["cress-aura-tableur:2", f"{REGIONAL}:2"]) in keys


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        pytest.param({}, True, id="the same meeting link at the same minute"),
        # One meeting whatever the data centre serving it, the passcode, the scheme or the host's case.
        pytest.param({"url": "https://us02web.zoom.us/j/42298?pwd=Zk9xQ"}, True, id="the meeting's data centre"),
        pytest.param({"url": "http://ZOOM.us/j/42298/"}, True, id="scheme, case, trailing slash"),
        pytest.param({"url": "https://zoom.us/j/55555"}, False, id="another meeting"),
        pytest.param({"url": "https://us06web.zoom.us/j/55555?pwd=Zk9xQ"}, False, id="another, same data centre"),
        # A link no browser opens (an unclosed IPv6 bracket) is another host, and no error.
        pytest.param({"url": "https://[zoom.us/j/42298"}, False, id="a malformed link"),
        pytest.param({"date_debut": "2019-11-16T17:00:00+01:00"}, False, id="another time"),
    ],
)
def test_one_meeting_link_at_one_time_is_one_event_whoever_is_credited(index, second, merged):
    # The platform credits the member, the iCalendar the network: the same meeting link at the same minute.
    common = dict(ONLINE, date_debut="2019-11-16T14:00:00+01:00", date_fin="", url="https://zoom.us/j/42298")
    platform = event("plateforme", "1", titre="Webinaire : la mobilité douce", organisateur=MEMBER, **common)
    ics = event(ICS, "x", titre="Visioconférence : se déplacer autrement", organisateur=NETWORK,
                **{**common, "modalite": "", **second})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        pytest.param({}, True, id="the same meeting link at the same minute"),
        pytest.param({"lien_reunion": "https://zoom.us/j/55555?pwd=b"}, False, id="another meeting"),
    ],
)
def test_the_meeting_link_the_published_texts_mask_still_tells_one_meeting(index, second, merged):
    # As normalised: the join link masked in the place and out of `url`, kept apart (lien_reunion, never published).
    common = dict(ONLINE, date_debut="2019-11-16T14:00:00+01:00", date_fin="", url="",
                  lien_reunion="https://us02web.zoom.us/j/42298?pwd=a")
    platform = event("plateforme", "1", titre="Webinaire : la mobilité douce", organisateur=MEMBER, **common)
    ics = event(ICS, "x", titre="Visioconférence : se déplacer autrement", organisateur=NETWORK,
                **{**common, "adresse": "[lien de réunion masqué]", **second})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [
        pytest.param("Fédération des centres sociaux du Rhône", True, id="a network credited"),
        pytest.param("Les Compagnons du Rhône", False, id="another association credited"),
    ],
)
def test_a_network_credited_does_not_keep_apart_the_copies_a_third_one_joins(index, organiser, merged):
    # The platform credits the member at 14 h; the sheet, without a time, credits the network; the iCalendar, at
    # 14 h and without organiser, matches both. The sheet and the platform differ only by the organiser credited, a
    # network's name: one event of three copies. Another association's name keeps the sheet's copy out.
    title = "Marché solidaire des producteurs"
    platform = event("plateforme", "1", titre=title, date_fin="")
    sheet = event(SHEET, "s1", titre=title.upper(), organisateur=organiser, date_debut="2019-11-16", date_fin="")
    ics = event(ICS, "x", titre=title, organisateur="", lieu="", code_postal="", commune="", latitude=None,
                longitude=None, adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", date_fin="")
    keys = merged_keys(deduplicate(frame(platform, sheet, ics), index))
    assert frozenset(["plateforme:1", f"{ICS}:x"]) <= max(keys, key=len)
    assert (frozenset(["plateforme:1", f"{SHEET}:s1", f"{ICS}:x"]) in keys) is merged


@pytest.mark.parametrize(
    ("ics_title", "merged"),
    [
        pytest.param("Ciné-débat à la bibliothèque", True, id="the screening said otherwise"),
        pytest.param("Atelier couture", False, id="another event there at that minute"),
    ],
)
def test_the_doors_opening_does_not_keep_apart_the_copies_a_third_one_joins(index, ics_title, merged):
    # The agenda gives the doors' opening (15 h 45), the platform and the iCalendar the screening (16 h 10), all three
    # at the library's street. The agenda matches the platform (the same film, 25 minutes before); the iCalendar,
    # without organiser, matches the platform at its minute but shares no word with the agenda's title: its 25
    # minutes from the agenda's start no longer keep it out of the event.
    place = dict(edition=2021, lieu="Bibliothèque de quartier", adresse="120 avenue de la Loire", code_postal="44400",
                 commune="Rezé", latitude=None, longitude=None, organisateur="Cuma du Haut-Anjou", date_fin="")
    rows = [
        event("plateforme", "1", titre="Projection-échange – Les Mains de la terre",
              date_debut="2021-11-04T16:10:00+01:00", **place),
        event(REGIONAL, "1", titre="Séance spéciale : Les Mains de la terre", date_debut="2021-11-04T15:45:00+01:00",
              **place),
        event(ICS, "x", titre=ics_title, date_debut="2021-11-04T16:10:00+01:00",
              **{**place, "lieu": "", "adresse": "Bibliothèque de quartier, 120 avenue de la Loire, 44400 Rezé",
                 "code_postal": "", "commune": "", "organisateur": ""}),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:1", f"{REGIONAL}:1"]) <= max(keys, key=len)
    assert (frozenset(["plateforme:1", f"{REGIONAL}:1", f"{ICS}:x"]) in keys) is merged


@pytest.mark.parametrize(
    ("organiser", "start", "merged"),
    [
        pytest.param("Association Les Bricoleurs", "2019-11-16T14:30:00+01:00", True, id="after the doors' opening"),
        pytest.param("Les Compagnons du Rhône", "2019-11-16T14:30:00+01:00", False, id="another organiser"),
        pytest.param("Association Les Bricoleurs", "2019-11-16T15:10:00+01:00", False, id="70 minutes later"),
    ],
)
def test_one_organiser_s_doors_opening_in_the_town_an_ics_gives_alone(index, organiser, start, merged):
    # The platform gives the venue, its street and the doors' opening (14 h), the iCalendar the town alone and the
    # start (14 h 30), both crediting one organiser, the title misspelt and signed: one event. Another organiser, or
    # the same more than WELCOME_MIN later, is another event.
    platform = event("plateforme", "1", titre="Journée de formation sur l'éolien en mer citoyen", date_fin="")
    ics = event(ICS, "x", titre=f"Journée de formation sur l'éolien en mer cityoen – organisé par {organiser}",
                lieu="", adresse="Lyon", code_postal="", commune="", latitude=None, longitude=None,
                organisateur=organiser, date_debut=start, date_fin="")
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "start", "merged"),
    [
        pytest.param("Réseau des Repair Cafés du Rhône", "2019-11-16T13:30:00+01:00", True,
                     id="the network, the doors' opening"),
        pytest.param("Les Compagnons du Rhône", "2019-11-16T13:30:00+01:00", False, id="another association"),
        pytest.param("Réseau des Repair Cafés du Rhône", "2019-11-16T12:50:00+01:00", False,
                     id="the network, 70 minutes before"),
    ],
)
def test_a_network_credited_at_the_doors_opening_is_no_other_organiser(index, organiser, start, merged):
    # The agenda credits the network and gives the doors' opening (13 h 30), the platform the member and the start
    # (14 h): the same title at the street both give. Another association there half an hour before, or the network
    # more than WELCOME_MIN before, is another event.
    platform = event("plateforme", "1", date_fin="")
    agenda = event(REGIONAL, "1", organisateur=organiser, date_debut=start, date_fin="")
    assert (len(deduplicate(frame(platform, agenda), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [
        pytest.param("Réseau Cocagne", True, id="the network credited"),
        pytest.param("Collectif des AMAP du Rhône", True, id="a collective of organisations credited"),
        pytest.param("Les Compagnons du Rhône", False, id="another association credited"),
        pytest.param("Collectif des habitants de la Croix-Rousse", False, id="a collective of residents credited"),
    ],
)
def test_a_network_credited_at_one_street_and_minute_takes_a_reworded_title(index, organiser, merged):
    # At the street both give and the same minute, the agenda credits the network and rewords the title
    # (« Trois regards sur … » / « Rencontre-conférence sur … », 69): the member's talk. Another association's
    # talk there at that minute needs a closer title (TITLE_AT_ONE_MINUTE).
    platform = event("plateforme", "1", titre="Rencontre-conférence sur les paniers solidaires", date_fin="")
    agenda = event(REGIONAL, "1", titre="Trois regards sur les paniers solidaires", organisateur=organiser, date_fin="")
    assert (len(deduplicate(frame(platform, agenda), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("changes", "merged"),
    [
        pytest.param({}, True, id="the network credited"),
        pytest.param({"organisateur": "Les Compagnons du Rhône"}, False, id="another association credited"),
        pytest.param({"date_debut": "2019-11-16T16:00:00+01:00"}, False, id="two hours later"),
        pytest.param({"adresse": "Salle des fêtes"}, False, id="another venue"),
    ],
)
def test_a_network_credited_at_one_venue_and_minute_takes_the_same_title(index, changes, merged):
    # The iCalendar names the venue alone as its LOCATION and credits the network; the edition gives that venue's name
    # in two towns, so nothing places it: the same title at a venue of that name at the same minute is the member's
    # event. Another association's event of that title there at that minute may be at the namesake.
    platform = event("plateforme", "1", titre="Journée portes ouvertes – La Cabane à Projets",
                     lieu="La Cabane à Projets", organisateur="Fabrique numérique des Pentes", date_fin="")
    namesake = event("plateforme", "2", titre="Atelier vélo participatif", lieu="La Cabane à Projets",
                     adresse="3 rue de la Paix", code_postal="69100", commune="Villeurbanne", latitude=45.7719,
                     longitude=4.8902, organisateur="Vélo Utile", date_debut="2019-11-20T18:00:00+01:00", date_fin="")
    ics = event(ICS, "x", **{"titre": "[Mois de l'ESS] Journée portes ouvertes – La Cabane à Projets", "lieu": "",
                             "adresse": "La Cabane à Projets", "code_postal": "", "commune": "", "latitude": None,
                             "longitude": None, "organisateur": "Réseau des Tiers-Lieux du Rhône", "date_fin": "",
                             **changes})
    keys = merged_keys(deduplicate(frame(platform, namesake, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged


ANOTHER_DAY_THERE = event(REGIONAL, "2", titre="Conférence : la monnaie locale", organisateur="Gonette",
                          date_debut="2019-11-20T18:00:00+01:00", date_fin="")


@pytest.mark.parametrize(
    ("rows", "merged"),
    [
        pytest.param([ANOTHER_DAY_THERE], True, id="the venue at one street, twice"),
        pytest.param([], True, id="the venue at one street by the platform's record alone"),
        pytest.param([ANOTHER_DAY_THERE,
                      event("plateforme", "2", titre="Bourse aux vêtements", organisateur="Centre social Pernon",
                            adresse="7 rue Pernon", date_debut="2019-11-16T09:00:00+01:00", date_fin="")],
                     True, id="the venue at two streets"),
        pytest.param([event("plateforme", "2", organisateur="Centre social Pernon", adresse="7 rue Pernon")],
                     False, id="the venue at two streets, that title at that minute at both"),
    ],
)
def test_one_title_at_one_minute_at_the_street_of_the_venue_both_name(index, rows, merged):
    # The platform credits the member at the venue's street; the sheet credits the network and names the venue
    # without street: the same title at the same minute at a venue of that name is one event, wherever else the
    # edition gives that name (a namesake branch holds no event of that title at that minute). Unless it does: then
    # nothing says which one the sheet means. Two organisers neither of them a network's need more (see
    # test_organisers_that_differ_stay_two_events_without_a_pair_beyond_doubt).
    platform = event("plateforme", "1", titre="Repair café de la Croix-Rousse")
    sheet = event(SHEET, "s1", titre="REPAIR CAFÉ DE LA CROIX-ROUSSE", organisateur="Réseau des Repair Cafés du Rhône",
                  adresse="", latitude=None, longitude=None, date_fin="")
    keys = merged_keys(deduplicate(frame(platform, sheet, *rows), index))
    assert (frozenset(["plateforme:1", f"{SHEET}:s1"]) in keys) is merged


ANOTHER_DAY_THERE_TOO = event("plateforme", "2", titre="Conférence : la monnaie locale", organisateur="Gonette",
                              date_debut="2019-11-20T18:00:00+01:00", date_fin="")


@pytest.mark.parametrize(
    ("organiser", "merged"),
    [
        pytest.param("Réseau des Repair Cafés du Rhône", True, id="the network credited"),
        pytest.param("Les Compagnons du Rhône", False, id="another association credited"),
    ],
)
def test_a_network_credited_without_a_time_at_the_venue_the_edition_places(index, organiser, merged):
    # The sheet names the venue without its street and without a time, and credits the network; the edition gives
    # that venue at one street (the platform's two listings there) and times one session there that day: the same
    # title is the member's event. Another association's event of that title there that day may be listed without
    # its time and stays apart.
    platform = event("plateforme", "1", date_fin="")
    sheet = event(SHEET, "s1", titre="REPAIR CAFÉ DE LA CROIX-ROUSSE", organisateur=organiser, adresse="",
                  latitude=None, longitude=None, date_debut="2019-11-16", date_fin="")
    keys = merged_keys(deduplicate(frame(platform, sheet, ANOTHER_DAY_THERE_TOO), index))
    assert (frozenset(["plateforme:1", f"{SHEET}:s1"]) in keys) is merged


REWORDED_IN_TOWN = ("Atelier couture solidaire", "Raccommodage et retouches")
TWO_FORMATS_IN_TOWN = ("Chantier participatif – les PTCE", "Atelier mains dans le cambouis : les PTCE")


@pytest.mark.parametrize(
    ("titles", "changes", "merged"),
    [
        pytest.param(REWORDED_IN_TOWN, {}, True, id="the same organiser at the same minute"),
        pytest.param(REWORDED_IN_TOWN, {"organisateur": "Les Compagnons du Rhône"}, False, id="another organiser"),
        pytest.param(REWORDED_IN_TOWN, {"date_debut": "2019-11-16T15:00:00+01:00"}, False, id="an hour later"),
        pytest.param(REWORDED_IN_TOWN, {"titre": "Visite de la ressourcerie"}, False, id="another format"),
        pytest.param(TWO_FORMATS_IN_TOWN, {}, True, id="two formats, a subject in common"),
        pytest.param(TWO_FORMATS_IN_TOWN, {"organisateur": "Les Compagnons du Rhône"}, False,
                     id="two formats, a subject in common, another organiser"),
        pytest.param(TWO_FORMATS_IN_TOWN, {"date_debut": "2019-11-16T15:00:00+01:00"}, False,
                     id="two formats, a subject in common, an hour later"),
        pytest.param(TWO_FORMATS_IN_TOWN, {"titre": "Atelier mains dans le cambouis : la monnaie locale"}, False,
                     id="two formats, another subject"),
    ],
)
def test_one_organiser_at_one_minute_in_the_town_one_record_saying_no_more(index, titles, changes, merged):
    # The iCalendar gives the town alone as its LOCATION and rewords the title beyond any word in common
    # (« Raccommodage et retouches » / « Atelier couture solidaire »), or names the format otherwise with the subject
    # in common (« Chantier participatif » / « Atelier »: see
    # test_two_formats_with_a_subject_in_common_at_one_place_and_minute_are_one_event): the organiser's event at
    # that minute in that town is that event. Another organiser, another start, another format or subject is another
    # event.
    platform_title, ics_title = titles
    platform = event("plateforme", "1", titre=platform_title, date_fin="")
    ics = event(ICS, "x", **{"titre": ics_title, "lieu": "", "adresse": "Lyon", "code_postal": "", "commune": "",
                             "latitude": None, "longitude": None, "date_fin": "", **changes})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("title", "start", "merged"),
    [
        pytest.param("Visioconférence sur la mobilité douce à la campagne", "2019-11-16T14:45:00+01:00", True,
                     id="a close title, 45 minutes later"),
        pytest.param("Webinaire : financer son projet associatif", "2019-11-16T14:45:00+01:00", False,
                     id="another subject, 45 minutes later"),
        pytest.param("Visioconférence sur la mobilité douce à la campagne", "2019-11-16T16:00:00+01:00", False,
                     id="a close title, two hours later"),
    ],
)
def test_one_organiser_s_online_meeting_moved_within_the_hour_and_a_half(index, title, start, merged):
    # One organiser online: the platform says 14 h, the iCalendar 14 h 45 (a start moved between listings) for a title
    # reworded this close (TITLE_MEDIUM): that meeting. Another subject, or two hours later, is another meeting.
    common = dict(ONLINE, date_fin="", organisateur=MEMBER)
    platform = event("plateforme", "1", titre="Webinaire : la mobilité douce en zone rurale",
                     **{**common, "date_debut": "2019-11-16T14:00:00+01:00"})
    ics = event(ICS, "x", titre=title, **{**common, "date_debut": start})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("link", "merged"),
    [
        pytest.param("https://zoom.us/j/42298", True, id="the same meeting link"),
        pytest.param("https://zoom.us/j/55555", False, id="another meeting"),
    ],
)
def test_a_date_only_online_copy_with_the_meeting_link_is_that_meeting_whoever_is_credited(index, link, merged):
    # The spreadsheet gives the day only, the meeting link and the network; the platform the time, the link and the
    # member: the same title at the same link that day is that meeting. Another link is another meeting.
    common = dict(ONLINE, date_fin="", titre="Classe virtuelle sur l'autopartage")
    platform = event("plateforme", "1", organisateur=MEMBER, url="https://zoom.us/j/42298",
                     **{**common, "date_debut": "2019-11-16T14:00:00+01:00"})
    sheet = event(SHEET, "s1", organisateur=NETWORK, url=link, **{**common, "date_debut": "2019-11-16"})
    assert (len(deduplicate(frame(platform, sheet), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        pytest.param({}, True, id="the same title at the same minute"),
        pytest.param({"date_debut": "2019-11-16T13:00:00Z", "titre": "[Visio] Classe virtuelle sur l'autopartage"},
                     True, id="an hour's time zone slip, the modality in the title"),
        pytest.param({"titre": "Webinaire : partager sa voiture"}, False, id="a reworded title"),
        pytest.param({"titre": "Rencontre virtuelle – l'autopartage"}, True,
                     id="a title reworded around the same subject"),
        pytest.param({"titre": "Rencontre virtuelle – l'autopartage", "organisateur": "Coopérative Oxalis"}, False,
                     id="that title by another group, of no network's name"),
        pytest.param({"organisateur": "Coopérative Oxalis"}, False, id="another group, of no network's name"),
        pytest.param({"date_debut": "2019-11-16T13:30:00+01:00"}, True, id="the doors' opening half an hour before"),
        pytest.param({"date_debut": "2019-11-16T13:30:00+01:00", "organisateur": "Coopérative Oxalis"}, False,
                     id="half an hour before, another group"),
        pytest.param({"date_debut": "2019-11-16T16:00:00+01:00"}, False, id="two hours later"),
        pytest.param({"url": "https://meet.jit.si/CressPdl42298"}, False, id="another meeting host"),
    ],
)
def test_one_online_title_at_one_time_is_one_event_whoever_is_credited(index, second, merged):
    # The platform credits the member and gives the meeting link; the iCalendar credits the network and says
    # « Réunion en ligne »: the same title online at the same minute is one meeting. Another group's meeting at that
    # hour has its own subject, or its own link; two groups of no network's name may use one title at one hour.
    common = dict(ONLINE, date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    platform = event("plateforme", "1", titre="Classe virtuelle sur l'autopartage", organisateur=MEMBER,
                     **{**common, "url": "https://bbb.cress-pdl.org/b/ess-42298"})
    ics = event(ICS, "x", **{**common, "titre": "Classe virtuelle sur l'autopartage", "organisateur": NETWORK,
                             "modalite": "", "adresse": "Réunion en ligne", **second})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "start", "merged"),
    [
        pytest.param(BASE["organisateur"], "2019-11-16T14:00:00+01:00", True, id="the same organiser at one minute"),
        pytest.param(BASE["organisateur"], "2019-11-16T13:00:00Z", True, id="the same organiser, an hour slip"),
        pytest.param("", "2019-11-16T14:00:00+01:00", False, id="no organiser"),
        pytest.param("Les Petits Débrouillards", "2019-11-16T14:00:00+01:00", False, id="another organiser"),
    ],
)
def test_a_room_nothing_places_takes_a_close_title_by_the_same_organiser(index, organiser, start, merged):
    # A room against a venue of its town: the same organiser at the same start, the title reworded around the same
    # film, is that event (the organiser does not hold two such events there at once).
    platform = event("plateforme", "1", titre="Ciné-club : Main dans la main")
    ics = event(ICS, "x", titre="Documentaire « Main dans la main » suivi d'un échange", adresse="Salle Erdre, Lyon",
                **{**ROOM, "organisateur": organiser, "date_debut": start})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("organiser", "title", "merged"),
    [
        pytest.param(NETWORK, "Atelier d'autoréparation vélo", True, id="a network, the same title"),
        pytest.param("Les Petits Débrouillards", "Atelier d'autoréparation vélo", False, id="another group"),
        pytest.param(NETWORK, "Vélo : apprenez à réparer", False, id="a network, the title reworded"),
    ],
)
def test_a_room_nothing_places_takes_the_same_title_credited_to_a_network(index, organiser, title, merged):
    # The iCalendar gives the room booked and the town and credits the network; the platform the venue at its
    # street and the member: the same title at the same start in that town is that event. Another group's event
    # of that title at that hour may be in that room.
    platform = event("plateforme", "1", titre="Atelier d'autoréparation vélo")
    ics = event(ICS, "x", titre=title, adresse="Salle Erdre, Lyon", **{**ROOM, "organisateur": organiser})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


def test_a_room_nothing_places_needs_the_same_title(index):
    # The same organiser at the same minute in one town, a room against a venue at its street: two titles that only
    # share a format are two events (a building's rooms hold several at once).
    platform = event("plateforme", "1", titre="Café-débat sur la finance solidaire")
    ics = event(ICS, "x", titre="Conférence-débat : la solidarité internationale", adresse="Salle Erdre, Lyon",
                **{**ROOM, "organisateur": BASE["organisateur"]})
    assert len(deduplicate(frame(platform, ics), index).events) == 2



@pytest.mark.parametrize(
    ("title", "organiser", "merged"),
    [
        pytest.param("Cinéma et débat autour de « Les Voix de la coopération »", BASE["organisateur"], True,
                     id="the film reworded, the same organiser"),
        pytest.param("Projection-échange – Ce qui nous relie", BASE["organisateur"], False,
                     id="another film of the same organiser"),
        pytest.param("Cinéma et débat autour de « Les Voix de la coopération »", "Vélo Campus", False,
                     id="another organiser"),
    ],
)
def test_a_room_nothing_places_takes_a_close_title_by_the_same_organiser_that_day(index, title, organiser, merged):
    # The iCalendar gives the room booked and the town, without a time; the platform the venue at its street. The
    # same organiser's screening of that film that day in that town, the title reworded (« Projection-échange » /
    # « Cinéma et débat autour de »), is that event; its screening of another film is another one.
    platform = event("plateforme", "1", titre="Projection-échange – Les Voix de la coopération")
    ics = event(ICS, "x", titre=title, adresse="Amphithéâtre, Lyon", date_debut="2019-11-16",
                **{**ROOM, "organisateur": organiser})
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


def _room_shown_in_its_venue(second_street: str) -> list[dict]:
    """The iCalendar gives the room and the town, the platform the venue at its street: the same title at the same
    minute shows the room inside that venue; a namesake room matched in another building the day after when
    `second_street` is another street."""
    taught = [
        event("plateforme", "1", titre="Atelier d'autoréparation vélo"),
        event(ICS, "x", titre="Atelier d'autoréparation vélo", adresse="Salle Erdre, Lyon", **ROOM),
        event("plateforme", "3", titre="Bal folk", lieu="Salle des fêtes", adresse=second_street,
              date_debut="2019-11-17T20:00:00+01:00", date_fin=""),
        event(ICS, "z", titre="Bal folk", adresse="Salle Erdre, Lyon",
              **{**ROOM, "date_debut": "2019-11-17T20:00:00+01:00"}),
    ]
    later = "2019-11-20T18:00:00+01:00"
    return [
        *taught,
        event("plateforme", "2", titre="Conférence sur la finance solidaire", date_debut=later, date_fin=""),
        event(ICS, "y", titre="Débat : la finance solidaire en question", adresse="Salle Erdre, Lyon",
              **{**ROOM, "date_debut": later}),
    ]


@pytest.mark.parametrize(
    ("second_street", "merged"),
    [
        pytest.param("28 rue Denfert-Rochereau", True, id="the room shown in one venue"),
        pytest.param("5 rue Ordener", False, id="a room of that name in two buildings"),
    ],
)
def test_a_room_is_in_the_venue_a_pair_beyond_doubt_shows(index, second_street, merged):
    # Against the venue the edition shows the room in, the room is the same place: a reworded title at the same
    # minute is the same event, as at the venue's street (the iCalendar names no organiser). A room name matched in
    # two buildings says nothing.
    keys = merged_keys(deduplicate(frame(*_room_shown_in_its_venue(second_street)), index))
    assert frozenset(["plateforme:1", f"{ICS}:x"]) in keys
    assert (frozenset(["plateforme:2", f"{ICS}:y"]) in keys) is merged


FORUM = dict(titre="Forum des initiatives solidaires", organisateur="", lieu="Maison des associations",
             adresse="28 rue Denfert-Rochereau", code_postal="69004", commune="Lyon", latitude=None, longitude=None)


def day_listing(source: str, identifier: str, day: int, **changes) -> dict:
    return event(source, identifier, **{**FORUM, "date_debut": f"2019-11-{day}T10:00:00+01:00",
                                        "date_fin": f"2019-11-{day}T18:00:00+01:00", **changes})


def test_an_event_listed_once_over_several_days_takes_its_listings_of_each_day(index):
    # The platform lists the forum once, 15 to 17 November; the iCalendar one VEVENT a day, the spreadsheet a row
    # on the 16th: one event, one row.
    once = day_listing("plateforme", "1", 15, date_fin="2019-11-17T18:00:00+01:00")
    rows = [once, *(day_listing(ICS, f"d{day}", day) for day in (15, 16, 17)),
            day_listing("cress-aura-tableur", "t16", 16, date_debut="2019-11-16", date_fin="")]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert keys == {frozenset(["plateforme:1", f"{ICS}:d15", f"{ICS}:d16", f"{ICS}:d17", "cress-aura-tableur:t16"])}


@pytest.mark.parametrize(
    ("end", "hour"),
    [
        pytest.param("2019-11-15T18:00:00+01:00", "10", id="sessions of a cycle: no listing spans the days"),
        pytest.param("2019-11-16T01:00:00+01:00", "20", id="an evening ending after midnight"),
    ],
)
def test_listings_of_the_same_title_on_following_days_stay_apart_without_an_event_over_them(index, end, hour):
    times = {"date_debut": f"2019-11-15T{hour}:00:00+01:00", "date_fin": end}
    rows = [day_listing("plateforme", "1", 15, **times),
            *(day_listing(ICS, f"d{day}", day, date_debut=f"2019-11-{day}T{hour}:00:00+01:00") for day in (16, 17))]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset([f"{ICS}:d16"]) in keys and frozenset([f"{ICS}:d17"]) in keys


@pytest.mark.parametrize(
    ("listing", "joined"),
    [
        pytest.param({}, True, id="its organiser at its street, the title reworded"),
        pytest.param({"organisateur": "Vélo Utile"}, False, id="another organiser"),
        pytest.param({"titre": "Atelier couture solidaire"}, False, id="another format"),
        pytest.param({"adresse": "3 place des Terreaux"}, False, id="another street"),
    ],
)
def test_a_day_listing_with_a_reworded_title_joins_the_event_listed_over_the_days(index, listing, joined):
    # The platform lists the market once, 15 to 17 November; the spreadsheet lists the 16th in its own words, by the
    # same organiser at the same street: that day of the market.
    market = dict(titre="Marché de Noël solidaire", organisateur="Les Bricoleurs", date_fin="2019-11-17T18:00:00+01:00")
    once = day_listing("plateforme", "1", 15, **market)
    day = day_listing("cress-aura-tableur", "t16", 16, **{
        "titre": "Marché des créateurs solidaires de Lyon", "organisateur": "Les Bricoleurs", "lieu": "",
        "date_debut": "2019-11-16", "date_fin": "", **listing})
    keys = merged_keys(deduplicate(frame(once, day), index))
    assert (frozenset(["plateforme:1", "cress-aura-tableur:t16"]) in keys) is joined


@pytest.mark.parametrize(
    ("listing", "joined"),
    [
        pytest.param({}, True, id="the same title, the town alone"),
        pytest.param({"titre": "Forum des métiers du numérique"}, False, id="another forum in the town"),
        pytest.param({"adresse": "Villeurbanne"}, False, id="the same title in another town"),
    ],
)
def test_a_day_listing_giving_its_town_alone_joins_the_event_listed_over_the_days(index, listing, joined):
    # The platform lists the forum once, 15 to 17 November, at its venue; the iCalendar's VEVENT of the 16th gives the
    # town only as its LOCATION and no organiser: the same title in that town that day is that day of the forum.
    once = day_listing("plateforme", "1", 15, date_fin="2019-11-17T18:00:00+01:00")
    day = day_listing(ICS, "d16", 16, **{"lieu": "", "adresse": "Lyon", "code_postal": "", "commune": "",
                                         "latitude": None, "longitude": None, "organisateur": "", **listing})
    keys = merged_keys(deduplicate(frame(once, day), index))
    assert (frozenset(["plateforme:1", f"{ICS}:d16"]) in keys) is joined


@pytest.mark.parametrize(
    ("organiser", "joined"),
    [
        pytest.param("Fédération des centres sociaux du Rhône", True, id="the network credited"),
        pytest.param("Collectif Vélo Auvergne-Rhône-Alpes", True, id="a regional body credited"),
        pytest.param("Vélo Utile", False, id="another association credited"),
    ],
)
def test_a_day_listing_crediting_a_network_joins_the_event_listed_over_the_days(index, organiser, joined):
    # The platform lists the forum once, 15 to 17 November, by the member; the spreadsheet's row of the 16th, at its
    # street and without a time, credits the network: that day of the forum. Another association's forum of that
    # title there that day is another event.
    once = day_listing("plateforme", "1", 15, organisateur="Les Bricoleurs", date_fin="2019-11-17T18:00:00+01:00")
    day = day_listing(SHEET, "t16", 16, organisateur=organiser, date_debut="2019-11-16", date_fin="")
    keys = merged_keys(deduplicate(frame(once, day), index))
    assert (frozenset(["plateforme:1", f"{SHEET}:t16"]) in keys) is joined


@pytest.mark.parametrize(
    ("start", "joined"),
    [
        pytest.param("2019-11-16T09:30:00+01:00", True, id="the doors' opening"),
        pytest.param("2019-11-16T08:45:00+01:00", False, id="75 minutes before"),
    ],
)
def test_a_day_listing_giving_the_doors_opening_joins_the_event_listed_over_the_days(index, start, joined):
    # The platform lists the forum once, 15 to 17 November, from 10 h; the iCalendar's VEVENT of the 16th at its venue
    # gives the doors' opening, half an hour before: that day of the forum. An hour and a quarter before is another
    # start, not the forum's.
    once = day_listing("plateforme", "1", 15, date_fin="2019-11-17T18:00:00+01:00")
    day = day_listing(ICS, "d16", 16, date_debut=start, date_fin="")
    keys = merged_keys(deduplicate(frame(once, day), index))
    assert (frozenset(["plateforme:1", f"{ICS}:d16"]) in keys) is joined


@pytest.mark.parametrize(
    ("listing", "joined"),
    [
        pytest.param({}, True, id="its street at its hour, the title reworded, no organiser"),
        pytest.param({"date_debut": "2019-11-16T14:00:00+01:00", "date_fin": "2019-11-16T16:00:00+01:00"}, False,
                     id="another hour"),
        pytest.param({"organisateur": "Vélo Utile"}, False, id="another organiser"),
        pytest.param({"adresse": "3 place des Terreaux"}, False, id="another street"),
    ],
)
def test_a_day_listing_at_the_hour_and_street_of_the_event_over_the_days_joins_it(index, listing, joined):
    # The platform lists the market once, 15 to 17 November from 10 h, by Les Bricoleurs; the iCalendar's VEVENT of
    # the 16th at its street and hour names no organiser and words the title its own way: that day of the market (the
    # place is taken by it). At another hour, or crediting another association, it is another event.
    market = dict(titre="Marché de Noël solidaire", organisateur="Les Bricoleurs", date_fin="2019-11-17T18:00:00+01:00")
    once = day_listing("plateforme", "1", 15, **market)
    day = day_listing(ICS, "d16", 16, **{"titre": "Marché des créateurs solidaires de la Croix-Rousse", "lieu": "",
                                         "organisateur": "", **listing})
    keys = merged_keys(deduplicate(frame(once, day), index))
    assert (frozenset(["plateforme:1", f"{ICS}:d16"]) in keys) is joined


@pytest.mark.parametrize(
    ("listing", "joined"),
    [
        pytest.param({}, True, id="the platform's title and venue, its organiser"),
        pytest.param({"organisateur": "Vélo Utile", "lieu": "La Halle"}, False, id="another organiser elsewhere"),
        pytest.param({"titre": "Atelier couture solidaire"}, False, id="another format"),
    ],
)
def test_a_day_listing_joins_the_event_over_the_days_through_its_copy_of_the_first_day(index, listing, joined):
    # The agenda lists the market once, 15 to 17 November, at its street, under a title of its own and no organiser;
    # the platform lists its first day without an end, at the venue with the organiser's title. The spreadsheet's row
    # of the 16th, at the venue in its words: that day of the market, as the platform's copy tells (the agenda's
    # title and place alone would not).
    span = day_listing(REGIONAL, "a", 15, titre="Les Bricoleurs : marché gourmand", lieu="",
                       date_debut="2019-11-15", date_fin="2019-11-17")
    first = day_listing("plateforme", "1", 15, titre="Marché de l'économie solidaire de Lyon",
                        organisateur="Les Bricoleurs", date_fin="")
    day = day_listing(SHEET, "t16", 16, **{
        "titre": "Marché de l'économie solidaire de Lyon", "organisateur": "Les Bricoleurs", "adresse": "",
        "date_debut": "2019-11-16", "date_fin": "", **listing})
    keys = merged_keys(deduplicate(frame(span, first, day), index))
    assert frozenset([f"{REGIONAL}:a", "plateforme:1"]) <= next(k for k in keys if "plateforme:1" in k)
    assert (frozenset([f"{REGIONAL}:a", "plateforme:1", f"{SHEET}:t16"]) in keys) is joined


def test_a_vague_copy_of_the_first_day_does_not_join_another_groups_event_to_the_one_over_the_days(index):
    # The platform lists the market once, 15 to 17 November, at its venue by Les Bricoleurs; the iCalendar's copy of
    # the 15th gives the town alone and no organiser. Another association's market of that title at another venue of
    # the town on the 16th matches that vague copy, not the platform's: another event.
    market = dict(titre="Marché des producteurs solidaires", organisateur="Les Bricoleurs")
    span = day_listing("plateforme", "1", 15, **market, date_fin="2019-11-17T18:00:00+01:00")
    first = day_listing(ICS, "d15", 15, **{**market, "lieu": "", "adresse": "Lyon", "code_postal": "", "commune": "",
                                           "organisateur": ""})
    other = day_listing(SHEET, "t16", 16, **{**market, "organisateur": "Vélo Utile", "lieu": "La Halle",
                                             "adresse": "3 place des Terreaux", "date_debut": "2019-11-16",
                                             "date_fin": ""})
    keys = merged_keys(deduplicate(frame(span, first, other), index))
    assert frozenset(["plateforme:1", f"{ICS}:d15"]) in keys
    assert frozenset([f"{SHEET}:t16"]) in keys


def test_a_day_its_source_lists_apart_is_another_event_than_the_one_it_lists_over_the_days(index):
    # The platform lists the forum over three days and, on the 16th, a listing of its own with the same title: the
    # iCalendar's copy of the 16th goes with that one, and the two platform listings stay two events.
    once = day_listing("plateforme", "1", 15, date_fin="2019-11-17T18:00:00+01:00")
    rows = [once, day_listing("plateforme", "2", 16), day_listing(ICS, "d16", 16)]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert keys == {frozenset(["plateforme:1"]), frozenset(["plateforme:2", f"{ICS}:d16"])}


@pytest.mark.parametrize(
    ("other_title", "merged"),
    [
        # Two formats (repair café, work party), one organiser, venue and minute: the town both titles end with is
        # no subject in common.
        pytest.param("Chantier participatif : la démocratie participative – Lyon", False, id="only the town shared"),
        pytest.param("Chantier participatif : réparer ensemble – Lyon", True, id="a subject shared"),
    ],
)
def test_two_formats_at_one_venue_and_minute_need_a_subject_beyond_the_town(index, other_title, merged):
    platform = event("plateforme", "1", titre="Café-réparation de Lyon", date_fin="")
    regional = event(REGIONAL, "2", titre=other_title, date_fin="", lieu="Maison des asso.")
    assert (len(deduplicate(frame(platform, regional), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("other_title", "merged"),
    [
        # Two online records at one time, no organiser on the ICS side, no meeting link: a workshop is not
        # another workshop for the word « atelier » alone.
        pytest.param("Atelier découverte – l'agroécologie", False, id="only the shape of the event shared"),
        pytest.param("Atelier découverte : entretien du vélo", True, id="a subject shared"),
    ],
)
def test_two_online_records_need_more_in_common_than_the_shape_of_the_event(index, other_title, merged):
    online = dict(ONLINE, date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    regional = event(REGIONAL, "1", titre="Atelier d'entretien vélo", **{**online, "lieu": "A distance"})
    ics = event(ICS, "2", titre=other_title, **{**online, "modalite": "", "adresse": "Visio Zoom",
                                              "organisateur": "", "date_debut": "2019-11-16T14:00:00Z"})
    assert (len(deduplicate(frame(regional, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("agenda_title", "merged"),
    [
        pytest.param("Atelier réemploi du mobilier", True, id="the same title"),
        pytest.param("Réemploi : donner une seconde vie aux meubles", False, id="a reworded title"),
    ],
)
def test_one_title_at_one_street_and_time_is_one_event_whoever_is_credited(index, agenda_title, merged):
    # The ICS calls its wall time UTC (an hour late once read) and credits the network: nothing shows the pair as
    # one event's at the same minute, but the same title at the same street and time is one event; a reworded
    # title there might be another group's event.
    platform = event("plateforme", "1", titre="Atelier réemploi du mobilier", organisateur=MEMBER,
                     date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET)
    ics = event(ICS, "1", titre=agenda_title, organisateur=NETWORK, date_debut="2019-11-16T14:00:00Z",
                **AT_THE_STREET)
    assert (len(deduplicate(frame(platform, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Disco Soupe 18h-20h", "disco soupe"),
        ("14h30 : Disco Soupe", "disco soupe"),
        ("Disco Soupe – 17:00/18:30", "disco soupe"),
        ("Disco Soupe (vendredi 22 novembre)", "disco soupe"),
        ("Hackathon : 48h pour le climat", "hackathon 48h pour le climat"),  # a length, not a time of day
    ],
)
def test_times_and_days_written_in_a_title_are_not_what_it_is_about(written, key):
    assert title_key(written) == key


def test_a_date_only_record_takes_its_start_from_its_title(index):
    # Two sessions of one workshop the same day at one venue; the spreadsheet lists one without a time in its own
    # column, but with its hours in the title: it is the evening one, not a copy nothing ties to a session.
    common = dict(titre="Disco Soupe", lieu="Maison des associations", date_fin="")
    rows = [
        event("plateforme", "1", date_debut="2019-11-16T14:00:00+01:00", **common),
        event("plateforme", "2", date_debut="2019-11-16T18:00:00+01:00", **common),
        event("cress-aura-tableur", "1", **{**common, "titre": "DISCO SOUPE 18h-20h", "date_debut": "2019-11-16"}),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:2", "cress-aura-tableur:1"]) in keys
    assert frozenset(["plateforme:1"]) in keys


def test_a_network_credited_for_three_members_is_credited_for_others_too(index):
    # The agenda credits the network, the platform each member: three events beyond doubt (same title, street and
    # minute) show the network is credited for others' events; a fourth member's event, its title reworded at the
    # same street and minute, is then one event though no pair of that member shows it.
    members = ["La Ressourcerie du Pays", "Les Bricoleurs", "Vélo Utile", "Le Grenier Solidaire"]
    streets = ["12 rue de Brest", "3 place Sainte-Anne", "40 boulevard Voltaire", "7 quai Duguay-Trouin"]
    titles = ["Atelier réemploi du mobilier", "Réparer son grille-pain", "Atelier vélo participatif",
              ("Troc de vêtements d'hiver", "Grand troc de pulls et manteaux")]
    rows = []
    for k, (member, street, title) in enumerate(zip(members, streets, titles, strict=True)):
        platform_title, agenda_title = title if isinstance(title, tuple) else (title, title)
        place = {**AT_THE_STREET, "adresse": street, "date_debut": f"2019-11-{10 + k}T14:00:00+01:00"}
        rows += [event("plateforme", str(k), titre=platform_title, organisateur=member, **place),
                 event(REGIONAL, str(k), titre=agenda_title, organisateur=NETWORK, **place)]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert frozenset(["plateforme:3", f"{REGIONAL}:3"]) in keys
    # With two members only, the network is credited for too few to be one: the fourth pair stays apart.
    keys = merged_keys(deduplicate(frame(*rows[2:]), index))
    assert frozenset(["plateforme:3", f"{REGIONAL}:3"]) not in keys



@pytest.mark.parametrize(
    ("location", "merged"),
    [
        pytest.param("Télé-réunion", True, id="a wording no record places"),
        pytest.param("https://meet.jit.si/ess-42", True, id="the same meeting link"),
        pytest.param("https://zoom.us/j/42", False, id="a meeting link on another host"),
        pytest.param("Maison des associations", False, id="a venue the edition places"),
    ],
)
def test_an_online_event_against_a_name_the_edition_places_nowhere(index, location, merged):
    # An ICS without modality whose LOCATION is a name no record gives in a commune (« Télé-réunion ») says nothing
    # of where it is: no veto against the online listing. A meeting link as the LOCATION is online (its host
    # compared); a venue the edition gives in Lyon is a place.
    online = event("plateforme", "1", titre="Webinaire : financer son projet", url="https://meet.jit.si/ess-42",
                   **ONLINE)
    placed = event("plateforme", "2", titre="Bal folk", date_debut="2019-11-20T20:00:00+01:00")
    ics = event(ICS, "x", titre="Webinaire : financer son projet", modalite="", lieu="", adresse=location,
                code_postal="", commune="", latitude=None, longitude=None, organisateur="")
    keys = merged_keys(deduplicate(frame(online, placed, ics), index))
    assert (frozenset(["plateforme:1", f"{ICS}:x"]) in keys) is merged


@pytest.mark.parametrize(
    ("description", "partner"),
    [
        pytest.param("Rendez-vous : Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon.", "plateforme:1",
                     id="the address of one"),
        pytest.param("Entrée libre.\nAdresse : Salle Ordener, 5 rue Ordener, 69004 Lyon", f"{REGIONAL}:1",
                     id="the address of the other, after a line"),
        pytest.param("Entrée libre.", None, id="no address"),
    ],
)
def test_a_record_without_place_fields_is_where_its_description_says(index, description, partner):
    # Two look-alikes at one minute in Lyon at two streets; an ICS with an empty LOCATION tells the place in its
    # DESCRIPTION: it is the event at that address. Without one, nothing tells which it is (merged with neither).
    platform = event("plateforme", "1", latitude=None, longitude=None)
    agenda = event(REGIONAL, "1", lieu="Salle Ordener", adresse="5 rue Ordener", latitude=None, longitude=None,
                   organisateur="")
    ics = event(ICS, "x", lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None,
                organisateur="", description=description)
    keys = merged_keys(deduplicate(frame(platform, agenda, ics), index))
    alone = frozenset([f"{ICS}:x"])
    assert (alone in keys) is (partner is None)
    if partner:
        assert frozenset([partner, f"{ICS}:x"]) in keys


@pytest.mark.parametrize(
    ("town", "merged"),
    [
        pytest.param("Saint-Orens", True, id="a town's short name another listing gives with its postal code"),
        pytest.param("St-Orens", True, id="abbreviated"),
        pytest.param("Toulouse", False, id="another town"),
    ],
)
def test_a_town_named_alone_is_the_commune_the_edition_gives_that_name(index, town, merged):
    # The agenda gives « Saint-Orens » with 31650 (Saint-Orens-de-Gameville); the iCalendar's « Salle haute
    # (St-Orens) » names no postal code, and the COG's « Saint-Orens » is a village of the Gers.
    common = dict(titre="Formation-terrain : les coopératives funéraires", organisateur="",
                  date_debut="2019-11-22T14:00:00+01:00", date_fin="", latitude=None, longitude=None)
    agenda = event(REGIONAL, "1", lieu="Espace associatif municipal", adresse="78 quai d'Alsace-Lorraine",
                   code_postal="31650", commune="Saint-Orens", code_insee_source="31506", **common)
    ics = event(ICS, "x", lieu="", adresse=f"Salle haute ({town})", code_postal="", commune="", **common)
    assert (len(deduplicate(frame(agenda, ics), index).events) == 1) is merged


@pytest.mark.parametrize(
    ("titre", "merged"),
    [
        pytest.param("Petit-déjeuner", True, id="the format reworded, no subject"),
        pytest.param("La parentalité, et si on en parlait ?", False, id="another subject"),
    ],
)
def test_the_welcome_before_a_reworded_talk_is_one_event(index, titre, merged):
    # One listing gives the doors' opening half an hour before the start the other gives, by the same organiser at
    # the same venue; the title is reworded. The organiser's other talk there half an hour later is another subject.
    rows = [
        event("plateforme", "1", titre="Brunch coopératif : les circuits courts",
              date_debut="2019-11-16T14:00:00+01:00"),
        event(REGIONAL, "1", titre=titre, date_debut="2019-11-16T13:30:00+01:00", date_fin=""),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset(["plateforme:1", f"{REGIONAL}:1"]) in keys) is merged


@pytest.mark.parametrize(
    ("titre", "merged"),
    [
        pytest.param("Apéro des acteurs du quartier", True, id="the format reworded"),
        pytest.param("Atelier : venez nombreux !", False, id="nothing in common"),
    ],
)
def test_the_welcome_before_a_talk_in_an_ics_without_organiser(index, titre, merged):
    # The same half hour before at the same venue and street, from an ICS that names no organiser: the titles must
    # name a format or a word in common.
    rows = [
        event("plateforme", "1", titre="Brunch coopératif : les circuits courts",
              date_debut="2019-11-16T14:00:00+01:00"),
        event(ICS, "1", titre=titre, date_debut="2019-11-16T13:30:00+01:00", date_fin="", organisateur=""),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset(["plateforme:1", f"{ICS}:1"]) in keys) is merged


@pytest.mark.parametrize(
    ("titre", "merged"),
    [
        pytest.param("Petit-déjeuner", True, id="the format reworded"),
        pytest.param("La parentalité, et si on en parlait ?", False, id="another subject"),
    ],
)
def test_a_time_zone_slip_at_the_venue_without_organiser_is_one_event(index, titre, merged):
    # An ICS without ORGANIZER writes the floating 14:00 as UTC (15:00 in Paris) at the same venue and street: the
    # reworded title naming the same format is the same event; naming another subject, a session an hour later.
    rows = [
        event("plateforme", "1", titre="Brunch coopératif : les circuits courts",
              date_debut="2019-11-16T14:00:00+01:00"),
        event("reseau-lyon-ical", "1", titre=titre, date_debut="2019-11-16T14:00:00Z", date_fin="", organisateur=""),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset(["plateforme:1", "reseau-lyon-ical:1"]) in keys) is merged


@pytest.mark.parametrize(
    ("lieu", "url", "merged"),
    [
        pytest.param("dématérialisé", "", True, id="dematerialised"),
        pytest.param("Renater", "", True, id="the research network's web conference"),
        pytest.param("BBB", "", True, id="BigBlueButton abbreviated"),
        pytest.param("", "https://rendez-vous.renater.fr/ess-42", False, id="a Renater link against a Zoom one"),
    ],
)
def test_online_wordings_of_a_spreadsheet(index, lieu, url, merged):
    # A spreadsheet row without modality whose venue says online in other words is the organiser's online meeting
    # at that time, however reworded; a Renater meeting link is a meeting host like Zoom (two hosts, two meetings).
    online = event("plateforme", "1", titre="Webinaire : financer son projet", url="https://zoom.us/j/42", **ONLINE)
    row = event("cress-aura-tableur", "1", titre="Trouver des fonds pour son association", modalite="", lieu=lieu,
                adresse="", url=url, code_postal="", commune="", latitude=None, longitude=None)
    keys = merged_keys(deduplicate(frame(online, row), index))
    assert (frozenset(["plateforme:1", "cress-aura-tableur:1"]) in keys) is merged


@pytest.mark.parametrize(
    ("copies", "rows"),
    [
        pytest.param(("plateforme", REGIONAL, "cress-bretagne-tableur"), 1, id="the member's date-only copy joins"),
        pytest.param(("plateforme", "cress-bretagne-tableur"), 1, id="without the network's copy"),
    ],
)
def test_a_date_only_copy_by_the_member_joins_the_event_its_network_is_credited_with_at_one_minute(
    index, copies, rows
):
    # The platform credits the member, the agenda its network at the same street and minute (one event, whose
    # organisers evidence lets pass); the sheet credits the member, without a time. The sheet's copy and the
    # agenda's differ by the names the platform's two copies do, no more: one event, not two partners to choose.
    listed = {
        "plateforme": event("plateforme", "1", titre="Atelier réemploi du mobilier", organisateur=MEMBER,
                            date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET),
        REGIONAL: event(REGIONAL, "1", titre="Atelier réemploi du mobilier – sur inscription", organisateur=NETWORK,
                        date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET),
        "cress-bretagne-tableur": event("cress-bretagne-tableur", "l1", titre="ATELIER RÉEMPLOI DU MOBILIER",
                                        organisateur=MEMBER, date_debut="2019-11-16", **AT_THE_STREET),
    }
    assert len(deduplicate(frame(*(listed[source] for source in copies)), index).events) == rows


def test_one_meeting_link_does_not_join_a_member_s_date_only_copy_to_its_network_s(index):
    # Online, the platform's copy by the member and the agenda's by another name at the same minute are no street to
    # tell a second meeting of that title apart: the sheet's date-only copy by the member stays out of doubt only
    # with the platform's, not with both.
    link = "https://visio.example.org/b/ess-1"
    records = [
        event("plateforme", "1", titre="Remise en selle : réparez votre vélo", organisateur=MEMBER, url=link,
              date_debut="2019-11-16T14:00:00+01:00", **ONLINE),
        event(REGIONAL, "1", titre="Remise en selle : réparez votre vélo", organisateur=NETWORK, url=link,
              date_debut="2019-11-16T14:00:00+01:00", **ONLINE),
        event("cress-bretagne-tableur", "l1", titre="Remise en selle : réparez votre vélo", organisateur=MEMBER,
              date_debut="2019-11-16", **ONLINE),
    ]
    keys = merged_keys(deduplicate(frame(*records), index))
    assert frozenset(["plateforme:1", f"{REGIONAL}:1", "cress-bretagne-tableur:l1"]) not in keys


@pytest.mark.parametrize(
    ("titre", "start", "merged"),
    [
        pytest.param("Soirée de l'ESS : l'inclusion bancaire", "14:00", True, id="reworded, at the same minute"),
        pytest.param("Soirée de l'ESS : l'inclusion bancaire", "14:40", False, id="reworded, 40 minutes later"),
        pytest.param("Rencontre : les maisons de santé", "14:00", False, id="another subject at the same minute"),
    ],
)
def test_a_reworded_title_at_one_street_and_minute_is_one_event_whoever_is_credited(index, titre, start, merged):
    # The platform credits the member, the agenda its network, both at the street and minute; the title is reworded
    # (TITLE_AT_ONE_MINUTE, below TITLE_STRONG). Another group's event there then has another subject.
    rows = [
        event("plateforme", "1", titre="Rencontre-conférence sur l'inclusion bancaire", organisateur=MEMBER,
              date_debut="2019-11-16T14:00:00+01:00", **AT_THE_STREET),
        event(REGIONAL, "1", titre=titre, organisateur=NETWORK, date_debut=f"2019-11-16T{start}:00+01:00",
              **AT_THE_STREET),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset(["plateforme:1", f"{REGIONAL}:1"]) in keys) is merged


def _timed(start: str, end: str) -> dict:
    return {"date_debut": f"2019-11-16T{start}:00+01:00", "date_fin": f"2019-11-16T{end}:00+01:00"}


def test_an_organisers_event_of_another_length_at_that_venue_and_hour_stays_apart(index):
    # One organiser, one venue, one start: an hour's talk and a three-hour workshop are two events.
    talk = event("plateforme", "1", titre="Atelier compostage", **_timed("14:00", "15:00"))
    workshop = event(REGIONAL, "2", titre="Atelier : fabriquer son composteur", **_timed("14:00", "17:00"))
    assert len(deduplicate(frame(talk, workshop), index).events) == 2


def test_a_title_reworded_beyond_any_common_word_is_one_event_when_start_and_end_agree(index):
    # The same venue, organiser, start and end: the four agreements say it is one event however reworded.
    one = event("plateforme", "1", titre="Déjeuner solidaire des acteurs", **_timed("12:00", "14:00"))
    other = event(REGIONAL, "2", titre="Café de l'ESS", **_timed("12:00", "14:00"))
    assert len(deduplicate(frame(one, other), index).events) == 1
    # Without the end on one side, nothing says more than before.
    assert len(deduplicate(frame(one, {**other, "date_fin": ""}), index).events) == 2


def test_a_network_credited_instead_of_its_member_at_one_street_start_and_end_is_one_event(index):
    member = event("plateforme", "1", titre="Atelier vélo : entretien pour tous", **_timed("14:00", "17:00"))
    network = event(REGIONAL, "2", titre="Point vélo : entretien et réglages",
                    organisateur="Réseau des ressourceries du Rhône", **_timed("14:00", "17:00"))
    assert len(deduplicate(frame(member, network), index).events) == 1
    # Another group's event there at that hour, over another length, stays apart.
    other = {**network, **_timed("14:00", "15:00")}
    assert len(deduplicate(frame(member, other), index).events) == 2


def test_one_meeting_link_is_one_meeting_whatever_end_one_source_fills_in(index):
    # A source filling in a default end (an hour after the start) says nothing against one meeting link.
    link = {**ONLINE, "url": "https://meet.example.org/ess-mobilite"}
    talk = event("plateforme", "3", titre="Webinaire mobilité douce", **link, **_timed("10:00", "12:00"))
    visio = event(REGIONAL, "4", titre="Visio : se déplacer autrement", **link, **_timed("10:00", "11:00"))
    assert len(deduplicate(frame(talk, visio), index).events) == 1
    # Another meeting link: two webinars.
    other = {**visio, "url": "https://meet.example.org/ess-habitat"}
    assert len(deduplicate(frame(talk, other), index).events) == 2


@pytest.mark.parametrize(
    ("ics_organiser", "one_event"),
    [
        pytest.param("", True, id="the iCalendar names no organiser"),
        pytest.param("Vélo Utile", False, id="the iCalendar credits another association"),
    ],
)
def test_the_doors_opening_and_a_time_zone_slip_of_one_event_add_up(index, ics_organiser, one_event):
    # The platform gives the talk's start, 18 h, without organiser; the agenda the doors' opening, 17 h 15; the
    # iCalendar writes 19 h without a time zone (UTC read as local). The agenda and the iCalendar are 1 h 45 apart,
    # the two differences added: the platform's copy matches each, one event. Crediting another association than the
    # agenda's, the iCalendar's copy is not the agenda's event.
    common = dict(titre="Conférence : l'habitat participatif en ville", date_fin="")
    rows = [
        event("plateforme", "1", organisateur="", date_debut="2019-11-16T18:00:00+01:00", **common),
        event(REGIONAL, "1", date_debut="2019-11-16T17:15:00+01:00", **common),
        event(ICS, "x", organisateur=ics_organiser, date_debut="2019-11-16T19:00:00", **common),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert any({f"{REGIONAL}:1", f"{ICS}:x"} <= key for key in keys) is one_event


@pytest.mark.parametrize(
    ("doors", "ics_organiser", "one_event"),
    [
        pytest.param("17:30", "", True, id="the iCalendar names no organiser"),
        pytest.param("17:30", "Vélo Utile", False, id="the iCalendar credits another association"),
        pytest.param("17:45", "", True, id="a quarter of an hour's welcome, the iCalendar naming no organiser"),
        pytest.param("17:45", "Vélo Utile", False, id="a quarter of an hour's welcome, another association"),
    ],
)
def test_the_doors_opening_and_a_time_zone_slip_add_up_short_of_a_veto(index, doors, ics_organiser, one_event):
    # The agenda gives the doors' opening, 17 h 30 (or 17 h 45, within the same-start rounding of the spreadsheet's
    # 18 h), and rewords the title; the spreadsheet the start, 18 h; the iCalendar a room of the town and 19 h, an hour
    # late (its source cannot be trusted to the hour). The agenda and the iCalendar are 1 h 30 (1 h 15) apart, close
    # enough not to be two events outright, too far for one of them alone: the spreadsheet's copy matches each, one
    # event (as test_the_doors_opening_and_a_time_zone_slip_of_one_event_add_up at 1 h 45). Crediting another
    # association, the iCalendar's copy is another event.
    place = dict(lieu="La Fabrique Solidaire", adresse="11 rue des Tanneurs", code_postal="31000", commune="Toulouse",
                 latitude=None, longitude=None, date_fin="", organisateur="Cap Garonne")
    rows = [
        event(REGIONAL, "1", titre="Fête de parler occitan", date_debut=f"2019-11-16T{doors}:00+01:00", **place),
        event(SHEET, "s1", titre="Les Journées de la langue occitane", date_debut="2019-11-16T18:00:00+01:00",
              **{**place, "adresse": ""}),
        event(ICS, "x", titre="Les Journées de la langue occitane", date_debut="2019-11-16T19:00:00+01:00",
              **{**place, "lieu": "", "adresse": "Salle de l'étage - Toulouse", "code_postal": "", "commune": "",
                 "organisateur": ics_organiser}),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert any({f"{REGIONAL}:1", f"{ICS}:x"} <= key for key in keys) is one_event


@pytest.mark.parametrize(
    ("sheet_title", "merged"),
    [
        pytest.param("[Vélo Utile] Atelier d'autoréparation de vélos", True,
                     id="its title names the platform's organiser"),
        pytest.param("[Les Bricoleurs] Atelier d'autoréparation de vélos", False,
                     id="its title names a third group"),
    ],
)
def test_a_copy_crediting_a_network_whose_title_names_the_other_copys_organiser(index, sheet_title, merged):
    # The platform lists Vélo Utile's workshop at 14 h; the spreadsheet's row, without a time at the same street,
    # credits the network and writes the member in its title: Vélo Utile's event, whatever the edition shows of the
    # two names elsewhere. A title naming another group says nothing of Vélo Utile.
    common = dict(adresse="5 rue Burdeau", lieu="La Fabrique")
    rows = [
        event("plateforme", "1", titre="Atelier d'autoréparation de vélos", organisateur="Vélo Utile",
              date_debut="2019-11-20T14:00:00+01:00", date_fin="2019-11-20T17:00:00+01:00", **common),
        event(SHEET, "t1", titre=sheet_title, organisateur="Réseau des ateliers vélo du Rhône",
              date_debut="2019-11-20", date_fin="", **common),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset(["plateforme:1", f"{SHEET}:t1"]) in keys) is merged


@pytest.mark.parametrize(
    ("acronym", "merged"),
    [
        pytest.param("RTC", True, id="the acronym of the name the title ends with"),
        pytest.param("MJC", False, id="another acronym"),
    ],
)
def test_a_title_ending_with_the_name_the_other_copys_acronym_spells_out(index, acronym, merged):
    # The agenda credits the federation and ends its title with the member's name; the spreadsheet credits the
    # member by its acronym, at the same street without a time: the member's event. Another acronym is another group.
    common = dict(adresse="5 rue Burdeau", lieu="La Fabrique", date_debut="2019-11-20T18:00:00+01:00", date_fin="")
    rows = [
        event(REGIONAL, "1", titre="Soirée-partage autour des cantines (Régie territoriale des Cévennes)",
              organisateur="Fédération des cafés associatifs", **common),
        event(SHEET, "t1", titre="Soirée-partage autour des cantines", organisateur=acronym,
              **{**common, "date_debut": "2019-11-20"}),
    ]
    keys = merged_keys(deduplicate(frame(*rows), index))
    assert (frozenset([f"{REGIONAL}:1", f"{SHEET}:t1"]) in keys) is merged


@pytest.mark.parametrize(("lieu", "venue"), [
    ("La Péniche de Rennes", "la peniche"),  # the town's name and what tied it to the venue's
    ("Maison des associations à Rennes", "maison des associations"),
    ("Salle de Rennes", "salle"),
])
def test_a_venue_named_after_its_town_keeps_no_dangling_link_word(index, lieu, venue):
    (record,) = _record_features(frame(event("plateforme", "1", lieu=lieu, adresse="", code_postal="35000",
                                             commune="Rennes", latitude=None, longitude=None)), index)
    assert record.venue == venue


@pytest.mark.parametrize(
    ("other_title", "merged"),
    [
        pytest.param("Clôture du Mois de l'ESS 2022 – soirée festive", True, id="the title dressed otherwise"),
        pytest.param("Soirée de clôture du Mois de l'ESS", True, id="the same title"),
        pytest.param("Atelier : fabriquer son composteur", False, id="another title"),
    ],
)
def test_one_organisers_event_at_one_venue_and_start_whose_end_one_source_moved(index, other_title, merged):
    # All but the end the same (18:00–22:00 / 18:00–23:00), the organiser named by both, the titles one title
    # (TITLE_STRONG) however dressed: an end one source changed. Another title over another length is another event.
    place = {"lieu": "Gare Saint-Sauveur", "adresse": "17 boulevard Jean-Baptiste Lebas", "code_postal": "59000",
             "commune": "Lille", "organisateur": "CRESS Hauts-de-France"}
    platform = event("plateforme", "1", titre="Soirée de clôture du Mois de l'ESS", **place, **_timed("18:00", "22:00"))
    agenda = event(REGIONAL, "2", titre=other_title, **{**place, "organisateur": "CRESS HDF"},
                   **_timed("18:00", "23:00"))
    assert (len(deduplicate(frame(platform, agenda), index).events) == 1) is merged


@pytest.mark.parametrize(("one", "other"), [
    ("Atelier vélo (enfants)", "Atelier vélo"),
    ("Atelier compostage (niveau 1)", "Atelier compostage (niveau 2)"),
    ("Visite guidée", "Visite guidée et atelier"),
])
def test_an_hour_against_three_at_one_venue_and_start_stays_two_events_however_alike_the_titles(index, one, other):
    # One organiser at one venue from one start, an hour against three: another slot, not an end one source moved.
    place = {"lieu": "Maison de quartier", "adresse": "3 rue des Lilas", "code_postal": "35000", "commune": "Rennes",
             "organisateur": "Vélo Utile"}
    short = event("plateforme", "1", titre=one, **place, **_timed("14:00", "15:00"))
    long = event(REGIONAL, "2", titre=other, **place, **_timed("14:00", "17:00"))
    assert len(deduplicate(frame(short, long), index).events) == 2
