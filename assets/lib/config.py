"""The project's declarative configuration: editions and sources (config/sources.yaml), checked whole on load.

Every mistake (YAML syntax, unknown kind, unknown or mistyped option, invalid or overlapping edition range,
two sources sharing a folder) is a ConfigError whose message names the file, the line and the fix, in
French, before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCES_FILE = REPO_ROOT / "config" / "sources.yaml"
FIRST_EDITION = 2008
SOURCE_KEYS = ("kind", "title", "location", "homepage", "editions", "region", "options")
TOP_KEYS = ("premiere_edition", "derniere_edition", "sources")
# The current régions (COG), the codes a regional source's `region` may take.
REGION_CODES = ("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93",
                "94")

_selected: list[Path] = [SOURCES_FILE]


class ConfigError(ValueError):
    """config/sources.yaml cannot be used as written; the message says where and how to fix it."""


def use_sources_file(path: Path) -> None:
    """Read the configuration from `path` from now on (the CLI's --sources, tests)."""
    _selected[0] = Path(path)


def sources_file() -> Path:
    return _selected[0]


@dataclass(frozen=True)
class SourceConfig:
    """One source as declared; `options` is its kind's options dataclass, parsed once, never changed."""

    name: str
    kind: str
    title: str
    location: str
    homepage: str = ""
    options: Any = None
    editions: tuple[int, ...] = ()  # years this source covers; empty = every opened edition
    region: str | None = None  # current INSEE region code of a regional source; None = national

    def covers(self, edition: int) -> bool:
        return not self.editions or edition in self.editions

    @property
    def url_env(self) -> str:
        """Environment variable holding this source's live URL (never written in the repository)."""
        return "MOIS_ESS_SOURCE_URL_" + self.name.upper().replace("-", "_")

    @property
    def source_kind(self):
        from assets.lib.sources import KINDS

        return KINDS[self.kind]


class _Where:
    """Line numbers of the YAML document, by path of keys."""

    def __init__(self, path: Path, node: yaml.Node | None):
        self.path, self.node = path, node

    def line(self, *keys: str) -> int:
        node, line = self.node, 1
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            found = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            if found is None:
                break
            line = found[0].start_mark.line + 1
            node = found[1]
        return line

    def error(self, keys: tuple[str, ...], problem: str, fix: str) -> ConfigError:
        return ConfigError(f"{self.path}, ligne {self.line(*keys)} : {problem}. {fix}")


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a key written twice in one mapping is an error: the plain loader keeps the
    last one, so a source entry copied without renaming its key replaced the first source without a word."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise ConfigError(f"ligne {key_node.start_mark.line + 1} : clé « {key} » en double (déjà ligne "
                                  f"{seen[key]})")
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def read_yaml(path: Path) -> tuple[Any, _Where]:
    """The YAML document of `path` and its line numbers; ConfigError (file, line, fix) when it cannot be read, is
    no valid YAML or writes a key twice in one mapping."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path} : fichier de configuration illisible ({error.strerror}).") from None
    try:
        document = yaml.load(text, Loader=_UniqueKeyLoader)
        return document, _Where(path, yaml.compose(text))
    except ConfigError as error:
        raise ConfigError(f"{path}, {error}. Donner un autre nom à l'une des deux, ou les fusionner.") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", ligne {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(f"{path}{line} : syntaxe YAML invalide ({problem}). Vérifier l'indentation, les deux-points "
                          "et les guillemets de cette ligne ou de la précédente.") from None


@cache
def _load(path: Path) -> tuple[dict, dict[str, SourceConfig]]:
    document, where = read_yaml(path)
    if not isinstance(document, dict):
        raise where.error((), "le fichier doit contenir premiere_edition, derniere_edition et sources",
                          "Repartir de la version du dépôt (git checkout config/sources.yaml).")
    unknown = sorted(set(map(str, document)) - set(TOP_KEYS))
    if unknown:
        raise where.error((unknown[0],), f"clé inconnue « {unknown[0]} » en tête du fichier",
                          f"Clés possibles : {', '.join(TOP_KEYS)}.")
    opened = _opened_editions(document, where)
    entries = document.get("sources")
    if not isinstance(entries, dict) or not entries:
        raise where.error(("sources",), "aucune source déclarée sous « sources: »",
                          "Déclarer au moins une source (voir le README, « Ajouter une source »).")
    configured = {str(name): _source(str(name), entry, opened, where) for name, entry in entries.items()}
    _check_locations(configured, where)
    return document, configured


def _opened_editions(document: dict, where: _Where) -> list[int]:
    first, last = document.get("premiere_edition"), document.get("derniere_edition")
    if first != FIRST_EDITION:
        raise where.error(("premiere_edition",), f"premiere_edition vaut {first!r}",
                          f"La première édition nationale est {FIRST_EDITION} : écrire « premiere_edition: "
                          f"{FIRST_EDITION} ».")
    this_year = date.today().year
    if not isinstance(last, int) or isinstance(last, bool) or not first <= last <= this_year:
        raise where.error(("derniere_edition",), f"derniere_edition vaut {last!r}",
                          f"Écrire l'année de la dernière édition ouverte, de {FIRST_EDITION} à {this_year} (une "
                          "édition a lieu en novembre : pas d'édition future).")
    return list(range(first, last + 1))


def _source(name: str, entry: Any, opened: list[int], where: _Where) -> SourceConfig:
    from assets.lib.sources import KINDS
    from assets.lib.sources.base import OptionsError, options_fields, parse_options

    at = ("sources", name)
    if not isinstance(entry, dict):
        raise where.error(at, f"la source {name} n'est pas un dictionnaire de clés",
                          f"Donner au moins « kind: » et « title: » (clés possibles : {', '.join(SOURCE_KEYS)}).")
    unknown = sorted(set(entry) - set(SOURCE_KEYS))
    if unknown:
        raise where.error(at + (unknown[0],), f"clé inconnue « {unknown[0]} » dans la source {name}",
                          f"Clés possibles : {', '.join(SOURCE_KEYS)} ; les réglages de lecture vont sous "
                          "« options: ».")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise where.error(at + ("kind",), f"type de source inconnu « {kind} » pour la source {name}",
                          f"Types possibles : {', '.join(KINDS)}.")
    for key in ("title", "location", "homepage"):
        if key in entry and not isinstance(entry[key], str) or (key == "title" and not entry.get("title")):
            raise where.error(at + (key,), f"« {key} » de la source {name} doit être un texte non vide",
                              f"Écrire par exemple « {key}: … » sur une ligne.")
    try:
        options = parse_options(KINDS[kind].options, entry.get("options"))
    except OptionsError as error:
        option = error.problems[0][0]
        # A union type gives one error per alternative: "nombre entier attendu ou texte attendu".
        problem = " ou ".join(dict.fromkeys(label for path, label in error.problems if path == option))
        head = option.split(".")[0]
        allowed = ", ".join(options_fields(KINDS[kind].options)) or "aucune"
        raise where.error(at + ("options", head), f"option « {option} » de la source {name} ({kind}) : {problem}",
                          f"Options possibles pour le type {kind} : {allowed}.") from None
    region = entry.get("region")
    if region is not None and str(region).zfill(2) not in REGION_CODES:
        raise where.error(at + ("region",), f"région « {region} » inconnue pour la source {name}",
                          f"Écrire le code INSEE d'une région actuelle : {', '.join(REGION_CODES)}.")
    if entry.get("editions") == []:
        raise where.error(at + ("editions",), f"liste d'éditions vide pour la source {name}",
                          "Retirer « editions: » (toutes les éditions ouvertes) ou donner des années.")
    return SourceConfig(
        name=name, kind=kind, title=entry["title"], location=entry.get("location", name),
        homepage=entry.get("homepage", ""), options=options,
        editions=_edition_list(entry.get("editions"), name, opened, where),
        region=None if region is None else str(region).zfill(2),
    )


def _edition_range(value: Any, name: str, opened: list[int], where: _Where) -> tuple[int, ...]:
    """One item of `editions:`: a year, or a range "2012-2022" ("2018-": up to the last opened edition)."""
    fix = (f"Écrire une année, une plage « 2012-2022 » (ou « 2018- ») ou une liste d'années, entre {opened[0]} "
           f"et {opened[-1]} (derniere_edition).")
    if isinstance(value, int) and not isinstance(value, bool):
        first = last = value
    elif isinstance(value, str):
        head, _, tail = (part.strip() for part in value.partition("-"))
        if not head.isdigit() or (tail and not tail.isdigit()):
            raise where.error(("sources", name, "editions"), f"éditions « {value} » illisibles pour la source {name}",
                              fix)
        first, last = int(head), int(tail) if tail else opened[-1]
    else:
        raise where.error(("sources", name, "editions"), f"éditions {value!r} illisibles pour la source {name}", fix)
    if first > last:
        raise where.error(("sources", name, "editions"), f"plage d'éditions « {value} » à l'envers pour la source "
                          f"{name}", f"Écrire « {last}-{first} ».")
    if first < opened[0] or last > opened[-1]:
        raise where.error(("sources", name, "editions"), f"éditions « {value} » hors des éditions ouvertes "
                          f"({opened[0]}-{opened[-1]}) pour la source {name}",
                          "Corriger la plage, ou ouvrir l'édition en relevant derniere_edition.")
    return tuple(range(first, last + 1))


def _edition_list(value: Any, name: str, opened: list[int], where: _Where) -> tuple[int, ...]:
    """`editions:` of a source (absent = every opened edition); ranges of one list must not overlap."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    years: list[int] = []
    for item in items:
        span = _edition_range(item, name, opened, where)
        repeated = sorted(set(span) & set(years))
        if repeated:
            raise where.error(("sources", name, "editions"), f"éditions en double pour la source {name} : "
                              f"{', '.join(map(str, repeated))} (« {item} » recouvre une autre plage)",
                              "Donner chaque année une seule fois.")
        years += span
    return tuple(sorted(years))


def _check_locations(configured: dict[str, SourceConfig], where: _Where) -> None:
    """Two sources in one folder would read each other's snapshots."""
    seen: dict[str, str] = {}
    for source in configured.values():
        other = seen.setdefault(source.location, source.name)
        if other != source.name:
            raise where.error(("sources", source.name, "location"),
                              f"les sources {other} et {source.name} partagent le dossier data/raw/{source.location}",
                              f"Donner à {source.name} son propre « location: ».")


def load_config(path: Path | None = None) -> dict:
    return _load(Path(path or sources_file()))[0]


def edition_years(path: Path | None = None) -> list[int]:
    config = load_config(path)
    return list(range(config["premiere_edition"], config["derniere_edition"] + 1))


def sources(path: Path | None = None) -> dict[str, SourceConfig]:
    """Every declared source by name, options parsed; raises ConfigError on the first mistake found."""
    return _load(Path(path or sources_file()))[1]
