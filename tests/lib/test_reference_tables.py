"""The reference as the reference assets materialise it in the warehouse: the coders built from those tables are
the coders built from the vendored files, and they follow the tables, not the files."""

import dataclasses
import multiprocessing
import os

import dagster as dg
import duckdb
import pandas as pd
import pytest

from assets import reference
from assets.lib import reference_tables
from assets.lib.dedup import CommuneIndex
from assets.lib.geocode import Geocoder
from assets.lib.maps import DEPARTEMENT_CONTOURS_TABLE
from assets.lib.reference import REFERENCE_DIR
from assets.lib.reference_tables import (
    COG_TABLES,
    CONTOURS_TABLE,
    COVERED_COLUMN,
    INDEX_TABLES,
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
    reference.cog_communes_anciennes,
    reference.cog_epci,
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


def assert_same_coder(actual: Geocoder, expected: Geocoder) -> None:
    """Every table and every contour of `actual` equals those of `expected`."""
    for field in dataclasses.fields(expected.tables):
        wanted, got = getattr(expected.tables, field.name), getattr(actual.tables, field.name)
        if isinstance(wanted, pd.DataFrame):
            pd.testing.assert_frame_equal(got, wanted)
        else:
            assert got == wanted, field.name
    for kind in ("com_geometry", "arm_geometry"):
        wanted, got = getattr(expected.points, kind), getattr(actual.points, kind)
        assert got.index.tolist() == wanted.index.tolist()
        assert got.geom_equals_exact(wanted, tolerance=0).all(), kind


def test_every_table_of_the_coder_equals_the_one_built_from_the_files(warehouse, from_files):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        coder = warehouse_geocoder(con)
    assert_same_coder(coder, from_files)
    assert coder.tables.shared_polygons == {"15141": {"15031", "15035", "15047", "15171"}}


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
    assert (index.parent, index.by_postal, index.by_name, index.departement, index.territories,
            index.territory_names) == (files.parent, files.by_postal, files.by_name, files.departement,
                                       files.territories, files.territory_names)
    assert len(index.territory_names.by_code) == 101 and len(index.territory_names.regions) == 18


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
    assert readers == {*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE, DEPARTEMENT_CONTOURS_TABLE}
    # The coders are built from the warehouse tables, in the reference stage, not from the files.
    assert reference_group == readers | {"commune_coders"}
    deps = {key.to_user_string(): {p.to_user_string() for p in graph.get(key).parent_keys} for key in keys}
    assert {*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE} == deps["commune_coders"]
    assert {*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE, "commune_coders"} <= deps["events_geo"]
    assert {"cog_communes", "cog_departements", "cog_regions", "commune_coders"} <= deps["events_unique"]
    assert {DEPARTEMENT_CONTOURS_TABLE, OVERSEAS_TABLE} <= deps["edition_report"]
    assert "cog_departements" in deps["raw_events"]  # the names of a spreadsheet's sheets


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


# Places of every kind the coder decides on: text with typos, abbreviations, a former commune, a DROM, Corsica, an
# arrondissement, a postal code alone, points (swapped, at sea, on an island of a collectivity), online, abroad.
HOSTILE_PLACES = pd.DataFrame(
    [
        ("12 rue de la République", "69001", "Lyon", None, None, "", "", ""),
        ("", "75011", "PARIS 11E", None, None, "", "", ""),
        ("", "13001", "Marseile", None, None, "", "", ""),
        ("", "42000", "St-Etienne", None, None, "", "", ""),
        ("", "97400", "Saint Denis", None, None, "", "", ""),
        ("", "20000", "Ajaccio", None, None, "", "", ""),
        ("", "74940", "Annecy-le-Vieux", None, None, "", "", ""),
        ("", "35000", "", None, None, "", "", ""),
        ("", "", "", "48.8566", "2.3522", "", "", ""),
        ("", "", "", "2.3522", "48.8566", "", "", ""),
        ("", "", "", "17.8960", "-62.8499", "", "", ""),
        ("", "", "", "46.0", "-8.0", "", "", ""),
        ("Visio", "", "En ligne", None, None, "", "", "en_ligne"),
        ("", "1000", "Bruxelles", None, None, "", "BE", ""),
        ("", "29200", "Brest", None, None, "29019", "", ""),
        ("", "", "", None, None, "", "", ""),
    ],
    columns=["adresse", "code_postal", "commune", "latitude", "longitude", "code_insee_source", "code_pays",
             "modalite"],
)


def _memo_written(memo):
    for child in multiprocessing.active_children():  # the forked writer
        child.join()
    return memo.is_file()


def test_a_coder_kept_between_runs_codes_as_the_one_built(warehouse, tmp_path):
    """What a new process loads is the coder this one built: same tables, same contours, same codes."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        built, index = warehouse_geocoder(con), warehouse_commune_index(con)
        assert reference_tables._memo_file(con, "geocoder") == warehouse.parent / "cache" / "geocoder.pickle"
    loaded, kept_index = [], []
    for coder, out in ((built, loaded), (index, kept_index)):
        key = ("coder", type(coder).__name__, reference_tables._builder_version())
        reference_tables._write_memo(tmp_path / "coder.pickle", key, coder)
        out.append(reference_tables._load_memo(tmp_path / "coder.pickle", key))
    (loaded,), (kept_index,) = loaded, kept_index
    assert isinstance(loaded, Geocoder) and loaded is not built
    assert_same_coder(loaded, built)
    coded = built.code(HOSTILE_PLACES)
    assert coded["code_commune_insee"].notna().sum() >= 9  # the places above are mostly codable
    pd.testing.assert_frame_equal(loaded.code(HOSTILE_PLACES), coded)
    assert isinstance(kept_index, CommuneIndex)
    assert (kept_index.parent, kept_index.by_postal, kept_index.by_name) == (index.parent, index.by_postal,
                                                                           index.by_name)


NAME_LOOKUPS = ("_name_beginnings", "_name_heads", "_collectivity_names")


def test_the_name_lookups_are_built_with_the_coder_and_kept_in_its_memo(warehouse, tmp_path):
    """The lookups over every commune's name are built once with the coder: a process forked from it, or loading its
    memo, codes without building them again."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        built = warehouse_geocoder(con)
    key = ("coder", "Geocoder", reference_tables._builder_version())
    reference_tables._write_memo(tmp_path / "coder.pickle", key, built)
    loaded = reference_tables._load_memo(tmp_path / "coder.pickle", key)
    for coder in (built, loaded):
        assert all(name in vars(coder) for name in NAME_LOOKUPS) and "length" in coder._cache
    assert loaded._name_heads == built._name_heads and loaded._name_beginnings == built._name_beginnings


def test_a_memo_serves_only_the_content_code_and_libraries_it_was_made_for(tmp_path, monkeypatch):
    monkeypatch.setattr(reference_tables, "_BUILT", {})
    monkeypatch.setattr(reference_tables, "_KEEPING", set())
    memo = tmp_path / "cache" / "coder.pickle"
    builds = []

    def build():
        builds.append(1)
        return {"coder": len(builds)}

    def coder(digest="content"):
        reference_tables._BUILT.clear()  # a new process
        reference_tables._KEEPING.clear()
        return reference_tables._cached("coder", digest, build, memo)

    assert coder() == {"coder": 1} and _memo_written(memo)
    assert coder() == {"coder": 1} and len(builds) == 1  # loaded, not built
    key = ("coder", "content", reference_tables._builder_version())
    reference_tables._write_memo(memo, key, "kept")
    assert coder() == "kept"
    for stale in [("coder", "content", "another version of the code"), ("coder", "other content", key[2])]:
        reference_tables._write_memo(memo, stale, "stale")
        assert coder() == {"coder": len(builds)} != "stale"
        assert _memo_written(memo) and reference_tables._load_memo(memo, key) == {"coder": len(builds)}  # kept anew
    assert coder("other content") == {"coder": len(builds)} and _memo_written(memo)  # another coder
    for broken in [memo.read_bytes()[:20], b"", b"not a pickle"]:
        memo.write_bytes(broken)  # the writer of the previous call has finished: it cannot put a good memo back
        assert coder() == {"coder": len(builds)} and _memo_written(memo)
    assert len(builds) == 7


def test_a_coder_built_for_one_warehouse_is_kept_beside_another_one_too(tmp_path, monkeypatch):
    """The same process serving two warehouse folders (tests, a long-lived Dagster process) builds once and
    leaves the memo in both, each written once."""
    monkeypatch.setattr(reference_tables, "_BUILT", {})
    monkeypatch.setattr(reference_tables, "_KEEPING", set())
    builds, first, second = [], tmp_path / "a" / "coder.pickle", tmp_path / "b" / "coder.pickle"

    def build():
        builds.append(1)
        return "built"

    key = ("coder", "content", reference_tables._builder_version())
    for memo in (first, second, second):
        assert reference_tables._cached("coder", "content", build, memo) == "built"
        assert _memo_written(memo) and reference_tables._load_memo(memo, key) == "built"
    assert len(builds) == 1 and reference_tables._KEEPING == {(first, key), (second, key)}
    second.unlink()  # a writer of this process already kept it: not started again while it may be at work
    reference_tables._cached("coder", "content", build, second)
    assert not _memo_written(second)


def test_a_memo_that_cannot_be_written_leaves_the_coder_built(tmp_path, monkeypatch):
    monkeypatch.setattr(reference_tables, "_BUILT", {})
    monkeypatch.setattr(reference_tables, "_KEEPING", set())
    (tmp_path / "cache").write_text("a file where the memo folder should be")
    assert reference_tables._cached("coder", "content", lambda: "built", tmp_path / "cache" / "coder.pickle") == "built"
    reference_tables._write_memo(tmp_path / "cache" / "coder.pickle", ("coder", "content", ""), "built")
    assert not list(tmp_path.glob("**/.coder.pickle.tmp-*"))


def test_the_reference_stage_builds_the_coders_and_keeps_them_for_the_edition_runs(warehouse, tmp_path):
    """commune_coders, run after the reference tables, leaves both memos beside the warehouse: an edition run in a
    new process loads them (the same coders) instead of building them."""
    data_dir = tmp_path / "data"
    (data_dir / "warehouse").mkdir(parents=True)
    (data_dir / "warehouse" / "pipeline.duckdb").write_bytes(warehouse.read_bytes())  # the reference tables alone
    resources = build_resources(data_dir, reference_dir=REFERENCE_DIR)
    result = dg.materialize([reference.commune_coders], resources=resources)
    assert result.success
    (materialization,) = result.asset_materializations_for_node("commune_coders")
    cache = data_dir / "warehouse" / "cache"
    memos = {kind: cache / f"{kind}.pickle" for kind in ("geocoder", "commune_index")}
    assert {name: value.path for name, value in materialization.metadata.items()} == {
        f"memo_{kind}": str(memo) for kind, memo in memos.items()}
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        built = {"geocoder": warehouse_geocoder(con), "commune_index": warehouse_commune_index(con)}
        digests = {"geocoder": content_digest(con, (*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE)),
                   "commune_index": content_digest(con, INDEX_TABLES)}
    loaded = {}
    for kind, memo in memos.items():
        assert _memo_written(memo)
        loaded[kind] = reference_tables._load_memo(memo, (kind, digests[kind], reference_tables._builder_version()))
        assert type(loaded[kind]) is type(built[kind]) and loaded[kind] is not built[kind]
    assert_same_coder(loaded["geocoder"], built["geocoder"])


def test_a_database_in_memory_keeps_no_memo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with duckdb.connect() as con:
        assert reference_tables._memo_file(con, "geocoder") is None


def _index_builds(tmp_path, monkeypatch, fail_in_fork: bool = False) -> list[int]:
    """The processes (pids) that built a commune index during warehouse_coders() on a copy of the reference
    warehouse in a new process's state; each index given equals the one built from the files."""
    monkeypatch.setattr(reference_tables, "_BUILT", {})
    monkeypatch.setattr(reference_tables, "_KEEPING", set())
    builders, parent = tmp_path / "builders.txt", os.getpid()
    build = CommuneIndex.from_communes.__func__

    def from_communes(cls, table, former=None, epci=None):
        with builders.open("a") as file:
            file.write(f"{os.getpid()}\n")
        if fail_in_fork and os.getpid() != parent:
            raise MemoryError("the forked build dies")
        return build(cls, table, former, epci)

    monkeypatch.setattr(CommuneIndex, "from_communes", classmethod(from_communes))
    return builders


@pytest.fixture
def warehouse_copy(warehouse, tmp_path):
    (tmp_path / "warehouse").mkdir()
    copy = tmp_path / "warehouse" / "pipeline.duckdb"
    copy.write_bytes(warehouse.read_bytes())
    return copy


@pytest.mark.parametrize("workers, fail_in_fork", [("2", False), ("1", False), ("2", True)])
def test_the_commune_index_is_built_by_a_second_process_while_this_one_builds_the_coder(
        warehouse_copy, tmp_path, monkeypatch, workers, fail_in_fork):
    """With two workers allowed, a forked process builds the dedup's index into its memo while this one builds the
    commune coder, and this process loads it from there; with one, or when the forked build fails, it is built
    here. The index is the same either way."""
    monkeypatch.setenv("MOIS_ESS_WORKERS", workers)
    builders = _index_builds(tmp_path, monkeypatch, fail_in_fork)
    with duckdb.connect(str(warehouse_copy)) as con:
        memos = reference_tables.warehouse_coders(con)
        index = warehouse_commune_index(con)
        key = ("commune_index", content_digest(con, INDEX_TABLES), reference_tables._builder_version())
    for child in multiprocessing.active_children():  # a memo writer still at work
        child.join()
    pids = [int(pid) for pid in builders.read_text().split()]
    expected = {"2": [pids[0]], "1": [os.getpid()]}[workers] if not fail_in_fork else [pids[0], os.getpid()]
    assert pids == expected and (pids[0] != os.getpid()) == (workers == "2")
    files = CommuneIndex.from_reference(REFERENCE_DIR)
    assert (index.parent, index.by_postal, index.by_name, index.departement, index.territories,
            index.territory_names) == (files.parent, files.by_postal, files.by_name, files.departement,
                                       files.territories, files.territory_names)
    assert len(index.territory_names.by_code) == 101 and len(index.territory_names.regions) == 18
    kept = reference_tables._load_memo(memos["commune_index"], key)
    assert (kept.parent, kept.by_postal, kept.by_name, kept.territories) == (
        files.parent, files.by_postal, files.by_name, files.territories)


RUN_WITHOUT_REFERENCE_FILES = """
import sys
from pathlib import Path

from assets.lib import geocode, reference

# The vendored files are out of reach but through the reference resource's folder, given below.
reference.REFERENCE_DIR = geocode.REFERENCE_DIR = Path(sys.argv[2])
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources

materialize_all(build_resources(Path(sys.argv[1]), reference_dir=REPO_ROOT / "data" / "reference"), [2019])
"""


def test_a_run_reads_no_reference_file_outside_the_reference_group(tmp_path):
    """The spreadsheet reader named an agenda's sheets by the départements of the vendored files, and the merging its
    organisers' territories: both read data/reference/ inside raw_events and events_unique, behind the graph's back
    (a reference folder configured elsewhere was never theirs). Run in a new process, whose caches are empty, with the
    vendored folder out of reach: the run succeeds and the agenda kept one sheet per département is read whole."""
    import csv
    import io
    import subprocess
    import sys

    import openpyxl

    from pipelines.definitions import REPO_ROOT
    from tests.conftest import FIXTURES, drop_platform_export

    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    sample = next((FIXTURES / "editions" / "raw" / "cress-paca-tableur" / "2019").glob("*/*.csv"))
    header, *events = list(csv.reader(io.StringIO(sample.read_text(encoding="cp1252")), delimiter=";"))
    split = openpyxl.Workbook()
    split.remove(split.active)
    for name, part in (("Bouches-du-Rhône", events[::2]), ("83 - Var", events[1::2])):
        sheet = split.create_sheet(name)
        for row in (header, *part):
            sheet.append(row)
    folder = tmp_path / "raw" / "cress-paca-tableur" / "2019" / "20191206T090000Z"
    folder.mkdir(parents=True)
    split.save(folder / "agenda.xlsx")

    run = subprocess.run([sys.executable, "-c", RUN_WITHOUT_REFERENCE_FILES, str(tmp_path), str(tmp_path / "ailleurs")],
                         cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        read = con.execute("SELECT count(*) FROM raw_events WHERE source = 'cress-paca-tableur'").fetchone()[0]
        unread = con.execute("SELECT count(*) FROM raw_problems WHERE reason LIKE '%non lue%'").fetchone()[0]
        published = con.execute("SELECT count(*) FROM events_unique").fetchone()[0]
    assert read == len(events) > 2 and unread == 0 and published > 0
