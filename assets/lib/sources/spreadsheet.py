"""CRESS spreadsheets (CSV, XLSX, XLS, ODS): fetch one into a snapshot, read rows through per-source column names, map.

Read: every `*.csv`, `*.tsv`, `*.txt`, `*.xlsx`, `*.xls` (Excel 97-2003, with xlrd) and `*.ods` (LibreOffice, with
pandas and odfpy) of a snapshot (or dropped by hand in a folder).
CSV text is UTF-8 (with or without BOM) or, failing a strict UTF-8 decode, Windows-1252; the separator
(`;`, `,`, tab or `|`) is the most frequent one in the first lines unless configured. XLSX cells are
read with openpyxl (cached formula values); Excel dates become ISO text in the payload.

Columns: the `colonnes` option maps a candidate key (or `identifiant`, `horaires`, `heure_debut`,
`heure_fin`) to the source header name, or a list of alternative names, compared without case,
accents or punctuation. An unconfigured key still matches a header spelling its own name
("Code postal" for `code_postal`). Schema drift is reported, never guessed: a configured column absent
from a file is "vanished", a header matching no key is "appeared" (both in a SheetReport); a required
column (`colonnes_obligatoires`, default titre and date_debut, `[]` for none) absent raises
SourceSchemaError.

Record ids: the `identifiant` column when mapped and filled, else `l` + 16 hex of a SHA-256 over the
row's identifying cells (`colonnes_identite`: title, dates, times, place, organiser by default),
case- and space-normalised. Row numbers are not used: they change when a row is inserted above.
Two rows with the same identity get the same id and are merged downstream as duplicates.

Payload: the row as `{header: cell}` (text as written; numbers; ISO text for Excel dates and times).

What a workbook hides or merges is read as its reader sees it: a hidden sheet is passed over for a visible one holding
the agenda (and named as not read); a hidden row (by hand, by a filter, or in a hidden sheet read for want of a visible
one) is a record whose payload also holds its reason under HIDDEN_ROW, rejected when mapped (quarantined, never
published); a row struck through (its title, or every filled cell) is a record called off, its payload holding
where under STRUCK_ROW; text struck through inside a cell beside text that is not (a correction keeping what it
replaces) is not read, and a cell whose every run of text is struck is a struck cell; a merged cell's value fills
the rows it spans. A header written on two rows (« Horaires » over « Début » and « Fin ») names the columns it groups by
its second row (_grouped_headers), which is no record. The lines after the header that hold no
record (the header typed again, a total, a banner, a separator: _Layout) are FileProblems whose reason says so
(records.NOT_AN_EVENT), counted apart from the records.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import functools
import hashlib
import io
import json
import re
import threading
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as clock
from itertools import repeat
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import httpx
from pydantic import field_validator
from pydantic.dataclasses import dataclass as options_dataclass

from assets.lib.decoding import REPAIRED, decode_lines
from assets.lib.http_client import DEFAULT_POLICY, RetryPolicy, conditional_headers, fetch_checked
from assets.lib.records import NOT_AN_EVENT, FileProblem, RawRecord, RecordRejected
from assets.lib.snapshots import SnapshotStore, read_snapshot_files
from assets.lib.sources.base import (
    NO_ACCESS,
    NO_TERRITORIES,
    NOT_PUBLIC,
    OPTIONS_CONFIG,
    FeedAccess,
    ReadResult,
    SourceKind,
    Territories,
    edition_window,
    known_encoding,
    known_keys,
    known_zone,
    parse_options,
)
from assets.lib.sources.ical import location_lines, split_location, split_venue
from assets.lib.text import fold

KIND = "tableur"
PATTERNS = ("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xlsm", "*.xls", "*.ods")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"  # the first entry of an .ods archive
_OLE2 = b"\xd0\xcf\x11\xe0"  # the header of an Excel 97-2003 .xls workbook
CANDIDATE_KEYS = (
    "titre", "description", "date_debut", "date_fin", "categories", "type_evenement", "thematiques",
    "publics", "modalite", "organisateur", "organisateur_famille", "co_organisateurs", "lieu", "adresse",
    "code_postal", "commune", "latitude", "longitude", "url", "date_mise_a_jour", "code_insee",
    "region_source", "statut",
)
PARSE_KEYS = ("identifiant", "horaires", "heure_debut", "heure_fin")
COLUMN_KEYS = CANDIDATE_KEYS + PARSE_KEYS
MULTI_KEYS = ("categories", "thematiques", "publics", "co_organisateurs")
DEFAULT_REQUIRED = ("titre", "date_debut")
MISSING_COLUMN = "colonne obligatoire absente"
DEFAULT_IDENTITY = ("titre", "date_debut", "date_fin", "horaires", "heure_debut", "heure_fin", "lieu",
                    "adresse", "code_postal", "commune", "organisateur")
DEFAULT_SEPARATORS = (",", ";", "/", "|")
CSV_DELIMITERS = (";", ",", "\t", "|")
HEADER_SCAN_ROWS = 20
# A row hidden in its workbook (hidden by hand, by a filter, in a hidden sheet): its payload holds its reason under this
# key, which no header can be (_headers names a blank header « colonne_N »); map_spreadsheet_event rejects it with it.
HIDDEN_ROW = ""
HIDDEN_MOTIF = "ligne masquée dans le classeur"
# A row struck through in its workbook (its title, or every filled cell): how a CRESS marks an event called off
# without deleting its line. Its payload holds where under this key (no header is a lone space either); it is mapped
# with the status `annule` (normalize.STRUCK_MOTIF), so its copies in other sources are not published either.
STRUCK_ROW = " "
# An event's status as a spreadsheet's column writes it, folded (text.fold), to the schema's (normalize's) statuses:
# the first pattern found gives it; a text none finds (« Association », the organiser's legal status under the same
# header) gives no status. « Reporté au 28/11 » gives its new date: rescheduled, not postponed. A submission the CRESS
# refused, a draft, a row deleted, hidden or marked a duplicate is not public in its source (base.NOT_PUBLIC).
_STATUS_WORDS = (
    (re.compile(r"(?<!\bnon )(?<!\bpas )\bannul"), "annule"),
    (re.compile(r"(?<!\bnon )(?<!\bpas )(?<!\bpas de )(?<!\bsans )(?<!\bni )\b(?:refuse|rejete|non retenu|non valide"
                r"|non publie|depublie|brouillon|corbeille|supprime|doublon)e?s?\b"
                # « Masqué » alone: « port du masque » is a mask, not a row hidden
                r"|^\W*masquee?s?\W*$"), NOT_PUBLIC),
    (re.compile(r"\breport\w*\s+(?:au|le|a|du|en)\b.*\d|\breprogramm|\bnouvelle date"), "reprogramme"),
    (re.compile(r"\breport|\bsine die\b|\bdate ulterieure\b"), "reporte"),
    (re.compile(r"\b(?:deplace|passe|bascule)e?s?\s+(?:en ligne|en visio|en distanciel)"), "deplace_en_ligne"),
    (re.compile(r"\bcomplet\b|\bliste d attente\b"), "complet"),
    (re.compile(r"\b(?:provisoire|a confirmer|en attente|sous reserve|en option|a valider)\b"), "provisoire"),
    (re.compile(r"\b(?:confirme|programme|maintenu|valide)e?s?\b"), "programme"),
)

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    # An English-language export's (« November 13, 2019 », « 13 Nov 2019 »)
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
    "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# The year first: "2019-11-12", "2019/11/12", "2019.11.12", with a time after the date-time's "T" or a blank.
_ISO_DATE = re.compile(
    r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?!\d)"
)
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])"
                           r"|(?<![\d.\-])(\d{1,2})[.\-](\d{1,2})[.\-](\d{4}|\d{2})(?![\d.\-])")
# "12 novembre 2019", and Excel's French short dates "12-nov.-19", "12-nov-2019" (a two-digit year only after a dash:
# "12 nov 19h" is no year).
_TEXT_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er)?(?:\s+|-)({_MONTH})\.?"
                        rf"(?:-(\d{{4}}|\d{{2}})(?![\d:h])|\s+(\d{{4}})(?!\d))?(?![a-z])")
# Days of one month: "du 12 au 14 novembre 2019", "12, 13 et 14 nov.", "12 et 13/11/2019", "12-14/11", "12 > 15/11",
# "12 à 15 novembre" (folded).
_DAY_LIST = r"\d{1,2}(?:er)?(?:\s*(?:,|au|a|-|et|&|->|=>|[>→⇒])\s*\d{1,2}(?:er)?)+"
# The month first, as English writes a date (« November 13, 2019 », « Nov. 13th 2019 »): with its year only.
_MONTH_DAY = re.compile(rf"(?<![a-z])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
# Days of the week say nothing a date does not, and stand between a range's days (« du mardi 12 au jeudi 14 novembre »).
_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
                      r"|friday|saturday|sunday)s?\b")
# A weekday and a day's number, no month (« mardi 12 », « Jeudi 5 : », a programme's day by day): folded text.
_WEEKDAY_DAY = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|[1-9]|[12]\d|3[01])(?:er)?\b"
                          r"(?!\s*(?:[/.\-:]\s*\d|h\b|h\d))")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAY_RANGE = re.compile(rf"(?<!\d)({_DAY_LIST})\s+({_MONTH})\.?(?:\s+(\d{{4}}))?(?![a-z])")
_NUMERIC_DAY_RANGE = re.compile(rf"(?<![\d/.])({_DAY_LIST})/(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?(?![\d/])")
# Minutes may stand a space after the « h » (« 14 h 30 »), not when they are the next hour (« 9h-12h 14h-17h », two
# ranges on two lines of a cell: not « 12h14 »).
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*(?:h|:)\s*(?:([0-5]\d)(?!\s*h))?(?!\d)")
# In an hours text (folded: lower case, no accents, dashes as "-"): a range "14h-17h", "de 14h a 17h30"; a time
# that only ends ("jusqu'a 17h", "fin 12h"); the doors' time ("accueil des 9h", "ouverture des portes 13h45"),
# which is not the start when another time is given.
_CLOCK = r"(?:[01]?\d|2[0-3])\s*(?:h|:)\s*(?:[0-5]\d(?!\s*h))?(?!\d)"
_TIME_RANGE = re.compile(rf"(?<!\d)({_CLOCK})\s*(?:-|/|>|a|au|jusqu'\s*a)\s*({_CLOCK})")
_END_ONLY = re.compile(rf"(?:jusqu'\s*a|fin(?:\s+a)?|se termine a|cloture a)\s*({_CLOCK})")
_DOORS = re.compile(rf"(?:accueil|ouverture des portes|portes a)\s*(?:des|a partir de|a|:)?\s*({_CLOCK})")
# An end before the start is the next day's only within the night ("20h-1h"); "14h30 (accueil 14h)" is no end.
_NIGHT_ENDS = clock(7, 0)
# A date's serial number (days since Excel's day zero, its fraction the time of day), with a point or, in a French
# export, a comma.
_EXCEL_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
# A date in ISO 8601's basic form, alone in its cell (« 20191112 », « 20191112T143000 »; folded, so « t »): a real
# year, month and day, not any eight digits.
_BASIC_ISO = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                        r"(?:t([01]\d|2[0-3])([0-5]\d)(?:[0-5]\d)?)?")
# A time of day written as Excel keeps it, a fraction of a day (« 0,583333 » is 14:00): a time cell exported as a
# number, or typed in a cell formatted as a number.
_DAY_FRACTION = re.compile(r"0?[.,]\d+")
# A day and a month with a point and no year (« 12.11 », « mardi 12.11. »), read in the edition's year when the cell
# holds no other date: not a price, a decimal nor an hour (« 18.30 » has no month 30).
_DOTTED_DAY = re.compile(r"(?<![\d.,/\-:])(\d{1,2})\.(\d{1,2})\.?(?![\d.,/\-:]|\s*(?:h\b|h\d|€|eur|e\b|%))")
# Hours in words or on a 12-hour clock, as the folded text writes them: « de midi à 14h », « 18h-minuit », « 2:30 pm »
# (an English-language export), read as « 12h », « 0h » (a night's end), « 14h30 ». « Après-midi » is a part of the
# day, no hour (a sheet's hours cell saying when in words: « Après-midi », « Matinée », « En soirée »).
_NOON_MIDNIGHT = re.compile(r"(?<!apres-)(?<!apres )\b(midi|minuit)\b")
# An English-language export writes its date-times' seconds before the AM/PM (« 11/12/2019 2:30:00 PM »).
_TWELVE_HOUR = re.compile(r"(?<![\d:h])(1[0-2]|0?[1-9])(?:\s*[:h.]\s*([0-5]\d))?(?::[0-5]\d)?\s*([ap])\.?\s?m\b\.?")
# Hours written with a point (« 14.30 - 16.30 ») or as four digits in a range (« 1430-1600 »), read as « 14h30 »: not
# a price (« 5.50 € »), a decimal, a date's part (« 12.11.2019 ») nor a span of years (minutes in whole fives, and
# the range runs forward: « 2019-2021 » is no range of hours).
_DOTTED_CLOCK = re.compile(r"(?<![\d.,/])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,/]|\s*(?:€|eur|e\b|%))")
_COMPACT_RANGE = re.compile(r"(?<![\d.,/])([01]\d|2[0-3])([0-5][05])\s*-\s*([01]\d|2[0-3])([0-5][05])(?![\d.,/])")
# A range whose start is a bare hour (« 14-17h », « de 9 à 12h »: French shorthand), read « 14h-17h »: the start at the
# beginning of the text or after « de », « et », a comma, a slash…, not a room's number (« salle 3 - 14h »); from 7h on,
# at most 16 hours before its end, or an evening's start running into the night (« 20-1h »).
_BARE_START = re.compile(r"(?<![\w:.,/])([01]?\d|2[0-3])(\s*(?:-|a|au)\s*)(?=([01]?\d|2[0-3])\s*h)")
_BARE_START_AFTER = re.compile(r"(?:^|\b(?:de|et|from)|[,;/(:])\s*$")
_EARLIEST_BARE_START = 7
# A full ISO 8601 date-time with its offset in a date cell (an export from a database or an API): its instant.
_ZONED_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
PARIS = ZoneInfo("Europe/Paris")


def _names_tuple(value: Any) -> Any:
    """A header name or a list of names, as a tuple (YAML lets both be written)."""
    return (value,) if isinstance(value, str) else value


@options_dataclass(config=OPTIONS_CONFIG)
class SpreadsheetOptions:
    """`colonnes` ({key: header or list of alternative headers}, keys among COLUMN_KEYS),
    `colonnes_obligatoires` (default titre and date_debut, `[]` for none), `colonnes_ignorees` (headers never
    reported as new), `colonnes_identite` (cells hashed into a row id), `encodage`, `separateur_csv`,
    `feuille` (a workbook's sheet name or 1-based index, or « toutes »: every visible sheet holding the required
    columns; by default the first sheet holding them, and the others too when every such sheet is named as a part of
    one agenda: a département, a month, a week, a day — see _data_sheets; else the first), `ligne_entete` (1-based,
    default: the early row matching most columns), `separateurs` (of multi-valued cells, default , ; / |),
    `fuseau` (IANA zone of the hours the sheet writes without an offset, e.g. Indian/Reunion for a CRESS of La
    Réunion; by default they are the place's local time, as the normaliser reads them)."""

    colonnes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    colonnes_obligatoires: tuple[str, ...] | None = None
    colonnes_ignorees: tuple[str, ...] = ()
    colonnes_identite: tuple[str, ...] | None = None
    encodage: str | None = None
    separateur_csv: str | None = None
    feuille: int | str | None = None
    ligne_entete: int | Literal["auto"] = "auto"
    separateurs: tuple[str, ...] | None = None
    fuseau: str | None = None

    @field_validator("colonnes", mode="before")
    @classmethod
    def _one_or_several(cls, value: Any) -> Any:
        return {key: _names_tuple(names) for key, names in value.items()} if isinstance(value, dict) else value

    @field_validator("colonnes", "colonnes_obligatoires", "colonnes_identite")
    @classmethod
    def _known_keys(cls, value: Any) -> Any:
        known_keys(value, COLUMN_KEYS)
        return value

    _known_encoding = field_validator("encodage")(known_encoding)
    _known_zone = field_validator("fuseau")(known_zone)


class SourceSchemaError(Exception):
    """A file lacks a required column: the source changed shape and its mapping must be updated."""

    def __init__(self, source: str, file: str, missing: Sequence[str], expected: Mapping[str, Sequence[str]]):
        wanted = "; ".join(f"{key} ({' | '.join(expected.get(key, [key]))})" for key in missing)
        # French stable part first, then " : " and the variable detail (counts.reason_family)
        super().__init__(f"{MISSING_COLUMN} : {wanted} (source {source}, fichier {file})")
        self.source = source
        self.file = file
        self.missing = list(missing)


@dataclass(frozen=True)
class SheetReport:
    """How one file (one sheet of a workbook) matched the configured columns."""

    source: str
    edition: int
    file: str
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    header_row: int
    rows: int
    columns: tuple[str, ...]
    matched: dict[str, str] = field(hash=False)  # key -> header found
    vanished: tuple[str, ...] = ()  # configured keys with no header in this file
    appeared: tuple[str, ...] = ()  # headers matching no key
    uncalculated: tuple[str, ...] = ()  # « header ligne N » of the formulas read empty, the file holding no value

    def warnings(self) -> list[str]:
        """One line per drift, for the run log."""
        where = f"{self.file}" + (f" [{self.sheet}]" if self.sheet else "")
        lines = [f"{self.source}: {where}: colonne configurée « {key} » absente" for key in self.vanished]
        lines += [f"{self.source}: {where}: nouvelle colonne « {header} » non reconnue" for header in self.appeared]
        if self.encoding and self.encoding.endswith(REPAIRED):
            lines.append(f"{self.source}: {where}: texte encodé deux fois en UTF-8 (« Ã© » pour « é »), réparé")
        if self.uncalculated:
            shown = ", ".join(self.uncalculated[:10]) + (" …" if len(self.uncalculated) > 10 else "")
            lines.append(f"{self.source}: {where}: {len(self.uncalculated)} formule(s) sans valeur enregistrée, lues "
                         f"vides (classeur écrit par un programme qui ne calcule pas : l'ouvrir et l'enregistrer dans "
                         f"un tableur) : {shown}")
        return lines

    def to_row(self) -> dict[str, Any]:
        """Flat row for DuckDB or asset metadata."""
        return {
            "source": self.source, "edition": self.edition, "file": self.file, "sheet": self.sheet,
            "encoding": self.encoding, "delimiter": self.delimiter, "header_row": self.header_row,
            "rows": self.rows, "columns": "|".join(self.columns),
            "vanished": "|".join(self.vanished), "appeared": "|".join(self.appeared),
        }


# ------------------------------------------------------------------------------------ column matching


def configured_columns(options: SpreadsheetOptions | Mapping | None) -> dict[str, list[str]]:
    """{key: alternative header names} from the `colonnes` option (keys checked when the options are parsed)."""
    return {key: list(names) for key, names in parse_options(SpreadsheetOptions, options).colonnes.items()}


def match_columns(headers: Iterable[str], options: SpreadsheetOptions | Mapping | None) -> dict[str, str]:
    """{key: header} for every key whose configured names (or own name) match a header; first match wins."""
    configured = parse_options(SpreadsheetOptions, options).colonnes
    return dict(_match_columns(tuple(headers), tuple(configured.items())))


# Every row of a table has the same headers: the match is computed once per (headers, mapping).
@functools.lru_cache(maxsize=256)
def _match_columns(headers: tuple[str, ...], configured: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple:
    names_of = dict(configured)
    by_fold: dict[str, str] = {}
    for header in headers:
        by_fold.setdefault(fold(header), header)
    matched = []
    for key in COLUMN_KEYS:
        for name in [*names_of.get(key, ()), key]:
            header = by_fold.get(fold(name))
            if header is not None:
                matched.append((key, header))
                break
    return tuple(matched)


# ---------------------------------------------------------------------------------------------- fetch


def _is_ods(body: bytes) -> bool:
    return body.startswith(b"PK\x03\x04") and _ODS_MIMETYPE in body[:200]


def _check_table(body: bytes) -> None:
    if body.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                expected = "content.xml" if _is_ods(body) else "[Content_Types].xml"
                if expected not in archive.namelist() or archive.testzip() is not None:
                    raise ValueError("not a complete XLSX or ODS workbook")
        except zipfile.BadZipFile as exc:
            raise ValueError(f"classeur XLSX tronqué ({exc})") from exc
    elif not body.strip():
        raise ValueError("empty table")
    elif body.lstrip()[:1] == b"<":
        raise ValueError("an HTML or XML page, not a table")


def _file_name(url: str, body: bytes) -> str:
    name = httpx.URL(url).path.rsplit("/", 1)[-1]
    if re.fullmatch(r"[\w.\-]+\.(csv|tsv|txt|xlsx|xlsm|xls|ods)", name, re.I):
        return name
    if _is_ods(body):
        return "tableau.ods"
    return "tableau.xlsx" if body.startswith(b"PK\x03\x04") else "tableau.xls" if body.startswith(_OLE2) else (
        "tableau.csv")


def fetch_spreadsheet_edition(
    client: httpx.Client,
    url: str,
    edition: int,
    *,
    store: SnapshotStore,
    now: datetime,
    file_name: str | None = None,
    headers: Mapping[str, str] | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Path:
    """Fetch one CSV or XLSX file into a new snapshot of the edition; return its folder.

    The file keeps the URL's name when it ends in .csv/.tsv/.txt/.xlsx, else `file_name`, else
    `tableau.csv` or `tableau.xlsx` from the content (a Google Sheets export URL has no extension).
    An empty body, an HTML page or a cut workbook is retried, then raises FeedError like an HTTP
    failure; nothing is written then. The manifest's `records` is null: rows are counted when read. The
    request is conditional on the last snapshot's validators: a 304 returns that snapshot.
    """
    previous = store.latest_fetched(edition)
    validators = conditional_headers(store.validators(edition))
    result, _ = fetch_checked(
        client, url, source=store.source, policy=policy, headers={**validators, **(headers or {})},
        parse=_check_table, parse_error="tableau illisible",
    )
    if result.unchanged and previous is not None:
        return previous
    name = file_name or _file_name(result.url, result.content)
    return store.write_files(edition, [(name, result.url, result.content, None)], base_url=url,
                             fetched_at=now, notes={"validators": result.validators()})


# ----------------------------------------------------------------------------------------------- read


def decode_text(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding): the configured encoding, else UTF-8 (BOM or not) when the whole file decodes
    strictly, else line by line (rows exported from two tools: UTF-8 rows stay UTF-8, the others are read
    as Windows-1252; see decoding.decode_lines)."""
    if encoding:
        return raw.decode(encoding), encoding
    return decode_lines(raw)


def detect_delimiter(text: str) -> str:
    """The separator (; , tab |) most frequent outside quotes in the first non-empty lines; `;` on a tie."""
    lines = [line for line in text.splitlines() if line.strip()][:10]
    sample = "\n".join(re.sub(r'"[^"]*"', "", line) for line in lines)
    counts = {delimiter: sample.count(delimiter) for delimiter in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])  # order breaks ties: ; first (French Excel)
    return best if counts[best] else ";"


def _cell(value: Any) -> Any:
    """A JSON-serialisable payload value for an XLSX cell."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == clock(0) else value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, clock):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):  # a duration-formatted cell
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 35000.0 typed as a number is the postal code 35000
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return str(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _headers(cells: Sequence[Any]) -> list[str]:
    headers, seen = [], {}
    for number, cell in enumerate(cells, start=1):
        name = " ".join(str(cell).replace("\ufeff", "").split()) if not _blank(cell) else f"colonne_{number}"
        count = seen.get(name, 0) + 1
        seen[name] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return headers


def _header_index(rows: list[tuple[int, list[Any]]], options: SpreadsheetOptions) -> int:
    """Index in `rows` of the header row: `ligne_entete` (1-based line), else the best-matching early row."""
    wanted = options.ligne_entete
    if wanted not in (None, "auto"):
        for index, (line, _) in enumerate(rows):
            if line == int(wanted):
                return index
        raise ValueError(f"ligne d'en-tête introuvable : ligne {wanted}")
    best, best_score = 0, -1
    for index, (_, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        headers = [str(c) for c in cells if not _blank(c)]
        score = len(match_columns(headers, options)) if len(headers) >= 2 else -1
        if score > best_score:
            best, best_score = index, score
    # A header's second row (« Début », « Fin » under « Horaires ») matches more columns than its first: the header
    # begins on the first (_sub_header_line).
    return best - 1 if _sub_header_line(rows, best - 1) is not None else best


@dataclass
class _Table:
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    rows: list[tuple[int, list[Any]]]  # (1-based line or row number, cells), blank rows dropped
    hidden: bool = False  # a workbook's sheet hidden (or very hidden)
    hidden_rows: frozenset[int] = frozenset()  # numbers of the rows of `rows` hidden in the workbook
    filtered_rows: frozenset[int] = frozenset()  # … of those hidden by a filter
    # Merged cells, as 1-based inclusive (first row, first column, last row, last column)
    merged: tuple[tuple[int, int, int, int], ...] = ()
    struck: frozenset[tuple[int, int]] = frozenset()  # (row, column), 1-based, of the cells struck through
    # (row, column), 1-based, of the formulas whose value the file does not hold (read empty)
    uncalculated: frozenset[tuple[int, int]] = frozenset()


def csv_reader(text: str, delimiter: str):
    """csv.reader over `text`. Python's csv refuses a field over 128 KiB and would reject the whole file for one
    long description: no field can be longer than the text itself (the schema's maximum lengths apply downstream)."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _csv_table(raw: bytes, options: SpreadsheetOptions) -> _Table:
    text, encoding = decode_text(raw, options.encodage)
    delimiter = options.separateur_csv or detect_delimiter(text)
    reader = csv_reader(text, delimiter)
    rows, line = [], 1
    for cells in reader:
        if any(not _blank(c) for c in cells):
            rows.append((line, [_excel_text(c) if c.startswith('="') else c for c in cells]))
        line = reader.line_num + 1
    return _Table(None, encoding, delimiter, rows)


def _excel_text(cell: str) -> str:
    """A CSV cell written as Excel's text formula, whose only content is a text (« ="01000" », « ="0612" »: how exports
    keep a postal code's or an identifier's leading zero), read as that text; any other cell as it is (never
    evaluated: « =1+1 » stays a formula, defused when published)."""
    inner = cell[2:-1] if len(cell) >= 3 and cell.endswith('"') else None
    if inner is None or '"' in inner.replace('""', ""):
        return cell
    return inner.replace('""', '"')


@functools.cache
def _inline_string_reader():
    """openpyxl's worksheet reader, but reading the common inline string (`<is><t>text</t></is>`, what many
    exporters write for every text cell) without building openpyxl's rich-text objects for it: more than half of
    a workbook's reading time on the sample. Any other inline string, and every other cell, goes through
    openpyxl's own code, so the cells read are those of openpyxl.load_workbook (tests/lib/test_spreadsheet.py
    compares both on the sample's workbooks and on hand-written hostile ones)."""
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._reader import (
        FORMULA_TAG,
        INLINE_STRING,
        SHEET_MAIN_NS,
        VALUE_TAG,
        WorkSheetParser,
        WorksheetReader,
    )

    plain_text, rich_run = f"{{{SHEET_MAIN_NS}}}t", f"{{{SHEET_MAIN_NS}}}r"

    class InlineStringParser(WorkSheetParser):
        def parse_cell(self, element):
            if element.get("t") != "inlineStr" or self.rich_text or not self.data_only:
                cell = super().parse_cell(element)
                if cell["value"] is None and self.data_only and element.find(FORMULA_TAG) is not None \
                        and not (element.get("t") == "str" and element.find(VALUE_TAG) is not None):
                    # A formula the file holds no value of (written by a program that does not calculate, « <v/> »
                    # or nothing; a text formula calculated empty is « t="str" » with its « <v></v> »)
                    self.__dict__.setdefault("uncalculated", set()).add((cell["row"], cell["column"]))
                return cell
            string = element.find(INLINE_STRING)
            # openpyxl reads `<is>` as a Text whose content is its `<t>` text ("" when there is none); with
            # attributes, phonetic runs or several children, openpyxl's own reading is kept, but rich runs struck
            # through are not read (_unstruck_text).
            if string is None or string.attrib or (len(string) != 1 or string[0].tag != plain_text) \
                    and string.find(rich_run) is None:
                return super().parse_cell(element)
            element.remove(string)  # the cell then reads as an empty inline string: row, column, style
            cell = super().parse_cell(element)
            value = string[0].text or "" if len(string) == 1 and string[0].tag == plain_text else _unstruck_text(string)
            cell["value"], cell["data_type"] = value, "s"
            return cell

    class InlineStringReader(WorksheetReader):
        def __init__(self, *arguments, **keywords):
            super().__init__(*arguments, **keywords)
            self.parser.__class__ = InlineStringParser  # same parser state, one method overridden

        def bind_cells(self):
            """openpyxl's bind_cells keeps a Cell object per cell, which _xlsx_tables then reads back value by
            value: the values are kept as read instead (`_cell_values`, what iter_rows(values_only=True) would
            give, see _sheet_rows). A sheet with merged cells or hyperlinks, which openpyxl binds to Cell objects
            (blanking or creating some), gets openpyxl's Cell objects."""
            styles = self.ws.parent._cell_styles
            cells = {}
            for _, row in self.parser.parse():
                for cell in row:
                    styles[cell["style_id"]]  # noqa: B018 - an unknown style fails the workbook, as in openpyxl
                    cells[(cell["row"], cell["column"])] = cell
            self.ws._uncalculated = frozenset(getattr(self.parser, "uncalculated", ()))
            struck_fonts = {number for number, font in enumerate(self.ws.parent._fonts) if font.strike}
            self.ws._struck_cells = frozenset(
                key for key, cell in cells.items() if struck_fonts and styles[cell["style_id"]].fontId in struck_fonts)
            if self.parser.merged_cells or self.parser.hyperlinks.hyperlink:
                for cell in cells.values():
                    bound = Cell(self.ws, row=cell["row"], column=cell["column"], style_array=styles[cell["style_id"]])
                    bound._value = cell["value"]
                    bound.data_type = cell["data_type"]
                    self.ws._cells[(cell["row"], cell["column"])] = bound
                if self.ws._cells:
                    self.ws._current_row = self.ws.max_row
                return
            self.ws._cell_values = {key: cell["value"] for key, cell in cells.items()}

    return InlineStringReader


class _StruckText(str):
    """A cell's text every run of which is struck through (read whole: the cell is struck, see _Table.struck)."""


def _unstruck_text(string) -> str:
    """The text of a rich string (`<si>` of the shared strings, `<is>` of an inline string) without its runs struck
    through: how staff correct a cell without deleting what it said (« <s>14h</s> 15h », « <s>Salle Jaurès</s>
    Maison des associations »). A text all of whose runs are struck is read whole, as a _StruckText."""
    from openpyxl.cell.text import Text

    text = Text.from_tree(string)
    whole = text.content
    struck = [bool(run.rPr is not None and run.rPr.strike) for run in text.formatted]
    if not any(struck):
        return whole
    kept = (text.plain or "") + "".join(run.t or "" for run, off in zip(text.formatted, struck, strict=True)
                                        if not off)
    return kept if kept.strip() else _StruckText(whole)


def _string_table(source) -> list[str]:
    """openpyxl's read_string_table (the workbook's shared strings), each read by _unstruck_text."""
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    strings, string_tag = [], f"{{{SHEET_MAIN_NS}}}si"
    for _, node in iterparse(source):
        if node.tag == string_tag:
            text = _unstruck_text(node)
            strings.append(type(text)(text.replace("x005F_", "")))  # as openpyxl does
            node.clear()
    return strings


def _sheet_rows(sheet) -> list[tuple[int, tuple]]:
    """The sheet's rows holding a value, as (row number, values from column 1 to the last column holding a value
    in the sheet, None where there is none). Built from the cells read, never by walking the sheet's grid: a sheet
    formatted down to row 1,048,576 and across to column XFD holds a few rows of values among a million
    empty rows, which iter_rows(values_only=True) would build one by one (minutes, gigabytes)."""
    values = getattr(sheet, "_cell_values", None)
    if values is None or sheet._cells:  # openpyxl's own cells, or cells added after reading (comments)
        if values:
            raise _CellsAddedError
        values = {key: cell.value for key, cell in sheet._cells.items()}
    filled = [key for key, value in values.items() if not _blank(value)]
    if not filled:
        return []
    columns = range(1, max(column for _, column in filled) + 1)
    return [(row, tuple(values.get((row, column)) for column in columns))
            for row in sorted({row for row, _ in filled})]


class _CellsAddedError(Exception):
    """openpyxl added Cell objects to a sheet whose values were kept apart: it is read again the usual way."""


# openpyxl.load_workbook has no parameter for its worksheet reader: it is swapped for the call, under a lock.
_READER_SWAP = threading.Lock()


def _load_workbook(raw: bytes, fast: bool = True, cell_objects: bool = False):
    """openpyxl.load_workbook(raw, data_only=True); `fast` reads plain inline strings without openpyxl's
    rich-text objects (same cells, see _inline_string_reader) and keeps the cells' values without openpyxl's Cell
    objects unless `cell_objects` (see InlineStringReader.bind_cells)."""
    import openpyxl.reader.excel  # here, not at start-up: 0.2 s a run that reads no spreadsheet does without

    if not fast:
        return openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
    with _READER_SWAP:
        reference, strings = openpyxl.reader.excel.WorksheetReader, openpyxl.reader.excel.read_string_table
        reader = _inline_string_reader()
        openpyxl.reader.excel.WorksheetReader = reader if not cell_objects else type(
            "CellObjectsReader", (reader,), {"bind_cells": reference.bind_cells})
        openpyxl.reader.excel.read_string_table = _string_table
        try:
            return openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
        finally:
            openpyxl.reader.excel.WorksheetReader = reference
            openpyxl.reader.excel.read_string_table = strings


def _xlsx_tables(raw: bytes, options: SpreadsheetOptions, fast: bool = True,
                 cell_objects: bool = False) -> list[_Table]:
    workbook = _load_workbook(raw, fast, cell_objects)
    try:
        tables = []
        for position in _wanted_sheets([sheet.title for sheet in workbook.worksheets], options):
            sheet = workbook.worksheets[position]
            rows = [(number, [_cell(_ooxml_text(v) if type(v) is str and "_x" in v else v) for v in values])
                    for number, values in _sheet_rows(sheet)]
            struck_runs = frozenset((number, column) for number, values in rows
                                    for column, value in enumerate(values, start=1) if type(value) is _StruckText)
            if struck_runs:
                rows = [(number, [_ooxml_text(str(value)) if type(value) is _StruckText else value for value in values])
                        for number, values in rows]
            hidden = {int(number) for number, dimension in sheet.row_dimensions.items() if dimension.hidden}
            hidden = frozenset(number for number, _ in rows if number in hidden)
            # Rows a filter hides are written hidden like the others: a filter set on a column tells them apart.
            filtered = hidden if sheet.auto_filter.ref and sheet.auto_filter.filterColumn else frozenset()
            merged = tuple((cells.min_row, cells.min_col, cells.max_row, cells.max_col)
                           for cells in sheet.merged_cells.ranges)
            struck = getattr(sheet, "_struck_cells", None)
            if struck is None:  # read by openpyxl's own reader: its Cell objects
                struck = frozenset(key for key, cell in sheet._cells.items() if cell.has_style and cell.font.strike)
            tables.append(_Table(sheet.title, None, None, rows, sheet.sheet_state != "visible", hidden, filtered,
                                 merged, struck | struck_runs, getattr(sheet, "_uncalculated", frozenset())))
        return tables
    except _CellsAddedError:
        return _xlsx_tables(raw, options, fast, cell_objects=True)
    finally:
        workbook.close()


# A character XML cannot hold, as Excel writes it in a cell's text: « _x000D_ » (the carriage return of a cell typed on
# Windows, « Ligne 1_x000D_\nLigne 2 »), « _x0009_ »; « _x005F_ » is the « _ » of a text that holds « _x…_ » itself
# (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). openpyxl leaves them as written.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _ooxml_text(text: str) -> str:
    """A cell's text with Excel's « _xHHHH_ » escapes read as the UTF-16 code units they stand for."""
    decoded = _OOXML_ESCAPE.sub(lambda escape: chr(int(escape.group(1), 16)), text)
    if decoded is text or not any("\ud800" <= character <= "\udfff" for character in decoded):
        return decoded
    # A character beyond the BMP is escaped as its two surrogates (« _xD83D__xDE00_ »): joined back, a lone one dropped.
    joined = decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return "".join(character for character in joined if not "\ud800" <= character <= "\udfff")


MAX_MEMBER_BYTES = 256 * 1024 * 1024  # a workbook part larger once inflated is no agenda (a zip bomb)


def _check_archive(raw: bytes) -> None:
    """ValueError when a part of an XLSX or ODS workbook inflates beyond MAX_MEMBER_BYTES (what its directory
    announces; the reader would build it whole in memory)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for member in archive.infolist():
            if member.file_size > MAX_MEMBER_BYTES:
                raise ValueError(f"{member.filename} fait {member.file_size // 2**20} Mio décompressé, au-delà de "
                                 f"{MAX_MEMBER_BYTES // 2**20} Mio : aucun agenda n'est aussi gros")


def _wanted_sheets(names: list[str], options: SpreadsheetOptions) -> list[int]:
    """The positions of the sheets to read among `names`: every sheet, or the one `feuille` names (1-based number
    or name); KeyError or IndexError when there is no such sheet."""
    wanted = options.feuille
    if wanted is None or _every_sheet(options) and wanted not in names:
        return list(range(len(names)))
    if isinstance(wanted, int):
        if not 1 <= wanted <= len(names):
            raise IndexError(f"feuille introuvable : numéro {wanted} (le classeur en a {len(names)})")
        return [wanted - 1]
    if wanted not in names:
        raise KeyError(f"feuille introuvable : « {wanted} » (feuilles : {', '.join(names)})")
    return [names.index(wanted)]


def _filled_rows(numbered: Iterable[tuple[int, Iterable[Any]]]) -> list[tuple[int, list[Any]]]:
    """(row number, payload values) of the rows holding a value, from (row number, cell values) of every row."""
    rows = []
    for number, values in numbered:
        cells = [_cell(value) for value in values]
        if not all(_blank(cell) for cell in cells):
            rows.append((number, cells))
    return rows


def _xls_value(kind: int, value: Any, datemode: int) -> Any:
    """An xlrd cell's value as openpyxl gives an XLSX cell's: dates as datetimes (the workbook's own date system),
    a fraction of a day alone as a time (« 14:30 »), booleans as such, empty and error cells as None."""
    import xlrd

    if kind == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return None  # a date before the workbook's epoch: nothing a reader could use
        return moment.time() if 0 <= value < 1 else moment
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return bool(value) if kind == xlrd.XL_CELL_BOOLEAN else value


def _xls_tables(raw: bytes, options: SpreadsheetOptions) -> list[_Table]:
    """The sheets of an Excel 97-2003 workbook, read with xlrd (see _xls_value)."""
    import xlrd

    try:  # the rows' formatting tells which are hidden and which cells are merged
        book = xlrd.open_workbook(file_contents=raw, on_demand=True, formatting_info=True)
    except Exception:  # noqa: BLE001 - a workbook xlrd reads only without its formatting
        book = xlrd.open_workbook(file_contents=raw, on_demand=True)
    try:
        tables = []
        for position in _wanted_sheets(book.sheet_names(), options):
            sheet = book.sheet_by_index(position)
            rows = _filled_rows(
                (number + 1, map(_xls_value, sheet.row_types(number), sheet.row_values(number), repeat(book.datemode)))
                for number in range(sheet.nrows))
            hidden = frozenset(number for number, _ in rows
                               if getattr(sheet.rowinfo_map.get(number - 1), "hidden", False))
            merged = tuple((first_row + 1, first_column + 1, end_row, end_column)
                           for first_row, end_row, first_column, end_column in sheet.merged_cells)
            struck_runs, rich = _xls_struck_runs_dropped(book, sheet, rows)
            tables.append(_Table(sheet.name, None, None, rows, sheet.visibility != 0, hidden, frozenset(), merged,
                                 (_xls_struck(book, sheet, rows) - rich) | struck_runs))
        return tables
    finally:
        book.release_resources()


def _xls_struck_runs_dropped(book, sheet, rows: list[tuple[int, list[Any]]]
                             ) -> tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]]:
    """The runs struck through in the rich texts of `rows` dropped from their cells, in place (see _unstruck_text).
    Returns the cells whose every run is struck (read whole) and the cells holding runs, whose own font strikes
    only the text before their first run (row, column), 1-based."""
    if not book.formatting_info or not sheet.rich_text_runlist_map:
        return frozenset(), frozenset()
    struck_fonts = {number for number, font in enumerate(book.font_list) if font.struck_out}
    cells_of_row = dict(rows)
    struck, rich = set(), set()
    for (row, column), runs in sheet.rich_text_runlist_map.items():
        cells = cells_of_row.get(row + 1)
        if cells is None or column >= len(cells) or not isinstance(cells[column], str):
            continue
        rich.add((row + 1, column + 1))
        text = cells[column]
        # The text before the first run is in the cell's own font; each run (offset, font) to the next one's offset.
        starts = [(0, book.xf_list[sheet.cell_xf_index(row, column)].font_index), *runs]
        pieces = [(text[start:end], font in struck_fonts)
                  for (start, font), (end, _) in zip(starts, [*starts[1:], (len(text), None)], strict=True)]
        kept = "".join(piece for piece, off in pieces if not off)
        if not kept.strip():
            struck.add((row + 1, column + 1))
        elif kept != text:
            cells[column] = kept
    return frozenset(struck), frozenset(rich)


def _xls_struck(book, sheet, rows: list[tuple[int, list[Any]]]) -> frozenset[tuple[int, int]]:
    """The filled cells of `rows` (row numbers 1-based) whose font is struck through; none when the workbook was read
    without its formatting."""
    if not book.formatting_info:
        return frozenset()
    struck_fonts = {number for number, font in enumerate(book.font_list) if font.struck_out}
    if not struck_fonts:
        return frozenset()
    return frozenset((number, column + 1) for number, cells in rows for column, value in enumerate(cells)
                     if not _blank(value) and book.xf_list[sheet.cell_xf_index(number - 1, column)].font_index
                     in struck_fonts)


# A tab typed in an OpenDocument cell is an element, which pandas' reader drops (« espacé<tab>tab » read « espacétab »):
# written as the character it stands for before the file is read.
_ODS_TAB = re.compile(rb"<text:tab\s*/>|<text:tab>\s*</text:tab>")


def _ods_readable(raw: bytes) -> bytes:
    """The OpenDocument file `raw` as pandas' reader is to read it: each tab element of its content written as a tab
    character (_ODS_TAB), then the runs struck through beside other text dropped (_ods_struck_runs_dropped), in one
    rewrite of the archive; `raw` itself when neither is in it. The tabs go first: the second rewrite writes the XML
    anew, with other namespace prefixes than « text: »."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        content = archive.read("content.xml")
        written = _ODS_TAB.sub(b"\t", content) if b"<text:tab" in content else content
        if b"text-line-through-style" in written:
            written = _ods_struck_runs_dropped(written)
        if written is content:
            return raw
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in archive.infolist():
                target.writestr(item, written if item.filename == "content.xml" else archive.read(item))
        return out.getvalue()


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODS_PARAGRAPHS = (f"{{{_TEXT_NS}}}p", f"{{{_TEXT_NS}}}h")


def _ods_struck_styles(root) -> set[str]:
    """The styles of an OpenDocument content striking their text through (LibreOffice's « Barré »: a line-through
    style other than none), whether a cell's, a paragraph's or a run's (`text:span`)."""
    return {style.get(f"{{{_STYLE_NS}}}name") for style in root.iter(f"{{{_STYLE_NS}}}style")
            if any(properties.get(f"{{{_STYLE_NS}}}text-line-through-style") not in (None, "none")
                   for properties in style.iter(f"{{{_STYLE_NS}}}text-properties"))}


def _ods_text_struck(cell, struck_styles: set[str]) -> set[bool]:
    """Whether each piece of text (not blank) of an OpenDocument cell is struck through by its paragraph's or run's
    style: {True}, {False}, both or none."""
    style = f"{{{_TEXT_NS}}}style-name"
    found = set()

    def walk(element, struck: bool) -> None:
        struck = struck or element.get(style) in struck_styles
        if element.text and element.text.strip():
            found.add(struck)
        for child in element:
            walk(child, struck)
            if child.tail and child.tail.strip():
                found.add(struck)

    for paragraph in cell:
        if paragraph.tag in _ODS_PARAGRAPHS:  # not a comment's (office:annotation)
            walk(paragraph, False)
    return found


def _ods_struck_runs_dropped(content: bytes) -> bytes:
    """An OpenDocument content (content.xml) without the paragraphs and runs struck through in the cells that hold
    other text too (see _unstruck_text); a cell whose whole text is struck keeps it (_ods_layouts finds it struck).
    `content` itself when nothing is dropped."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.fromstring(content)
    struck_styles = _ods_struck_styles(root)
    style, dropped = f"{{{_TEXT_NS}}}style-name", False
    for cell in root.iter(f"{{{_TABLE_NS}}}table-cell"):
        if _ods_text_struck(cell, struck_styles) != {True, False}:
            continue
        for parent in [cell, *(element for paragraph in cell if paragraph.tag in _ODS_PARAGRAPHS
                               for element in paragraph.iter())]:
            for position, child in reversed(list(enumerate(parent))):
                if child.get(style) in struck_styles:
                    before = parent[position - 1] if position else None
                    if child.tail:  # the text after the run stays where it was
                        if before is not None:
                            before.tail = (before.tail or "") + child.tail
                        else:
                            parent.text = (parent.text or "") + child.tail
                    parent.remove(child)
                    dropped = True
    return ElementTree.tostring(root, xml_declaration=True, encoding="UTF-8") if dropped else content


def _ods_tables(raw: bytes, options: SpreadsheetOptions) -> list[_Table]:
    """The sheets of an OpenDocument spreadsheet (LibreOffice), read by pandas with odfpy: typed cells (dates,
    times, numbers) as their values, repeated rows and columns expanded."""
    import pandas as pd

    sheets = pd.read_excel(io.BytesIO(_ods_readable(raw)), sheet_name=None, header=None, engine="odf", dtype=object)
    names = list(sheets)
    layouts = _ods_layouts(raw)
    tables = []
    for position in _wanted_sheets(names, options):
        frame = sheets[names[position]]
        frame = frame.astype(object).where(frame.notna(), None)
        rows = _filled_rows(
            (number, [value.to_pydatetime() if isinstance(value, pd.Timestamp) else value for value in values])
            for number, values in enumerate(frame.itertuples(index=False, name=None), start=1))
        layout = layouts.get(names[position]) or _OdsLayout()
        numbers = [number for number, _ in rows]
        filtered = _rows_within(numbers, layout.filtered)
        hidden = _rows_within(numbers, layout.collapsed) | filtered
        tables.append(_Table(names[position], None, None, rows, layout.hidden, hidden, filtered, tuple(layout.merged),
                             frozenset(layout.struck)))
    return tables


_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
# A filled cell repeated over more rows and columns than this is no event's line (a fill down to the sheet's end).
_MAX_REPEATED_STRUCK = 10_000
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


@dataclass
class _OdsLayout:
    """What pandas does not read of an OpenDocument table: whether it is hidden, its hidden rows (by a filter or
    not, as ranges of row numbers: a row may be repeated a million times) and its merged cells."""

    hidden: bool = False
    collapsed: list[tuple[int, int]] = field(default_factory=list)  # [first, after) row numbers
    filtered: list[tuple[int, int]] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    struck: set[tuple[int, int]] = field(default_factory=set)  # (row, column) of the filled cells struck through


def _rows_within(numbers: list[int], ranges: list[tuple[int, int]]) -> frozenset[int]:
    """The row numbers of `numbers` (ascending) within any [first, after) range of `ranges`."""
    return frozenset(number for first, after in ranges
                     for number in numbers[bisect.bisect_left(numbers, first):bisect.bisect_left(numbers, after)])


def _ods_layouts(raw: bytes) -> dict[str, _OdsLayout]:
    """{table name: _OdsLayout} of an OpenDocument spreadsheet, its rows numbered as pandas' reader numbers them
    (every row element in document order, each as many times as it is repeated); {} when content.xml cannot be read
    (pandas then raised already)."""
    import xml.etree.ElementTree as ElementTree

    table, row, cell, covered = (f"{{{_TABLE_NS}}}{name}" for name in ("table", "table-row", "table-cell",
                                                                       "covered-table-cell"))

    def attribute(element, name: str, namespace: str = _TABLE_NS) -> str | None:
        return element.get(f"{{{namespace}}}{name}")

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}
    hidden_styles = {attribute(style, "name", _STYLE_NS) for style in root.iter(f"{{{_STYLE_NS}}}style")
                     if any(attribute(properties, "display") == "false"
                            for properties in style.iter(f"{{{_STYLE_NS}}}table-properties"))}
    struck_styles = _ods_struck_styles(root)
    layouts = {}
    for sheet in root.iter(table):
        layout = _OdsLayout(hidden=attribute(sheet, "style-name") in hidden_styles)
        number = 1
        for line in sheet.iter(row):
            repeated = int(attribute(line, "number-rows-repeated") or 1)
            visibility = attribute(line, "visibility")
            if visibility in ("collapse", "filter"):
                (layout.filtered if visibility == "filter" else layout.collapsed).append((number, number + repeated))
            column = 1
            for element in line:
                if element.tag not in (cell, covered):
                    continue
                rows_spanned = int(attribute(element, "number-rows-spanned") or 1)
                columns_spanned = int(attribute(element, "number-columns-spanned") or 1)
                if element.tag == cell and (rows_spanned > 1 or columns_spanned > 1):
                    layout.merged.append((number, column, number + rows_spanned - 1, column + columns_spanned - 1))
                columns_repeated = int(attribute(element, "number-columns-repeated") or 1)
                # A filled cell (a paragraph in it) whose style strikes it through, or whose every paragraph or
                # run holding text is struck, in each row and column it repeats to.
                if struck_styles and len(element) and repeated * columns_repeated <= _MAX_REPEATED_STRUCK and (
                        attribute(element, "style-name") in struck_styles
                        or _ods_text_struck(element, struck_styles) == {True}):
                    layout.struck.update((number + down, column + across) for down in range(repeated)
                                         for across in range(columns_repeated))
                column += columns_repeated
            number += repeated
        layouts[attribute(sheet, "name")] = layout
    return layouts


ALL_SHEETS = "toutes"  # the `feuille` option's value that reads every visible sheet holding the required columns


def _every_sheet(options: SpreadsheetOptions) -> bool:
    return isinstance(options.feuille, str) and fold(options.feuille) == ALL_SHEETS


# A sheet named as one part of an agenda split by period: a month, a week (« Semaine 46 », « S46 »), a day
# (« Mardi 12 », « 12-11 »); folded (text.fold).
_PERIOD_SHEET = re.compile(
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})(?: \d{{4}})?|(?:semaine|sem|s)\s?\d{{1,2}}(?: .*)?"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \d{1,2}.*)?|\d{1,2} \d{1,2}(?: \d{4}| \d{2})?")


def _part_of_one_agenda(sheet: str | None, departements: frozenset[str]) -> bool:
    """Whether a sheet's name names one part of an agenda split by département (« Finistère », « 29 »,
    « 29 - Finistère », among the folded `departements`: Territories) or by period (_PERIOD_SHEET)."""
    folded = fold(sheet or "")
    if not folded:
        return False
    if _PERIOD_SHEET.fullmatch(folded):
        return True
    parts = [part.strip() for part in re.split(r"\s+-\s+|\s*[–—]\s*", sheet or "") if part.strip()]
    return bool(parts) and all(fold(part) in departements for part in parts)


def _data_sheets(tables: list[_Table], options: SpreadsheetOptions, required: list[str],
                 departements: frozenset[str]) -> tuple[list[_Table], list[str]]:
    """The sheet of a workbook to read when none is configured: the first visible one whose header row holds the
    required columns (a cover or instructions sheet before it is passed over, a hidden draft or archive too), else the
    first hidden one holding them (its rows are then read as hidden rows: nothing hidden is published, nothing is
    lost), else the first visible sheet, whose missing columns are then reported as a file's; and the reason each
    other sheet holding them too is not read (an agenda split by département, last year's archive, a hidden draft:
    the `feuille` option names the one to read). Every visible sheet holding them is read when each is named as one
    part of an agenda split by département or by period (_part_of_one_agenda: « Finistère », « Morbihan »; « Semaine
    46 », « Semaine 47 »), or when `feuille` is « toutes »: a summary sheet or last year's beside them (« Bretagne »,
    « 2018 ») keeps the first alone."""
    holding = []
    for table in tables:
        if table.rows:
            _, cells = table.rows[_header_index(table.rows, options)]
            matched = match_columns(_headers(cells), options)
            if all(key in matched for key in required):
                holding.append(table)
    if not holding:
        return [next((table for table in tables if not table.hidden), tables[0])], []
    visible = [table for table in holding if not table.hidden]
    if len(visible) > 1 and (_every_sheet(options)
                             or all(_part_of_one_agenda(table.sheet, departements) for table in visible)):
        return visible, [f"feuille masquée « {table.sheet} » non lue ({len(table.rows)} ligne(s) remplie(s))"
                         for table in holding if table.hidden]
    read = next((table for table in holding if not table.hidden), holding[0])
    return [read], [f"feuille{' masquée' if table.hidden else ''} « {table.sheet} » non lue ({len(table.rows)} "
                    f"ligne(s) remplie(s)) : seule la première feuille {'visible ' if not read.hidden else ''}qui "
                    f"porte les colonnes obligatoires, « {read.sheet} », est lue (option `feuille` pour en lire une "
                    f"autre, ou « {ALL_SHEETS} »)" for table in holding if table is not read]


def _header_groups(header_cells: Sequence[Any]) -> list[tuple[int, int]]:
    """(first, last) 0-based columns of each header cell followed by blank ones: a header written once over the
    columns it groups (merged across them in a workbook, alone in the first in a CSV export)."""
    groups, start = [], None
    for index, cell in enumerate([*header_cells, "end"]):
        if not _blank(cell):
            if start is not None and index - 1 > start:
                groups.append((start, index - 1))
            start = index
    return groups


def _sub_header_line(rows: list[tuple[int, list[Any]]], header_at: int) -> int | None:
    """The line of a header's second row, when the header is written on two (« Horaires » over « Début » and « Fin »,
    « Lieu » over « Nom » and « Adresse »): the line right under the header holds words only (no digit), in the columns
    a header groups (_header_groups) and nowhere else, every column of a group it names named, under a header of two
    names at least. None otherwise: it then is an event's row or a layout line as any other."""
    if not 0 <= header_at < len(rows) - 1:
        return None
    (header_line, header_cells), (line, cells) = rows[header_at], rows[header_at + 1]
    groups = _header_groups(header_cells)
    # A header names two columns at least: a text alone on the line above is a title, not a header over the table
    if line != header_line + 1 or not groups or sum(not _blank(cell) for cell in header_cells) < 2:
        return None
    filled = {index for index, cell in enumerate(cells) if not _blank(cell)}
    # A header's words: short, no digit (a date, an hour, a postal code are an event's)
    if len(filled) < 2 or not all(type(cells[index]) is str and len(cells[index]) <= 40
                                  and len(cells[index].split()) <= 5 and not any(c.isdigit() for c in cells[index])
                                  for index in filled):
        return None
    named = [set(range(first, last + 1)) for first, last in groups if filled & set(range(first, last + 1))]
    return line if named and all(columns <= filled for columns in named) and filled <= set().union(*named) else None


def _grouped_headers(header_cells: Sequence[Any], sub_cells: Sequence[Any], options: SpreadsheetOptions) -> list[str]:
    """The headers of a table whose header is written on two rows: a grouped column is named by its second row
    (« Début », « Fin »), or by both (« Horaires Début ») where the second row's name matches no configured column
    and both do; the group's first column keeps the first row's name (« Horaires ») where only that one matches a
    configured column, as it did when the second row was not read. The other columns keep their header."""
    cells = list(header_cells) + [None] * max(0, len(sub_cells) - len(header_cells))
    names = [None if _blank(cell) else " ".join(str(cell).split()) for cell in cells]
    for first, last in _header_groups(header_cells):
        parent = names[first]
        for index in range(first, last + 1):
            sub = sub_cells[index] if index < len(sub_cells) and not _blank(sub_cells[index]) else None
            if sub is None:
                continue
            sub = " ".join(str(sub).split())
            candidates = [sub, f"{parent} {sub}"] + ([parent] if index == first else [])
            names[index] = next((name for name in candidates if match_columns([name], options)), sub)
    return _headers(names)


def _merged_down(table: _Table, header_at: int) -> list[tuple[int, list[Any]]]:
    """The rows of `table` after its header, each cell a merged range covers below its first row holding the range's
    value (a date written once for a block of events: a workbook keeps it in the first cell only). Only rows that hold
    a value of their own are filled; a range beginning at or above the header fills nothing."""
    rows = table.rows[header_at + 1:]
    header_line = table.rows[header_at][0]
    down = [cells for cells in table.merged if cells[2] > cells[0] > header_line]
    if not down:
        return rows
    rows = [(line, list(cells)) for line, cells in rows]
    lines = [line for line, _ in rows]
    of_line = dict(rows)
    for first_row, column, last_row, _ in down:
        top = of_line.get(first_row)
        value = top[column - 1] if top is not None and column <= len(top) else None
        if _blank(value):
            continue
        for line in lines[bisect.bisect_right(lines, first_row):bisect.bisect_right(lines, last_row)]:
            cells = of_line[line]
            cells.extend([None] * (column - len(cells)))
            if _blank(cells[column - 1]):
                cells[column - 1] = value
    return rows


# The lines of a table that hold no record (_Layout), by their folded text (lower case, no accents: _fold_text).
# A total: « TOTAL », « Sous-total novembre », « Total : 42 événements », « Nombre d'événements : 42 », never a title
# beginning with the word (« Total Festum », « Totalement… »: see _Layout).
_TOTAL_LABEL = re.compile(r"(?:(?:sous[- ]?)?tota(?:l|ux)|(?:nombre|nb)\.?\s+(?:total\s+)?d(?:['’]|e\s+)\s*"
                          r"(?:evenements?|actions?|manifestations?|animations?))(?![a-z])(?P<rest>.*)")
_TOTAL_START = re.compile(r"\s*(?:sous|tot|nombre|nb)", re.IGNORECASE)  # what _TOTAL_LABEL needs, unfolded
_COUNT_WORDS = frozenset({
    "total", "general", "generale", "evenement", "evenements", "action", "actions", "manifestation", "manifestations",
    "animation", "animations", "inscrits", "participants", "personnes", "structures", "mois", "semaine", "de", "du",
    "des", "d", "l", "la", "le", "les", "en", "pour", "par", "au", "aux", "et", "sur", "soit"})
# A count in a total's cell: a number (« 42 », « 1 234 », « 12,5 % »), maybe with what it counts (« 42 événements »);
# a formula a CSV export wrote as such (« =SOMME(F2:F40) »).
_COUNT_FIRST = frozenset("0123456789=+")
_COUNT = re.compile(r"[=+]?(\d[\d\s]*(?:[.,]\d+)?)\s*(?:€|%)?\s*(?P<rest>.*)")
_FORMULA = re.compile(r"=[a-z][a-z0-9._]*\(.*\)")
# A banner over a block of events: a month, a week, a day (« NOVEMBRE 2019 », « Semaine du 4 au 10 novembre »,
# « Mardi 12 novembre »), never a title (« Novembre solidaire »).
_PERIOD_WORDS = frozenset({
    "mois", "semaine", "sem", "de", "du", "d", "l", "le", "la", "au", "et", "en", "a", "partir", "er", "annee",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


def _words(folded: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", folded)


def _counts_only(folded: str) -> bool:
    """Whether a folded text says nothing but counts and what they count (« : 42 événements », « novembre »)."""
    return all(word.isdigit() or word in _COUNT_WORDS or word in MONTHS for word in _words(folded))


def _count(cell: Any) -> bool:
    """Whether a cell holds a count, as a total's row does beside its label."""
    if type(cell) in (int, float):
        return True
    if type(cell) is not str:
        return False
    folded = _fold_text(cell)
    found = _COUNT.fullmatch(folded)
    return bool(found and _counts_only(found.group("rest"))) or bool(_FORMULA.fullmatch(folded))


def _period(folded: str) -> bool:
    words = _words(folded)
    return (any(word in MONTHS or word in ("mois", "semaine") for word in words)
            and all(word.isdigit() or word in MONTHS or word in _PERIOD_WORDS for word in words))


_ASCII_ALNUM = re.compile(r"[a-z0-9]")


def _first_letter(text: str) -> str:
    """The first character of fold(text) (text.fold), found without folding the whole text."""
    for character in text:
        lower = character.lower()
        if not lower.isascii():
            lower = unicodedata.normalize("NFKD", lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss"))
        found = _ASCII_ALNUM.search(lower)
        if found:
            return found.group()
    return ""


def _preview(cells: list[Any], most: int = 8) -> str:
    """The filled cells of a line, as its reason quotes them: « texts » (60 characters at most), numbers as written."""
    shown = [f"« {text[:60]}{'…' if len(text) > 60 else ''} »" if type(cell) is str else str(cell)
             for cell in cells[:most] for text in [" ".join(str(cell).split())]]
    return " ; ".join(shown + (["…"] if len(cells) > most else []))


BANNER = "intertitre"  # the layout line of a period's or a place's banner (« NOVEMBRE 2019 », « Mardi 12 »)


class _Layout:
    """Tells the lines of a table (after its header) that hold no record, as a printed programme types them: its
    header typed again on each page, or its title (« en-tête répété »); a total or sub-total (« ligne de total »); a
    month's, a week's or a département's banner (« intertitre »: a period's words alone, or one text merged across
    columns); a line of dashes (« ligne de séparation »); a note alone on its line (« note du tableau »: « Source : … »,
    « * sous réserve »). Only a line whose filled cells all look so qualifies: a title beside a date is an event
    (« Zéro déchet total », « Total Festum »), and so is a title alone (quarantined)."""

    def __init__(self, table: _Table, header_at: int, date_columns: list[int], edition: int | None = None):
        self.edition = edition  # the year of a day's banner that gives none (« Mardi 12 novembre »)
        self.header = self._folded(table.rows[header_at][1])
        self.above = [self._folded(cells) for _, cells in table.rows[:header_at]]
        self.above_sizes = frozenset(map(len, self.above))
        self.date_columns = frozenset(date_columns)
        # The first cell of each range merged across columns, as (row, 0-based column)
        self.spanning = frozenset((first_row, first_column - 1) for first_row, first_column, _, last_column
                                  in table.merged if last_column > first_column)

    def _total(self, filled: list[tuple[int, Any]]) -> bool:
        """Whether a line is a total's: one label (_TOTAL_LABEL), the other cells counts (none a date), and the label
        saying nothing but what it counts unless a count stands beside it (« Total Bretagne | 42 »)."""
        label = None
        for index, cell in filled:
            if type(cell) is str:
                if label is None and _TOTAL_START.match(cell):
                    label = _TOTAL_LABEL.match(_fold_text(cell))
                    if label:
                        continue
                    return False
                if cell.lstrip()[:1] not in _COUNT_FIRST or not _count(cell):
                    return False
            elif type(cell) not in (int, float):
                return False
            if index in self.date_columns and find_dates(cell)[0]:  # « Total Festum » on a date (a serial one too)
                return False
        return label is not None and (len(filled) > 1 or _counts_only(label.group("rest")))

    @staticmethod
    def _folded(cells: list[Any]) -> dict[int, str]:
        return {index: fold(str(cell)) for index, cell in enumerate(cells) if not _blank(cell)}

    def reason(self, line: int, cells: list[Any]) -> tuple[str, str] | None:
        """(kind, reason) of a line that is no record (« ligne de total », « ligne de total, pas un événement : ligne 14
        (« TOTAL » ; 42) »), None for a line that may be one."""
        filled = [(index, cell) for index, cell in enumerate(cells)
                  if cell is not None and (type(cell) is not str or not cell.isspace() and cell)]  # not _blank
        kind = self._kind(line, filled)
        return (kind, f"{kind}, {NOT_AN_EVENT} : ligne {line} ({_preview([cell for _, cell in filled])})") if kind \
            else None

    def _kind(self, line: int, filled: list[tuple[int, Any]]) -> str | None:
        if not filled:
            return None
        if all(type(cell) is str and not any(character.isalnum() for character in cell) for _, cell in filled):
            return "ligne de séparation"
        # An event's row differs from the header from its first cell on, mostly from its first letter: a row is folded
        # only when it may repeat the header
        first, cell = filled[0]
        if (len(filled) > 1 and _first_letter(str(cell)) == self.header.get(first, "")[:1]
                and all(self.header.get(index) == fold(str(cell)) for index, cell in filled)) or (
                len(filled) in self.above_sizes
                and {index: fold(str(cell)) for index, cell in filled} in self.above):
            return "en-tête répété"
        if self._total(filled):
            return "ligne de total"
        if len(filled) == 1:
            index, cell = filled[0]
            if ((line, index) in self.spanning or (type(cell) is str and _period(_fold_text(cell)))
                    or _day_alone(cell, self.edition)):
                return BANNER
            if type(cell) is str and _NOTE.match(cell):
                return "note du tableau"
        return None


# A note typed alone on its line, under or inside a table (« Source : CRESS Bretagne », « Mise à jour le 30/11 »,
# « * sous réserve de modification », « NB : … », « (1) … »): a label followed by a colon, a footnote's mark, or the
# wording of an update or a caveat. « Sources d'énergie » or « Attention aux arnaques » alone stay records.
_NOTE = re.compile(
    r"\s*(?:\*|\(\d{1,2}\)|©|(?:sources?|mise? [aà] jour|derni[eè]re mise [aà] jour|maj|n\.?\s?b\.?|notes?|remarques?"
    r"|l[ée]gende|contact)\s*:|(?:mise? [aà] jour|actualis[ée]e?s?|liste arr[êe]t[ée]e|programme susceptible"
    r"|(?:informations? |donn[ée]es |programme )?sous r[ée]serve)\b)",
    re.IGNORECASE,
)


def _day_alone(cell: Any, edition: int | None) -> bool:
    """Whether a cell names one day and nothing else (« Jeudi 14/11 », « Le 12 novembre : », a date cell alone on its
    line): a day's banner, no event's title."""
    dates, times, rest = find_dates(cell, edition)
    return len(dates) == 1 and not times and all(word in _PERIOD_WORDS for word in _words(_fold_text(rest)))


def _banner_day(cells: list[Any], edition: int) -> str | None:
    """The day a banner names (« Mardi 12 novembre », « 12/11/2019 »), in the edition's year when it gives none; None
    for a month's, a week's or a range's banner (« Novembre », « Semaine du 12 au 16 novembre »)."""
    filled = [cell for cell in cells if not _blank(cell)]
    if len(filled) != 1:
        return None
    dates, times, _ = find_dates(filled[0], edition)
    return dates[0].isoformat() if len(dates) == 1 and not times else None


def read_spreadsheet_snapshot(
    snapshot_dir: Path, *, source: str, edition: int, options: SpreadsheetOptions | Mapping | None = None,
    territories: Territories = NO_TERRITORIES,
) -> tuple[list[RawRecord], list[FileProblem], list[SheetReport]]:
    """Rows of every table of a snapshot as RawRecords, FileProblems, and one SheetReport per table read.

    Options: see SpreadsheetOptions; `territories` names the sheets of an agenda split by département. An
    unreadable file, or a row with more filled cells than headers (a shifted line), is a FileProblem naming the file
    and line; blank rows are skipped. Raises SourceSchemaError when a table lacks a required column.
    """
    options = parse_options(SpreadsheetOptions, options)
    configured = configured_columns(options)
    # An explicit empty list means "none required"; only an absent option takes the default.
    wanted = options.colonnes_obligatoires
    required = list(DEFAULT_REQUIRED if wanted is None else wanted)
    ignored = {fold(name) for name in options.colonnes_ignorees}
    snapshot_dir = Path(snapshot_dir)
    contents, problems = read_snapshot_files(snapshot_dir, PATTERNS, source=source, edition=edition)
    records: list[RawRecord] = []
    reports: list[SheetReport] = []
    position = 0
    for name, raw in contents:
        try:
            if raw.startswith(b"PK\x03\x04"):
                _check_archive(raw)
            if _is_ods(raw):
                tables = _ods_tables(raw, options)
            elif raw.startswith(b"PK\x03\x04"):
                tables = _xlsx_tables(raw, options)
            elif raw.startswith(_OLE2):
                tables = _xls_tables(raw, options)
            else:
                tables = [_csv_table(raw, options)]
        except Exception as exc:  # noqa: BLE001 - openpyxl and csv raise many types on bad files
            detail = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc  # no KeyError quotes
            reason = f"tableau illisible : {type(exc).__name__} : {detail}"
            problems.append(FileProblem(source, edition, name, None, reason))
            continue
        if len(tables) > 1:  # a workbook whose sheet is not configured
            tables, skipped = _data_sheets(tables, options, required,
                                           territories.departements)
            problems += [FileProblem(source, edition, name, None, reason) for reason in skipped]
        for table in tables:
            if not table.rows:
                problems.append(FileProblem(source, edition, name, None, "aucune ligne remplie"))
                continue
            try:
                header_at = _header_index(table.rows, options)
            except ValueError as exc:
                problems.append(FileProblem(source, edition, name, None, str(exc)))
                continue
            header_line, header_cells = table.rows[header_at]
            headers = _headers(header_cells)
            sub_line = _sub_header_line(table.rows, header_at)
            if sub_line is not None:
                headers = _grouped_headers(header_cells, table.rows[header_at + 1][1], options)
            matched = match_columns(headers, options)
            missing = [key for key in required if key not in matched]
            if missing:
                expected = {key: configured.get(key, []) + [key] for key in missing}
                where = name + (f" [{table.sheet}]" if table.sheet else "")
                raise SourceSchemaError(source, where, missing, expected)
            count = 0
            rows = _merged_down(table, header_at)
            layout = _Layout(table, header_at, [headers.index(matched[key]) for key in ("date_debut", "date_fin")
                                                if key in matched], edition)
            # A sheet hidden in its workbook is read only when no visible one holds the agenda (_data_sheets): its rows
            # are then hidden rows; named by the `feuille` option, it is read as any sheet.
            sheet_hidden = table.hidden and (options.feuille is None or _every_sheet(options))
            # A programme typed day by day: a banner naming one day (« Mardi 12 novembre ») dates the rows under it
            # that give no date of their own, until the next banner.
            date_column = headers.index(matched["date_debut"]) if "date_debut" in matched else None
            title_column = headers.index(matched["titre"]) if "titre" in matched else None
            banner_day = None
            for line, cells in rows:
                if line == sub_line:
                    preview = _preview([cell for cell in cells if not _blank(cell)])
                    problems.append(FileProblem(source, edition, name, position,
                                                f"sous-en-tête, {NOT_AN_EVENT} : ligne {line} ({preview})"))
                    position += 1
                    continue
                layout_line = layout.reason(line, cells)
                if layout_line:
                    kind, reason = layout_line
                    problems.append(FileProblem(source, edition, name, position, reason))
                    position += 1
                    if kind == BANNER:
                        banner_day = _banner_day(cells, edition)
                    continue
                if banner_day is not None and date_column is not None and _blank(
                        cells[date_column] if date_column < len(cells) else None):
                    cells = [*cells[:date_column], banner_day, *cells[date_column + 1:]]
                extra = [c for c in cells[len(headers):] if not _blank(c)]
                if extra:
                    problems.append(FileProblem(
                        source, edition, name, position,
                        f"ligne décalée : ligne {line}, {len(headers) + len(extra)} cellules remplies pour "
                        f"{len(headers)} colonnes (un séparateur dans une cellule sans guillemets ?)"))
                    position += 1
                    continue
                payload = {header: (cells[i] if i < len(cells) else None) for i, header in enumerate(headers)}
                record_id = _row_identifier(payload, options, matched)  # the payload's keys are `headers`
                if sheet_hidden or line in table.hidden_rows:
                    how = " (feuille masquée)" if sheet_hidden else " (filtre actif)" if line in table.filtered_rows \
                        else ""
                    payload[HIDDEN_ROW] = f"{HIDDEN_MOTIF}{how} : ligne {line} de la feuille « {table.sheet} »"
                elif table.struck and _struck_through(table.struck, line, cells, title_column):
                    payload[STRUCK_ROW] = f"ligne {line} de la feuille « {table.sheet} » barrée"
                records.append(RawRecord(source, edition, record_id, position, name, payload))
                position += 1
                count += 1
            used = set(matched.values())
            reports.append(SheetReport(
                source=source, edition=edition, file=name, sheet=table.sheet, encoding=table.encoding,
                delimiter=table.delimiter, header_row=header_line, rows=count, columns=tuple(headers),
                matched=matched, vanished=tuple(key for key in configured if key not in matched),
                appeared=tuple(h for h in headers if h not in used and fold(h) not in ignored
                               and not h.startswith("colonne_")),
                uncalculated=tuple(f"{headers[column - 1]} ligne {row}" for row, column in sorted(table.uncalculated)
                                   if row > header_line and column <= len(headers)),
            ))
    return records, problems, reports


def _struck_through(struck: frozenset[tuple[int, int]], line: int, cells: Sequence[Any],
                    title_column: int | None) -> bool:
    """Whether the row at `line` is struck through: its title cell (0-based `title_column`), or every filled
    cell."""
    if title_column is not None and (line, title_column + 1) in struck:
        return True
    filled = [column for column, value in enumerate(cells, start=1) if not _blank(value)]
    return bool(filled) and all((line, column) in struck for column in filled)


def _status(value: Any) -> str | None:
    """The schema status a status cell writes (_STATUS_WORDS), None when it gives none."""
    if _blank(value):
        return None
    folded = fold(str(value))
    return next((status for pattern, status in _STATUS_WORDS if pattern.search(folded)), None)


# --------------------------------------------------------------------------------------- dates, times


def _fold_text(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split())


def _clock_text(folded: str) -> str:
    """`folded` with its hours in words, on a 12-hour clock, with a point, in four digits or as a range's bare start
    written as French hours (_NOON_MIDNIGHT, _TWELVE_HOUR, _DOTTED_CLOCK, _COMPACT_RANGE, _BARE_START)."""
    if "mi" in folded:
        folded = _NOON_MIDNIGHT.sub(lambda match: "12h" if match.group(1) == "midi" else "0h", folded)
    if "m" in folded:
        folded = _TWELVE_HOUR.sub(lambda match: f"{int(match.group(1)) % 12 + (12 if match.group(3) == 'p' else 0)}h"
                                                f"{match.group(2) or ''}", folded)
    if "." in folded:
        folded = _DOTTED_CLOCK.sub(r"\1h\2", folded)
    if "-" in folded:
        folded = _COMPACT_RANGE.sub(_compact_range, folded)
    if "h" in folded:
        folded = _BARE_START.sub(_bare_start, folded)
    return folded


def _bare_start(match: re.Match) -> str:
    start, end = int(match.group(1)), int(match.group(3))
    plausible = _EARLIEST_BARE_START <= start < end <= start + 16 or (start >= 18 and end < _NIGHT_ENDS.hour)
    if plausible and _BARE_START_AFTER.search(match.string[:match.start()]):
        return f"{match.group(1)}h{match.group(2)}"
    return match.group(0)


def _compact_range(match: re.Match) -> str:
    start, end = (int(match.group(1)), int(match.group(2))), (int(match.group(3)), int(match.group(4)))
    return f"{start[0]}h{start[1]:02d}-{end[0]}h{end[1]:02d}" if start < end else match.group(0)


def _year(text: str | None, hint: int | None) -> int | None:
    if not text:
        return hint
    year = int(text)
    return year if year >= 100 else 2000 + year if year < 70 else 1900 + year


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Date and hour cells repeat from row to row: each distinct text (with its year hint) is read once.
@functools.lru_cache(maxsize=1 << 14)
def _dates_of_text(text: str, year_hint: int | None, month_first: bool) -> tuple[tuple[date, ...], tuple[clock, ...],
                                                                                str]:
    dates, times, rest = _find_dates(text, year_hint, month_first)
    return tuple(dates), tuple(times), rest


def find_dates(text: Any, year_hint: int | None = None, month_first: bool = False
               ) -> tuple[list[date], list[clock], str]:
    """(dates, times from ISO date-times, rest of the text) of a French date cell.

    Reads "12 novembre 2019", "mardi 1er nov. 2019", "12-nov.-19", "12/11/2019", "12/11/19", "12-11-2019",
    "2019-11-12", "2019/11/12", "2019-11-12 14:30", Excel serial numbers, and days of one month "du 12 au 14
    novembre 2019", "12, 13 et 14 nov.", "12 et 13/11/2019".
    A date without year takes `year_hint`; an impossible date is ignored. With `month_first` (a table whose dates
    are written month first: see month_first_table), « 11/12/2019 » is 12 November.
    """
    if type(text) is str and (year_hint is None or type(year_hint) is int):
        dates, times, rest = _dates_of_text(text, year_hint, bool(month_first))
        return list(dates), list(times), rest
    return _find_dates(text, year_hint, month_first)


def _find_dates(text: Any, year_hint: int | None, month_first: bool = False) -> tuple[list[date], list[clock], str]:
    if isinstance(text, datetime):
        return [text.date()], [text.time()] if text.time() != clock(0) else [], ""
    if isinstance(text, date):
        return [text], [], ""
    folded = _fold_text(text) if text is not None else ""
    basic = _BASIC_ISO.fullmatch(folded)
    if basic:  # « 20191112 », « 20191112T1430 »: the ISO 8601 basic form, as some exports write dates
        folded = "{}-{}-{}".format(*basic.group(1, 2, 3)) + (f" {basic.group(4)}:{basic.group(5)}" if basic.group(4)
                                                            else "")
    if _EXCEL_SERIAL.fullmatch(folded) and 20000 < float(folded.replace(",", ".")) < 80000:
        # To the second: a time of day is a binary fraction (14:00 is 0.58333…, read back 13:59:59.997)
        moment = datetime(1899, 12, 30) + timedelta(seconds=round(float(folded.replace(",", ".")) * 86400))
        return [moment.date()], [moment.time()] if moment.time() != clock(0) else [], ""
    found: list[tuple[int, date]] = []
    times: list[clock] = []
    weekday_days = []
    if "di" in folded or "day" in folded:  # every weekday's name holds one or the other
        weekday_days = list(_WEEKDAY_DAY.finditer(folded)) if year_hint is not None else []
        folded = " ".join(_WEEKDAY.sub(" ", folded).split())
    for pattern, month_of in ((_DAY_RANGE, MONTHS.__getitem__), (_NUMERIC_DAY_RANGE, int)):
        for match in pattern.finditer(folded):
            year, month = _year(match.group(3), year_hint), month_of(match.group(2))
            for day in re.finditer(r"\d+", match.group(1)):
                moment = _safe_date(year, month, int(day.group()))
                if moment:
                    found.append((match.start(1) + day.start(), moment))
        folded = pattern.sub(" ", folded)
    for match in _ISO_DATE.finditer(folded):
        moment = _safe_date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if moment:
            found.append((match.start(), moment))
            if match.group(5):
                times.append(clock(int(match.group(5)) % 24, int(match.group(6))))
    folded = _ISO_DATE.sub(" ", folded)
    for match in _NUMERIC_DATE.finditer(folded):
        day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
            match.group(4), match.group(5), match.group(6))
        moment = _safe_date(_year(year, year_hint), int(month), int(day))
        if match.group(1):
            # An English-language export writes the month first (« 11/25/2019 », « 11/5/2019 »): read so in a table
            # written so, or when the day-first reading is impossible, or falls outside the autumn when the
            # month-first one is a November day.
            swapped = _safe_date(_year(year, year_hint), int(day), int(month))
            if swapped and (month_first or moment is None
                            or (moment.month not in (10, 11, 12) and swapped.month == 11)):
                moment = swapped
        if moment:
            found.append((match.start(), moment))
    folded = _NUMERIC_DATE.sub(" ", folded)
    for match in _MONTH_DAY.finditer(folded):
        moment = _safe_date(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)))
        if moment:
            found.append((match.start(), moment))
    folded = _MONTH_DAY.sub(" ", folded)
    for match in _TEXT_DATE.finditer(folded):
        moment = _safe_date(_year(match.group(3) or match.group(4), year_hint), MONTHS[match.group(2)],
                            int(match.group(1)))
        if moment:
            found.append((match.start(), moment))
    folded = _TEXT_DATE.sub(" ", folded)
    if not found and year_hint is not None and "." in folded:
        for match in _DOTTED_DAY.finditer(folded):
            moment = _safe_date(year_hint, int(match.group(2)), int(match.group(1)))
            if moment:
                found.append((match.start(), moment))
        if found:  # the days read, not an hour with a point (« 12.11 18.30 »)
            folded = _DOTTED_DAY.sub(lambda match: " " if _safe_date(year_hint, int(match.group(2)),
                                                                     int(match.group(1))) else match.group(0), folded)
    if not found and weekday_days:
        found = _weekday_days(weekday_days, year_hint)
        if found:  # the days' numbers read, not left for an hour
            numbers = "|".join(re.escape(match.group(2)) for match in weekday_days)
            folded = " ".join(re.sub(rf"(?<!\d)(?:{numbers})(?:er)?(?!\d)", " ", folded,
                                     count=len(weekday_days)).split())
    return [moment for _, moment in sorted(found, key=lambda item: item[0])], times, folded


def _weekday_days(matches: list[re.Match], edition: int) -> list[tuple[int, date]]:
    """(position, day) of each « mardi 12 » (_WEEKDAY_DAY) written without its month: the one day of the edition's
    window that is a Tuesday the 12th (12 November 2019); none when two are, or none (a typo in the weekday or the
    number)."""
    first, after = edition_window(edition)
    window = [first + timedelta(days=offset) for offset in range((after - first).days)]
    found = []
    for match in matches:
        number, weekday = int(match.group(2).removesuffix("er")), _WEEKDAYS.index(match.group(1))
        matching = [day for day in window if day.day == number and day.weekday() == weekday]
        if len(matching) == 1:
            found.append((match.start(), matching[0]))
    return found


# Cells readable only month first that make a table month first: one alone is a French cell's typo.
MONTH_FIRST_SIGNS = 2


def month_first_table(*date_columns: Sequence[Any]) -> bool:
    """Whether a table's date cells are written month first, as an English-language export writes them: at least
    MONTH_FIRST_SIGNS of its slashed dates can only be read so (« 11/25/2019 ») and none only day first
    (« 25/11/2019 »). Its ambiguous dates (« 11/12/2019 ») are then read month first too; a table without such signs
    keeps French day-first dates (one cell alone is a typo: « 05/11/2019 » stays 5 November beside it)."""
    month_only, day_only = 0, False
    for text in {cell for column in date_columns for cell in column if type(cell) is str and "/" in cell}:
        signs = [(int(match.group(1)), int(match.group(2))) for match in _NUMERIC_DATE.finditer(text) if match.group(1)]
        month_only += any(first <= 12 < second <= 31 for first, second in signs)
        day_only |= any(second <= 12 < first <= 31 for first, second in signs)
    return month_only >= MONTH_FIRST_SIGNS and not day_only


def find_times(text: Any) -> list[clock]:
    """Clock times in a cell: "14h", "14h30", "14 h 30", "14:30"; a range gives two ("de 14h à 17h30")."""
    if type(text) is str:
        return list(_times_of_text(text))
    return _find_times(text)


@functools.lru_cache(maxsize=1 << 14)
def _times_of_text(text: str) -> tuple[clock, ...]:
    return tuple(_find_times(text))


def _day_fraction(cell: Any) -> clock | None:
    """The time of day a cell holding a fraction of a day gives (« 0,583333 », 0.75: Excel's number for 14:00, 18:00),
    to the second; None for any other cell."""
    if type(cell) is float and 0 < cell < 1:
        fraction = cell
    elif type(cell) is str and _DAY_FRACTION.fullmatch(cell.strip()):
        fraction = float(cell.strip().replace(",", "."))
    else:
        return None
    seconds = round(fraction * 86400)
    return clock(seconds // 3600, seconds // 60 % 60, seconds % 60) if 0 < seconds < 86400 else None


def _find_times(text: Any) -> list[clock]:
    if text is None:
        return []
    if isinstance(text, clock):
        return [text]
    if isinstance(text, datetime):
        return [text.time()]
    fraction = _day_fraction(text)
    if fraction is not None:
        return [fraction]
    folded = _clock_text(_fold_text(text))
    if re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", folded):
        return [clock.fromisoformat(folded)]
    return [clock(int(h), int(m or 0)) for h, m in _TIME.findall(folded)]


def _hours(text: Any) -> tuple[clock | None, clock | None]:
    """(start, end) of an hours text: the first range's start and the last range's end ("9h-12h / 14h-17h" runs
    from 9h to 17h); else the first time given, the doors' only when it is the only one, and the time that
    only ends ("jusqu'a 17h": an end, no start), else a second time; (None, None) without a time."""
    if text is None or isinstance(text, (clock, datetime)) or _day_fraction(text) is not None:
        times = find_times(text)
        return (times[0] if times else None), None
    folded = _clock_text(_fold_text(text))
    ranges = _TIME_RANGE.findall(folded)
    if ranges:
        return find_times(ranges[0][0])[0], find_times(ranges[-1][1])[0]
    ends = [find_times(t)[0] for t in _END_ONLY.findall(folded)]
    rest = _END_ONLY.sub(" ", folded)
    doors = [find_times(t)[0] for t in _DOORS.findall(rest)]
    times = find_times(_DOORS.sub(" ", rest)) or doors
    start = times[0] if times else None
    end = ends[-1] if ends else times[1] if len(times) > 1 else None
    return start, end


# The part of the day an hours cell names in words when it gives no hour (« Après-midi », « Matinée », « En soirée »,
# « Toute la journée »): no time to publish, but the merge tells by it a morning's copy from the afternoon session of
# the same title (records.DAY_PARTS). A half day (« demi-journée ») names no part.
_DAY_PART_WORDS = (
    ("journee", re.compile(r"(?<!demi-)(?<!demi )\b(?:toute? (?:la )?journee|journee(?: entiere| complete)?)\b")),
    ("matin", re.compile(r"\bmatin(?:ee|s)?\b")),
    ("apres_midi", re.compile(r"\bapres[- ]?midi\b|\baprem\b")),
    ("midi", re.compile(r"(?<!apres-)(?<!apres )\bmidi\b|\bdejeuner\b|\bpause meridienne\b")),
    ("soir", re.compile(r"\bsoir(?:ee|s)?\b|\bnocturne\b")),
)


def day_part(start: Any, *cells: Any) -> str | None:
    """The part of the day (records.DAY_PARTS) the first of `cells` naming one names, for a `start` without its time (a
    morning and an afternoon: the whole day); None when the start has its time, when no cell names a part, or when the
    first names several."""
    if type(start) is not str or len(start) != 10:
        return None
    for cell in cells:
        if type(cell) is not str:
            continue
        folded = _fold_text(cell)
        named = {part for part, words in _DAY_PART_WORDS if words.search(folded)}
        if named == {"matin", "apres_midi"}:
            return "journee"
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _without_year(cell: Any, day: date, month_first: bool = False) -> bool:
    """Whether `day`, read from `cell` with a year hint, is written there without its year."""
    return type(cell) is str and day not in find_dates(cell, None, month_first)[0]


def _year_after(day: date) -> date:
    """`day` one year later (a 29 February, the 28th)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _zoned(cell: Any) -> str | None:
    """The cell when it is a full ISO 8601 date-time with its offset (« 2019-11-06T13:30:00Z »), else None."""
    if type(cell) is str and _ZONED_DATE_TIME.fullmatch(cell.strip()):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(cell.strip().replace(" ", "T")).isoformat()
    return None


def _exported_day(zoned: str) -> str | None:
    """The day of a zoned date-time (_zoned) that is a date exported through an offset, not a time: midnight in its
    own offset (« 2019-11-12T00:00:00.000Z », what JavaScript writes of the date « 2019-11-12 ») or in Paris
    (« 2019-11-11T23:00:00.000Z », a day picked in a French form and stored in UTC); else None."""
    moment = datetime.fromisoformat(zoned)
    for local in (moment, moment.astimezone(PARIS)):
        if local.time() == clock(0):
            return local.date().isoformat()
    return None


def _on_clock(moment: str | None, zone: tzinfo) -> str | None:
    """A date-time read without an offset (parse_schedule) given `zone`'s; a day, a zoned date-time or a cell
    left as written, as it is."""
    if moment is None or "T" not in moment:
        return moment
    try:
        read = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    return moment if read.tzinfo is not None else read.replace(tzinfo=zone).isoformat()


# The clocks a cell may name beside its hours: a national webinar's form writes one moment on several of them
# (« 14h (heure de Paris) / 17h (heure de La Réunion) », « 18h Martinique (23h Paris) », « 14:00 UTC+4 »). « réunion »
# is also a meeting: only « La Réunion », « (Réunion) » and « réunionnais » name the island.
_HOUR_OF = r"(?i:\bheures?\s+(?:de\s+|d'|en\s+)?)?"  # « heure de » before a territory's name
_NAMED_CLOCK = re.compile(
    r"(?P<utc>(?i:\b(?:utc|gmt)(?:\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?(?![\w+\-])))"
    r"|(?P<paris>(?i:\bheure\s+(?:de\s+Paris|fran[cç]aise|de\s+France|(?:de\s+(?:la\s+)?)?m[ée]tropole"
    r"|m[ée]tropolitaine|(?:de\s+l')?hexagon(?:e|ale))\b|\bParis\b|\bm[ée]tropole\b|\bhexagone\b))"
    rf"|{_HOUR_OF}(?:(?P<reunion>\b[Ll]a\s+R[ée]union\b|\(\s*R[ée]union\s*\)|(?i:\br[ée]unionnaise?\b))"
    r"|(?P<martinique>(?i:\bmartinique\b|\bantilles\b))|(?P<guadeloupe>(?i:\bguadeloupe\b))"
    r"|(?P<guyane>(?i:\bguyane\b))|(?P<mayotte>(?i:\bmayotte\b)))")
_NAMED_ZONES = {"paris": PARIS, "reunion": ZoneInfo("Indian/Reunion"), "martinique": ZoneInfo("America/Martinique"),
                "guadeloupe": ZoneInfo("America/Guadeloupe"), "guyane": ZoneInfo("America/Cayenne"),
                "mayotte": ZoneInfo("Indian/Mayotte")}


# A word every clock name holds: nearly no cell has one, and this is searched faster than _NAMED_CLOCK.
_CLOCK_WORD = re.compile(r"utc|gmt|paris|r[ée]union|martinique|antilles|guadeloupe|guyane|mayotte|m[ée]trop|hexagon",
                         re.IGNORECASE)
# What parts a cell giving its hours on several clocks: « 14h (heure de Paris) / 17h (heure de La Réunion) ».
_CLOCK_PARTS = re.compile(r"\s/\s|[();,|]|\bsoit\b|\bou\b")


def _first_named_clock(cell: Any) -> tuple[Any, tzinfo | None]:
    """(the cell with only the first hours it gives, the clock it names for them) when it names a clock (_NAMED_CLOCK),
    else (the cell, None). The clock's name is in the part of the cell that gives those hours or, alone in its part,
    just after it (« 14h (heure de Paris) / 17h (heure de La Réunion) ») or before it (« heure de Paris : 14h ; … »);
    hours named by no clock are the place's (« 14h (11h en Guyane) »: None, and 14h alone)."""
    if type(cell) is not str or not _CLOCK_WORD.search(cell) or not _NAMED_CLOCK.search(cell):
        return cell, None
    pieces = _CLOCK_PARTS.split(cell)
    named = [_NAMED_CLOCK.search(piece) for piece in pieces]
    unnamed = [_NAMED_CLOCK.sub(" ", piece) for piece in pieces]  # the clocks' names taken out (« UTC+05:30 »)
    timed = [bool(find_times(piece)) for piece in unnamed]
    if True not in timed:
        return cell, None
    chosen = timed.index(True)
    found = named[chosen]
    if found is None:  # a name alone in its part names the hours beside it
        after = next((k for k in range(chosen + 1, len(pieces)) if pieces[k].strip()), None)
        before = next((k for k in range(chosen - 1, -1, -1) if pieces[k].strip()), None)
        found = next((named[k] for k in (after, before) if k is not None and named[k] and not timed[k]), None)
    kept = " ".join(piece for k, piece in enumerate(unnamed) if k == chosen or not timed[k])
    return kept, None if found is None else _clock_named(found)


def _clock_named(found: re.Match) -> tzinfo | None:
    """The zone or the offset a _NAMED_CLOCK match names (None for an offset no place has)."""
    if found.group("utc") is None:
        return _NAMED_ZONES[found.lastgroup]
    sign = -1 if found.group("sign") in ("-", "−") else 1
    offset = timedelta(hours=int(found.group("hours") or 0), minutes=int(found.group("minutes") or 0))
    return timezone(sign * offset) if offset < timedelta(hours=15) else None


def parse_schedule(
    date_cell: Any,
    *,
    end_date_cell: Any = None,
    hours_cell: Any = None,
    start_time_cell: Any = None,
    end_time_cell: Any = None,
    year_hint: int | None = None,
    month_first: bool = False,
) -> tuple[str | None, str | None]:
    """(date_debut, date_fin) as ISO text from French spreadsheet cells; naive times are the place's local time. A
    date-time cell with its offset (an export from a database: « 2019-11-06T13:30:00Z ») is kept with it; hours given
    on named clocks (« 14h (heure de Paris) / 17h (heure de La Réunion) ») are those of the first, on its clock.

    Dates without times give "YYYY-MM-DD"; with a start time "YYYY-MM-DDTHH:MM:SS". Times come from
    the date cell ("12/11/2019 14h-17h30"), else `hours_cell` ("de 14h à 17h30"), else the start and
    end time cells. An end time before the start time ends the next day. An unreadable date cell is
    returned as written, so the normaliser quarantines it with its text. `month_first`: see find_dates.
    """
    hour_cells = [date_cell, hours_cell, start_time_cell]
    for position, cell in enumerate(hour_cells):
        part, named = _first_named_clock(cell)
        if part is not cell:  # the hours on the first clock the cells name, on that clock (else the place's)
            hour_cells[position] = part
            start, end = _local_schedule(hour_cells[0], end_date_cell, hour_cells[1], hour_cells[2], end_time_cell,
                                         year_hint, month_first)
            return (_on_clock(start, named), _on_clock(end, named)) if named is not None else (start, end)
    zoned_start, zoned_end = _zoned(date_cell), _zoned(end_date_cell)
    # A zoned date exported as such reads as its day, with the sheet's hours
    if zoned_start and (day := _exported_day(zoned_start)):
        date_cell, zoned_start = day, None
    if zoned_end and (day := _exported_day(zoned_end)):
        end_date_cell, zoned_end = day, None
    start, end = _local_schedule(date_cell, end_date_cell, hours_cell, start_time_cell, end_time_cell, year_hint,
                                 month_first)
    return zoned_start or start, zoned_end or end


def _local_schedule(date_cell: Any, end_date_cell: Any, hours_cell: Any, start_time_cell: Any, end_time_cell: Any,
                    year_hint: int | None, month_first: bool = False) -> tuple[str | None, str | None]:
    """parse_schedule of cells read as local times."""
    dates, times, rest = find_dates(date_cell, year_hint, month_first)
    if not dates:
        text = None if _blank(date_cell) else str(date_cell).strip()
        return text, None if _blank(end_date_cell) else str(end_date_cell).strip()
    start_day = dates[0]
    end_day = dates[-1] if len(dates) > 1 else None  # "12, 13 et 14 novembre": the last day listed
    if end_day is not None and end_day < start_day and _without_year(date_cell, end_day, month_first):
        end_day = _year_after(end_day)  # « du 25/11 au 15/01 »: the January after
    if not _blank(end_date_cell):
        end_dates, end_times, end_rest = find_dates(end_date_cell, year_hint or start_day.year, month_first)
        if end_dates:
            end_day = end_dates[0]
            if end_day < start_day and _without_year(end_date_cell, end_day, month_first):
                end_day = _year_after(end_day)
        times_end = end_times or find_times(end_rest)
    else:
        times_end = []
    # An ISO date-time in the date cell, unless it is a date exported as a date-time (« 2019-11-12 00:00:00 », what
    # pandas or a database writes of a date) beside the hours the sheet gives in their own column.
    stated = None if times and list(times) != [clock(0)] else \
        next((_hours(cell) for cell in (rest, hours_cell) if find_times(cell)), None) or _hours(start_time_cell)
    if times and stated in (None, (None, None)):
        start_time, end_time = times[0], times[1] if len(times) > 1 else None
    else:
        start_time, end_time = stated
    end_time = end_time or (times_end[0] if times_end else None) or next(iter(find_times(end_time_cell)), None)
    if start_time == clock(0) and end_time is None:
        start_time = None  # « 12/11/2019 00:00 »: a date cell exported as a date-time, as _find_dates reads a datetime
    if start_time is None:  # "jusqu'à 17h": the end, not the start
        return start_day.isoformat(), datetime.combine(end_day or start_day, end_time).isoformat() \
            if end_time is not None else (end_day.isoformat() if end_day else None)
    start = datetime.combine(start_day, start_time)
    if end_time is None:
        return start.isoformat(), end_day.isoformat() if end_day else None
    end = datetime.combine(end_day or start_day, end_time)
    if end < start and end_day is None:
        if end_time >= _NIGHT_ENDS:  # not a night's end: an earlier time of the same day (the doors' …)
            return start.isoformat(), None
        end += timedelta(days=1)  # "20h-1h": the night goes on
    return start.isoformat(), end.isoformat()


# ------------------------------------------------------------------------------------------------ map


def _normalised(value: Any) -> str:
    # A blank text gives "" through the join as well (str.split and str.strip take the same white space).
    return " ".join(str(value).split()).casefold() if value is not None else ""


# The identity's JSON text, as json.dumps(identity, ensure_ascii=False) writes it, without a new encoder each row.
_IDENTITY_JSON = json.JSONEncoder(ensure_ascii=False)


def row_identifier(payload: Mapping[str, Any], options: SpreadsheetOptions | Mapping | None = None) -> str:
    """The row's id: its `identifiant` cell when mapped and filled, else `l` + 16 hex of its identity hash."""
    options = parse_options(SpreadsheetOptions, options)
    return _row_identifier(payload, options, match_columns(payload.keys(), options))


def _row_identifier(payload: Mapping[str, Any], options: SpreadsheetOptions, matched: dict[str, str]) -> str:
    if "identifiant" in matched and not _blank(payload.get(matched["identifiant"])):
        value = payload[matched["identifiant"]]
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    keys = list(options.colonnes_identite or DEFAULT_IDENTITY)
    identity = [[key, _normalised(payload.get(matched[key]))] for key in keys if key in matched]
    if not any(value for _, value in identity):  # nothing identifying: the whole row
        identity = sorted([fold(header), _normalised(value)] for header, value in payload.items())
    digest = hashlib.sha256(_IDENTITY_JSON.encode(identity).encode("utf-8")).hexdigest()
    return "l" + digest[:16]


def _split(value: Any, separators: Sequence[str]) -> list[str]:
    if _blank(value):
        return []
    if type(value) is str:  # multi-valued cells repeat from row to row: each distinct text is split once
        return list(_split_text(value, tuple(separators)))
    return list(_split_text(str(value), tuple(separators)))


@functools.lru_cache(maxsize=1 << 14)
def _split_text(text: str, separators: tuple[str, ...]) -> tuple[str, ...]:
    parts = [text]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    return tuple(" ".join(part.split()) for part in parts if part.strip())


def _scalar(value: Any) -> str | None:
    if isinstance(value, str):
        # str.split() and str.strip() take the same characters for white space: "" exactly when _blank(value)
        return " ".join(value.split()) or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _place_cells(venue: Any, address: Any, postal_code: Any, town: Any) -> tuple[str | None, ...]:
    """(lieu, adresse, code_postal, commune) of a row. A « Lieu » cell holding the venue and its address, with the
    address cell empty (on several lines, as Alt+Entrée types them, or as comma pieces: « Grand Palais\n1 bd des
    Cités Unies\n59800 Lille »), gives them apart as an iCalendar LOCATION is read (split_venue, split_location);
    an address alone in it (« 16 rue Briand\n62000 Arras ») is the address. The postal code and commune read there
    only fill the row's empty cells. Anything else is the cells as given."""
    cells = tuple(map(_scalar, (venue, address, postal_code, town)))
    if cells[0] is None or cells[1] is not None or not isinstance(venue, str):
        return cells
    text = location_lines(venue.strip())
    name, rest = split_venue(text)
    found_code, found_town = split_location(rest)
    if name is None and found_code is None:
        return cells
    return _scalar(name), _scalar(rest), cells[2] or found_code, cells[3] or found_town


def map_spreadsheet_event(payload: dict, options: SpreadsheetOptions | Mapping | None = None,
                          edition: int | None = None, month_first: bool = False) -> dict:
    """Candidate fields of one spreadsheet row, through the source's column mapping; `edition` is the year
    given to dates written without one ("12 novembre"), `month_first` whether its table writes its dates month first
    (month_first_table). Multi-valued cells (categories, thematiques, publics, co_organisateurs) are split on
    `separateurs`. Raises RecordRejected for a row hidden in its workbook, and for a start written without its year
    outside the edition's window (_schedule)."""
    hidden = payload.get(HIDDEN_ROW) if type(payload) is dict else None
    if hidden:
        raise RecordRejected("enregistrement", str(hidden))
    options = parse_options(SpreadsheetOptions, options)
    matched = match_columns(payload.keys(), options)
    separators = list(options.separateurs or DEFAULT_SEPARATORS)
    cell = {key: payload.get(header) for key, header in matched.items()}.get  # None for a key with no column

    year_hint = int(edition) if edition is not None else None
    start, end = _schedule(cell("date_debut"), cell("date_fin"), cell("horaires"), cell("heure_debut"),
                           cell("heure_fin"), year_hint, month_first, _sheet_clock(options))
    updated = cell("date_mise_a_jour")
    updated_dates, _, _ = find_dates(updated, year_hint, month_first) if not _blank(updated) else ([], [], "")
    insee = _scalar(cell("code_insee"))
    if insee and re.fullmatch(r"\d{4}", insee):
        insee = "0" + insee  # a number-typed cell lost the leading zero
    candidate = {
        "source_identifiant": _row_identifier(payload, options, matched),
        "titre": _scalar(cell("titre")),
        "description": None if _blank(cell("description")) else str(cell("description")),
        "date_debut": start,
        "date_fin": end,
        "type_evenement": _scalar(cell("type_evenement")),
        "modalite": _scalar(cell("modalite")),
        "organisateur": _scalar(cell("organisateur")),
        "organisateur_famille": _scalar(cell("organisateur_famille")),
        **dict(zip(_PLACE_KEYS, _place_cells(*map(cell, _PLACE_KEYS)), strict=True)),
        "latitude": cell("latitude"),
        "longitude": cell("longitude"),
        "url": _scalar(cell("url")),
        "date_mise_a_jour": updated_dates[0].isoformat() if updated_dates else _scalar(updated),
        "code_insee": insee,
        "region_source": _scalar(cell("region_source")),
        "nombre_seances": sessions_listed(cell("date_debut"), int(edition) if edition is not None else None,
                                          month_first),
        "statut": _status(cell("statut")),
        "moment_journee": day_part(start, cell("horaires"), cell("heure_debut"), cell("date_debut")),
    }
    struck = payload.get(STRUCK_ROW)
    if struck:
        candidate.update(statut="annule", annulation=str(struck))
    for key in MULTI_KEYS:
        candidate[key] = _split(cell(key), separators)
    if "co_organisateurs" not in matched:
        candidate["co_organisateurs"] = None  # no such column: unknown, not "no co-organiser"
    return candidate


# ------------------------------------------------------------------------------------ map, column by column

_SCALAR_KEYS = ("titre", "type_evenement", "modalite", "organisateur", "organisateur_famille", "url", "region_source")
_PLACE_KEYS = ("lieu", "adresse", "code_postal", "commune")  # read together (_place_cells)
_FAILED = object()  # a cell whose reading raised, or that is no scalar: its row goes through map_spreadsheet_event
_MISSING = object()


def _cell_key(value: Any) -> Any:
    """A dict key for a cell read by a pure function: its type with it (1, 1.0 and True read differently), a float
    by its repr (0.0 and -0.0 are equal but write differently). Raises TypeError for a list or a dict."""
    kind = type(value)
    if kind is float:
        return kind, repr(value)
    hash(value)
    return kind, value


# Cells of these types are told apart by equality alone when a column holds one of them (and None, equal to nothing
# else): the column is then read with dict.fromkeys and map, in C.
_PLAIN_KINDS = frozenset({str, int, bool})


def _by_cell(values: list, function: Any, failed: bytearray, plain: bool | None = None) -> list:
    """[function(value) for value in values], once per distinct cell (_cell_key); a value that raises or has no key
    marks its row in `failed` (its result is then _FAILED). `plain`: the values are known to be told apart by
    equality (see _by_row)."""
    if plain or _plain(values):
        done = dict.fromkeys(values)
        for value in done:
            try:
                done[value] = function(value)
            except Exception:  # noqa: BLE001 - map_spreadsheet_event raises it again, for that row alone
                done[value] = _FAILED
        results = list(map(done.__getitem__, values))
        if _FAILED in list(done.values()):  # results are texts, tuples of texts or None: == is identity for _FAILED
            for row, result in enumerate(results):
                if result is _FAILED:
                    failed[row] = 1
        return results
    done = {}
    results = []
    for row, value in enumerate(values):
        try:
            key = _cell_key(value)
        except TypeError:
            failed[row] = 1
            results.append(_FAILED)
            continue
        result = done.get(key, _MISSING)
        if result is _MISSING:
            try:
                result = function(value)
            except Exception:  # noqa: BLE001 - map_spreadsheet_event raises it again, for that row alone
                result = _FAILED
            done[key] = result
        if result is _FAILED:
            failed[row] = 1
        results.append(result)
    return results


def _plain(values: list) -> bool:
    kinds = set(map(type, values))
    kinds.discard(type(None))
    return len(kinds) <= 1 and kinds <= _PLAIN_KINDS


def _by_row(columns: list[list], function: Any, failed: bytearray) -> list:
    """[function(*row) for row in zip(*columns)], once per distinct row of cells (each column's cells told apart
    as _by_cell does); a row that raises or holds a cell without key is marked in `failed`."""
    if all(map(_plain, columns)):  # rows of plain cells, one type per column: equal rows hold equal cells
        return _by_cell(list(zip(*columns, strict=True)), lambda row: function(*row), failed, plain=True)
    keys = []
    for row, cells in enumerate(zip(*columns, strict=True)):
        try:
            keys.append(tuple(map(_cell_key, cells)))
        except TypeError:
            failed[row] = 1
            keys.append(None)
    done: dict = {}
    for row, key in enumerate(keys):
        if key is not None and key not in done:
            try:  # the row's own cells: equal keys are equal cells of one type (a float by its repr)
                done[key] = function(*(column[row] for column in columns))
            except Exception:  # noqa: BLE001 - map_spreadsheet_event raises it again, for that row alone
                done[key] = _FAILED
    results = [done[key] if key is not None else _FAILED for key in keys]
    for row, result in enumerate(results):
        if result is _FAILED:
            failed[row] = 1
    return results


# A range of days (« du 12 au 14 », « 12-14/11 ») rather than days listed apart.
# What joins the first and the last day of one event (folded text): « du … au », « jusqu'au », a dash; « à », an arrow
# or « > » after a day and before a day (« 12/11 → 15/11 », « 12 novembre à vendredi 15 novembre »; not « 15/11 à
# 18h »).
_RANGE_MARK = re.compile(r"\b(?:du|au|jusqu)\b|(?<=\d)\s*-\s*(?=\d)|(?<=[\da-z.])\s*(?:\ba\b|->|=>|[>→⇒])\s*"
                         r"(?=(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{1,2}(?:er)?"
                         r"(?:[/.]\d| (?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)))")


def sessions_listed(date_cell: Any, year_hint: int | None, month_first: bool = False) -> int | None:
    """The number of days a date cell lists apart (« 5 et 19 novembre 2019 », « 12/11/2019 et 19/11/2019 »): that
    many sessions, as OpenAgenda counts its timings, between the first start and the last end; None for one day or
    a range of days (« du 12 au 14 novembre »), which say nothing of sessions."""
    if type(date_cell) is not str:
        return None
    days = len(set(find_dates(date_cell, year_hint, month_first)[0]))
    return days if days > 1 and not _RANGE_MARK.search(_fold_text(date_cell)) else None


def _sheet_clock(options: SpreadsheetOptions) -> tzinfo | None:
    """The zone of the sheet's hours written without an offset (`fuseau`), None for the place's."""
    return ZoneInfo(options.fuseau) if options.fuseau else None


def _schedule(date_cell: Any, end_date_cell: Any, hours_cell: Any, start_time_cell: Any, end_time_cell: Any,
              year_hint: int | None, month_first: bool = False,
              zone: tzinfo | None = None) -> tuple[str | None, str | None]:
    """parse_schedule of a row's cells, its hours written without an offset on `zone`'s clock when given; raises
    RecordRejected when the start is written without its year and, read in the edition's year (`year_hint`), falls
    outside the edition's window (sources.base.edition_window)."""
    schedule = parse_schedule(date_cell, end_date_cell=end_date_cell, hours_cell=hours_cell,
                              start_time_cell=start_time_cell, end_time_cell=end_time_cell, year_hint=year_hint,
                              month_first=month_first)
    if zone is not None:
        schedule = (_on_clock(schedule[0], zone), _on_clock(schedule[1], zone))
    if year_hint is not None and type(date_cell) is str:
        dates = find_dates(date_cell, year_hint, month_first)[0]
        if dates and _without_year(date_cell, dates[0], month_first):
            first, after = edition_window(year_hint)
            if not first <= dates[0] < after:
                # A day far from November with no year is no day of this edition known for sure (another year's,
                # day and month swapped): quarantined as a start outside the edition is (normalize_candidate).
                raise RecordRejected("date_debut", (
                    f"début hors de l'édition {year_hint} : « {' '.join(date_cell.split())} », sans année, lu le "
                    f"{dates[0].isoformat()}, hors de la période de l'édition (du {_day_text(first)} au "
                    f"{_day_text(after - timedelta(days=1))})"))
    return schedule


_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre")


def _day_text(day: date) -> str:
    return f"{day.day}{'er' if day.day == 1 else ''} {_MONTH_NAMES[day.month - 1]}"


def _description(value: Any) -> str | None:
    return None if _blank(value) else str(value)


def _updated(value: Any, year_hint: int | None = None, month_first: bool = False) -> str | None:
    """The update date of a cell (« 12/11 » in the edition's year `year_hint`), else the cell as written."""
    updated_dates, _, _ = find_dates(value, year_hint, month_first) if not _blank(value) else ([], [], "")
    return updated_dates[0].isoformat() if updated_dates else _scalar(value)


def _insee(value: Any) -> str | None:
    insee = _scalar(value)
    if insee and re.fullmatch(r"\d{4}", insee):
        insee = "0" + insee  # a number-typed cell lost the leading zero
    return insee


def _given_identifier(value: Any) -> str | None:
    """The row id an `identifiant` cell gives, None when it is blank (see _row_identifier)."""
    if _blank(value):
        return None
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()


def _mapped_one(payload: Any, options: Any, edition: Any, month_first: bool = False) -> dict | Exception:
    try:
        return map_spreadsheet_event(payload, options, edition, month_first)
    except Exception as error:  # noqa: BLE001 - the caller quarantines the record with it
        return error


def map_spreadsheet_events(payloads: Sequence[Any], options: SpreadsheetOptions | Mapping | None,
                           editions: Sequence[Any]) -> list[dict | Exception]:
    """[map_spreadsheet_event(payload, options, edition) ...] for the rows of one source, with the exception a row
    raises in its place. Column by column: rows of one table share their headers, so the columns are matched once
    per header list, and each reading of a cell (scalars, dates, splits, the identity's parts) runs once per distinct
    cell. A row holding a cell that no key can hold (a list) or that a reading fails on is mapped by
    map_spreadsheet_event itself, so its outcome is exactly that one's."""
    try:
        parsed = parse_options(SpreadsheetOptions, options)
    except Exception:  # noqa: BLE001 - every row raises it in map_spreadsheet_event
        return [_mapped_one(payload, options, edition) for payload, edition in zip(payloads, editions, strict=True)]
    results: list[dict | Exception | None] = [None] * len(payloads)
    tables: dict[tuple, list[int]] = {}
    for index, payload in enumerate(payloads):
        if type(payload) is dict and HIDDEN_ROW not in payload and STRUCK_ROW not in payload:
            tables.setdefault(tuple(payload), []).append(index)
        else:  # a hidden row is rejected by map_spreadsheet_event, a struck one called off by it
            results[index] = _mapped_one(payload, parsed, editions[index])
    for headers, rows in tables.items():
        try:
            matched = match_columns(headers, parsed)
        except Exception:  # noqa: BLE001
            for index in rows:
                results[index] = _mapped_one(payloads[index], parsed, editions[index])
            continue
        table = [payloads[index] for index in rows]
        month_first = month_first_table(*(
            [row[matched[key]] for row in table] for key in ("date_debut", "date_fin") if key in matched))
        for index, candidate in zip(rows, _map_table(table, [editions[index] for index in rows], parsed, matched,
                                                     month_first), strict=True):
            results[index] = candidate if candidate is not None else _mapped_one(
                payloads[index], parsed, editions[index], month_first)
    return results


# The candidate's keys in map_spreadsheet_event's order, before the multi-valued ones.
_CANDIDATE_ORDER = ("source_identifiant", "titre", "description", "date_debut", "date_fin", "type_evenement",
                    "modalite", "organisateur", "organisateur_famille", "lieu", "adresse", "code_postal", "commune",
                    "latitude", "longitude", "url", "date_mise_a_jour", "code_insee", "region_source",
                    "nombre_seances", "statut", "moment_journee")


def _map_table(payloads: list[dict], editions: list[Any], options: SpreadsheetOptions,
               matched: dict[str, str], month_first: bool = False) -> list[dict | None]:
    """The candidates of rows sharing `matched` (their dates month first with `month_first`); None for a row left to
    map_spreadsheet_event."""
    count = len(payloads)
    failed = bytearray(count)
    absent = [None] * count

    def cells(key: str) -> list:
        header = matched.get(key)
        return absent if header is None else list(map(dict.__getitem__, payloads, repeat(header)))

    def year_hint(edition: Any) -> int | None:
        return int(edition) if edition is not None else None

    hints = _by_cell(editions, year_hint, failed)
    schedule_cells = [cells(key) for key in ("date_debut", "date_fin", "horaires", "heure_debut", "heure_fin")]
    schedule = _by_row([*schedule_cells, hints],
                       functools.partial(_schedule, month_first=month_first, zone=_sheet_clock(options)), failed)
    identifiers = _identifiers(payloads, options, matched, cells, failed)
    scalars = {key: _by_cell(cells(key), _scalar, failed) for key in _SCALAR_KEYS}
    places = _by_row([cells(key) for key in _PLACE_KEYS], _place_cells, failed)
    if any(failed):
        places = [(None,) * len(_PLACE_KEYS) if value is _FAILED else value for value in places]
    columns_of_places = list(zip(*places, strict=True)) or [()] * len(_PLACE_KEYS)  # no rows: empty columns
    scalars.update(zip(_PLACE_KEYS, map(list, columns_of_places), strict=True))
    separators = tuple(options.separateurs or DEFAULT_SEPARATORS)
    splits = [_by_cell(cells(key), lambda value: tuple(_split(value, separators)), failed) for key in MULTI_KEYS]
    if any(failed):
        schedule = [(None, None) if value is _FAILED else value for value in schedule]
    starts, ends = zip(*schedule, strict=True) if schedule else ((), ())
    columns = [
        identifiers, scalars["titre"], _by_cell(cells("description"), _description, failed), starts, ends,
        scalars["type_evenement"], scalars["modalite"], scalars["organisateur"], scalars["organisateur_famille"],
        scalars["lieu"], scalars["adresse"], scalars["code_postal"], scalars["commune"], cells("latitude"),
        cells("longitude"), scalars["url"],
        _by_row([cells("date_mise_a_jour"), hints], functools.partial(_updated, month_first=month_first), failed),
        _by_cell(cells("code_insee"), _insee, failed), scalars["region_source"],
        _by_row([cells("date_debut"), hints], functools.partial(sessions_listed, month_first=month_first), failed),
        _by_cell(cells("statut"), _status, failed),
        _by_row([list(starts), cells("horaires"), cells("heure_debut"), cells("date_debut")], day_part, failed),
    ]
    without_co_organisers = "co_organisateurs" not in matched
    candidates: list[dict | None] = []
    for row, (values, multi) in enumerate(zip(zip(*columns, strict=True), zip(*splits, strict=True), strict=True)):
        if failed[row]:
            candidates.append(None)
            continue
        candidate = dict(zip(_CANDIDATE_ORDER, values, strict=True))
        for key, parts in zip(MULTI_KEYS, multi, strict=True):
            candidate[key] = list(parts)
        if without_co_organisers:
            candidate["co_organisateurs"] = None  # no such column: unknown, not "no co-organiser"
        candidates.append(candidate)
    return candidates


def _identifiers(payloads: list[dict], options: SpreadsheetOptions, matched: dict[str, str], cells: Any,
                 failed: bytearray) -> list:
    """_row_identifier of each row (None where `failed`): the identity's cells normalised and JSON-encoded once per
    distinct cell, each row's identity text joined from them as JSONEncoder writes a list of pairs."""
    count = len(payloads)
    given = _by_cell(cells("identifiant"), _given_identifier, failed) if "identifiant" in matched else [None] * count
    normalised, encoded = [], []
    for key in [key for key in (options.colonnes_identite or DEFAULT_IDENTITY) if key in matched]:
        prefix = f"[{_IDENTITY_JSON.encode(key)}, "
        normalised.append(_by_cell(cells(key), _normalised, failed))
        encoded.append(_by_cell(normalised[-1], lambda text, prefix=prefix: prefix + _IDENTITY_JSON.encode(text) + "]",
                                failed))
    if any(failed):  # a failed row's parts are _FAILED: blanks stand in for them (the row is not mapped here)
        normalised = [["" if part is _FAILED else part for part in column] for column in normalised]
        encoded = [["" if part is _FAILED else part for part in column] for column in encoded]
    identities = list(map(", ".join, zip(*encoded, strict=True))) if encoded else [""] * count
    filled = list(map(any, zip(*normalised, strict=True))) if normalised else [False] * count
    identifiers: list = []
    for row in range(count):
        if failed[row]:
            identifiers.append(None)
        elif given[row] is not None:
            identifiers.append(given[row])
        else:
            try:
                if filled[row]:
                    digest = hashlib.sha256(f"[{identities[row]}]".encode()).hexdigest()
                    identifiers.append("l" + digest[:16])
                else:  # nothing identifying: the whole row
                    identifiers.append(_row_identifier(payloads[row], options, matched))
            except Exception:  # noqa: BLE001 - e.g. a lone surrogate cannot be written as UTF-8
                failed[row] = 1
                identifiers.append(None)
    return identifiers


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: SpreadsheetOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return fetch_spreadsheet_edition(client, url, edition, store=store, now=datetime.now(UTC), policy=policy)


def read(snapshot: Path, edition: int, source: str, options: SpreadsheetOptions,
         territories: Territories = NO_TERRITORIES) -> ReadResult:
    """The snapshot's rows; when a table lacks a required column, every row of the snapshot becomes a
    problem naming the missing column(s) of its file, so the rows are counted and quarantined, not lost."""
    try:
        return ReadResult(*read_spreadsheet_snapshot(snapshot, source=source, edition=edition, options=options,
                                                     territories=territories))
    except SourceSchemaError as error:
        return _lacking_columns(snapshot, edition, source, options, error, territories)


def _lacking_columns(snapshot: Path, edition: int, source: str, options: SpreadsheetOptions,
                     error: SourceSchemaError, territories: Territories) -> ReadResult:
    required = list(DEFAULT_REQUIRED if options.colonnes_obligatoires is None else options.colonnes_obligatoires)
    rows, problems, reports = [], [], []
    try:  # nothing required: every row of every file is read, only to count and quarantine it
        rows, problems, reports = read_spreadsheet_snapshot(
            snapshot, source=source, edition=edition, options=replace(options, colonnes_obligatoires=()),
            territories=territories)
    except ValueError:
        pass
    lacking: dict[str, list[str]] = {}
    for report in reports:  # per file: several files of a snapshot may each lack a different column
        keys = [key for key in required if key not in report.matched]
        if keys:
            lacking.setdefault(report.file, [])
            lacking[report.file] += [key for key in keys if key not in lacking[report.file]]
    expected = configured_columns(options)

    def reason(file: str) -> str:
        keys = lacking.get(file)
        if keys:
            return str(SourceSchemaError(source, file, keys, {k: expected.get(k, []) + [k] for k in keys}))
        # A complete file of an edition whose other file lacks a column: the edition is quarantined whole.
        others = "; ".join(f"{', '.join(k)} dans {f}" for f, k in sorted(lacking.items()))
        return f"{MISSING_COLUMN} : {others} (ce fichier est complet, l'édition est mise en quarantaine entière)"

    failed = [FileProblem(source, edition, r.file, r.position, reason(r.file)) for r in rows]
    fallback = str(error)
    return ReadResult([], failed + problems or [FileProblem(source, edition, error.file, None, fallback)], reports)


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def every_process_reads_a_workbook(files_by_process: list[list[Path]]) -> bool:
    return bool(files_by_process) and all(any(f.suffix.lower() in WORKBOOK_SUFFIXES for f in files)
                                          for files in files_by_process)


def prepare_reading(files_by_process: list[list[Path]]) -> None:
    """openpyxl imported and the workbook reader made now when every process is about to read a workbook, so a
    forked one inherits them (SourceKind.prepare); the reading is split so that, on the sample, only one does
    (SourceKind.setup_cost), and nothing is made before the fork."""
    if every_process_reads_a_workbook(files_by_process):
        _inline_string_reader()


# Measured on the sample's snapshots (CPU per byte, relative to the platform's JSON): a workbook byte (compressed
# XML, read cell by cell by openpyxl) about 90, a CSV byte about 8.
# openpyxl imported and its reader made (about 0.10 s of CPU) cost what reading a 67 kB workbook does.
SOURCE_KIND = SourceKind(name=KIND, patterns=PATTERNS, options=SpreadsheetOptions, fetch=fetch, read=read,
                         map_event=map_spreadsheet_event, map_events=map_spreadsheet_events,
                         read_cost=90.0,
                         read_costs=((".csv", 8.0), (".tsv", 8.0), (".txt", 8.0)), prepare=prepare_reading,
                         setup_cost=6_000_000.0, setup_suffixes=WORKBOOK_SUFFIXES,
                         reads_territories=True)
