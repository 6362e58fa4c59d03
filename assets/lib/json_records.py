"""JSON feed files (a document, or JSON Lines) to RawRecords: the loop shared by the platform and OpenAgenda
readers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from assets.lib.decoding import json_text
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
        unreadable_lines: dict[int, str] = {}
        text, _ = json_text(raw)  # a Windows-1252 string costs only itself
        try:
            content = json.loads(text)
        except (ValueError, RecursionError) as exc:  # undecodable bytes; nested deeper than Python can read
            lines = json_lines(text)
            if lines is None:
                problems.append(FileProblem(source, edition, name, None, f"JSON illisible : {exc}"))
                continue
            content, unreadable_lines = lines
        events = events_of(content)
        if events is None:
            problems.append(FileProblem(source, edition, name, None, f"{not_events} : {type(content).__name__}"))
            continue
        for line, event in enumerate(events):
            if line in unreadable_lines:
                problems.append(FileProblem(source, edition, name, position, unreadable_lines[line]))
            elif isinstance(event, dict):
                records.append(RawRecord(source, edition, record_id(event), position, name, event))
            else:
                problems.append(FileProblem(source, edition, name, position,
                                            f"entrée qui n'est pas un objet JSON : {type(event).__name__}"))
            position += 1
    return records, problems


def json_lines(text: str | bytes) -> tuple[list[Any], dict[int, str]] | None:
    """A JSON Lines file (one JSON value per line, as data tools export records: `.jsonl`, `.ndjson`, or under a
    `.json` name), its text as decoding.json_text gives it, as (its values, {index: why it could not be read} for its
    lines that are not JSON, their value None); None when it is not JSON Lines: fewer than two lines, or a first
    line that is not a JSON object (a JSON document cut or broken stays one unreadable file)."""
    if isinstance(text, bytes):  # UTF-16 or UTF-32: json.loads tells the encoding of the whole only
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    values, unreadable = [], {}
    for index, line in enumerate(lines):
        try:
            values.append(json.loads(line))
        except (ValueError, RecursionError) as exc:
            if index == 0:
                return None
            values.append(None)
            unreadable[index] = f"ligne JSON {index + 1} illisible : {exc}"
    return (values, unreadable) if isinstance(values[0], dict) else None
