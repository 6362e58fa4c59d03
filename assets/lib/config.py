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
    editions: tuple[int, ...] = ()  # years this source covers; empty = every opened edition
    region: str | None = None  # current INSEE region code of a regional source; None = national

    def covers(self, edition: int) -> bool:
        return not self.editions or edition in self.editions

    @property
    def url_env(self) -> str:
        """Environment variable holding this source's live URL (never written in the repository)."""
        return "MOIS_ESS_SOURCE_URL_" + self.name.upper().replace("-", "_")


@cache
def load_config(path: Path = SOURCES_FILE) -> dict:
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    if config["premiere_edition"] != FIRST_EDITION:
        raise ValueError(f"{path}: the first national edition is {FIRST_EDITION}")
    return config


def edition_years(path: Path = SOURCES_FILE) -> list[int]:
    config = load_config(path)
    return list(range(config["premiere_edition"], config["derniere_edition"] + 1))


def _edition_list(value, name: str, opened: list[int]) -> tuple[int, ...]:
    """`editions:` of a source: a list of years, or a range "2012-2022" ("2018-": from 2018 onwards)."""
    if value is None:
        return ()
    if isinstance(value, int):
        return (value,)
    if isinstance(value, str):
        first, _, last = (part.strip() for part in value.partition("-"))
        if not first.isdigit() or (last and not last.isdigit()):
            raise ValueError(f"source {name}: editions {value!r} is neither a list of years nor a range 2012-2022")
        end = int(last) if last else max(opened)
        return tuple(range(int(first), end + 1))
    return tuple(sorted(int(year) for year in value))


def sources(path: Path = SOURCES_FILE) -> dict[str, SourceConfig]:
    opened = edition_years(path)
    configured = {}
    for name, entry in load_config(path)["sources"].items():
        region = entry.get("region")
        configured[name] = SourceConfig(
            name=name, kind=entry["kind"], title=entry["title"], location=entry.get("location", name),
            homepage=entry.get("homepage", ""), options=entry.get("options") or {},
            editions=_edition_list(entry.get("editions"), name, opened),
            region=None if region is None else str(region).zfill(2),
        )
    return configured
