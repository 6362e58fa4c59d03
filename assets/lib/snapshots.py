"""Immutable on-disk snapshots of feeds: one folder per fetch, a manifest with each file's sha256."""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assets.lib.digest import sha256_hex
from assets.lib.http_client import FeedError
from assets.lib.records import FileProblem

MANIFEST = "manifest.json"
SNAPSHOT_ID_FORMAT = "%Y%m%dT%H%M%SZ"


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)
        f.flush()
        # The folder rename is only atomic for what already reached the disk.
        os.fsync(f.fileno())


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("fetched_at must be timezone-aware (UTC), got a naive datetime")
    return moment.astimezone(UTC).replace(microsecond=0)


def _plain_name(name: Any) -> bool:
    """True for a bare file name of the snapshot folder: no separator, no `..`, not absolute."""
    return (isinstance(name, str) and name not in ("", ".", "..", MANIFEST) and "/" not in name
            and "\\" not in name and "\0" not in name)


def matching_files(folder: Path, patterns: Iterable[str]) -> list[str]:
    """Sorted names of the files of `folder` a pattern matches whatever the case of their letters: Windows tools and
    users name exports « AGENDA.ICS », « Programme.XLSX » (a case-sensitive glob passed over them without a word).
    The manifest, hidden files and office lock files (« ~$… ») are not listed."""
    if not Path(folder).is_dir():
        return []
    lowered = [pattern.lower() for pattern in patterns]
    return sorted(path.name for path in Path(folder).iterdir()
                  if path.name != MANIFEST and not path.name.startswith((".", "~$"))
                  and any(fnmatch.fnmatchcase(path.name.lower(), pattern) for pattern in lowered) and path.is_file())


def snapshot_files(snapshot_dir: Path, patterns: Iterable[str]) -> tuple[list[str], list[str]]:
    """(files to read, manifest problems): the manifest's list, else files matching `patterns` by name.

    A manifest entry that is not a plain file name (`../x`, `/etc/passwd`, `sub/page.json`) is not read
    and is reported: a hand-edited manifest must not make the pipeline read outside its snapshot.
    """
    snapshot_dir = Path(snapshot_dir)
    every = matching_files(snapshot_dir, patterns)
    manifest_path = snapshot_dir / MANIFEST
    if not manifest_path.exists():
        return every, []
    try:
        listed = [entry["file"] for entry in json.loads(manifest_path.read_bytes())["pages"]]
    except (ValueError, KeyError, TypeError) as exc:
        return every, [f"manifest illisible, tous les fichiers du dossier sont lus : {exc}"]
    problems = [f"entrée du manifest non lue, pas un nom de fichier du dossier : {name!r}"
                for name in listed if not _plain_name(name)]
    return [name for name in listed if _plain_name(name)], problems


def read_snapshot_files(
    snapshot_dir: Path, patterns: Iterable[str], *, source: str, edition: int
) -> tuple[list[tuple[str, bytes]], list[FileProblem]]:
    """(file name, bytes) of every file of a snapshot in reading order, and a FileProblem for an
    unreadable manifest or a listed file that is missing: what every source reader starts from."""
    snapshot_dir = Path(snapshot_dir)
    files, manifest_problems = snapshot_files(snapshot_dir, patterns)
    problems = [FileProblem(source, edition, MANIFEST, None, reason) for reason in manifest_problems]
    contents = []
    for name in files:
        path = snapshot_dir / name
        if path.is_file():
            contents.append((name, path.read_bytes()))
        else:
            problems.append(FileProblem(source, edition, name, None, "fichier listé dans le manifest mais absent"))
    return contents, problems


def read_manifest(snapshot_dir: Path) -> dict[str, Any]:
    """The snapshot's manifest, {} when it has none or it is unreadable."""
    try:
        manifest = json.loads((Path(snapshot_dir) / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _same_files(snapshot_dir: Path, entries: list[dict[str, Any]]) -> bool:
    listed = read_manifest(snapshot_dir).get("pages")
    if not isinstance(listed, list):
        return False
    key = [(e.get("file"), e.get("sha256")) for e in listed if isinstance(e, dict)]
    return key == [(e["file"], e["sha256"]) for e in entries]


class SnapshotStore:
    """Immutable feed snapshots: `root/<source>/<edition>/<snapshot_id>/page-NNNN.json` + manifest.json.

    `snapshot_id` is the UTC fetch time `YYYYMMDDTHHMMSSZ`; a hand-dropped export is a folder
    without manifest (e.g. `export`). Snapshots are built in a hidden sibling folder (`.tmp-…`) and
    renamed into place, so a failed fetch leaves nothing that `latest_snapshot` would pick.
    """

    def __init__(self, root: Path, source: str) -> None:
        self.root = Path(root)
        self.source = source

    def edition_dir(self, edition: int) -> Path:
        return self.root / self.source / str(edition)

    def write_snapshot(
        self,
        edition: int,
        pages: Iterable[tuple[str, bytes, int]],
        base_url: str,
        fetched_at: datetime,
        notes: dict[str, Any] | None = None,
    ) -> Path:
        """Write `(url, raw_bytes, n_records)` pages as `page-NNNN.json` files of a new snapshot."""
        files = ((f"page-{number:04d}.json", url, data, n) for number, (url, data, n) in enumerate(pages, start=1))
        return self.write_files(edition, files, base_url=base_url, fetched_at=fetched_at, notes=notes)

    def write_files(
        self,
        edition: int,
        files: Iterable[tuple[str, str, bytes, int | None]],
        base_url: str,
        fetched_at: datetime,
        notes: dict[str, Any] | None = None,
    ) -> Path:
        """Write `(file name, url, raw_bytes, n_records)` as a new complete snapshot and return its folder.

        Files are consumed lazily (a fetch generator streams straight to disk); if the iterable
        raises, the partial folder is removed and the error propagates. A snapshot is never
        rewritten: a second fetch within the same second gets the id suffixed `-2`, `-3`…, which
        still sorts after the first. When the files are byte for byte those of the latest fetched snapshot
        of the edition, nothing is written and that snapshot is returned: an unchanged feed is no new
        snapshot. `notes` go in the manifest (`validators`: the ETag / Last-Modified to send next time;
        `pagination_coupee`: why a paginated fetch stopped early).
        """
        fetched_at = _utc(fetched_at)
        parent = self.edition_dir(edition)
        base_id = fetched_at.strftime(SNAPSHOT_ID_FORMAT)
        final = parent / base_id
        for attempt in range(2, 100):
            if not final.exists():
                break
            final = parent / f"{base_id}-{attempt}"
        exists = f"{self.source}: snapshot {final} already exists, refusing to overwrite"
        if final.exists():
            raise FileExistsError(exists)
        parent.mkdir(parents=True, exist_ok=True)
        tmp = parent / f".tmp-{final.name}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            entries = []
            for name, url, data, n_records in files:
                if Path(name).name != name or name == MANIFEST or name.startswith("."):
                    raise ValueError(f"{self.source}: invalid snapshot file name {name!r}")
                _write_file(tmp / name, data)
                entries.append({"file": name, "url": url, "sha256": sha256_hex(data), "bytes": len(data),
                                "records": n_records})
            if not entries:
                raise ValueError(f"{self.source}: no file to write for edition {edition}")
            previous = self.latest_fetched(edition)
            if previous is not None and _same_files(previous, entries):
                shutil.rmtree(tmp, ignore_errors=True)
                return previous
            manifest = {
                "source": self.source,
                "edition": edition,
                "fetched_at": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "base_url": base_url,
                "complete": True,
                "pages": entries,
                **(notes or {}),
            }
            text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
            _write_file(tmp / MANIFEST, text.encode("utf-8"))
            # Checked again: os.rename would silently replace an empty folder created meanwhile.
            if final.exists():
                raise FileExistsError(exists)
            os.rename(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return final

    def snapshots(self, edition: int, patterns: Iterable[str] = ("*.json",)) -> list[Path]:
        """Complete snapshots of an edition, oldest first (by snapshot id, as text).

        A folder counts if its manifest says `complete: true`, or if it has no manifest but holds
        files matching `patterns` (a hand-dropped export: `*.json` pages, `*.ics`, spreadsheets…).
        Hidden folders (unfinished writes) never count.
        """
        parent = self.edition_dir(edition)
        if not parent.is_dir():
            return []
        found = []
        for folder in parent.iterdir():
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            manifest = folder / MANIFEST
            if manifest.exists():
                try:
                    complete = json.loads(manifest.read_bytes()).get("complete") is True
                except (ValueError, AttributeError):
                    complete = False  # an unreadable manifest cannot vouch for its pages
                if complete:
                    found.append(folder)
            elif matching_files(folder, patterns):
                found.append(folder)
        return sorted(found, key=lambda p: p.name)

    def latest_snapshot(self, edition: int, patterns: Iterable[str] = ("*.json",)) -> Path | None:
        """The complete snapshot with the greatest id, or None.

        Ids compare as text, so a manifest-less folder named `export` sorts after every timestamp:
        name hand-dropped folders by their export date (`20191201T000000Z`).
        """
        found = self.snapshots(edition, patterns)
        return found[-1] if found else None

    def latest_fetched(self, edition: int) -> Path | None:
        """The newest snapshot written by a fetch (with a manifest), or None."""
        fetched = [p for p in self.snapshots(edition) if (p / MANIFEST).exists()]
        return fetched[-1] if fetched else None

    def validators(self, edition: int) -> dict[str, str]:
        """ETag / Last-Modified kept with the newest fetched snapshot, for a conditional request."""
        latest = self.latest_fetched(edition)
        return dict(read_manifest(latest).get("validators") or {}) if latest is not None else {}

    def verify(self, snapshot_dir: Path) -> int:
        """Check every page against the manifest (presence, size, sha256); return the pages checked.

        Raises FeedError naming the file on the first mismatch. A folder without manifest (a
        hand-dropped export) has nothing to check against and returns 0.
        """
        snapshot_dir = Path(snapshot_dir)
        manifest_path = snapshot_dir / MANIFEST
        if not manifest_path.exists():
            return 0
        try:
            manifest = json.loads(manifest_path.read_bytes())
            entries = manifest["pages"]
            if not isinstance(entries, list):
                raise TypeError(f"ses pages sont un {type(entries).__name__}, pas une liste")
        except (ValueError, KeyError, TypeError) as exc:
            raise FeedError(
                f"{self.source} : manifest illisible : {manifest_path} ({exc})", source=self.source
            ) from exc
        for entry in entries:
            name = entry.get("file") if isinstance(entry, dict) else None
            if not _plain_name(name):
                raise FeedError(
                    f"{self.source} : le manifest liste autre chose qu'un nom de fichier : {name!r} ({manifest_path})",
                    source=self.source,
                )
            path = snapshot_dir / name
            url = entry.get("url")
            if not path.is_file():
                raise FeedError(
                    f"{self.source} : fichier listé dans le manifest mais absent : {path}",
                    source=self.source,
                    url=url,
                )
            data = path.read_bytes()
            digest = sha256_hex(data)
            expected_digest, expected_bytes = entry.get("sha256"), entry.get("bytes")
            if not isinstance(expected_digest, str) or not isinstance(expected_bytes, int):
                raise FeedError(f"{self.source} : manifest sans sha256 ni taille : {name!r} ({manifest_path})",
                                source=self.source, url=url)
            if digest != expected_digest or len(data) != expected_bytes:
                raise FeedError(
                    f"{self.source} : fichier différent de son manifest : {path} "
                    f"(sha256 {digest[:12]}…, {len(data)} octets ; attendu {expected_digest[:12]}…, "
                    f"{expected_bytes} octets)",
                    source=self.source,
                    url=url,
                )
        return len(entries)
