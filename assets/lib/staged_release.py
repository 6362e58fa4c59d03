"""The release assembled in a staging folder beside the published one, then put in its place in one step.

Every asset of the publication writes into the staging folder, which starts as the current release (hard links:
nothing is copied, and the writers replace files by renaming, never in place). Only when all of them, and the
checks that gate the release, have succeeded is the folder swapped in: a run that fails on the way (the database,
the map, the report, a file found unsafe) leaves the previous publication as it was, every file of it.

The staging folder lists the Dagster runs that wrote into it. It is swapped in only when every other run listed
ended well: what a failed, stopped or refused run left (its new tables beside the old database, a map the safety
check refused) is never published by a later run, be it the swap materialised on its own from the UI, and a later
run's writer starts again from the published release. Assets materialised one run at a time, each run ending well,
still add up to one release.
"""

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assets.lib.fingerprint import published_stats

NEXT, PREVIOUS = "next", "previous"
# Inside the staging folder, one line per run that wrote there (hidden: never listed among the published files).
WRITTEN_BY = ".runs"


@dataclass(frozen=True)
class Writer:
    """The run writing into the staging folder, and how to tell whether another run ended well."""

    run_id: str
    succeeded: Callable[[str], bool]

    @classmethod
    def of(cls, context) -> "Writer":
        """The run of a Dagster asset's or check's `context`; a run ended well when its instance records it so (a
        run the instance does not know did not)."""
        from dagster import DagsterRunStatus

        instance = context.instance

        def succeeded(run_id: str) -> bool:
            run = instance.get_run_by_id(run_id)
            return run is not None and run.status == DagsterRunStatus.SUCCESS

        return cls(context.run.run_id, succeeded)


class StagingOfAnotherRun(RuntimeError):
    """The staging folder holds what a run that did not end well wrote: it is not to be published."""


def _real(live: Path) -> Path:
    """The published folder itself when `live` is a symbolic link to it (the link stays where it is)."""
    live = Path(live)
    return live.resolve() if live.is_symlink() else live


def _beside(live: Path, role: str) -> Path:
    real = _real(live)
    return real.with_name(f".{real.name}.{role}")


def _mounted(live: Path) -> bool:
    """Whether the published folder is a mount point (a container's volume): it cannot be renamed, and a folder
    beside it is on another file system."""
    real = _real(live)
    return real.is_dir() and real.stat().st_dev != real.parent.stat().st_dev


def staging_folder(live: Path) -> Path:
    """Where the next release is assembled: beside the published folder, on the same file system (inside it,
    hidden, when the published folder is a mount point)."""
    return _real(live) / f".{NEXT}" if _mounted(live) else _beside(live, NEXT)


def recover(live: Path) -> None:
    """A swap cut between its two renames (the process killed) left the previous release aside and no published
    folder: it is put back. A previous release left after a finished swap is removed."""
    real, previous = _real(live), _beside(live, PREVIOUS)
    if previous.is_dir() and not real.exists():
        os.rename(previous, real)
    elif previous.exists():
        shutil.rmtree(previous, ignore_errors=True)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)


def _hidden_entries(folder: str, names: list[str]) -> list[str]:
    """What is not carried into the staging folder: hidden entries, the temporary files of a killed writer (and the
    staging folder itself when it sits inside a mounted release)."""
    return [name for name in names if name.startswith(".")]


def open_staging(live: Path, writer: Writer | None = None) -> Path:
    """A new staging folder holding the current release (hard links), whatever an earlier failed run left there,
    written by `writer`'s run."""
    recover(live)
    staging = staging_folder(live)
    shutil.rmtree(staging, ignore_errors=True)
    real = _real(live)
    if real.is_dir():
        shutil.copytree(real, staging, symlinks=True, copy_function=_link_or_copy, ignore=_hidden_entries)
    else:
        staging.mkdir(parents=True)
    if writer is not None:
        (staging / WRITTEN_BY).write_text(f"{writer.run_id}\n", encoding="utf-8")
    return staging


def _written_by(staging: Path) -> list[str] | None:
    """The runs that wrote into `staging`, None when it does not say (a folder of an older version)."""
    try:
        return (staging / WRITTEN_BY).read_text(encoding="utf-8").split()
    except OSError:
        return None


def _left_unfinished(staging: Path, writer: Writer) -> list[str]:
    """The runs other than `writer`'s that wrote into `staging` and did not end well (["?"] when it does not say)."""
    runs = _written_by(staging)
    if runs is None:
        return ["?"]
    return [run for run in runs if run != writer.run_id and not writer.succeeded(run)]


def discard_staging(live: Path) -> None:
    """Remove the staging folder a failed run left (the previous release stays as it was)."""
    recover(live)
    shutil.rmtree(staging_folder(live), ignore_errors=True)


def current_staging(live: Path, writer: Writer | None = None) -> Path:
    """The staging folder of the run under way (opened by its first publication asset), opened now when an asset
    of the publication is materialised on its own; opened anew when a run that did not end well wrote there."""
    staging = staging_folder(live)
    if not staging.is_dir() or (writer is not None and _left_unfinished(staging, writer)):
        return open_staging(live, writer)
    if writer is not None and writer.run_id not in _written_by(staging):
        with (staging / WRITTEN_BY).open("a", encoding="utf-8") as runs:
            runs.write(f"{writer.run_id}\n")
    return staging


def swap_in(live: Path, writer: Writer | None = None) -> list[str]:
    """Put the staging folder, when there is one, in place of the published one; the files that changed (relative
    paths), for the record. The old release is moved aside, the new one renamed in, the old one removed: a kill
    between the two renames is repaired by recover() at the next run. With `writer`, a staging folder another run
    that did not end well wrote into is refused (StagingOfAnotherRun, naming that run) and left as it is."""
    real, staging, previous = _real(live), staging_folder(live), _beside(live, PREVIOUS)
    if not staging.is_dir():  # nothing prepared (published_release materialised on its own): nothing to publish
        return []
    if writer is not None and (unfinished := _left_unfinished(staging, writer)):
        raise StagingOfAnotherRun(unfinished[0])
    (staging / WRITTEN_BY).unlink(missing_ok=True)
    # Every writer renames a new file in: a file added, replaced (another inode) or removed differs here.
    new, old = published_stats(staging), published_stats(real)
    changed = sorted(name for name in new.keys() | old.keys() if new.get(name) != old.get(name))
    if _mounted(live):
        _replace_files(staging, real, changed, new)
        return changed
    recover(live)
    if real.exists():
        os.rename(real, previous)
    try:
        os.rename(staging, real)
    except BaseException:
        if previous.is_dir() and not real.exists():
            os.rename(previous, real)
        raise
    shutil.rmtree(previous, ignore_errors=True)
    return changed


def _replace_files(staging: Path, live: Path, changed: list[str], new: dict) -> None:
    """The swap file by file, for a published folder that cannot be renamed: each `changed` file the new release has
    (`new`: its published_stats) renamed in, atomic each; the others removed."""
    for name in changed:
        if name in new:
            (live / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, live / name)
        else:
            (live / name).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
