"""Releases built once per test session and shared by every test (and every pytest-xdist worker) that starts
from the same inputs: the first test to need one builds it under a file lock, the others copy the built folder
(raw/, warehouse/, published/) into their own tmp_path instead of running the pipeline again."""

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.conftest import FIXTURES, drop_platform_export

REFERENCE = REPO_ROOT / "data" / "reference"


def with_ingest_reference(resources: dict) -> dict:
    """`resources`, the reference table raw_events reads (cog_departements) materialised in their warehouse, as the
    reference stage of a run does first: for the tests that materialise raw_events alone."""
    import dagster as dg

    from assets.reference import cog_departements

    assert dg.materialize([cog_departements], resources=resources).success
    return resources


def shared_build(factory: pytest.TempPathFactory, name: str, prepare: Callable[[Path], None], years: list[int],
                 build: Callable[[dict, list[int]], object] = materialize_all) -> Path:
    """The data folder `prepare` fills, built by the main job's stages for `years`, once per session. Read it,
    or copy it with copy_build(); never change it in place."""
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the session's folder, shared by its workers
    target = root / f"shared-{name}"
    done = root / f"shared-{name}.built"
    with FileLock(f"{target}.lock"):
        if not done.exists():
            shutil.rmtree(target, ignore_errors=True)  # a build that failed halfway
            target.mkdir()
            prepare(target)
            build(build_resources(target, reference_dir=REFERENCE), years)
            done.touch()
    return target


def copy_build(built: Path, target: Path) -> Path:
    """A private copy of a shared build in `target` (a test's own folder), for the tests that change it."""
    shutil.copytree(built, target, dirs_exist_ok=True)
    return target


def drop_platform_2019(data_dir: Path) -> None:
    drop_platform_export(data_dir, 2019, FIXTURES / "plateforme" / "2019")


def drop_platform_2019_2020(data_dir: Path) -> None:
    from tests.assets.editions import drop_edition_copy

    drop_platform_2019(data_dir)
    drop_edition_copy(data_dir, 2020)


def platform_2019(factory: pytest.TempPathFactory) -> Path:
    """The platform fixture's 2019 edition, built."""
    return shared_build(factory, "platform-2019", drop_platform_2019, [2019])


def platform_2019_2020(factory: pytest.TempPathFactory) -> Path:
    """The platform fixture as 2019 and again as 2020 (dates shifted), both editions built."""
    return shared_build(factory, "platform-2019-2020", drop_platform_2019_2020, [2019, 2020])
