"""The release assembled aside and put in place in one step (assets.lib.staged_release)."""

import os
import subprocess

import pytest

from assets.lib.staged_release import (
    WRITTEN_BY,
    StagingOfAnotherRun,
    Writer,
    current_staging,
    discard_staging,
    open_staging,
    recover,
    staging_folder,
    swap_in,
)


def release(folder, files):
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def contents(folder):
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}


def replace(path, text):
    """How every writer of the release writes: a new file renamed over the old one."""
    staged = path.with_name(f".{path.name}.tmp")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def test_the_staging_folder_holds_the_release_and_only_the_swap_publishes_it(tmp_path):
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n", "rapport/index.html": "<p>1</p>", "README.md": "lisez-moi"})
    (live / ".staging-123").mkdir()  # a killed writer's leftover is not carried over
    staging = open_staging(live)
    assert staging.parent == tmp_path and staging.name.startswith(".published")
    assert contents(staging) == contents(live)
    assert (staging / "README.md").stat().st_ino == (live / "README.md").stat().st_ino  # linked, not copied
    replace(staging / "evenements.csv", "b\n")
    (staging / "rapport" / "index.html").unlink()
    assert contents(live)["evenements.csv"] == "a\n"  # nothing published before the swap
    readme = (live / "README.md").stat().st_ino
    assert swap_in(live) == ["evenements.csv", "rapport/index.html"]
    assert contents(live) == {"README.md": "lisez-moi", "evenements.csv": "b\n"}
    assert (live / "README.md").stat().st_ino == readme  # an unchanged file keeps its inode (the run's fingerprints)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["published"]


def test_a_first_release_is_published_into_a_new_folder(tmp_path):
    live = tmp_path / "published"
    staging = current_staging(live)
    release(staging, {"datapackage.json": "{}"})
    swap_in(live)
    assert contents(live) == {"datapackage.json": "{}"}


def test_a_failed_run_leaves_the_previous_release_and_the_next_run_starts_from_it(tmp_path):
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n"})
    replace(open_staging(live) / "evenements.csv", "half-written\n")
    discard_staging(live)  # what the command does when a stage fails
    assert not staging_folder(live).exists() and contents(live) == {"evenements.csv": "a\n"}
    replace(open_staging(live) / "evenements.csv", "stale\n")  # a run killed with its staging left
    assert contents(open_staging(live)) == {"evenements.csv": "a\n"}


def test_a_swap_killed_between_its_two_renames_is_repaired_at_the_next_run(tmp_path):
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n"})
    staging = open_staging(live)
    os.rename(live, tmp_path / ".published.previous")  # the first rename done, the process killed
    assert not live.exists()
    recover(live)
    assert contents(live) == {"evenements.csv": "a\n"}
    assert staging.is_dir()


def test_the_published_folder_behind_a_link_stays_behind_its_link(tmp_path):
    real = tmp_path / "disque" / "publication"
    release(real, {"evenements.csv": "a\n"})
    live = tmp_path / "published"
    live.symlink_to(real, target_is_directory=True)
    replace(open_staging(live) / "evenements.csv", "b\n")
    swap_in(live)
    assert live.is_symlink() and contents(real) == {"evenements.csv": "b\n"}


def test_a_swap_without_a_prepared_release_changes_nothing(tmp_path):
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n"})
    assert swap_in(live) == []
    assert contents(live) == {"evenements.csv": "a\n"}


def test_a_mounted_published_folder_is_staged_inside_and_swapped_file_by_file(tmp_path):
    """A container's volume cannot be renamed, and a folder beside it is on another file system."""
    live = tmp_path / "published"
    live.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(live)], capture_output=True,
                             text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root needed): {mounted.stderr.strip()}")
    try:
        release(live, {"evenements.csv": "a\n", "ancien.csv": "x\n", "README.md": "lisez-moi"})
        staging = open_staging(live)
        assert staging == live / ".next"
        replace(staging / "evenements.csv", "b\n")
        (staging / "ancien.csv").unlink()
        release(staging, {"rapport/index.html": "<p>1</p>"})
        assert swap_in(live) == ["ancien.csv", "evenements.csv", "rapport/index.html"]
        assert contents(live) == {"README.md": "lisez-moi", "evenements.csv": "b\n", "rapport/index.html": "<p>1</p>"}
        assert not staging.exists()
    finally:
        subprocess.run(["umount", "--lazy", str(live)], capture_output=True, check=False)


def test_what_a_run_that_did_not_end_well_wrote_is_never_swapped_in(tmp_path):
    """A run that failed after writing part of the release left it staged: another run neither publishes it nor
    writes beside it; it starts again from the published release. Runs that ended well add up."""
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n", "mois_ess.duckdb": "old"})
    ended = {"failed": False, "report-alone": True}
    writer = {run: Writer(run, lambda other: ended.get(other, False)) for run in ("failed", "later", "report-alone")}
    failed = open_staging(live, writer["failed"])
    replace(failed / "evenements.csv", "b\n")  # the tables written, then the database failed
    with pytest.raises(StagingOfAnotherRun) as refused:
        swap_in(live, writer["later"])
    assert refused.value.args[0] == "failed"
    assert contents(live) == {"evenements.csv": "a\n", "mois_ess.duckdb": "old"}

    report = current_staging(live, writer["report-alone"])  # the failed run's tables are gone
    assert contents(report) == {"evenements.csv": "a\n", "mois_ess.duckdb": "old", WRITTEN_BY: "report-alone\n"}
    replace(report / "rapport.html", "<p>2</p>")
    later = current_staging(live, writer["later"])  # a run that ended well: what it wrote stays, both listed
    assert later == report and (later / WRITTEN_BY).read_text() == "report-alone\nlater\n"
    replace(later / "mois_ess.duckdb", "new")
    assert swap_in(live, writer["later"]) == ["mois_ess.duckdb", "rapport.html"]
    assert contents(live) == {"evenements.csv": "a\n", "mois_ess.duckdb": "new", "rapport.html": "<p>2</p>"}


def test_a_staging_folder_that_does_not_say_who_wrote_it_is_not_swapped_in(tmp_path):
    live = tmp_path / "published"
    release(live, {"evenements.csv": "a\n"})
    replace(open_staging(live) / "evenements.csv", "b\n")  # an older version's folder, no list of runs
    with pytest.raises(StagingOfAnotherRun):
        swap_in(live, Writer("later", lambda other: True))
    assert contents(current_staging(live, Writer("later", lambda other: True))) == {
        "evenements.csv": "a\n", WRITTEN_BY: "later\n"}
