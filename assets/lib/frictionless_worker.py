"""Frictionless validation of CSV table resources in a child process: `python -I frictionless_worker.py`
reads on stdin tasks, one JSON object a line, {"resources": [resource descriptors, each with its `basepath`],
"package": a package descriptor whose metadata to validate, or null}, runs each as soon as its line is read
(the parent hands a table over as soon as it is written), and at the end of its input writes the errors
Frictionless reported, as one JSON list, on stdout.

Run as a script with nothing but the standard library and frictionless imported, so that a child starts
in a fraction of a second and no state of the parent (Dagster, DuckDB threads) is forked; on Linux the
validation forks its children from the running process instead (frictionless is imported there already),
which call run() on the same task. In this process
each field's Frictionless cell reader is memoised per distinct cell text: the reader is a pure function
of the cell (type parsing, then the field's constraints), and published tables repeat most of their
values (editions, codes, vocabularies), so every cell of every row is still read and checked by
Frictionless, each distinct text parsed once per field. A resource descriptor with "memoise": false (a cell
file of the validation, which holds each text once per column) is read with Frictionless' plain readers."""

import json
import queue
import sys
import threading

from frictionless import FrictionlessException, Package, Resource
from frictionless.schema.field import Field

# Types whose parsed values are immutable (shared between the rows that hold the same text).
MEMOISED_TYPES = frozenset({"string", "integer", "number", "boolean", "date", "datetime", "time", "year",
                            "yearmonth", "duration"})

_create_cell_reader = Field.create_cell_reader


def _memoised_cell_reader(self):
    read = _create_cell_reader(self)
    if self.type not in MEMOISED_TYPES:
        return read
    seen: dict = {}

    def cell_reader(cell):
        try:
            value, notes = seen[cell]
        except KeyError:
            value, notes = seen[cell] = read(cell)
        except TypeError:  # an unhashable cell (never from a CSV parser)
            return read(cell)
        # The row pops the "type" note out of the dict it receives: each row gets its own copy.
        return value, (dict(notes) if notes else notes)

    return cell_reader


def validate_resources(descriptors: list[dict]) -> list[dict]:
    """[{resource, rowNumber, fieldName, type, note, message}] of the errors Frictionless finds in each
    resource (header, rows, cells, bytes and hash when declared)."""
    found = []
    for descriptor in descriptors:
        descriptor = dict(descriptor)
        basepath = descriptor.pop("basepath")
        # A cell file holds each text once per column: remembering the readings would only cost.
        Field.create_cell_reader = _memoised_cell_reader if descriptor.pop("memoise", True) else _create_cell_reader
        try:
            report = Resource(descriptor, basepath=basepath).validate()
        except FrictionlessException as error:  # a descriptor Frictionless cannot even open
            found.append({"resource": descriptor["name"], "rowNumber": None, "fieldName": None,
                          "type": error.error.type, "note": "", "message": error.error.message})
            continue
        for task in report.tasks:
            for error in task.errors:
                found.append({"resource": descriptor["name"], "rowNumber": getattr(error, "row_number", None),
                              "fieldName": getattr(error, "field_name", None), "type": error.type,
                              "note": getattr(error, "note", ""), "message": error.message})
        found += [{"resource": descriptor["name"], "rowNumber": None, "fieldName": None, "type": error.type,
                   "note": "", "message": error.message} for error in report.errors]
    return found


def run(task: dict) -> list[dict]:
    """The errors Frictionless finds in `task` ({"resources": [...], "package": ... or null}, see above)."""
    # The package's metadata (names, licences, schemas), before any field reader is memoised.
    found = []
    if task.get("package") is not None:
        Field.create_cell_reader = _create_cell_reader  # the metadata checked by Frictionless' own readers
        report = Package.validate_descriptor(task["package"])
        found = [{"resource": "datapackage.json", "rowNumber": None, "fieldName": None, "type": error.type,
                  "note": "", "message": error.message} for error in report.errors]
    Field.create_cell_reader = _memoised_cell_reader
    return found + validate_resources(task["resources"])


def run_lines(lines) -> list[dict]:
    """The errors of every task in `lines` (one JSON object a line, blank lines skipped), run in turn. The lines
    are read by a thread of their own while the tasks run: the parent writing the next task is never kept
    waiting on a full pipe."""
    tasks: queue.SimpleQueue = queue.SimpleQueue()
    failure: list[BaseException] = []

    def read() -> None:
        try:
            for line in lines:
                if line.strip():
                    tasks.put(line)
        except BaseException as error:  # noqa: BLE001 - raised again by the thread running the tasks
            failure.append(error)
        finally:
            tasks.put(None)

    threading.Thread(target=read, daemon=True).start()
    found = []
    while (line := tasks.get()) is not None:
        found += run(json.loads(line))
    if failure:
        raise failure[0]
    return found


def main() -> None:
    json.dump(run_lines(sys.stdin), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
