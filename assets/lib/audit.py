"""The safety scan of the release audit, edition by edition: the rows of an edition whose text is byte for byte
what an earlier scan found clean (same scanning rules) are not scanned again. Also the content digest of a whole
table (frame_digest), by which an asset tells that its inputs did not change."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from assets.lib import privacy, text
from assets.lib.fingerprint import combine
from assets.lib.parallel import worker_count
from assets.lib.privacy import find_unsafe_cells, find_unsafe_cells_arrow

# The scan's rules live in these modules: any change there scans every row again.
RULE_FILES = (Path(privacy.__file__), Path(text.__file__))
WHOLE_TABLE = ""  # the slice key of a table without an edition column


def rules_digest() -> str:
    digest = hashlib.sha256()
    for path in RULE_FILES:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _text_columns(frame: pd.DataFrame) -> list[str]:
    # The columns find_unsafe_cells reads (the others are numbers, dates, booleans).
    return [c for c in frame.columns
            if pd.api.types.is_string_dtype(frame[c]) or pd.api.types.is_object_dtype(frame[c])]


def _cells(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the column's values as Python strings, the kind of each cell: 0 text, 1 missing, 2 another type, and the
    length of each string)."""
    if pd.api.types.is_string_dtype(column.dtype) and not pd.api.types.is_object_dtype(column.dtype):
        missing = column.isna().to_numpy()
        lengths = column.str.len().fillna(0).to_numpy(dtype=np.int64)
        return column.fillna("").to_numpy(dtype=object), missing.astype(np.int8), lengths
    values = column.to_numpy(dtype=object)
    kinds = np.where(pd.isna(values), 1, np.fromiter((type(v) is not str for v in values), dtype=bool,
                                                     count=len(values)) * 2).astype(np.int8)
    strings = np.array(["" if kind == 1 else value if kind == 0 else str(value)
                        for value, kind in zip(values, kinds, strict=True)], dtype=object)
    return strings, kinds, np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))


def _slices(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Row positions of each edition (the whole table when it has no edition column)."""
    if "edition" not in frame.columns:
        return {WHOLE_TABLE: np.arange(len(frame))}
    # dropna=False: a row without an edition is a slice of its own, never left out of the scan
    groups = frame.groupby("edition", sort=True, dropna=False).indices
    return {str(edition): positions for edition, positions in groups.items()}


def slice_digests(frame: pd.DataFrame, rules: str) -> dict[str, str]:
    """{edition: sha256 of the text cells of its rows (column names, lengths and values) and of the rules}."""
    columns = _text_columns(frame)
    cells = {column: _cells(frame[column]) for column in columns}
    out = {}
    for key, positions in _slices(frame).items():
        digest = hashlib.sha256(rules.encode())
        for column in columns:
            strings, kinds, lengths = cells[column]
            digest.update(column.encode() + b"\0" + kinds[positions].tobytes() + lengths[positions].tobytes())
            digest.update("".join(strings[positions]).encode("utf-8", "surrogatepass"))
        out[key] = digest.hexdigest()
    return out


def frame_digest(frame: pd.DataFrame) -> str:
    """sha256 of a table's columns (names, dtypes) and of every cell, in row order."""
    digest = hashlib.sha256("|".join(f"{c}:{frame[c].dtype}" for c in frame.columns).encode())
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.dtype, np.dtype) and values.dtype.kind in "biufcmM":  # plain NumPy values
            digest.update(np.ascontiguousarray(values.to_numpy()).tobytes())
            continue
        strings, kinds, lengths = _cells(values)
        digest.update(kinds.tobytes() + lengths.tobytes())
        digest.update("".join(strings).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# Arrow types read as text (scanned), and those read as numbers or booleans (not scanned); a table with a column
# of any other type is scanned as the frame pandas makes of it.
_ARROW_TEXT = (pa.types.is_string, pa.types.is_large_string)
_ARROW_OTHER = (pa.types.is_integer, pa.types.is_floating, pa.types.is_boolean)


def _arrow_readable(table: pa.Table) -> bool:
    return all(any(test(t) for test in _ARROW_TEXT + _ARROW_OTHER) for t in table.schema.types) and (
        "edition" not in table.column_names or pa.types.is_integer(table.schema.field("edition").type))


def _arrow_slices(table: pa.Table) -> dict[str, np.ndarray]:
    """_slices() of the frame pandas makes of `table`: row positions of each edition (key: the edition's number as
    text, "nan" for the rows without one), or of the whole table."""
    if "edition" not in table.column_names:
        return {WHOLE_TABLE: np.arange(len(table))}
    editions = table.column("edition")
    missing = np.asarray(editions.is_null(), dtype=bool)
    values = np.asarray(editions.fill_null(0), dtype=np.int64)
    keys = np.where(missing, np.iinfo(np.int64).max, values)  # the rows without an edition last, as pandas sorts
    order = np.argsort(keys, kind="stable")
    distinct, starts = np.unique(keys[order], return_index=True)
    bounds = [*starts.tolist(), len(order)]
    return {("nan" if key == np.iinfo(np.int64).max else str(int(key))): np.sort(order[bounds[i]:bounds[i + 1]])
            for i, key in enumerate(distinct.tolist())}


def _arrow_text(array: pa.Array) -> tuple[np.ndarray, np.ndarray, memoryview]:
    """(null mask, offsets into the data, the data) of a text array as one large_string array starting at 0,
    whatever its buffers' layout (a null counts its own length, 0 as DuckDB writes it: a digest over them tells
    values apart)."""
    array = array.cast(pa.large_string())
    if array.offset:
        array = pa.concat_arrays([array])  # a fresh copy starting at 0
    if array.offset:  # pragma: no cover - concat_arrays of one array may keep the slice
        array = pa.array(array.to_pylist(), type=pa.large_string())
    buffers = array.buffers()
    offsets = np.frombuffer(buffers[1], dtype=np.int64, count=len(array) + 1)
    data = memoryview(buffers[2]) if buffers[2] is not None else memoryview(b"")
    return np.asarray(array.is_null(), dtype=bool), offsets, data


def arrow_slice_digests(table: pa.Table, rules: str, slices: dict[str, np.ndarray] | None = None) -> dict[str, str]:
    """{edition: sha256 of the text cells of its rows (column names, missing cells, lengths and bytes) and of the
    rules} of an Arrow table (one whose columns _arrow_readable() accepts); `slices`: its _arrow_slices()."""
    columns = [name for name, t in zip(table.column_names, table.schema.types, strict=True)
               if any(test(t) for test in _ARROW_TEXT)]
    texts = {column: _arrow_text(table.column(column).combine_chunks()) for column in columns}
    out = {}
    for key, positions in (slices if slices is not None else _arrow_slices(table)).items():
        digest = hashlib.sha256(f"arrow\0{rules}".encode())
        contiguous = len(positions) and positions[-1] - positions[0] + 1 == len(positions)
        start, stop = (int(positions[0]), int(positions[-1]) + 1) if contiguous else (0, 0)
        for column in columns:
            if contiguous:
                mask, offsets, data = texts[column]
                mask, offsets = mask[start:stop], offsets[start:stop + 1]
                data = data[int(offsets[0]):int(offsets[-1])]
            else:
                mask, offsets, data = _arrow_text(table.column(column).take(pa.array(positions)).combine_chunks())
            layout = hashlib.sha256(mask.tobytes() + np.diff(offsets).tobytes()).digest()
            digest.update(column.encode() + b"\0" + layout)
            digest.update(data)
        out[key] = digest.hexdigest()
    return out


def unsafe_cells_since(tables: dict[str, pd.DataFrame | pa.Table], clean: dict[str, dict[str, str]]
                       ) -> tuple[list[str], dict[str, dict[str, str]], dict[str, list[str]]]:
    """("<table>, ligne N, champ X : motif" for every unsafe cell, as find_unsafe_cells numbers the rows of the
    whole table; the slices now known clean, to pass as `clean` next time; the slices scanned per table).

    `clean` maps a table to {edition: digest} of the slices an earlier scan found clean; a slice with the same
    digest is skipped (its cells scan as empty text, which is always safe), every other one is scanned. A table
    given as an Arrow table (as fetched from DuckDB) is digested and scanned from its buffers, never made a frame
    (privacy.find_unsafe_cells_arrow)."""
    from assets.lib.publish import frame_from_arrow

    rules = rules_digest()
    problems, now_clean, scanned = [], {}, {}
    for name, frame in tables.items():
        if isinstance(frame, pa.Table) and not _arrow_readable(frame):
            frame = frame_from_arrow(frame)
        if isinstance(frame, pa.Table):
            slices = _arrow_slices(frame)
            digests = arrow_slice_digests(frame, rules, slices)
        else:
            digests = slice_digests(frame, rules)
        known = clean.get(name, {})
        skipped = [key for key, digest in digests.items() if known.get(key) == digest]
        scanned[name] = [key for key in digests if key not in skipped]
        if not scanned[name]:
            now_clean[name] = digests
            continue
        if isinstance(frame, pa.Table):  # scanned from its Arrow buffers, the skipped slices read as empty text
            blank = np.concatenate([slices[key] for key in skipped]) if skipped else None
            found = find_unsafe_cells_arrow(frame, blank)
            problems += [f"{name}, {problem}" for problem in found]
            now_clean[name] = {key: digests[key] for key in (skipped if found else digests)}
            continue
        columns = _text_columns(frame)
        if skipped:
            slices = _slices(frame)
            blank = np.concatenate([slices[key] for key in skipped])
            masked = {}
            for column in columns:
                values = frame[column].to_numpy(dtype=object).copy()
                values[blank] = ""
                masked[column] = values
            frame = pd.DataFrame(masked, columns=columns)
        found = find_unsafe_cells(frame[columns])
        problems += [f"{name}, {problem}" for problem in found]
        # A table with a problem keeps only the slices skipped this time: the others are scanned again next time.
        now_clean[name] = {key: digests[key] for key in (skipped if found else digests)}
    return problems, now_clean, scanned


# --- the audit read from the warehouse ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditedTable:
    """A warehouse table as the release publishes it: the query of its columns, and its rows' order (the scan numbers
    the rows in that order; None: as DuckDB stores them)."""

    query: str
    order: str | None = None


def _slice_key(edition) -> str:
    return "nan" if edition is None else str(int(edition))


def _context(relation: duckdb.DuckDBPyRelation, rules: str) -> str:
    """What a scan's verdict on a row depends on besides its values: the columns' names and types, the rules and
    DuckDB's version (its row hash)."""
    return combine(rules, duckdb.__version__, *(f"{c}:{t}" for c, t in zip(relation.columns, relation.types,
                                                                            strict=True)))


def warehouse_slice_digests(con: duckdb.DuckDBPyConnection, table: AuditedTable, rules: str) -> dict[str, str]:
    """{edition: its row count and order-independent hash sum (DuckDB), with the columns' names and types, the rules
    and DuckDB's version} of `table` (one WHOLE_TABLE slice without an edition column): equal digests, the same
    rows, hence the same scan (which does not depend on the rows' order)."""
    relation = con.sql(table.query)
    context = _context(relation, rules)
    by_edition = "edition" in relation.columns
    rows = con.execute(f"SELECT {'edition' if by_edition else 'NULL'}, count(*), sum(hash(s)::HUGEINT) "
                       f"FROM ({table.query}) AS s GROUP BY ALL").fetchall()
    return {(_slice_key(edition) if by_edition else WHOLE_TABLE): f"{context}:{count}:{total}"
            for edition, count, total in rows}


def _in_slices(keys: list[str]) -> str:
    """The SQL condition on a row of the audited query (alias s) that it is in one of the slices `keys`."""
    if keys == [WHOLE_TABLE]:
        return "true"
    listed = ", ".join("'" + key.replace("'", "''") + "'" for key in keys)
    return f"coalesce(CAST(s.edition AS VARCHAR), 'nan') IN ({listed})"


def _fetch(con: duckdb.DuckDBPyConnection, table: AuditedTable, keys: list[str] | None = None) -> pa.Table:
    """The rows of `table` (those of the slices `keys` only, in no particular order, when given), as Arrow."""
    if keys is None or keys == [WHOLE_TABLE]:
        return con.sql(table.query + (f" ORDER BY {table.order}" if table.order else "")).to_arrow_table()
    return con.sql(f"SELECT s.* FROM ({table.query}) AS s WHERE {_in_slices(keys)}").to_arrow_table()


_SLICE, _HASH = "_tranche_audit", "_hash_audit"


def _fetch_unseen(con: duckdb.DuckDBPyConnection, table: AuditedTable, keys: list[str], seen: np.ndarray | None
                  ) -> tuple[pa.Table, np.ndarray, np.ndarray]:
    """The rows of the slices `keys` of `table` whose DuckDB hash is not among `seen` (all of them when None), in no
    particular order, as Arrow; and each one's slice and hash."""
    relation = con.sql(table.query)
    key = "coalesce(CAST(s.edition AS VARCHAR), 'nan')" if "edition" in relation.columns else f"'{WHOLE_TABLE}'"
    unseen = ""
    if seen is not None:
        con.register("_audit_seen", pa.table({"h": pa.array(seen, pa.uint64())}))
        unseen = " AND hash(s) NOT IN (SELECT h FROM _audit_seen)"
    try:
        rows = con.sql(f"SELECT s.*, {key} AS {_SLICE}, hash(s) AS {_HASH} FROM ({table.query}) AS s "
                       f"WHERE {_in_slices(keys)}{unseen}").to_arrow_table()
    finally:
        if seen is not None:
            con.unregister("_audit_seen")
    slices = np.asarray(rows.column(_SLICE).to_numpy(zero_copy_only=False), dtype=object)
    hashes = rows.column(_HASH).to_numpy().astype(np.uint64)
    return rows.drop_columns([_SLICE, _HASH]), slices, hashes


def _scan(name: str, table: pa.Table) -> list[str]:
    """unsafe_cells_since({name: table}, {}) without the digests: every row scanned."""
    from assets.lib.publish import frame_from_arrow

    if _arrow_readable(table):
        found = find_unsafe_cells_arrow(table, workers=worker_count())
    else:
        frame = frame_from_arrow(table)
        found = find_unsafe_cells(frame[_text_columns(frame)])
    return [f"{name}, {problem}" for problem in found]


def clean_rows_of(kept) -> dict:
    """The well-formed part of what audit_warehouse left in `clean_rows` and was kept since (a memo read back: any
    other value keeps nothing)."""
    if not isinstance(kept, dict):
        return {}
    return {name: {key: (entry[0], entry[1]) for key, entry in slices.items()
                   if isinstance(key, str) and isinstance(entry, tuple) and len(entry) == 2
                   and isinstance(entry[0], str) and isinstance(entry[1], np.ndarray) and entry[1].dtype == np.uint64}
            for name, slices in kept.items() if isinstance(name, str) and isinstance(slices, dict)}


def _positions_by_slice(slices: np.ndarray) -> dict[str, np.ndarray]:
    """{slice: the positions holding it} of an object array of slice keys: each position compared once (an equality
    test of the whole array per slice compared every key of every row again, ~0.2 s for the indicators' table)."""
    codes, keys = pd.factorize(slices, use_na_sentinel=True)
    return {key: np.flatnonzero(codes == code) for code, key in enumerate(keys.tolist())}


def audit_warehouse(con: duckdb.DuckDBPyConnection, tables: dict[str, AuditedTable], clean: dict[str, dict[str, str]],
                    clean_rows: dict | None = None,
                    ) -> tuple[list[str], dict[str, dict[str, str]], dict[str, list[str]]]:
    """unsafe_cells_since() of the `tables` as fetched whole from the warehouse, fetching only the rows of the
    slices whose warehouse_slice_digests() differ from those `clean` records: the problems (rows numbered in the
    whole table: a table where a slice has one is fetched and scanned whole), the slices now known clean, the slices
    scanned per table.

    `clean_rows`, when given ({table: {slice: (context, sorted row hashes)}} of the slices found clean before, as
    this function leaves it), narrows the scan of a changed slice to its rows whose DuckDB hash no clean row of
    that slice had under the same context (_context); it is updated in place with the slices now known clean."""
    rules = rules_digest()
    problems, now_clean, scanned = [], {}, {}
    for name, table in tables.items():
        digests = warehouse_slice_digests(con, table, rules)
        known = clean.get(name, {})
        scanned[name] = [key for key in sorted(digests) if known.get(key) != digests[key]]
        whole = len(scanned[name]) == len(digests)
        context = _context(con.sql(table.query), rules) if clean_rows is not None else ""
        kept_rows = {key: hashes for key, (at, hashes) in (clean_rows or {}).get(name, {}).items()
                     if at == context and key in scanned[name]} if clean_rows is not None else {}
        found, numbered, fetched = [], False, []
        if kept_rows:  # the rows no earlier clean scan saw, in the slices that kept a record of their rows
            rows, slices, hashes = _fetch_unseen(con, table, sorted(kept_rows), np.concatenate(list(
                kept_rows.values())))
            found, fetched = _scan(name, rows), [(slices, hashes)]
        others = [key for key in scanned[name] if key not in kept_rows]
        if others and not found:
            if clean_rows is None:
                numbered = whole  # the whole table fetched, in its order
                found = _scan(name, _fetch(con, table, None if numbered else others))
            else:
                rows, slices, hashes = _fetch_unseen(con, table, others, None)
                found = _scan(name, rows)
                fetched.append((slices, hashes))
        if found and not numbered:  # numbered as in the whole table
            found = _scan(name, _fetch(con, table))
        problems += found
        # A table with a problem keeps only the slices skipped this time: the others are scanned again next time.
        now_clean[name] = {key: digest for key, digest in digests.items() if not found or key not in scanned[name]}
        if clean_rows is not None:
            rows = {key: entry for key, entry in clean_rows.get(name, {}).items()
                    if key in now_clean[name] and key not in scanned[name] and entry[0] == context}
            if not found and scanned[name]:
                slices = np.concatenate([s for s, _ in fetched]) if fetched else np.array([], dtype=object)
                hashes = np.concatenate([h for _, h in fetched]) if fetched else np.array([], dtype=np.uint64)
                # A slice's clean rows: those kept (some may have left it since: their content is clean all the
                # same) and those scanned now.
                at = _positions_by_slice(slices)
                rows |= {key: (context, np.union1d(kept_rows.get(key, np.array([], dtype=np.uint64)),
                                                   hashes[at.get(key, np.array([], dtype=np.intp))]).astype(np.uint64))
                         for key in scanned[name]}
            clean_rows[name] = rows
    return problems, now_clean, scanned
