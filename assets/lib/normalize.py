"""Raw source records mapped onto the event schema; records that cannot be published are quarantined.

Every raw record ends in exactly one of three outcomes: a normalised row, a duplicate merged into
another row of the same source (with its provenance), or a quarantine row naming the field and reason.
"""

import functools
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta, timezone
from itertools import chain, compress, repeat
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from assets.lib.collector import drop_tracebacks
from assets.lib.config import FIRST_EDITION
from assets.lib.digest import identifier_digest
from assets.lib.geocode_text import clean_postal_code, is_foreign_country_code, place_modality, place_not_given
from assets.lib.person_names import given_and_surnames, without_homes, without_persons
from assets.lib.records import (
    DAY_PARTS,
    LAYOUT_FIELD,
    RESCHEDULED,
    RecordRejected,
    is_layout_reason,
    payload_from_json,
)
from assets.lib.schema import GEO_FIELDS, SOURCE_ONLY_FIELDS, field_names, max_lengths, schema_violations
from assets.lib.sources import KINDS
from assets.lib.sources.base import NOT_PUBLIC, identifier_text
from assets.lib.text import (
    clean_text,
    defuse_formula,
    find_meeting_link,
    fold,
    safe_url,
    source_text,
    strip_unsafe_unicode,
    without_contacts,
)
from assets.lib.vocabularies import load_vocabularies

PARIS = ZoneInfo("Europe/Paris")
# The legal time of the places overseas, by the first three digits of their INSEE or postal code: a time written
# there without an offset is the place's own, and one given with any offset (« Z ») is read on the place's clock.
OVERSEAS_ZONES = {"971": "America/Guadeloupe", "972": "America/Martinique", "973": "America/Cayenne",
                  "974": "Indian/Reunion", "975": "America/Miquelon", "976": "Indian/Mayotte",
                  "977": "America/St_Barthelemy", "978": "America/Marigot", "986": "Pacific/Wallis",
                  "987": "Pacific/Tahiti", "988": "Pacific/Noumea"}
# Source statuses published in `statut` (cancelled and postponed events are quarantined, never published).
PUBLISHED_STATUSES = ("programme", "reprogramme", "deplace_en_ligne", "complet", "provisoire")
# A title that says the event is cancelled, as organisers write it rather than change the listing's status:
# « ANNULÉ – Atelier vélo », « [Annulé] Ciné-débat », « Événement annulé : … », « Forum (annulé) », « … – ANNULE ».
# Not « Annulation de la dette » (a debate's subject), nor a postponement (« Reporté au 27 » may give the new date).
_CANCELLED_TITLE = re.compile(
    r"^\W*(?:[ée]v[ée]nement\s+)?annul[ée]e?s?\b(?!\s+(?:de|du|des|d['’]))"
    r"|[(\[\-–—:|]\s*(?:[ée]v[ée]nement\s+)?annul[ée]e?s?\s*[)\]!.]*\s*$"
    # The word last, after a space (« Repair café annulé », « Atelier vélo ANNULÉ ! »); not a negation (« non annulé »)
    # nor a debt's cancelling (« La dette annulée »), which a talk may be about.
    r"|(?<!\bnon)(?<!\bpas)(?<!\bjamais)(?<!\bdette)(?<!\bdettes)\s+annul[ée]e?s?\s*[!.]*\s*$",
    re.IGNORECASE,
)


def _cancelled_title(title: str) -> bool:
    """Whether a title says its event is cancelled (_CANCELLED_TITLE). Every match holds « annul », whose letters
    IGNORECASE equates with their capitals only: a title without it in lower case is spared the pattern, which
    tries its look-behinds at each blank (20 times the cost of the test on the sample's titles)."""
    return "annul" in title.lower() and _CANCELLED_TITLE.search(title) is not None


# A title saying the event is postponed to a day (« REPORTÉ au 24/11 – Ciné-débat », « Reporté au jeudi 24 novembre :
# … », « … (reporté au 24.11.2022) »), the listing left at its old date.
_POSTPONED_TO = re.compile(
    r"\breport[ée]e?s?\s+(?:au|le|à|a|pour\s+le)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(\d{1,2})(?:er)?(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\b"
    r"|\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b"
    r"(?:\s+(\d{4}))?)?",
    re.IGNORECASE,
)
_MONTHS = {name: number for number, name in enumerate(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(), start=1)}


def postponed_day(title: str, day: str) -> str:
    """The day (ISO) a title says its event is postponed to (_POSTPONED_TO), when it is another day of the year of
    `day` (the listing's own day), else "". A day without its month (« Reporté au 27 ») is in the listing's month,
    and only later than it."""
    if "report" not in title.lower() or not day:
        return ""
    match = _POSTPONED_TO.search(title)
    if match is None:
        return ""
    year, month = int(day[:4]), int(day[5:7])
    if match.group(2):
        month = int(match.group(2))
        if match.group(3):
            year = int(match.group(3)) + (2000 if len(match.group(3)) == 2 else 0)
    elif match.group(4):
        month = _MONTHS[fold(match.group(4))]
        year = int(match.group(5) or year)
    try:
        moved = date(year, month, int(match.group(1))).isoformat()
    except ValueError:
        return ""
    if moved == day or moved[:4] != day[:4] or not (match.group(2) or match.group(4)) and moved < day:
        return ""
    return moved


CANCELLED_TITLE_MOTIF = "événement annulé selon son titre"
CANCELLED_MOTIF = "événement annulé dans la source"
STRUCK_MOTIF = "événement annulé dans la source : ligne barrée dans le classeur"
POSTPONED_MOTIF = "événement reporté sans nouvelle date dans la source"
# Not a called-off event: the same event listed by another source is published.
NOT_PUBLIC_MOTIF = ("fiche non publique dans la source : refusée, non modérée, brouillon, privée, supprimée, masquée "
                    "ou doublon")
# The quarantine reasons of the records that say their event will not take place on their dates: their copies in other
# sources are not published either (see revived_records and assets.lib.dedup).
CALLED_OFF_MOTIFS = (CANCELLED_MOTIF, POSTPONED_MOTIF, CANCELLED_TITLE_MOTIF, STRUCK_MOTIF)
# What is left around a title once its cancellation mark is cut (« ANNULÉ – Atelier vélo », « Forum (annulé) »).
_MARK_LEFTOVERS = " \t-–—:|[]()!."

# Free texts longer than their schema maximum are cut on a word boundary and marked (README, « Données
# publiées »); any other value breaking the schema (a title over its maximum) quarantines its record.
TRUNCATED_FIELDS = ("description", "organisateur", "lieu", "adresse", "commune")
EVENT_COLUMNS = [name for name in field_names("evenements") if name not in GEO_FIELDS] + list(SOURCE_ONLY_FIELDS)
QUARANTINE_COLUMNS = ["edition", "source", "source_identifiant", "position", "fichier", "champ", "motif", "contenu"]
MERGE_COLUMNS = ["edition", "identifiant", "source", "source_identifiant", "position", "motif"]

# Source values repeat from record to record (dates, postal codes, labels, links): a pure function of them
# is computed once per distinct value. Only scalars are keys, each with its type (1, 1.0 and True read
# differently); any other value (a list where a date was expected) is computed every time, as before.
_SCALARS = (str, int, float, type(None))


def _per_value(function):
    """`function(value, *constants)` cached per distinct scalar value (the other arguments are the code's own
    constants: a field name, a bound)."""
    cached = functools.lru_cache(maxsize=1 << 16, typed=True)(function)

    @functools.wraps(function)
    def call(value, *constants):
        if isinstance(value, _SCALARS):
            return cached(value, *constants)
        return function(value, *constants)

    return call


def _labels(values) -> tuple | None:
    """`values` (a source's list of labels) as a hashable key when each label is text, else None."""
    if type(values) is list and (not values or set(map(type, values)) == {str}):
        return tuple(values)
    return None


@dataclass
class NormalizeResult:
    events: pd.DataFrame
    quarantine: pd.DataFrame
    merges: pd.DataFrame
    contacts_masked: int = 0
    unmapped_labels: dict[str, int] = field(default_factory=dict)
    outcomes: dict[tuple, tuple] = field(default_factory=dict)  # record key -> what normalising gave it


def event_identifier(edition: int, source: str, source_id: str) -> str:
    return f"mess-{edition}-{identifier_digest(f'{source}:{source_id}')}"


# The zone of a place abroad: the one the source names beside its times (sources.base.moment_text).
ZONE_NAMED = "nommé par la source"


def place_zone(code_insee, code_postal, code_pays=None) -> str | None:
    """The zone of a place overseas (OVERSEAS_ZONES) from its INSEE code, else its postal code; ZONE_NAMED for a
    place abroad (a foreign country code: OpenAgenda's countryCode); None elsewhere (Paris time) or when none
    says."""
    for code in (code_insee, code_postal):
        if type(code) is str and code[:2] in ("97", "98") and code[:3] in OVERSEAS_ZONES:
            return OVERSEAS_ZONES[code[:3]]
    return ZONE_NAMED if type(code_pays) is str and is_foreign_country_code(code_pays) else None


# A day written in figures (« 31/11/2011 », « 2019-02-30 14:00 »), day first or year first.
_DAY_IN_FIGURES = re.compile(r"(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:[T ].*)?")


def _unreadable_kind(text: str) -> str:
    """« date impossible » for a day written in figures that no calendar has (« 31/11/2011 »: the spreadsheet reader
    returns it as written), as for « 2018-11-31 »; « date illisible » otherwise."""
    found = _DAY_IN_FIGURES.fullmatch(text)
    if found:
        day, month, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) else found.group(6, 5, 4)
        with suppress(ValueError):
            date(int(year) if len(year) == 4 else 2000 + int(year), int(month), int(day))
            return "date illisible"
        return "date impossible"
    return "date illisible"


@_per_value
def parse_moment(value, field_name: str, zone: str | None = None) -> tuple[datetime | date | None]:
    """A source date or datetime as a date (all-day) or an aware datetime. At a place overseas whose `zone` is known
    (place_zone), on that place's clock: a floating time is its own, any offset is converted; abroad (ZONE_NAMED),
    on the clock of the zone the source names after the time (« …+00:00[Africa/Dakar] »: sources.base.moment_text).
    Elsewhere: in the offset the source gives when it is no Paris offset nor UTC, the legal time of the event's
    place (« 2021-11-01T20:00:00-03:00 » in Guyane is an evening of 1 November); else in Paris time (a floating
    time: French sources write local times)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return _within_calendar(value, field_name)
    else:
        text = str(value).strip()
        named = ""
        if text.endswith("]"):  # RFC 9557: the zone's name after the offset
            text, _, named = text[:-1].partition("[")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return _within_calendar(date.fromisoformat(text), field_name)
            except ValueError as error:
                raise RecordRejected(field_name, f"date impossible : {text!r}") from error
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as error:
            raise RecordRejected(field_name, f"{_unreadable_kind(text)} : {text!r}") from error
    _within_calendar(moment, field_name)
    if zone == ZONE_NAMED:
        zone = _known_zone(named) if isinstance(value, str) and moment.tzinfo is not None else None
    place = PARIS if zone is None else ZoneInfo(zone)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=place)  # floating times of French sources are local times
    elif zone is None and moment.utcoffset() not in _PARIS_OR_UTC:
        return moment
    return moment.astimezone(place)


def _known_zone(name: str) -> str | None:
    try:
        return ZoneInfo(name).key if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


# Offsets written in Paris time (winter, summer: one given in the wrong season is moved to the right one) or in UTC;
# any other is the legal time of the event's place, kept.
_PARIS_OR_UTC = frozenset(timedelta(hours=hours) for hours in (0, 1, 2))


def _within_calendar(moment: date, field_name: str) -> date:
    """`moment`, unless it falls in the first or last year Python can write (a placeholder such as 9999-12-31, or
    0001-01-01): there it cannot always be moved to Paris or UTC time or followed by its next day, and no event is
    dated there."""
    if moment.year in (MINYEAR, MAXYEAR):
        raise RecordRejected(field_name, f"date hors du calendrier : {moment.isoformat()}")
    return moment


def format_moment(moment) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def whole_days(start_day: str, start_time: str, end_day: str, end_time: str) -> tuple[str, str, str, str]:
    """(date_debut, date_heure_debut, date_fin, date_heure_fin) as published. A start at midnight with an end at
    23:59 or at a later midnight covers whole days: the way a source without all-day events (OpenAgenda, a CMS's
    calendar) writes one. Its days are kept and its times left unknown: midnight is no start time."""
    if not start_time or not end_time or start_time[11:19] != "00:00:00":
        return start_day, start_time, end_day, end_time
    if end_time[11:16] == "23:59":
        return start_day, "", end_day, ""
    if end_time[11:19] == "00:00:00" and end_day > start_day:
        return start_day, "", (date.fromisoformat(end_day) - timedelta(days=1)).isoformat(), ""
    return start_day, start_time, end_day, end_time


def _as_datetime(moment, end: bool = False) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment + timedelta(days=1) if end else moment, time(0), PARIS)


@_per_value
def _clean_coordinate(value, bound: float) -> float | None:
    try:
        number = float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return None
    if number != number or abs(number) > bound:
        return None
    return round(number, 6) + 0.0  # + 0.0: a zero is 0.0, never -0.0 (written "-0.0", and cached as 0.0's twin)


@_per_value
def _clean_url(value) -> str:
    # Only http(s); a link carrying an e-mail address (a contact form's query string) would publish it,
    # and one longer than the schema allows is no usable link: both dropped.
    url = safe_url(value)
    return url if len(url) <= max_lengths("evenements").get("url", len(url)) else ""


def _meeting_link(*values) -> str:
    """The first join link of an online meeting (text.MEETING_LINK) in `values` (a feed's conference property, then
    the place, link and description fields), else ""."""
    for value in values:
        found = find_meeting_link(value) if isinstance(value, str) else ""
        if found:
            return strip_unsafe_unicode(found)[:2000]
    return ""


def _day(moment) -> str:
    if moment is None:
        return ""
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()


@_per_value
def _moment(value, field_name: str, zone: str | None = None) -> tuple:
    """(parse_moment, its day, its date-time or "" for a day alone) of a source value: each distinct value
    is parsed and written once."""
    moment = parse_moment(value, field_name, zone)
    return moment, _day(moment), format_moment(moment) if isinstance(moment, datetime) else ""


def event_type(type_label, categories) -> str:
    """The published type: the source's own type field wins (its code, or `autre` for a label that maps to
    nothing); keywords and categories are only a fallback, the first one that names a type in the
    source's order; '' (unknown) when neither says anything."""
    vocabulary = load_vocabularies()["type_evenement"]
    if type_label is not None and str(type_label).strip():
        return vocabulary.code_of(str(type_label)) or "autre"
    codes = [vocabulary.code_of(label) for label in categories or []]
    return next((code for code in codes if code and code != "autre"), next((c for c in codes if c), ""))


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _event_type_of(type_label, categories: tuple) -> str:
    return event_type(type_label, list(categories))


@functools.lru_cache(maxsize=1 << 16)
def _codes_of(vocabulary: str, labels: tuple) -> str:
    return "|".join(load_vocabularies()[vocabulary].codes_of(labels))


def _joined_codes(vocabulary: str, categories, category_key: tuple | None, labels) -> str:
    """The vocabulary's codes found in the categories (`category_key`: _labels(categories)) and the source's
    own labels, joined with '|'."""
    label_key = _labels(labels or [])
    if category_key is None or label_key is None:
        return "|".join(load_vocabularies()[vocabulary].codes_of([*categories, *(labels or [])]))
    return _codes_of(vocabulary, category_key + label_key)


_postal_code = _per_value(lambda value: clean_postal_code(value)[0])
# Four digits are a French postal code that lost its leading zero in a spreadsheet, except abroad, where they are the
# country's own (Belgium, Switzerland, Luxembourg: « 1000 » Bruxelles is not « 01000 » Bourg-en-Bresse).
_postal_code_abroad = _per_value(lambda value: "" if clean_postal_code(value)[1] else clean_postal_code(value)[0])


def _place_postal_code(value, country: str) -> str:
    """The five-digit postal code of a place in `country` (a code_pays as _code_text gives it), "" when none."""
    return _postal_code_abroad(value) if country and is_foreign_country_code(country) else _postal_code(value)


def _code_text(value) -> str:
    """A source's code (INSEE code, country code) as text: trimmed, in capitals, "" when missing."""
    return str(value or "").strip().upper()
_LIMITS = {name: max_lengths("evenements").get(name) for name in TRUNCATED_FIELDS}


def _type_of(type_label, categories, key: tuple | None) -> str:
    if key is None or not isinstance(type_label, _SCALARS):
        return event_type(type_label, categories)
    return _event_type_of(type_label, key)


def _sessions(value) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def normalize_candidate(candidate: dict, edition: int, source: str) -> tuple[dict, int]:
    """One schema row from a mapped candidate, and the number of contacts masked; raises RecordRejected."""
    vocabularies = load_vocabularies()
    given_id = candidate.get("source_identifiant")
    source_id = _source_id(given_id)
    if not source_id:
        raise RecordRejected("source_identifiant", "identifiant absent dans la source" if _absent(given_id)
                             else f"identifiant illisible dans la source : {_json_kind(given_id)}")
    masked = 0

    def text(name, multiline=False):
        nonlocal masked
        value, count = clean_text(candidate.get(name), multiline=multiline, max_length=_LIMITS.get(name))
        masked += count
        return _published_text(name, value)

    statut = candidate.get("statut") or ""
    if statut == "annule":
        # A cancelled event did not take place: counting it would inflate the edition's figures.
        raise RecordRejected("statut", STRUCK_MOTIF if candidate.get("annulation") else CANCELLED_MOTIF)
    if statut == "reporte":
        # Postponed with no new date (OpenAgenda status 4): its dates are the abandoned ones.
        raise RecordRejected("statut", POSTPONED_MOTIF)
    if statut == NOT_PUBLIC:
        raise RecordRejected("statut", NOT_PUBLIC_MOTIF)
    titre = text("titre")
    if not titre.strip("'"):
        given = candidate.get("titre")
        raise RecordRejected("titre", "titre manquant" if _absent(given) or isinstance(given, str) or source_text(given)
                             else f"titre illisible dans la source : {_json_kind(given)}")
    if _cancelled_title(titre):
        raise RecordRejected("titre", CANCELLED_TITLE_MOTIF)
    insee, country = _code_text(candidate.get("code_insee")), _code_text(candidate.get("code_pays"))
    postal_code = _place_postal_code(candidate.get("code_postal"), country)
    zone = place_zone(insee, postal_code, country)
    start, start_day, start_time = _moment(candidate.get("date_debut"), "date_debut", zone)
    if start is None:
        raise RecordRejected("date_debut", "date de début manquante")
    end, end_day, end_time = _moment(candidate.get("date_fin"), "date_fin", zone)
    if end is not None and _ends_before(start, end):
        raise RecordRejected("date_fin", f"fin antérieure au début : {format_moment(end)} < {format_moment(start)}")
    # Events of an edition run around November; a start in another year is a data-entry error.
    if start.year != edition:
        raise RecordRejected("date_debut", f"début hors de l'édition {edition} : {format_moment(start)}")
    # An exhibition may run into the next year; an end later than that (9998-11-30 for 2019-11-30) is a typo,
    # and publishing it would make the event last for centuries in every duration a user computes.
    if end is not None and end.year > edition + 1:
        raise RecordRejected("date_fin", f"fin après l'année suivant l'édition {edition} : {format_moment(end)}")

    categories = candidate.get("categories") or []
    category_key = _labels(categories)
    lat = _clean_coordinate(candidate.get("latitude"), 90)
    lon = _clean_coordinate(candidate.get("longitude"), 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):
        lat = lon = None
    updated, updated_day, _ = _moment(candidate.get("date_mise_a_jour"), "date_mise_a_jour")
    # None: the source has no co-organiser field (unknown); a list, even empty, is what it said.
    given_co_organisers = candidate.get("co_organisateurs")
    co_organisers, co_organised, co_masked = _co_organisers(
        None if given_co_organisers is None else given_co_organisers or ())
    masked += co_masked
    start_day, start_time, end_day, end_time = whole_days(start_day, start_time, end_day, end_time)
    moved = postponed_day(titre, start_day)
    if moved:
        # Postponed to the day its title gives, the listing left at the old one: published on that day, its hours and
        # end unknown (the title gives the day alone).
        start_day, start_time, end_day, end_time, statut = moved, "", "", "", RESCHEDULED
    row = {
        "identifiant": event_identifier(edition, source, source_id),
        "edition": edition,
        "numero_edition": edition - FIRST_EDITION + 1,
        "titre": titre,
        "description": text("description", multiline=True),
        # One type per column: the day always, the date-time only when the source gives an hour.
        "date_debut": start_day,
        "date_fin": end_day,
        "date_heure_debut": start_time,
        "date_heure_fin": end_time,
        "type_evenement": _type_of(candidate.get("type_evenement"), categories, category_key),
        "thematiques": _joined_codes("thematiques", categories, category_key, candidate.get("thematiques")),
        "publics": _joined_codes("publics", categories, category_key, candidate.get("publics")),
        # Unknown stays unknown: a source without a modality gives an empty modalite, never "presentiel".
        "modalite": (
            "en_ligne" if statut == "deplace_en_ligne"
            else vocabularies["modalite"].code_of(candidate.get("modalite")) or ""
        ),
        "organisateur": text("organisateur"),
        "organisateur_famille": (
            vocabularies["organisateur_famille"].code_of(candidate.get("organisateur_famille")) or ""
        ),
        "co_organisateurs": co_organisers,
        "co_organise": co_organised,
        "lieu": text("lieu"),
        "adresse": text("adresse"),
        "code_postal": postal_code,
        "commune": text("commune"),
        "latitude": lat,
        "longitude": lon,
        "url": _clean_url(candidate.get("url")),
        "statut": statut if statut in PUBLISHED_STATUSES else "",
        "nombre_seances": _sessions(candidate.get("nombre_seances")),
        "source": source,
        "source_identifiant": defuse_formula(source_id),
        "sources_fusionnees": "",
        "date_mise_a_jour": updated_day,
        "_updated": format_moment(updated.astimezone(UTC) if isinstance(updated, datetime) else updated),
        "code_insee_source": insee,
        "code_pays": country,
        "lien_reunion": _meeting_link(candidate.get("lien_reunion"), candidate.get("lieu"), candidate.get("adresse"),
                                      candidate.get("url"), candidate.get("description")),
        "moment_journee": _day_part(candidate.get("moment_journee")),
    }
    if not row["modalite"]:
        row["modalite"] = place_modality(row["lieu"], row["adresse"])
    return row, masked


def _day_part(value: object) -> str:
    """The part of the day a connector read for a start without its time (records.DAY_PARTS), else ""."""
    return value if type(value) is str and value in DAY_PARTS else ""


# ------------------------------------------------------------------------------ column-wise normalisation

# Marks a value whose function raised: its records go through normalize_candidate, which says why.
_FAILED = object()
PLACE_TEXTS = ("lieu", "adresse")  # published empty when they say the place is not told (_place_given)
# Places: a contact written in them is taken out, not masked in place (without_contacts), as in an organiser's name.
CONTACT_FREE_TEXTS = ("lieu", "adresse", "commune")
_TEXT_FIELDS = {"titre": False, "description": True, "organisateur": False, "lieu": False, "adresse": False,
                "commune": False}  # name -> multiline
_LIST_FIELDS = ("categories", "thematiques", "publics")


def _map_distinct(values: list, function) -> list:
    """[function(value) for value in values], computed once per distinct value and type (1, 1.0 and True read
    differently); _FAILED where it raised."""
    try:
        results = dict.fromkeys(values)
    except TypeError:  # a list or a dict where a scalar was expected: read value by value
        return [_call(function, value) for value in values]
    # The types are looked at among the distinct values, not at every value (a pass over all of a column's cells,
    # scattered in memory). No value of another type equals a text (a subclass of str aside, which every function
    # here reads by its characters alone), nor None: keyed by themselves, texts and None are told apart.
    kinds = set(map(type, results))
    kinds.discard(type(None))
    if not kinds <= {str}:  # numbers (1, 1.0 and True are one key) or values of several types: keyed by type too
        keys = list(zip(map(type, values), values, strict=True))
        typed = dict.fromkeys(keys)
        for key in typed:
            typed[key] = _call(function, key[1])
        return list(map(typed.__getitem__, keys))
    for key in results:
        results[key] = _call(function, key)
    return list(map(results.__getitem__, values))


def _call(function, *arguments):
    try:
        return function(*arguments)
    except Exception:  # noqa: BLE001 - the record is handed to normalize_candidate, which names the failure
        return _FAILED


def _absent(value) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def _json_kind(value) -> str:
    """What a source value that gives no text or no id is, as a reader would say it."""
    if isinstance(value, bool):
        return f"booléen {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"nombre {value}"  # nan, inf, 1.5
    if isinstance(value, (list, tuple)):
        return "liste" if value else "liste vide"
    return "objet" if isinstance(value, dict) else type(value).__name__


def _label_key(values) -> tuple | None:
    """A list of labels (or nothing) as a key, None for anything else (read record by record)."""
    if values is None:
        return ()
    return _labels(values)


def _source_id(value) -> str:
    return strip_unsafe_unicode(identifier_text(value) or "").strip()


def _cleaned(field: str, multiline: bool):
    """The function cleaning one value of a text field, as normalize_candidate's text() does."""
    limit = _LIMITS.get(field)

    def clean(value):
        cleaned, count = clean_text(value, multiline=multiline, max_length=limit)
        return _published_text(field, cleaned), count
    return clean


def _published_text(field: str, cleaned: str) -> str:
    """A cleaned text as its field publishes it: an organiser's persons and contacts, a place's contacts and a
    person's home (« Chez Jean Dupont ») taken out, a place not told yet empty."""
    if field == "organisateur":
        return _organiser_given(cleaned)
    cleaned = without_contacts(cleaned) if field in CONTACT_FREE_TEXTS else cleaned
    if field in PLACE_TEXTS:  # « Chez M. Dupont, 12 rue … » as an address too
        cleaned = without_homes(cleaned)
    return _place_given(cleaned) if field in PLACE_TEXTS else cleaned


def _organiser_given(name: str) -> str:
    """An organiser or co-organiser as published: without the contacts and the persons it names
    (assets.lib.person_names), whose names are not published and name no organisation; '' when it names nothing
    else."""
    return without_persons(without_contacts(name))


def _place_given(text: str) -> str:
    """A venue or address as published: empty when the source says the place is not told yet (« Lieu à
    confirmer », « Adresse communiquée à l'inscription »): unknown, not a venue named so."""
    return "" if place_not_given(text) else text


def _co_organisers(names: Iterable | None):
    """(joined names, whether any is named, contacts masked) of a co-organiser list (None: not given), for both
    paths: normalize_candidate's and, each distinct list once, normalize_candidates'."""
    if names is None:
        return "", pd.NA, 0
    cleaned, masked = [], 0
    for name in names:
        text, count = clean_text(name, max_length=_LIMITS["organisateur"])
        cleaned.append(_organiser_given(text))
        masked += count
    return ("|".join(sorted({name.replace("|", "/") for name in cleaned if name})),
            any(name.strip("'") for name in cleaned), masked)


def _ends_before(start, end) -> bool:
    """Whether an end comes before its start: two instants whatever their offsets, else on the local calendar (a
    day ends at its midnight, in the start's own time)."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        return end < start
    return _wall(_as_datetime(end, end=True)) < _wall(_as_datetime(start))


def _wall(moment: datetime) -> int:
    """Microseconds of `moment`'s wall clock: datetimes of one zone compare by their wall clocks (fold aside)."""
    return ((moment.toordinal() * 86400 + moment.hour * 3600 + moment.minute * 60 + moment.second) * 1_000_000
            + moment.microsecond)


def _moment_row(value, field_name: str, zone: str | None = None) -> tuple:
    """What normalize_candidate reads of _moment(value, field_name, zone): (its day, its date-time or "", the wall
    clock of _as_datetime(moment) and of _as_datetime(moment, end=True), its year, format_moment of it in UTC); the
    clocks and year are None without a moment. Raises where those would raise."""
    moment, day, stamp = _moment(value, field_name, zone)
    if moment is None:
        return day, stamp, None, None, None, ""
    utc = format_moment(moment.astimezone(UTC) if isinstance(moment, datetime) else moment)
    return (day, stamp, _wall(_as_datetime(moment)), _wall(_as_datetime(moment, end=True)), moment.year, utc)


# A source moment in a shape most feeds write (a day; or a day and a time to the second, floating, in UTC or with an
# offset in hours and minutes), found by column; see _moment_rows.
_COMMON_MOMENT = r"^(?P<day>\d{4}-\d{2}-\d{2})(?:T(?P<clock>\d{2}:\d{2}:\d{2})(?P<zone>Z|[+-]\d{2}:\d{2})?)?$"
# Years of the Paris rules with at most one clock change a day (France's summer time since 1976; the EU rule).
_PLAIN_YEARS = range(1980, 2200)


@functools.lru_cache(maxsize=1 << 14)
def _paris_day(ordinal: int, local: bool) -> timedelta | None:
    """Paris' UTC offset all through the day `ordinal` (its wall clock when `local`, else the UTC day), or None
    when the clocks change that day (a gap, a repeated hour: left to the value-by-value path)."""
    day = date.fromordinal(ordinal)
    if local:
        first, last = (datetime.combine(day, moment, PARIS) for moment in (time(0), time(23, 59, 59)))
    else:
        first, last = (datetime.combine(day, moment, UTC).astimezone(PARIS) for moment in (time(0), time(23, 59, 59)))
    offset = first.utcoffset()
    return offset if offset == last.utcoffset() else None


def _offset_text(offset: timedelta) -> str:
    return datetime(2000, 1, 1, tzinfo=timezone(offset)).isoformat()[19:]


def _moment_rows(values: list, field_name: str) -> list:
    """[_moment_row(value, field_name) for value in values], _FAILED where it raises; each distinct text read once
    (_text_moment_rows), any other value once per distinct value and type."""
    texts = list(dict.fromkeys(value for value in values if type(value) is str))
    by_text = dict(zip(texts, _text_moment_rows(texts, field_name), strict=True))
    plain = [type(value) is str for value in values]
    others = iter(_map_distinct([value for value, text in zip(values, plain, strict=True) if not text],
                                lambda value: _moment_row(value, field_name)))
    return [by_text[value] if text else next(others) for value, text in zip(values, plain, strict=True)]


def _text_moment_rows(values: list[str], field_name: str) -> list:
    """_moment_rows of texts. The common shapes are read by column: each distinct day, time and offset is checked
    and read once by the same datetime functions, and Paris' offset taken once per day (the days its clocks change
    go value by value, as do other shapes and years outside _PLAIN_YEARS)."""
    rows = [None] * len(values)
    texts = [index for index, value in enumerate(values) if type(value) is str]
    parts = pc.extract_regex(pa.array([values[index] for index in texts], type=pa.string()), _COMMON_MOMENT)
    matched = np.asarray(parts.is_valid())
    days, clocks, zones = (parts.field(name).to_numpy(zero_copy_only=False)[matched]
                           for name in ("day", "clock", "zone"))
    texts = np.asarray(texts, dtype=np.int64)[matched]
    day_codes, day_texts = pd.factorize(days)
    zone_codes, zone_texts = pd.factorize(zones)

    def ordinal(text: str) -> int:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return -1
        return day.toordinal() if day.year in _PLAIN_YEARS else -1

    def zone_seconds(text: str) -> float:  # nan: floating; inf: unreadable
        if not text:
            return np.nan
        try:
            offset = datetime.fromisoformat("2000-01-01T00:00:00" + text).utcoffset()
        except ValueError:
            return np.inf
        return offset.total_seconds()

    ordinals = np.array([ordinal(text) for text in day_texts], dtype=np.int64)[day_codes]
    # "HH:MM:SS" in ASCII digits (the pattern's), as time.fromisoformat reads it: hour < 24, minute and second < 60.
    digits = np.array(clocks, dtype="U8").view(np.uint32).reshape(-1, 8).astype(np.int64) - ord("0")
    hours, minutes, secs = (digits[:, at] * 10 + digits[:, at + 1] for at in (0, 3, 6))
    clock_seconds = np.where((hours < 24) & (minutes < 60) & (secs < 60), hours * 3600 + minutes * 60 + secs, -1)
    clock_seconds[clocks == ""] = 0
    zone_offsets = np.array([zone_seconds(text) for text in zone_texts], dtype=np.float64)[zone_codes]
    timed = clocks != ""
    floating = np.isnan(zone_offsets)
    readable = (ordinals >= 0) & (clock_seconds >= 0) & ~np.isinf(zone_offsets)
    # The instant in seconds since 0001-01-01 UTC (a floating time: its wall clock, corrected below).
    given = ordinals * 86400 + clock_seconds - np.where(np.isfinite(zone_offsets), zone_offsets, 0).astype(np.int64)
    # Paris' offset of each (day, floating or not): its local day for a floating time, else its UTC day.
    day_codes, day_keys = pd.factorize(
        np.where(timed & readable, np.where(floating, ordinals, given // 86400) * 2 + floating, -1))
    day_offsets = [_paris_day(int(key) // 2, bool(key % 2)) if key >= 0 else None for key in day_keys]
    offsets = np.array([np.nan if offset is None else offset.total_seconds() for offset in day_offsets],
                       dtype=np.float64)[day_codes]
    # A time with its own offset keeps it (parse_moment): its wall clock is the one written.
    own = np.isfinite(zone_offsets) & ~np.isin(zone_offsets, [offset.total_seconds() for offset in _PARIS_OR_UTC])
    offsets = np.where(timed & own, zone_offsets, offsets)
    fast = readable & (~timed | ~np.isnan(offsets))
    offsets = np.where(timed & fast, offsets, 0).astype(np.int64)
    epoch = date(1970, 1, 1).toordinal() * 86400
    local = np.where(floating, given, given + offsets)
    utc = local - offsets
    chosen = np.flatnonzero(fast)
    local, utc, offsets = local[chosen], utc[chosen], offsets[chosen]
    local_texts = np.datetime_as_string((local - epoch).astype("datetime64[s]"), unit="s").tolist()
    utc_texts = np.datetime_as_string((utc - epoch).astype("datetime64[s]"), unit="s").tolist()
    offset_texts = {seconds: _offset_text(timedelta(seconds=seconds)) for seconds in set(offsets.tolist())}
    walls = (local * 1_000_000).tolist()
    with_time = timed[chosen]
    for index, wall, stamp, utc_text, offset in zip(
            texts[chosen][with_time].tolist(), compress(walls, with_time), compress(local_texts, with_time),
            compress(utc_texts, with_time), offsets[with_time].tolist(), strict=True):
        rows[index] = (stamp[:10], stamp + offset_texts[offset], wall, wall, int(stamp[:4]), utc_text + "+00:00")
    day_only = ~with_time
    for index, day, start in zip(texts[chosen][day_only].tolist(), days[chosen][day_only].tolist(),
                                 (ordinals[chosen][day_only] * 86400 * 1_000_000).tolist(), strict=True):
        rows[index] = (day, "", start, start + 86400 * 1_000_000, int(day[:4]), day)
    others = [index for index, row in enumerate(rows) if row is None]
    for index, row in zip(others, _map_distinct([values[index] for index in others],
                                                lambda value: _moment_row(value, field_name)), strict=True):
        rows[index] = row
    return rows


def _codes_by_label(vocabulary: str, keys: list) -> dict:
    """{label: its code's bit (vocabulary order)} for every label of `keys` (tuples of labels, or None)."""
    found = load_vocabularies()[vocabulary]
    bits = {code: 1 << position for position, code in enumerate(found.labels)}
    labels = dict.fromkeys(chain.from_iterable(key for key in keys if key))
    return {label: bits.get(found.code_of(label), 0) for label in labels}


def _joined_codes_column(vocabulary: str, categories: list, labels: list) -> list[str]:
    """[_codes_of(vocabulary, (category_key or ()) + (label_key or ())) ...] for _label_key's keys of two
    columns: each distinct label looked up once, each row's codes gathered as bits, each set of codes joined
    once."""
    bit_of = _codes_by_label(vocabulary, [*categories, *labels])
    masks = [sum({bit_of[label] for label in chain(first or (), second or ())})
             for first, second in zip(categories, labels, strict=True)]
    codes = list(load_vocabularies()[vocabulary].labels)
    texts = {mask: "|".join(code for position, code in enumerate(codes) if mask >> position & 1)
             for mask in set(masks)}
    return list(map(texts.__getitem__, masks))


_FROM_CATEGORIES = object()  # an event type to find in the categories


def _event_types(type_labels: list, categories: list) -> list:
    """[_event_type_of(label, key) ...] for a column of type labels and _label_key's keys of the categories
    (_FAILED where the label is no scalar or the key None): each distinct label read once, each distinct
    list of categories once."""
    vocabulary = load_vocabularies()["type_evenement"]

    def own(label):
        if not isinstance(label, _SCALARS):
            return _FAILED
        if label is not None and str(label).strip():
            return vocabulary.code_of(str(label)) or "autre"
        return _FROM_CATEGORIES

    owned = _map_distinct(type_labels, own)
    wanted = {key: None for key, code in zip(categories, owned, strict=True)
              if code is _FROM_CATEGORIES and key is not None}
    code_of = {label: vocabulary.code_of(label) for label in dict.fromkeys(chain.from_iterable(wanted))}
    for key in wanted:
        codes = [code_of[label] for label in key]
        wanted[key] = next((code for code in codes if code and code != "autre"), next((c for c in codes if c), ""))
    return [_FAILED if code is _FROM_CATEGORIES and key is None else wanted[key] if code is _FROM_CATEGORIES
            else code for code, key in zip(owned, categories, strict=True)]


def _coordinates(values: list, bound: float) -> list:
    """[_clean_coordinate(value, bound) ...]: a float is its own number (float(str(x)) is x, nan and infinities
    included), so it is only bounded and rounded here; other values go through _clean_coordinate once per distinct
    value, zeros too (0.0 and -0.0 are one key there, and both give 0.0)."""
    floats = [type(value) is float and value != 0 for value in values]
    others = _map_distinct([value for value, plain in zip(values, floats, strict=True) if not plain],
                           lambda value: _clean_coordinate(value, bound))
    taken = iter(others)
    return [(None if value != value or abs(value) > bound else round(value, 6) + 0.0) if plain else next(taken)
            for value, plain in zip(values, floats, strict=True)]


def _accepted(start: tuple, end: tuple, edition) -> bool:
    """The checks of normalize_candidate on dates that need the record (the end after the start and by the
    year after the edition, the start in the edition's year), on _moment_row's rows."""
    if start[2] is None:
        return False
    if end[2] is not None and (
        # _ends_before: two date-times by their UTC texts (index 5), else by their wall clocks.
        (end[5] < start[5] if end[1] and start[1] else end[3] < start[2]) or end[4] > edition + 1
    ):
        return False
    return start[4] == edition


# Candidates read field by field in blocks of this many (see normalize_candidates): 0.15 -> 0.06 s on the sample.
_CANDIDATE_BLOCK = 256


def normalize_candidates(candidates: list[dict], editions: list[int],
                         sources: list[str]) -> tuple[list[int], dict[str, list], list, int]:
    """normalize_candidate over many candidates, field by field: each function of a source value runs once per
    distinct value of its column. Returns (indexes of the accepted candidates, {column: their values},
    [(index, exception)] of the others in candidate order, contacts masked in each accepted row). A candidate
    that any step fails or rejects is handed to normalize_candidate itself, so its outcome (row, rejection or
    error) is exactly that one's."""
    count = len(candidates)
    fields = ("source_identifiant", "statut", "date_debut", "date_fin", "date_mise_a_jour", "latitude",
              "longitude", "type_evenement", "modalite", "organisateur_famille", "code_postal", "url",
              "nombre_seances", "code_insee", "code_pays", "co_organisateurs", "lien_reunion", "moment_journee",
              *_TEXT_FIELDS, *_LIST_FIELDS)
    if all(type(candidate) is dict for candidate in candidates):  # dict.get mapped in C, not a call per cell
        # A block of candidates at a time, every field read from it while its dicts are still in the CPU's cache
        # (one field over all the sample's candidates, then the next, read each dict from memory ~25 times).
        given = {name: [] for name in fields}
        for start in range(0, count, _CANDIDATE_BLOCK):
            block = candidates[start:start + _CANDIDATE_BLOCK]
            for name in fields:
                given[name] += map(dict.get, block, repeat(name))
    else:
        given = {name: [candidate.get(name) for candidate in candidates] for name in fields}
    suspect = bytearray(count)  # 1: read by normalize_candidate

    def mark(values: list) -> list:
        try:
            if _FAILED not in values:  # most columns: one scan in C
                return values
        except Exception:  # noqa: BLE001 - a value whose == raises: looked at one by one below
            pass
        for index, value in enumerate(values):
            if value is _FAILED:
                suspect[index] = 1
        return values

    source_ids = mark(_map_distinct(given["source_identifiant"], _source_id))
    statuses = [status or "" for status in given["statut"]]
    texts = {name: mark(_map_distinct(given[name], _cleaned(name, multiline)))
             for name, multiline in _TEXT_FIELDS.items()}
    starts, ends, updates = (mark(_moment_rows(given[name], name))
                             for name in ("date_debut", "date_fin", "date_mise_a_jour"))
    postal_codes = mark(_map_distinct(given["code_postal"], _postal_code))
    insee = mark(_map_distinct(given["code_insee"], _code_text))
    countries = mark(_map_distinct(given["code_pays"], _code_text))
    abroad = {country for country in set(countries) if type(country) is str and is_foreign_country_code(country)}
    if abroad:  # a few places abroad: their postal codes read again without the French repair
        for index, country in enumerate(countries):
            if country in abroad and type(postal_codes[index]) is str:
                postal_codes[index] = _place_postal_code(given["code_postal"][index], country)
    # Places overseas and abroad: their times read again on their own clock (place_zone), record by record (they
    # are few).
    for index, zone in enumerate(map(place_zone, insee, postal_codes, countries)):
        if zone is None or suspect[index]:
            continue
        for name, rows in (("date_debut", starts), ("date_fin", ends)):
            try:
                rows[index] = _moment_row(given[name][index], name, zone)
            except Exception:  # noqa: BLE001 - normalize_candidate reads the record and says why
                suspect[index] = 1
    latitudes = mark(_coordinates(given["latitude"], 90))
    longitudes = mark(_coordinates(given["longitude"], 180))
    co_keys = [None if names is None else _labels(names) for names in given["co_organisateurs"]]
    for index, (names, key) in enumerate(zip(given["co_organisateurs"], co_keys, strict=True)):
        if names is not None and key is None:
            suspect[index] = 1  # not a list of texts: read record by record
    co_organisers = mark(_map_distinct([key or () if names is not None else None
                                        for names, key in zip(given["co_organisateurs"], co_keys, strict=True)],
                                       _co_organisers))
    label_keys = {name: [_label_key(values) for values in given[name]] for name in _LIST_FIELDS}
    for name in _LIST_FIELDS:
        for index, key in enumerate(label_keys[name]):
            if key is None:
                suspect[index] = 1
    for index in range(count):  # the checks that reject a record
        if suspect[index]:
            continue
        title = texts["titre"][index][0]
        if (not source_ids[index] or statuses[index] in ("annule", "reporte", NOT_PUBLIC) or not title.strip("'")
                or _cancelled_title(title) or not _accepted(starts[index], ends[index], editions[index])
                or "report" in title.lower() and _POSTPONED_TO.search(title)):  # maybe moved: postponed_day
            suspect[index] = 1
    categories = label_keys["categories"]
    types = mark(_event_types(given["type_evenement"], categories))
    codes = {name: _joined_codes_column(name, categories, label_keys[name]) for name in ("thematiques", "publics")}
    vocabularies = load_vocabularies()
    modalities = mark(_map_distinct(given["modalite"], lambda value: vocabularies["modalite"].code_of(value) or ""))
    families = mark(_map_distinct(given["organisateur_famille"],
                                  lambda value: vocabularies["organisateur_famille"].code_of(value) or ""))
    urls = mark(_map_distinct(given["url"], _clean_url))
    sessions = mark(_map_distinct(given["nombre_seances"], _sessions))

    accepted = [index for index in range(count) if not suspect[index]]
    rejected: list = []
    fallback_rows: dict[int, dict] = {}
    masked_of = {index: co_organisers[index][2] + sum(texts[name][index][1] for name in _TEXT_FIELDS)
                 for index in accepted}
    for index in (index for index in range(count) if suspect[index]):
        try:
            row, masked = normalize_candidate(candidates[index], editions[index], sources[index])
        except Exception as error:  # noqa: BLE001 - RecordRejected or an odd value: the caller quarantines it
            rejected.append((index, error))
            continue
        fallback_rows[index] = row
        masked_of[index] = masked

    def first(values: list) -> list:
        return [values[index][0] for index in accepted]

    def pick(values: list) -> list:
        return [values[index] for index in accepted]

    coordinates = [(latitudes[index], longitudes[index]) for index in accepted]
    coordinates = [(None, None) if lat is None or lon is None or (lat == 0 and lon == 0) else (lat, lon)
                   for lat, lon in coordinates]
    statuses_kept = pick(statuses)
    kept_editions = pick(editions)
    kept_sources = pick(sources)
    kept_ids = pick(source_ids)
    dates = [whole_days(starts[index][0], starts[index][1], ends[index][0], ends[index][1]) for index in accepted]
    columns = {
        "identifiant": [event_identifier(edition, source, source_id)
                        for edition, source, source_id in zip(kept_editions, kept_sources, kept_ids, strict=True)],
        "edition": kept_editions,
        "numero_edition": [edition - FIRST_EDITION + 1 for edition in kept_editions],
        "titre": first(texts["titre"]),
        "description": first(texts["description"]),
        "date_debut": [days[0] for days in dates],
        "date_fin": [days[2] for days in dates],
        "date_heure_debut": [days[1] for days in dates],
        "date_heure_fin": [days[3] for days in dates],
        "type_evenement": pick(types),
        "thematiques": pick(codes["thematiques"]),
        "publics": pick(codes["publics"]),
        "modalite": ["en_ligne" if status == "deplace_en_ligne" else modality or place_modality(lieu[0], adresse[0])
                     for status, modality, lieu, adresse
                     in zip(statuses_kept, pick(modalities), pick(texts["lieu"]), pick(texts["adresse"]), strict=True)],
        "organisateur": first(texts["organisateur"]),
        "organisateur_famille": pick(families),
        "co_organisateurs": first(co_organisers),
        "co_organise": [co_organisers[index][1] for index in accepted],
        "lieu": first(texts["lieu"]),
        "adresse": first(texts["adresse"]),
        "code_postal": pick(postal_codes),
        "commune": first(texts["commune"]),
        "latitude": [lat for lat, _ in coordinates],
        "longitude": [lon for _, lon in coordinates],
        "url": pick(urls),
        "statut": [status if status in PUBLISHED_STATUSES else "" for status in statuses_kept],
        "nombre_seances": pick(sessions),
        "source": kept_sources,
        "source_identifiant": [defuse_formula(source_id) for source_id in kept_ids],
        "sources_fusionnees": [""] * len(accepted),
        "date_mise_a_jour": first(updates),
        "_updated": [updates[index][5] for index in accepted],
        "code_insee_source": pick(insee),
        "code_pays": pick(countries),
        "lien_reunion": [_meeting_link(*place) for place in zip(
            *(pick(given[name]) for name in ("lien_reunion", "lieu", "adresse", "url", "description")), strict=True)],
        "moment_journee": [_day_part(part) for part in pick(given["moment_journee"])],
    }
    order = accepted
    if fallback_rows:  # their rows go back to their places
        order = sorted([*accepted, *fallback_rows])
        for name, values in columns.items():
            by_index = dict(zip(accepted, values, strict=True))
            columns[name] = [fallback_rows[index][name] if index in fallback_rows else by_index[index]
                             for index in order]
    return order, columns, rejected, [masked_of[index] for index in order]


def problems_as_quarantine(problems: pd.DataFrame) -> pd.DataFrame:
    """The quarantine rows of what could not be read (raw_problems rows): the field is the file's, or LAYOUT_FIELD for
    a line that holds no record (records.is_layout_reason), which the counts keep apart."""
    return pd.DataFrame({
        "edition": problems["edition"], "source": problems["source"], "source_identifiant": "",
        "position": problems["position"].fillna(-1).astype(int), "fichier": problems["file"],
        "champ": [LAYOUT_FIELD if is_layout_reason(reason) else "fichier" for reason in problems["reason"]],
        "motif": problems["reason"], "contenu": "",
    }, columns=QUARANTINE_COLUMNS)


def _quarantine_row(raw: dict, field_name: str, reason: str) -> dict:
    return {
        "edition": int(raw["edition"]), "source": raw["source"],
        "source_identifiant": raw.get("source_record_id") or "",
        "position": int(raw["position"]), "fichier": raw.get("file") or "", "champ": field_name, "motif": reason,
        "contenu": raw.get("payload") or "",
    }


def _record_columns(frame: pd.DataFrame) -> dict[str, list]:
    """{column: its cells as Python objects}, the cells as to_dict("records") gives them, each column converted
    in one call instead of cell by cell."""
    columns = list(frame.columns)
    plain = [isinstance(dtype, np.dtype) or (isinstance(dtype, pd.StringDtype) and dtype.na_value is np.nan)
             for dtype in frame.dtypes]
    if not all(plain):  # nullable dtypes: to_dict gives None where tolist gives NA
        rows = frame.to_dict("records")
        return {column: [row[column] for row in rows] for column in columns}
    return {column: frame[column].tolist() for column in columns}


def _records(frame: pd.DataFrame):
    """The rows of `frame` as dicts, as to_dict("records") gives them (see _record_columns)."""
    columns = _record_columns(frame)
    for row in zip(*columns.values(), strict=True):
        yield dict(zip(columns, row, strict=True))


def _mapped(kind, records: list[tuple[int, dict, int]], options) -> list:
    """The candidate of each (position, payload, edition) of one source, or the exception its mapping raised: the
    kind's column-wise mapper when it has one, else its mapper record by record."""
    if kind.map_events is not None:
        try:
            return kind.map_events([payload for _, payload, _ in records], options, [year for _, _, year in records])
        except Exception:  # noqa: BLE001 - a failure of the column-wise path: each record is mapped by itself
            pass
    mapped = []
    for _, payload, year in records:
        try:
            mapped.append(kind.map_event(payload, options, year))
        except Exception as error:  # noqa: BLE001 - one odd record must not stop the run
            mapped.append(error)
    return mapped


def prepare() -> None:
    """Build once what normalize_records builds on its first call in a process and keeps (the vocabularies, the
    events schema's Frictionless objects, the lists of given names and surnames the organisers are read with):
    called before a fork, the worker inherits them instead of building them again."""
    load_vocabularies()
    schema_violations(pd.DataFrame(columns=EVENT_COLUMNS), "evenements")
    given_and_surnames()  # 0.08 s of CPU, which each process spent on its first organiser


@contextmanager
def prepared_meanwhile(build: Callable[[], object] = prepare) -> Iterator[None]:
    """Runs the block while a thread runs `build` (by default prepare): DuckDB lets Python run while it reads, so a
    block reading the warehouse hides that work. The thread has ended when the block ends (nothing may fork while it
    runs); an exception of `build` is raised then."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            build()
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            failure.append(error)

    builder = threading.Thread(target=run, name="normalize-prepare")
    builder.start()
    try:
        yield
    finally:
        builder.join()
    if failure:
        raise failure[0]


# What normalising builds (decoded payloads, candidates, columns: hundreds of thousands of containers per half of the
# sample) is freed by reference counting when normalize_records returns (no cycle: drop_tracebacks), or kept by the
# text caches until the process ends. A young-generation collection every 50,000 of them (STAGE_THRESHOLDS) walked
# them for nothing, about ten times in the events stage (~0.25 s of CPU in this process). The stage runs under these
# thresholds, inherited by the worker it forks: no collection runs while the sample is normalised.
NORMALIZE_THRESHOLDS = (2_000_000, 20, 20)


# The columns of a normalised record's row, in the order record outcomes hold them (_position is the record's own).
_ROW_COLUMNS = [*EVENT_COLUMNS, "_updated"]


def _record_keys(given: dict[str, list]) -> list[tuple]:
    """Per record of `given` (raw_events columns), what its outcome is computed from besides the code and the
    source's options: the edition, source kind, source, source id and the payload's digest."""
    return list(zip(map(int, given["edition"]), given["source_kind"], given["source"], given["source_record_id"],
                    [hashlib.sha256(text.encode()).digest() if isinstance(text, str) else text
                     for text in given["payload"]], strict=True))


def _rejection_reason(error: Exception) -> tuple[str, str]:
    """(field, reason) of the quarantine row of a record that could not be decoded, mapped or normalised; `error` is
    left without its tracebacks (drop_tracebacks: kept in a list of rejections, it held every frame of normalising
    and what they built until a collection of the cyclic collector)."""
    if isinstance(error, RecordRejected):
        reason = (error.field_name, error.reason)
    elif isinstance(error, json.JSONDecodeError):
        reason = ("enregistrement", f"JSON illisible : {error}")
    else:
        reason = ("enregistrement", f"enregistrement illisible : {type(error).__name__}: {error}")
    drop_tracebacks(error)
    return reason


def _record_outcomes(given: dict[str, list], options: dict,
                     revive: bool = False) -> tuple[list[tuple], pd.DataFrame]:
    """What normalising each record of `given` (raw_events columns, records in order) gives, record by record:
    ("event", its row in _ROW_COLUMNS order, contacts masked), ("rejected", field, reason) when it cannot be mapped
    or normalised, or ("unpublishable", its row, contacts masked, field, reason) when its row breaks the published
    schema. Each outcome depends on its record alone (_record_keys), the code and its source's options. Also the
    rows of the outcomes that have one, in the records' order, as a frame of _ROW_COLUMNS (checked against the
    schema)."""
    # Each record is decoded and mapped by its source kind, then the candidates are normalised together
    # (normalize_candidates). Records are read by column.
    taken, candidates, outcomes = [], [], []
    run: list[tuple[int, dict, int]] = []  # decoded records of one source in a row: mapped together
    run_source = None

    def map_run() -> None:
        kind = KINDS[run_source[0]]
        for (position, _, _), mapped in zip(run, _mapped(kind, run, options.get(run_source[1])), strict=True):
            if isinstance(mapped, Exception):
                outcomes[position] = ("rejected", *_rejection_reason(mapped))
            else:
                taken.append(position)
                candidates.append(mapped)
        run.clear()

    for position, (kind_name, payload_text, source, edition) in enumerate(
            zip(given["source_kind"], given["payload"], given["source"], given["edition"], strict=True)):
        outcomes.append(None)
        kind = KINDS.get(kind_name)
        if kind is None or kind.map_event is None:
            outcomes[position] = ("rejected", "source", f"type de source inconnu {kind_name!r}")
            continue
        try:
            payload = payload_from_json(payload_text)
            if not isinstance(payload, dict):
                raise RecordRejected("enregistrement", "l'enregistrement n'est pas un objet")
            # The record's edition is the year of dates written without one.
            year = int(edition)
        except Exception as error:  # noqa: BLE001 - one odd record must not stop the run
            outcomes[position] = ("rejected", *_rejection_reason(error))
            continue
        if run and run_source != (kind_name, source):
            map_run()
        run_source = (kind_name, source)
        run.append((position, payload, year))
    if run:
        map_run()
    if revive:  # the records called off, as their source would give them live (revived_records)
        candidates = [_revived(candidate) for candidate in candidates]
    order, columns, rejected, masked = normalize_candidates(
        candidates, [int(given["edition"][position]) for position in taken],
        [given["source"][position] for position in taken])
    for index, error in rejected:
        outcomes[taken[index]] = ("rejected", *_rejection_reason(error))
    rows = list(zip(*(columns[name] for name in _ROW_COLUMNS), strict=True))
    # One record breaking the published schema is quarantined here, not the whole release at publication.
    frame = pd.DataFrame(columns, columns=_ROW_COLUMNS)
    failures = schema_violations(frame, "evenements")
    for number, (index, row, count) in enumerate(zip(order, rows, masked, strict=True)):
        failure = failures.get(number)
        outcomes[taken[index]] = ("event", row, count) if failure is None else ("unpublishable", row, count, *failure)
    return outcomes, frame  # `order` follows the records (`taken` grows): the frame's rows are in their order


def revived_records(raw: pd.DataFrame, source_options: dict | None = None) -> pd.DataFrame:
    """The rows (EVENT_COLUMNS) that the records of `raw` (raw_events rows quarantined as called off: CALLED_OFF_MOTIFS)
    would have if their source had not called them off: the status and the title's cancellation mark left out, the
    rest normalised as usual. A record that fails for another reason gives no row. Compared with the other sources'
    records, they tell which copies are of an event that will not take place (assets.lib.dedup)."""
    if raw.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    return normalize_records(raw, source_options, revive=True).events


def _revived(candidate):
    """A mapped candidate as its source would give it live: no cancelled or postponed status, no cancellation mark
    in its title. Anything else (an exception a mapping gave) as it is."""
    if not isinstance(candidate, dict):
        return candidate
    revived = dict(candidate)
    if revived.get("statut") in ("annule", "reporte"):
        revived["statut"] = ""
    title = revived.get("titre")
    if isinstance(title, str) and _cancelled_title(title):
        revived["titre"] = _CANCELLED_TITLE.sub(" ", title).strip(_MARK_LEFTOVERS)
    return revived


def normalize_records(raw: pd.DataFrame, source_options: dict | None = None,
                      kept: dict | None = None, revive: bool = False) -> NormalizeResult:
    """Schema rows of raw records (columns edition, source, source_kind, source_record_id, position, file,
    payload as JSON text); duplicates of one source id are merged into the most recently updated copy.
    `source_options` gives each source's parsed options (e.g. a spreadsheet's column names). `kept` maps record
    keys (_record_keys) to the outcomes normalising gave them under the same code and options: those records are
    not normalised again. The result's `outcomes` holds every record's, by key."""
    given = _record_columns(raw.sort_values(["edition", "source", "position"]))
    keys = _record_keys(given)
    kept = kept or {}
    outcomes = [kept.get(key) for key in keys]
    todo = [position for position, outcome in enumerate(outcomes) if outcome is None]
    fresh = None  # the rows normalised now, when no record's outcome was kept
    if todo:
        piece = given if len(todo) == len(keys) else {name: [values[p] for p in todo] for name, values in given.items()}
        computed, fresh = _record_outcomes(piece, source_options or {}, revive)
        for position, outcome in zip(todo, computed, strict=True):
            outcomes[position] = outcome
        if len(todo) < len(keys):
            fresh = None

    def record(position: int) -> dict:
        return {column: values[position] for column, values in given.items()}

    # Rejections in the records' order, then the rows the schema refuses in the same order.
    quarantine = [_quarantine_row(record(position), *outcome[1:]) for position, outcome in enumerate(outcomes)
                  if outcome[0] == "rejected"]
    quarantine += [_quarantine_row(record(position), *outcome[3:]) for position, outcome in enumerate(outcomes)
                   if outcome[0] == "unpublishable"]
    rowed = [position for position, outcome in enumerate(outcomes) if outcome[0] != "rejected"]
    if fresh is not None:  # every record normalised now (a full build): their rows are that frame's, in order
        events = fresh
    else:
        rows = [outcomes[position][1] for position in rowed]
        events = pd.DataFrame({name: [row[number] for row in rows] for number, name in enumerate(_ROW_COLUMNS)},
                              columns=_ROW_COLUMNS)
    events["_position"] = [int(given["position"][position]) for position in rowed]
    # Rows the schema refuses were in the frame until here: the columns' types are those of every accepted row. They
    # are left out by the one copy of the rows that merging makes (dropping them first copied every column again).
    events, merges = merge_same_source_duplicates(
        events, [number for number, position in enumerate(rowed) if outcomes[position][0] == "unpublishable"])
    return NormalizeResult(
        events=events[EVENT_COLUMNS].reset_index(drop=True),
        quarantine=pd.DataFrame(quarantine, columns=QUARANTINE_COLUMNS),
        merges=merges,
        contacts_masked=sum(outcomes[position][2] for position in rowed),
        outcomes=dict(zip(keys, outcomes, strict=True)),
    )


def merge_same_source_duplicates(events: pd.DataFrame,
                                 left_out: list[int] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per (edition, source, source id): the latest update wins, the others are merge records. The rows at
    the positions `left_out` are neither kept nor merged."""
    # The orders are found on the key columns alone; the whole rows are taken once, in their final order.
    keys = ["edition", "source", "source_identifiant", "_updated", "_position"]
    key_rows = events[keys].reset_index(drop=True)
    if left_out:
        key_rows = key_rows.drop(index=left_out)
    ordered = key_rows.sort_values(keys, ascending=[True, True, True, False, True], kind="stable")
    duplicated = ordered.duplicated(["edition", "source", "source_identifiant"], keep="first").to_numpy()
    dropped = events.take(ordered.index[duplicated])
    latest = ordered.index[~duplicated]
    final = latest[events[["edition", "date_debut", "identifiant"]].take(latest).reset_index(drop=True).sort_values(
        ["edition", "date_debut", "identifiant"], kind="stable").index]
    merges = pd.DataFrame({
        "edition": dropped["edition"], "identifiant": dropped["identifiant"], "source": dropped["source"],
        "source_identifiant": dropped["source_identifiant"], "position": dropped["_position"],
        "motif": "identifiant répété dans la même source",
    }, columns=MERGE_COLUMNS)
    return events.take(final), merges.reset_index(drop=True)
