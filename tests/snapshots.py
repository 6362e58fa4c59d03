"""Snapshots dropped by hand for the connector tests: fixture files copied into a 2019 snapshot folder."""

import shutil
from pathlib import Path


def dropped_snapshot(tmp_path: Path, fixtures: Path, *names: str) -> Path:
    """tmp_path/raw/source/2019/export holding the files `names` of `fixtures` (a sub-path keeps its file name)."""
    folder = tmp_path / "raw" / "source" / "2019" / "export"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(fixtures / name, folder / Path(name).name)
    return folder
