"""Whatever the build path, the same release: every asset materialised alone (in several orders Dagster
allows) keeps the counts reconciled and the published files unchanged, and rebuilding one edition after a
full build gives the full build's bytes. Built on every source kind of 2019 plus a smaller 2020."""

import hashlib
import random
import shutil

import dagster as dg
import duckdb
import pandas as pd
import pytest

from assets.geo import RECORDS_FOLDER as GEO_RECORDS
from assets.geo import STATE_FILE as GEO_STATE
from assets.geo import events_geo
from assets.lib import maps
from assets.lib.counts import record_counts
from assets.normalize import UNIQUE_STATE_FILE as UNIQUE_STATE
from assets.normalize import events_unique
from assets.publish import published_release
from assets.report import edition_report
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, all_assets, all_checks, build_resources
from tests.assets.editions import drop_edition_copy
from tests.builds import shared_build
from tests.conftest import FIXTURES

EDITIONS_RAW = FIXTURES / "editions" / "raw"
YEARS = [2019, 2020]


def drop_sources(data_dir):
    """Every source of the 2019 fixture, the platform again as 2020, and laureates in both editions: the
    laureates of 2019 then sit before those of 2020 in the warehouse only after a full build."""
    for source in EDITIONS_RAW.iterdir():
        if (source / "2019").is_dir():
            shutil.copytree(source / "2019", data_dir / "raw" / source.name / "2019")
    drop_edition_copy(data_dir, 2020)
    laureates = next((EDITIONS_RAW / "prix-ess" / "2019").glob("*/laureats.csv")).read_text(encoding="utf-8")
    target = data_dir / "raw" / "prix-ess" / "2020" / "20201215T000000Z"
    target.mkdir(parents=True)
    (target / "laureats.csv").write_text(laureates.replace("\n2019;", "\n2020;"), encoding="utf-8")


def published_files(data_dir) -> dict[str, str]:
    """sha256 of every published file, and the content of the researchers' database (DuckDB writes a
    random salt in its header, so its bytes differ from one write to the next)."""
    root = data_dir / "published"
    files = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(root.rglob("*")) if p.is_file() and p.suffix != ".duckdb"}
    with duckdb.connect(str(root / "mois_ess.duckdb"), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        files |= {f"mois_ess.duckdb:{name}": con.execute(f"SELECT * FROM {name}").fetchall() for name in names}
    return files


def gaps(data_dir) -> list[dict]:
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        counts = record_counts(con)
    return counts[counts["ecart"] != 0].to_dict("records")


@pytest.fixture(scope="module")
def full_build(tmp_path_factory):
    """A fresh full build of both editions, and its published files (the tests only copy it)."""
    data_dir = shared_build(tmp_path_factory, "every-source-2019-2020", drop_sources, YEARS)
    return data_dir, published_files(data_dir)


@pytest.fixture
def copy_of_build(full_build, tmp_path):
    built, _ = full_build
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    return tmp_path, build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")


def test_the_full_build_reconciles_with_merges_across_sources(full_build):
    data_dir, files = full_build
    assert gaps(data_dir) == []
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM merges_across_sources").fetchone()[0] > 0
        laureate_years = [r[0] for r in con.execute("SELECT DISTINCT edition FROM laureats ORDER BY 1").fetchall()]
    assert laureate_years == YEARS
    assert {"evenements.csv", "laureats.csv", "indicateurs.csv", "evenements.geojson"} <= set(files)


def test_every_merged_record_is_in_the_merges_file_with_the_row_it_joined(full_build):
    data_dir, _ = full_build
    merges = pd.read_csv(data_dir / "warehouse" / "fusions.csv", dtype=str, keep_default_na=False)
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        counts = record_counts(con)
    merged = counts[counts["fusionnes"] > 0].set_index(["edition", "source"])["fusionnes"]
    per_source = merges.groupby([merges["edition"].astype(int), "source"]).size()
    assert per_source.sort_index().to_dict() == merged.sort_index().to_dict()
    assert (merges["source_identifiant"] != "").all() and (merges["motif"] != "").all()
    published = set(pd.read_csv(data_dir / "published" / "evenements.csv", dtype=str)["identifiant"])
    assert set(merges.loc[merges["identifiant"] != "", "identifiant"]) <= published


def test_rebuilding_one_edition_gives_the_bytes_of_a_full_build(full_build, copy_of_build):
    _, full = full_build
    data_dir, resources = copy_of_build
    results = materialize_all(resources, [2019])
    assert gaps(data_dir) == []
    # The rebuilt edition has the rows the full build audited: the safety scan has nothing to read again.
    (audit,) = [event.materialization.metadata["scanned_editions"].value for result in results
                for event in result.get_asset_materialization_events() if event.asset_key.path == ["release_audit"]]
    assert audit == {"evenements": [], "laureats": [], "indicateurs": [], "indicateurs_editions": []}
    rebuilt = published_files(data_dir)
    assert sorted(rebuilt) == sorted(full)
    assert [name for name in full if rebuilt[name] != full[name]] == []


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_each_asset_materialised_alone_keeps_counts_and_release(full_build, copy_of_build, order):
    _, full = full_build
    data_dir, resources = copy_of_build
    partitioned = [a for a in all_assets if a.partitions_def is not None]
    unpartitioned = [a for a in all_assets if a.partitions_def is None]
    if order == "reversed":  # every reader before the asset that writes what it reads
        partitioned, unpartitioned = partitioned[::-1], unpartitioned[::-1]
    else:
        random.Random(8).shuffle(partitioned)
        random.Random(8).shuffle(unpartitioned)
    instance = dg.DagsterInstance.ephemeral()  # one instance, as the UI's: it knows how each earlier run ended
    for asset in partitioned:
        result = dg.materialize([asset], resources=resources, partition_key="2019", raise_on_error=False,
                                instance=instance)
        assert result.success, asset.key
        assert gaps(data_dir) == [], f"after {asset.key.to_user_string()} alone"
    for asset in unpartitioned:
        checks = [c for c in all_checks if set(c.check_keys) and next(iter(c.check_keys)).asset_key == asset.key]
        result = dg.materialize([asset, *checks], resources=resources, raise_on_error=False, instance=instance)
        assert result.success, asset.key
        assert gaps(data_dir) == [], f"after {asset.key.to_user_string()} alone"
    # Whatever was re-materialised, publishing again gives the same files.
    materialize_all(resources, [2019])
    current = published_files(data_dir)
    assert [name for name in full if current.get(name) != full[name]] == []


def test_the_assets_that_code_match_or_map_places_read_the_reference_from_the_warehouse(full_build, copy_of_build):
    """events_unique, events_geo and edition_report rebuilt with no reference files at all give the same release:
    they read the tables the reference assets materialised."""
    _, full = full_build
    data_dir, _ = copy_of_build
    resources = build_resources(data_dir, reference_dir=data_dir / "no-reference-here")
    for state in (GEO_STATE, UNIQUE_STATE):  # built again, not kept as the build made them
        (data_dir / "warehouse" / "cache" / state).unlink()
    shutil.rmtree(data_dir / "warehouse" / "cache" / GEO_RECORDS)  # every record coded again
    for asset in (events_unique, events_geo):
        assert dg.materialize([asset], resources=resources, partition_key="2019").success, asset.key
    # The report's map outlines taken again from the warehouse's departement_contours table, no page kept.
    shutil.rmtree(data_dir / "warehouse" / "cache")
    maps._MEMORY.clear()
    (data_dir / "published" / "rapport" / "index.html").unlink()
    assert dg.materialize([edition_report, published_release], resources=resources).success
    assert gaps(data_dir) == []
    current = published_files(data_dir)
    assert [name for name in full if current.get(name) != full[name]] == []
