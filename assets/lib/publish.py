"""Published files of a release: CSV, Parquet and datapackage.json, validated before they replace the last ones."""

import csv
import functools
import gc
import hashlib
import io
import json
import os
import pickle
import shutil
import signal
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from assets.lib.digest import arrow_digest, sha256_file, text_bytes
from assets.lib.fingerprint import library_versions
from assets.lib.leftovers import remove_dead_leftovers
from assets.lib.parallel import worker_count
from assets.lib.privacy import (
    ReadTable,
    clean_pieces,
    remember_clean_pieces,
    scan_publication,
    scan_read,
    scanned_before,
)
from assets.lib.schema import load_schema, typed_frame
from assets.lib.state import read_pickle, read_state, write_pickle, write_state
from assets.lib.validation import (
    Piece,
    RowMemo,
    Validation,
    Workers,
    WrittenCells,
    byte_table,
    cells_holding,
    csv_fields,
    csv_rows_text,
)

SCANS = "scans.json"  # in the memo folder: scan_publication's results per file content
SCANNED_PIECES = "scanned_pieces.json"  # in the memo folder: the pieces of each CSV table found clean
CSV_PIECES = "csv-pieces"  # in the memo folder, a folder per table: each edition's CSV rows, by their cells' digest
CSV_OF_FRAME = "csv_of_frame.json"  # in the memo folder: the CSV bytes written from each frame content (frame_key)
CSV_MEMO_ENTRIES = 64
# In the memo folder: the inputs the release's tables were last written from (publication_inputs), and their files.
RELEASE_TABLES = "release_tables.json"
# The libraries the tables are converted, written and validated with: another version may write other bytes.
PUBLISHING_LIBRARIES = ("pandas", "pyarrow", "numpy", "frictionless")
STAGING_PATTERN = r"\.staging-(\d+)"  # a publishing process' folder, by its id
# A table of at least this many cells has its two copies compared and its CSV scanned in a process forked as soon
# as both are written, while this one writes the next tables (a smaller one costs less than the fork); a release of
# that many cells has its Parquet copies written by a process forked at the start, while this one writes the CSVs.
FORKED_CELLS = 100_000


class PublicationInvalid(Exception):
    """The staged release failed validation; the previous publication was left untouched."""


def csv_booleans(column: pd.Series) -> pd.Series:
    """A boolean column as the published CSVs write it: `true` / `false`, empty when unknown (pandas would
    write True / False, which the schemas' trueValues / falseValues do not accept)."""
    return distinct_texts(column, lambda v: "true" if v else "false").astype("string")


def distinct_texts(column: pd.Series, text, missing: str = "") -> pd.Series:
    """`text(value)` for each value of `column` (`missing` for a missing one), computed once per distinct
    value; an object Series with the column's index."""
    codes, distinct = pd.factorize(column, use_na_sentinel=True)  # missing values get code -1: the last text
    texts = np.array([*(text(value) for value in distinct), missing], dtype=object)
    return pd.Series(texts[codes], index=column.index, dtype=object)


def write_csv(frame: pd.DataFrame, path: Path, cells: tuple[list[str], list[pa.Array]] | None = None,
              pieces_memo: Path | None = None) -> WrittenCells | None:
    """Write `frame` as CSV at `path`; returns the text and cells written when the csv module wrote them (`cells`:
    arrow_cells(frame) when already computed; `pieces_memo`: see csv_text_and_cells)."""
    # Explicit, locale-free CSV: UTF-8, comma, minimal quoting, "\n" line ends, "." decimals, true/false.
    content, written = _csv_content(frame, cells, pieces_memo)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return written


def csv_text(frame: pd.DataFrame) -> str:
    """The text pandas' to_csv writes for `frame` (csv_frame's cells, no index, minimal quoting, "\n"), written
    here by the csv module from whole columns when they are text or nullable integers (each cell as pandas
    writes it: the value's text, '' when missing); other columns are left to pandas."""
    return csv_text_and_cells(frame)[0]


def arrow_cells(frame: pd.DataFrame) -> tuple[list[str], list[pa.Array]] | None:
    """(header, one Arrow large_string array per column) of the cells csv_text_and_cells writes for `frame` when
    its columns are two or more, all texts or nullable integers that Arrow holds (else None)."""
    cells = csv_frame(frame)
    arrow = [_arrow_cells(cells[name]) for name in cells.columns] if len(cells.columns) >= 2 else [None]
    if not all(column is not None for column in arrow):
        return None
    return [str(name) for name in cells.columns], arrow


def csv_text_and_cells(frame: pd.DataFrame, cells: tuple[list[str], list[pa.Array]] | None = None,
                       pieces_memo: Path | None = None) -> tuple[str, WrittenCells | None]:
    """csv_text(frame), and the header and columns of cells the csv module wrote it from (None when pandas
    wrote it). Columns of texts and nullable integers that Arrow holds are joined by Arrow (arrow_csv_text: the
    same text, and Arrow arrays for cells); the others go through Python strings. `cells`: arrow_cells(frame)
    when already computed. With `pieces_memo` (a folder), the rows of each edition are written from the cells once:
    the text of an edition whose cells have the digest they had then is taken from there (csv_rows_by_piece)."""
    content, written = _csv_content(frame, cells, pieces_memo)
    return content.decode("utf-8") if isinstance(content, bytes) else content, written


def _csv_content(frame: pd.DataFrame, cells: tuple[list[str], list[pa.Array]] | None = None,
                 pieces_memo: Path | None = None) -> tuple[str | bytes, WrittenCells | None]:
    """csv_text_and_cells(frame, cells, pieces_memo), the text joined by Arrow given as its UTF-8 bytes (as the file
    holds it: never made one Python string)."""
    arrow = cells if cells is not None else arrow_cells(frame)
    if arrow is not None:
        data, pieces = csv_rows_by_piece(*arrow, pieces_memo)
        return data, WrittenCells(data, *arrow, pieces=pieces)
    cells = csv_frame(frame)
    columns = []
    for name in cells.columns:
        values = cells[name]
        if str(values.dtype) == "Int64":
            columns.append(values.astype("string").to_numpy(dtype=object, na_value=""))
        elif (pd.api.types.is_string_dtype(values.dtype) and values.dtype != object) or (
                values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty")):
            columns.append(values.to_numpy(dtype=object, na_value=""))
        else:
            return cells.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL), None
    header = [str(name) for name in cells.columns]
    text = csv_rows_text(header, columns)
    return text, WrittenCells(text, header, columns)


def _arrow_cells(values: pd.Series) -> pa.Array | None:
    """The column's CSV cells as csv_text_and_cells writes them (the value's text, '' when missing) as one Arrow
    large_string array without null; None for a column of another kind, or of texts Arrow cannot hold (a lone
    surrogate)."""
    try:
        if str(values.dtype) == "Int64":  # Arrow writes an integer as Python does (sign and digits)
            array = pc.cast(pa.array(values.array), pa.large_string())
        elif pd.api.types.is_string_dtype(values.dtype) and values.dtype != object:
            array = pa.array(values.array)
        elif values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
            array = pa.array(values.to_numpy(dtype=object, na_value=""), type=pa.large_string())
        else:
            return None
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        return pc.fill_null(array.cast(pa.large_string()), "")
    except (pa.ArrowException, UnicodeError, TypeError, ValueError):
        return None


# The characters that make the csv module quote a field (see validation._special).
_CSV_SPECIAL = byte_table(',"\n\r')
_LARGE = functools.partial(pa.scalar, type=pa.large_string())


def arrow_csv_text(header: list[str], columns: list[pa.Array]) -> str:
    """csv_rows_text(header, columns) for two or more Arrow large_string columns without null (the same text):
    the rows joined by Arrow, each distinct cell that must be quoted written once by the csv module."""
    header_line, lines = _arrow_csv_lines(header, columns)
    return header_line + _joined(lines)


def _joined(lines: pa.Array) -> str:
    return pc.binary_join(pa.LargeListArray.from_arrays(pa.array([0, len(lines)], type=pa.int64()), lines),
                          _LARGE(""))[0].as_py()


def _arrow_csv_lines(header: list[str], columns: list[pa.Array]) -> tuple[str, pa.Array]:
    """(the header's line, each row's line as one Arrow large_string array) of arrow_csv_text(header, columns)."""
    fields = []
    for column in columns:
        special = cells_holding(column, _CSV_SPECIAL)
        if special is not None:
            special = pa.array(special)
            distinct = pc.unique(pc.filter(column, special))
            quoted = pa.array(csv_fields(distinct.to_pylist()), type=pa.large_string())
            column = pc.if_else(special, pc.take(quoted, pc.index_in(column, value_set=distinct)), column)
        fields.append(column)
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*fields, _LARGE(",")), _LARGE(""), _LARGE("\n"))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(header)
    return out.getvalue(), lines


PIECE_COLUMN = "edition"  # the published tables sort by edition first: each edition's rows are one piece of the file


def _edition_runs(header: list[str], columns: list[pa.Array]) -> list[tuple[str, int, int]] | None:
    """(edition cell, first row, end row) of each edition's rows; None without an edition column or rows, or when an
    edition's rows are not consecutive."""
    if PIECE_COLUMN not in header or not len(columns[0]):
        return None
    editions = columns[header.index(PIECE_COLUMN)]
    change = pc.not_equal(editions.slice(1), editions.slice(0, len(editions) - 1)).to_numpy(zero_copy_only=False)
    starts = [0, *(np.flatnonzero(change) + 1).tolist()]
    stops = [*starts[1:], len(editions)]
    labels = [editions[start].as_py() for start in starts]
    return list(zip(labels, starts, stops, strict=True)) if len(set(labels)) == len(labels) else None


def _cells_digest(context: str, header: list[str], columns: list[pa.Array], start: int, stop: int) -> str:
    """sha256 of rows `start` to `stop` of the cells (every cell's text, and where it ends), with `context`."""
    digest = hashlib.sha256(json.dumps([context, header]).encode())
    for column in columns:
        offsets, data = text_bytes(column, start, stop)
        digest.update(offsets.tobytes())
        digest.update(data)
    return digest.hexdigest()


def csv_rows_by_piece(header: list[str], columns: list[pa.Array], memo: Path | None = None
                      ) -> tuple[bytes, list[Piece] | None]:
    """(arrow_csv_text(header, columns) as UTF-8, its pieces: the rows of each edition and the sha256 of their bytes;
    None when the table does not sort by edition). A row's text depends on its cells alone, so each edition's rows are
    written apart: with `memo` (a folder), those whose cells have the digest (same code and library versions,
    header and cells) they had when last written are taken from there, the others written and kept."""
    runs = _edition_runs(header, columns)
    if runs is None:
        return arrow_csv_text(header, columns).encode("utf-8"), None
    header_line, texts, kept, context = None, {}, {}, _csv_context()
    if memo is not None:
        for label, start, stop in runs:
            digest = _cells_digest(context, header, columns, start, stop)
            found = read_pickle(memo / f"{label}.pickle")
            if isinstance(found, dict) and found.get("cells") == digest and isinstance(found.get("rows"), bytes):
                texts[label] = found["rows"]
            kept[label] = digest
    missing = [run for run in runs if run[0] not in texts]
    if len(missing) == len(runs):  # nothing kept: the whole table at once, cut into pieces
        header_line, lines = _arrow_csv_lines(header, columns)
        offsets, data = text_bytes(lines, 0, len(lines))
        texts = {label: bytes(data[offsets[start]:offsets[stop]]) for label, start, stop in runs}
    else:
        for label, start, stop in missing:
            header_line, lines = _arrow_csv_lines(header, [column.slice(start, stop - start) for column in columns])
            texts[label] = bytes(text_bytes(lines, 0, len(lines))[1])
    if header_line is None:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(header)
        header_line = out.getvalue()
    if memo is not None:
        for label, _, _ in missing:
            write_pickle(memo / f"{label}.pickle", {"cells": kept[label], "rows": texts[label]})
    pieces = [Piece(label, start, stop, hashlib.sha256(texts[label]).hexdigest()) for label, start, stop in runs]
    return header_line.encode("utf-8") + b"".join(texts[label] for label, _, _ in runs), pieces


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as CSV text: booleans `true`/`false` (see csv_booleans), whole numbers without a decimal part
    (`640`, not `640.0`, in a number column mixing counts and percentages), other numbers as Python writes
    them."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_bool_dtype(values):
            out[column] = csv_booleans(values)
        elif pd.api.types.is_float_dtype(values):
            out[column] = distinct_texts(values, lambda v: str(int(v)) if float(v).is_integer() else repr(float(v)))
    return out


def write_parquets(frames: dict[str, pd.DataFrame], folder: Path) -> dict[str, str]:
    """{name: sha256 of the file} of each frame written as `name`.parquet in `folder` (write_parquet)."""
    for name, frame in frames.items():
        write_parquet(frame, folder / f"{name}.parquet")
    return {name: sha256_file(folder / f"{name}.parquet") for name in frames}


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
    pq.write_table(table, path, compression="zstd", use_dictionary=True, write_statistics=True)


_NULLABLE = {pa.bool_(): pd.BooleanDtype(), pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(),
             pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}


def frame_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The frame DuckDB's .df() gives for a result fetched as Arrow (about three times cheaper): text as Python
    strings (None when missing), integers and booleans as NumPy columns, or as pandas' nullable dtypes when the
    column holds a null; other types as pyarrow converts them."""
    columns = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        nullable = _NULLABLE.get(column.type) if column.null_count else None
        columns[name] = column.to_pandas(types_mapper={column.type: nullable}.get if nullable else None)
        if not len(column) and pa.types.is_string(column.type):  # DuckDB types an empty text column `object`
            columns[name] = columns[name].astype(object)
    return pd.DataFrame(columns, columns=table.column_names) if columns else table.to_pandas()


def _csv_context() -> str:
    """What a CSV written by write_csv depends on besides the frame (its names, dtypes and values): this module's code
    and the versions of the libraries that write it."""
    return hashlib.sha256(Path(__file__).read_bytes() + f"\0{pd.__version__}\0{pa.__version__}\0{np.__version__}"
                          .encode()).hexdigest()


def frame_key(frame: pd.DataFrame, cells: tuple[list[str], list[pa.Array]] | None = None) -> str:
    """The key of the CSV write_csv writes for `frame` (its bytes are a function of this key), with _csv_context():
    the digest of its cells (arrow_cells, given as `cells` when already computed: header and every cell's text, from
    which write_csv joins the rows), else sha256 of the frame as Arrow (names, types, values, and its pandas dtypes,
    which Arrow's pandas metadata records) in Arrow's IPC stream format. The cells are what the CSV is written from
    anyway: hashing them costs a tenth of converting the frame to Arrow again."""
    cells = cells if cells is not None else arrow_cells(frame)
    if cells is not None:
        header, columns = cells
        return _cells_digest(f"{_csv_context()}\0cells", header, columns, 0, len(columns[0]))
    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    digest = hashlib.sha256(f"{_csv_context()}\0".encode())
    digest.update(memoryview(sink.getvalue()))  # the stream's bytes, not copied
    return digest.hexdigest()


def publication_inputs(tables: dict[str, pa.Table], package: dict, code: str) -> str:
    """The key of the files publish() writes into the release from `tables` (each resource's rows as read from the
    warehouse, in its published order) and `package` (the descriptor before publish() adds the files' sizes and
    digests), with `code` (the digest of the code that turns the rows into files) and the PUBLISHING_LIBRARIES'
    versions: the same key, the same bytes."""
    digest = hashlib.sha256("\0".join([code, sys.version, *library_versions(PUBLISHING_LIBRARIES)]).encode())
    digest.update(json.dumps(package, sort_keys=True, ensure_ascii=False).encode())
    for name, table in sorted(tables.items()):
        digest.update(f"\0{name}\0{arrow_digest(table)}".encode())
    return digest.hexdigest()


def kept_release_tables(folder: Path, inputs: str, memo: Path) -> list[Path] | None:
    """The files publish() wrote into the release in `folder` when remember_release_tables() recorded them with the
    same `inputs`, if every one of them still has the bytes it had then (a file replaced or altered since, or a
    release that was not published, and publish() writes them again); else None."""
    recorded = read_state(memo)
    files = recorded.get("files")
    if recorded.get("inputs") != inputs or not isinstance(files, list) or not files:
        return None
    for entry in files:
        if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(part, str) for part in entry)):
            return None
        path = folder / entry[0]
        if not path.is_file() or sha256_file(path) != entry[1]:
            return None
    return [folder / name for name, _ in files]


def remember_release_tables(folder: Path, inputs: str, written: list[Path], memo: Path, package: dict) -> None:
    """Record that publish() wrote the files `written` (in `folder`, as they are now) from `inputs`; `package`, the
    descriptor publish() completed, declares the CSV files' digests (their bytes are not read again)."""
    declared = {resource["path"]: resource["hash"].removeprefix("sha256:") for resource in package["resources"]
                if isinstance(resource.get("hash"), str) and resource["hash"].startswith("sha256:")}
    files = []
    for path in written:
        name = str(path.relative_to(folder))
        files.append([name, declared[name] if name in declared else sha256_file(path)])
    write_state(memo, {"inputs": inputs, "files": files})


def parquet_schema(schema: dict) -> dict:
    """The table schema as frictionless-py 5 can check it on Parquet: it reads Parquet through pandas,
    where a null number arrives as NaN (failing minimum/maximum) and `primaryKey` reads the index. The
    dropped rules stay checked on the CSV copy, and publish() asserts both copies hold the same rows. A
    nullable integer also arrives as a float column with NaN, so it is declared `number` here."""
    relaxed = json.loads(json.dumps(schema))
    relaxed.pop("primaryKey", None)
    for field in relaxed["fields"]:
        if field["type"] == "integer" and not field.get("constraints", {}).get("required"):
            field["type"] = "number"
        if field["type"] == "number":
            for bound in ("minimum", "maximum"):
                field.get("constraints", {}).pop(bound, None)
    return relaxed


def table_resources(table: str, name: str, title: str, description: str) -> list[dict]:
    schema = {k: v for k, v in load_schema(table).items() if k != "$schema"}
    return [
        {"name": name, "title": title, "description": description, "path": f"{name}.csv", "format": "csv",
         "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource", "schema": schema},
        {"name": f"{name}-parquet", "title": f"{title} (Parquet)", "description": description,
         "path": f"{name}.parquet", "format": "parquet", "mediatype": "application/vnd.apache.parquet",
         "profile": "tabular-data-resource", "schema": parquet_schema(schema)},
    ]


def assert_same_rows(csv_path: Path, parquet_path: Path, from_csv: pd.DataFrame | None = None,
                     from_parquet: pd.DataFrame | None = None) -> None:
    """The CSV and Parquet copies of a table hold the same values: numbers as numbers (the CSV text read as
    Python's float() reads it, correctly rounded), booleans as true/false, the rest as text. `from_csv` (the
    CSV's cells as text) and `from_parquet` are the files as already read, when they were."""
    from_csv = pd.read_csv(csv_path, dtype=str, keep_default_na=False) if from_csv is None else from_csv
    differ = PublicationInvalid(f"{parquet_path.name} et {csv_path.name} ne contiennent pas les mêmes lignes")
    if from_parquet is None:
        table = pq.read_table(parquet_path)
        if all(_ARROW_AS_TEXT(t) for t in table.schema.types):
            _assert_same_cells(from_csv, table, differ)
            return
        from_parquet = table.to_pandas()
    from_parquet = from_parquet.copy(deep=False)
    if len(from_csv) != len(from_parquet) or not set(from_csv.columns) <= set(from_parquet.columns):
        raise differ
    texts = []
    for column in from_csv.columns:
        values = from_parquet[column]
        if pd.api.types.is_bool_dtype(values) or (
            values.dtype == object and values.dropna().map(lambda v: isinstance(v, bool)).all()
            and values.notna().any()
        ):  # a boolean column with nulls reads back as objects
            from_parquet[column] = csv_booleans(values.astype("boolean"))
        elif values.dtype.kind == "f" or str(values.dtype) == "Float64":
            cells = from_csv[column].to_numpy(dtype=object)
            try:
                numbers = np.where(cells == "", "nan", cells).astype(float)
            except ValueError:
                raise differ from None
            if not np.array_equal(numbers, values.to_numpy(dtype=float, na_value=np.nan), equal_nan=True):
                raise differ
            continue
        texts.append(column)
    for column in texts:  # each value as text, a missing one as ''
        expected = from_parquet[column].astype("string").fillna("").to_numpy(dtype=object)
        if not (from_csv[column].to_numpy(dtype=object) == expected).all():
            raise differ


class _LazyTables(Mapping):
    """{relative path: ReadTable}, each built on first use (a file whose scan is remembered is never read)."""

    def __init__(self) -> None:
        self._loaders: dict[str, Callable[[], ReadTable]] = {}
        self._built: dict[str, ReadTable] = {}

    def add(self, name: str, loader: Callable[[], ReadTable]) -> None:
        self._loaders[name] = loader

    def __getitem__(self, name: str) -> ReadTable:
        if name not in self._built:
            self._built[name] = self._loaders[name]()
        return self._built[name]

    def __contains__(self, name) -> bool:  # Mapping's would build the table
        return name in self._loaders

    def __iter__(self):
        return iter(self._loaders)

    def __len__(self) -> int:
        return len(self._loaders)


def _ARROW_AS_TEXT(kind: pa.DataType) -> bool:  # noqa: N802 - a constant test
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_integer(kind) \
        or pa.types.is_boolean(kind) or pa.types.is_floating(kind)


def _assert_same_cells(from_csv: pd.DataFrame, table: pa.Table, differ: Exception) -> None:
    """assert_same_rows() on the Parquet file's rows as pyarrow reads them (text, integers, booleans and numbers),
    without a frame: integers compared as the text Python writes for them, booleans as true/false, numbers as
    numbers, texts as they are, a missing value as ''."""
    if len(from_csv) != table.num_rows or not set(from_csv.columns) <= set(table.column_names):
        raise differ
    for column in from_csv.columns:
        values = table.column(column)
        if pa.types.is_floating(values.type):
            cells = from_csv[column].to_numpy(dtype=object)
            try:
                numbers = np.where(cells == "", "nan", cells).astype(float)
            except ValueError:
                raise differ from None
            if not np.array_equal(numbers, values.to_numpy().astype(float), equal_nan=True):
                raise differ
            continue
        cells = _cells(from_csv[column])
        if pa.types.is_boolean(values.type):
            texts = pc.if_else(values, "true", "false")
        elif pa.types.is_integer(values.type):
            texts = pc.cast(values, pa.string())
        else:
            texts = values
        if not same_texts(cells, texts.fill_null("")):
            raise differ


def _cells(column: pd.Series) -> np.ndarray | pa.Array | pa.ChunkedArray:
    """A CSV column's cells: its Arrow texts when it is a pandas string column over Arrow without a missing value,
    else its values as an object array."""
    if isinstance(column.array, pd.arrays.ArrowStringArray) and not column.isna().any():
        return pa.array(column.array)
    return column.to_numpy(dtype=object)


def same_texts(cells: np.ndarray | pa.Array | pa.ChunkedArray, texts: pa.Array | pa.ChunkedArray) -> bool:
    """Whether the cells (an object array, or Arrow texts without null) are, one by one, the Arrow `texts`
    (without nulls) as Python strings. Cells that are all Python strings are compared by Arrow on their UTF-8
    bytes (equal exactly when the strings are), without making a Python string of each text; others (a lone
    surrogate, a value that is not text) are compared as Python objects."""
    if len(cells) != len(texts):
        return False
    if not len(cells):
        return True
    if isinstance(cells, pa.Array | pa.ChunkedArray):
        return bool(pc.all(pc.equal(pc.cast(cells, pa.large_string()), pc.cast(texts, pa.large_string()))).as_py())
    if pd.api.types.infer_dtype(cells, skipna=False) == "string":
        try:
            given = pa.array(cells, type=pa.large_string())
        except (pa.ArrowException, UnicodeError):  # a lone surrogate has no UTF-8 form
            pass
        else:
            return bool(pc.all(pc.equal(given, pc.cast(texts, pa.large_string()))).as_py())
    return bool((cells == texts.to_numpy(zero_copy_only=False)).all())


def _read_back(validation: Validation, staging: Path, name: str) -> ReadTable:
    """The CSV of table `name` in `staging` as its validation parsed it (read from the file when it was not)."""
    return _text_table(validation.cells(name), staging / f"{name}.csv")


def _text_table(cells: tuple[list[str], list, list[list[str]]] | None, path: Path) -> ReadTable:
    """A CSV's cells as text, one column per header cell: from (header, columns, distinct texts) when given,
    else read from the file."""
    if cells is None:
        return ReadTable(pd.read_csv(path, dtype=str, keep_default_na=False))
    header, columns, texts = cells  # texts None when not computed
    # An Arrow text array stays Arrow (a pandas string column over the same buffers); other cells as objects.
    frame = pd.DataFrame({name: pd.Series(pd.arrays.ArrowStringArray(column), copy=False)
                          if isinstance(column, pa.Array | pa.ChunkedArray)
                          else column if isinstance(column, np.ndarray) and column.dtype == object
                          else np.fromiter(column, dtype=object, count=len(column))
                          for name, column in zip(header, columns, strict=True)})
    return ReadTable(frame, dict(zip(header, texts, strict=True)) if texts is not None else None)


class FileDigests:
    """sha256_file() remembered per file state (path, inode, size, modification and change times) for the length
    of one publication, which reads the same files' digests several times (reuse, descriptor, comparison with
    the release, scan memo): a file written again has another state, hence its digest computed again."""

    def __init__(self) -> None:
        self._known: dict[tuple, str] = {}

    @staticmethod
    def _key(path: Path) -> tuple:
        state = os.stat(path)
        return str(path), state.st_ino, state.st_size, state.st_mtime_ns, state.st_ctime_ns

    def __call__(self, path: Path) -> str:
        key = self._key(path)
        if key not in self._known:
            self._known[key] = sha256_file(path)
        return self._known[key]

    def remember(self, path: Path, sha256: str) -> None:
        """Take `sha256` as the digest of the file at `path` as it is now (its writer read it back once written)."""
        self._known[self._key(path)] = sha256


def _same_bytes(staged: Path, published: Path, digest=sha256_file) -> bool:
    return published.is_file() and published.stat().st_size == staged.stat().st_size and \
        digest(published) == digest(staged)


def reuse_published_csv(name: str, key: str, output_dir: Path, csv_memo: dict, staging: Path,
                        digest=sha256_file) -> bool:
    """Copy the release's `name`.csv into `staging` when it holds the bytes write_csv() gives for the frame whose
    frame_key() is `key`: `csv_memo` (the CSV_OF_FRAME memo) says which bytes those are, and only a CSV the
    release's datapackage.json declares with those bytes, that still has them, is taken (one altered since is
    written again from the frame). Whether it was copied."""
    known = csv_memo.get(key)
    published = output_dir / f"{name}.csv"
    if not isinstance(known, str) or _declared_hashes(output_dir).get(name) != f"sha256:{known}" \
            or not published.is_file() or digest(published) != known:
        return False
    shutil.copyfile(published, staging / f"{name}.csv")
    return digest(staging / f"{name}.csv") == known  # the file did not change while copied


def _declared_hashes(output_dir: Path) -> dict[str, str]:
    """{resource name: declared hash} of the CSV resources of the release in `output_dir` (empty when unreadable)."""
    try:
        previous = json.loads((output_dir / "datapackage.json").read_text(encoding="utf-8"))
        return {r["name"]: r["hash"] for r in previous["resources"]
                if isinstance(r, dict) and r.get("format") == "csv" and isinstance(r.get("hash"), str)}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _previous_resources(output_dir: Path) -> dict[str, dict]:
    """{name: resource} of the release's datapackage.json in `output_dir` (empty when unreadable)."""
    try:
        previous = json.loads((output_dir / "datapackage.json").read_text(encoding="utf-8"))
        return {r["name"]: r for r in previous["resources"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _validated_before(resource: dict, previous: dict[str, dict], output_dir: Path, digest=sha256_file) -> bool:
    """Whether the release in `output_dir` (its resources `previous`) published and validated `resource` with the
    same description, schema and bytes (same sha256, and the published file still has them)."""
    path = output_dir / resource["path"]
    return bool(resource.get("hash")) and previous.get(resource["name"]) == resource and path.is_file() \
        and f"sha256:{digest(path)}" == resource["hash"]


def validated_before(package: dict, output_dir: Path, digest=sha256_file) -> frozenset[str]:
    """Resources of `package` that the current release in `output_dir` already published and validated
    with the same description, schema and bytes (same sha256, and the published file still has them)."""
    previous = _previous_resources(output_dir)
    return frozenset(r["name"] for r in package["resources"] if _validated_before(r, previous, output_dir, digest))


class ForkedCall:
    """`function()` computed in a process forked now, which inherits what is in memory (the tables written): only
    its result comes back, pickled through a pipe, read by result(). The fork keeps no other open file (a child
    of the validation must see its input end). Where fork is unavailable or fails, or when the fork dies,
    `function()` is computed here by result(); an exception it raises there is raised again here."""

    def __init__(self, function: Callable[[], object]) -> None:
        self._function, self._pid, self._pipe = function, None, None
        if not sys.platform.startswith("linux"):
            return
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to spare (EAGAIN, ENOMEM): computed here by result()
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:  # the fork: its result on the pipe, then gone without running the parent's exit handlers
            code = 1
            try:
                os.closerange(3, write_end)
                os.closerange(write_end + 1, os.sysconf("SC_OPEN_MAX"))
                gc.freeze()  # the parent's objects are not walked (nor their pages copied) by this one's collections
                try:
                    outcome = (True, function())
                except BaseException as error:  # noqa: BLE001 - raised again by the parent
                    outcome = (False, error)
                try:
                    data = pickle.dumps(outcome)
                except Exception:  # noqa: BLE001 - an exception that does not pickle: its traceback
                    data = pickle.dumps((False, RuntimeError("".join(traceback.format_exception(outcome[1])))))
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        self._pid, self._pipe = pid, os.fdopen(read_end, "rb")

    def result(self):
        if self._pid is None:
            return self._function()
        data = self._pipe.read()
        self.close()
        if not data:  # the fork died (killed, out of memory): computed here
            return self._function()
        succeeded, value = pickle.loads(data)
        if not succeeded:
            raise value
        return value

    def close(self) -> None:
        """Stop the fork if it still runs (a caller that fails before result())."""
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        try:
            if os.waitpid(pid, os.WNOHANG) == (0, 0):  # still running
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        except ChildProcessError:  # pragma: no cover - already reaped
            pass
        self._pipe.close()


def check_copies(name: str, staging: Path, output_dir: Path, read: Callable[[], ReadTable], digest=sha256_file,
                 scan: bool = True, rows: list[tuple[int, int]] | None = None) -> tuple[bool, list[str] | None]:
    """(whether the CSV and Parquet copies of `name` in `staging` were compared, what the CSV scans as, None when
    `scan` is false): they are compared (assert_same_rows, which raises when they differ) unless both hold the
    bytes already published in `output_dir`; `read` gives the CSV's content (a ReadTable). `rows`: the only rows
    to scan, the others known clean (scan_read)."""
    csv_path, parquet_path = staging / f"{name}.csv", staging / f"{name}.parquet"
    read = functools.cache(read)  # built once for both checks
    compared = not all(_same_bytes(staging / p.name, output_dir / p.name, digest) for p in (csv_path, parquet_path))
    if compared:
        assert_same_rows(csv_path, parquet_path, read().frame)
    return compared, (scan_read(read(), csv_path, rows) if scan else None)


def _rows_to_scan(name: str, pieces: dict[str, tuple[list[str], list[Piece]]], memo_dir: Path | None
                  ) -> list[tuple[int, int]] | None:
    """The rows of the CSV table `name` to scan (start, stop): those of its pieces not found clean before with the
    same bytes under the same header (SCANNED_PIECES); None to scan it whole (no memo, or not cut into pieces)."""
    if memo_dir is None or name not in pieces:
        return None
    header, cut = pieces[name]
    clean = clean_pieces(memo_dir / SCANNED_PIECES, name, header)
    rows = [(piece.start, piece.stop) for piece in cut if clean.get(piece.label) != piece.sha256]
    return rows if len(rows) < len(cut) else None  # every piece to scan: the table whole, as it is read


def _declare_file(resource: dict, staging: Path, digest=sha256_file) -> None:
    """The CSV file's size and sha256 in its resource (frictionless cannot count the bytes of a Parquet file)."""
    path = staging / resource["path"]
    resource["bytes"] = path.stat().st_size
    resource["hash"] = f"sha256:{digest(path)}"


def publish(tables: dict[str, tuple[str, pd.DataFrame]], package: dict, output_dir: Path,
            memo_dir: Path | None = None, workers: Workers | None = None,
            forked_cells: int = FORKED_CELLS) -> list[Path]:
    """Write each table as CSV and Parquet plus `datapackage.json` into a staging folder, validate the
    package with Frictionless and scan every written file for unsafe content, then move the files over the
    previous release (descriptor last).

    `tables` maps a resource name to (schema name, frame). Raises PublicationInvalid without touching
    `output_dir` when validation fails. With `memo_dir`, the CSV rows Frictionless already found valid with
    the same bytes under the same schema are not read again (see assets.lib.validation; the whole-table
    rules are checked on every row), nor are files whose content the same safety scan already read. The
    Frictionless children come from `workers` when given (started ahead by the caller), else they are started
    here when a CSV has to be read; each CSV table is handed to them as soon as it is written.

    With `memo_dir`, the CSV bytes written from each frame content are remembered (frame_key): a table whose frame
    has the content of an earlier one, whose CSV the current release still publishes with the bytes written then,
    is not written again (the published CSV is copied). Its validation and scan are then those of its bytes (see
    above). The key needs no Parquet copy: the CSVs are written while a forked process writes the Parquet ones.

    A table of `forked_cells` cells or more has its two copies compared and its CSV scanned in a forked process
    (ForkedCall) as soon as both are written, while this one writes the next tables and checks the keys; when the
    tables hold that many cells together, their Parquet copies are written by a process forked at the start
    (nothing is forked when a single worker is allowed: see assets.lib.parallel)."""
    output_dir.mkdir(parents=True, exist_ok=True)
    remove_dead_leftovers(output_dir, STAGING_PATTERN)
    staging = output_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    digest = FileDigests()
    if worker_count() < 2:  # MOIS_ESS_WORKERS=1: nothing forked (the Frictionless children excepted)
        forked_cells = sys.maxsize
    checks: dict[str, ForkedCall] = {}  # per big table, its copies compared and its CSV scanned in a fork
    parquets: ForkedCall | None = None
    try:
        typed = {name: typed_frame(frame, schema_name) for name, (schema_name, frame) in tables.items()}
        declared = _declared_hashes(output_dir)
        # The key of each frame's CSV (frame_key), from the cells its CSV is written from, as each is written.
        keys: dict[str, str] = {}
        # The Parquet copies are written beside, while this process writes the CSVs (their digests come back).
        parquets = ForkedCall(functools.partial(write_parquets, typed, staging)) \
            if sum(frame.size for frame in typed.values()) >= forked_cells else None
        csv_memo = read_state(memo_dir / CSV_OF_FRAME) if memo_dir is not None else {}
        previous = _previous_resources(output_dir)
        # Each CSV table is handed to the Frictionless children as soon as it is written: they read it while this
        # process writes the next ones (the package's metadata last, once every file's size and digest are known).
        # The CSV files' digests are those _declare_file declared (each file read and hashed once).
        validation = Validation(staging, RowMemo(memo_dir / "rows") if memo_dir is not None else None, workers,
                                digest)
        pieces: dict[str, tuple[list[str], list[Piece]]] = {}  # per CSV table cut into pieces, its header and pieces
        try:
            parquet_sha256, added = {}, set()

            def pieces_memo(name: str) -> Path | None:
                return memo_dir / CSV_PIECES / name if memo_dir is not None else None

            def hand_over(name: str, written_cells: WrittenCells | None) -> None:
                if written_cells is not None and written_cells.pieces is not None:
                    pieces[name] = (list(written_cells.header), written_cells.pieces)
                for resource in package["resources"]:
                    if resource["format"] == "csv" and resource["path"] == f"{name}.csv":
                        _declare_file(resource, staging, digest)
                        added.add(resource["name"])
                        if not _validated_before(resource, previous, output_dir, digest):
                            validation.add(resource, written_cells)

            for name, frame in typed.items():
                if name not in declared:  # no published CSV to reuse: the CSV first, for the children to read
                    # Its cell files handed to the children before the file is written (hand_over checks them).
                    cells = arrow_cells(frame)
                    if memo_dir is not None:
                        keys[name] = frame_key(frame, cells)
                    for resource in package["resources"]:
                        if cells is not None and resource["format"] == "csv" and resource["path"] == f"{name}.csv":
                            validation.prepare(resource, *cells)
                    hand_over(name, write_csv(frame, staging / f"{name}.csv", cells, pieces_memo(name)))
                else:
                    cells = arrow_cells(frame) if memo_dir is not None else None
                    if memo_dir is not None:
                        keys[name] = frame_key(frame, cells)
                    reused = name in keys and reuse_published_csv(name, keys[name], output_dir, csv_memo, staging,
                                                                  digest)
                    hand_over(name, None if reused else write_csv(frame, staging / f"{name}.csv", cells,
                                                                  pieces_memo=pieces_memo(name)))
                if parquets is None:
                    write_parquet(frame, staging / f"{name}.parquet")
                    parquet_sha256[name] = digest(staging / f"{name}.parquet")
                elif not parquet_sha256:  # every table's copy written by the fork: their digests, once
                    parquet_sha256 |= parquets.result()
                    for written, sha256 in parquet_sha256.items():
                        digest.remember(staging / f"{written}.parquet", sha256)
                if frame.size >= forked_cells:
                    scan = memo_dir is None or not scanned_before(memo_dir / SCANS, staging / f"{name}.csv",
                                                                  digest(staging / f"{name}.csv"))
                    checks[name] = ForkedCall(functools.partial(
                        check_copies, name, staging, output_dir, functools.partial(_read_back, validation, staging,
                                                                                   name), digest, scan,
                        _rows_to_scan(name, pieces, memo_dir) if scan else None))
            for resource in package["resources"]:
                if resource["format"] == "csv" and resource["name"] not in added:  # a table given no frame
                    _declare_file(resource, staging, digest)
                    if not _validated_before(resource, previous, output_dir, digest):
                        validation.add(resource)
            descriptor = staging / "datapackage.json"
            descriptor.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            validation.finish(package)
        except BaseException:
            validation.abort()
            raise
        # The whole-table rules first, while the children and the forks finish reading.
        errors = validation.errors()
        written, read_back, twins, scanned = [], _LazyTables(), set(), {}
        for name in typed:
            csv_name, parquet_name = f"{name}.csv", f"{name}.parquet"
            # The CSV's cells as the validation parsed them: the file is not read again.
            read_back.add(csv_name, functools.partial(_read_back, validation, staging, name))
            # A table cut into pieces not scanned before has its pieces scanned here (the others by scan_publication).
            rows = _rows_to_scan(name, pieces, memo_dir) if memo_dir is not None and name not in checks \
                and not scanned_before(memo_dir / SCANS, staging / csv_name, digest(staging / csv_name)) else None
            compared, found = checks.pop(name).result() if name in checks else \
                check_copies(name, staging, output_dir, functools.partial(read_back.__getitem__, csv_name), digest,
                             scan=rows is not None, rows=rows)
            if compared:
                twins.add(parquet_name)
            if found is not None:
                scanned[csv_name] = found
            written += [csv_name, parquet_name]
        # Every written format (a content scanned before is not scanned again). A Parquet copy just found
        # to hold its CSV's values has the CSV's texts: the CSV's scan is its scan.
        unsafe = scan_publication(staging, memo=memo_dir / SCANS if memo_dir is not None else None,
                                  tables=read_back, same_as_scanned=twins, digest=digest, scanned=scanned)
        if errors:
            raise PublicationInvalid("publication invalide, l'ancienne est conservée :\n" + "\n".join(errors[:20]))
        if unsafe:
            raise PublicationInvalid("contenu non publiable, l'ancienne publication est conservée :\n"
                                     + "\n".join(unsafe[:20]))
        if memo_dir is not None:
            remember_clean_pieces(memo_dir / SCANNED_PIECES, {
                name: (header, {piece.label: piece.sha256 for piece in cut}) for name, (header, cut) in pieces.items()})
            remembered = {keys[name]: digest(staging / f"{name}.csv") for name in typed}
            kept = {key: value for key, value in csv_memo.items() if key not in remembered}
            write_state(memo_dir / CSV_OF_FRAME, dict(list(kept.items())[-CSV_MEMO_ENTRIES:]) | remembered,
                        sort_keys=False)
        for name in [*written, "datapackage.json"]:
            if not _same_bytes(staging / name, output_dir / name, digest):  # an unchanged file is not rewritten
                os.replace(staging / name, output_dir / name)
        return [output_dir / name for name in [*written, "datapackage.json"]]
    finally:
        for check in [*checks.values(), *([parquets] if parquets is not None else [])]:
            check.close()
        shutil.rmtree(staging, ignore_errors=True)
