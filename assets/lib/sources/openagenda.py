"""OpenAgenda agendas (API v2, legacy JSON export, Opendatasoft mirror): fetch an edition into a snapshot, read it,
map events.

Fetch: `GET {url}?detailed=1&size=…&timings[gte]=<edition>-01-01T00:00:00+01:00&timings[lte]=…` with the
read key in a `key` header; pages follow the v2 cursor (`after[]=` values passed back until `after` is
null). A legacy export URL (`…/events.json`, pages `{total, offset, limit, events}`) is paged by offset.
Pages are stored byte for byte as `page-NNNN.json`, like the platform feed (see snapshots.SnapshotStore).

Read: every page file of a snapshot, or JSON files dropped by hand in a folder: a v2 page
`{total, events, after}`, a legacy export `{total, offset, limit, events}`, a single-event answer
`{event: {...}}`, one bare event object `{uid, title, timings…}` or a bare list of events; or the public mirror
of OpenAgenda events on Opendatasoft and data.gouv.fr (`evenements-publics-openagenda`): its JSON export (a list
of flat records: `title_fr`, `firstdate_begin`, `location_city`…), its CSV (`;`) and GeoJSON exports, an Explore
API answer `{total_count, results}` or the older `{nhits, records: [{recordid, fields}]}`. One RawRecord per
event, id = `uid`.

Map: one candidate per event, not per timing: `date_debut` is the first timing that begins in the
edition's year (`edition`), on the clock of the event's `timezone`, else of the timing's own offset when it is
neither UTC nor Paris' (an overseas agenda naming no zone), else Paris'; `date_fin` the latest end
among those timings. Without an edition, or when no timing falls in it, every timing counts (the
normaliser then rejects a start outside the edition, with the date in the quarantine row).
`nombre_seances` counts those timings (a `timings` list only). OpenAgenda has no date without a time: an
all-day listing runs from midnight to 23:59, which the normaliser publishes as its days (normalize.whole_days).
A cancelled event (`status` 6) stays a record: `statut` is `annule` and the label "Annulé" joins the categories,
so the pipeline decides whether cancelled events are published; status 3 (moved online) gives an online modality
whatever `attendanceMode` says, status 4 (postponed) is `reporte`. `longDescription` is Markdown, rendered to plain
text. Choice fields are asked with `includeLabels=1` (`{id, label}`); `options.libelles` id tables
only name the ids of older snapshots. `location.countryCode` is passed on (`code_pays`) so that a place
abroad is not coded in France. A source without a configured co-organiser field gives
`co_organisateurs = None` (unknown). Registration, contributor, member and location email/phone are never
mapped; `onlineAccessLink`, the online event's join link, goes to `lien_reunion`, which the merge compares and
nothing publishes (schema.MEETING_LINK_FIELD).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from pydantic import ValidationInfo, field_validator
from pydantic.dataclasses import dataclass

from assets.lib.http_client import DEFAULT_POLICY, FeedError, RetryPolicy, fetch_json_pages
from assets.lib.json_records import json_event_records
from assets.lib.records import FileProblem, RawRecord
from assets.lib.snapshots import SnapshotStore, read_snapshot_files
from assets.lib.sources.base import (
    NO_ACCESS,
    NOT_PUBLIC,
    OPTIONS_CONFIG,
    FeedAccess,
    ReadResult,
    SourceKind,
    identifier_text,
    known_keys,
    moment_text,
    parse_options,
    pick_translation,
)
from assets.lib.sources.spreadsheet import csv_reader, decode_text, detect_delimiter
from assets.lib.text import fold, markdown_to_text, source_text

KIND = "openagenda"
PATTERNS = ("*.json", "*.jsonl", "*.ndjson", "*.geojson", "*.csv")  # CSV, GeoJSON, JSON Lines: exports of the
# Opendatasoft mirror
MAX_PAGE_SIZE = 300  # API v2 limit
PARIS = ZoneInfo("Europe/Paris")

ATTENDANCE_MODES = {1: "Présentiel", 2: "En ligne", 3: "Hybride"}
# OpenAgenda `status` codes (dev-doc): kept as a `statut` candidate key.
STATUSES = {1: "programme", 2: "reprogramme", 3: "deplace_en_ligne", 4: "reporte", 5: "complet", 6: "annule"}
CANCELLED_LABEL = "Annulé"
# Candidate keys that options["champs"] may fill from custom fields (v2) or tag groups (legacy export).
FIELD_KEYS = (
    "type_evenement", "thematiques", "publics", "organisateur", "organisateur_famille", "co_organisateurs",
)


def named_fields(champs: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(candidate key, custom field name) of each field `champs` names, one name or a list of them per key."""
    return [(key, name) for key, names in champs.items()
            for name in ((names,) if isinstance(names, str) else names or ())]


@dataclass(config=OPTIONS_CONFIG)
class OpenAgendaOptions:
    """`langue` (default "fr", else the first language present); `champs` ({candidate key: custom field or
    tag group name, or a list}, keys among FIELD_KEYS); `libelles` ({field: {option id: label}} for choice
    fields that come as ids); `url_evenement` (template with {uid}, {slug}, {agenda_uid}, {agenda_slug})."""

    langue: str = "fr"
    champs: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    libelles: dict[str, dict[int | str, str]] = field(default_factory=dict)
    url_evenement: str | None = None

    @field_validator("champs")
    @classmethod
    def _known_keys(cls, value: dict) -> dict:
        known_keys(value, FIELD_KEYS)
        return value

    @field_validator("libelles")
    @classmethod
    def _labels_of_named_fields(cls, value: dict, info: ValidationInfo) -> dict:
        # A label table for a field that `champs` does not name (« type-actoin ») would never be used.
        named = {name for _, name in named_fields(info.data.get("champs") or {})}
        unknown = sorted(set(map(str, value)) - named)
        if unknown:
            raise ValueError(f"champ(s) {', '.join(unknown)} absent(s) de « champs » ; champs nommés : "
                             f"{', '.join(sorted(named)) or 'aucun'}")
        return value


# --------------------------------------------------------------------------------------------- fetch


def _page_events(page: Any, url: str, source: str) -> list[Any]:
    if not isinstance(page, dict) or not isinstance(page.get("events"), list):
        raise FeedError(f"{source}: {url} n'est pas une page OpenAgenda avec une liste d'événements", source=source,
                        url=url)
    after = page.get("after")
    if after is not None and not isinstance(after, list):
        raise FeedError(f"{source}: {url} a un curseur after malformé {after!r}", source=source, url=url)
    return page["events"]


def _next_url(
    page: Any, url: str, base_url: str, base_params: list[tuple[str, str]], source: str
) -> str | None:
    events = _page_events(page, url, source)
    if not events:
        return None  # an empty page ends the walk whatever the cursor says: no endless loop on a stuck cursor
    if "after" in page:
        if page["after"] is None:
            return None
        cursor = [("after[]", _param(value)) for value in page["after"]]
        return str(httpx.URL(base_url).copy_with(params=httpx.QueryParams(base_params + cursor)))
    # Legacy export: offset pagination until `total` is reached.
    offset, total = page.get("offset"), page.get("total")
    if isinstance(offset, int) and isinstance(total, int) and offset + len(events) < total:
        limit = page.get("limit") if isinstance(page.get("limit"), int) else len(events)
        params = [(k, v) for k, v in base_params if k not in ("offset", "limit")]
        params += [("offset", str(offset + len(events))), ("limit", str(limit))]
        return str(httpx.URL(base_url).copy_with(params=httpx.QueryParams(params)))
    return None


def _param(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (dict, list)) else str(value)


def fetch_openagenda_edition(
    client: httpx.Client,
    url: str,
    edition: int,
    *,
    store: SnapshotStore,
    now: datetime,
    api_key: str | None = None,
    size: int = MAX_PAGE_SIZE,
    filter_year: bool = True,
    params: Mapping[str, Any] | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Path:
    """Fetch every page of an agenda's events for an edition into a new snapshot; return its folder.

    `url` is the events endpoint (`https://api.openagenda.com/v2/agendas/<uid>/events`) or a legacy
    export URL. `api_key` (from the environment, never from config) goes in the `key` header, so it
    never reaches the manifest. `filter_year` asks only for events with a timing in the edition's
    year. `params` adds or overrides query parameters (a list repeats it: `{"status[]": [1, 2]}`). Raises
    ValueError for `size` above 300, FeedError on HTTP failure after retries, invalid JSON, a page
    without an events list or a malformed cursor; nothing is then written. A cursor that loops keeps the
    pages received and notes the loop in the manifest (`pagination_coupee`).
    """
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValueError(f"size must be between 1 and {MAX_PAGE_SIZE}, got {size}")
    source = store.source
    try:
        split = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise FeedError(f"{source}: adresse invalide {url!r} ({error})", source=source, url=url) from error
    base_url = str(split.copy_with(query=None))
    base_params = list(split.params.multi_items())
    # includeLabels: choice fields come as {id, label}, so no hand-kept id -> label table is needed.
    chosen: dict[str, Any] = {"detailed": "1", "includeLabels": "1", "size": str(size)}
    if filter_year:  # Paris offsets: the edition is a French calendar year
        chosen["timings[gte]"] = f"{edition}-01-01T00:00:00+01:00"
        chosen["timings[lte]"] = f"{edition}-12-31T23:59:59+01:00"
    chosen.update(params or {})
    base_params = [(k, v) for k, v in base_params if k not in chosen] + [
        (key, _param(item)) for key, value in chosen.items()
        for item in (value if isinstance(value, (list, tuple)) else [value])  # a list repeats the parameter
    ]
    first_url = str(httpx.URL(base_url).copy_with(params=httpx.QueryParams(base_params)))
    headers = {"key": api_key} if api_key else None
    notes: dict[str, Any] = {}

    pages = (
        (page_url, raw, len(_page_events(page, page_url, source)))
        for page_url, raw, page in fetch_json_pages(
            client, first_url, source=source, headers=headers, policy=policy,
            next_url=lambda page, page_url: _next_url(page, page_url, base_url, base_params, source),
            on_cut=lambda reason: notes.update(pagination_coupee=reason),
        )
    )
    return store.write_snapshot(edition, pages, base_url=base_url, fetched_at=now, notes=notes)


# ---------------------------------------------------------------------------------------------- read


def _events_of(content: Any) -> list[Any] | None:
    if isinstance(content, list):
        return content
    if isinstance(content, dict):
        if isinstance(content.get("events"), list):
            return content["events"]
        # The Opendatasoft mirror (evenements-publics-openagenda): Explore API v2.1 `{total_count, results}`,
        # the older search API `{nhits, records: [{fields}]}`.
        for key in ("results", "records"):
            if isinstance(content.get(key), list):
                return content[key]
        if isinstance(content.get("features"), list):  # its GeoJSON export: records as features' properties
            return content["features"]
        if isinstance(content.get("event"), dict):  # GET /v2/agendas/{uid}/events/{uid}
            return [content["event"]]
        if "uid" in content and any(key in content for key in ("title", "timings", "firstTiming")):
            return [content]  # one bare event object, as saved from the API or an event page
    return None


def _wrapped(record: dict) -> dict:
    """The mirror's record inside the older API's `{recordid, fields}` or a GeoJSON feature, else {}."""
    if isinstance(record.get("fields"), dict) and "recordid" in record:
        return record["fields"]
    if record.get("type") == "Feature" and isinstance(record.get("properties"), dict):
        return record["properties"]
    return {}


def _record_id(event: dict[str, Any]) -> str | None:
    return identifier_text(event.get("uid", _wrapped(event).get("uid")))


def read_openagenda_snapshot(
    snapshot_dir: Path, *, source: str, edition: int
) -> tuple[list[RawRecord], list[FileProblem]]:
    """Every event of a snapshot (fetched or dropped by hand) as RawRecords, plus FileProblems.

    Invalid JSON, a file that holds no events, a missing listed page or an entry that is not a JSON
    object is reported (file, position) and skipped; the rest is still read. Payloads are the events
    as received.
    """
    snapshot_dir = Path(snapshot_dir)
    contents, problems = read_snapshot_files(snapshot_dir, PATTERNS, source=source, edition=edition)
    # The mirror's CSV export: one record per row, read as the JSON records its JSON export holds.
    readable = []
    for name, raw in contents:
        if name.lower().endswith(".csv"):
            try:
                raw = _csv_as_json(raw)
            except csv.Error as exc:  # a NUL byte, an unterminated quote at the end…
                problems.append(FileProblem(source, edition, name, None, f"CSV illisible ({exc})"))
                continue
        readable.append((name, raw))
    records, unreadable = json_event_records(readable, source=source, edition=edition, events_of=_events_of,
                                             record_id=_record_id,
                                             not_events="aucun événement OpenAgenda dans ce fichier")
    return records, problems + unreadable


def _csv_as_json(raw: bytes) -> bytes:
    """The rows of a CSV export of the mirror (`;`, or the separator its header shows) as a JSON list of records,
    empty cells as null; csv.Error for a text without the mirror's `uid` column."""
    text, _ = decode_text(raw)
    rows = csv_reader(text, detect_delimiter(text))
    header = next(rows, [])
    if "uid" not in header:
        raise csv.Error("pas de colonne uid : ce n'est pas un export du miroir des événements OpenAgenda")
    # A short row leaves its last columns out, cells past the header are dropped (as csv.DictReader reads them).
    return json.dumps([{key: value or None for key, value in zip(header, row, strict=False)}
                       for row in rows if row]).encode()


# ----------------------------------------------------------------------------------------------- map


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = source_text(value).strip()  # NaN, Infinity: no text
    return text or None


def _labels(value: Any, lang: str, names: Mapping[Any, Any] | None = None) -> list[str]:
    """Text labels of a custom field or keywords: strings, translations, `{label}` objects, lists, ids."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, list):
        return [label for item in value for label in _labels(item, lang, names)]
    if isinstance(value, dict):
        if "label" in value:
            return _labels(value["label"], lang, names)
        return _labels(pick_translation(value, lang), lang, names)
    if isinstance(value, (int, float)):
        # Choice fields come as option ids; only a configured id -> label table can name them.
        label = (names or {}).get(value, (names or {}).get(str(value)))
        return [str(label)] if label else []
    text = str(value).strip()
    return [text] if text else []


def _instant(value: Any, zone: ZoneInfo | None) -> datetime | None:
    """A timing's moment on the clock of `zone`, the event's; without one, on its own offset when that is neither
    UTC nor Paris' (an overseas agenda's « +0400 »: the hour its readers know), else on Paris'."""
    text = _text(value)
    if text is None:
        return None
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text.replace("Z", "+00:00"))  # +0200 -> +02:00
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone or PARIS)
    if zone is None:
        offset = moment.utcoffset()
        return moment if offset and offset != moment.astimezone(PARIS).utcoffset() else moment.astimezone(PARIS)
    return moment.astimezone(zone)


def _zone(event: dict, location: dict) -> ZoneInfo | None:
    """The zone the event or its place names, if any."""
    for name in (event.get("timezone"), location.get("timezone")):
        if isinstance(name, str) and name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _timings(event: dict, zone: ZoneInfo | None) -> list[tuple[datetime, datetime | None]]:
    """(begin, end) pairs: v2 `{begin, end}`, legacy `{start, end}`, else first/last timing."""
    raw = event.get("timings")
    if not isinstance(raw, list) or not raw:
        first, last = _dict(event.get("firstTiming")), _dict(event.get("lastTiming"))
        raw = [{"begin": first.get("begin"), "end": (last or first).get("end")}] if first else []
    pairs = []
    for timing in raw:
        timing = _dict(timing)
        begin = _instant(timing.get("begin", timing.get("start")), zone)
        if begin is not None:
            pairs.append((begin, _instant(timing.get("end"), zone)))
    return sorted(pairs, key=lambda pair: pair[0])


def _dates(event: dict, zone: ZoneInfo | None, edition: int | None) -> tuple[str | None, str | None, int | None]:
    """First start, last end and number of sessions (timings) of the edition's year."""
    pairs = _timings(event, zone)
    if edition is not None:
        in_year = [pair for pair in pairs if pair[0].year == edition]
        pairs = in_year or pairs
    if not pairs:
        return None, None, None
    ends = [end for _, end in pairs if end is not None]
    start = moment_text(pairs[0][0])
    # Only a `timings` list counts sessions; first/last timing alone (an empty list beside them: the agenda sent
    # none) says nothing of those in between.
    sessions = len({begin for begin, _ in pairs}) if isinstance(event.get("timings"), list) and event["timings"] \
        else None
    return start, moment_text(max(ends)) if ends else None, sessions


def _custom_values(event: dict, field: str, lang: str, names: Mapping[Any, Any] | None) -> list[str]:
    """Values of a v2 custom field (top-level key), or of a legacy tag group / `custom` entry of that name."""
    found = _labels(event.get(field), lang, names)
    found += _labels(_dict(event.get("custom")).get(field), lang, names)
    for group in event.get("tagGroups") or []:
        group = _dict(group)
        if _is_group(group, field):
            found += _labels(group.get("tags"), lang, names)
    return found


def _is_group(group: dict, field: str) -> bool:
    """Whether a legacy tag group is the one `champs` names `field` (by slug, name, or name folded)."""
    return field in (group.get("slug"), group.get("name")) or fold(field) == fold(group.get("name"))


def _event_url(event: dict, agenda: dict, template: str | None) -> str | None:
    values = {"uid": event.get("uid"), "slug": event.get("slug"), "agenda_uid": agenda.get("uid"),
              "agenda_slug": agenda.get("slug")}
    if template and all(values[key] is not None for key in re.findall(r"{(\w+)}", template)):
        return template.format(**values)
    for key in ("canonicalUrl", "permalink"):
        if _text(event.get(key)):
            return _text(event.get(key))
    if values["uid"] is not None and values["agenda_uid"] is not None:
        return f"https://openagenda.com/agendas/{values['agenda_uid']}/events/{values['uid']}"
    return None


def _choice_id(value: Any) -> int | None:
    """The id of a choice field sent as an id, a numeric string or (includeLabels=1) `{id, label}`."""
    value = value.get("id") if isinstance(value, dict) else value
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value if isinstance(value, int) else None


def _country(value: Any) -> str | None:
    """ISO 3166 alpha-2 code of the location's country, upper case (OpenAgenda sends both FR and fr)."""
    text = _text(value)
    return text.upper() if text and re.fullmatch(r"[A-Za-z]{2}", text) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------------ the Opendatasoft mirror

def _is_flat(event: dict) -> bool:
    """A record of the Opendatasoft mirror of OpenAgenda (`evenements-publics-openagenda`, on data.gouv.fr):
    flat keys (`title_fr`, `firstdate_begin`, `location_city`…), or the older API's `{recordid, fields}`."""
    return "title" not in event and (bool(_wrapped(event)) or any(
        key in event for key in ("firstdate_begin", "location_city", "location_name", "canonicalurl"))
        or any(key.startswith("title_") for key in event))


def _json_value(value: Any) -> Any:
    """A value the mirror may send as JSON text (`timings`, `attendancemode`, `status`), decoded; else as is."""
    if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _translations(record: dict, name: str) -> dict | None:
    """{lang: value} of the mirror's `<name>_<lang>` columns (`title_fr`, `title_en`…)."""
    found = {key.removeprefix(f"{name}_"): value for key, value in record.items()
             if key.startswith(f"{name}_") and len(key) == len(name) + 3}
    return found or None


def _from_flat(record: dict) -> dict:
    """The mirror's record in the shape of an API v2 event, for map_openagenda_event. Its long description is HTML
    (the Markdown renderer passes it through to the text rules); keywords are a list or a `;`-joined text."""
    fields = _wrapped(record) or record
    coordinates = _json_value(fields.get("location_coordinates"))
    if isinstance(coordinates, str) and coordinates.count(",") == 1:  # the CSV export's « lat, lon »
        coordinates = coordinates.split(",")
    if isinstance(coordinates, list) and len(coordinates) == 2:  # geo_point_2d: [lat, lon]
        coordinates = {"lat": coordinates[0], "lon": coordinates[1]}
    coordinates = _dict(coordinates)
    keywords = _translations(fields, "keywords") or {}
    keywords = {lang: _json_value(value) for lang, value in keywords.items()}
    keywords = {lang: [word.strip() for word in value.split(";")] if isinstance(value, str) else value
                for lang, value in keywords.items()}
    timings = _json_value(fields.get("timings"))
    return {
        "uid": fields.get("uid"), "slug": fields.get("slug"), "canonicalUrl": fields.get("canonicalurl"),
        "title": _translations(fields, "title"), "description": _translations(fields, "description"),
        "longDescription": _translations(fields, "longdescription"), "keywords": keywords or None,
        # Without its timings, the first and last (the sessions in between unknown).
        "timings": timings if isinstance(timings, list) else None,
        "firstTiming": {"begin": fields.get("firstdate_begin"), "end": fields.get("firstdate_end")},
        "lastTiming": {"begin": fields.get("lastdate_begin"), "end": fields.get("lastdate_end")},
        "updatedAt": fields.get("updatedat"), "timezone": fields.get("timezone"),
        "attendanceMode": _json_value(fields.get("attendancemode")), "status": _json_value(fields.get("status")),
        "location": {
            "name": fields.get("location_name"), "address": fields.get("location_address"),
            "postalCode": fields.get("location_postalcode"), "city": fields.get("location_city"),
            "insee": fields.get("location_insee"), "adminLevel1": fields.get("location_region"),
            "latitude": coordinates.get("lat"), "longitude": coordinates.get("lon"),
            "countryCode": fields.get("location_countrycode"), "timezone": fields.get("location_timezone"),
        },
        "originAgenda": {"uid": fields.get("originagenda_uid"), "title": fields.get("originagenda_title")},
    }


def _not_public(event: dict) -> bool:
    """Whether an event's agenda does not publish it: its `state` refused (-1), awaiting moderation (0) or moderated
    but not published (1); a draft; a private event (its agenda's members only); an event removed from the agenda
    (`removed`, which a listing asked with `removed=null` to synchronise includes). The API lists published events
    only unless asked, but an event read alone, or an export from an agenda's administration, may be any of them."""
    state = _json_value(event.get("state"))
    if isinstance(state, str) and state.strip().lstrip("-").isdigit():
        state = int(state)
    flags = [_json_value(event.get(key)) for key in ("draft", "private", "removed")]
    return (isinstance(state, int) and not isinstance(state, bool) and state < 2) or any(
        flag is True or (type(flag) is int and flag > 0) or flag in ("1", "true") for flag in flags)


def map_openagenda_event(event: dict, options: OpenAgendaOptions | Mapping | None = None,
                         edition: int | None = None) -> dict:
    """Candidate fields of one OpenAgenda event (v2, legacy export or a record of the Opendatasoft mirror);
    `edition` picks the timings of that year. Options: see OpenAgendaOptions."""
    options = parse_options(OpenAgendaOptions, options)
    lang = options.langue or "fr"
    if _is_flat(event):
        event = _from_flat(event)
    location = _dict(event.get("location"))
    agenda = _dict(event.get("originAgenda")) or _dict(event.get("origin"))
    zone = _zone(event, location)
    start, end, sessions = _dates(event, zone, int(edition) if edition is not None else None)

    def place(key: str, legacy_key: str | None = None) -> Any:
        # The legacy export repeats location fields at the top level (locationName, postalCode…).
        value = location.get(key)
        return value if value is not None else event.get(legacy_key or key)

    fields: dict[str, list[str]] = {key: [] for key in options.champs if key in FIELD_KEYS}
    for key, name in named_fields(options.champs):
        if key in fields:
            fields[key].extend(_custom_values(event, name, lang, _dict(options.libelles.get(name))))

    keywords = _labels(pick_translation(event.get("keywords"), lang), lang)
    tags = _labels(event.get("tags"), lang) if isinstance(event.get("tags"), list) else []
    categories: list[str] = []
    for label in keywords + tags:  # keywords and legacy tags often repeat each other, in another case
        if fold(label) not in {fold(c) for c in categories}:
            categories.append(label)
    status = _choice_id(event.get("status"))
    if status == 6:
        categories.append(CANCELLED_LABEL)
    # Status 3 (moved online) wins over an attendance mode left as it was; no mode given = unknown.
    modalite = "En ligne" if status == 3 else ATTENDANCE_MODES.get(_choice_id(event.get("attendanceMode")))

    # longDescription is Markdown unless HTML was asked for (then the Markdown renderer passes it through).
    description = markdown_to_text(_text(pick_translation(event.get("longDescription"), lang))) or None
    description = description or _text(pick_translation(event.get("description"), lang))
    uid = _record_id(event) or event.get("uid", _wrapped(event).get("uid"))  # unreadable: normalize says why
    region = place("adminLevel1") or place("region")
    # Registration, contributor, member and location email/phone are personal or volatile contacts: never mapped.
    # The join link is the merge's alone: never published (schema.MEETING_LINK_FIELD).
    return {
        "source_identifiant": uid,
        "titre": _text(pick_translation(event.get("title"), lang)),
        "description": description,
        "date_debut": start,
        "date_fin": end,
        "categories": categories,
        "type_evenement": next(iter(fields.get("type_evenement", [])), None),
        "thematiques": fields.get("thematiques", []),
        "publics": fields.get("publics", []),
        "modalite": modalite,
        "organisateur": next(iter(fields.get("organisateur", [])), None),
        "organisateur_famille": next(iter(fields.get("organisateur_famille", [])), None),
        # Without a configured co-organiser field the agenda does not say: unknown (None), not "none".
        "co_organisateurs": fields.get("co_organisateurs", []) if "co_organisateurs" in fields else None,
        "lieu": _text(place("name", "locationName")),
        "adresse": _text(place("address")),
        "code_postal": _text(place("postalCode")),
        "commune": _text(place("city")),
        "latitude": _number(place("latitude")),
        "longitude": _number(place("longitude")),
        "url": _event_url(event, agenda, options.url_evenement),
        "date_mise_a_jour": _text(event.get("updatedAt")),
        "code_insee": _text(place("insee")),
        "region_source": _text(region),
        "statut": NOT_PUBLIC if _not_public(event) else STATUSES.get(status) if isinstance(status, int) else None,
        "nombre_seances": sessions,
        "code_pays": _country(place("countryCode")),
        "lien_reunion": _text(event.get("onlineAccessLink")),
    }


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: OpenAgendaOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return fetch_openagenda_edition(client, url, edition, store=store, now=datetime.now(UTC), policy=policy,
                                    api_key=access.api_key or None, size=access.page_size or MAX_PAGE_SIZE)


def read(snapshot: Path, edition: int, source: str, options: OpenAgendaOptions) -> ReadResult:
    records, problems = read_openagenda_snapshot(snapshot, source=source, edition=edition)
    return ReadResult(records, problems, notes=_fields_never_found(records, options, source))


def _fields_never_found(records: list[RawRecord], options: OpenAgendaOptions, source: str) -> list[str]:
    """One line per custom field of `champs` that no event of the snapshot carries: a field name mistyped in the
    configuration (« structur ») left every organiser empty without a word."""
    return [f"{source}: champ « {name} » ({key}) absent des {len(records)} événements de l'instantané : vérifier "
            f"« champs » dans la configuration" for key, name in named_fields(options.champs)
            if records and not any(_names_field(record.payload, name) for record in records)]


def _names_field(event: Any, field: str) -> bool:
    """Whether an event carries the custom field or tag group `field`, empty or not (see _custom_values)."""
    if not isinstance(event, dict):
        return False
    if field in event or field in _dict(event.get("custom")):
        return True
    return any(_is_group(_dict(group), field) for group in event.get("tagGroups") or [])


# Events carry more nested objects per byte than the platform's: about twice its reading time per byte.
SOURCE_KIND = SourceKind(name=KIND, patterns=PATTERNS, options=OpenAgendaOptions, fetch=fetch, read=read,
                         map_event=map_openagenda_event, read_cost=2.0)
