"""An edition whose data changed, rebuilt alone after a full build, gives the warehouse tables and the published files
of a full build from scratch on the same snapshots: what the one-edition run kept or took from its memos (editions
kept as built, the rows of records normalised before, the codes of records coded before) is what normalising, coding
and deduplicating again would give."""

import json
import shutil

import duckdb

from assets.geo import RECORDS_FOLDER
from assets.normalize import RECORDS_FOLDER as NORMALIZED_RECORDS_FOLDER
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.assets.test_build_paths import published_files
from tests.builds import copy_build, platform_2019_2020
from tests.conftest import FIXTURES

# Written by the runs for their own bookkeeping, not tables of the data.
BOOKKEEPING = {"build_fingerprints"}


def drop_changed_snapshot(data_dir) -> None:
    """A newer platform export of 2019 where, as between two fetches, one event was retitled, one moved to another
    commune and address, one removed and one added."""
    pages = {page.name: json.loads(page.read_text(encoding="utf-8"))
             for page in sorted((FIXTURES / "plateforme" / "2019").glob("page-*.json"))}
    events = {event["id"]: event for page in pages.values() for event in page["events"]}
    events[48213]["title"] = "Repair café : nouvelle formule"
    # The same venue name in another commune: only its address fields tell the coder it moved.
    events[48320]["place"] = dict(events[48315]["place"], address="12 quai de Bacalan",
                                  name=events[48320]["place"]["name"])
    pages["page-3.json"]["events"] = [e for e in pages["page-3.json"]["events"] if e["id"] != 48340]
    added = dict(events[48255], id=48999, title="Ciné-débat : entreprendre autrement",
                 slug="cine-debat-entreprendre-autrement", place=dict(events[48333]["place"]))
    pages["page-3.json"]["events"].append(added)
    target = data_dir / "raw" / "plateforme" / "2019" / "20191215T000000Z"
    target.mkdir(parents=True)
    for name, page in pages.items():
        (target / name).write_text(json.dumps(page, ensure_ascii=False, indent=2), encoding="utf-8")


def warehouse_tables(data_dir) -> dict[str, list[str]]:
    """Each table's rows as text, sorted (NaN and NULL written apart)."""
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {name: sorted(map(repr, con.execute(f"SELECT * FROM {name}").fetchall()))
                for name in names if name not in BOOKKEEPING}


def test_a_changed_edition_rebuilt_alone_gives_a_full_build_from_scratch(tmp_path_factory, tmp_path):
    one = copy_build(platform_2019_2020(tmp_path_factory), tmp_path / "one")
    assert any((one / "warehouse" / "cache" / RECORDS_FOLDER).glob("2019.*"))  # the build kept its codes
    assert any((one / "warehouse" / "cache" / NORMALIZED_RECORDS_FOLDER).glob("2019.*"))  # and its records' rows
    drop_changed_snapshot(one)
    materialize_all(build_resources(one, reference_dir=REPO_ROOT / "data" / "reference"), [2019])

    scratch = tmp_path / "scratch"
    shutil.copytree(one / "raw", scratch / "raw")
    materialize_all(build_resources(scratch, reference_dir=REPO_ROOT / "data" / "reference"), [2019, 2020])

    rebuilt, expected = warehouse_tables(one), warehouse_tables(scratch)
    with duckdb.connect(str(one / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        titles = {r[0] for r in con.execute("SELECT titre FROM events_geo WHERE edition = 2019").fetchall()}
    assert {"Repair café : nouvelle formule", "Ciné-débat : entreprendre autrement"} <= titles  # the new snapshot
    assert sorted(rebuilt) == sorted(expected)
    assert [name for name in expected if rebuilt[name] != expected[name]] == []
    files, full = published_files(one), published_files(scratch)
    assert sorted(files) == sorted(full)
    assert [name for name in full if files[name] != full[name]] == []
