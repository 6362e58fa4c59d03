"""Indicators on small hand-made frames: multi-valued counting, rates, DROM share, changes, sums, checks."""

import pandas as pd
import pytest

from assets.lib.indicators import (
    INDICATORS,
    LONG_COLUMNS,
    MULTI_SEPARATOR,
    NOT_GIVEN,
    SUMMARY_COLUMNS,
    additive_gaps,
    edition_jumps,
    edition_summary,
    indicator_table,
    missing_editions,
    organiser_key,
    prepared_events,
    published_count_gaps,
    territories,
)
from assets.lib.schema import field_names, load_schema
from pipelines.definitions import REPO_ROOT

COMMUNES = pd.DataFrame(
    {
        "code_commune_insee": ["35238", "35001", "44109", "97101", "97101", "75056", "75101"],
        "nom_commune": [
            "Rennes",
            "Acigné",
            "Nantes",
            "Les Abymes",
            "Les Abymes (déléguée)",
            "Paris",
            "Paris 1er",
        ],
        "type_commune": ["COM", "COM", "COM", "COM", "COMD", "COM", "ARM"],
        "code_departement": ["35", "35", "44", "971", "971", "75", "75"],
        "code_region": ["53", "53", "52", "01", "01", "11", "11"],
        "population": pd.array([150_000, 50_000, 300_000, 50_000, None, 2_000_000, 15_000], dtype="Int64"),
    }
)
DEPARTEMENTS = pd.DataFrame(
    {
        "code_departement": ["35", "44", "75", "971", "29"],
        "nom_departement": ["Ille-et-Vilaine", "Loire-Atlantique", "Paris", "Guadeloupe", "Finistère"],
        "code_region": ["53", "52", "11", "01", "53"],
    }
)
REGIONS = pd.DataFrame(
    {
        "code_region": ["01", "11", "52", "53"],
        "nom_region": ["Guadeloupe", "Île-de-France", "Pays de la Loire", "Bretagne"],
    }
)


def event(edition, ident, commune="", dep="", reg="", **fields):
    return {
        "edition": edition,
        "identifiant": f"mess-{edition}-{ident:010x}",
        "type_evenement": "conference_debat",
        "thematiques": "",
        "publics": "",
        "modalite": "presentiel",
        "organisateur": f"Orga {ident}",
        "organisateur_famille": "association",
        "co_organisateurs": "",
        "code_commune_insee": commune,
        "code_departement": dep,
        "code_region": reg,
        **fields,
    }


RENNES = dict(commune="35238", dep="35", reg="53")
NANTES = dict(commune="44109", dep="44", reg="52")
ABYMES = dict(commune="97101", dep="971", reg="01")
EVENTS = pd.DataFrame(
    [
        event(
            2019,
            1,
            **RENNES,
            publics="grand_public|jeunes",
            thematiques="culture|culture",
            co_organisateurs="CRESS",
        ),
        event(
            2019, 2, **RENNES, organisateur="  ASSO les Amis ", publics="jeunes", type_evenement="forum_salon"
        ),
        event(2019, 3, **NANTES, organisateur="Asso les amis", organisateur_famille="cooperative"),
        event(2019, 4, **ABYMES, modalite="hybride", organisateur=""),
        event(2019, 5, modalite="en_ligne"),  # online: France only
        event(2020, 6, **RENNES, modalite="en_ligne"),
        event(2020, 7, **NANTES),
    ]
)


@pytest.fixture(scope="module")
def places():
    return territories(COMMUNES, DEPARTEMENTS, REGIONS)


@pytest.fixture(scope="module")
def long(places):
    return indicator_table(EVENTS, places)


def value(long, edition, niveau, code, indicateur):
    rows = long[
        (long["edition"] == edition)
        & (long["niveau"] == niveau)
        & (long["code_territoire"] == code)
        & (long["indicateur"] == indicateur)
    ]
    assert len(rows) <= 1
    return None if rows.empty else float(rows["valeur"].iloc[0])


def test_territories_count_only_communes_and_keep_every_territory(places):
    france = places[places["niveau"] == "france"].iloc[0]
    assert france["population"] == 150_000 + 50_000 + 300_000 + 50_000 + 2_000_000  # COMD and ARM left out
    assert set(places.loc[places["niveau"] == "departement", "code_territoire"]) == {
        "35",
        "44",
        "75",
        "971",
        "29",
    }
    finistere = places[places["code_territoire"] == "29"].iloc[0]
    assert finistere["population"] == 0 and finistere["code_parent"] == "53"


def test_the_long_table_has_its_columns_and_a_unique_key(long):
    assert long.columns.tolist() == LONG_COLUMNS == field_names("indicateurs")
    assert not long.duplicated(["edition", "niveau", "code_territoire", "indicateur"]).any()
    assert long["valeur"].notna().all()


def test_events_count_everything_at_france_level_and_placed_events_below(long):
    assert value(long, 2019, "france", "FR", "evenements") == 5
    assert value(long, 2019, "france", "FR", "evenements_localises") == 4
    assert value(long, 2019, "france", "FR", "part_evenements_localises") == 80.0
    assert value(long, 2019, "region", "53", "evenements") == 2
    assert value(long, 2019, "departement", "29", "evenements") == 0  # territories without events are listed


def test_a_multi_valued_field_counts_an_event_once_per_distinct_value(long):
    assert value(long, 2019, "france", "FR", "evenements_par_public.jeunes") == 2
    assert value(long, 2019, "france", "FR", "evenements_par_public.grand_public") == 1
    assert value(long, 2019, "france", "FR", "evenements_par_public.non_renseigne") == 3
    publics = long[
        (long["edition"] == 2019)
        & (long["niveau"] == "france")
        & long["indicateur"].str.startswith("evenements_par_public.")
    ]
    assert publics["valeur"].sum() == 6 > 5  # more than the events: a double count by design
    assert (
        value(long, 2019, "france", "FR", "evenements_par_thematique.culture") == 1
    )  # "culture|culture" once
    types = long[
        (long["edition"] == 2019)
        & (long["niveau"] == "france")
        & long["indicateur"].str.startswith("evenements_par_type.")
    ]
    assert types["valeur"].sum() == 5  # single-valued: the breakdown adds up to the events


def test_every_vocabulary_value_has_a_row_zeros_included(long):
    assert value(long, 2019, "france", "FR", "evenements_par_type.projection") == 0
    assert value(long, 2019, "france", "FR", "evenements_par_thematique.numerique") == 0


def test_organisers_are_distinct_by_normalised_name(long):
    assert organiser_key("  ASSO les Amis ") == organiser_key("Asso les amis")
    # 2019: Orga 1, asso les amis (twice), Orga 5; the event without organiser is not counted
    assert value(long, 2019, "france", "FR", "organisateurs") == 3
    # The same organiser in Bretagne and Pays de la Loire counts in each: not additive
    assert value(long, 2019, "region", "53", "organisateurs") == 2
    assert value(long, 2019, "region", "52", "organisateurs") == 1
    # ...and under each family it was declared with
    assert (
        value(long, 2019, "france", "FR", "organisateurs_par_famille.association") == 3
    )  # Orga 1 and 5, amis
    assert value(long, 2019, "france", "FR", "organisateurs_par_famille.cooperative") == 1


def test_co_organised_and_distance_shares(long):
    assert value(long, 2019, "france", "FR", "evenements_co_organises") == 1
    assert value(long, 2019, "france", "FR", "part_evenements_co_organises") == 20.0
    assert value(long, 2019, "france", "FR", "part_evenements_a_distance") == 40.0  # hybrid + online


def test_rates_per_100000_inhabitants_use_the_cog_population(long):
    assert value(long, 2019, "departement", "35", "evenements_pour_100000_habitants") == 1.0  # 2 / 200 000
    assert value(long, 2019, "region", "01", "evenements_pour_100000_habitants") == 2.0  # 1 / 50 000
    assert value(long, 2019, "departement", "29", "evenements_pour_100000_habitants") is None  # no population
    # France: only the 4 events placed in a commune, over the whole population
    assert value(long, 2019, "france", "FR", "evenements_pour_100000_habitants") == round(
        4 / 2_550_000 * 1e5, 2
    )


def test_drom_share_is_over_placed_events(long):
    assert value(long, 2019, "france", "FR", "evenements_drom") == 1
    assert value(long, 2019, "france", "FR", "part_evenements_drom") == 25.0
    assert value(long, 2019, "region", "01", "part_evenements_drom") is None  # France level only


def test_overseas_collectivities_have_their_own_line_and_add_up(places):
    papeete = dict(commune="98735", dep="987", reg="987")
    events = pd.DataFrame([event(2019, 1, **RENNES), event(2019, 2, **papeete), event(2019, 3, **ABYMES)])
    table = indicator_table(events, places)
    assert value(table, 2019, "france", "FR", "evenements_com") == 1
    assert value(table, 2019, "france", "FR", "part_evenements_com") == round(100 / 3, 2)
    assert value(table, 2019, "france", "FR", "evenements_drom") == 1
    assert value(table, 2019, "france", "FR", "evenements") == 3  # the COM event is outside every région
    regions = table[(table["niveau"] == "region") & (table["indicateur"] == "evenements")]
    assert regions[regions["edition"] == 2019]["valeur"].sum() == 2
    # the per-edition summary carries the COM share beside the DROM's
    summary = edition_summary(table).set_index("edition")
    assert summary.at[2019, "part_evenements_com"] == round(100 / 3, 2)
    assert summary.at[2019, "part_evenements_drom"] == round(100 / 3, 2)


def test_edition_on_edition_change(long):
    assert value(long, 2019, "france", "FR", "evolution_evenements") is None  # first built edition
    assert value(long, 2020, "france", "FR", "evolution_evenements") == -60.0  # 5 -> 2
    assert value(long, 2020, "region", "53", "evolution_evenements") == -50.0  # 2 -> 1
    assert value(long, 2020, "region", "01", "evolution_evenements") == -100.0
    assert value(long, 2020, "departement", "29", "evolution_evenements") is None  # 0 -> 0: undefined


def test_a_gap_in_the_editions_gives_no_change():
    long = indicator_table(
        EVENTS.assign(edition=EVENTS["edition"].replace(2020, 2022)),
        territories(COMMUNES, DEPARTEMENTS, REGIONS),
    )
    assert value(long, 2022, "france", "FR", "evenements") == 2
    assert value(long, 2022, "france", "FR", "evolution_evenements") is None


def test_national_totals_add_up_and_a_broken_sum_is_found(long, places):
    assert additive_gaps(long, EVENTS, places) == []
    assert published_count_gaps(long, EVENTS) == []
    broken = long.copy()
    row = (
        (broken["edition"] == 2019)
        & (broken["code_territoire"] == "53")
        & (broken["indicateur"] == "evenements")
    )
    broken.loc[row & (broken["niveau"] == "region"), "valeur"] = 3
    gaps = additive_gaps(broken, EVENTS, places)
    assert {(g["niveau"], g["code_territoire"], g["indicateur"]) for g in gaps} == {
        ("france", "FR", "evenements"),
        ("region", "53", "evenements"),
    }
    # The asset prepares the events once for the table and this check: same findings either way.
    assert additive_gaps(broken, prepared_events(EVENTS), places) == gaps


def test_events_prepared_once_give_the_same_table(places):
    ready = prepared_events(EVENTS)
    assert prepared_events(ready) is ready
    pd.testing.assert_frame_equal(indicator_table(ready, places), indicator_table(EVENTS, places))


def test_published_count_gaps_name_the_edition(long):
    assert published_count_gaps(long, EVENTS.iloc[:-1]) == [
        {"edition": 2020, "indicateurs": 2.0, "evenements_publies": 1}
    ]


@pytest.mark.parametrize(
    "counts, flagged",
    [
        ({2019: 10, 2020: 15}, []),
        ({2019: 10, 2020: 25}, [2020]),
        ({2019: 10, 2020: 4}, [2020]),
        ({2019: 10, 2020: 0}, [2020]),
        ({2019: 0, 2020: 10}, []),  # no ratio from zero
        ({2018: 10, 2020: 100}, []),  # 2019 missing: nothing to compare with
    ],
)
def test_edition_jumps(counts, flagged):
    summary = pd.DataFrame({"edition": list(counts), "evenements": list(counts.values())})
    assert [j["edition"] for j in edition_jumps(summary, 2.0)] == flagged


def test_missing_editions():
    assert missing_editions([2019, 2021, 2022]) == [2020]
    assert missing_editions([]) == []


def test_summary_follows_its_schema(long):
    summary = edition_summary(long)
    assert summary.columns.tolist() == SUMMARY_COLUMNS == field_names("indicateurs_editions")
    first = summary.iloc[0]
    assert (first["edition"], first["numero_edition"], first["evenements"]) == (2019, 12, 5)
    assert first["type_principal"] == "conference_debat"
    assert first["thematique_principale"] == "culture"
    assert first["evenements_en_ligne"] == 1 and first["evenements_hybrides"] == 1
    assert pd.isna(first["laureats_prix_ess"])
    assert summary["variation_a_verifier"].tolist() == [False, True]  # 5 -> 2 is more than a factor 2


def test_laureates_count_by_level_and_angle(places):
    laureats = pd.DataFrame(
        {
            "edition": [2019, 2019, 2019, 2020],
            "niveau": ["regional", "regional", "national", "regional"],
            "code_region": ["53", "52", "", "53"],
            "categorie": ["utilite_sociale", "coup_de_coeur", "utilite_sociale", "transition_ecologique"],
        }
    )
    long = indicator_table(EVENTS, places, laureats)
    assert value(long, 2019, "france", "FR", "laureats_prix_ess") == 3
    assert (
        value(long, 2019, "france", "FR", "laureats_prix_ess_par_niveau_angle.regional.utilite_sociale") == 1
    )
    assert (
        value(long, 2019, "france", "FR", "laureats_prix_ess_par_niveau_angle.national.utilite_sociale") == 1
    )
    assert value(long, 2019, "region", "53", "laureats_prix_ess") == 1
    assert (
        value(long, 2020, "region", "53", "laureats_prix_ess_par_niveau_angle.regional.transition_ecologique")
        == 1
    )
    assert value(long, 2019, "departement", "35", "laureats_prix_ess") is None
    assert edition_summary(long)["laureats_prix_ess"].tolist() == [3, 1]
    only_2019 = indicator_table(EVENTS, places, laureats[laureats["edition"] == 2019])
    assert (
        value(only_2019, 2020, "france", "FR", "laureats_prix_ess") is None
    )  # 2020 not covered: no false zero


def test_no_event_gives_an_empty_table(places):
    empty = indicator_table(EVENTS.iloc[0:0], places)
    assert empty.empty and empty.columns.tolist() == LONG_COLUMNS
    assert edition_summary(empty).empty


def test_every_indicator_is_defined_in_the_schema_and_the_readme():
    definitions = next(f for f in load_schema("indicateurs")["fields"] if f["name"] == "indicateur")[
        "description"
    ]
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for indicator in INDICATORS:
        assert f"`{indicator.name}" in definitions, indicator.name
        assert f"`{indicator.name}" in readme, indicator.name


def _pairs_one_row_at_a_time(frame: pd.DataFrame, field: str, multi: bool) -> tuple[list[int], list[str]]:
    """The definition: every written value of each event, split, stripped, each once in the order written;
    the empty ones dropped unless the event has nothing else (then non_renseigne)."""
    rows, values = [], []
    for row, cell in enumerate(frame[field].tolist()):
        written = [part.strip() for part in cell.split(MULTI_SEPARATOR)] if multi else [cell]
        distinct = list(dict.fromkeys(written))
        for value in [v for v in distinct if v != ""] or [NOT_GIVEN]:
            rows.append(row)
            values.append(value)
    return rows, values


@pytest.mark.parametrize("multi", [True, False])
def test_field_values_are_the_definition_on_hostile_cells(multi):
    import random

    from assets.lib.indicators import _values

    rng = random.Random(7)
    pieces = ["atelier", "debat", " atelier", "forum ", "", " ", "\u00a0visite\u00a0", "Débat", "|", "||"]
    cells = ["".join(rng.choice(pieces) + rng.choice(["", "|", " | "]) for _ in range(rng.randint(0, 4)))
             for _ in range(3000)]
    frame = pd.DataFrame({"type_evenement": pd.Series(cells, dtype="str", index=range(100, 3100))})
    rows, values = _values(frame, "type_evenement", multi)
    assert (rows.tolist(), values.tolist()) == _pairs_one_row_at_a_time(frame, "type_evenement", multi)


def test_distinct_counts_are_the_definition_on_random_events(places):
    """Organisers (per family too) and communes counted per territory and edition, against a plain groupby
    over random events: unnamed organisers, events without a territory, one organiser under several families."""
    import random

    rng = random.Random(11)
    spots = [RENNES, NANTES, ABYMES, dict(commune="75056", dep="75", reg="11"), {}, dict(dep="29", reg="53")]
    families = ["association", "cooperative", "mutuelle", ""]
    events = pd.DataFrame([
        event(rng.choice([2019, 2020, 2021]), i, **rng.choice(spots),
              organisateur=rng.choice(["", "Orga A", "orga a ", "Orga B", "Orga C", "Orga D"]),
              organisateur_famille=rng.choice(families))
        for i in range(1, 400)
    ])
    long = indicator_table(events, places)
    frame = events.assign(cle=events["organisateur"].map(organiser_key), france="FR")
    for level, column in (("france", "france"), ("region", "code_region"), ("departement", "code_departement")):
        named = frame[(frame["cle"] != "") & (frame[column] != "")]
        per_family = named.groupby(["edition", column, "organisateur_famille"])["cle"].nunique()
        expected = {
            (int(e), code, f"organisateurs_par_famille.{family or NOT_GIVEN}"): float(n)
            for (e, code, family), n in per_family.items()
        } | {
            (int(e), code, "organisateurs"): float(n)
            for (e, code), n in named.groupby(["edition", column])["cle"].nunique().items()
        }
        placed = frame[(frame["code_commune_insee"] != "") & (frame[column] != "")]
        expected |= {
            (int(e), code, "communes_avec_evenement"): float(n)
            for (e, code), n in placed.groupby(["edition", column])["code_commune_insee"].nunique().items()
        }
        rows = long[(long["niveau"] == level) & long["indicateur"].isin({k[2] for k in expected})]
        found = {(int(e), c, i): v for e, c, i, v in
                 rows[["edition", "code_territoire", "indicateur", "valeur"]].itertuples(index=False) if v != 0}
        assert found == expected, level


@pytest.mark.parametrize("editions", [[2019], [2020], [2021], [2019, 2020], [2020, 2021], [2019, 2021]])
def test_editions_computed_apart_give_their_rows_of_the_whole_table(places, editions):
    """What a one-edition rebuild computes: some editions from their own events and laureates, with the laureate
    kinds of every edition and the other editions' rows (their figures for the changes) — their rows of the table of
    every edition, byte for byte, the changes of an edition after one not computed included."""
    from assets.lib.indicators import laureate_kinds

    events = pd.concat([EVENTS, EVENTS[EVENTS["edition"] == 2020].assign(edition=2021, modalite="hybride")],
                       ignore_index=True)
    laureats = pd.DataFrame({"edition": [2019, 2019, 2021], "niveau": ["regional", "national", "regional"],
                             "code_region": ["53", "", "52"],
                             "categorie": ["utilite_sociale", "coup_de_coeur", "transition_ecologique"]})
    every = [2019, 2020, 2021]
    whole = indicator_table(events, places, laureats, editions=every)
    apart = indicator_table(events[events["edition"].isin(editions)], places, laureats, editions=editions,
                            kinds=laureate_kinds(laureats, every, places),
                            earlier=whole[~whole["edition"].isin(editions)])
    expected = whole[whole["edition"].isin(editions)].reset_index(drop=True)
    pd.testing.assert_frame_equal(apart, expected)
    assert value(apart, 2021, "france", "FR", "evolution_evenements") is not None or 2021 not in editions
