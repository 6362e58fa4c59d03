"""The project's declarative configuration: editions and sources (config/sources.yaml)."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCES_FILE = REPO_ROOT / "config" / "sources.yaml"
FIRST_EDITION = 2008


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    title: str
    location: str
    homepage: str = ""
    options: dict = field(default_factory=dict)


@cache
def load_config(path: Path = SOURCES_FILE) -> dict:
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    if config["premiere_edition"] != FIRST_EDITION:
        raise ValueError(f"{path}: the first national edition is {FIRST_EDITION}")
    return config


def edition_years(path: Path = SOURCES_FILE) -> list[int]:
    config = load_config(path)
    return list(range(config["premiere_edition"], config["derniere_edition"] + 1))


def sources(path: Path = SOURCES_FILE) -> dict[str, SourceConfig]:
    return {
        name: SourceConfig(name=name, kind=entry["kind"], title=entry["title"], location=entry["location"],
                           homepage=entry.get("homepage", ""), options=entry.get("options") or {})
        for name, entry in load_config(path)["sources"].items()
    }
