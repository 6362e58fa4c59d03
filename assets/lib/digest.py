"""The one content hash of the project: sha256 as hexadecimal text, of bytes, of a file or of an Arrow table's content;
and the short digest of published identifiers."""

import hashlib
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

IDENTIFIER_DIGITS = 10


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """sha256 of a file, read in blocks (reference archives and published files can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def identifier_digest(key: str) -> str:
    """The IDENTIFIER_DIGITS hexadecimal characters of a published identifier (« mess-2019-1826e11c85 »): the first ones
    of the key's SHA-1, unless they are all digits. Ten digits after a dash read as a phone number to anyone scanning
    open data for one (« mess-2019-0787287057 »), so those identifiers take the first run of the SHA-1 holding a
    letter instead; every other identifier stays as it was."""
    hexadecimal = hashlib.sha1(key.encode("utf-8")).hexdigest()
    if not hexadecimal[:IDENTIFIER_DIGITS].isdigit():  # 99 identifiers in 100: the first run, without the search
        return hexadecimal[:IDENTIFIER_DIGITS]
    runs = (hexadecimal[start:start + IDENTIFIER_DIGITS] for start in range(len(hexadecimal) - IDENTIFIER_DIGITS + 1))
    return next((run for run in runs if not run.isdigit()), hexadecimal[:IDENTIFIER_DIGITS])


def text_bytes(column: pa.Array, start: int, stop: int) -> tuple[np.ndarray, memoryview]:
    """(offsets from 0, UTF-8 bytes) of rows `start` to `stop` of an Arrow large_string array."""
    _, offsets, data = column.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64)[column.offset + start:column.offset + stop + 1]
    data = memoryview(data)[offsets[0]:offsets[-1]] if data is not None else memoryview(b"")
    return offsets - offsets[0], data


def nulls_filled(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """`column` with its nulls filled by the type's zero ('' for a text, false for a boolean, all bits zero for a
    number, date or time); as it is when it has no null or its type is another (nested, binary, dictionary)."""
    if column.null_count == 0:
        return column
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        zero = pa.scalar("", kind)
    elif pa.types.is_boolean(kind):
        zero = pa.scalar(False)
    elif any(is_kind(kind) for is_kind in (pa.types.is_integer, pa.types.is_floating, pa.types.is_temporal,
                                            pa.types.is_decimal)):
        zero = pa.Array.from_buffers(kind, 1, [None, pa.py_buffer(bytes(kind.bit_width // 8))])[0]
    else:
        return column
    return pc.fill_null(column, zero)


def arrow_digest(table: pa.Table) -> str:
    """sha256 of an Arrow table's content: its schema (names, types), then per column the validity of each row and its
    values with every null filled (Arrow leaves the slot under a null undefined: DuckDB gives other bytes there from
    one read of the same rows to the next). Equal digests, equal tables (same values, types and nulls)."""
    digest = hashlib.sha256(table.schema.serialize())
    for column in table.columns:
        column = column.combine_chunks()  # however the rows were cut into chunks
        digest.update(f"\0{len(column)}\0".encode())
        digest.update(np.packbits(pc.is_valid(column).to_numpy(zero_copy_only=False)).tobytes())
        values = nulls_filled(column) if column.null_count else column
        if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
            offsets, data = text_bytes(values.cast(pa.large_string()), 0, len(values))
            digest.update(offsets.tobytes())
            digest.update(data)
            continue
        fixed = values.to_numpy(zero_copy_only=False) if pa.types.is_primitive(values.type) else None
        if fixed is not None and fixed.dtype != object:
            digest.update(fixed.tobytes())
            continue
        sink = pa.BufferOutputStream()  # another kind (nested, dictionary, decimal): in Arrow's IPC format
        with pa.ipc.new_stream(sink, pa.schema([("values", values.type)])) as writer:
            writer.write_batch(pa.record_batch([values], names=["values"]))
        digest.update(memoryview(sink.getvalue()))
    return digest.hexdigest()
