"""Frictionless validation of the CSV tables of a written data package, every cell of every row, without
reading the same cell text of a field twice, nor what a previous validation already found valid under the
same schema, header and dialect; the whole-table rules (primary key, unique fields) are checked on every
row each time.

How a table is checked: Python's csv module (Frictionless' own CSV parser) splits the file into rows with
the dialect Frictionless sniffs on it. The rows Frictionless reads as rows of their own kind (a cell count
other than the schema's, or every cell a missing value: extra-cell, missing-cell, blank-row) are written,
after the file's header, into a partial CSV file that Frictionless validates against the table's schema
without its whole-table rules (this file also checks the header). In every other row Frictionless reads each
cell on its own, by its field's type and constraints, whatever the other cells hold: so each field's
distinct texts (those a RowMemo holds as valid excepted) are written once, column beside column, into
"cell" CSV files (a shorter column padded with a missing value, or with its first text in a required field; a
last non-blank column keeping any row from being blank) that Frictionless validates against the same fields,
and a text it rejects is reported at
every row holding it, with Frictionless' note, as Frictionless reports it on the whole file. The csv
module writes these files and reads them back as the same cells. The children (frictionless_worker.py; two
share a table with much to read) read them while the parent reads every row's key cells with Frictionless'
cell readers and checks the primary key and unique fields over the whole table as Frictionless does. Each
file is handed to a child as soon as it is written (one task a line on its input), so a writer that adds
its tables one by one (Validation.add) has the children reading the first while it writes the next. A file that
is not plain UTF-8, that Frictionless would parse with another dialect, whose schema has foreign keys or a
field type outside CELL_TYPES is validated whole by Frictionless instead."""

from __future__ import annotations

import csv
import functools
import gc
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import frictionless
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from frictionless import Schema

from assets.lib.digest import sha256_file
from assets.lib.state import read_state, write_state

WORKER = Path(__file__).with_name("frictionless_worker.py")
# Frictionless' reading cost is per cell; above this many cells to read, two child processes share them.
PARALLEL_CELLS = 150_000
STANDARD_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True}
SNIFF_LINES = 100  # the sample frictionless-py's CSV parser sniffs the dialect from
SAMPLE_ROWS = 100  # the rows its Detector finds the header row in
# The partial files hold rows of any width: their header row is stated, not detected from them.
PARTIAL_DIALECT = {"headerRows": [1], "csv": STANDARD_DIALECT}
UTF8 = ("utf-8", "utf8")
# Field types whose Frictionless cell reader gives a value or a type error for any text that is not a missing
# value: a row is then blank exactly when all its cells are missing values.
CELL_TYPES = frozenset({"string", "integer", "number", "boolean", "date", "datetime", "time", "year", "yearmonth"})
# Frictionless' cost in a cell file: per row, and per cell (a text already read in the field costs the lookup).
ROW_COST, CELL_COST = 6.0, 1.0
# A field's texts go into columns of at most this many rows: Frictionless' cost per row is several times its cost
# per cell, so a field with many distinct texts (identifiers, links, coordinates) is read faster as several
# columns side by side than as one long column (sample's events: about a third less).
COLUMN_TEXTS = 2048


class RowMemo:
    """The cell texts of each field of each table's rows that Frictionless found valid, with the context (schema
    without whole-table rules, header, dialect, Frictionless version) they were valid in: one file per table in
    `folder`, the context's digest then the texts as JSON, field by field (the warehouse's own values, beside
    it). A missing, unreadable or other-context file is an empty memo."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.rows"

    def rows(self, name: str, context: bytes) -> list[set[str]]:
        """Per field (by position in the schema), the texts found valid in `context`."""
        try:
            data = self._file(name).read_bytes()
        except OSError:
            return []
        if data[:len(context)] != context:
            return []
        try:
            fields = json.loads(data[len(context):].decode("utf-8", "surrogatepass"))
        except ValueError:
            return []
        if not isinstance(fields, list) or not all(isinstance(texts, list) for texts in fields):
            return []
        return [{text for text in texts if isinstance(text, str)} for texts in fields]

    def remember(self, name: str, context: bytes, texts: list[list[str]]) -> None:
        """Record `texts` (per field, the distinct texts found valid) as the table's memo in `context`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(name)
        staging = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        staging.write_bytes(context + json.dumps(texts, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        os.replace(staging, target)

    def _pieces_file(self, name: str) -> Path:
        return self.folder / f"{name}.pieces.json"

    def pieces(self, name: str, context: bytes) -> dict[str, str]:
        """{label: sha256} of the table's pieces whose rows were all found valid in `context` (see Piece)."""
        state = read_state(self._pieces_file(name))
        found = state.get("pieces") if state.get("context") == context.hex() else None
        return {k: v for k, v in found.items() if isinstance(v, str)} if isinstance(found, dict) else {}

    def remember_pieces(self, name: str, context: bytes, pieces: dict[str, str]) -> None:
        write_state(self._pieces_file(name), {"context": context.hex(), "pieces": pieces})


@dataclass(frozen=True)
class Piece:
    """A run of consecutive data rows of a CSV file (an edition's rows, in a table sorted by edition): rows `start`
    to `stop` (excluded, numbered from 0 after the header), whose text in the file has the digest `sha256`. Frictionless
    reads each row of such a file by itself, by the header (its row 1) and the schema, and each cell of a row of the
    header's width by itself: a piece whose bytes were found valid in the same context is valid again, whatever the
    other pieces hold; only the whole-table rules (primary key, unique fields) read across pieces, and they are
    checked on every row each time."""

    label: str
    start: int
    stop: int
    sha256: str


@dataclass
class _Table:
    """One CSV resource as Frictionless' parser reads it: what the partial files and the key check need."""

    resource: dict
    schema: dict  # the schema without its whole-table rules
    context: bytes
    header: list[str]
    rows: list[list[str]]  # the cells of each data row
    key_cells: dict[str, list]  # key field -> the raw cell of each row (None when the row is short), or Arrow texts
    own: list[int] = field(default_factory=list)  # rows Frictionless reads as rows of their own kind
    regular: list[int] = field(default_factory=list)  # the other rows, read cell by cell
    columns: list = field(default_factory=list)  # per field, its cell in each regular row
    texts: list[list[str]] = field(default_factory=list)  # per field, the distinct texts of the regular rows
    distinct: list[list[str]] = field(default_factory=list)  # per field, those Frictionless must read
    pieces: list[Piece] | None = None  # the table's pieces, when its writer cut it into pieces (WrittenCells)
    fresh: list[Piece] = field(default_factory=list)  # those read this time (the others were found valid before)


@functools.lru_cache(maxsize=64)
def _schema_from(text: str) -> Schema:
    return Schema.from_descriptor(json.loads(text))


def _frictionless_schema(schema: dict) -> Schema:
    """Frictionless' Schema of a descriptor (its validation is costly: one per distinct descriptor; read only)."""
    return _schema_from(json.dumps({k: v for k, v in schema.items() if k != "$schema"}, sort_keys=True,
                                   ensure_ascii=False))


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


def _header_row(rows: list[list[str]]) -> int:
    """The row frictionless-py takes as the header (numbered from 1): in its sample, the first row whose width
    is close to the sample's average width (its Detector's rule; row 1 when none is)."""
    widths = [len(cells) for cells in rows[:SAMPLE_ROWS]]
    width = round(sum(widths) / len(widths))
    drift = max(round(width * 0.1), 1)
    return next((number for number, size in enumerate(widths, start=1) if abs(size - width) <= drift), 1)


@dataclass(frozen=True)
class WrittenCells:
    """A CSV file's content as its writer had it in memory: its `text` (what the file holds), and the cells Python's
    csv module wrote into it with the standard dialect and "\n" line ends, a `header` then one sequence of cells
    per column (Python strings, or an Arrow text array without null). The csv module reads such a text back as the
    same cells (a text with a carriage return or a NUL is read back from the file instead)."""

    text: str | bytes  # bytes: the file's UTF-8
    header: list[str]
    columns: list
    pieces: list[Piece] | None = None  # its rows cut into pieces (one per edition), when the writer did


def _head(text: str | bytes, lines: int) -> str | bytes:
    """The first `lines` lines of `text` ("\n" included), all of it when shorter."""
    end, newline = -1, b"\n" if isinstance(text, bytes) else "\n"
    for _ in range(lines):
        end = text.find(newline, end + 1)
        if end < 0:
            return text
    return text[:end + 1]


def _split(resource: dict, path: Path, written: WrittenCells | None = None) -> _Table | None:
    """The table's rows as Frictionless' parser splits them, or None when the file must be validated whole.
    With `written` (the file's text and cells as written), the cells are not parsed from the text again."""
    schema = resource.get("schema")
    if (not isinstance(schema, dict) or schema.get("foreignKeys") or resource.get("dialect")
            or str(resource.get("encoding", "utf-8")).lower() not in UTF8):
        return None
    try:  # an invalid schema is Frictionless' to report, on the whole resource
        _frictionless_schema(schema)
    except Exception:  # noqa: BLE001 - whatever frictionless raises on a bad descriptor
        return None
    if any(f.get("type", "any") not in CELL_TYPES for f in schema["fields"]):
        return None
    names = [f["name"] for f in schema["fields"]]
    width = len(names)
    row_schema = _row_schema(schema)
    missing = set(row_schema.get("missingValues", [""]))
    if written is not None:
        text = written.text
        # As read back, the text gives the written cells; rows of their own kind are left to the reading below.
        carriage_return, nul = (b"\r", b"\0") if isinstance(text, bytes) else ("\r", "\0")
        if carriage_return in text or nul in text or len(written.header) != width \
                or any(len(column) != len(written.columns[0]) for column in written.columns) \
                or (written.columns and _blank_rows(written.columns, missing).any()):
            written = None
    else:
        text = None
    if written is None:
        try:
            text = (path.read_bytes() if text is None else text)
            text = text.decode("utf-8") if isinstance(text, bytes) else text
        except (OSError, UnicodeDecodeError):
            return None
    # A BOM, or a carriage return (Frictionless' text stream splits lines on it too): read whole. The written text
    # (bytes: the file's UTF-8, told apart from carriage returns and NULs above) is looked at on its bytes.
    if isinstance(text, bytes):
        if text.startswith("\ufeff".encode()):
            return None
        head = _head(text, SNIFF_LINES).decode("utf-8")
    else:
        if text.startswith("\ufeff") or "\r" in text:
            return None
        head = _head(text, SNIFF_LINES)
    if not text or not _standard_dialect([head]):
        return None
    keys = list(dict.fromkeys([*schema.get("primaryKey", []),
                               *(f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique"))]))
    if isinstance(schema.get("primaryKey"), str) or any(k not in names for k in keys):
        return None
    if written is not None:  # every row has the header's width: the header is row 1 and no row is of its own kind
        header, rows = list(written.header), []
        if not written.columns or not len(written.columns[0]):
            written = None  # a header alone: read as below
    if written is None:
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        lines = [line + "\n" for line in text.split("\n")]
        lines[-1] = lines[-1][:-1]
        if not lines[-1]:
            lines.pop()
        try:
            rows = list(csv.reader(lines, delimiter=",", quotechar='"', doublequote=True))
        except csv.Error:
            return None
        if not rows or _header_row(rows) != 1:
            return None
        header = rows.pop(0)
    if written is not None:
        own, regular, columns = [], range(len(written.columns[0])), list(written.columns)
        key_cells = {key: columns[names.index(key)] for key in keys}  # Arrow texts stay Arrow (see _key_codes)
        context = _context(row_schema, header)
        return _Table(resource, row_schema, context, header, rows, key_cells, own, list(regular), columns)
    # Rows of their own kind: another cell count, or every cell a missing value (a blank row).
    own = [i for i, row in enumerate(rows) if len(row) != width or missing.issuperset(row)]
    if own:
        mine = set(own)
        regular = [i for i in range(len(rows)) if i not in mine]
        columns = list(zip(*(rows[i] for i in regular), strict=True)) if regular else [()] * width
    else:
        regular, columns = range(len(rows)), list(zip(*rows, strict=True)) if rows else [()] * width
    key_cells = {}
    for key in keys:
        position = names.index(key)
        key_cells[key] = list(columns[position]) if not own else \
            [row[position] if position < len(row) else None for row in rows]
    return _Table(resource, row_schema, _context(row_schema, header), header, rows, key_cells, own, list(regular),
                  columns)


def _cells_table(resource: dict, header: list[str], columns: list) -> _Table | None:
    """The table _split() gives for the CSV file the csv module writes from `header` and `columns` (WrittenCells),
    made from the cells alone before the file is written; None when _split might not give it (a resource or
    cells it reads otherwise: a carriage return or a NUL, a blank row, no row)."""
    schema = resource.get("schema")
    if (not isinstance(schema, dict) or schema.get("foreignKeys") or resource.get("dialect")
            or str(resource.get("encoding", "utf-8")).lower() not in UTF8 or resource.get("format") != "csv"):
        return None
    try:
        _frictionless_schema(schema)
    except Exception:  # noqa: BLE001 - whatever frictionless raises on a bad descriptor
        return None
    names = [f.get("name") for f in schema["fields"]]
    keys = [*schema.get("primaryKey", []), *(f["name"] for f in schema["fields"]
                                             if f.get("constraints", {}).get("unique"))]
    if any(f.get("type", "any") not in CELL_TYPES for f in schema["fields"]) \
            or isinstance(schema.get("primaryKey"), str) or any(k not in names for k in keys) \
            or len(header) != len(names) or not columns or not len(columns[0]) \
            or any(len(column) != len(columns[0]) for column in columns) \
            or any(not isinstance(name, str) or "\r" in name or "\0" in name for name in header) \
            or header[0].startswith("\ufeff") or _any_cell_holds_cr_or_nul(columns):
        return None
    row_schema = _row_schema(schema)
    if _blank_rows(columns, set(row_schema.get("missingValues", [""]))).any():
        return None
    return _Table(resource, row_schema, _context(row_schema, header), list(header), [], {}, [],
                  list(range(len(columns[0]))), list(columns))


def byte_table(characters: str) -> np.ndarray:
    """The 256 booleans of the UTF-8 bytes of ASCII `characters` (for cells_holding)."""
    table = np.zeros(256, dtype=bool)
    table[[ord(c) for c in characters]] = True
    return table


def cells_holding(column: pa.Array, wanted: np.ndarray) -> np.ndarray | None:
    """Whether each cell of an Arrow large_string array without null holds one of the ASCII characters whose bytes
    `wanted` (byte_table) flags, found on the array's UTF-8 bytes (no other character's bytes are ASCII ones);
    None when no cell does."""
    _, offsets, data = column.buffers()
    if data is None or not len(column):
        return None
    offsets = np.frombuffer(offsets, dtype=np.int64)[column.offset:column.offset + len(column) + 1]
    hits = np.flatnonzero(wanted[np.frombuffer(data, dtype=np.uint8)[offsets[0]:offsets[-1]]])
    if not len(hits):
        return None
    holding = np.zeros(len(column), dtype=bool)
    holding[np.searchsorted(offsets, hits + offsets[0], side="right") - 1] = True
    return holding


_CR_NUL = byte_table("\r\0")


def _any_cell_holds_cr_or_nul(columns: list) -> bool:
    """Whether a cell of the columns (Arrow text arrays or sequences of strings) holds a carriage return or NUL."""
    for column in columns:
        if isinstance(column, pa.Array) and pa.types.is_large_string(column.type) and not column.null_count:
            if cells_holding(column, _CR_NUL) is not None:
                return True
        elif any("\r" in cell or "\0" in cell for cell in cell_list(column)):
            return True
    return False


def _same_cells(prepared: _Table, table: _Table | None) -> bool:
    """Whether `table` (split from the written file) is the table prepared from its cells: same schema, header and
    context, no row of its own kind, and the very column objects the cells came from."""
    return table is not None and not table.own and prepared.schema == table.schema \
        and prepared.header == table.header and prepared.context == table.context \
        and list(prepared.regular) == list(table.regular) and len(prepared.columns) == len(table.columns) \
        and all(a is b for a, b in zip(prepared.columns, table.columns, strict=True))


def _context(row_schema: dict, header: list[str]) -> bytes:
    return hashlib.sha256(json.dumps(
        {"frictionless": frictionless.__version__, "schema": row_schema, "dialect": STANDARD_DIALECT,
         "header": header, "memo": "cell texts"}, sort_keys=True, ensure_ascii=False).encode("utf-8")).digest()


def _blank_rows(columns: list, missing: set[str]) -> np.ndarray:
    """Whether each row of the columns holds only missing values."""
    blank = np.ones(len(columns[0]), dtype=bool)
    for column in columns:
        if _is_arrow(column):  # texts without null: Arrow compares their UTF-8 bytes, equal when the strings are
            blank &= pc.is_in(column, value_set=pa.array(sorted(missing), type=column.type)).to_numpy(
                zero_copy_only=False)
        else:
            values = np.asarray(column, dtype=object)
            blank &= np.isin(values, list(missing)) if len(missing) != 1 else values == next(iter(missing))
        if not blank.any():
            break
    return blank


def _is_arrow(column) -> bool:
    return isinstance(column, (pa.Array, pa.ChunkedArray))


def cell_list(column) -> list:
    """A column of cells (a sequence of Python strings, or an Arrow text array) as a list of Python strings."""
    return column.to_pylist() if _is_arrow(column) else list(column)


def _key_errors(table: _Table) -> list[str]:
    """Primary key and unique-field errors over every row, on the values Frictionless' cell readers give
    (missing and ill-typed cells read as None), with Frictionless' rules: a key whose cells are all None is
    an error, a repeated key or unique value is reported at its second and later rows. A table whose keys
    are told clean from their codes (_key_codes) is not listed row by row."""
    codes = _key_codes(table)
    if codes is not None and not _key_problem(table, codes):
        return []
    return _listed_key_errors(table)


def _key_values(table: _Table, key: str):
    """The function giving the value Frictionless' cell reader of the key field `key` reads in a cell."""
    missing = _text_key_missing(table, key)
    if missing is not None:
        return lambda cell: None if cell is None or cell in missing else cell
    read = _frictionless_schema(table.resource["schema"]).get_field(key).create_cell_reader()
    return lambda cell: read(cell)[0]


def _text_key_missing(table: _Table, key: str) -> set[str] | None:
    """The missing values of the key field `key` when it is a string field of the default format (Frictionless'
    value of its cell is then None for a missing value, else the text itself); None for another field."""
    schema = _frictionless_schema(table.resource["schema"])
    field = schema.get_field(key)
    if field.type == "string" and field.format in (None, "default"):
        return set(field.missing_values if field.has_defined("missing_values") else schema.missing_values)
    return None


def _key_codes(table: _Table) -> dict[str, np.ndarray] | None:
    """Per key field, each row's value as a number: -1 for None, else the rank of its value among the field's
    distinct values (told apart as a set tells them apart: equal values share a number); each distinct cell
    read once. None when a cell is not text (a short row has None there) or a value cannot be put in a set."""
    codes = {}
    for key, cells in table.key_cells.items():
        if _is_arrow(cells) and not cells.null_count:  # Arrow texts: its dictionary tells them apart as a set does
            encoded = pc.dictionary_encode(cells.combine_chunks() if isinstance(cells, pa.ChunkedArray) else cells)
            rows, distinct = encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()
        else:
            values = np.fromiter(cell_list(cells), dtype=object, count=len(cells))
            if len(values) and pd.api.types.infer_dtype(values, skipna=False) != "string":
                return None  # a short row's None (pandas would take it for a missing value) or a cell not text
            rows, distinct = pd.factorize(values)
            distinct = distinct.tolist()
        missing = _text_key_missing(table, key)
        if missing is not None:  # each distinct text is its own value, a missing one None
            lookup = np.where(np.isin(np.array(distinct, dtype=object), list(missing)), -1, np.arange(len(distinct)))
            codes[key] = lookup[rows] if len(rows) else np.empty(0, dtype=np.int64)
            continue
        value_of, rank = _key_values(table, key), {}
        lookup = np.empty(len(distinct), dtype=np.int64)
        try:
            for i, cell in enumerate(distinct):
                value = value_of(cell)
                lookup[i] = -1 if value is None else rank.setdefault(value, len(rank))
        except TypeError:  # an unhashable value
            return None
        codes[key] = lookup[rows] if len(rows) else np.empty(0, dtype=np.int64)
    return codes


def _key_problem(table: _Table, codes: dict[str, np.ndarray]) -> bool:
    """Whether _listed_key_errors may report something: a primary key whose cells are all None or repeated
    in some row, a unique field's value repeated (True also when the codes cannot be combined)."""
    primary = table.resource["schema"].get("primaryKey") or []
    if primary:
        columns = [codes[k] for k in primary]
        if np.logical_and.reduce([c == -1 for c in columns]).any():
            return True
        combined, size = np.zeros(len(columns[0]), dtype=np.int64), 1
        for column in columns:
            width = int(column.max(initial=-1)) + 2  # -1 (None) and every rank
            if size * width >= 2 ** 62:
                return True
            combined += (column + 1) * size
            size *= width
        if _repeats(combined):
            return True
    for f in table.resource["schema"]["fields"]:
        if f.get("constraints", {}).get("unique") and _repeats(codes[f["name"]][codes[f["name"]] >= 0]):
            return True
    return False


def _repeats(numbers: np.ndarray) -> bool:
    """Whether a number occurs twice (sorted: numpy's hashed unique is several times slower here)."""
    ordered = np.sort(numbers)
    return bool((ordered[1:] == ordered[:-1]).any())


def _listed_key_errors(table: _Table) -> list[str]:
    """_key_errors, reading every row's key cells (the errors listed row by row)."""
    values = {}
    for key, cells in table.key_cells.items():
        cells = cell_list(cells)
        value_of = _key_values(table, key)
        parsed = {cell: value_of(cell) for cell in set(cells)}
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


def _declared_size_errors(resource: dict, path: Path, digest=sha256_file) -> list[str]:
    """What Frictionless reports when a file's declared bytes or sha256 (`digest`) do not match it."""
    errors = []
    if "bytes" in resource and path.stat().st_size != resource["bytes"]:
        errors.append(f"{resource['name']}: byte-count: {path.stat().st_size} octets pour {resource['bytes']} déclarés")
    declared = resource.get("hash")
    if declared and declared.startswith("sha256:") and f"sha256:{digest(path)}" != declared:
        errors.append(f"{resource['name']}: hash-count: empreinte sha256 différente de celle déclarée")
    return errors


def _format(error: dict, rows: list[int] | None, start: int = 0) -> str:
    """An error as publish() reports it, its row renumbered from the partial file (its rows taken from the
    table's `rows` positions at `start`) to the published one."""
    row = error.get("rowNumber")
    if row is not None and rows is not None and 2 <= row < len(rows) - start + 2:
        row = rows[start + row - 2] + 2
    if row is None and not error.get("fieldName"):
        return f"{error['resource']}: {error['message']}"
    return (f"{error['resource']}: ligne {row if row is not None else '-'}, champ {error.get('fieldName') or '-'}: "
            f"{error.get('note') or error['message']}")


def distinct_cells(column) -> list[str]:
    """list(dict.fromkeys(column)): the column's distinct cells in the order they first appear, found by pandas'
    hash table when the cells are all Python strings (which it tells apart exactly as a dict does), by Arrow's
    (on their UTF-8 bytes, equal exactly when the strings are) for an Arrow text array without null."""
    if _is_arrow(column) and column.null_count == 0:
        return pc.unique(column).to_pylist()
    if _is_arrow(column):
        column = column.to_pylist()
    values = column if isinstance(column, np.ndarray) and column.dtype == object else np.fromiter(
        column, dtype=object, count=len(column))
    if len(values) and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return pd.unique(values).tolist()
    return list(dict.fromkeys(column))


@dataclass
class _Part:
    """What one table gives the children to read, as rows of cells after a header: its rows of their own kind
    (`positions` in the table), or the texts to read of some fields side by side (`fields`, by position in
    the schema, one per column: a field with many texts fills several columns, column k its texts from
    `offsets[k]`, `counts[k]` of them; `sentinel` the added non-blank column)."""

    table: _Table
    header: list[str]
    rows: list
    schema: dict
    positions: list[int] | None = None
    fields: list[int] | None = None
    sentinel: str = ""
    offsets: list[int] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.schema["fields"])


def _groups(sizes: dict[int, int]) -> list[list[int]]:
    """Fields ({position: texts to read}) grouped into cell files at the least cost: a file has as many rows
    as its longest column, the others padded (ROW_COST per row, CELL_COST per cell)."""
    order = sorted(sizes, key=lambda j: (-sizes[j], j))
    best, cut = [0.0], [0]
    for end in range(1, len(order) + 1):
        cost, start = min((best[start] + sizes[order[start]] * (ROW_COST + CELL_COST * (end - start + 1)), start)
                          for start in range(end))
        best.append(cost)
        cut.append(start)
    groups, end = [], len(order)
    while end:
        groups.append(sorted(order[cut[end]:end]))
        end = cut[end]
    return groups[::-1]


def _padding(field: dict, schema: dict, texts: list[str]) -> str:
    """What a shorter column of a cell file is padded with: a missing value where the field may be missing
    (Frictionless reads it as nothing, without a type to parse), else the column's first text."""
    missing = field.get("missingValues", schema.get("missingValues", [""]))
    return missing[0] if missing and not field.get("constraints", {}).get("required") else texts[0]


def _parts(table: _Table, known: list[set[str]]) -> list[_Part]:
    """The table's partial files: its rows of their own kind after its header, then its cell files holding
    each field's distinct texts (those `known` holds excepted)."""
    fields = table.schema["fields"]
    parts = [_Part(table, table.header, [table.rows[i] for i in table.own], table.schema, positions=table.own)]
    table.texts = table.distinct = [distinct_cells(column) for column in table.columns]
    if known and len(known) == len(table.distinct):
        table.distinct = [[text for text in texts if text not in valid] if valid else texts
                          for texts, valid in zip(table.distinct, known, strict=True)]
    # Frictionless' cost is mostly per row: a field with more texts than COLUMN_TEXTS spreads them over several
    # columns of the same definition under other names (each text still read once, by the field's own rules).
    slices = [(j, offset, min(COLUMN_TEXTS, len(texts) - offset)) for j, texts in enumerate(table.distinct)
              for offset in range(0, len(texts), COLUMN_TEXTS)]
    if not slices:
        return parts
    names = [f["name"] for f in fields]
    sentinel = "_ligne"
    while sentinel in names:
        sentinel += "_"
    taken = {*names, sentinel}
    for group in _groups({k: count for k, (_, _, count) in enumerate(slices)}):
        height = max(slices[k][2] for k in group)
        header, columns, schema_fields = [], [], []
        for k in group:
            j, offset, count = slices[k]
            texts = table.distinct[j]
            name = names[j]
            if offset:  # another column of the same field
                name = f"{names[j]}_{offset // COLUMN_TEXTS + 1}"
                while name in taken:
                    name += "_"
                taken.add(name)
            header.append(name)
            schema_fields.append({**fields[j], "name": name})
            columns.append(texts[offset:offset + count] + [_padding(fields[j], table.schema, texts)] * (height - count))
        schema = {**table.schema, "fields": [*schema_fields, {"name": sentinel, "type": "string"}]}
        parts.append(_Part(table, [*header, sentinel], list(zip(*columns, ["x"] * height, strict=True)), schema,
                           fields=[slices[k][0] for k in group], sentinel=sentinel,
                           offsets=[slices[k][1] for k in group], counts=[slices[k][2] for k in group]))
    return parts


# The characters that make the csv module quote a field (QUOTE_MINIMAL, ",", '"', "\n" line ends), and "\r": a
# field holding none of them is written as it is.
def _special(text: str) -> bool:
    return "," in text or '"' in text or "\n" in text or "\r" in text


def _csv_writer(out: io.StringIO):
    return csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def csv_fields(values: list[str]) -> list[str]:
    """Each value as the csv module writes it as a field of a row of two or more fields (the quoting of a field
    does not depend on the others'): rows (value, marker) written in one call, cut at the markers."""
    marker = "\x00m"
    while any(marker in value for value in values):
        marker += "m"
    out = io.StringIO()
    _csv_writer(out).writerows([value, marker] for value in values)
    fields = out.getvalue().split(f",{marker}\n")
    if len(fields) != len(values) + 1 or fields[-1]:  # pragma: no cover - a marker is written as it is
        raise ValueError("csv fields not recovered")
    return fields[:-1]


def csv_rows_text(header: list[str], columns: list) -> str:
    """The text the csv module writes for `header` then the rows of `columns` (sequences of Python strings of
    equal length), minimal quoting, "\n" line ends; built column by column: a column without a character to
    quote is joined as it is, the others' distinct values are written once by the csv module."""
    out = io.StringIO()
    _csv_writer(out).writerow(header)
    if len(columns) < 2:  # a row of one empty field is quoted: the csv module writes the rows
        _csv_writer(out).writerows(zip(*columns, strict=True))
        return out.getvalue()
    fields = []
    for column in columns:
        values = np.asarray(column, dtype=object)
        try:
            special = _special("".join(values))
        except TypeError:  # not only strings: the csv module writes the rows
            _csv_writer(out).writerows(zip(*columns, strict=True))
            return out.getvalue()
        if special:
            codes, distinct = pd.factorize(values)
            distinct = distinct.tolist()
            quoted = [i for i, value in enumerate(distinct) if _special(value)]
            for i, text in zip(quoted, csv_fields([distinct[i] for i in quoted]), strict=True):
                distinct[i] = text
            values = np.array(distinct, dtype=object)[codes]
        fields.append(values)
    rows = "\n".join(map(",".join, zip(*fields, strict=True)))
    return out.getvalue() + rows + ("\n" if rows or len(fields[0]) else "")


def _write_csv(path: Path, header: list[str], rows: list) -> None:
    if len({len(row) for row in rows}) == 1:  # rows of one width: written column by column
        text = csv_rows_text(header, list(zip(*rows, strict=True)))
    else:
        out = io.StringIO()
        writer = _csv_writer(out)
        writer.writerow(header)
        writer.writerows(rows)
        text = out.getvalue()
    path.write_text(text, encoding="utf-8", newline="")


class Workers:
    """Child processes started ahead of a validation, forked from this process where it can fork (Linux: nothing
    to import), else started as new interpreters that import frictionless while this process prepares the
    files; start_validation() hands them their task. Those left unused are stopped by close()."""

    def __init__(self, count: int | None = None, fork: bool | None = None) -> None:
        self._fork = _CAN_FORK if fork is None else fork
        self._idle = [self._start() for _ in range(count if count is not None else _worker_count())]

    def _start(self):
        return _ForkedWorker() if self._fork else _spawn()

    def take(self):
        return self._idle.pop(0) if self._idle else self._start()

    def close(self) -> None:
        for process in self._idle:
            process.kill()
            process.wait()
            for stream in (process.stdin, process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        self._idle = []

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *_) -> None:
        self.close()


def _worker_count() -> int:
    return 2 if (os.cpu_count() or 1) > 1 else 1


class Validation:
    """A validation under way: each table is handed to the children as soon as it is added (add()), the package's
    metadata and the tables validated whole last (finish()); errors() collects the outcome. Started by
    start_validation(), or by a writer that adds each table as soon as its file is written. `digest` gives a file's
    sha256, checked against the one its resource declares (sha256_file, or one that remembers it for a file that did
    not change since: the writer that declared it from the file)."""

    def __init__(self, base: Path, memo: RowMemo | None = None, workers: Workers | None = None,
                 digest=sha256_file) -> None:
        self._base, self._memo, self._digest = base, memo, digest
        self._own = Workers(0) if workers is None else None  # children started on demand, closed by finish()
        self._pool = workers if workers is not None else self._own
        self._errors: list[str] = []
        self._workers: list[tuple] = []  # (process, {partial name: label}, table names, cells handed over)
        self._chunks: dict[str, tuple[_Part, int]] = {}
        self._tables: list[_Table] = []
        self._whole: list[dict] = []
        self._folder: Path | None = None
        self._added, self._finished = False, False
        self._prepared: dict[str, tuple[_Table, list[str]]] = {}  # name -> (table, labels of its partial files)
        self._discarded: set[str] = set()  # labels of partial files whose errors are not the table's

    def prepare(self, resource: dict, header: list[str], columns: list) -> None:
        """Hand the children now the cell files of the CSV resource `resource` that its writer is about to write
        from `header` and `columns` (WrittenCells' header and columns): they read them while the file is written.
        add() then takes them as the table's when the file splits into these very cells (else they are dropped
        and the table is read as add() reads it)."""
        table = _cells_table(resource, header, columns)
        if table is None or resource.get("name") in self._prepared:
            return
        self._added = True
        self._prepared[resource["name"]] = (table, self._hand_over(table))

    def add(self, resource: dict, written: WrittenCells | None = None) -> None:
        """Validate `resource` (a CSV resource of the package, its file under the package's folder): split now,
        its partial files handed to the children at once (two share a big table, a small one goes to the least
        busy); a table that cannot be split is validated whole after the last one. `written`: the file's text
        and cells as its writer had them (not parsed from the file again)."""
        self._added = True
        path = self._base / resource["path"] if isinstance(resource.get("path"), str) else None
        table = _split(resource, path, written) if path is not None and resource.get("format") == "csv" \
            and path.is_file() else None
        if table is None:
            self._whole.append({**resource, "basepath": str(self._base)})
            return
        self._errors += _declared_size_errors(resource, path, self._digest)
        # Pieces of the writer's cells, when the table is those very cells (not parsed again from the file).
        pieces = written.pieces if written is not None and not table.own and len(table.columns) == len(
            written.columns) and all(a is b for a, b in zip(table.columns, written.columns, strict=True)) else None
        prepared, labels = self._prepared.pop(resource.get("name"), (None, []))
        if prepared is not None and _same_cells(prepared, table):
            prepared.key_cells = table.key_cells
            if pieces is not None:  # every row was handed over: each piece is remembered as read
                prepared.pieces, prepared.fresh = pieces, list(pieces)
            self._tables.append(prepared)
            return
        self._discarded.update(labels)
        table.pieces = pieces
        self._tables.append(table)
        self._hand_over(table)

    def _hand_over(self, table: _Table) -> list[str]:
        """Write the table's partial files and hand them to the children; their labels."""
        resource, labels = table.resource, []
        if table.pieces is not None and self._memo is not None:
            parts = _parts(*self._fresh_rows(table))
        else:
            parts = _parts(table, self._memo.rows(resource["name"], table.context) if self._memo is not None else [])
        cells = sum(len(part.rows) * part.width for part in parts)
        if not cells:
            return labels
        count = _worker_count() if cells > PARALLEL_CELLS else 1
        while len(self._workers) < count:
            self._start_worker()
        # Partial files cut so that each of the `count` least busy children reads about as many cells.
        chosen = sorted(range(len(self._workers)), key=lambda w: (self._workers[w][3], w))[:count]
        if self._folder is None:
            self._folder = self._base / f".validation-{os.getpid()}"
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder.mkdir()
        share, slot, filled = cells / count, 0, 0.0
        for part in parts:
            width, start = part.width, 0
            while True:
                room = int((share - filled) / width) if slot < count - 1 else len(part.rows) - start
                if room <= 0 and start < len(part.rows):  # this child has its share: the next one takes the rest
                    slot, filled = slot + 1, 0.0
                    continue
                chunk = part.rows[start:start + room]
                name = f"part{len(self._chunks)}"
                label = f"{part.table.resource['name']}#{name}"
                labels.append(label)
                # Rows written back by the csv module, which reads them back as the same cells.
                _write_csv(self._folder / f"{name}.csv", part.header, chunk)
                self._chunks[label] = (part, start)
                # A cell file holds each text once per column: the child does not remember its readings.
                self._send(chosen[slot], [{"name": name, "label": label, "path": f"{name}.csv", "format": "csv",
                                           "basepath": str(self._folder), "encoding": "utf-8",
                                           "dialect": PARTIAL_DIALECT, "schema": part.schema,
                                           "memoise": part.fields is None}], len(chunk) * width)
                filled += len(chunk) * width
                start += len(chunk)
                if start >= len(part.rows):
                    break
        return labels

    def _fresh_rows(self, table: _Table) -> tuple[_Table, list[set[str]]]:
        """The rows of the table's pieces not found valid before with the same bytes in the same context, as a table
        (its regular rows numbered as in the whole table), and per field the texts found valid in those pieces'
        rows last time (their memo, which each piece found valid keeps)."""
        name = table.resource["name"]
        valid = self._memo.pieces(name, table.context)
        table.fresh = [piece for piece in table.pieces if valid.get(piece.label) != piece.sha256]
        known: list[set[str]] = [set() for _ in table.columns]
        for piece in table.fresh:
            for texts, kept in zip(known, self._memo.rows(_piece_name(name, piece), table.context), strict=False):
                texts |= kept
        if len(table.fresh) == len(table.pieces):
            return table, known
        rows = [i for piece in table.fresh for i in range(piece.start, piece.stop)]
        columns = [_rows_of(column, table.fresh) for column in table.columns]
        return _Table(table.resource, table.schema, table.context, table.header, [], {}, [], rows, columns), known

    def _start_worker(self) -> None:
        try:
            process = self._pool.take()
        except BaseException:
            self.abort()
            raise
        self._workers.append((process, {}, set(), 0.0))

    def _send(self, number: int, batch: list[dict], cells: float, package: dict | None = None) -> None:
        """Hand `batch` (and the package's metadata to check, when given) to child `number`: one JSON line, read
        by the child as soon as it is written."""
        process, partials, names, load = self._workers[number]
        names.update(d["label"].split("#", 1)[0] if "label" in d else d["name"] for d in batch)
        partials.update({d["name"]: d.pop("label") for d in batch if "label" in d})
        if package is not None:
            names.add("datapackage.json")
        self._workers[number] = (process, partials, names, load + cells)
        try:
            process.stdin.write(json.dumps({"package": package, "resources": batch}, ensure_ascii=False) + "\n")
            process.stdin.flush()
        except BaseException:
            self.abort()
            raise

    def finish(self, package: dict) -> None:
        """After the last add(): the package's metadata (`package`, its descriptor) and the tables that could
        not be split are read by the first child; the children then have all their work."""
        if self._finished:
            return
        self._finished = True
        try:
            if self._added:
                if not self._workers:
                    self._start_worker()
                self._send(0, self._whole, 0.0, package=package)
            for process, _, _, _ in self._workers:
                process.stdin.close()
                process.stdin = None  # communicate() must not write again
        except BaseException:
            self.abort()
            raise
        finally:
            if self._own is not None:
                self._own.close()

    def abort(self) -> None:
        """Stop the children and drop the partial files (the caller failed before finish())."""
        self._finished = True
        for process, _, _, _ in self._workers:
            process.kill()
            process.wait()
        self._workers = []
        if self._own is not None:
            self._own.close()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def cells(self, name: str) -> tuple[list[str], list, list[list[str]]] | None:
        """(header, one sequence of cells per column, the distinct texts of each column) of the CSV resource
        `name` as read for its validation; None when it was not split here or does not read as a plain table
        (rows of their own kind, a header other than distinct names, one per field)."""
        table = next((t for t in self._tables if t.resource["name"] == name), None)
        if table is None or table.own or len(table.header) != len(table.columns) \
                or len(set(table.header)) != len(table.header):
            return None
        return table.header, table.columns, table.texts if len(table.texts) == len(table.columns) else None

    def errors(self) -> list[str]:
        """Every error found (empty when valid); remembers the cells of each table found valid. Calls finish()
        when it was not (with the metadata of no package: the tables alone are checked)."""
        if not self._finished:
            self.finish(None)
        found: list[str] = []
        cells: dict[str, dict[tuple[int, str], dict]] = {}  # table -> (field, text) -> {occurrence: [notes]}
        # The whole-table rules are checked while the children read.
        for table in self._tables:
            self._errors += _key_errors(table)
        for _, labels in self._prepared.values():  # prepared, never added: not a table of this validation
            self._discarded.update(labels)
        failed = {e.split(":", 1)[0] for e in self._errors}
        try:
            for process, partials, names, _ in self._workers:
                out, err = process.communicate()
                if process.returncode != 0:
                    self._errors.append(f"validation Frictionless interrompue ({', '.join(sorted(names))}) : "
                                        f"{err.strip()[-500:]}")
                    failed |= names
                    continue
                for error in json.loads(out):
                    label = partials.get(error["resource"], error["resource"])
                    if label in self._discarded:
                        continue
                    error["resource"] = label.split("#", 1)[0]
                    failed.add(error["resource"])
                    part, start = self._chunks.get(label, (None, 0))
                    if part is None or part.fields is None:
                        found.append(_format(error, part.positions if part is not None else None, start))
                        continue
                    names_in_part = [f["name"] for f in part.schema["fields"]]
                    row, name = error.get("rowNumber"), error.get("fieldName")
                    if row is None or name not in names_in_part or name == part.sentinel:
                        found.append(f"{error['resource']}: {error['message']}")
                        continue
                    column = names_in_part.index(name)
                    j, offset, index = part.fields[column], part.offsets[column], start + row - 2
                    texts = part.table.distinct[j]
                    # A padding cell of a required field holds the field's first text.
                    text = texts[offset + index] if index < part.counts[column] else texts[0]
                    notes = cells.setdefault(error["resource"], {}).setdefault((j, text), {})
                    notes.setdefault((label, row), []).append(error.get("note") or error["message"])
        finally:
            if self._folder is not None:
                shutil.rmtree(self._folder, ignore_errors=True)
        for table in self._tables:
            found += _cell_errors(table, cells.get(table.resource["name"], {}))
        errors = found + self._errors
        if self._memo is not None:
            for table in self._tables:
                if table.resource["name"] in failed:
                    continue
                if table.pieces is None:
                    self._memo.remember(table.resource["name"], table.context, table.texts)
                    continue
                for piece in table.fresh:  # each piece read keeps its texts, and every piece is now found valid
                    self._memo.remember(_piece_name(table.resource["name"], piece), table.context,
                                        [distinct_cells(_rows_of(column, [piece])) for column in table.columns])
                self._memo.remember_pieces(table.resource["name"], table.context,
                                           {piece.label: piece.sha256 for piece in table.pieces})
        return errors


def _piece_name(table: str, piece: Piece) -> str:
    return f"{table}.{piece.label}"


def _rows_of(column, pieces: list[Piece]):
    """The cells of a column (Arrow texts or a sequence) in the rows of `pieces`, in order."""
    if _is_arrow(column):
        parts = [column.slice(piece.start, piece.stop - piece.start) for piece in pieces]
        return parts[0] if len(parts) == 1 else pa.concat_arrays(parts) if parts else column.slice(0, 0)
    return [cell for piece in pieces for cell in column[piece.start:piece.stop]]


def _cell_errors(table: _Table, rejected: dict[tuple[int, str], dict]) -> list[str]:
    """The errors of the cells Frictionless rejected, at every row that holds the text, in row then field order
    (the notes of a text are those of its first reading)."""
    if not rejected:
        return []
    by_field: dict[int, dict[str, list[str]]] = {}
    for (j, text), occurrences in rejected.items():
        by_field.setdefault(j, {})[text] = next(iter(occurrences.values()))
    found = []
    for j, texts in by_field.items():
        found += [(table.regular[k], j, note) for k, cell in enumerate(cell_list(table.columns[j])) if cell in texts
                  for note in texts[cell]]
    names = [f["name"] for f in table.schema["fields"]]
    return [f"{table.resource['name']}: ligne {i + 2}, champ {names[j]}: {note}"
            for i, j, note in sorted(found, key=lambda e: (e[0], e[1]))]


def start_validation(descriptor: Path, formats: tuple[str, ...] | None = None, skip: frozenset[str] = frozenset(),
                     memo: RowMemo | None = None, workers: Workers | None = None,
                     written: dict[str, WrittenCells] | None = None) -> Validation:
    """Start validating the package at `descriptor` (see the module docstring): the package's metadata, then
    its resources of `formats` (all when None) except those named in `skip`; only the cell texts `memo`
    does not hold are read again by Frictionless, in child processes taken from `workers` (started now when
    None). `written` maps a resource name to its CSV file's text and cells as its writer had them: they are
    not parsed from the file again. Call .errors() on the result for the outcome."""
    content = json.loads(descriptor.read_text(encoding="utf-8"))
    validation = Validation(descriptor.parent, memo, workers)
    written = written or {}
    try:
        for resource in content.get("resources", []):
            if (formats is None or resource.get("format") in formats) and resource.get("name") not in skip:
                validation.add(resource, written.get(resource.get("name")))
    except BaseException:
        validation.abort()
        raise
    validation.finish(content)
    return validation


_CAN_FORK = sys.platform.startswith("linux")
_ERROR_TAIL = 4000  # characters of a forked worker's traceback kept (the caller reports the last 500)


class _ForkedWorker:
    """A worker forked from this process, which has imported frictionless (no interpreter to start, nothing to
    import): it reads its task on its stdin and runs frictionless_worker.run on it, as the script does. The part
    of subprocess.Popen's interface the validation uses: stdin, communicate(), returncode, kill(), wait()."""

    def __init__(self) -> None:
        from assets.lib import frictionless_worker

        _warm_up(frictionless_worker)
        (in_read, in_write), (out_read, out_write), (err_read, err_write) = os.pipe(), os.pipe(), os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: its three pipes as 0, 1, 2 and nothing else open, as a started process has
            code = 1
            try:
                for fd, target in ((in_read, 0), (out_write, 1), (err_write, 2)):
                    os.dup2(fd, target)
                os.closerange(3, os.sysconf("SC_OPEN_MAX"))
                # The parent's objects stay the parent's: this child's collections never walk (nor copy the
                # pages of) what it inherited, only what Frictionless allocates here (about a tenth less CPU).
                gc.freeze()
                code = _serve(frictionless_worker)
            finally:
                os._exit(code)
        for fd in (in_read, out_write, err_write):
            os.close(fd)
        self.pid, self.returncode = pid, None
        self.stdin = os.fdopen(in_write, "w", encoding="utf-8")
        self.stdout = os.fdopen(out_read, encoding="utf-8")
        self.stderr = os.fdopen(err_read, encoding="utf-8")

    def communicate(self) -> tuple[str, str]:
        out, err = self.stdout.read(), self.stderr.read()  # the child writes its errors after its output
        self.stdout.close()
        self.stderr.close()
        self.wait()
        return out, err

    def kill(self) -> None:
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # pragma: no cover - already reaped
                pass

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode


# A cell of each type a cell file may hold (and a link): what Frictionless' first validation in a process reads.
_WARM_UP = {"fields": [{"name": "s", "type": "string", "constraints": {"pattern": "^x", "maxLength": 3}},
                       {"name": "u", "type": "string", "format": "uri"},
                       {"name": "i", "type": "integer", "constraints": {"minimum": 0}},
                       {"name": "n", "type": "number"}, {"name": "b", "type": "boolean"},
                       {"name": "d", "type": "date"}, {"name": "t", "type": "datetime"}, {"name": "h", "type": "time"},
                       {"name": "y", "type": "year"}, {"name": "m", "type": "yearmonth"}]}
_WARM_ROW = "x,https://exemple.org/a?b=1,1,1.5,true,2019-11-02,2019-11-02T10:00:00+01:00,10:00:00,2019,2019-11\n"
_warmed: list[bool] = []


def _warm_up(worker) -> None:
    """Frictionless' first validation in a process loads its format plugins and the libraries and patterns of its
    field types (~0.2 s of CPU): done once in this process before forking the first child, so that the children
    inherit it instead of each paying it. Field.create_cell_reader, which the worker sets, is put back."""
    if _warmed:
        return
    _warmed.append(True)
    saved = frictionless.schema.field.Field.create_cell_reader
    try:
        with tempfile.TemporaryDirectory(prefix="mois-ess-warm-") as folder:
            Path(folder, "t.csv").write_text(",".join(f["name"] for f in _WARM_UP["fields"]) + "\n" + _WARM_ROW,
                                             encoding="utf-8")
            worker.run({"package": None, "resources": [{"name": "t", "path": "t.csv", "format": "csv",
                                                        "basepath": folder, "encoding": "utf-8",
                                                        "dialect": PARTIAL_DIALECT, "schema": _WARM_UP}]})
    except Exception:  # noqa: BLE001 - a warm-up only: the children then pay it themselves
        pass
    finally:
        frictionless.schema.field.Field.create_cell_reader = saved


def _serve(worker) -> int:
    """In a forked child: its tasks on fd 0, one JSON line each, each run as soon as it is read; once fd 0 is
    closed, all their errors as one JSON list on fd 1 (a failure's traceback on fd 2)."""
    try:
        with os.fdopen(0, encoding="utf-8") as stdin:
            found = worker.run_lines(stdin)
        data = json.dumps(found, ensure_ascii=False).encode("utf-8")
        with os.fdopen(1, "wb") as stdout:
            stdout.write(data)
        return 0
    except BaseException:  # noqa: BLE001 - reported to the parent, which names the tables
        os.write(2, traceback.format_exc()[-_ERROR_TAIL:].encode("utf-8", "replace"))
        return 1


def _spawn() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-I", str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
