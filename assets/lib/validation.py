"""Frictionless validation of the CSV tables of a written data package, every row of every table, without
reading again the rows a previous validation already found valid with the same bytes under the same
schema, header and dialect; the whole-table rules (primary key, unique fields) are checked on every row
each time.

How a table is checked: Python's csv module (Frictionless' own CSV parser) splits the file into records
with the dialect Frictionless sniffs on it; each record's bytes have a digest. The records that a
RowMemo does not hold, with the file's header line, are copied byte for byte into partial CSV files that
Frictionless validates in child processes (frictionless_worker.py; two when there is much to read) against
the table's schema without its whole-table rules: header, cell count, types, constraints of each row.
Meanwhile the parent reads every row's key cells with Frictionless' cell readers and checks the primary
key and unique fields over the whole table as Frictionless does. A file that is not plain UTF-8, that
Frictionless would parse with another dialect, or whose schema has foreign keys is validated whole by
Frictionless instead."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import frictionless
from frictionless import Schema

from assets.lib.digest import sha256_file

WORKER = Path(__file__).with_name("frictionless_worker.py")
# Frictionless' reading cost is per cell; above this many cells to read, two child processes share them.
PARALLEL_CELLS = 150_000
STANDARD_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True}
SNIFF_LINES = 100  # the sample frictionless-py's CSV parser sniffs the dialect from
DIGEST_SIZE = 16
UTF8 = ("utf-8", "utf8")


class RowMemo:
    """Digests of the records of each table that Frictionless found valid, with the context (schema without
    whole-table rules, header, dialect, Frictionless version) they were valid in: one file per table in
    `folder`. A missing, unreadable or other-context file is an empty memo."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.rows"

    def rows(self, name: str, context: bytes) -> set[bytes]:
        try:
            data = self._file(name).read_bytes()
        except OSError:
            return set()
        if data[:len(context)] != context or (len(data) - len(context)) % DIGEST_SIZE:
            return set()
        return {data[i:i + DIGEST_SIZE] for i in range(len(context), len(data), DIGEST_SIZE)}

    def remember(self, name: str, context: bytes, digests: list[bytes]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(name)
        staging = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        staging.write_bytes(context + b"".join(sorted(set(digests))))
        os.replace(staging, target)


@dataclass
class _Table:
    """One CSV resource split into records: what the partial files and the key check need."""

    resource: dict
    schema: dict  # the schema without its whole-table rules
    context: bytes
    header: str
    records: list[str]
    digests: list[bytes]
    key_cells: dict[str, list]  # key field -> the raw cell of each record (None when the row is short)
    new: list[int] = field(default_factory=list)  # positions of the records Frictionless must read


def _row_schema(schema: dict) -> dict:
    """The schema's per-row rules: without primaryKey, foreign keys and `unique` constraints."""
    rows = {k: v for k, v in schema.items() if k not in ("primaryKey", "foreignKeys")}
    rows["fields"] = [{**f, "constraints": {k: v for k, v in f.get("constraints", {}).items() if k != "unique"}}
                      for f in schema["fields"]]
    for f in rows["fields"]:
        if not f["constraints"]:
            del f["constraints"]
    return rows


def _standard_dialect(lines: list[str]) -> bool:
    """Whether frictionless-py would read the file with the standard dialect (comma, double quote doubled,
    no escape character, no initial space), sniffing it on its first lines as its CSV parser does."""
    try:
        sniffed = csv.Sniffer().sniff("".join(lines[:SNIFF_LINES]), ",\t;|")
    except csv.Error:
        return True  # frictionless-py then reads with csv.excel: the standard dialect
    return (sniffed.delimiter == "," and sniffed.quotechar in ('"', "'") and not sniffed.escapechar
            and not sniffed.skipinitialspace)


def _split(resource: dict, path: Path) -> _Table | None:
    """The table's records as Frictionless' parser splits it, or None when the file must be validated whole."""
    schema = resource.get("schema")
    if (not isinstance(schema, dict) or schema.get("foreignKeys") or resource.get("dialect")
            or str(resource.get("encoding", "utf-8")).lower() not in UTF8):
        return None
    try:  # an invalid schema is Frictionless' to report, on the whole resource
        Schema.from_descriptor({k: v for k, v in schema.items() if k != "$schema"})
    except Exception:  # noqa: BLE001 - whatever frictionless raises on a bad descriptor
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    # A BOM, or a carriage return (Frictionless' text stream splits lines on it too): read whole.
    if text.startswith("\ufeff") or "\r" in text:
        return None
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    if not lines[-1]:
        lines.pop()
    if not lines or not _standard_dialect(lines):
        return None
    names = [f["name"] for f in schema["fields"]]
    keys = list(dict.fromkeys([*schema.get("primaryKey", []),
                               *(f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique"))]))
    if isinstance(schema.get("primaryKey"), str) or any(k not in names for k in keys):
        return None
    positions = [names.index(k) for k in keys]
    # Each row's lines: reader.line_num counts the lines the parser consumed (a quoted cell may span several).
    reader = csv.reader(lines, delimiter=",", quotechar='"', doublequote=True)
    records, rows, previous = [], [], 0
    try:
        for row in reader:
            end = reader.line_num
            records.append(lines[previous] if end == previous + 1 else "".join(lines[previous:end]))
            rows.append(row)
            previous = end
    except csv.Error:
        return None
    if not records:
        return None
    key_cells = {key: [row[position] if position < len(row) else None for row in rows[1:]]
                 for key, position in zip(keys, positions, strict=True)}
    header = records.pop(0)
    row_schema = _row_schema(schema)
    context = hashlib.sha256(json.dumps(
        {"frictionless": frictionless.__version__, "schema": row_schema, "dialect": STANDARD_DIALECT,
         "header": header}, sort_keys=True, ensure_ascii=False).encode("utf-8")).digest()
    digests = [hashlib.blake2b(r.encode("utf-8"), digest_size=DIGEST_SIZE).digest() for r in records]
    return _Table(resource, row_schema, context, header, records, digests, key_cells)


def _key_errors(table: _Table) -> list[str]:
    """Primary key and unique-field errors over every row, on the values Frictionless' cell readers give
    (missing and ill-typed cells read as None), with Frictionless' rules: a key whose cells are all None is
    an error, a repeated key or unique value is reported at its second and later rows."""
    schema = Schema.from_descriptor({k: v for k, v in table.resource["schema"].items() if k != "$schema"})
    values = {}
    for key, cells in table.key_cells.items():
        read = schema.get_field(key).create_cell_reader()
        parsed = {cell: read(cell)[0] for cell in set(cells)}
        values[key] = [parsed[cell] for cell in cells]
    name, errors = table.resource["name"], []
    primary = table.resource["schema"].get("primaryKey") or []
    if primary:
        keys = list(zip(*(values[k] for k in primary), strict=True))
        if len(set(keys)) < len(keys) or (None,) * len(primary) in keys:  # else nothing to report
            seen: dict = {}
            for row, cells in enumerate(keys, start=2):
                if set(cells) == {None}:
                    errors.append(f"{name}: ligne {row}, champ -: cells composing the primary keys are all \"None\"")
                    continue
                if cells in seen:
                    errors.append(f"{name}: ligne {row}, champ -: the same as in the row at position {seen[cells]}")
                seen[cells] = row
    for f in table.resource["schema"]["fields"]:
        column = values[f["name"]] if f.get("constraints", {}).get("unique") else []
        known = [value for value in column if value is not None]
        if len(set(known)) == len(known):
            continue
        seen = {}
        for row, value in enumerate(column, start=2):
            if value is None:
                continue
            if value in seen:
                errors.append(f"{name}: ligne {row}, champ {f['name']}: the same as in the row at position "
                              f"{seen[value]}")
            seen[value] = row
    return errors


def _declared_size_errors(resource: dict, path: Path) -> list[str]:
    """What Frictionless reports when a file's declared bytes or sha256 do not match it."""
    errors = []
    if "bytes" in resource and path.stat().st_size != resource["bytes"]:
        errors.append(f"{resource['name']}: byte-count: {path.stat().st_size} octets pour {resource['bytes']} déclarés")
    declared = resource.get("hash")
    if declared and declared.startswith("sha256:") and f"sha256:{sha256_file(path)}" != declared:
        errors.append(f"{resource['name']}: hash-count: empreinte sha256 différente de celle déclarée")
    return errors


def _format(error: dict, rows: dict[str, list[int]]) -> str:
    """An error as publish() reports it, its row renumbered from the partial file to the published one."""
    row = error.get("rowNumber")
    positions = rows.get(error.get("partial"))
    if row is not None and positions is not None and 2 <= row < len(positions) + 2:
        row = positions[row - 2] + 2
    if row is None and not error.get("fieldName"):
        return f"{error['resource']}: {error['message']}"
    return (f"{error['resource']}: ligne {row if row is not None else '-'}, champ {error.get('fieldName') or '-'}: "
            f"{error.get('note') or error['message']}")


class Validation:
    """A validation under way: started by start_validation(), its errors collected by errors()."""

    def __init__(self, errors: list[str], workers: list, partial_rows: dict[str, list[int]],
                 tables: list[_Table], memo: RowMemo | None, folder: Path | None) -> None:
        self._errors, self._workers, self._rows = errors, workers, partial_rows
        self._tables, self._memo, self._folder = tables, memo, folder

    def errors(self) -> list[str]:
        """Every error found (empty when valid); remembers the records of each table found valid."""
        found: list[dict] = []
        failed = {e.split(":", 1)[0] for e in self._errors}
        try:
            for process, partials, names in self._workers:
                out, err = process.communicate()
                if process.returncode != 0:
                    self._errors.append(f"validation Frictionless interrompue ({', '.join(sorted(names))}) : "
                                        f"{err.strip()[-500:]}")
                    failed |= names
                    continue
                for error in json.loads(out):
                    error["partial"] = partials.get(error["resource"], error["resource"])
                    error["resource"] = error["partial"].split("#", 1)[0]
                    failed.add(error["resource"])
                    found.append(error)
        finally:
            if self._folder is not None:
                shutil.rmtree(self._folder, ignore_errors=True)
        errors = [_format(e, self._rows) for e in found] + self._errors
        if self._memo is not None:
            for table in self._tables:
                if table.resource["name"] not in failed:
                    self._memo.remember(table.resource["name"], table.context, table.digests)
        return errors


def start_validation(descriptor: Path, formats: tuple[str, ...] | None = None, skip: frozenset[str] = frozenset(),
                     memo: RowMemo | None = None) -> Validation:
    """Start validating the package at `descriptor` (see the module docstring): the package's metadata, then
    its resources of `formats` (all when None) except those named in `skip`; only the records `memo` does
    not hold are read again by Frictionless. Call .errors() on the result for the outcome."""
    content = json.loads(descriptor.read_text(encoding="utf-8"))
    base = descriptor.parent
    resources = [r for r in content.get("resources", [])
                 if (formats is None or r.get("format") in formats) and r.get("name") not in skip]
    # The first child starts now: it imports frictionless while this process splits the tables.
    first = _spawn() if resources else None
    try:
        return _dispatch(content, base, resources, memo, first)
    except BaseException:
        if first is not None:
            first.kill()
            first.wait()
        raise


def _spawn() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-I", str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _dispatch(content: dict, base: Path, resources: list[dict], memo: RowMemo | None,
              first: subprocess.Popen | None) -> Validation:
    """Split the tables, check their keys, write the partial files and hand them to the children."""
    errors: list[str] = []
    whole, tables = [], []
    for resource in resources:
        path = base / resource["path"] if isinstance(resource.get("path"), str) else None
        table = _split(resource, path) if path is not None and resource.get("format") == "csv" \
            and path.is_file() else None
        if table is None:
            whole.append({**resource, "basepath": str(base)})
            continue
        errors += _declared_size_errors(resource, path)
        errors += _key_errors(table)
        known = memo.rows(resource["name"], table.context) if memo is not None else set()
        table.new = [i for i, d in enumerate(table.digests) if d not in known]
        tables.append(table)

    # Partial files: header + new records, cut so that each worker reads about as many cells.
    pieces = [(t, t.new) for t in tables]
    cells = sum(len(new) * len(t.schema["fields"]) for t, new in pieces)
    count = 2 if cells > PARALLEL_CELLS and (os.cpu_count() or 1) > 1 else 1
    share = cells / count
    batches: list[list[dict]] = [[] for _ in range(count)]
    partial_rows: dict[str, list[int]] = {}
    folder = base / f".validation-{os.getpid()}" if tables else None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    worker, filled = 0, 0.0
    for table, new in pieces:
        width, start = len(table.schema["fields"]), 0
        while True:
            room = int((share - filled) / width) if worker < count - 1 else len(new) - start
            if room <= 0 and start < len(new):  # this worker has its share: the next one takes the rest
                worker, filled = worker + 1, 0.0
                continue
            chunk = new[start:start + room]
            name = f"part{len(partial_rows)}"
            label = f"{table.resource['name']}#{name}"
            (folder / f"{name}.csv").write_text(table.header + "".join(table.records[i] for i in chunk),
                                                encoding="utf-8", newline="")
            partial_rows[label] = chunk
            batches[worker].append({"name": name, "label": label, "path": f"{name}.csv", "basepath": str(folder),
                                    "format": "csv", "encoding": "utf-8", "dialect": {"csv": STANDARD_DIALECT},
                                    "schema": table.schema})
            filled += len(chunk) * width
            start += len(chunk)
            if start >= len(new):
                break
    batches[0] += whole
    workers = []
    for number, batch in enumerate(batches):
        if not batch and (number or not resources):  # nothing to read: no child (and no package check)
            continue
        names = {d["label"].split("#", 1)[0] if "label" in d else d["name"] for d in batch}
        partials = {d["name"]: d.pop("label") for d in batch if "label" in d}
        if not number:  # the first worker also validates the package's metadata
            names.add("datapackage.json")
        process = first if not number else _spawn()
        process.stdin.write(json.dumps({"package": content if not number else None, "resources": batch},
                                       ensure_ascii=False))
        process.stdin.close()
        process.stdin = None  # communicate() must not write again
        workers.append((process, partials, names))
    return Validation(errors, workers, partial_rows, tables, memo, folder)
