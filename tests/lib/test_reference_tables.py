"""The reference as the reference assets materialise it in the warehouse: the coders built from those tables are
the coders built from the vendored files, and they follow the tables, not the files."""

import dataclasses

import dagster as dg
import duckdb
import pandas as pd
import pytest

from assets import reference
from assets.lib.dedup import CommuneIndex
from assets.lib.geocode import Geocoder
from assets.lib.maps import DEPARTEMENT_CONTOURS_TABLE
from assets.lib.reference import REFERENCE_DIR
from assets.lib.reference_tables import (
    COG_TABLES,
    CONTOURS_TABLE,
    COVERED_COLUMN,
    ISLANDS_TABLE,
    OVERSEAS_TABLE,
    ReferenceTablesMissing,
    content_digest,
    read_contours,
    warehouse_commune_index,
    warehouse_geocoder,
)
from pipelines.definitions import build_resources, defs

REFERENCE_ASSETS = [
    reference.cog_communes,
    reference.cog_departements,
    reference.cog_regions,
    reference.cog_collectivites_outre_mer,
    reference.commune_contours,
    reference.contours_collectivites_outre_mer,
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """A warehouse holding only what the reference assets materialised."""
    data_dir = tmp_path_factory.mktemp("reference")
    result = dg.materialize(REFERENCE_ASSETS, resources=build_resources(data_dir, reference_dir=REFERENCE_DIR))
    assert result.success
    return data_dir / "warehouse" / "pipeline.duckdb"


@pytest.fixture(scope="module")
def from_files():
    return Geocoder.from_reference(REFERENCE_DIR)


def test_every_table_of_the_coder_equals_the_one_built_from_the_files(warehouse, from_files):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        coder = warehouse_geocoder(con)
    for field in dataclasses.fields(from_files.tables):
        expected, actual = getattr(from_files.tables, field.name), getattr(coder.tables, field.name)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(actual, expected)
        else:
            assert actual == expected, field.name
    assert coder.tables.shared_polygons == {"15141": {"15031", "15035", "15047", "15171"}}
    for kind in ("com_geometry", "arm_geometry"):
        expected, actual = getattr(from_files.points, kind), getattr(coder.points, kind)
        assert actual.index.tolist() == expected.index.tolist()
        assert actual.geom_equals_exact(expected, tolerance=0).all(), kind


def test_the_overseas_collectivities_are_a_reference_table(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        query = "SELECT DISTINCT code_collectivite FROM cog_collectivites_outre_mer"
        codes = {r[0] for r in con.execute(query).fetchall()}
        coder = warehouse_geocoder(con)
    assert codes == {"975", "977", "978", "984", "986", "987", "988", "989"}
    assert coder.places.loc["97701", "departement"] == "Saint-Barthélemy"


def test_the_dedup_index_equals_the_one_built_from_the_files(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        index = warehouse_commune_index(con)
    files = CommuneIndex.from_reference(REFERENCE_DIR)
    assert (index.parent, index.by_postal, index.by_name) == (files.parent, files.by_postal, files.by_name)


def test_the_contours_table_reads_back_as_the_vendored_contours(warehouse):
    from assets.lib.reference import load_commune_contours

    with duckdb.connect(str(warehouse), read_only=True) as con:
        contours = read_contours(con)
    files = load_commune_contours(REFERENCE_DIR)
    assert contours[COVERED_COLUMN].ne("").sum() == 1
    assert contours.drop(columns=COVERED_COLUMN).columns.tolist() == files.columns.tolist()
    assert contours.geometry.isna().tolist() == files.geometry.isna().tolist()
    present = files.geometry.notna()
    assert contours.geometry[present].geom_equals_exact(files.geometry[present], tolerance=0).all()


def test_a_coder_follows_the_tables_it_was_built_from(warehouse, tmp_path):
    """The coders are kept per process by content: a changed table gives a new coder, the same content the
    same one."""
    copy = tmp_path / "pipeline.duckdb"
    copy.write_bytes(warehouse.read_bytes())
    with duckdb.connect(str(copy)) as con:
        before = warehouse_geocoder(con)
        digest = content_digest(con, (*COG_TABLES, CONTOURS_TABLE))
        assert warehouse_geocoder(con) is before
        con.execute("UPDATE cog_communes SET nom_commune = 'Lugdunum' WHERE code_commune_insee = '69123' "
                    "AND type_commune = 'COM'")
        assert content_digest(con, (*COG_TABLES, CONTOURS_TABLE)) != digest
        after = warehouse_geocoder(con)
        index = warehouse_commune_index(con)
    assert after is not before
    assert after.places.loc["69123", "nom_commune"] == "Lugdunum"
    assert before.places.loc["69123", "nom_commune"] == "Lyon"
    assert index.by_name.get("lugdunum") == frozenset({"69123"})


def test_only_the_reference_assets_read_the_reference_files():
    """The others read the warehouse tables of the reference assets, which they declare (the files are only
    reachable through the `reference` resource)."""
    graph = defs.resolve_asset_graph()
    keys = graph.get_all_asset_keys()
    readers = {key.to_user_string() for key in keys if "reference" in graph.get(key).assets_def.required_resource_keys}
    reference_group = {key.to_user_string() for key in keys if graph.get(key).group_name == "reference"}
    assert readers == reference_group == {*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE, DEPARTEMENT_CONTOURS_TABLE}
    deps = {key.to_user_string(): {p.to_user_string() for p in graph.get(key).parent_keys} for key in keys}
    assert {*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE} <= deps["events_geo"]
    assert "cog_communes" in deps["events_unique"]
    assert {DEPARTEMENT_CONTOURS_TABLE, OVERSEAS_TABLE} <= deps["edition_report"]



def test_a_digest_leaves_no_result_open_on_the_connection(tmp_path):
    """DuckDB refuses a register() while a result is unfinished: checking and digesting tables must not leave one."""
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute("CREATE TABLE cog_regions AS SELECT * FROM range(3) AS t(x)")
        assert content_digest(con, ("cog_regions",)).startswith("cog_regions:3:")
        con.register("frame", pd.DataFrame({"a": [1]}))
        assert con.execute("SELECT a FROM frame").fetchall() == [(1,)]

def test_a_warehouse_without_the_reference_tables_is_a_clear_error(tmp_path):
    with duckdb.connect(str(tmp_path / "empty.duckdb")) as con:
        con.execute("CREATE TABLE cog_communes AS SELECT 1 AS x")
        with pytest.raises(ReferenceTablesMissing, match="cog_departements.*materialise the reference group"):
            warehouse_geocoder(con)
