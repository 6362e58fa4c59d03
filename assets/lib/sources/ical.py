"""iCalendar feeds (RFC 5545): fetch an edition into a snapshot, expand it into occurrences, map them.

Fetch: one GET of the feed, stored byte for byte as `calendrier.ics` with a manifest like the JSON feeds
(same layout and rules as the JSON feeds: snapshots.SnapshotStore.write_files). The ETag / Last-Modified of
the answer are kept in the manifest and sent back next time: a 304, or the same bytes, is no new snapshot.

Read: every `*.ics` of a snapshot (or dropped by hand in a folder). Lines are unfolded on bytes (a fold
may split a UTF-8 sequence), then parsed with `icalendar`; RRULE/RDATE/EXDATE and RECURRENCE-ID
overrides are expanded with `recurring-ical-events` within the edition's window only: November, widened by
the `marge_recurrences_jours` option days on each side (default 7), so an open-ended weekly series gives
its November sessions, not a year of Mois de l'ESS events. Each occurrence in the window is a record (a
session of a series is an event of the month). A single (non-recurring) event is a record when it starts
in the edition's year, as before: a feed covers many years, and the normaliser checks the year.
A VEVENT ending before it starts (DTEND, or a negative DURATION) is not expanded (the recurrence library
would swap its ends): it is one record with its ends as written, which the normaliser quarantines.
Several VEVENTs sharing a UID without RECURRENCE-ID are versions of one event when their SEQUENCE differ:
the highest SEQUENCE (then the later DTSTAMP, then the last in the file) is expanded; each other version
is one record carrying the winner's record id and `version_remplacee` (numbered after the calendar's
other records), so the normaliser merges it into the winner as a repeated id (its update date is not
read, so the winner always stays); a version whose winner has no occurrence in the edition is a
FileProblem. Floating times take the calendar's X-WR-TIMEZONE, else
the `fuseau` option (Europe/Paris). A VEVENT whose UID, DTSTART, DTEND, DURATION or recurrence
properties are unreadable becomes a FileProblem naming its line; its neighbours are still read. Other
unreadable properties (GEO, DTSTAMP…) are dropped and listed in the payload's `proprietes_illisibles`.

Payload: one JSON dict per occurrence, values as strings (`dtstart`/`dtend` ISO 8601, `dtend` exclusive
for all-day events as in RFC 5545, None when the source gives no end). Record id: UID, plus `#` and the
occurrence's RECURRENCE-ID (its original start) for recurring events, so an override keeps its id (a session
that an override of RANGE=THISANDFUTURE moves keeps its own original start); the
same for VEVENTs sharing a UID and a SEQUENCE without RECURRENCE-ID (sessions listed under one UID),
each read apart.
ORGANIZER keeps its CN only, never the mailto (Mobilizon's value that is a name and no address, as its CN); ATTENDEE is
never read.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from dateutil import rrule as dateutil_rrule
from pydantic import field_validator
from pydantic.dataclasses import dataclass

from assets.lib.collector import drop_tracebacks
from assets.lib.decoding import decode_lines
from assets.lib.geocode_text import COUNTRY_AFTER, place_modality
from assets.lib.http_client import DEFAULT_POLICY, RetryPolicy, conditional_headers, fetch_checked
from assets.lib.records import FileProblem, RawRecord
from assets.lib.snapshots import SnapshotStore, read_snapshot_files
from assets.lib.sources.base import (
    DEFAULT_MARGIN_DAYS,
    NO_ACCESS,
    NOT_PUBLIC,
    OPTIONS_CONFIG,
    FeedAccess,
    ReadResult,
    SourceKind,
    edition_window,
    known_zone,
    moment_text,
    parse_options,
)
from assets.lib.text import fold

if TYPE_CHECKING:  # the iCalendar libraries are imported when a calendar is read (0.1 s at start-up)
    import icalendar
    import recurring_ical_events

KIND = "ical"
PATTERNS = ("*.ics", "*.ical")
FEED_FILE = "calendrier.ics"
DEFAULT_ZONE = "Europe/Paris"
# How read_ical_snapshot finds the occurrences of the VEVENTs without recurrence (see there).
READ_MODES = ("plain", "one_query", "each")
# More sessions of one series than this in the edition's window (November and the margins: a daily series gives
# about 45) is no public event's schedule but a broken or hostile RRULE (« FREQ=MINUTELY »): the series is one
# problem, not tens of thousands of records (nor minutes of expansion: a series repeating within the day is
# counted lazily first, before it is expanded).
MAX_SERIES_OCCURRENCES = 100
_WITHIN_THE_DAY = {"SECONDLY", "MINUTELY", "HOURLY"}
# What expanding a series may cost: dateutil steps through every start from DTSTART on, so
# « FREQ=SECONDLY;COUNT=100000000 » dated in January took two minutes to reach November. A series repeating within the
# day of more sessions than MAX_SERIES_SESSIONS is refused at once, whether or not they fall in the edition (no agenda
# holds one); any other rule is refused when dateutil would step through more instants than MAX_RULE_INSTANTS to
# reach the window's end (about a second: a daily rule since the year 1000, ten times a day since 1500).
MAX_SERIES_SESSIONS = 10_000
MAX_RULE_INSTANTS = 2_000_000
_PERIOD_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86_400, "WEEKLY": 604_800,
                   "MONTHLY": 2_629_746, "YEARLY": 31_556_952}  # a month and a year: their mean lengths
_RULE_BOUNDS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}  # the parts of an RRULE that add or filter no start
# A VEVENT with one of these unreadable cannot be placed in time or identified: it is rejected whole.
CRITICAL_PROPERTIES = {"UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"}
STATUSES = {"CANCELLED": "annule", "TENTATIVE": "provisoire", "CONFIRMED": "programme"}
NOT_PUBLIC_CLASSES = ("PRIVATE", "CONFIDENTIAL")
# The titles a calendar published « availability only » gives its events instead of theirs (Outlook, Exchange, Google
# Calendar, CalDAV servers, in English or French), folded: a busy time, no event of the month.
AVAILABILITY_TITLES = frozenset(fold(title) for title in (
    "Busy", "Occupé", "Occupée", "Occupé(e)", "Free", "Libre", "Disponible", "Tentative", "Provisoire",
    "Out of Office", "Absent", "Absente", "Absent(e)", "Absent du bureau", "Absente du bureau", "Absent(e) du bureau",
    "Working elsewhere", "Travail ailleurs", "Private Appointment", "Rendez-vous privé", "Privé", "Private"))
CANCELLED_LABEL = "Annulé"
# "…, 35000 Rennes", "…, 29120 - Combrit" or "35000 Rennes, France" at the end of a free-text LOCATION.
_POSTAL_TAIL = re.compile(
    r"(?:^|[\s,;])(?P<cp>\d{5})\s*(?:[-–—]\s*)?(?P<commune>[^\d,;()]+?)\s*(?:(?:[,;]|\s[-–—])\s*france)?\s*$",
    re.IGNORECASE,
)
# "2 Rue de Langoz - Loctudy", "12 rue Victor Hugo, Quimper": a street then a commune name without postal
# code, after the last " - " or after a comma following a street number.
_DASH_TAIL = re.compile(r"^(?P<head>.*\S)\s+[-–—]\s+(?P<commune>[^\d,;()\-–—][^\d,;()]*?)\s*$")
_COMMA_TAIL = re.compile(r"^(?P<head>.*\d.*?),\s*(?P<commune>[^\d,;()]+?)\s*$")
_POSTAL_CODE = re.compile(r"\d{5}")
# Régions that agenda plugins write between the town and the postal code (The Events Calendar: « venue, street,
# town, région, postal code, country »).
_REGIONS = frozenset(fold(name) for name in (
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
    "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"))




@dataclass(config=OPTIONS_CONFIG)
class IcalOptions:
    """`fuseau`: IANA zone of floating times when the calendar has no X-WR-TIMEZONE;
    `marge_recurrences_jours`: days before November 1 and after November 30 within which recurrences are
    expanded."""

    fuseau: str = DEFAULT_ZONE
    marge_recurrences_jours: int = DEFAULT_MARGIN_DAYS

    _known_zone = field_validator("fuseau")(known_zone)


# ------------------------------------------------------------------ snapshots of non-JSON files


def _check_calendar(body: bytes) -> int:
    """Number of VEVENTs of a complete calendar body; ValueError (retried by the fetch) otherwise."""
    text = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise ValueError("not an iCalendar body (no BEGIN:VCALENDAR)")
    if b"END:VCALENDAR" not in body.upper():
        raise ValueError("truncated iCalendar body (no END:VCALENDAR)")
    return len(re.findall(rb"(?im)^BEGIN:VEVENT\s*$", body))


def fetch_ical_edition(
    client: httpx.Client,
    url: str,
    edition: int,
    *,
    store: SnapshotStore,
    now: datetime,
    headers: Mapping[str, str] | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Path:
    """Fetch an iCalendar feed into a new snapshot (`calendrier.ics` + manifest); return its folder.

    The whole feed is stored as received; the edition's year is selected when reading. A body that is
    not a complete VCALENDAR (an HTML error page, a cut download) is retried like a truncated JSON
    page, then raises FeedError; so do HTTP failures after retries. Nothing is written on failure. The
    request is conditional on the last snapshot's validators: a 304 returns that snapshot.
    """
    source = store.source
    previous = store.latest_fetched(edition)
    validators = conditional_headers(store.validators(edition))
    result, n_events = fetch_checked(
        client, url, source=source, policy=policy, headers={**validators, **(headers or {})},
        parse=_check_calendar, parse_error="iCalendar illisible",
    )
    if result.unchanged and previous is not None:
        return previous
    return store.write_files(edition, [(FEED_FILE, result.url, result.content, n_events)],
                             base_url=url, fetched_at=now, notes={"validators": result.validators()})


# ---------------------------------------------------------------------------------------------- read


def _decode(raw: bytes) -> str:
    # Some exporters still write Windows-1252, some calendars are merged from two tools: UTF-8 lines stay
    # UTF-8, the others are read as Windows-1252 (nothing becomes U+FFFD).
    return decode_lines(raw)[0]


# A time zone named as Windows displays it (« (UTC+01:00) Brussels, Copenhagen, Madrid, Paris », « (UTC+04:00) Port
# Louis »), as some Outlook exports write TZID, often unquoted although the name holds « : » and « , »: the property
# was then cut at that colon and its VEVENT lost.
_DISPLAYED_ZONE = re.compile(r';TZID=(?P<quote>"?)(?P<name>\((?:UTC|GMT)'
                             r'(?:(?P<sign>[+-])(?P<hours>\d{1,2}):(?P<minutes>\d{2}))?\)[^";:\r\n]*)(?P=quote)(?=[;:])')


# A time zone named by its offset from UTC alone, as WordPress' The Events Calendar writes the zone of a site set to a
# manual offset (« UTC+4 », « UTC-4 », « UTC+5.5 »: hours and their fraction) and other tools write theirs
# (« GMT+1 », « UTC+04:00 »): no tz database name, so it was read in Paris time (three hours off in La Réunion).
_OFFSET_ZONE = re.compile(r';TZID=(?P<quote>"?)(?P<name>(?:UTC|GMT) ?(?P<sign>[+-]) ?(?P<hours>\d{1,2})'
                          r'(?:(?P<separator>[:.])(?P<minutes>\d{1,2}))?)(?P=quote)(?=[;:])')
_OFFSET_ZONE_HINT = re.compile(r'TZID="?(?:\(|(?:UTC|GMT) ?[+-])')


def _displayed_zones_named(text: str, fuseau: str) -> str:
    """`text` (an unfolded calendar) with each TZID written as Windows displays it, or as an offset alone
    (_OFFSET_ZONE), quoted, and named, unless a VTIMEZONE of the file defines it: the calendar's zone (its
    X-WR-TIMEZONE, else the source's `fuseau`) when its offset is that zone's in winter (the edition's November:
    « (UTC+01:00) … Paris » and « UTC+1 » keep Paris' summer time of late October), else the fixed offset it gives (the
    overseas départements keep no summer time)."""
    if not _OFFSET_ZONE_HINT.search(text):
        return text
    defined = set(re.findall(r"^TZID:(.*?)\r?$", text, flags=re.MULTILINE))
    calendar_zone = re.search(r"^X-WR-TIMEZONE:(.*?)\r?$", text, flags=re.MULTILINE)
    default = calendar_zone.group(1).strip() if calendar_zone else fuseau

    def named(match: re.Match) -> str:
        name = match.group("name").strip()
        if name in defined or match.group("name") in defined:
            return f';TZID="{match.group("name")}"'
        if not match.group("sign"):
            return ";TZID=UTC"
        minutes = match.group("minutes") or "0"
        # « UTC+5.5 » is five hours and a half, « UTC+5:30 » five hours and thirty minutes
        minutes = round(float(f"0.{minutes}") * 60) if match.groupdict().get("separator") == "." else int(minutes)
        offset = timedelta(hours=int(match.group("hours")), minutes=minutes)
        offset = -offset if match.group("sign") == "-" else offset
        if offset == _zone(default).utcoffset(datetime(2019, 11, 15)):
            return f";TZID={_zone(default).key}"
        if offset.seconds % 3600 or abs(offset) > timedelta(hours=14):
            return f';TZID="{match.group("name")}"'  # no fixed zone names it: read as unknown, in the default zone
        hours = int(offset.total_seconds() // 3600)
        return f";TZID=Etc/GMT{-hours:+d}" if hours else ";TZID=UTC"  # Etc/GMT-4 is four hours ahead of UTC

    return _OFFSET_ZONE.sub(named, _DISPLAYED_ZONE.sub(named, text))


def _vevent_lines(raw: bytes) -> list[int]:
    """1-based line numbers of the BEGIN:VEVENT lines, in document order (as icalendar walks them)."""
    return [number for number, line in enumerate(raw.splitlines(), start=1)
            if line.strip().upper() == b"BEGIN:VEVENT"]


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _start_text(value: date | datetime) -> str:
    """A start's or an end's text: with the name of its zone when it is not Paris' (moment_text)."""
    return moment_text(value) if isinstance(value, datetime) else value.isoformat()


def _text(component: icalendar.Component, name: str) -> str | None:
    value = component.get(name)
    if value is None or isinstance(value, list):
        value = value[0] if value else None
    if value is None or type(value).__name__ == "vBroken":
        return None
    text = str(value).strip()
    return text or None


# Properties giving the link of an event's online meeting: RFC 7986 CONFERENCE, and what Google Calendar and
# Outlook write instead.
CONFERENCE_PROPERTIES = ("CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
                         "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK")


def _conference(component: icalendar.Component) -> str | None:
    """The first meeting link of CONFERENCE_PROPERTIES, else None."""
    return next((link for link in (_text(component, name) for name in CONFERENCE_PROPERTIES) if link), None)


def _categories(component: icalendar.Component) -> list[str]:
    try:
        values = component.categories
    except Exception:  # noqa: BLE001 - a malformed CATEGORIES must not lose the event
        return []
    return [str(v).strip() for v in values if str(v).strip()]


def _organizer_name(component: icalendar.Component) -> str | None:
    organizer = component.get("ORGANIZER")
    if isinstance(organizer, list):
        organizer = organizer[0] if organizer else None
    if organizer is None or not hasattr(organizer, "params"):
        return None
    name = str(organizer.params.get("CN") or "").strip().strip('"')
    if not name:
        # Mobilizon writes the organising group's name as the value itself (« ORGANIZER:Collectif ESS Rennes »), not
        # the address RFC 5545 asks for: a value that is no address (no scheme, no e-mail) is that name.
        value = " ".join(str(organizer).split())
        name = "" if _CALENDAR_ADDRESS.search(value) else value
    return name or None


# What a calendar address looks like (« mailto:… », « https://… », « urn:… », an e-mail without its scheme).
_CALENDAR_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*:|@|^www\.", re.IGNORECASE)


def _geo(component: icalendar.Component) -> str | None:
    geo = component.get("GEO")
    if geo is None or type(geo).__name__ == "vBroken":
        return None
    try:
        return f"{float(geo.latitude)!r};{float(geo.longitude)!r}"
    except (AttributeError, TypeError, ValueError):
        return None


def _when(component: icalendar.Component, name: str) -> str | None:
    prop = component.get(name)
    if prop is None or type(prop).__name__ == "vBroken":
        return None
    try:
        return _iso(prop.dt)
    except (AttributeError, ValueError):
        return None


def _critical_errors(component: icalendar.Component) -> list[str]:
    errors = [f"{name}: {message}" for name, message in getattr(component, "errors", [])
              if str(name).upper() in CRITICAL_PROPERTIES]
    if not _text(component, "UID"):
        errors.append("UID: missing")
    if component.get("DTSTART") is None:
        errors.append("DTSTART: missing")
    return errors


def _unknown_zone(component: icalendar.Component) -> str | None:
    """A TZID that neither the file nor the tz database defines: icalendar then returns a naive time."""
    prop = component.get("DTSTART")
    tzid = getattr(prop, "params", {}).get("TZID") if prop is not None else None
    moment = getattr(prop, "dt", None)
    if tzid and isinstance(moment, datetime) and moment.tzinfo is None:
        return str(tzid)
    return None


def _localise(moment: date | datetime, zone: ZoneInfo) -> date | datetime:
    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment


def _zone(name: Any, fallback: str = DEFAULT_ZONE) -> ZoneInfo:
    try:
        return ZoneInfo(str(name)) if name else ZoneInfo(fallback)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(fallback)


def _payload(occurrence: icalendar.Component, source_component: icalendar.Component, *, recurring: bool,
             zone: ZoneInfo, warnings: list[str], original: date | datetime | None = None) -> dict[str, Any]:
    """`original`: the occurrence's start in its series when its RECURRENCE-ID does not give it (_original_start)."""
    start = _localise(occurrence["DTSTART"].dt, zone)
    # recurring-ical-events always sets DTEND; the source may have given none (RFC: one day or an instant).
    has_end = "DTEND" in source_component or "DURATION" in source_component
    end = _localise(occurrence["DTEND"].dt, zone) if has_end and "DTEND" in occurrence else None
    recurrence_id = None
    if recurring and occurrence.get("RECURRENCE-ID") is not None:
        recurrence_id = _iso(_localise(original or occurrence["RECURRENCE-ID"].dt, zone))
    payload = {
        "uid": _text(occurrence, "UID"),
        "recurrence_id": recurrence_id,
        "dtstart": _start_text(start),
        "dtend": _start_text(end) if end is not None else None,
        "summary": _text(occurrence, "SUMMARY"),
        "description": _text(occurrence, "DESCRIPTION"),
        "location": _text(occurrence, "LOCATION"),
        "geo": _geo(occurrence),
        "categories": _categories(occurrence),
        "url": _text(occurrence, "URL"),
        "organizer": _organizer_name(occurrence),
        "status": _text(occurrence, "STATUS"),
        "class": _text(occurrence, "CLASS"),
        "last_modified": _when(occurrence, "LAST-MODIFIED"),
        "sequence": _text(occurrence, "SEQUENCE"),
        "proprietes_illisibles": warnings,
    }
    conference = _conference(occurrence)
    if conference:  # only then: the payloads of other events stay as they were stored
        payload["visioconference"] = conference
    return payload


def _original_start(occurrence: icalendar.Component, origin: icalendar.Component) -> date | datetime | None:
    """The start in its series of an occurrence that an override with RANGE=THISANDFUTURE moved (RFC 5545 3.2.13:
    « from this session on, in the afternoon »), when it is not the override's own: recurring-ical-events gives every
    such occurrence the override's RECURRENCE-ID, which made them one record id and merged them into one (a session
    lost). Their start moved back by the override's shift gives each its own. None for any other occurrence, and
    when the shift cannot be read."""
    moved = occurrence.get("RECURRENCE-ID")
    if moved is None or str(moved.params.get("RANGE", "")).upper() != "THISANDFUTURE":
        return None
    try:
        shift = origin["DTSTART"].dt - origin["RECURRENCE-ID"].dt
        start = occurrence["DTSTART"].dt
        return None if start == origin["DTSTART"].dt else start - shift
    except (KeyError, TypeError, AttributeError):  # a date beside a date-time: left as the library gives it
        return None


def _written_payload(component: icalendar.Component, zone: ZoneInfo) -> dict[str, Any]:
    """The payload of a VEVENT as written, not expanded: its own DTSTART and its DTEND (or DTSTART +
    DURATION), so that an end before the start reaches the normaliser unchanged."""
    start = _localise(component["DTSTART"].dt, zone)
    end = None
    if component.get("DTEND") is not None:
        end = _localise(component["DTEND"].dt, zone)
    elif component.get("DURATION") is not None and isinstance(component["DURATION"].dt, timedelta):
        end = start + component["DURATION"].dt
    recurrence = component.get("RECURRENCE-ID")
    warnings = [f"{prop}: {message}" for prop, message in getattr(component, "errors", [])]
    payload = _payload(component, component, recurring=False, zone=zone, warnings=warnings)
    payload["dtstart"] = _start_text(start)
    payload["dtend"] = _start_text(end) if end is not None else None
    if recurrence is not None:
        payload["recurrence_id"] = _iso(_localise(recurrence.dt, zone))
    return payload


def _record_id(payload: Mapping[str, Any]) -> str | None:
    uid = payload.get("uid")
    if not uid:
        return None
    return f"{uid}#{payload['recurrence_id']}" if payload.get("recurrence_id") else str(uid)


def _context(calendar: icalendar.Calendar) -> tuple[list, list]:
    """(properties, VTIMEZONEs) of a calendar that each UID's expansion needs: read once per calendar (a walk
    visits every VEVENT), not once per UID."""
    properties = [(name, value) for name, value in calendar.property_items(recursive=False)
                  if name not in ("BEGIN", "END")]
    return properties, calendar.walk("VTIMEZONE")


def _query(calendar: icalendar.Calendar, components: list[icalendar.Component],
           context: tuple[list, list] | None) -> recurring_ical_events.CalendarQuery:
    """A recurrence query over `components` alone, with the calendar's properties and VTIMEZONEs."""
    import icalendar
    import recurring_ical_events

    properties, timezones = context or _context(calendar)
    mini = icalendar.Calendar()
    for name, value in properties:
        mini.add(name, value)
    for timezone in timezones:
        mini.add_component(timezone)
    for component in components:
        mini.add_component(component)
    return recurring_ical_events.of(mini)


def _in_edition(found: list[icalendar.Component], edition: int, zone: ZoneInfo,
                window: tuple[date, date] | None = None) -> list[icalendar.Component]:
    """The occurrences of `found` starting in the edition's year (in `window` when given), in time order."""
    kept = [o for o in found if _localise(o["DTSTART"].dt, zone).year == edition]
    if window is not None:
        first, last = window
        kept = [o for o in kept if first <= _day_of(_localise(o["DTSTART"].dt, zone), zone) < last]

    def instant(occurrence: icalendar.Component) -> datetime:
        moment = _localise(occurrence["DTSTART"].dt, zone)
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, datetime.min.time(), zone)  # all-day: from midnight
        return moment.astimezone(UTC)

    return sorted(kept, key=instant)


def _rule_sessions_beyond(limit: int, group: list[icalendar.Component], window: tuple[date, date],
                          zone: ZoneInfo) -> str | None:
    """Why the series cannot be read, when an RRULE of it repeating within the day (FREQ SECONDLY, MINUTELY or
    HOURLY) starts more than `limit` sessions in `window` beyond those its EXDATEs remove, or costs more than
    counting allows (MAX_SERIES_SESSIONS, MAX_RULE_INSTANTS); None otherwise. Counted lazily with dateutil (which
    recurring-ical-events expands with), on the start's wall-clock time, before the library computes them all
    (a day of a FREQ=SECONDLY rule is 86,400 occurrences). None when the rule cannot be read this way: the
    expansion then reads it (and names the problem)."""
    first, last = window
    opening, closing = datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.min.time())
    for component in group:
        rules = component.get("RRULE")
        rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
        rules = [rule for rule in rules if any(str(f).upper() in _PERIOD_SECONDS for f in rule.get("FREQ", []))]
        if not rules or component.get("DTSTART") is None:
            continue
        try:
            start = _localise(component["DTSTART"].dt, zone)
            start = start.astimezone(zone).replace(tzinfo=None) if isinstance(start, datetime) else \
                datetime.combine(start, datetime.min.time())
            exdates = component.get("EXDATE")
            removed = sum(len(value.dts) for value in (exdates if isinstance(exdates, list) else [exdates])
                          if value is not None)
            for rule in rules:
                until = rule.get("UNTIL")
                end = None
                if until:
                    end = _localise(until[0], zone)
                    end = end.astimezone(zone).replace(tzinfo=None) if isinstance(end, datetime) else \
                        datetime.combine(end, datetime.max.time())
                if costly := _rule_cost(rule, start, min(closing, end) if end else closing):
                    return costly
                if str(rule["FREQ"][0]).upper() not in _WITHIN_THE_DAY:
                    continue
                text = rule.to_ical().decode()
                text = ";".join(part for part in text.split(";") if not part.upper().startswith("UNTIL="))
                parsed = dateutil_rrule.rrulestr(text, dtstart=start)
                if end:
                    parsed = parsed.replace(until=end)
                sessions = itertools.takewhile(lambda moment: moment < closing, parsed.xafter(opening, inc=True))
                if sum(1 for _ in itertools.islice(sessions, limit + removed + 1)) > limit + removed:
                    return (f"série trop longue, non lue : plus de {limit} séances entre {first} et {last} "
                            "(RRULE/RDATE)")
        except Exception:  # noqa: BLE001 - a rule dateutil cannot read this way is left to the expansion
            continue
    return None


def _rule_cost(rule, start: datetime, end: datetime) -> str | None:
    """Why expanding `rule` from `start` up to `end` would cost too much (MAX_SERIES_SESSIONS, MAX_RULE_INSTANTS),
    or None. Its instants are its periods times the values of its BY… parts (each adds starts to a period, or
    filters them: an upper bound either way); a COUNT of MAX_SERIES_SESSIONS at most bounds the expansion."""
    frequency = str(rule["FREQ"][0]).upper()
    interval = max(int(rule.get("INTERVAL", [1])[0] or 1), 1)
    periods = int(max((end - start).total_seconds(), 0) // (_PERIOD_SECONDS[frequency] * interval)) + 1
    by_parts = [values for part, values in rule.items() if str(part).upper() not in _RULE_BOUNDS]
    count = int(rule["COUNT"][0]) if rule.get("COUNT") else None
    said = f"RRULE FREQ={frequency}" + (f";INTERVAL={interval}" if interval > 1 else "")
    since = start.isoformat(sep=" ", timespec="minutes")
    if not by_parts and frequency in _WITHIN_THE_DAY:  # every instant is a session
        sessions = min(periods, count) if count else periods
        if sessions > MAX_SERIES_SESSIONS:
            return (f"série trop longue, non lue : {_number(sessions)} séances depuis le {since} "
                    f"({said}), plus de {_number(MAX_SERIES_SESSIONS)} : aucun agenda n'en tient autant")
        return None
    instants = periods * math.prod(len(values) if isinstance(values, list) else 1 for values in by_parts)
    if instants > MAX_RULE_INSTANTS and not (count and count <= MAX_SERIES_SESSIONS):
        return (f"série trop longue, non lue : {_number(instants)} instants à parcourir depuis le "
                f"{since} ({said}" + (" filtrée" if by_parts else "")
                + f"), plus de {_number(MAX_RULE_INSTANTS)}")
    return None


def _number(count: int) -> str:
    return f"{count:,}".replace(",", "\u202f")  # « 10 000 », as French writes it


def _occurrences(calendar: icalendar.Calendar, group: list[icalendar.Component], edition: int,
                 zone: ZoneInfo, window: tuple[date, date] | None = None,
                 context: tuple[list, list] | None = None) -> list[icalendar.Component]:
    """Occurrences of one UID (master + overrides) starting in the edition's year (in `window` when
    given), in time order. `context`: _context(calendar), when already read."""
    first, last = window or (date(edition, 1, 1), date(edition + 1, 1, 1))
    return _in_edition(_query(calendar, group, context).between(first, last), edition, zone, window)


_RECURRENCE_KEYS = ("RRULE", "RDATE", "RECURRENCE-ID")
# A VEVENT with one of these is a series (or part of one): only recurring-ical-events reads it.
_PLAIN_EXCLUDED = ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")


def single_occurrences(calendar: icalendar.Calendar, units: list[tuple[list[icalendar.Component], bool]],
                       edition: int, context: tuple[list, list] | None = None) -> dict[int, list]:
    """{id(component): what recurring-ical-events finds in the edition's year} for the units that are one
    VEVENT with a UID of its own and no recurrence (most of a feed), found by one query over all of them
    instead of one query per unit: the library reads each UID as a series of its own, so each VEVENT's
    occurrence is the one its own query finds (tests/lib/test_ical.py compares both). Empty when that
    query fails: each unit is then expanded alone, and the one at fault is named."""
    singles = [unit[0] for unit, shared in units
               if len(unit) == 1 and not shared and not any(key in unit[0] for key in _RECURRENCE_KEYS)]
    by_uid: dict[str, icalendar.Component | None] = {}
    for component in singles:
        uid = _text(component, "UID")
        if uid:
            by_uid[uid] = None if uid in by_uid else component  # a UID given twice is left to its own query
    singles = [component for component in by_uid.values() if component is not None]
    if len(singles) < 2:
        return {}
    try:
        found = _query(calendar, singles, context).between(date(edition, 1, 1), date(edition + 1, 1, 1))
    except Exception:  # noqa: BLE001 - recurrence libraries raise many types; the units are then read alone
        return {}
    occurrences: dict[int, list] = {id(component): [] for component in singles}
    for occurrence in found:
        component = by_uid.get(_text(occurrence, "UID"))
        if component is None:
            return {}  # an occurrence not traced back to its VEVENT: every unit is expanded alone
        occurrences[id(component)].append(occurrence)
    return occurrences


class _PlainOccurrence:
    """The one occurrence recurring-ical-events gives of a VEVENT without recurrence, read without its copy of the
    component: the times the library computes (DTSTART, DTEND) and RECURRENCE-ID = DTSTART, as it sets them on
    its copy; every other property is the VEVENT's own (icalendar's values)."""

    __slots__ = ("_component", "_times")

    def __init__(self, component: icalendar.Component, start: date | datetime, end: date | datetime) -> None:
        self._component = component
        self._times = {"DTSTART": icalendar.vDDDTypes(start), "DTEND": icalendar.vDDDTypes(end),
                       "RECURRENCE-ID": icalendar.vDDDTypes(start)}

    def __getitem__(self, name: str) -> Any:
        return self._times[name] if name in self._times else self._component[name]

    def __contains__(self, name: str) -> bool:
        return name in self._times or name in self._component

    def get(self, name: str, default: Any = None) -> Any:
        return self._times[name] if name in self._times else self._component.get(name, default)

    @property
    def categories(self) -> list:
        """What icalendar's `categories` gives, without the property's writes (it adds an empty CATEGORIES, or
        joins repeated ones, into the component it reads)."""
        value = self._component.get("CATEGORIES")
        if value is None:
            return []
        if isinstance(value, list):
            import icalendar

            return list(icalendar.vCategory([cat for item in value for cat in item.cats]).cats)
        return value.cats


def plain_occurrences(calendar: icalendar.Calendar, units: list[tuple[list[icalendar.Component], bool]],
                      context: tuple[list, list] | None) -> dict[int, list]:
    """{id(component): [its occurrence]} for the units that are one VEVENT without RRULE, RDATE, EXDATE or
    RECURRENCE-ID, with a UID of its own and a whole-number SEQUENCE (or none): what a recurring-ical-events
    query finds for such a VEVENT, without running one (tests/lib/test_ical.py compares them). The times are
    those the library computes: the calendar's X-WR-TIMEZONE applied by x-wr-timezone's walker, then the span of
    the library's EventAdapter, the end being the start plus the adapter's duration as in the library's
    Series; _in_edition then keeps the occurrence when it starts in the edition's year, as it
    does with the library's. A VEVENT the adapter cannot read, and every VEVENT of a calendar whose
    X-WR-TIMEZONE or properties the library cannot read, is left to the library, which names the fault."""
    if context is None:
        return {}
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    declared_zone = calendar.get(x_wr_timezone.X_WR_TIMEZONE)
    try:
        walker = None if declared_zone is None else x_wr_timezone.UTCChangingWalker(ZoneInfo(str(declared_zone)))
    except Exception:  # noqa: BLE001 - an unknown zone fails every query of this calendar: the library says so
        return {}
    plain = [unit[0] for unit, shared in units
             if len(unit) == 1 and not shared and not any(key in unit[0] for key in _PLAIN_EXCLUDED)
             and (unit[0].get("SEQUENCE") is None or isinstance(unit[0].get("SEQUENCE"), int))]
    by_uid: dict[str, icalendar.Component | None] = {}
    for component in plain:
        uid = _text(component, "UID")
        by_uid[uid] = None if uid in by_uid else component  # a UID given twice is left to the library
    found = {}
    for component in by_uid.values():
        if component is None:
            continue
        try:
            # The adapter reads DTSTART, DTEND and DURATION only: those, walked as x-wr-timezone walks a VEVENT,
            # without the copy of every property the walker makes of a VEVENT it changes.
            times = icalendar.Event()
            for name in ("DTSTART", "DTEND", "DURATION"):
                value = component.get(name)
                if value is not None:
                    times[name] = walker.walk_value(value) if walker and name != "DURATION" else value
            adapter = recurring_ical_events.EventAdapter(times)
            start, end = adapter.start, adapter.end
            if isinstance(start, datetime):
                # The library's occurrence ends at its start plus the adapter's duration: in the start's zone, on
                # the wall clock when both ends share a zone (as a Python datetime sum does).
                end = start + adapter.duration
            found[id(component)] = [_PlainOccurrence(component, start, end)]
        except Exception:  # noqa: BLE001 - the library then reads it, and reports what it cannot
            continue
    return found


def _day_of(moment: date | datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date() if isinstance(moment, datetime) else moment


def _instant(moment: date | datetime, zone: ZoneInfo) -> datetime:
    """A comparable aware datetime: all-day dates at midnight, floating times in `zone`."""
    if not isinstance(moment, datetime):
        return datetime.combine(moment, datetime.min.time(), zone)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def ends_before_start(component: icalendar.Component, zone: ZoneInfo) -> bool:
    """Whether the VEVENT's DTEND (or DTSTART + DURATION) is before its DTSTART, as written."""
    try:
        start = component["DTSTART"].dt
        if component.get("DTEND") is not None:
            end = component["DTEND"].dt
        elif component.get("DURATION") is not None:
            duration = component["DURATION"].dt
            return isinstance(duration, timedelta) and duration < timedelta(0)
        else:
            return False
        return _instant(end, zone) < _instant(start, zone)
    except (AttributeError, KeyError, TypeError, ValueError):
        return False


def _sequence(component: icalendar.Component) -> int:
    try:
        return int(str(component.get("SEQUENCE") or 0).strip())
    except ValueError:
        return 0


def _stamp(component: icalendar.Component) -> str:
    prop = component.get("DTSTAMP")
    try:
        moment = prop.dt
    except AttributeError:
        return ""
    if isinstance(moment, datetime):
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    return moment.isoformat() if isinstance(moment, date) else ""


def split_versions(group: list[icalendar.Component]) -> tuple[list[icalendar.Component], list[icalendar.Component]]:
    """(components to expand, superseded versions) of one UID. Masters whose SEQUENCE differ are versions
    of one event: the highest SEQUENCE wins, then the later DTSTAMP, then the last in the file; the other
    masters are superseded. Masters sharing one SEQUENCE are sessions and all kept."""
    masters = [c for c in group if c.get("RECURRENCE-ID") is None]
    if len({_sequence(m) for m in masters}) < 2:
        return group, []
    winner = max(enumerate(masters), key=lambda item: (_sequence(item[1]), _stamp(item[1]), item[0]))[1]
    superseded = [m for m in masters if m is not winner]
    return [c for c in group if not any(c is m for m in superseded)], superseded


def _units(group: list[icalendar.Component]) -> list[tuple[list[icalendar.Component], bool]]:
    """Components of one UID split into what is expanded together, first component first, and whether
    several masters share the UID. One master (or none): the whole group. Several masters (a feed listing
    each session under the same UID): one unit per master, each override going to the master it moves
    (same DTSTART), else the first recurring master, else the first master."""
    masters = [c for c in group if c.get("RECURRENCE-ID") is None]
    if len(masters) < 2:
        return [(group, False)]
    units = {id(m): [m] for m in masters}
    for override in (c for c in group if c.get("RECURRENCE-ID") is not None):
        moved = override["RECURRENCE-ID"].dt
        owner = next((m for m in masters if m["DTSTART"].dt == moved), None) or next(
            (m for m in masters if "RRULE" in m or "RDATE" in m), masters[0])
        units[id(owner)].append(override)
    return [(unit, True) for unit in units.values()]


class _Plan:
    """What one calendar's VEVENTs become, decided before any is emitted: the VEVENTs read as written (ending
    before they start), the occurrences they withdraw, the units to expand, the versions superseded."""

    def __init__(self, located: list[tuple[icalendar.Component, int | None]], zone: ZoneInfo) -> None:
        groups: dict[str, list[icalendar.Component]] = {}
        self.backwards: set[int] = set()  # ids of VEVENTs ending before they start: read as written
        for component, _line in located:
            if _critical_errors(component):
                continue
            if ends_before_start(component, zone):
                self.backwards.add(id(component))
            else:
                groups.setdefault(_text(component, "UID"), []).append(component)
        # An occurrence moved by a backwards override is not published at its original time either.
        self.withdrawn = {(_text(c, "UID"), c["RECURRENCE-ID"].dt) for c, _ in located
                          if id(c) in self.backwards and c.get("RECURRENCE-ID") is not None}
        self.superseded: list[tuple[icalendar.Component, int]] = []  # (older version, id of its winner's unit)
        self.units: dict[int, tuple[list[icalendar.Component], bool]] = {}
        for group in groups.values():
            kept, older = split_versions(group)
            for unit, shared in _units(kept):
                self.units[id(unit[0])] = (unit, shared)
            self.superseded += [(version, id(_units(kept)[0][0][0])) for version in older]


def _drop_parse_tracebacks(calendar: icalendar.Component) -> None:
    """The parse errors kept in the calendar's broken properties (vBroken.parse_error) forget their tracebacks
    (drop_tracebacks): their frames, up to this reader's, held the calendar, which stayed in memory (~100,000
    containers for the sample's files) until a collection of the cyclic collector."""
    from icalendar.prop import vBroken

    for component in calendar.walk():
        if not component.errors:  # a broken property is listed there
            continue
        for value in component.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, vBroken) and item.parse_error is not None:
                    drop_tracebacks(item.parse_error)


class _SnapshotReader:
    """Records and FileProblems of one snapshot, numbered in file order (`position`) across its files."""

    def __init__(self, source: str, edition: int, options: IcalOptions, mode: str = "plain") -> None:
        if mode not in READ_MODES:
            raise ValueError(f"unknown iCalendar read mode {mode!r}")
        self.source, self.edition, self.options, self.mode = source, edition, options, mode
        self.records: list[RawRecord] = []
        self.problems: list[FileProblem] = []
        self.position = 0
        # (file, TZID, zone read instead) -> UIDs of the events whose DTSTART names a zone nobody defines
        self.assumed_zones: dict[tuple[str, str, str], set[str]] = {}

    def notes(self) -> list[str]:
        """One line per file and unknown zone, for the run log: the times were read in the source's zone."""
        return [f"{self.source}: {name}: DTSTART au fuseau « {tzid} », défini ni par le fichier ni par la base des "
                f"fuseaux ({len(uids)} événement(s), dont UID {min(uids)}) : heures lues en {zone}"
                for (name, tzid, zone), uids in sorted(self.assumed_zones.items())]

    def _problem(self, name: str, reason: str, numbered: bool = True) -> None:
        self.problems.append(FileProblem(self.source, self.edition, name, self.position if numbered else None, reason))
        if numbered:
            self.position += 1

    def _record(self, name: str, record_id: str | None, payload: dict) -> None:
        self.records.append(RawRecord(self.source, self.edition, record_id, self.position, name, payload))
        self.position += 1

    def read_file(self, name: str, raw: bytes) -> None:
        import icalendar

        lines = _vevent_lines(raw)
        unfolded = re.sub(rb"\r?\n[ \t]", b"", raw)  # RFC 5545 folds count octets: unfold before decoding
        try:
            text = _decode(unfolded)
            text = _displayed_zones_named(text, self.options.fuseau)
            calendars = icalendar.Calendar.from_ical(text, multiple=True)
        except Exception as exc:  # noqa: BLE001 - the parser raises ValueError, KeyError, IndexError…
            self._problem(name, f"fichier illisible comme iCalendar : {exc}", numbered=False)
            return
        calendars = [c for c in calendars if c.name == "VCALENDAR"]
        if not calendars:
            self._problem(name, "aucun VCALENDAR dans ce fichier", numbered=False)
            return
        events_of = [calendar.walk("VEVENT") for calendar in calendars]
        if not any(events_of):
            # A calendar shared « free/busy only » publishes its busy times (VFREEBUSY), not its events: read as empty,
            # it would have unpublished its source's events without a word.
            busy = any(calendar.walk("VFREEBUSY") for calendar in calendars)
            self._problem(name, "aucun VEVENT dans ce calendrier" + (
                " : il ne publie que des disponibilités (VFREEBUSY), pas ses événements" if busy else ""),
                numbered=False)
            return
        index = 0
        for calendar, components in zip(calendars, events_of, strict=True):
            _drop_parse_tracebacks(calendar)
            located = [(c, lines[i] if i < len(lines) else None) for i, c in enumerate(components, start=index)]
            index += len(components)
            self._read_calendar(name, calendar, located)

    def _read_calendar(self, name: str, calendar: icalendar.Calendar, located: list) -> None:
        zone = _zone(calendar.get("X-WR-TIMEZONE") or self.options.fuseau, self.options.fuseau)
        plan = _Plan(located, zone)
        try:
            context = _context(calendar)
        except Exception:  # noqa: BLE001 - then each UID's expansion reads it again, and reports the failure
            context = None
        units = list(plan.units.values())
        known = plain_occurrences(calendar, units, context) if self.mode == "plain" else {}
        if self.mode != "each":
            rest = [(unit, shared) for unit, shared in units if id(unit[0]) not in known]
            known |= single_occurrences(calendar, rest, self.edition, context)
        first_ids: dict[int, str | None] = {}
        for component, line in located:
            errors = _critical_errors(component)
            if errors:
                # French stable part first, then " : " and the variable detail (counts.reason_family)
                uid = _text(component, "UID")
                label = f" (UID {uid})" if uid else ""
                at = f"ligne {line}" if line else "VEVENT"
                self._problem(name, f"événement iCalendar illisible : {at}{label} : {'; '.join(errors)}")
            elif id(component) in plan.backwards:
                payload = _written_payload(component, zone)
                self._record(name, _record_id(payload), payload)
            elif id(component) in plan.units:  # else expanded along with an earlier component of its UID
                first_ids[id(component)] = self._expand(name, calendar, component, line, plan, zone, context,
                                                        known.get(id(component)))
        self._superseded(name, located, plan, first_ids, zone)

    def _expand(self, name: str, calendar: icalendar.Calendar, component: icalendar.Component, line: int | None,
                plan: _Plan, zone: ZoneInfo, context: tuple[list, list] | None = None,
                found: list | None = None) -> str | None:
        """Records of the occurrences of the unit `component` starts, in the edition's window; the first one's id.
        `found`: what recurring-ical-events gives for the unit in the edition's year (single_occurrences), when
        already known."""
        group, shared = plan.units[id(component)]
        uid = _text(component, "UID")
        # Masters sharing a UID each get `#start` ids, whatever their order in the feed.
        recurring = shared or len(group) > 1 or any(
            key in c for c in group for key in ("RRULE", "RDATE", "RECURRENCE-ID"))
        expands = any(key in c for c in group for key in ("RRULE", "RDATE"))
        window = edition_window(self.edition, self.options.marge_recurrences_jours) if expands else None
        where = f"ligne {line}" if line else "VEVENT"
        too_many = (f"série trop longue, non lue : plus de {MAX_SERIES_OCCURRENCES} séances entre {window[0]} et "
                    f"{window[1]} (RRULE/RDATE), {where} (UID {uid})" if window else "")
        try:
            if found is not None:
                occurrences = _in_edition(found, self.edition, zone)
            elif window and (beyond := _rule_sessions_beyond(MAX_SERIES_OCCURRENCES, group, window, zone)):
                self._problem(name, f"{beyond}, {where} (UID {uid})")
                return None
            else:
                occurrences = _occurrences(calendar, group, self.edition, zone, window, context)
        except Exception as exc:  # noqa: BLE001 - recurrence libraries raise many types
            self._problem(name, f"récurrences impossibles à développer : {where} (UID {uid}) : {exc}")
            return None
        if window and len(occurrences) > MAX_SERIES_OCCURRENCES:
            self._problem(name, too_many)
            return None
        master = next((c for c in group if c.get("RECURRENCE-ID") is None), component)
        overrides = {c["RECURRENCE-ID"].dt: c for c in group if c.get("RECURRENCE-ID") is not None}
        first_id = None
        for occurrence in occurrences:
            moved = occurrence.get("RECURRENCE-ID")
            if moved is not None and (uid, moved.dt) in plan.withdrawn and moved.dt not in overrides:
                continue
            origin = overrides.get(moved.dt, master) if moved is not None else master
            warnings = [f"{prop}: {message}" for prop, message in getattr(origin, "errors", [])]
            unknown = _unknown_zone(origin)
            if unknown:
                warnings.append(f"DTSTART: unknown TZID {unknown!r}, read as {zone.key}")
                self.assumed_zones.setdefault((name, unknown, zone.key), set()).add(uid)
            payload = _payload(occurrence, origin, recurring=recurring, zone=zone, warnings=warnings,
                               original=_original_start(occurrence, origin))
            self._record(name, _record_id(payload), payload)
            first_id = first_id or _record_id(payload)
        return first_id

    def _superseded(self, name: str, located: list, plan: _Plan, first_ids: dict[int, str | None],
                    zone: ZoneInfo) -> None:
        """Each older version of an event: a record merged into its winner, or a FileProblem when the winner
        has no occurrence in the edition."""
        lines_of = {id(c): line for c, line in located}
        for version, winner in plan.superseded:
            where = f"ligne {lines_of.get(id(version))}" if lines_of.get(id(version)) else "VEVENT"
            uid = _text(version, "UID")
            winner_id = first_ids.get(winner)
            unit = next(unit for unit, _ in plan.units.values() if id(unit[0]) == winner)
            winner_component = next((c for c in unit if c.get("RECURRENCE-ID") is None), unit[0])
            replaced_by = {"sequence": _sequence(winner_component), "dtstamp": _stamp(winner_component) or None}
            if winner_id is None:
                self._problem(
                    name,
                    f"version remplacée par une version hors de l'édition : {where} (UID {uid}) : SEQUENCE "
                    f"{_sequence(version)} remplacée par SEQUENCE {replaced_by['sequence']}, sans occurrence "
                    f"en {self.edition}")
            else:
                self._record(name, winner_id, _written_payload(version, zone) | {"version_remplacee": replaced_by})


def read_ical_snapshot(
    snapshot_dir: Path, *, source: str, edition: int, options: IcalOptions | Mapping | None = None,
    mode: str = "plain",
) -> tuple[list[RawRecord], list[FileProblem]]:
    """Occurrences starting in the edition's year as RawRecords, plus FileProblems for what cannot be read.

    Options: `fuseau` (IANA zone for floating times when the calendar has no X-WR-TIMEZONE, default
    Europe/Paris). A file that is not iCalendar, or a VEVENT (line N) whose identity or timing
    cannot be read, is a FileProblem; positions count records and rejected VEVENTs in file order.
    `mode` (READ_MODES): "plain" reads the VEVENTs without recurrence from icalendar's values (plain_occurrences)
    and expands the other VEVENTs of a UID of their own by one query (single_occurrences); "one_query" expands
    all those by one query; "each" expands each unit by a query of its own (the reference the tests compare
    the others with).
    """
    reader = _read_snapshot(Path(snapshot_dir), source, edition, options, mode)
    return reader.records, reader.problems


def _read_snapshot(snapshot_dir: Path, source: str, edition: int, options: IcalOptions | Mapping | None,
                   mode: str = "plain") -> _SnapshotReader:
    contents, problems = read_snapshot_files(snapshot_dir, PATTERNS, source=source, edition=edition)
    reader = _SnapshotReader(source, edition, parse_options(IcalOptions, options), mode)
    reader.problems = problems
    for name, raw in contents:
        reader.read_file(name, raw)
    return reader


# ----------------------------------------------------------------------------------------------- map


def split_location(text: str | None) -> tuple[str | None, str | None]:
    """(code postal, commune) read at the end of a free-text LOCATION: "…, 35000 Rennes", "… 35000 Rennes Bretagne
    France" (Mobilizon: the région after the town),
    "…, 29120 - Combrit", "…, Rennes, 35000" and "…, Rennes, Bretagne, 35000" (agenda plugins), "…, 35000, Rennes",
    "2 Rue de Langoz - Loctudy" (street - commune), "12 rue X, Quimper" (street number, comma, commune), a country
    « France » after any of them; (None, None) when no such tail is found. A tail taken for a commune is only
    a candidate: the commune coder checks it against the COG and says when it matches nothing."""
    if not text:
        return None, None
    flat = " ".join(text.split())
    match = _POSTAL_TAIL.search(flat)
    if match:
        return match.group("cp"), _without_region(COUNTRY_AFTER.sub("", match.group("commune")).strip(" -–—")) or None
    flat = COUNTRY_AFTER.sub("", flat).strip(" ,;")
    parts = [part.strip() for part in re.split(r"[,;]", flat) if part.strip()]
    if parts and _POSTAL_CODE.fullmatch(parts[-1]):
        # « …, Rennes, 35000 » and « …, Rennes, Bretagne, 35000 »: the town before the postal code, a région skipped
        named = [part for part in parts[:-1] if fold(part) not in _REGIONS]
        return parts[-1], named[-1] if named and _looks_like_name(named[-1]) else None
    if len(parts) >= 2 and _POSTAL_CODE.fullmatch(parts[-2]) and _looks_like_name(parts[-1]):
        return parts[-2], parts[-1]  # « …, 35000, Rennes »
    for pattern in (_DASH_TAIL, _COMMA_TAIL):
        match = pattern.match(flat)
        if match and _looks_like_name(match.group("commune")):
            return None, match.group("commune").strip()
    return None, None


def _without_region(town: str) -> str:
    """`town` without the région written after it, a space apart: Mobilizon writes a place as « street postal-code
    town région country » (« 39 Rue de Dinan 35000 Rennes Bretagne France »). A région joined to the name by hyphens
    is part of it (« La Chapelle-de-Bretagne »); a town that is only a région's name is kept."""
    words = town.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        if fold(" ".join(words[-size:])) in _REGIONS:
            return " ".join(words[:-size])
    return town


# First words of a tail that names a part of a building, not a commune ("Salle 2 - Bâtiment B").
_NOT_A_COMMUNE = re.compile(
    r"^(salle|batiment|bat|etage|hall|entree|local|bureau|rdc|rez|escalier|porte|aile|amphi\w*|accueil|"
    r"cour|jardin|parking|niveau|espace|france)\b"
)


def _looks_like_name(text: str) -> bool:
    """A commune name: a few words, no digits; not a room or building mention."""
    words = text.split()
    return (0 < len(words) <= 6 and len(text) <= 50 and not re.search(r"\d", text)
            and not _NOT_A_COMMUNE.match(fold(text)))


# The kinds of street an address line names, folded (abbreviations as sources write them): for split_venue.
_STREET_KINDS = (
    "rue|r|avenue|av|ave|boulevard|bd|bld|blvd|place|pl|chemin|ch|allee|allees|impasse|imp|quai|cours|crs|route|rte"
    "|square|sq|esplanade|promenade|faubourg|fbg|passage|sentier|voie|traverse|montee|ruelle|venelle|parvis|chaussee"
    "|levee|corniche|mail|rond point|lieu dit|za|zi|zac|zone|hameau|lotissement|residence|cite|village|grande? rue"
)
_HOUSE_NUMBER = r"\d{1,4}(?: \d{1,4})?(?: ?(?:bis|ter|quater|[a-d]))?"  # « 6 », « 4 bis », « 12A », « 4-6 »
# Folded pieces of a LOCATION: a street with its house number (a word may come between: « 12 petite rue »), a street
# named first, a house number alone (« 4, rue de Lannoy »), a postal code and its town (« F-35000 Rennes »).
_NUMBERED_STREET_LINE = re.compile(rf"^{_HOUSE_NUMBER} (?:\w+ )?(?:{_STREET_KINDS})\b")
_STREET_LINE = re.compile(rf"^(?:{_STREET_KINDS}) \w")
# A venue may be named as a street line begins, « Cité » and « Village » (« Cité des sciences », « Village by CA »).
_NAMED_LIKE_A_VENUE = re.compile(r"^(?:cite|village) ")
_HOUSE_NUMBER_ALONE = re.compile(rf"^{_HOUSE_NUMBER}$")
_STREET_INSIDE = re.compile(rf"\b{_HOUSE_NUMBER} (?:{_STREET_KINDS})\b")
_POSTAL_LINE = re.compile(r"^(?:f )?\d{5} [a-z]")
_PIECES = re.compile(r"\s*[,;]\s*")


def split_venue(text: str | None) -> tuple[str | None, str | None]:
    """(venue, address) of a free-text LOCATION that clearly gives both: a first comma piece naming a place (no
    house number, street, postal code nor online wording, not the town the text ends with) followed by a street line
    or a postal code and its town (« Maison des associations, 6 cours des Alliés, 35000 Rennes » -> « Maison des
    associations », « 6 cours des Alliés, 35000 Rennes »; « Hôtel de ville, 33000 Bordeaux »). Anything else stays
    whole as the address, no venue: a name and a town alone (« Le Jardin des Plantes, Rennes », « Salle Erdre,
    Nantes »: a venue, but a square or a district is written so too), a street line, a name alone, pieces joined by
    dashes, several name pieces before the street, an online wording."""
    if not text:
        return None, text
    pieces = _PIECES.split(text.strip())
    if len(pieces) < 2 or not all(pieces[:2]):
        return None, text
    head, second = fold(pieces[0]), fold(pieces[1])
    street_first = _STREET_LINE.match(head) and not _NAMED_LIKE_A_VENUE.match(head)
    if (not head or head[0].isdigit() or re.search(r"\d{5}", head) or street_first or _STREET_INSIDE.search(head)
            or head in ("france", *_REGIONS) or place_modality(pieces[0], "")):
        return None, text
    following = fold(pieces[2]) if len(pieces) > 2 else ""
    if not (_NUMBERED_STREET_LINE.match(second) or _STREET_LINE.match(second) or _POSTAL_LINE.match(second)
            or _HOUSE_NUMBER_ALONE.match(second) and _STREET_LINE.match(following)):
        return None, text
    town = split_location(text)[1]
    if town and fold(town) == head:  # « Lille, 59000 Lille »: the town, then its address
        return None, text
    return pieces[0], _PIECES.split(text.strip(), maxsplit=1)[1]


def location_lines(text: str | None) -> str | None:
    """A place written on several lines, as Apple Calendar writes a venue's name on the line above its address, as one
    line whose lines are comma pieces (« Halle de la Machine, 3 avenue de l'Aérodrome, 31400 Toulouse »): read as the
    venue and address pieces they are, not run together (« Halle de la Machine 3 avenue … »)."""
    if not text or "\n" not in text:
        return text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "".join(line + ("" if number == len(lines) - 1 else " " if line[-1] in ",;" else ", ")
                   for number, line in enumerate(lines))


def _coordinates(geo: Any) -> tuple[float | None, float | None]:
    if not geo:
        return None, None
    parts = re.split(r"[;,]", str(geo))
    if len(parts) != 2:
        return None, None
    try:
        return float(parts[0]), float(parts[1])  # GEO is latitude first
    except ValueError:
        return None, None


def map_ical_event(payload: dict, options: IcalOptions | None = None, edition: int | None = None) -> dict:
    """Candidate fields of one iCalendar occurrence as stored by read_ical_snapshot.

    All-day events give dates: `date_fin` is the last day (the exclusive DTEND minus one day, never
    before the start; the start itself when there is no DTEND). LOCATION goes to `adresse`, its first piece to
    `lieu` when it clearly names the venue before a street or a postal code (split_venue), with
    `code_postal`/`commune` taken from a "…, 35000 Rennes" tail; a meeting link (CONFERENCE_PROPERTIES) makes the
    event online, or hybrid beside a place. `date_mise_a_jour` is LAST-MODIFIED
    only: DTSTAMP is the export time in most feeds. `options` and `edition` are accepted for symmetry and unused.
    """
    start, end = payload.get("dtstart"), payload.get("dtend")
    if start and len(start) == 10:  # all-day
        if end and len(end) == 10:
            last = date.fromisoformat(end) - timedelta(days=1)
            # DTEND = DTSTART means one day; an end before the start stays as written, to be quarantined.
            if date.fromisoformat(end) >= date.fromisoformat(start):
                end = max(last, date.fromisoformat(start)).isoformat()
        else:
            end = start
    location = location_lines(payload.get("location"))
    code_postal, commune = split_location(location)
    lieu, adresse = split_venue(location)
    latitude, longitude = _coordinates(payload.get("geo"))
    modalite = None  # a LOCATION alone says the modality only when it is an online one (see place_modality)
    if payload.get("visioconference"):
        # A meeting link beside a place that LOCATION names is a hybrid event.
        location = payload.get("location") or ""
        modalite = "En ligne" if not location or place_modality("", location) == "en_ligne" else "Hybride"
    status = (payload.get("status") or "").upper()
    categories = [str(c) for c in payload.get("categories") or [] if str(c).strip()]
    if status == "CANCELLED":
        categories.append(CANCELLED_LABEL)
    return {
        "source_identifiant": _record_id(payload),
        "titre": payload.get("summary"),
        "description": payload.get("description"),
        "date_debut": start,
        "date_fin": end,
        "categories": categories,
        "type_evenement": None,
        "thematiques": [],
        "publics": [],
        "modalite": modalite,
        "lien_reunion": payload.get("visioconference"),  # never published: see schema.MEETING_LINK_FIELD
        "organisateur": payload.get("organizer"),
        "organisateur_famille": None,
        "co_organisateurs": None,  # iCalendar has no co-organiser property: unknown
        "lieu": lieu,
        "adresse": adresse,
        "code_postal": code_postal,
        "commune": commune,
        "latitude": latitude,
        "longitude": longitude,
        "url": payload.get("url"),
        # A superseded version (lower SEQUENCE) must never win the merge on its update date.
        "date_mise_a_jour": None if payload.get("version_remplacee") else payload.get("last_modified"),
        "code_insee": None,
        "region_source": None,
        # CLASS:PRIVATE or CONFIDENTIAL in a feed: its owner does not make the event public (RFC 5545 3.8.1.3); nor does
        # a calendar published « availability only », whose events are busy times titled « Occupé », without any detail.
        "statut": NOT_PUBLIC if (payload.get("class") or "").strip().upper() in NOT_PUBLIC_CLASSES
        or _availability_only(payload) else STATUSES.get(status),
        "nombre_seances": 1,  # recurrences are expanded: one published row per occurrence
    }


def _availability_only(payload: Mapping[str, Any]) -> bool:
    """Whether an occurrence is a busy time of a calendar published « availability only »: a title of
    AVAILABILITY_TITLES and no description, place nor link (an event so titled that says more is read as one)."""
    summary = payload.get("summary")
    return (isinstance(summary, str) and fold(summary) in AVAILABILITY_TITLES
            and not any(payload.get(key) for key in ("description", "location", "url")))


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: IcalOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return fetch_ical_edition(client, url, edition, store=store, now=datetime.now(UTC), policy=policy)


def read(snapshot: Path, edition: int, source: str, options: IcalOptions) -> ReadResult:
    reader = _read_snapshot(snapshot, source, edition, options)
    return ReadResult(reader.records, reader.problems, notes=reader.notes())


# The iCalendar libraries imported (about 0.036 s of CPU) cost what reading a 27 kB calendar does.
SOURCE_KIND = SourceKind(name=KIND, patterns=PATTERNS, options=IcalOptions, fetch=fetch, read=read,
                         map_event=map_ical_event, read_cost=80.0, setup_cost=2_000_000.0)
