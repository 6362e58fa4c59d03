"""Faithful data: what a source does not say is published empty and counted unknown; what it says wins.

One realistic record per source kind, shaped like the feeds the pipeline reads (platform JSON, an archive
spreadsheet row, an OpenAgenda v2 event, an iCalendar occurrence), goes through the real mapper and
normaliser, then through the indicators.
"""

import json

import pandas as pd
import pytest

from assets.lib.indicators import edition_summary, indicator_table, territories
from assets.lib.normalize import normalize_records
from assets.lib.sources.openagenda import _events_of, map_openagenda_event

DEPARTEMENTS = pd.DataFrame({"code_departement": ["35"], "nom_departement": ["Ille-et-Vilaine"], "code_region": ["53"]})
REGIONS = pd.DataFrame({"code_region": ["53"], "nom_region": ["Bretagne"]})
COMMUNES = pd.DataFrame({
    "code_commune_insee": ["35238"], "nom_commune": ["Rennes"], "type_commune": ["COM"], "code_departement": ["35"],
    "code_region": ["53"], "population": pd.array([220_000], dtype="Int64"),
})
PLACES = territories(COMMUNES, DEPARTEMENTS, REGIONS)

PLATFORM = {
    "id": 101, "title": "Repair café", "start": "2019-11-16T14:00:00+01:00", "end": "2019-11-16T17:00:00+01:00",
    "categories": ["Atelier"], "format": "Présentiel", "organizer": {"name": "Les Bricoleurs"},
    "partners": ["Mairie de Rennes"], "place": {"postal_code": "35000", "city": "Rennes"},
}
# An archive row (2008-2012 bilans): no modality column, no co-organiser column.
ARCHIVE = {"Titre": "Forum de l'ESS", "Date": "14/11/2019", "Ville": "Rennes", "CP": "35000",
           "Organisateur": "CRESS Bretagne", "Type d'action": "Forum"}
ARCHIVE_OPTIONS = {"colonnes": {"titre": "Titre", "date_debut": "Date", "commune": "Ville", "code_postal": "CP",
                                "organisateur": "Organisateur", "type_evenement": "Type d'action"}}
OPENAGENDA = {
    "uid": 5510101, "title": {"fr": "Conférence finance solidaire"},
    "timings": [{"begin": "2019-11-12T18:00:00+0100", "end": "2019-11-12T20:00:00+0100"}],
    "location": {"name": "Maison des associations", "address": "6 cours des Alliés", "postalCode": "35000",
                 "city": "Rennes", "countryCode": "fr"},
    "status": {"id": 1, "label": {"fr": "Programmé"}},
}
ICAL = {"uid": "forum-2019@cress.example", "summary": "Forum ESS", "dtstart": "2019-11-20T09:00:00+01:00",
        "dtend": "2019-11-20T17:00:00+01:00", "location": "2 Rue de Langoz - Loctudy"}


def normalized(kind, payload, source_options=None, source="source-test"):
    raw = pd.DataFrame([{
        "edition": 2019, "source": source, "source_kind": kind, "source_record_id": "1", "position": 0,
        "file": "f", "payload": json.dumps(payload),
    }])
    result = normalize_records(raw, {source: source_options or {}})
    assert result.quarantine.empty, result.quarantine.to_dict("records")
    return result.events.iloc[0]


def summary_of(rows):
    events = pd.DataFrame(rows).assign(code_commune_insee="35238", code_departement="35", code_region="53")
    long = indicator_table(events, PLACES)
    return long, edition_summary(long).iloc[0]


@pytest.mark.parametrize(
    ("kind", "payload", "options"),
    [
        ("plateforme", {k: v for k, v in PLATFORM.items() if k not in ("format", "partners")}, None),
        ("tableur", ARCHIVE, ARCHIVE_OPTIONS),
        ("openagenda", OPENAGENDA, {"champs": {}}),
        ("ical", ICAL, None),
    ],
)
def test_a_source_without_the_column_publishes_it_empty_and_indicators_count_it_unknown(kind, payload, options):
    row = normalized(kind, payload, options)
    assert row["modalite"] == ""  # never "presentiel" by default
    assert pd.isna(row["co_organise"]) and row["co_organisateurs"] == ""

    known = normalized("plateforme", PLATFORM)  # a source that says both: in person, co-organised
    long, summary = summary_of([row.to_dict(), known.to_dict()])
    assert summary["evenements"] == 2
    assert summary["evenements_modalite_inconnue"] == 1
    assert summary["evenements_co_organisation_inconnue"] == 1
    # Shares over the known values only: 1 co-organised out of 1 known, 0 online out of 1 known.
    assert summary["part_evenements_co_organises"] == 100.0
    assert summary["part_evenements_a_distance"] == 0.0
    france = long[long["niveau"] == "france"].set_index("indicateur")["valeur"]
    assert france["evenements_par_modalite.non_renseigne"] == 1
    assert france["evenements_par_modalite.presentiel"] == 1


def test_an_edition_where_no_source_says_gets_no_share_rather_than_zero():
    rows = [normalized("tableur", ARCHIVE | {"Titre": f"Forum {i}"}, ARCHIVE_OPTIONS).to_dict() for i in range(3)]
    long, summary = summary_of(rows)
    assert summary["evenements_co_organisation_inconnue"] == 3 and summary["evenements_modalite_inconnue"] == 3
    assert pd.isna(summary["part_evenements_co_organises"]) and pd.isna(summary["part_evenements_a_distance"])
    france = long[long["niveau"] == "france"]
    assert "part_evenements_co_organises" not in set(france["indicateur"])


def test_a_column_present_but_empty_is_a_known_no():
    options = {"colonnes": {**ARCHIVE_OPTIONS["colonnes"], "co_organisateurs": "Partenaires", "modalite": "Format"}}
    row = normalized("tableur", ARCHIVE | {"Partenaires": "", "Format": ""}, options)
    assert row["co_organise"] is False or row["co_organise"] == False  # noqa: E712 - pandas may box it
    assert row["modalite"] == ""  # an empty modality cell says nothing
    named = normalized("tableur", ARCHIVE | {"Partenaires": "Ville de Rennes ; Région", "Format": "Mixte"}, options)
    assert named["co_organise"] == True and named["modalite"] == "hybride"  # noqa: E712
    assert named["co_organisateurs"] == "Région|Ville de Rennes"


@pytest.mark.parametrize(
    ("type_label", "categories", "expected"),
    [
        ("Visite guidée", ["Atelier enfant", "Culture"], "portes_ouvertes_visite"),  # the source's type wins
        ("Balade commentée", ["Atelier"], "autre"),  # a type field that maps to nothing: autre, no guess
        (None, ["Culture", "Atelier enfant"], "evenement_culturel"),  # fallback: first keyword in source order
        (None, ["Économie circulaire"], ""),  # keywords that name no type: unknown, not "autre"
        (None, [], ""),
    ],
)
def test_the_source_type_field_wins_over_keywords(type_label, categories, expected):
    options = {"colonnes": {**ARCHIVE_OPTIONS["colonnes"], "categories": "Mots-clés"}}
    payload = ARCHIVE | {"Type d'action": type_label or "", "Mots-clés": ", ".join(categories)}
    assert normalized("tableur", payload, options)["type_evenement"] == expected


def test_openagenda_type_field_wins_over_keywords():
    event = OPENAGENDA | {"keywords": {"fr": ["atelier enfant", "visite"]},
                          "types-devenements": [{"id": 4, "label": {"fr": "Visite guidée"}}]}
    row = normalized("openagenda", event, {"champs": {"type_evenement": "types-devenements"}})
    assert row["type_evenement"] == "portes_ouvertes_visite"


@pytest.mark.parametrize(
    ("change", "modalite", "statut"),
    [
        ({"status": 3, "attendanceMode": 1}, "en_ligne", "deplace_en_ligne"),  # moved online beats the mode
        ({"status": {"id": 3, "label": {"fr": "Déplacé en ligne"}}}, "en_ligne", "deplace_en_ligne"),
        ({"status": 2, "attendanceMode": {"id": 3, "label": {"fr": "Mixte"}}}, "hybride", "reprogramme"),
        ({"status": 5, "attendanceMode": 1}, "presentiel", "complet"),
        ({"status": None}, "", ""),
    ],
)
def test_openagenda_statuses_are_published(change, modalite, statut):
    row = normalized("openagenda", OPENAGENDA | change)
    assert (row["modalite"], row["statut"]) == (modalite, statut)


def test_a_postponed_openagenda_event_is_not_published_on_its_old_dates():
    raw = pd.DataFrame([{"edition": 2019, "source": "oa", "source_kind": "openagenda", "source_record_id": "1",
                         "position": 0, "file": "f", "payload": json.dumps(OPENAGENDA | {"status": 4})}])
    result = normalize_records(raw)
    assert result.events.empty
    (rejected,) = result.quarantine.to_dict("records")
    assert rejected["champ"] == "statut" and "reporté" in rejected["motif"]


def test_multi_session_openagenda_events_keep_their_number_of_sessions():
    timings = [{"begin": f"2019-11-{d:02d}T14:00:00+0100", "end": f"2019-11-{d:02d}T17:00:00+0100"}
               for d in (5, 12, 19, 26)] + [{"begin": "2020-01-07T14:00:00+0100", "end": "2020-01-07T17:00:00+0100"}]
    row = normalized("openagenda", OPENAGENDA | {"timings": timings})
    assert row["nombre_seances"] == 4  # the January 2020 session belongs to another edition
    assert (row["date_debut"], row["date_fin"]) == ("2019-11-05", "2019-11-26")
    assert (row["date_heure_debut"], row["date_heure_fin"]) == ("2019-11-05T14:00:00+01:00",
                                                                "2019-11-26T17:00:00+01:00")
    only_first = {k: v for k, v in OPENAGENDA.items() if k != "timings"} | {
        "firstTiming": timings[0], "lastTiming": timings[3]}
    assert pd.isna(normalized("openagenda", only_first)["nombre_seances"])  # sessions in between unknown


def test_labels_sent_with_choice_fields_win_over_an_old_id_table():
    options = {"champs": {"type_evenement": "type-action"}, "libelles": {"type-action": {"1": "Conférence"}}}
    with_labels = OPENAGENDA | {"type-action": {"id": 1, "label": {"fr": "Projection"}}}  # includeLabels=1
    old_snapshot = OPENAGENDA | {"type-action": 1}  # before includeLabels: the id table still names it
    assert map_openagenda_event(with_labels, options)["type_evenement"] == "Projection"
    assert map_openagenda_event(old_snapshot, options)["type_evenement"] == "Conférence"


def test_a_bare_event_object_is_read_as_one_event():
    assert _events_of(OPENAGENDA) == [OPENAGENDA]
    assert _events_of({"total": 0, "events": []}) == []
    assert _events_of({"uid": 3}) is None  # an id alone is not an event


def test_country_code_is_upper_cased_for_the_coder():
    assert map_openagenda_event(OPENAGENDA)["code_pays"] == "FR"
    abroad = OPENAGENDA | {"location": OPENAGENDA["location"] | {"countryCode": "be", "city": "Liège"}}
    assert normalized("openagenda", abroad)["code_pays"] == "BE"


def test_openagenda_markdown_is_published_as_plain_text():
    long_description = (
        "### **Dans** _**Circular Breathing**_, le souffle continu\n\n"
        "Mini-mercredi > visites \\> ateliers ; tarif < 5 €.\n\n"
        "Inscription : [billetterie](https://exemple.org/billets)"
    )
    row = normalized("openagenda", OPENAGENDA | {"longDescription": {"fr": long_description}})
    assert row["description"] == (
        "Dans Circular Breathing, le souffle continu\n\n"
        "Mini-mercredi > visites > ateliers ; tarif < 5 €.\n\n"
        "Inscription : billetterie"
    )


@pytest.fixture(scope="module")
def geocoder():
    from assets.lib.geocode import Geocoder

    return Geocoder.from_reference()


ICS_PLACES = [
    ("2 Rue de Langoz - Loctudy", "29135", "Loctudy"),
    ("Salle polyvalente, 5 rue du Port, 29120 - Combrit", "29037", "Combrit"),
    ("Médiathèque, 12 rue Victor Hugo, Quimper", "29232", "Quimper"),
]


@pytest.mark.parametrize(("location", "code", "name"), ICS_PLACES)
def test_ics_street_dash_commune_places_are_coded(geocoder, location, code, name):
    row = normalized("ical", ICAL | {"location": location})
    assert row["commune"] == name and not row["commune"].startswith(("'", "-"))
    coded = geocoder.code(pd.DataFrame([row]))
    assert coded.iloc[0]["code_commune_insee"] == code and coded.iloc[0]["nom_commune"] == name


def test_a_place_that_cannot_be_coded_is_reported_as_such_and_counted_by_the_check(geocoder):
    from assets.lib.geocode import coding_summary

    rows = [normalized("ical", ICAL | {"uid": f"e{i}", "location": place}).to_dict()
            for i, place in enumerate(["Salle des fêtes du Moulin Vert", "Chez Marcel, au fond de la cour"])]
    frame = pd.DataFrame(rows)
    coded = geocoder.code(frame)
    assert list(coded["geocodage_alerte"]) == ["commune introuvable"] * 2  # never "lieu absent"
    summary = coding_summary(frame["edition"], coded, frame["modalite"]).iloc[0]
    assert summary["part_localises_codes"] == 0.0  # the 97 % check sees a source coded at 0 %


def test_a_place_abroad_by_country_code_is_not_coded_in_france(geocoder):
    abroad = OPENAGENDA | {"location": {"name": "Maison de l'ESS", "address": "Rue Saint-Paul 2", "city": "Paris",
                                        "postalCode": "4000", "countryCode": "be"}}
    row = normalized("openagenda", abroad)
    coded = geocoder.code(pd.DataFrame([row])).iloc[0]
    assert (coded["code_commune_insee"], coded["geocodage_alerte"]) == ("", "hors de France")


def test_dates_and_date_times_never_share_a_column():
    all_day = normalized("ical", ICAL | {"dtstart": "2019-11-22", "dtend": "2019-11-24"})
    timed = normalized("ical", ICAL | {"uid": "t"})
    assert (all_day["date_debut"], all_day["date_fin"]) == ("2019-11-22", "2019-11-23")
    assert (all_day["date_heure_debut"], all_day["date_heure_fin"]) == ("", "")
    assert (timed["date_debut"], timed["date_heure_debut"]) == ("2019-11-20", "2019-11-20T09:00:00+01:00")
    frame = pd.DataFrame([all_day, timed])
    assert frame["date_debut"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert pd.to_datetime(frame["date_heure_debut"].replace("", None), format="ISO8601", utc=True).notna().sum() == 1


def test_the_report_says_when_a_share_is_over_known_values_only():
    from assets.lib.report import _bilan_sentence

    row = pd.Series({"edition": 2012, "numero_edition": 5, "evenements": 1707, "organisateurs": 900,
                     "communes_avec_evenement": 500, "departements_avec_evenement": 90,
                     "part_evenements_co_organises": 90.0, "evenements_co_organisation_inconnue": 380,
                     "evenements_modalite_inconnue": 1707})
    text = _bilan_sentence(row, {"en_ligne": 0, "hybride": 0})
    assert "sur les 1" in text and "327 dont la source le dit" in text
    assert "modalité inconnue pour 1" in text
    unknown = row.copy()
    unknown["evenements_co_organisation_inconnue"], unknown["part_evenements_co_organises"] = 1707, float("nan")
    assert "ne disent pas si les événements étaient co-organisés" in _bilan_sentence(unknown, {"en_ligne": 0,
                                                                                              "hybride": 0})


def test_csv_cells_write_counts_as_integers_and_booleans_as_true_false(tmp_path):
    from assets.lib.publish import assert_same_rows, write_csv, write_parquet

    frame = pd.DataFrame({
        "valeur": [640.0, 12.5, None], "nombre_seances": pd.array([4, None, 1], dtype="Int64"),
        "co_organise": pd.array([True, None, False], dtype="boolean"),
    })
    write_csv(frame, tmp_path / "t.csv")
    write_parquet(frame, tmp_path / "t.parquet")
    assert (tmp_path / "t.csv").read_text().splitlines() == [
        "valeur,nombre_seances,co_organise", "640,4,true", "12.5,,", ",1,false"]
    assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet")  # the Parquet twin holds the same values


def test_datapackage_names_every_source_with_its_identifier_and_path():
    from assets.publish import build_package

    package = build_package("0.1.0", [2019], ["plateforme", "cress-paca-tableur"], synthetic=True)
    assert package["sources"] == [
        {"name": "plateforme", "title": "Plateforme nationale du Mois de l'ESS (lemois-ess.org)",
         "path": "https://lemois-ess.org"},
        {"name": "cress-paca-tableur",
         "title": "CRESS Provence-Alpes-Côte d'Azur, agenda du Mois de l'ESS (tableur)",
         "path": "data/raw/cress-paca-tableur/"},
    ]


def test_cross_source_merge_keeps_the_date_time_of_the_record_that_has_one():
    from assets.lib.dedup import CommuneIndex, deduplicate

    platform = normalized("plateforme", PLATFORM | {"start": "2019-11-16", "end": "2019-11-16"}, source="plateforme")
    sheet = normalized("tableur", ARCHIVE | {"Titre": "Repair café", "Date": "16/11/2019", "Heure": "14h-17h",
                                             "Organisateur": "Les Bricoleurs"},
                       {"colonnes": {**ARCHIVE_OPTIONS["colonnes"], "horaires": "Heure"}}, source="cress-tableur")
    assert platform["date_heure_debut"] == "" and sheet["date_heure_debut"] == "2019-11-16T14:00:00+01:00"
    merged = deduplicate(pd.DataFrame([platform, sheet]), CommuneIndex.from_reference()).events
    assert len(merged) == 1
    row = merged.iloc[0]
    assert (row["date_debut"], row["date_heure_debut"], row["date_heure_fin"]) == (
        "2019-11-16", "2019-11-16T14:00:00+01:00", "2019-11-16T17:00:00+01:00")
    assert row["co_organise"] == True and row["modalite"] == "presentiel"  # noqa: E712 - from the platform


# ------------------------------------------------------------------- values of the wrong JSON type

# What exporters write where a value is missing or mistyped: NaN and Infinity (pandas' and JavaScript's JSON, which
# Python's json reads), a number too large for a float, an object or a list where a text was expected, a boolean.
# Before: « nan » and « inf » published as titles and ids, « ['a', 'b'] » and « {'x': 1} » as Python reprs.

def platform_page(tmp_path, events_json: str):
    from assets.lib.sources.platform import read_platform_snapshot

    folder = tmp_path / "plateforme" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "page-1.json").write_text('{"edition": 2019, "page": 1, "events": [' + events_json + "]}")
    records, problems = read_platform_snapshot(folder, edition=2019)
    assert problems == []
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "plateforme"} for record in records])
    return normalize_records(raw, {"plateforme": {}})


def event_json(**fields) -> str:
    event = {"id": 1, "title": "Atelier vélo", "start": "2019-11-16T14:00:00+01:00",
             "place": {"name": "Maison des associations", "postal_code": "35000", "city": "Rennes"}}
    return ", ".join(f'"{key}": {value}' for key, value in {**{k: json.dumps(v) for k, v in event.items()},
                                                          **fields}.items()).join("{}")


def test_an_id_that_names_no_record_is_quarantined_saying_what_it_is(tmp_path):
    result = platform_page(tmp_path, ", ".join([
        event_json(id="NaN"), event_json(id="1e999999"), event_json(id="[1, 2]"), event_json(id='{"x": 1}'),
        event_json(id="true"), event_json(id="null"), event_json(id='"  "'), event_json(id="48213.0"),
        event_json(id='"ev-7"')]))
    assert sorted(result.events["source_identifiant"]) == ["48213", "ev-7"]
    assert sorted(result.quarantine["motif"]) == sorted([
        "identifiant illisible dans la source : nombre nan", "identifiant illisible dans la source : nombre inf",
        "identifiant illisible dans la source : liste", "identifiant illisible dans la source : objet",
        "identifiant illisible dans la source : booléen true",
        "identifiant absent dans la source", "identifiant absent dans la source"])
    assert set(result.quarantine["champ"]) == {"source_identifiant"}


def test_a_text_the_source_did_not_give_is_published_empty_never_as_nan_or_a_repr(tmp_path):
    result = platform_page(tmp_path, ", ".join([
        event_json(id="1", title="NaN"), event_json(id="2", title="Infinity"),
        event_json(id="3", title='{"fr": {"texte": "Atelier"}}'),
        event_json(id="4", title="false"), event_json(id="5", title="[]"),
        event_json(id="6", title='"Forum"', description="NaN",
                   place='{"name": NaN, "address": [], "postal_code": 35000.0, "city": "Rennes"}'),
        event_json(id="7", title='["Forum", "de l\'ESS"]', description='["Premier paragraphe.", "Second."]'),
        event_json(id="8", title="2019.0")]))
    published = result.events.set_index("source_identifiant")
    assert published.loc["6", ["titre", "description", "lieu", "adresse", "code_postal"]].tolist() == [
        "Forum", "", "", "", "35000"]
    assert published.loc["7", ["titre", "description"]].tolist() == ["Forum de l'ESS",
                                                                     "Premier paragraphe.\nSecond."]
    assert published.loc["8", "titre"] == "2019"
    assert sorted(result.quarantine["motif"]) == [
        "titre illisible dans la source : booléen false", "titre illisible dans la source : liste vide",
        "titre illisible dans la source : nombre inf", "titre illisible dans la source : nombre nan",
        "titre illisible dans la source : objet"]
    assert not any(value in ("nan", "inf", "None") or value.startswith(("[", "{"))
                   for column in ("titre", "description", "lieu", "adresse") for value in published[column])
