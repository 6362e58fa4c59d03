"""The Table Schemas of schemas/ as schema.data.gouv.fr takes them: the root keys its catalogue requires and
recommends, the example file beside each schema, the CHANGELOG, and one Markdown page per schema generated
with table-schema-to-markdown (what the catalogue's aggregator runs: datagouv/schema.data.gouv.fr,
aggregateur/validators.py, `convert_source(schema.json, out)`)."""

import io
import json
import re
from datetime import date
from pathlib import Path

from assets.lib.datagouv import PublicationConfig, schema_url
from assets.lib.schema import SCHEMA_DIR

DOCS_DIR = SCHEMA_DIR / "documentation"
CHANGELOG = SCHEMA_DIR / "CHANGELOG.md"
# Required by the aggregator (check_extra_keys) plus those its validation page and template recommend.
CATALOGUE_KEYS = ("name", "title", "description", "homepage", "path", "version", "created", "lastModified",
                  "contributors", "licenses", "resources", "sources")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_CHANGELOG_SECTION = re.compile(r"^## Version (\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def schema_tables() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in SCHEMA_DIR.glob("*.schema.json"))


def example_path(table: str) -> Path:
    return SCHEMA_DIR / f"{table}.exemple-valide.csv"


def documentation_path(table: str) -> Path:
    return DOCS_DIR / f"{table}.md"


def changelog_versions() -> list[tuple[str, str]]:
    """(version, date) of each `## Version X.Y.Z - YYYY-MM-DD` section of schemas/CHANGELOG.md, newest first."""
    return _CHANGELOG_SECTION.findall(CHANGELOG.read_text(encoding="utf-8"))


def catalogue_problems(table: str, config: PublicationConfig, schema: dict | None = None) -> list[str]:
    """What schema.data.gouv.fr would reject or miss in schemas/<table>.schema.json, or in `schema` given
    for that table (empty when ready)."""
    if schema is None:
        schema = json.loads((SCHEMA_DIR / f"{table}.schema.json").read_text(encoding="utf-8"))
    problems = [f"{table}: clé {key} absente" for key in CATALOGUE_KEYS if not schema.get(key)]
    if problems:
        return problems
    version = schema["version"]
    if not re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", schema["name"]):
        problems.append(f"{table}: name {schema['name']!r} n'est pas un identifiant en minuscules")
    if not _SEMVER.match(version):
        problems.append(f"{table}: version {version!r} n'est pas de la forme X.Y.Z")
    for key in ("created", "lastModified"):
        if not _DAY.match(schema[key]) or date.fromisoformat(schema[key]) > date.today():
            problems.append(f"{table}: {key} {schema[key]!r} n'est pas une date AAAA-MM-JJ passée")
    if schema["lastModified"] < schema["created"]:
        problems.append(f"{table}: lastModified avant created")
    if schema["homepage"] != config.schema_repository:
        problems.append(f"{table}: homepage {schema['homepage']} ≠ {config.schema_repository} (config/datagouv.yaml)")
    own_url = schema_url(config, table, version)
    if schema["path"] != own_url:
        problems.append(f"{table}: path {schema['path']} ≠ {own_url}")
    for contributor in schema["contributors"]:
        if not contributor.get("title") or contributor.get("role") not in ("author", "contributor"):
            problems.append(f"{table}: contributeur sans title ou role author|contributor : {contributor}")
    if not any(lic.get("name") == "etalab-2.0" for lic in schema["licenses"]):
        problems.append(f"{table}: licence etalab-2.0 (Licence Ouverte 2.0) absente")
    expected_example = own_url.replace(".schema.json", ".exemple-valide.csv")
    if [r.get("path") for r in schema["resources"]] != [expected_example]:
        problems.append(f"{table}: resources doit pointer vers l'exemple {expected_example}")
    if not example_path(table).is_file():
        problems.append(f"{table}: fichier d'exemple {example_path(table).name} absent")
    problems += [f"{table}: source sans title ou path : {s}" for s in schema["sources"]
                 if not s.get("title") or not s.get("path")]
    # The template's CI: every version-like string outside the fields is this version.
    outside_fields = json.dumps({k: v for k, v in schema.items() if k != "fields"})
    problems += [f"{table}: URL de la version {found} ≠ version {version}"
                 for found in set(re.findall(r"/v(\d+\.\d+\.\d+)/", outside_fields)) if found != version]
    return problems


def schema_documentation(table: str) -> str:
    """The Markdown page of a schema, as the catalogue renders it (table-schema-to-markdown, table style)."""
    from table_schema_to_markdown import convert_source  # dev dependency: docs are generated, then committed

    with io.StringIO() as out:
        convert_source(str(SCHEMA_DIR / f"{table}.schema.json"), out)
        return out.getvalue()


def write_documentation() -> list[Path]:
    DOCS_DIR.mkdir(exist_ok=True)
    written = []
    for table in schema_tables():
        documentation_path(table).write_text(schema_documentation(table), encoding="utf-8")
        written.append(documentation_path(table))
    return written
