"""Build fingerprints: what changed since the last successful run decides which stages run."""

import os
import shutil
from pathlib import Path

import pytest

from assets.lib.fingerprint import (
    forget_fingerprints,
    plan_build,
    published_digests,
    store_fingerprints,
    stored_fingerprints,
)


@pytest.fixture
def tree(tmp_path) -> dict[str, Path]:
    """A miniature repository: code, reference, two editions of raw snapshots, a release, a warehouse."""
    repo = tmp_path / "repo"
    for name, text in {"assets/a.py": "x = 1\n", "pipelines/b.py": "y = 2\n", "schemas/s.json": "{}",
                       "config/sources.yaml": "sources: {}\n", "pyproject.toml": "[project]\n"}.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    raw, reference, published = tmp_path / "raw", tmp_path / "reference", tmp_path / "published"
    for year in (2019, 2020):
        snapshot = raw / "plateforme" / str(year) / "20201201T000000Z"
        snapshot.mkdir(parents=True)
        (snapshot / "page-1.json").write_text(f'{{"edition": {year}}}')
    reference.mkdir()
    (reference / "communes.csv").write_text("code\n75056\n")
    (published / "rapport").mkdir(parents=True)
    (published / "evenements.csv").write_text("identifiant\nmess-1\n")
    (published / "rapport" / "index.html").write_text("<html></html>")
    return {"repo": repo, "raw": raw, "reference": reference, "published": published,
            "database": tmp_path / "warehouse.duckdb"}


def plan(tree, years=(2019, 2020), **options):
    folders = {y: [tree["raw"] / "plateforme" / str(y)] for y in years}
    return plan_build(tree["repo"], tree["raw"], tree["reference"], tree["published"], tree["database"],
                      list(years), folders, **options)


def succeed(tree, built):
    """What the CLI does after a successful run: store the plan's fingerprints and the release's files."""
    files = {f"file:{name}": digest for name, digest in published_digests(tree["published"]).items()}
    store_fingerprints(tree["database"], {**built.fingerprints, **files}, drop_prefix="file:")


def test_a_first_run_builds_everything_and_a_rerun_nothing(tree):
    first = plan(tree)
    assert (first.reference, first.editions, first.release) == (True, [2019, 2020], True)
    succeed(tree, first)
    again = plan(tree)
    assert again.nothing_to_do
    assert again.fingerprints == first.fingerprints


def test_a_new_snapshot_rebuilds_its_edition_and_the_release_only(tree):
    succeed(tree, plan(tree))
    newer = tree["raw"] / "plateforme" / "2020" / "20201215T000000Z"
    shutil.copytree(tree["raw"] / "plateforme" / "2020" / "20201201T000000Z", newer)
    changed = plan(tree)
    assert (changed.reference, changed.editions, changed.release) == (False, [2020], True)


def test_a_changed_byte_counts_and_a_touched_file_does_not(tree):
    succeed(tree, plan(tree))
    page = tree["raw"] / "plateforme" / "2019" / "20201201T000000Z" / "page-1.json"
    os.utime(page, (1, 1))  # same bytes, another date: copies and checkouts do not rebuild
    assert plan(tree).nothing_to_do
    page.write_text('{"edition": 2019, "x": 1}')
    assert plan(tree).editions == [2019]


@pytest.mark.parametrize("changed", ["assets/a.py", "config/sources.yaml", "schemas/s.json"])
def test_code_configuration_or_schema_changes_rebuild_everything(tree, changed):
    succeed(tree, plan(tree))
    (tree["repo"] / changed).write_text((tree["repo"] / changed).read_text() + "\n# changed\n")
    again = plan(tree)
    assert (again.editions, again.release) == ([2019, 2020], True)


def test_new_reference_files_rebuild_the_reference_and_every_edition(tree):
    succeed(tree, plan(tree))
    (tree["reference"] / "communes.csv").write_text("code\n75056\n13055\n")
    again = plan(tree)
    assert (again.reference, again.editions, again.release) == (True, [2019, 2020], True)


@pytest.mark.parametrize("damage", ["edit", "delete", "add"])
def test_a_release_file_that_lost_its_bytes_is_republished_without_rebuilding_editions(tree, damage):
    succeed(tree, plan(tree))
    target = tree["published"] / "rapport" / "index.html"
    if damage == "edit":
        target.write_text("<html>edited</html>")
    elif damage == "delete":
        target.unlink()
    else:
        (tree["published"] / "stray.csv").write_text("a\n")
    again = plan(tree)
    assert (again.reference, again.editions, again.release) == (False, [], True)


def test_forced_and_live_editions_are_always_built(tree):
    succeed(tree, plan(tree))
    assert plan(tree, forced=[2019]).editions == [2019]
    assert plan(tree, live=[2020]).editions == [2020]


def test_a_failed_run_forgets_every_fingerprint(tree):
    succeed(tree, plan(tree))
    assert stored_fingerprints(tree["database"])
    forget_fingerprints(tree["database"])
    assert stored_fingerprints(tree["database"]) == {}
    assert plan(tree).editions == [2019, 2020]


def test_staging_folders_are_not_part_of_the_release(tree):
    succeed(tree, plan(tree))
    (tree["published"] / ".staging-1").mkdir()
    (tree["published"] / ".staging-1" / "evenements.csv").write_text("partial")
    assert plan(tree).nothing_to_do


def test_storing_replaces_the_scopes_given_drops_the_prefix_and_keeps_the_rest(tmp_path):
    database = tmp_path / "warehouse.duckdb"
    store_fingerprints(database, {"reference": "r1", "edition:2019": "e1", "file:a.csv": "a1", "file:b.csv": "b1"})
    store_fingerprints(database, {"edition:2019": "e2", "file:a.csv": "a2"}, drop_prefix="file:")
    assert stored_fingerprints(database) == {"reference": "r1", "edition:2019": "e2", "file:a.csv": "a2"}
    store_fingerprints(database, {"edition:2020": "f1"})  # no prefix: nothing else is dropped
    assert stored_fingerprints(database) == {"reference": "r1", "edition:2019": "e2", "edition:2020": "f1",
                                             "file:a.csv": "a2"}
