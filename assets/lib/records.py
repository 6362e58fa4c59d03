"""Source-agnostic raw records and file problems, as read from feed snapshots before normalisation."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

# What json.dumps(payload, sort_keys=True, ensure_ascii=False) builds on every call, built once. A payload is read
# from a file (JSON, iCalendar, a sheet): it never holds itself, so the encoder does not track the containers it is
# in to find a cycle (a seventh of the encoding's time on the sample; the same text).
_PAYLOAD_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, check_circular=False)


def payload_json(payload: Any) -> str:
    """Canonical JSON text of a payload: sorted keys so identical events give identical rows."""
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

    def to_row(self) -> dict[str, Any]:
        """Flat row for DuckDB; the payload becomes JSON text."""
        return {
            "source": self.source,
            "edition": self.edition,
            "source_record_id": self.source_record_id,
            "position": self.position,
            "file": self.file,
            "payload": payload_json(self.payload),
        }


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
            "file": self.file,
            "position": self.position,
            "reason": self.reason,
        }
