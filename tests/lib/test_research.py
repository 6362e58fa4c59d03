"""The researchers' files on small frames: GeoJSON points and the DuckDB database; chart and map helpers."""

import json
import os

import duckdb
import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pytest

from assets.lib.charts import editions_chart, french_number, french_percent, nice_ticks, shares_chart
from assets.lib.maps import class_breaks, class_labels
from assets.lib.research import (
    GEOJSON_PROPERTIES,
    VIEWS,
    database_inputs,
    edition_digests,
    geojson_lines,
    geojson_pieces,
    remember_written,
    write_geojson,
    write_geojson_scanned,
    write_research_database,
    written_from,
)
from assets.lib.schema import load_schema

EVENTS = pd.DataFrame(
    {
        "identifiant": ["mess-2019-00000000b2", "mess-2019-00000000a1", "mess-2020-00000000c3"],
        "edition": pd.array([2019, 2019, 2020], dtype="Int64"),
        "titre": ["Forum « ESS » & emploi", "Atelier", "Webinaire"],
        "modalite": ["presentiel", "presentiel", "en_ligne"],
        "code_commune_insee": ["44109", "35238", ""],
        "latitude": pd.array([47.2133, 48.1216, None], dtype="Float64"),
        "longitude": pd.array([-1.5443, -1.70431234, None], dtype="Float64"),
        "url": ["", "https://example.org/a", ""],
    }
)


def test_geojson_holds_one_wgs84_point_per_located_event(tmp_path):
    target = tmp_path / "evenements.geojson"
    assert write_geojson(EVENTS, target) == 2
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection" and "crs" not in document  # RFC 7946: WGS84, no crs member
    first = document["features"][0]
    assert first["id"] == "mess-2019-00000000a1"  # sorted by edition then identifiant
    assert first["geometry"] == {
        "type": "Point",
        "coordinates": [-1.704312, 48.1216],
    }  # [lon, lat], 6 decimals
    assert list(first["properties"]) == sorted(first["properties"])
    assert set(first["properties"]) == set(GEOJSON_PROPERTIES)
    assert first["properties"]["edition"] == 2019 and first["properties"]["lieu"] is None

    frame = gpd.read_file(target)
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 2 and (frame.geometry.geom_type == "Point").all()
    assert frame.geometry.x.tolist() == [-1.704312, -1.5443]
    assert frame["titre"].tolist() == ["Atelier", "Forum « ESS » & emploi"]


def test_geojson_bytes_do_not_depend_on_row_order(tmp_path):
    write_geojson(EVENTS, tmp_path / "a.geojson")
    write_geojson(EVENTS.iloc[::-1], tmp_path / "b.geojson")
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()
    write_geojson(EVENTS.iloc[0:0], tmp_path / "empty.geojson")
    assert json.loads((tmp_path / "empty.geojson").read_text())["features"] == []


def _feature_dict(row: dict) -> dict:
    """A feature as a dict, field by field: the reference the column-wise writer must match byte for byte."""
    def value(name):
        v = row.get(name)
        if v is None or v is pd.NA or (isinstance(v, float) and v != v) or v == "":
            return None
        return int(v) if name == "edition" else str(v)

    return {"type": "Feature", "id": str(row["identifiant"]),
            "geometry": {"type": "Point", "coordinates": [round(float(row["longitude"]), 6),
                                                          round(float(row["latitude"]), 6)]},
            "properties": {name: value(name) for name in GEOJSON_PROPERTIES}}


def test_geojson_lines_are_json_dumps_of_each_feature(tmp_path):
    tricky = pd.DataFrame({
        "identifiant": ["mess-2019-0000000003", "mess-2019-0000000001", "mess-2018-0000000002", "x\"y"],
        "edition": pd.array([2019, 2019, 2018, 2019], dtype="Int64"),
        "titre": ['Guillemets "droits", barre \\ et tab\t', "Ünïcödé – « ESS » 🌱", None, ""],
        "lieu": [float("nan"), "Salle 1", pd.NA, "Lieu"],
        "organisateur": [1, 1.5, True, "1"],  # mixed Python types: each written as its own text
        "url": ["https://exemple.org/?a=1&b=2", "", "", "https://exemple.org/é"],
        "latitude": pd.array([47.2133335, 48.0000005, -20.8789, 43.1], dtype="Float64"),
        "longitude": pd.array([-1.5443335, 2.675, 55.4481, None], dtype="Float64"),
    })
    located = tricky[tricky["longitude"].notna()].sort_values(["edition", "identifiant"])
    expected = [json.dumps(_feature_dict(row), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                for row in located.to_dict("records")]
    target = tmp_path / "evenements.geojson"
    assert write_geojson(tricky, target) == 3
    text = target.read_text(encoding="utf-8")
    assert text == '{"type":"FeatureCollection","features":[\n' + ",\n".join(expected) + "\n]}\n"


REFERENCE = {
    "communes": pd.DataFrame(
        {
            "code_commune_insee": ["44109", "35238"],
            "nom_commune": ["Nantes", "Rennes"],
            "type_commune": ["COM", "COM"],
            "code_commune_parente": ["", ""],
            "code_departement": ["44", "35"],
            "code_region": ["52", "53"],
            "codes_postaux": ["44000", "35000"],
            "population": pd.array([320_000, 200_000], dtype="Int64"),
            "anciens_codes": ["", ""],
            "cog_millesime": [2026, 2026],
        }
    ),
    "departements": pd.DataFrame(
        {
            "code_departement": ["44", "35"],
            "nom_departement": ["Loire-Atlantique", "Ille-et-Vilaine"],
            "code_region": ["52", "53"],
            "chef_lieu": ["44109", "35238"],
        }
    ),
    "regions": pd.DataFrame(
        {
            "code_region": ["52", "53"],
            "nom_region": ["Pays de la Loire", "Bretagne"],
            "chef_lieu": ["44109", "35238"],
        }
    ),
}


def test_the_research_database_has_sorted_tables_views_and_comments(tmp_path):
    schema = {
        "fields": [f for f in load_schema("evenements")["fields"] if f["name"] in EVENTS.columns],
        "primaryKey": ["identifiant"],
    }
    indicateurs = pd.DataFrame(
        {
            "edition": [2019, 2019],
            "niveau": ["region", "region"],
            "code_territoire": ["53", "52"],
            "nom_territoire": ["Bretagne", "Pays de la Loire"],
            "indicateur": ["evenements", "evenements"],
            "valeur": [1.0, 1.0],
            "unite": ["nombre", "nombre"],
        }
    )
    tables = {
        "evenements": (schema, EVENTS[[f["name"] for f in schema["fields"]]], "Événements."),
        "indicateurs": (load_schema("indicateurs"), indicateurs, "Indicateurs."),
    }
    target = tmp_path / "mois_ess.duckdb"
    counts = write_research_database(
        target, tables, REFERENCE, {"version": "0.1.0", "donnees_synthetiques": True}
    )
    assert counts["evenements"] == 3 and counts["communes"] == 2
    assert not list(tmp_path.glob(".*tmp*"))
    with duckdb.connect(str(target), read_only=True) as con:
        assert [r[0] for r in con.execute("SELECT identifiant FROM evenements").fetchall()] == sorted(
            EVENTS["identifiant"]
        )
        assert (
            con.execute("SELECT count(*) FROM evenements WHERE url IS NULL").fetchone()[0] == 2
        )  # '' -> NULL
        by_commune = con.execute("SELECT * FROM evenements_par_commune").df()
        assert by_commune["code_commune_insee"].tolist() == ["35238", "44109"]
        assert by_commune["evenements_pour_100000_habitants"].tolist() == [0.5, 0.31]
        assert con.execute("SELECT code_region, evenements FROM indicateurs_regions").fetchall() == [
            ("52", 1.0),
            ("53", 1.0),
        ]
        types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                                 "WHERE table_name = 'indicateurs_regions'").fetchall())
        assert types["evenements"] == types["evenements_co_organisation_inconnue"] == "BIGINT"  # counts: integers
        assert types["part_evenements_co_organises"] == "DOUBLE"
        comments = dict(
            con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
        )
        assert set(comments) == set(VIEWS) and all(comments.values())
        column = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'indicateurs' "
            "AND column_name = 'indicateur'"
        ).fetchone()[0]
        assert "multivalués" in column
        assert dict(con.execute("SELECT * FROM metadonnees").fetchall()) == {
            "donnees_synthetiques": "true",
            "version": "0.1.0",
        }


def test_charts_are_byte_identical_and_undated():
    first = editions_chart([2019, 2020], {"Événements": [10, 4]}, highlight=2020)
    assert first == editions_chart([2019, 2020], {"Événements": [10, 4]}, highlight=2020)
    assert first.startswith("<svg") and "<dc:date>" not in first
    assert "Événements" in first  # text stays text
    narrow = shares_chart([2019, 2020], {"Présentiel": [90.0, 30.0], "En ligne": [10.0, 70.0]}, 2020, "t", True)
    assert 'role="img" aria-labelledby="t"' in narrow and 'width="340"' in narrow
    assert "100\u202f%" in narrow and ">2020</text>" in narrow


@pytest.mark.parametrize("top, ticks", [(2059, [0, 500, 1000, 1500, 2000, 2500]), (3, [0, 1, 2, 3]), (0, [0, 1])])
def test_chart_axes_have_round_ticks_covering_the_largest_value(top, ticks):
    assert nice_ticks(top) == ticks


@pytest.mark.parametrize(
    "number, decimals, text",
    [
        (12345.6, 1, "12\u202f345,6"),
        (0, 0, "0"),
        (None, 0, "–"),
        (float("nan"), 2, "–"),
        (pd.NA, 0, "–"),
    ],
)
def test_french_numbers(number, decimals, text):
    assert french_number(number, decimals) == text


def test_french_percent_signs_changes():
    assert french_percent(12.345, 1, signed=True) == "+12,3\u202f%"
    assert french_percent(-5, 1, signed=True) == "−5,0\u202f%"


def test_map_classes_cover_every_positive_value():
    values = pd.Series([0, 1, 2, 3, 5, 8, 13, 21, 34, 0])
    breaks = class_breaks(values)
    assert breaks[-1] >= 34 and len(breaks) <= 5 and breaks == sorted(set(breaks))
    assert class_labels([1.0, 3.0], 1, integer=True) == ["1", "2 à 3"]
    rates = pd.Series([0.04, 0.05, 0.09])
    assert (
        all(b >= 0.04 for b in class_breaks(rates, integer=False))
        and class_breaks(rates, integer=False)[-1] >= 0.09
    )
    assert class_breaks(pd.Series([0, 0])) == []


def test_geojson_with_the_same_bytes_is_not_rewritten(tmp_path):
    target = tmp_path / "evenements.geojson"
    write_geojson(EVENTS, target)
    written = (target.read_bytes(), target.stat().st_mtime_ns)
    write_geojson(EVENTS.iloc[::-1], target)
    assert (target.read_bytes(), target.stat().st_mtime_ns) == written
    write_geojson(EVENTS.assign(titre="Autre"), target)
    assert b'"titre":"Autre"' in target.read_bytes()


def database_tables() -> dict:
    """The research database's two tables on EVENTS and one indicator row: {name: (schema, frame, description)}."""
    schema = {"fields": [f for f in load_schema("evenements")["fields"] if f["name"] in EVENTS.columns],
              "primaryKey": ["identifiant"]}
    indicateurs = pd.DataFrame({"edition": [2019], "niveau": ["region"], "code_territoire": ["53"],
                                "nom_territoire": ["Bretagne"], "indicateur": ["evenements"], "valeur": [1.0],
                                "unite": ["nombre"]})
    return {"evenements": (schema, EVENTS, "Événements."),
            "indicateurs": (load_schema("indicateurs"), indicateurs, "Indicateurs.")}


def test_the_research_database_is_current_only_for_the_same_inputs_and_file(tmp_path):
    tables = database_tables()
    schema = tables["evenements"][0]
    about = {"version": "1.0.0"}
    target, memo = tmp_path / "mois_ess.duckdb", tmp_path / "memo" / "research_database.json"
    inputs = database_inputs(tables, REFERENCE, about)
    assert written_from(target, inputs, memo) is None
    write_research_database(target, tables, REFERENCE, about)
    remember_written(target, inputs, memo, tables=2)
    assert written_from(target, inputs, memo)["tables"] == 2
    assert database_inputs(tables, REFERENCE, dict(about)) == inputs  # a digest of content, not of objects
    changed = EVENTS.copy()
    changed.loc[1, "titre"] = "Atelier !"
    for other in (database_inputs({**tables, "evenements": (schema, changed, "Événements.")}, REFERENCE, about),
                  database_inputs({**tables, "evenements": (schema, EVENTS, "Autre.")}, REFERENCE, about),
                  database_inputs(tables, {**REFERENCE, "regions": REFERENCE["regions"].iloc[:1]}, about),
                  database_inputs(tables, REFERENCE, {"version": "1.0.1"})):
        assert other != inputs and written_from(target, other, memo) is None
    target.write_bytes(target.read_bytes() + b"\0")  # altered by hand: rebuilt
    assert written_from(target, inputs, memo) is None


def test_a_database_built_from_parquet_rows_holds_what_the_frames_give(tmp_path):
    # The asset loads each published table as pyarrow reads its Parquet copy; the reference path loads the frame
    # pandas reads from it. Missing integers, booleans, numbers and texts, non-ASCII and quoted text.
    import pyarrow.parquet as pq

    from assets.lib.publish import write_parquet
    from assets.lib.schema import typed_frame

    frame = pd.DataFrame({"edition": [2019, 2019, 2020], "niveau": ["region", "france", "region"],
                          "code_territoire": ["53", "FR", "52"], "nom_territoire": ['Bre"tagne, é😀', "", "Pays"],
                          "indicateur": ["evenements", "part", "evenements"], "valeur": [1.0, 0.1 + 0.2, -0.0],
                          "unite": ["nombre", "pourcentage", "nombre"]})
    path = tmp_path / "indicateurs.parquet"
    write_parquet(typed_frame(frame, "indicateurs"), path)
    events = EVENTS.assign(edition=pd.array([2019, None, 2020], dtype="Int64"))
    events_schema = {"fields": [f for f in load_schema("evenements")["fields"] if f["name"] in EVENTS.columns],
                     "primaryKey": ["identifiant"]}
    write_parquet(events, tmp_path / "evenements.parquet")
    content = {}
    for how, read in (("arrow", pq.read_table), ("pandas", pd.read_parquet), ("duckdb", lambda path: path)):
        tables = {"indicateurs": (load_schema("indicateurs"), read(path), "Indicateurs."),
                  "evenements": (events_schema, read(tmp_path / "evenements.parquet"), "Événements.")}
        target = tmp_path / f"{how}.duckdb"
        counts = write_research_database(target, tables, REFERENCE, {"version": "1.0.0"})
        assert (counts["indicateurs"], counts["evenements"]) == (3, 3)
        with duckdb.connect(str(target), read_only=True) as con:
            content[how] = {name: con.execute(f"SELECT * FROM {name}").fetchall() for name in tables} | {
                "types": con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() "
                                     "ORDER BY ALL").fetchall()}
    assert content["arrow"] == content["pandas"] == content["duckdb"]  # the Parquet file read by DuckDB itself
    assert (None, ) in [(row[1],) for row in content["arrow"]["evenements"]]  # the missing edition stays NULL


def test_a_table_given_as_its_parquet_file_counts_by_its_bytes(tmp_path):
    schema = load_schema("indicateurs")
    path = tmp_path / "t.parquet"
    path.write_bytes(b"one")
    first = database_inputs({"t": (schema, path, "T.")}, REFERENCE, {})
    assert database_inputs({"t": (schema, path, "T.")}, REFERENCE, {}) == first
    path.write_bytes(b"two")
    assert database_inputs({"t": (schema, path, "T.")}, REFERENCE, {}) != first


def test_geojson_pieces_kept_per_edition_write_the_file_built_from_scratch(tmp_path):
    events = pd.concat([EVENTS, EVENTS.assign(edition=2020)], ignore_index=True)
    read = []

    def written(frame: pd.DataFrame, name: str) -> tuple:
        def rows_of(years: list[int]) -> pd.DataFrame:
            read.append(sorted(years))
            return frame[frame["edition"].isin(years)]

        table = pa.Table.from_pandas(frame, preserve_index=False)
        pieces = geojson_pieces(edition_digests(table), rows_of, tmp_path / "memo")
        outcome = write_geojson_scanned(None, tmp_path / f"{name}.geojson", pieces)
        assert outcome == write_geojson_scanned(frame, tmp_path / f"{name}-whole.geojson")
        assert (tmp_path / f"{name}.geojson").read_bytes() == (tmp_path / f"{name}-whole.geojson").read_bytes()
        return outcome

    assert written(events, "a")[0] == 4 and read == [[2019, 2020]]  # nothing kept: every edition built
    built = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "memo").iterdir()}
    changed = events.assign(titre=events["titre"].where(events["edition"] == 2019, "Autre titre"))
    assert not written(changed, "b")[2]  # 2019 taken from the memo, 2020 built again
    assert read[-1] == [2020]
    assert {p.name for p in (tmp_path / "memo").iterdir()
            if p.stat().st_mtime_ns != built[p.name]} == {"2020.pickle"}
    # An edition kept from the memo keeps its verdict: the file stays unsafe while 2019 holds a contact.
    unsafe = changed.assign(titre=changed["titre"].where(changed["edition"] == 2020, "Écrire à jean@gmail.com"))
    assert written(unsafe, "c")[2] and read[-1] == [2019]
    assert written(unsafe.assign(url=""), "d")[2] and read[-1] == [2019, 2020]
    assert written(unsafe.assign(url="", edition=unsafe["edition"].where(unsafe["edition"] == 2019, 2021)),
                   "e")[2] and read[-1] == [2021]
    assert not written(changed, "f")[2]


def test_editions_built_together_are_each_the_piece_built_alone(tmp_path):
    events = pd.concat([EVENTS, EVENTS.assign(edition=2021, identifiant=EVENTS["identifiant"] + "x")],
                       ignore_index=True)
    events.loc[events["edition"] == 2019, "titre"] = "Écrire à jean@gmail.com"
    table = pa.Table.from_pandas(events, preserve_index=False)
    pieces = geojson_pieces(edition_digests(table), lambda years: events[events["edition"].isin(years)],
                            tmp_path / "memo")
    for year, piece in zip([2019, 2020, 2021], pieces, strict=True):
        alone = events[events["edition"] == year]
        assert piece.lines == ",\n".join(geojson_lines(alone)).encode("utf-8")
        assert piece.features == len(geojson_lines(alone))
        assert piece.unsafe == write_geojson_scanned(alone, tmp_path / f"{year}.geojson")[2]
    assert [piece.unsafe for piece in pieces] == [True, False, False]  # the contact is 2019's alone


def test_the_former_names_the_coder_reads_are_a_table_sorted_by_code_and_name(tmp_path):
    former = pd.DataFrame({"code_commune_ancienne": ["44160", "44003", "44003"],
                           "nom_commune_ancienne": ["Saint-Géréon", "Ancenis", "Ancenis-Ville"],
                           "code_commune_insee": ["44003", "44003", "44003"], "code_departement": ["44", "44", "44"]})
    target = tmp_path / "db.duckdb"
    counts = write_research_database(target, database_tables(), {**REFERENCE, "communes_anciennes": former}, {})
    assert counts["communes_anciennes"] == 3
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("SELECT code_commune_ancienne, nom_commune_ancienne FROM communes_anciennes").fetchall() == [
            ("44003", "Ancenis"), ("44003", "Ancenis-Ville"), ("44160", "Saint-Géréon")]
        (comment,), = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'communes_anciennes'"
                                  ).fetchall()
    assert "ancienne_commune" in comment
    # and a reference built before the former names: the database without that table
    before = write_research_database(tmp_path / "old.duckdb", database_tables(), REFERENCE, {})
    assert "communes_anciennes" not in before


def test_reference_tables_read_as_arrow_give_the_database_of_their_frames(tmp_path):
    # The asset reads the COG tables of the warehouse as Arrow tables; the frames of the same rows are the reference.
    from assets.lib.warehouse import frame_of

    with duckdb.connect() as con:
        con.execute("CREATE TABLE cog_communes (code_commune_insee VARCHAR, nom_commune VARCHAR, type_commune VARCHAR, "
                    "code_commune_parente VARCHAR, code_departement VARCHAR, code_region VARCHAR, codes_postaux "
                    "VARCHAR, population BIGINT, anciens_codes VARCHAR, cog_millesime SMALLINT)")
        con.execute("INSERT INTO cog_communes VALUES ('44109', 'Nantes', 'COM', NULL, '44', '52', '44000', 320000, '', "
                    "2026), ('35238', 'Rennes', 'COM', '', '35', '53', '35000|35200', NULL, '35001', 2026)")
        for name in ("departements", "regions"):
            con.register("_frame", REFERENCE[name])
            con.execute(f"CREATE TABLE cog_{name} AS SELECT * FROM _frame")
            con.unregister("_frame")
        frames = {name: frame_of(con, con.sql(f"SELECT * FROM cog_{name}")) for name in REFERENCE}
        arrow = {name: con.sql(f"SELECT * FROM cog_{name}").to_arrow_table() for name in REFERENCE}
        con.execute("UPDATE cog_communes SET population = 320001 WHERE code_commune_insee = '44109'")
        changed = {**arrow, "communes": con.sql("SELECT * FROM cog_communes").to_arrow_table()}
        retyped = {**arrow, "communes": con.sql("SELECT * REPLACE (cog_millesime::DOUBLE AS cog_millesime) "
                                                "FROM cog_communes").to_arrow_table()}
    tables = database_tables()
    content = {}
    for how, reference in (("frames", frames), ("arrow", arrow)):
        target = tmp_path / f"{how}.duckdb"
        counts = write_research_database(target, tables, reference, {"version": "1.0.0"})
        assert counts == {"evenements": 3, "indicateurs": 1, "communes": 2, "departements": 2, "regions": 2}
        with duckdb.connect(str(target), read_only=True) as con:
            content[how] = {name: con.execute(f"SELECT * FROM {name}").fetchall() for name in REFERENCE} | {
                "types": con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() "
                                     "ORDER BY ALL").fetchall()}
    assert content["arrow"] == content["frames"]
    assert ("communes", "population", "BIGINT") in content["arrow"]["types"]
    inputs = database_inputs({}, arrow, {})
    assert database_inputs({}, dict(arrow), {}) == inputs
    assert inputs not in (database_inputs({}, changed, {}), database_inputs({}, retyped, {}))


def _with_slot_under_null(values: list[int | None], under: int) -> pa.Array:
    """An int64 array of `values` whose slots under the nulls hold `under`: Arrow leaves those bytes undefined, and
    DuckDB gives other ones from one read of the same table to the next."""
    valid = pa.array([value is not None for value in values]).buffers()[1]
    data = pa.array([under if value is None else value for value in values], pa.int64()).buffers()[1]
    return pa.Array.from_buffers(pa.int64(), len(values), [valid, data], null_count=values.count(None))


def test_the_database_inputs_stand_for_the_reference_rows_not_the_bytes_under_their_nulls():
    # A rerun with no change read cog_communes' population with other bytes under its nulls, and rewrote the database.
    def reference(population: pa.Array) -> dict[str, pa.Table]:
        communes = pa.table({"code_commune_insee": ["44109", "35238", "29019"], "population": population,
                             "nom_commune": pa.array(["Nantes", None, "Brest"])})
        return {"communes": communes, **{name: pa.Table.from_pandas(REFERENCE[name], preserve_index=False)
                                         for name in ("departements", "regions")}}

    first, again = _with_slot_under_null([320000, None, 140000], 0), _with_slot_under_null([320000, None, 140000], 5)
    assert first.equals(again) and first.buffers()[1] != again.buffers()[1]
    inputs = database_inputs({}, reference(first), {})
    assert database_inputs({}, reference(again), {}) == inputs
    # What the rows say still counts: a null is not a zero, nor another value.
    for other in ([320000, 0, 140000], [320000, None, 140001], [320000, 5, 140000]):
        assert database_inputs({}, reference(pa.array(other, pa.int64())), {}) != inputs


def test_the_database_write_removes_the_staging_files_of_a_killed_one(tmp_path):
    from tests.lib.test_publish import dead_pid

    target, dead = tmp_path / "mois_ess.duckdb", dead_pid()
    leftovers = [tmp_path / f".mois_ess.duckdb.tmp-{dead}", tmp_path / f".mois_ess.duckdb.tmp-{dead}.wal"]
    live = [tmp_path / f".mois_ess.duckdb.tmp-{os.getppid()}", tmp_path / f".autre.duckdb.tmp-{dead}"]
    for path in leftovers + live:
        path.write_bytes(b"partial")
    write_research_database(target, database_tables(), REFERENCE, {"version": "1.0.0"})
    assert not any(path.exists() for path in leftovers) and all(path.read_bytes() == b"partial" for path in live)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, *(p.name for p in live)])
