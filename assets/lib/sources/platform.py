"""National platform feed (lemois-ess.org): fetch an edition into a snapshot, read it back, map its events.

Format and snapshot layout: docs/format-plateforme.md. Reading is tolerant: a malformed file never
crashes the run, it becomes a FileProblem and the good files are still read.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from pydantic.dataclasses import dataclass

from assets.lib.http_client import DEFAULT_POLICY, FeedError, RetryPolicy, fetch_json_pages
from assets.lib.json_records import json_event_records
from assets.lib.records import FileProblem, RawRecord
from assets.lib.snapshots import MANIFEST, SnapshotStore, read_snapshot_files
from assets.lib.sources.base import (
    NO_ACCESS,
    OPTIONS_CONFIG,
    FeedAccess,
    ReadResult,
    SourceKind,
    identifier_text,
    pick_translation,
)

PATTERNS = ("*.json", "*.jsonl", "*.ndjson")


@dataclass(config=OPTIONS_CONFIG)
class PlatformOptions:
    """The platform feed has no reading option: its format is fixed (docs/format-plateforme.md)."""


SOURCE = "plateforme"


def _check_page(page: Any, url: str, edition: int, source: str) -> list[Any]:
    """The page's events; a page we cannot paginate or that answers another edition stops the fetch."""
    if not isinstance(page, dict) or not isinstance(page.get("events"), list):
        raise FeedError(f"{source}: {url} n'est pas une page avec une liste d'événements", source=source, url=url)
    # A platform ignoring the edition parameter would otherwise store another year under this one.
    if page.get("edition") is not None and str(page["edition"]) != str(edition):
        raise FeedError(
            f"{source}: {url} answered edition {page['edition']!r}, expected {edition}",
            source=source,
            url=url,
        )
    following = page.get("next")
    if following is not None and not isinstance(following, str):
        raise FeedError(f"{source}: {url} a un lien de page suivante qui n'est pas un texte {following!r}",
                        source=source, url=url)
    return page["events"]


def fetch_platform_edition(
    client: httpx.Client,
    base_url: str,
    edition: int,
    *,
    store: SnapshotStore,
    now: datetime,
    per_page: int = 100,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Path:
    """Fetch every page of an edition (following `next` until null) into a new snapshot; return its folder.

    Pages are stored byte for byte as received. Raises FeedError on an HTTP failure after retries,
    invalid JSON, a page that is not a page object or another edition; nothing is then written. A `next`
    that loops back keeps the pages received and notes the loop in the manifest (`pagination_coupee`).
    `now` (timezone-aware) becomes the snapshot id.
    """
    source = store.source
    first_url = f"{base_url.rstrip('/')}/events"
    params = {"edition": edition, "page": 1, "per_page": per_page}
    notes: dict[str, Any] = {}

    def next_url(page: Any, url: str) -> str | None:
        _check_page(page, url, edition, source)
        return page.get("next")

    pages = (
        (url, raw, len(_check_page(page, url, edition, source)))
        for url, raw, page in fetch_json_pages(
            client, first_url, source=source, next_url=next_url, params=params, policy=policy,
            on_cut=lambda reason: notes.update(pagination_coupee=reason),
        )
    )
    return store.write_snapshot(edition, pages, base_url=base_url, fetched_at=now, notes=notes)


def platform_record_id(event: dict[str, Any]) -> str | None:
    """The event's platform id as text, None if absent or no id (base.identifier_text)."""
    return identifier_text(event.get("id"))


def _manifest_edition(snapshot_dir: Path) -> int | None:
    try:
        edition = json.loads((snapshot_dir / MANIFEST).read_bytes()).get("edition")
    except (OSError, ValueError, AttributeError):
        return None
    return int(edition) if edition is not None else None


def read_platform_snapshot(
    snapshot_dir: Path, *, edition: int | None = None, source: str = SOURCE
) -> tuple[list[RawRecord], list[FileProblem]]:
    """Every event of a snapshot as RawRecords, plus a FileProblem per unreadable file or entry.

    Files come from the manifest when there is one, else every `*.json` in name order (a
    hand-dropped export); each is a page object `{"events": [...]}` or a bare list of events.
    A malformed file never crashes the run: invalid JSON, a file that is neither a page nor a
    list, or an entry that is not a JSON object is reported and skipped, the rest is still read.
    The edition comes from `edition`, else the manifest, else the parent folder name.
    Payloads are returned as received (contacts included): filtering happens downstream.
    """
    snapshot_dir = Path(snapshot_dir)
    candidates = (edition, _manifest_edition(snapshot_dir), _folder_edition(snapshot_dir))
    year = next((y for y in candidates if y is not None), None)
    if year is None:
        raise ValueError(f"cannot tell the edition of {snapshot_dir}: pass edition=")

    contents, problems = read_snapshot_files(snapshot_dir, PATTERNS, source=source, edition=year)
    records, unreadable = json_event_records(contents, source=source, edition=year, events_of=_page_events,
                                             record_id=platform_record_id,
                                             not_events="ni page d'événements ni liste d'événements")
    return records, problems + unreadable


def _page_events(content: Any) -> list[Any] | None:
    """The events of a page object `{"events": [...]}` or of a bare list, None for anything else."""
    if isinstance(content, dict) and isinstance(content.get("events"), list):
        return content["events"]
    return content if isinstance(content, list) else None


def _folder_edition(snapshot_dir: Path) -> int | None:
    # Layout: <root>/plateforme/<edition>/<snapshot_id>/
    name = snapshot_dir.resolve().parent.name
    return int(name) if name.isdigit() else None


def _as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def map_platform_event(event: dict, options: PlatformOptions | None = None, edition: int | None = None) -> dict:
    organizer = _as_dict(event.get("organizer"))
    place = _as_dict(event.get("place"))
    event_id = platform_record_id(event)
    # Organiser and personal contacts (organizer.email/phone, contact.*) are deliberately not mapped.
    return {
        "source_identifiant": event_id or event.get("id"),  # unreadable: normalize says why
        "titre": pick_translation(event.get("title"), "fr"),  # a text given per language: its French
        "description": pick_translation(event.get("description"), "fr"),
        "date_debut": event.get("start"),
        "date_fin": event.get("end"),
        "categories": [str(c) for c in _as_list(event.get("categories")) if c],
        # A key the feed does not carry stays unknown (None), an empty list is "none".
        "modalite": event.get("format"),
        "organisateur": organizer.get("name"),
        "organisateur_famille": organizer.get("type"),
        "co_organisateurs": (
            [str(p) for p in _as_list(event.get("partners")) if p] if "partners" in event else None
        ),
        "lieu": place.get("name"),
        "adresse": place.get("address"),
        "code_postal": place.get("postal_code"),
        "commune": place.get("city"),
        "latitude": place.get("lat"),
        "longitude": place.get("lng"),
        "url": event.get("url"),
        "date_mise_a_jour": event.get("updated_at"),
    }


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: PlatformOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return fetch_platform_edition(client, url, edition, store=store, now=datetime.now(UTC), policy=policy,
                                  per_page=access.page_size or 100)


def read(snapshot: Path, edition: int, source: str, options: PlatformOptions) -> ReadResult:
    records, problems = read_platform_snapshot(snapshot, edition=edition, source=source)
    return ReadResult(records, problems)


SOURCE_KIND = SourceKind(
    name="plateforme", patterns=PATTERNS, options=PlatformOptions, fetch=fetch, read=read,
    map_event=map_platform_event, feed="platform_feed",
)
