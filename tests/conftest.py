import shutil
from pathlib import Path

import httpx
import pytest

from pipelines.definitions import REPO_ROOT, build_resources

FIXTURES = Path(__file__).parent / "fixtures"


def drop_platform_export(data_dir: Path, edition: int, pages_dir: Path, snapshot: str = "20191201T000000Z") -> Path:
    """Place platform pages as a hand-dropped export snapshot, as a CRESS or the platform team would."""
    target = data_dir / "raw" / "plateforme" / str(edition) / snapshot
    shutil.copytree(pages_dir, target)
    return target


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """An empty data folder with the platform fixture of 2019 dropped in raw/."""
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    return tmp_path


@pytest.fixture
def resources(data_dir):
    return build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")


@pytest.fixture
def client():
    """An HTTP client with a short timeout, for the connector tests' local servers."""
    with httpx.Client(timeout=2.0) as c:
        yield c
