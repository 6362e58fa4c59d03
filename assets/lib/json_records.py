"""JSON feed files to RawRecords: the loop shared by the platform and OpenAgenda readers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assets.lib.decoding import load_json
from assets.lib.records import FileProblem, RawRecord


def json_event_records(
    contents: list[tuple[str, bytes]],
    *,
    source: str,
    edition: int,
    events_of: Callable[[Any], list[Any] | None],
    record_id: Callable[[dict[str, Any]], str | None],
    not_events: str,
) -> tuple[list[RawRecord], list[FileProblem]]:
    """RawRecords of the events in JSON files, numbered across files; invalid JSON, a file where
    `events_of` finds no event list (`not_events` says what was expected) or an entry that is not a JSON
    object becomes a FileProblem naming the file (and position), and the rest is still read."""
    records: list[RawRecord] = []
    problems: list[FileProblem] = []
    position = 0
    for name, raw in contents:
        try:
            content = load_json(raw)  # a Windows-1252 string costs only itself
        except (ValueError, RecursionError) as exc:  # undecodable bytes; nested deeper than Python can read
            problems.append(FileProblem(source, edition, name, None, f"JSON illisible : {exc}"))
            continue
        events = events_of(content)
        if events is None:
            problems.append(FileProblem(source, edition, name, None, f"{not_events} : {type(content).__name__}"))
            continue
        for event in events:
            if isinstance(event, dict):
                records.append(RawRecord(source, edition, record_id(event), position, name, event))
            else:
                problems.append(FileProblem(source, edition, name, position,
                                            f"entrée qui n'est pas un objet JSON : {type(event).__name__}"))
            position += 1
    return records, problems
