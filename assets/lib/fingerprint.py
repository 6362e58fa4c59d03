"""Fingerprints of what each stage of the main job reads (snapshots, configuration, reference files, code) and
of the release it wrote, kept in the warehouse, so that a rerun with nothing new rebuilds nothing.

A fingerprint is a sha256 over file paths and contents, never over timestamps: copying the repository or
touching a file does not trigger a rebuild, a changed byte does.
"""

import hashlib
import importlib.metadata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.lib.warehouse import connect, table_exists

TABLE = "build_fingerprints"
# What the pipeline's behaviour depends on besides the data: its code, schemas, configuration and templates.
CODE_PATHS = ("assets", "pipelines", "schemas", "config", "pyproject.toml")
_IGNORED_PARTS = {"__pycache__", ".pytest_cache"}


def _files(path: Path) -> Iterable[Path]:
    if path.is_file():
        yield path
    elif path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not _IGNORED_PARTS & set(child.parts) and child.suffix != ".pyc":
                yield child


def tree_digest(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative path and content of every file under `paths` (files or folders), in path
    order; a missing path counts as empty."""
    digest = hashlib.sha256()
    for path in paths:
        for file in _files(path):
            digest.update(str(file.relative_to(root) if file.is_relative_to(root) else file).encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def combine(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def library_versions(names: Iterable[str]) -> list[str]:
    """« name=version » of each installed distribution, « name= » for one that is not: a part of the key of what
    another version of a library may make with other bytes."""
    versions = []
    for name in names:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=")
    return versions


def code_digest(repo: Path) -> str:
    """The code version: every source, schema, configuration and template file of the pipeline, and the sources file
    chosen with --sources when it lies outside config/ (a change in it must rebuild what it configures)."""
    from assets.lib.config import sources_file

    chosen = sources_file()
    elsewhere = [] if chosen.resolve().is_relative_to((repo / "config").resolve()) else [chosen]
    return tree_digest([*(repo / p for p in CODE_PATHS), *elsewhere], repo)


def _published_files(published: Path) -> Iterable[tuple[str, Path]]:
    """(path relative to the release folder, path) of every published file, staging folders excluded."""
    for file in _files(published):
        name = file.relative_to(published)
        if not name.parts[0].startswith("."):
            yield str(name), file


def published_digests(published: Path) -> dict[str, str]:
    """sha256 of every published file, by path relative to the release folder (staging folders excluded)."""
    return {name: hashlib.sha256(file.read_bytes()).hexdigest() for name, file in _published_files(published)}


def published_stats(published: Path) -> dict[str, tuple[int, int, int]]:
    """(inode, size, modification time) of every published file, as published_digests lists them: a file is
    replaced by a rename, so any file written anew differs here, at the cost of a stat rather than a read."""
    stats = {}
    for name, file in _published_files(published):
        stat = file.stat()
        stats[name] = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    return stats


@dataclass
class BuildPlan:
    """What a run has to build: the reference stage or not, which editions, the release or not; and the
    fingerprints to store once the run has succeeded."""
    reference: bool
    editions: list[int]
    release: bool
    fingerprints: dict[str, str] = field(default_factory=dict)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.reference or self.editions or self.release)


def stored_fingerprints(database: Path) -> dict[str, str]:
    if not database.exists():
        return {}
    with connect(database, read_only=True) as con:
        if not table_exists(con, TABLE):
            return {}
        return dict(con.execute(f"SELECT scope, fingerprint FROM {TABLE}").fetchall())


def store_fingerprints(database: Path, fingerprints: dict[str, str], drop_prefix: str = "") -> None:
    """Upsert `fingerprints` (scope -> sha256); scopes starting with `drop_prefix` that are not in
    `fingerprints` are removed first (the published-file list is replaced whole)."""
    with connect(database) as con:
        con.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (scope VARCHAR PRIMARY KEY, fingerprint VARCHAR)")
        scopes = sorted(fingerprints)
        con.execute("BEGIN TRANSACTION")
        con.execute(f"DELETE FROM {TABLE} WHERE list_contains(?, scope) OR (? <> '' AND starts_with(scope, ?))",
                    [scopes, drop_prefix, drop_prefix])
        # One insert of all rows: executemany runs one statement per row (~0.15 s for the 44 scopes of a run).
        rows = pa.table({"scope": pa.array(scopes, pa.string()),
                         "fingerprint": pa.array([fingerprints[s] for s in scopes], pa.string())})
        con.from_arrow(rows).insert_into(TABLE)
        con.execute("COMMIT")


def forget_fingerprints(database: Path) -> None:
    """After a failed run nothing is known to be up to date: every stage runs next time."""
    if database.exists():
        try:
            with connect(database) as con:
                con.execute(f"DROP TABLE IF EXISTS {TABLE}")
        except duckdb.IOException:  # locked by another program: that run could not have written either
            pass


def plan_build(
    repo: Path, raw_dir: Path, reference_dir: Path, published: Path, database: Path, years: list[int],
    edition_folders: dict[int, list[Path]], forced: Iterable[int] = (), live: Iterable[int] = (),
) -> BuildPlan:
    """The stages whose inputs changed since the last successful run, from the fingerprints stored in
    `database`. `edition_folders` gives the raw folders each edition reads; editions in `forced` (asked for
    by name) and in `live` (a feed URL is configured: a new snapshot is fetched each run) are always built.
    The release is rebuilt when any stage ran, when the set of editions changed, or when a published file
    no longer has the bytes the last run wrote."""
    stored = stored_fingerprints(database)
    code = code_digest(repo)
    reference = combine("reference", code, tree_digest([reference_dir], reference_dir))
    fingerprints = {"reference": reference}
    for year in years:
        raw = tree_digest(edition_folders.get(year, []), raw_dir)
        fingerprints[f"edition:{year}"] = combine("edition", str(year), reference, raw)
    forced, live = set(forced), set(live)
    build_reference = stored.get("reference") != reference
    editions = [y for y in years if build_reference or y in forced or y in live
                or stored.get(f"edition:{y}") != fingerprints[f"edition:{y}"]]
    built = sorted(set(years) | {int(s.split(":")[1]) for s in stored if s.startswith("edition:")})
    release = combine("release", code, *(fingerprints.get(f"edition:{y}", stored.get(f"edition:{y}", ""))
                                          for y in built))
    fingerprints["release"] = release
    files = {s.removeprefix("file:"): v for s, v in stored.items() if s.startswith("file:")}
    build_release = bool(build_reference or editions or stored.get("release") != release or not files
                         or published_digests(published) != files)
    return BuildPlan(build_reference, editions, build_release, fingerprints)
