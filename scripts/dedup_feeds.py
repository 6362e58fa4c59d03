"""The generated listings of dedup_eval_set written as the four sources' files and read by the pipeline's connectors:
- the platform's JSON page;
- an OpenAgenda export: a timing a day, an all-day listing from midnight to 23:59, the meeting link in
  `onlineAccessLink`, the whole address in `location.address`;
- an iCalendar: TZID, UTC or floating DTSTART as the generator's time style says, a third of the events in Outlook's
  Windows zone with its VTIMEZONE, VALUE=DATE for a date-only start, LOCATION, ORGANIZER, escaped texts, lines folded
  at 75 octets;
- the CRESS spreadsheet in Windows-1252 with `;`.
The records are then normalised by normalize_records, as `mois-ess run` does: the merge is measured on what the
connectors make of the files, not on candidate fields given to the normaliser.

    generate(seed, vocabulary=..., through=through_feeds(folder))
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from assets.lib.normalize import EVENT_COLUMNS, normalize_records
from assets.lib.records import payload_json
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options

PARIS = ZoneInfo("Europe/Paris")
KIND_OF = {"plateforme": "plateforme", "cress-bretagne-openagenda": "openagenda", "reseau-rennes-ical": "ical",
           "cress-bretagne-tableur": "tableur"}


def through_feeds(folder: Path):
    """A `through` for dedup_eval_set.generate: each edition's listings written as files under `folder` and read
    back by the connectors (see the module docstring)."""
    from dedup_eval_set import SHEET_OPTIONS, sheet_bytes

    options = {"plateforme": None, "cress-bretagne-openagenda": {"champs": {"organisateur": "organisateur"}},
               "reseau-rennes-ical": {"fuseau": "Europe/Paris"}, "cress-bretagne-tableur": SHEET_OPTIONS}

    def read(edition: int, given: list, sheet: list, words) -> list[dict]:
        def named(source: str) -> str:
            return (words.source_names or {}).get(source, source)

        truth, listed = {}, {source: [] for source in KIND_OF}
        for source, fields, known in given:
            listed[source].append(fields)
            truth[named(source), str(fields["source_identifiant"])] = known
        for row, known in sheet:
            listed["cress-bretagne-tableur"].append(row)
            truth[named("cress-bretagne-tableur"), row["N° inscription"]] = known
        writers = {"plateforme": _platform_file, "cress-bretagne-openagenda": _agenda_file,
                   "reseau-rennes-ical": _calendar_file,
                   "cress-bretagne-tableur": lambda rows, edition: ("inscriptions.csv", sheet_bytes(rows))}
        raw, parsed = [], {}
        for source, kind in KIND_OF.items():
            where = folder / named(source) / str(edition) / "export"
            where.mkdir(parents=True, exist_ok=True)
            name, content = writers[source](listed[source], edition)
            (where / name).write_bytes(content)
            parsed[named(source)] = parse_options(KINDS[kind].options, options[source])
            result = KINDS[kind].read(where, edition, named(source), parsed[named(source)])
            if result.problems:
                raise ValueError(f"{source} {edition}: {result.problems[:3]}")  # a writer's bug, not a finding
            raw += [{"edition": r.edition, "source": r.source, "source_kind": kind,
                     "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                     "payload": payload_json(r.payload)} for r in result.records]
        normalised = normalize_records(pd.DataFrame(raw), parsed)
        if not normalised.quarantine.empty:
            raise ValueError(f"{edition}: quarantined {normalised.quarantine.head(3).to_dict('records')}")
        events = normalised.events
        return [{**{c: row[c] for c in EVENT_COLUMNS}, **truth[row["source"], str(row["source_identifiant"])]}
                for row in events.to_dict("records")]

    return read


def _platform_file(listings: list[dict], edition: int) -> tuple[str, bytes]:
    events = []
    for fields in listings:
        place = {key: fields.get(name) for key, name in (
            ("name", "lieu"), ("address", "adresse"), ("postal_code", "code_postal"), ("city", "commune"),
            ("lat", "latitude"), ("lng", "longitude")) if fields.get(name) is not None}
        event = {"id": int(fields["source_identifiant"]), "title": fields["titre"], "start": fields["date_debut"],
                 "end": fields.get("date_fin"), "format": fields.get("modalite"), "place": place,
                 "url": fields.get("url"), "updated_at": fields.get("date_mise_a_jour"), "categories": []}
        if fields.get("organisateur"):
            event["organizer"] = {"name": fields["organisateur"]}
        if fields.get("description"):
            event["description"] = fields["description"]
        events.append(event)
    page = {"edition": edition, "events": events, "next": None, "page": 1, "per_page": max(len(events), 1)}
    return "page-0001.json", json.dumps(page, ensure_ascii=False).encode("utf-8")


def _agenda_timings(start: str, end: str | None) -> list[dict]:
    """OpenAgenda's timings of a listing: one a day over several days; a day given alone runs from midnight to
    23:59 (OpenAgenda has no date without a time)."""
    if len(start) == 10:
        first = date.fromisoformat(start)
        last = date.fromisoformat(end[:10]) if end else first
        return [{"begin": f"{first + timedelta(days=k)}T00:00:00+01:00",
                 "end": f"{first + timedelta(days=k)}T23:59:00+01:00"} for k in range((last - first).days + 1)]
    begin = datetime.fromisoformat(start.replace("Z", "+00:00"))
    if not end:
        return [{"begin": start}]
    finish = datetime.fromisoformat(end.replace("Z", "+00:00"))
    days = (finish.astimezone(PARIS).date() - begin.astimezone(PARIS).date()).days
    if days <= 0:
        return [{"begin": start, "end": end}]
    closing = finish - timedelta(days=days)  # each day ends at the last day's hour
    return [{"begin": (begin + timedelta(days=k)).isoformat(), "end": (closing + timedelta(days=k)).isoformat()}
            for k in range(days + 1)]


def _agenda_file(listings: list[dict], edition: int) -> tuple[str, bytes]:
    events = []
    for fields in listings:
        online = fields.get("modalite") == "En ligne"
        location = {key: fields.get(name) for key, name in (
            ("name", "lieu"), ("address", "adresse"), ("postalCode", "code_postal"), ("city", "commune"),
            ("insee", "code_insee"), ("latitude", "latitude"), ("longitude", "longitude"))
            if fields.get(name) is not None}
        if location.get("address") and location.get("city"):  # OpenAgenda writes the whole address there
            location["address"] = ", ".join(filter(None, (location["address"], location.get("postalCode"),
                                                         location["city"])))
        event = {"uid": int(fields["source_identifiant"]), "title": {"fr": fields["titre"]},
                 "timings": _agenda_timings(fields["date_debut"], fields.get("date_fin")), "location": location,
                 "attendanceMode": {"id": 2 if online else 1}, "updatedAt": fields.get("date_mise_a_jour"),
                 "status": {"id": 1}}
        if fields.get("organisateur"):
            event["organisateur"] = fields["organisateur"]
        if fields.get("description"):
            event["description"] = {"fr": fields["description"]}
        url = fields.get("url")
        if url and "openagenda.com" in url:
            event["canonicalUrl"] = url
        elif url and online:
            event["onlineAccessLink"] = url  # OpenAgenda's field for the link of an online event
        elif url:
            event["registration"] = [{"type": "link", "value": url}]
        events.append(event)
    return "page-0001.json", json.dumps({"total": len(events), "events": events}, ensure_ascii=False).encode("utf-8")


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# Outlook names Paris time by its Windows zone, defined in the calendar (RFC 5545 VTIMEZONE).
OUTLOOK_ZONE = "Romance Standard Time"
OUTLOOK_VTIMEZONE = (
    f"BEGIN:VTIMEZONE\r\nTZID:{OUTLOOK_ZONE}\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


def _ics_moment(name: str, value: str, zone_name: str = "Europe/Paris") -> str:
    """DTSTART/DTEND as the generator's time style writes it: a Paris offset as TZID (`zone_name`), UTC as Z (the
    summer offset's instant too), no zone as a floating time, a day as VALUE=DATE."""
    if len(value) == 10:
        return f"{name};VALUE=DATE:{value.replace('-', '')}"
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        return f"{name}:{moment:%Y%m%dT%H%M%S}"
    if moment.utcoffset() == PARIS.utcoffset(moment.replace(tzinfo=None)):
        return f'{name};TZID="{zone_name}":{moment:%Y%m%dT%H%M%S}' if " " in zone_name else \
            f"{name};TZID={zone_name}:{moment:%Y%m%dT%H%M%S}"
    return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _folded(line: str) -> str:
    """A content line folded at 75 octets, as RFC 5545 asks (a UTF-8 character is never cut)."""
    parts, current = [], b""
    for character in line:
        encoded = character.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _calendar_file(listings: list[dict], edition: int) -> tuple[str, bytes]:
    events = []
    for number, fields in enumerate(listings):
        zone = OUTLOOK_ZONE if number % 3 == 0 else "Europe/Paris"  # a third of the events exported by Outlook
        lines = [f"UID:{fields['source_identifiant']}", f"DTSTAMP:{edition}1020T100000Z",
                 _ics_moment("DTSTART", fields["date_debut"], zone), f"SUMMARY:{_ics_text(fields['titre'])}"]
        end = fields.get("date_fin")
        if end and len(end) == 10:  # an all-day end is exclusive (RFC 5545)
            lines.append(_ics_moment("DTEND", (date.fromisoformat(end) + timedelta(days=1)).isoformat()))
        elif end:
            lines.append(_ics_moment("DTEND", end, zone))
        if fields.get("adresse"):
            lines.append(f"LOCATION:{_ics_text(fields['adresse'])}")
        if fields.get("description"):
            lines.append(f"DESCRIPTION:{_ics_text(fields['description'])}")
        if fields.get("organisateur"):
            lines.append(f'ORGANIZER;CN="{fields["organisateur"]}":mailto:contact@example.org')
        if fields.get("url"):
            lines.append(f"URL:{fields['url']}")
        events.append("BEGIN:VEVENT\r\n" + "".join(f"{_folded(line)}\r\n" for line in lines) + "END:VEVENT\r\n")
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reseau//FR\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
            + OUTLOOK_VTIMEZONE + "".join(events) + "END:VCALENDAR\r\n")
    return "agenda.ics", text.encode("utf-8")
