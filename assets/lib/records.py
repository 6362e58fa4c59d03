"""Source-agnostic raw records and file problems, as read from feed snapshots before normalisation."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from assets.lib import json_text

# What json.dumps(payload, sort_keys=True, ensure_ascii=False) builds on every call, built once. A payload is read
# from a file (JSON, iCalendar, a sheet): it never holds itself, so the encoder does not track the containers it is
# in to find a cycle (a seventh of the encoding's time on the sample; the same text).
_PAYLOAD_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, check_circular=False)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_text(text: str) -> str:
    """`text` with each lone surrogate written as its JSON escape (« \\ud800 »): a JSON feed may escape one and json
    reads it, but UTF-8 (DuckDB, Arrow, the published files) cannot hold it. In a JSON text, the escape decodes to
    the very character the source gave."""
    if text.isascii() or not _LONE_SURROGATE.search(text):
        return text
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def payload_from_json(text: str) -> Any:
    """The payload a payload_json text holds, each lone surrogate the source gave replaced by U+FFFD (what a failed
    decode leaves, which the text rules remove: assets.lib.text): the fields are then cut, parsed and written as
    UTF-8 like any other text."""
    payload = json_text.loads(text)
    return _replace_surrogates(payload) if "\\ud" in text else payload


def _replace_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(key): _replace_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(item) for item in value]
    return value


def payload_json(payload: Any) -> str:
    """Canonical JSON text of a payload: sorted keys so identical events give identical rows. It may hold a lone
    surrogate the source gave: utf8_text(text) is the UTF-8 text that decodes to the same payload."""
    return _PAYLOAD_ENCODER.encode(payload)


@dataclass(frozen=True)
class RawRecord:
    """One event exactly as the source sent it, located in its snapshot.

    `position` is the 0-based order of the entry within the snapshot, counting every entry (a
    rejected non-object entry still takes its position), so rows can be traced back to the file.
    """

    source: str
    edition: int
    source_record_id: str | None
    position: int
    file: str
    # A dict is unhashable: keep it out of the generated __hash__ so records stay usable in sets.
    payload: dict[str, Any] = field(hash=False)

    def __post_init__(self) -> None:
        # An identifier is written to the warehouse and published: it must be UTF-8 (see utf8_text).
        if isinstance(self.source_record_id, str):
            object.__setattr__(self, "source_record_id", utf8_text(self.source_record_id))

    def to_row(self) -> dict[str, Any]:
        """Flat row for DuckDB; the payload becomes JSON text."""
        return {
            "source": self.source,
            "edition": self.edition,
            "source_record_id": self.source_record_id,
            "position": self.position,
            "file": self.file,
            "payload": utf8_text(payload_json(self.payload)),
        }


class RecordRejected(Exception):
    """A record that cannot be published; names the field at fault (the normaliser quarantines it with them)."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field_name = field_name
        self.reason = reason


# A line of a source that holds no record (a sheet's total, its header typed again, a month's banner, a separator): a
# FileProblem whose reason's stable part ends so (« ligne de total, pas un événement : ligne 14 (« TOTAL » ; 42) »). It
# is listed in the quarantine with the field LAYOUT_FIELD and counted apart from the records read (counts.py).
NOT_AN_EVENT = "pas un événement"
# The status of an event whose source gave its new dates (published; the merge joins its copies at the old ones)
RESCHEDULED = "reprogramme"
# The parts of the day a source names in words for a start without its time (a spreadsheet's « Après-midi »): the
# merge's alone (schema.DAY_PART_FIELD), never published.
DAY_PARTS = ("matin", "midi", "apres_midi", "soir", "journee")
LAYOUT_FIELD = "ligne"


def is_layout_reason(reason: str) -> bool:
    """Whether a FileProblem's reason is a line holding no record (see NOT_AN_EVENT)."""
    return reason.split(" : ", 1)[0].endswith(f", {NOT_AN_EVENT}")


@dataclass(frozen=True)
class FileProblem:
    """A file or an entry that could not be read; reported instead of crashing the run."""

    source: str
    edition: int
    file: str
    position: int | None  # None when the whole file is unreadable
    reason: str

    def to_row(self) -> dict[str, Any]:
        """Flat row for DuckDB."""
        return {
            "source": self.source,
            "edition": self.edition,
            "file": utf8_text(self.file),
            "position": self.position,
            "reason": utf8_text(self.reason),
        }
