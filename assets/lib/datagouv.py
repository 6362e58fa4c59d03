"""Publication of the release on data.gouv.fr: the allow-list, the checks a release must pass first, the plan
(create / replace / unchanged per file, by checksum) and its execution through the udata API v1, resumable
thanks to a per-environment state file kept under data/warehouse/."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import yaml

from assets.lib.datagouv_api import CHECKSUM_ALGORITHMS, DataGouvError, UdataApi, file_digest
from assets.lib.privacy import scan_publication
from assets.lib.publish import PublicationInvalid, assert_same_rows
from assets.lib.research import REFERENCE_TABLES, VIEWS
from assets.lib.schema import SCHEMA_DIR, load_schema, validate_package

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = REPO_ROOT / "config" / "datagouv.yaml"
ENVIRONMENTS = ("demo", "www")
RESOURCE_TYPES = ("main", "documentation", "update", "api", "code", "other")  # udata RESOURCE_TYPES

CREATE, REPLACE, UNCHANGED = "creation", "remplacement", "inchange"
# Files whose bytes change from one build to the next for the same content (DuckDB writes a random salt in
# its header): compared by a digest of their content, kept in the resource description.
CONTENT_DIGESTED = (".duckdb",)
ACTION_LABELS = {CREATE: "création", REPLACE: "remplacement", UNCHANGED: "inchangé"}


class Refusal(Exception):
    """A publication that must not happen (synthetic data to production, invalid release, no key, no dataset
    id); nothing was sent. The message is French, for the operator."""


@dataclass(frozen=True)
class AllowedFile:
    """One entry of the allow-list: a file of data/published/ and the resource that holds it."""

    name: str
    title: str
    description: str
    type: str = "main"
    schema: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Target:
    name: str
    api_url: str
    dataset_id: str


@dataclass(frozen=True)
class PublicationConfig:
    targets: dict[str, Target]
    files: tuple[AllowedFile, ...]
    dataset: dict
    schema_repository: str
    schema_raw_base: str

    def allowed(self, name: str) -> AllowedFile:
        return next(f for f in self.files if f.name == name)


def _plain_file_name(name: object) -> bool:
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and "\\" not in name


def load_publication_config(path: Path = CONFIG_FILE) -> PublicationConfig:
    """config/datagouv.yaml, checked: plain unique file names, known resource types and schemas."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    targets = {name: Target(name, str(entry["api"]).rstrip("/"), str(entry.get("jeu_de_donnees") or "").strip())
               for name, entry in raw["environnements"].items()}
    if set(targets) != set(ENVIRONMENTS):
        raise ValueError(f"{path}: environnements must be exactly {ENVIRONMENTS}")
    files = []
    for entry in raw["fichiers"]:
        allowed = AllowedFile(name=entry["fichier"], title=entry["titre"], description=entry["description"].strip(),
                              type=entry.get("type", "main"), schema=entry.get("schema"),
                              optional=bool(entry.get("facultatif", False)))
        if not _plain_file_name(allowed.name):
            raise ValueError(f"{path}: {allowed.name!r} is not a file name of data/published/")
        if allowed.type not in RESOURCE_TYPES:
            raise ValueError(f"{path}: {allowed.name}: type {allowed.type!r} is not one of {RESOURCE_TYPES}")
        if allowed.schema and not (SCHEMA_DIR / f"{allowed.schema}.schema.json").exists():
            raise ValueError(f"{path}: {allowed.name}: no schema schemas/{allowed.schema}.schema.json")
        files.append(allowed)
    names = [f.name for f in files]
    if len(set(names)) != len(names) or len({f.title for f in files}) != len(files):
        raise ValueError(f"{path}: file names and resource titles must be unique")
    return PublicationConfig(targets=targets, files=tuple(files), dataset=raw["jeu_de_donnees"],
                             schema_repository=raw["schemas"]["depot"].rstrip("/"),
                             schema_raw_base=raw["schemas"]["brut"].rstrip("/"))


def schema_url(config: PublicationConfig, schema: str, version: str | None = None) -> str:
    """Raw URL of this version of a Table Schema (the schema's own `path`, and the resources' `schema.url`)."""
    version = version or load_schema(schema)["version"]
    return f"{config.schema_raw_base}/v{version}/schemas/{schema}.schema.json"


# --- the release ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Release:
    directory: Path
    package: dict
    files: tuple[AllowedFile, ...]  # allowed files present in this release, in allow-list order
    not_published: tuple[str, ...]  # other entries of the folder, never sent

    @property
    def synthetic(self) -> bool:
        return bool(self.package.get("donnees_synthetiques", True))  # unknown = treated as synthetic

    @property
    def editions(self) -> list[int]:
        return sorted(int(e) for e in self.package.get("editions", []))


def _check_geojson(path: Path, events: dict[str, dict[str, str]]) -> list[str]:
    """The map holds the located events of evenements.csv (`events`: its rows' text cells by identifiant), each at
    its point with its row's values: a point moved, a title changed or a feature dropped after validation is
    refused."""
    try:
        content = json.loads(path.read_bytes())
    except ValueError as exc:
        return [f"{path.name} : JSON illisible ({exc})"]
    if not isinstance(content, dict) or content.get("type") != "FeatureCollection":
        return [f"{path.name} : pas une FeatureCollection GeoJSON"]
    errors = []
    features = content.get("features") or []
    for number, feature in enumerate(features, start=1):
        geometry = feature.get("geometry") or {} if isinstance(feature, dict) else {}
        if geometry.get("type") != "Point" or len(geometry.get("coordinates") or []) != 2:
            errors.append(f"{path.name} : entité {number} sans point")
        elif str(feature.get("id")) not in events:
            errors.append(f"{path.name} : entité {feature.get('id')!r} absente de evenements.csv")
        else:
            errors += [f"{path.name} : entité {feature['id']} : {name} différent de evenements.csv"
                       for name in _differing(feature, events[str(feature["id"])])][:1]
        if len(errors) >= 5:
            return errors
    located = sum(1 for row in events.values() if row["latitude"] and row["longitude"])
    if len(features) != located:
        errors.append(f"{path.name} : {len(features)} entités pour {located} événements localisés dans evenements.csv")
    return errors


def _differing(feature: dict, row: dict[str, str]) -> list[str]:
    """The values of a map feature (its point, its properties) that are not its evenements.csv row's."""
    longitude, latitude = feature["geometry"]["coordinates"]
    differing = [name for name, value in (("latitude", latitude), ("longitude", longitude))
                 if not row[name] or abs(float(value) - float(row[name])) > 1e-6]
    for name, value in (feature.get("properties") or {}).items():
        if name in row and _as_cell(value) != row[name]:
            differing.append(name)
    return differing


def _as_cell(value) -> str:
    """A GeoJSON property as evenements.csv writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _check_database(path: Path, tables: dict[str, int], events_csv: Path) -> list[str]:
    """The DuckDB file opens, holds the tables and views a release has and no other (a table added by hand after
    validation would be published unchecked), each published table with as many rows as its CSV, and its
    events with the CSV's titles, places and points."""
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            found = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            found |= {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal")
                      .fetchall()}
            errors = [f"{path.name} : table ou vue {name} inconnue" for name in sorted(found - DATABASE_OBJECTS)]
            for table, rows in tables.items():
                if table not in found:
                    errors.append(f"{path.name} : table {table} absente")
                elif (n := con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) != rows:
                    errors.append(f"{path.name} : {table} a {n} lignes, {table}.csv en a {rows}")
            if "evenements" in found and not errors:
                differing = con.execute(
                    "SELECT count(*) FROM evenements e FULL JOIN read_csv(?, all_varchar = true) c USING (identifiant) "
                    "WHERE " + " OR ".join(f"coalesce(CAST(e.{name} AS VARCHAR), '') <> coalesce(c.{name}, '')"
                                           for name in ("titre", "code_commune_insee", "edition", "commune"))
                    + " OR coalesce(round(e.latitude, 6), 999) <> coalesce(round(TRY_CAST(c.latitude AS DOUBLE), 6), "
                      "999) OR coalesce(round(e.longitude, 6), 999) <> coalesce(round(TRY_CAST(c.longitude AS DOUBLE), "
                      "6), 999)", [str(events_csv)]).fetchone()[0]
                if differing:
                    errors.append(f"{path.name} : {differing} événement(s) différent(s) de evenements.csv (titre, "
                                  "commune, édition ou point)")
            return errors
    except duckdb.Error as exc:
        return [f"{path.name} : base illisible ({type(exc).__name__})"]


def check_release(published_dir: Path, config: PublicationConfig) -> Release:
    """The release of `published_dir`, validated now, in this run: datapackage.json and every CSV it lists
    with Frictionless (schemas, hashes, sizes), each Parquet copy against its CSV, no unsafe value (contact,
    markup, formula, link) in any format, the GeoJSON and the DuckDB file against evenements.csv. Raises Refusal listing
    what failed; only allow-listed files are looked at, and a missing non-optional one is an error."""
    published_dir = Path(published_dir)
    descriptor = published_dir / "datapackage.json"
    if not descriptor.is_file():
        raise Refusal(f"pas de publication validée dans {published_dir} (datapackage.json absent) : "
                      "lancer d'abord « mois-ess run »")
    try:
        package = json.loads(descriptor.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise Refusal(f"datapackage.json illisible ({exc})") from exc
    errors: list[str] = []
    present = []
    for allowed in config.files:
        if (published_dir / allowed.name).is_file():
            present.append(allowed)
        elif not allowed.optional:
            errors.append(f"{allowed.name} : fichier absent de {published_dir}")
    errors += validate_package(descriptor, formats=("csv",))
    names = {f.name for f in present}
    tables: dict[str, pd.DataFrame] = {}
    for allowed in present:
        if not allowed.name.endswith(".csv"):
            continue
        tables[allowed.name.removesuffix(".csv")] = pd.read_csv(published_dir / allowed.name, dtype=str,
                                                                 keep_default_na=False)
        twin = allowed.name.replace(".csv", ".parquet")
        if twin in names:
            try:
                assert_same_rows(published_dir / allowed.name, published_dir / twin)
            except PublicationInvalid as exc:
                errors.append(str(exc))
            except Exception as exc:  # a damaged or foreign Parquet file fails in pyarrow/pandas in many ways
                errors.append(f"{twin} et {allowed.name} ne contiennent pas les mêmes lignes "
                              f"({type(exc).__name__}: {str(exc)[:120]})")
        elif any(f.name == twin for f in config.files if not f.optional):
            errors.append(f"{twin} : copie Parquet absente")
    if "evenements" in tables:
        events = tables["evenements"]
        editions = sorted({int(edition) for edition in events["edition"].unique() if edition.isdigit()})
        if sorted(int(e) for e in package.get("editions", []) if str(e).isdigit()) != editions:
            errors.append(f"datapackage.json : éditions {package.get('editions')} au lieu de celles de "
                          f"evenements.csv ({editions})")
        if "evenements.geojson" in names:
            errors += _check_geojson(published_dir / "evenements.geojson",
                                     dict(zip(events["identifiant"], events.to_dict("records"), strict=True)))
    # Contacts, markup, formulas, non-http(s) links… in every format (the release gate's own scanner).
    errors += [problem for problem in scan_publication(published_dir) if problem.split(" : ", 1)[0] in names][:30]
    database = next((f for f in present if f.name.endswith(".duckdb")), None)
    if database is not None:
        errors += _check_database(published_dir / database.name, {name: len(frame) for name, frame in tables.items()},
                                  published_dir / "evenements.csv")
    if errors:
        raise Refusal("la publication de " + str(published_dir) + " n'est pas valide, rien n'est envoyé :\n  "
                      + "\n  ".join(errors[:30]))
    others = sorted(p.name for p in published_dir.iterdir() if p.name not in names and not p.name.startswith("."))
    return Release(published_dir, package, tuple(present), tuple(others))


# What the research database holds: the published tables, the reference tables and views, its metadata.
DATABASE_OBJECTS = frozenset({"evenements", "indicateurs", "indicateurs_editions", "laureats", "metadonnees",
                              *REFERENCE_TABLES, *VIEWS})


# --- state and plan ---------------------------------------------------------------------------------------

def duckdb_content_digest(path: Path) -> str:
    """SHA-256 of what a DuckDB file holds (tables, views, columns, comments, rows in sorted order), the same
    for two builds of the same content whatever their bytes."""
    digest = hashlib.sha256()
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = [
            con.execute("SELECT table_name, comment FROM duckdb_tables() ORDER BY table_name").fetchall(),
            con.execute("SELECT view_name, sql, comment FROM duckdb_views() WHERE NOT internal "
                        "ORDER BY view_name").fetchall(),
            con.execute("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
                        "ORDER BY table_name, column_index").fetchall(),
        ]
        digest.update(repr(catalog).encode("utf-8"))
        for (table, _) in catalog[0]:
            cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY ALL')
            while rows := cursor.fetchmany(10_000):
                digest.update(repr(rows).encode("utf-8"))
    return digest.hexdigest()


def fingerprint(path: Path) -> str:
    """What decides whether a file changed: its SHA-256, or its content digest for a DuckDB file."""
    return duckdb_content_digest(path) if path.suffix in CONTENT_DIGESTED else file_digest(path)


@dataclass
class PlanEntry:
    file: str
    title: str
    bytes: int
    sha256: str
    action: str
    resource_id: str | None = None
    fingerprint: str = ""  # = sha256, except for a file compared by content (DuckDB)

    def as_json(self) -> dict:
        return {"fichier": self.file, "titre": self.title, "octets": self.bytes, "sha256": self.sha256,
                "empreinte": self.fingerprint or self.sha256, "action": self.action, "ressource": self.resource_id}


@dataclass
class PublicationState:
    """What was last published to one environment: per file, its resource id and checksums. Written after
    every upload, so a run that stops halfway is resumed by the next one."""

    path: Path
    environment: str
    dataset_id: str = ""
    files: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, state_dir: Path, environment: str, dataset_id: str) -> PublicationState:
        path = Path(state_dir) / f"{environment}.json"
        state = cls(path, environment, dataset_id)
        if path.is_file():
            saved = json.loads(path.read_text(encoding="utf-8"))
            if saved.get("jeu_de_donnees") == dataset_id:  # another dataset id: nothing of it applies
                state.files = saved.get("fichiers", {})
        return state

    def record(self, name: str, resource: dict, sha256: str, size: int, fingerprint: str) -> None:
        self.files[name] = {"ressource": resource["id"], "sha256": sha256, "empreinte": fingerprint, "octets": size,
                            "titre": resource.get("title"), "url_stable": resource.get("latest")}
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        content = {"environnement": self.environment, "jeu_de_donnees": self.dataset_id,
                   "fichiers": dict(sorted(self.files.items()))}
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)


def plan_publication(release: Release, state: PublicationState) -> list[PlanEntry]:
    """Offline plan: per allowed file of the release, its action against the last state of the environment."""
    plan = []
    for allowed in release.files:
        path = release.directory / allowed.name
        sha256, content = file_digest(path), fingerprint(path)
        known = state.files.get(allowed.name)
        if not known or not known.get("ressource"):
            action = CREATE
        else:
            action = UNCHANGED if known.get("empreinte", known.get("sha256")) == content else REPLACE
        plan.append(PlanEntry(allowed.name, allowed.title, path.stat().st_size, sha256, action,
                              (known or {}).get("ressource"), content))
    return plan


def format_plan(plan: list[PlanEntry]) -> str:
    """The plan as a text table (file, resource title, size, checksum, action)."""
    rows = [("fichier", "titre de la ressource", "taille", "sha256", "action")]
    rows += [(e.file, e.title, f"{e.bytes / 1024:,.1f} Kio".replace(",", " "), e.sha256[:16] + "…",
              ACTION_LABELS[e.action]) for e in plan]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    counts = {label: sum(e.action == action for e in plan) for action, label in ACTION_LABELS.items()}
    lines.append(f"{len(plan)} fichiers : " + ", ".join(f"{n} {label}" for label, n in counts.items()))
    return "\n".join(lines)


def write_plan_file(path: Path, environment: str, target: Target, dry_run: bool, plan: list[PlanEntry],
                    executed: list[dict] | None = None) -> Path:
    content = {"environnement": environment, "api": target.api_url, "jeu_de_donnees": target.dataset_id or None,
               "simulation": dry_run, "genere_le": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "plan": [e.as_json() for e in plan]}
    if executed is not None:
        content["execute"] = executed
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


# --- metadata ---------------------------------------------------------------------------------------------

def fingerprint_line(allowed: AllowedFile, digest: str) -> str:
    if Path(allowed.name).suffix in CONTENT_DIGESTED:
        return ("Empreinte du contenu (SHA-256 des tables, vues, colonnes et lignes ; les octets du fichier "
                f"changent d'une construction à l'autre) : `{digest}`")
    return f"Empreinte SHA-256 : `{digest}`"


def resource_payload(allowed: AllowedFile, digest: str, config: PublicationConfig) -> dict:
    """What a PUT on the resource sets: title, description (with the file's SHA-256, which datapackage.json
    also gives, or a DuckDB file's content digest), type and the Table Schema link. Format, size and checksum
    are computed by data.gouv.fr from the uploaded file (and checked against ours after the upload)."""
    return {
        "title": allowed.title,
        "description": f"{allowed.description}\n\n{fingerprint_line(allowed, digest)}",
        "type": allowed.type,
        "schema": {"url": schema_url(config, allowed.schema)} if allowed.schema else None,
    }


def dataset_payload(release: Release, config: PublicationConfig) -> dict:
    """Dataset metadata: title and warning from datapackage.json, description (what, sources, method, how to
    cite), licence, frequency, temporal coverage of the published editions, spatial coverage, tags."""
    package, meta = release.package, config.dataset
    sources = "\n".join(f"- {s['title']}" + (f" ({s['path']})" if s.get("path") else "")
                        for s in package.get("sources", []))
    editions = release.editions
    span = f"{editions[0]}–{editions[-1]}" if editions else "aucune"
    warning = package["description"].split("\n\n")[0] + "\n\n" if release.synthetic else ""
    description = (
        f"{warning}{meta['description'].strip()}\n\n"
        f"**Éditions publiées.** {span} (`editions` dans datapackage.json).\n\n"
        f"**Sources.**\n{sources}\n\n"
        f"**Pour citer.** Équipe mois-ess-data, « {package['title']} », version {package.get('version', '')}, "
        "data.gouv.fr, Licence Ouverte 2.0. Les schémas des fichiers sont publiés avec le code "
        f"({config.schema_repository})."
    )
    payload = {
        "title": package["title"],
        "description": description,
        "license": meta["licence"],
        "frequency": meta["frequence"],
        "tags": list(meta["mots_cles"]),
        "spatial": {"zones": list(meta["zones"]), "granularity": meta["granularite"]},
    }
    if editions:
        payload["temporal_coverage"] = {"start": f"{editions[0]}-11-01", "end": f"{editions[-1]}-11-30"}
    return payload


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v not in (None, "", [], {})}
    return value


def resource_differs(remote: dict, payload: dict) -> bool:
    for key, wanted in payload.items():
        have = remote.get(key)
        if key == "schema":
            if _clean(have or {}) != _clean(wanted or {}):
                return True
        elif (have or "").strip() != (wanted or "").strip():
            return True
    return False


def dataset_differs(remote: dict, payload: dict) -> bool:
    for key, wanted in payload.items():
        have = remote.get(key)
        if key == "tags":
            same = sorted(have or []) == sorted(wanted)
        elif key == "temporal_coverage":
            have = have or {}
            same = all(str(have.get(k) or "")[:10] == wanted[k] for k in ("start", "end"))
        elif key == "spatial":
            have = have or {}
            granularity = have.get("granularity")
            granularity = granularity.get("id") if isinstance(granularity, dict) else granularity
            same = sorted(have.get("zones") or []) == sorted(wanted["zones"]) and granularity == wanted["granularity"]
        elif key == "license" and isinstance(have, dict):
            same = have.get("id") == wanted
        else:
            same = (have or "").strip() == wanted.strip()
        if not same:
            return True
    return False


# --- execution --------------------------------------------------------------------------------------------

def upload_title(file_name: str) -> str:
    """The title udata gives a freshly uploaded file: its name slugified, dots kept (udata/core/storages/
    utils.py: Slugify(separator="-", to_lower=True, safe_chars="."))."""
    return re.sub(r"[^a-z0-9.]+", "-", file_name.lower()).strip("-")


def same_content(resource: dict, path: Path) -> bool:
    """True when the remote resource holds exactly this file: its checksum (whatever algorithm udata used)
    and its size agree. No checksum = cannot tell = replaced."""
    checksum = resource.get("checksum") or {}
    algorithm = CHECKSUM_ALGORITHMS.get(str(checksum.get("type") or ""))
    if algorithm is None or not checksum.get("value"):
        return False
    if resource.get("filesize") not in (None, path.stat().st_size):
        return False
    return file_digest(path, algorithm) == str(checksum["value"]).lower()


def _match(allowed: AllowedFile, known_id: str | None, resources: list[dict], taken: set[str],
           path: Path) -> dict | None:
    """The remote resource holding this file: the one the state remembers, else the one titled like it, else one
    left with its upload title by an interrupted run, whatever its bytes: a new release since then replaces them
    in place, where a new resource beside it would stay a stale duplicate."""
    candidates = [r for r in resources if r.get("id") not in taken and r.get("filetype", "file") == "file"]
    for resource in candidates:
        if known_id and resource.get("id") == known_id:
            return resource
    for resource in candidates:
        if resource.get("title") == allowed.title:
            return resource
    for resource in candidates:
        if resource.get("title") == upload_title(allowed.name):
            return resource
    return None


def _check_upload(resource: dict, path: Path, file_name: str) -> None:
    if not same_content(resource, path):
        raise DataGouvError(f"{file_name} : le fichier reçu par data.gouv.fr ne correspond pas au fichier envoyé "
                            f"(empreinte {resource.get('checksum')}, taille {resource.get('filesize')})")


def _remote_dataset(api: UdataApi, dataset_id: str) -> tuple[dict, list[dict]]:
    """The dataset as GET /datasets/{id}/ gives it, and its resources. Raises DataGouvError when the answer is
    not that dataset: an empty or foreign body read as "no resource yet" would upload every file again."""
    remote = api.dataset(dataset_id)
    url = f"{api.base_url}/datasets/{dataset_id}/"
    if not isinstance(remote, dict) or dataset_id not in (remote.get("id"), remote.get("slug")):
        seen = remote.get("id") if isinstance(remote, dict) else type(remote).__name__
        raise DataGouvError(f"GET {url} : la réponse n'est pas le jeu de données {dataset_id} (reçu : {seen!r}) ; "
                            "rien n'est envoyé")
    resources = remote.get("resources")
    if not isinstance(resources, list) or not all(isinstance(r, dict) and r.get("id") for r in resources):
        raise DataGouvError(f"GET {url} : la liste des ressources du jeu de données est absente ou illisible ; "
                            "rien n'est envoyé")
    return remote, resources


def _private_copies(release: Release, plan: list[PlanEntry], folder: Path) -> dict[str, Path]:
    """A copy in `folder` of each file of the release, under its own name, whose SHA-256 is the plan's: what is
    uploaded is then what this run validated, even if data/published/ is rewritten meanwhile. Raises
    DataGouvError naming the files whose bytes are no longer those of the plan."""
    expected = {e.file: e.sha256 for e in plan}
    copies, changed = {}, []
    for allowed in release.files:
        copy, digest = folder / allowed.name, hashlib.sha256()
        with open(release.directory / allowed.name, "rb") as source, open(copy, "xb") as target:
            while block := source.read(1 << 20):
                digest.update(block)
                target.write(block)
        if digest.hexdigest() != expected.get(allowed.name):
            changed.append(allowed.name)
        copies[allowed.name] = copy
    if changed:
        raise DataGouvError(f"{', '.join(changed)} : fichier(s) modifié(s) depuis leur validation par cette "
                            "exécution (empreinte SHA-256 différente de celle du plan) ; rien n'est envoyé, "
                            "relancer la publication pour valider la nouvelle version")
    return copies


@contextlib.contextmanager
def publication_lock(state_dir: Path) -> Iterator[None]:
    """Holds state_dir/publication.lock (flock, exclusive) for the block; raises Refusal at once when another
    process holds it. The kernel releases it with the file, so a killed run leaves no stale lock."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / "publication.lock"
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Refusal(f"refusé : une autre publication est en cours avec le même dossier d'état ({path} "
                          "verrouillé) ; rien n'est envoyé, relancer quand elle sera terminée") from None
        yield


def execute_plan(release: Release, config: PublicationConfig, target: Target, api: UdataApi,
                 state: PublicationState, log: Callable[[str], None], plan: list[PlanEntry]) -> list[dict]:
    """Publish the release to `target`: each allowed file created, replaced in place (same resource id) or left
    alone according to the remote dataset's checksums, then resource and dataset metadata PUT when they
    differ. Returns one line per file with the action done. The state is saved after each file, and a create
    whose response was lost is found again instead of uploaded twice, so a rerun completes a failed run
    without duplicates. The bytes sent are private copies checked against the plan's SHA-256 before any call
    that writes. Two runs on the same state folder would both create the missing resources: a second one is
    refused (Refusal) before any call."""
    with publication_lock(state.path.parent):
        return _execute(release, config, target, api, state, log, plan)


def _execute(release: Release, config: PublicationConfig, target: Target, api: UdataApi,
             state: PublicationState, log: Callable[[str], None], plan: list[PlanEntry]) -> list[dict]:
    extensions = {str(e).lower() for e in api.allowed_extensions()}
    refused = [f.name for f in release.files if Path(f.name).suffix.lstrip(".").lower() not in extensions]
    if refused:
        raise DataGouvError(f"{target.api_url} n'accepte pas ces types de fichiers : {', '.join(refused)} "
                            f"(extensions acceptées : GET {target.api_url}/datasets/extensions/) ; rien n'est envoyé")
    with tempfile.TemporaryDirectory(prefix="mois-ess-datagouv-") as private:
        copies = _private_copies(release, plan, Path(private))
        return _send(release, config, target, api, state, log, copies)


def _send(release: Release, config: PublicationConfig, target: Target, api: UdataApi, state: PublicationState,
          log: Callable[[str], None], copies: dict[str, Path]) -> list[dict]:
    dataset_id = target.dataset_id
    remote, resources = _remote_dataset(api, dataset_id)
    forgotten = sorted(name for name, known in state.files.items()
                       if known.get("ressource") not in {r["id"] for r in resources})
    if forgotten:
        # Not a refusal: resources deleted by hand must stay republishable, and the body is that dataset's.
        log(f"ressources notées dans {state.path} absentes du jeu de données (retrouvées par leur titre ou "
            f"recréées) : {', '.join(forgotten)}")
    taken: set[str] = set()
    executed = []
    for allowed in release.files:
        path = copies[allowed.name]
        sha256, size, content = file_digest(path), path.stat().st_size, fingerprint(path)
        known = (state.files.get(allowed.name) or {}).get("ressource")
        resource = _match(allowed, known, resources, taken, path)
        uploads = 0
        if resource is None:
            action = CREATE

            def find_existing(allowed=allowed, path=path) -> dict | None:
                _, fresh = _remote_dataset(api, dataset_id)
                return next((r for r in fresh if r.get("id") not in taken
                             and r.get("title") == upload_title(allowed.name) and same_content(r, path)), None)

            resource = api.upload_new(dataset_id, path, find_existing=find_existing)
            uploads = 1
        elif same_content(resource, path) or (path.suffix in CONTENT_DIGESTED and fingerprint_line(
                allowed, content) in (resource.get("description") or "")):
            action = UNCHANGED
        else:
            action = REPLACE
            resource = api.upload_replace(dataset_id, resource["id"], path)
            uploads = 1
        if uploads:
            _check_upload(resource, path, allowed.name)
            state.record(allowed.name, resource, sha256, size, content)
            log(f"{allowed.name} : {ACTION_LABELS[action]} (ressource {resource['id']})")
        taken.add(resource["id"])
        payload = resource_payload(allowed, content, config)
        metadata_put = resource_differs(resource, payload)
        if metadata_put:
            resource = api.update_resource(dataset_id, resource["id"], payload) or resource
        state.record(allowed.name, resource, sha256, size, content)
        executed.append({"fichier": allowed.name, "action": action, "ressource": resource["id"],
                         "televersements": uploads, "metadonnees_mises_a_jour": metadata_put,
                         "url_stable": resource.get("latest")})
    payload = dataset_payload(release, config)
    dataset_put = dataset_differs(remote, payload)
    if dataset_put:
        api.update_dataset(dataset_id, payload)
    executed.append({"jeu_de_donnees": dataset_id, "metadonnees_mises_a_jour": dataset_put})
    return executed


def refuse_if_not_allowed(release: Release, environment: str, target: Target, dry_run: bool, api_key: str) -> None:
    """The refusals: synthetic data to production (even as a dry run), then, for a real run, no API key or no
    dataset id configured for the environment."""
    if environment not in ENVIRONMENTS:
        raise Refusal(f"environnement inconnu {environment!r} : demo ou www")
    if environment == "www" and release.synthetic:
        raise Refusal("refusé : la publication est marquée synthétique (donnees_synthetiques: true dans "
                      "datapackage.json) ; des données synthétiques ne vont jamais sur www.data.gouv.fr "
                      "(utiliser --env demo)")
    if dry_run:
        return
    if not api_key:
        raise Refusal("refusé : pas de clé d'API ; définir DATAGOUV_API_KEY dans l'environnement avec une clé "
                      f"de {target.api_url.split('/api/')[0]}")
    if not (api_key.isascii() and api_key.isprintable()) or api_key != api_key.strip():
        # A key copied with a space or a Windows line end (« \r » from a .env file) fails deep in the HTTP library;
        # the key itself is never shown.
        raise Refusal("refusé : DATAGOUV_API_KEY contient un espace, un retour à la ligne ou un caractère non ASCII "
                      "(copie d'un fichier édité sous Windows ?) ; la recopier sans eux")
    if not target.dataset_id:
        raise Refusal(f"refusé : aucun identifiant de jeu de données pour l'environnement {environment} "
                      "(config/datagouv.yaml, environnements." + environment + ".jeu_de_donnees)")


def plan_summary(plan: list[PlanEntry]) -> dict[str, int]:
    return {action: sum(e.action == action for e in plan) for action in ACTION_LABELS}

