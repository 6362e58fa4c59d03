"""What every source kind provides: typed options, fetch, read (the registry lives in sources/__init__.py)."""

from __future__ import annotations

import codecs
import dataclasses
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from pydantic import ConfigDict, TypeAdapter, ValidationError

from assets.lib.http_client import RetryPolicy
from assets.lib.records import FileProblem
from assets.lib.snapshots import SnapshotStore
from assets.lib.text import fold

# Options of every kind: unknown keys refused, values checked against the annotation, frozen once parsed.
OPTIONS_CONFIG = ConfigDict(extra="forbid", frozen=True)


# The candidate status of a record its source does not make public: a submission refused by the CRESS, a draft, a row
# deleted, hidden or marked a duplicate in a status column (normalize quarantines it; never a published status).
NOT_PUBLIC = "non_public"


# Days before November 1 and after November 30 of an edition's window: the dates an iCalendar's recurrences are expanded
# within, and those a spreadsheet's date written without its year may fall in (README).
DEFAULT_MARGIN_DAYS = 7


def edition_window(edition: int, margin_days: int = DEFAULT_MARGIN_DAYS) -> tuple[date, date]:
    """[first day, day after the last) of an edition's window: November of the edition widened by `margin_days` on
    each side."""
    return date(edition, 11, 1) - timedelta(days=margin_days), date(edition, 12, 1) + timedelta(days=margin_days)


class OptionsError(ValueError):
    """The `options:` of one source do not match its kind: `problems` are (option path, what is wrong)."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(f"{path}: {message}" for path, message in problems))
        self.problems = problems


_FRENCH = {
    "extra_forbidden": "option inconnue",
    "unexpected_keyword_argument": "option inconnue",
    "string_type": "texte attendu",
    "int_type": "nombre entier attendu",
    "int_parsing": "nombre entier attendu",
    "bool_type": "vrai/faux attendu",
    "dict_type": "dictionnaire (clé: valeur) attendu",
    "list_type": "liste attendue",
    "tuple_type": "liste attendue",
    "literal_error": "valeur non permise",
    "value_error": "valeur refusée",
}


def parse_options(cls: type, raw: Any) -> Any:
    """`raw` (the YAML mapping, or None) as an instance of the kind's options dataclass; OptionsError
    listing each unknown option and each mistyped value otherwise."""
    if isinstance(raw, cls):
        return raw
    try:
        return TypeAdapter(cls).validate_python({} if raw is None else dict(raw) if isinstance(raw, Mapping) else raw)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            path = ".".join(str(part) for part in item["loc"] if not str(part).startswith(("function-", "str", "int")))
            label = _FRENCH.get(item["type"], f"valeur refusée ({item['msg']})")
            if item["type"] == "value_error":
                label = item["msg"].removeprefix("Value error, ")
            problems.append((path or "options", label))
        raise OptionsError(problems) from None


def known_keys(keys, allowed) -> None:
    """ValueError naming the `keys` that are not among `allowed` (an option's validator)."""
    unknown = sorted(set(keys or ()) - set(allowed))
    if unknown:
        raise ValueError(f"clé(s) inconnue(s) {', '.join(unknown)} ; clés possibles : {', '.join(allowed)}")


def known_encoding(value: str | None) -> str | None:
    """`value` when Python knows that encoding (an option's validator): « utf-9 » quarantined every edition of its
    source at read time instead of being refused with the configuration."""
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise ValueError(f"encodage inconnu {value!r} (exemples : utf-8, cp1252, latin-1)") from None
    return value


def known_zone(value: str | None) -> str | None:
    """`value` when it is an IANA zone (an option's validator)."""
    if value is not None:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"fuseau horaire inconnu {value!r} (exemple : Europe/Paris)") from None
    return value


def options_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@dataclass(frozen=True)
class ReadResult:
    """What reading one snapshot of one edition gave: records (RawRecord, or typed rows for laureates),
    FileProblems for what could not be read, per-table reports (spreadsheets), and notes for the run log on what
    was read by an assumption (a time in an unknown zone read in the source's)."""

    records: list = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    reports: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        """Nothing could be read and something went wrong: the snapshot as a whole is unusable."""
        return not self.records and bool(self.problems)


def moment_text(moment: datetime) -> str:
    """A source's date-time as ISO 8601 text, followed (RFC 9557) by the name of the zone the source gave when it is
    another than Paris' and UTC (« 2019-11-19T19:30:00+00:00[Africa/Dakar] »): an offset alone does not say whose
    clock it is, and the normaliser reads an event abroad on its own (normalize.parse_moment)."""
    text = moment.isoformat(timespec="seconds")
    key = getattr(moment.tzinfo, "key", None)
    return f"{text}[{key}]" if key and key not in ("Europe/Paris", "UTC", "Etc/UTC") else text


@dataclass(frozen=True)
class FeedAccess:
    """Run-time settings of a fetch that are not the source's configuration: the API key (a secret from the
    environment, sent in a header the kind names) and a page size (the platform's `per_page`)."""

    api_key: str = ""
    page_size: int | None = None


NO_ACCESS = FeedAccess()


@dataclass(frozen=True)
class Territories:
    """What a reader may know of the territory: the départements' codes and names, folded (« 35 », « ille et
    vilaine »), which name the sheets of an agenda kept one sheet per département. raw_events takes them from the
    warehouse table cog_departements (only the reference group reads data/reference/); empty, no sheet is read as a
    département's."""

    departements: frozenset[str] = frozenset()

    @classmethod
    def of_departements(cls, codes_and_names: Iterable[Any]) -> Territories:
        return cls(frozenset(fold(str(value)) for value in codes_and_names))

    @property
    def key(self) -> str:
        """What the reads depend on, for the key of a kept read."""
        return "|".join(sorted(self.departements))


NO_TERRITORIES = Territories()

Fetch = Callable[[httpx.Client, str, int, SnapshotStore, RetryPolicy, Any, FeedAccess], Path]
Read = Callable[[Path, int, str, Any], ReadResult]
MapEvent = Callable[[dict, Any, int], dict]
MapEvents = Callable[[Sequence[dict], Any, Sequence[int]], list]


@dataclass(frozen=True)
class SourceKind:
    """One kind of source (`kind:` in config/sources.yaml). `table` is the warehouse table its records go to;
    `feed` the resource that knows its live URL; `map_event` turns one raw record into candidate fields of
    the event schema (None for a kind that is not an event feed)."""

    name: str
    patterns: tuple[str, ...]
    options: type
    fetch: Fetch
    read: Read
    map_event: MapEvent | None = None
    # map_event over records of one source at once, the exception a record raises in its place: what a kind whose
    # records share a shape (a table's rows) reads column by column; None: map_event record by record.
    map_events: MapEvents | None = None
    table: str = "raw_events"
    feed: str = "cress_feeds"
    # Reading time of a snapshot byte, relative to the platform's JSON: what the editions are shared between
    # processes by (a calendar's lines hold about 80 times more work per byte, a workbook's compressed XML about 90).
    read_cost: float = 1.0
    # The same by file suffix ((".csv", 8.0), ...), for a kind whose files are of several formats; read_cost for
    # the other files.
    read_costs: tuple[tuple[str, float], ...] = ()
    # What reading builds on first use in a process (a library imported, a reader class made), built before a
    # second process is forked to share the reading, so that both inherit it instead of each building it: called
    # with the files of this kind each process is about to read (one list per process).
    prepare: Callable[[list[list[Path]]], Any] | None = None
    # What a process pays once before it reads its first file of this kind (the parsing library imported, its reader
    # made), in the units of cost_of: the reading is shared so that, when it costs less than spreading the files,
    # one process pays it instead of both. `setup_suffixes`: the files that need it (every file when empty).
    setup_cost: float = 0.0
    setup_suffixes: tuple[str, ...] = ()
    # Whether `read` takes the Territories (keyword `territories`): what a spreadsheet's sheet names are read by.
    reads_territories: bool = False

    def cost_of(self, path: Path) -> float:
        """Relative reading time of the file at `path` (its size times the cost of a byte of its format)."""
        return path.stat().st_size * dict(self.read_costs).get(path.suffix.lower(), self.read_cost)

    def needs_setup(self, path: Path) -> bool:
        """Whether reading the file at `path` pays this kind's setup_cost in a process that has not yet."""
        return self.setup_cost > 0 and (not self.setup_suffixes or path.suffix.lower() in self.setup_suffixes)


def pick_translation(value: Any, lang: str) -> Any:
    """The `lang` translation of a multilingual value (« {"fr": …, "en": …} », as OpenAgenda and the platform may
    give a text), else the first non-empty one (None when none is); plain values as is."""
    if not isinstance(value, dict):
        return value
    if _filled(value.get(lang)):
        return value[lang]
    return next((v for v in value.values() if _filled(v)), None)


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_filled(v) for v in value)
    return value is not None


def identifier_text(value: Any) -> str | None:
    """A record's id in its feed as text: a string or an integer as written (48213.0 from a spreadsheet round trip
    is 48213); None for anything that names no record — absent, empty, a boolean, NaN or Infinity (what pandas and
    JavaScript exporters write for a missing value), a fraction, a list or an object (« [1, 2] » and « {'x': 1} »
    were published as ids)."""
    if isinstance(value, float):
        value = int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value).strip() or None
