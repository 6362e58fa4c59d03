"""Several editions from the one platform fixture: its pages copied under another year, for the tests of
cross-edition outputs (indicators, researchers' database, report)."""

from pathlib import Path

from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.conftest import FIXTURES


def drop_edition_copy(data_dir: Path, year: int, pages: list[str] | None = None) -> Path:
    """The 2019 platform fixture (or some of its pages) as a snapshot of edition `year`, dates shifted."""
    target = data_dir / "raw" / "plateforme" / str(year) / f"{year}1201T000000Z"
    target.mkdir(parents=True)
    for page in sorted((FIXTURES / "plateforme" / "2019").iterdir()):
        if pages is None or page.name in pages:
            (target / page.name).write_text(
                page.read_text(encoding="utf-8").replace("2019", str(year)), encoding="utf-8"
            )
    return target


def build_release(data_dir: Path, years: list[int]) -> dict:
    """Resources over `data_dir` (reference data of the repository) after a full run for `years`."""
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    materialize_all(resources, years)
    return resources
