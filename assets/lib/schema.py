"""The published tables' Frictionless schemas: field lists, typed frames, and validation of written files."""

import json
import math
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from assets.lib.validation import RowMemo, start_validation

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

# Event fields added by territorial coding; the others come from normalisation.
GEO_FIELDS = (
    "code_commune_insee", "nom_commune", "code_arrondissement_municipal", "code_departement", "departement",
    "code_region", "region", "geocodage_methode", "geocodage_score", "geocodage_alerte",
)
# Unpublished event columns kept in the warehouse for the coder: what the source itself said.
SOURCE_GEO_FIELDS = ("code_insee_source", "code_pays")
# And for the deduplication: the join link of the event's online meeting, masked in every published text
# (text.MEETING_LINK) but the same meeting in two sources.
MEETING_LINK_FIELD = "lien_reunion"
# And the part of the day a source names in words for a start without its time (records.DAY_PARTS): no time to publish,
# but a morning's copy is not the afternoon session of its title.
DAY_PART_FIELD = "moment_journee"
SOURCE_ONLY_FIELDS = (*SOURCE_GEO_FIELDS, MEETING_LINK_FIELD, DAY_PART_FIELD)

# Dates and date-times travel as ISO text ('' when missing) through the warehouse and the published files.
_DUCKDB_TYPES = {"string": "VARCHAR", "integer": "INTEGER", "number": "DOUBLE", "boolean": "BOOLEAN",
                 "date": "VARCHAR", "datetime": "VARCHAR"}
_PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
TEXT_TYPES = ("string", "date", "datetime")


@cache
def load_schema(table: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{table}.schema.json").read_text(encoding="utf-8"))


def field_names(table: str) -> list[str]:
    return [f["name"] for f in load_schema(table)["fields"]]


def duckdb_columns(table: str, exclude: tuple[str, ...] = ()) -> str:
    return ", ".join(
        f'{f["name"]} {_DUCKDB_TYPES[f["type"]]}' for f in load_schema(table)["fields"] if f["name"] not in exclude
    )


def typed_frame(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """`frame` restricted to the schema's columns, in schema order, with nullable dtypes that survive
    CSV and Parquet round trips (no float-typed integers, empty strings for missing text)."""
    typed = {}
    for f in load_schema(table)["fields"]:
        column = frame[f["name"]]
        if f["type"] in TEXT_TYPES:
            typed[f["name"]] = column.astype("string").fillna("")
        else:
            typed[f["name"]] = column.astype(_PANDAS_TYPES[f["type"]])
    return pd.DataFrame(typed)


def validate_package(descriptor: Path, formats: tuple[str, ...] | None = None,
                     skip: frozenset[str] = frozenset(), memo: RowMemo | None = None) -> list[str]:
    """Errors Frictionless finds in a written data package (empty when valid); with `formats`, only the
    resources of those formats are read (frictionless-py reads Parquet row by row through pandas, about
    20x slower than CSV: publish() checks Parquet copies against their validated CSV twin instead).
    Resources named in `skip` (already validated with the same bytes and schema) are not read again, nor
    are the rows `memo` holds (see assets.lib.validation)."""
    return start_validation(descriptor, formats, skip, memo).errors()


# ------------------------------------------------------------------------- per-record validation

_CONSTRAINT_REASONS = {
    "required": "valeur obligatoire absente",
    "maxLength": "texte trop long",
    "minLength": "texte trop court",
    "pattern": "format non conforme au schéma",
    "enum": "valeur hors du vocabulaire du schéma",
    "minimum": "valeur sous le minimum du schéma",
    "maximum": "valeur au-dessus du maximum du schéma",
    "type": "type non conforme au schéma",
}


@cache
def _frictionless_schema(table: str):
    from frictionless import Schema

    return Schema.from_descriptor({k: v for k, v in load_schema(table).items() if k != "$schema"})


# An http(s) URL without blank or surrogate: what Frictionless' `uri` format checks (rfc3986 parsing, ~0.1 ms
# a value, the costliest cell of a record) is only that a scheme is present, which the "http(s):" prefix
# guarantees. Such a value is read by the same field without its format: every constraint is still checked.
_HTTP_URL = re.compile(r"https?://[^\s\ud800-\udfff]*", re.IGNORECASE)


@cache
def _http_uri_reader(table: str, name: str):
    from frictionless import Schema

    descriptor = {k: v for k, v in load_schema(table).items() if k not in ("$schema", "primaryKey", "fields")}
    fields = [{k: v for k, v in f.items() if k != "format"} for f in load_schema(table)["fields"] if f["name"] == name]
    return Schema.from_descriptor({**descriptor, "fields": fields}).get_field(name).create_cell_reader()


@cache  # asked for each text field of each record
def max_lengths(table: str) -> dict[str, int]:
    """{field: maxLength} of the table's text fields that declare one."""
    return {f["name"]: f["constraints"]["maxLength"] for f in load_schema(table)["fields"]
            if "maxLength" in f.get("constraints", {})}


def _cell_value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value


def _reason(field: dict, value, notes: dict) -> str:
    kind = next(iter(notes))
    stable = _CONSTRAINT_REASONS.get(kind, f"contrainte {kind} du schéma non respectée")
    if kind == "maxLength":
        return f"{stable} : {len(str(value))} caractères pour {field['constraints']['maxLength']} au plus"
    if kind == "required":
        return stable
    shown = str(value)
    return f"{stable} : {shown[:60]!r}" + ("…" if len(shown) > 60 else "")


@cache
def _surely_valid_text(table: str, name: str):
    """For a string field read without a format (or an http(s) `uri`, see _HTTP_URL), a test of a text cell
    that is True only when Frictionless' cell reader would find nothing wrong with it (the same missing
    values and the same checks as its `check_*` functions); None for other fields. Cells it does not
    vouch for are read by Frictionless itself, so every reason still comes from there."""
    field = next(f for f in load_schema(table)["fields"] if f["name"] == name)
    constraints = field.get("constraints", {})
    if field["type"] != "string" or field.get("format") not in (None, "default", "uri"):
        return None
    if set(constraints) - {"required", "minLength", "maxLength", "pattern", "enum", "unique"}:
        return None
    schema_field = _frictionless_schema(table).get_field(name)
    missing = set(schema_field.missing_values if schema_field.has_defined("missing_values")
                  else _frictionless_schema(table).missing_values)
    required = constraints.get("required", False)
    shortest, longest = constraints.get("minLength"), constraints.get("maxLength")
    pattern = re.compile("^{}$".format(constraints["pattern"])) if "pattern" in constraints else None
    allowed = set(constraints["enum"]) if "enum" in constraints else None
    http = field.get("format") == "uri"

    def valid(cell: str) -> bool:
        if cell in missing:
            return not required
        return ((not http or _HTTP_URL.fullmatch(cell) is not None)
                and (shortest is None or len(cell) >= shortest) and (longest is None or len(cell) <= longest)
                and (pattern is None or pattern.match(cell) is not None) and (allowed is None or cell in allowed))

    valid.rules = (missing, required, shortest, longest, pattern, allowed, http)  # for _surely_valid_texts
    return valid


def _surely_valid_texts(valid, texts: pa.Array, values: list[str]) -> np.ndarray:
    """[valid(text) for text in values] for a test made by _surely_valid_text and texts without nulls (`texts` in
    Arrow, `values` the same as a list): missing values, lengths (code points, as len counts them) and enums
    checked by column; a pattern or an http(s) shape is then matched by Python's re, as `valid` does, on the
    texts that passed the rest."""
    missing, required, shortest, longest, pattern, allowed, http = valid.rules
    absent = pc.is_in(texts, value_set=pa.array(sorted(missing), pa.string())).to_numpy(zero_copy_only=False)
    lengths = pc.utf8_length(texts).to_numpy(zero_copy_only=False)
    passed = ~absent
    if shortest is not None:
        passed &= lengths >= shortest
    if longest is not None:
        passed &= lengths <= longest
    if allowed is not None:
        passed &= pc.is_in(texts, value_set=pa.array(sorted(allowed), pa.string())).to_numpy(zero_copy_only=False)
    if pattern is not None or http:
        for position in np.flatnonzero(passed).tolist():
            text = values[position]
            passed[position] = ((not http or _HTTP_URL.fullmatch(text) is not None)
                                and (pattern is None or pattern.match(text) is not None))
    return np.where(absent, not required, passed)


# What date.isoformat() and datetime.isoformat(timespec="seconds") of an aware time write (hours, minutes and
# seconds in range, an offset below a day).
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_SECONDS = re.compile(r"\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-](?:[01]\d|2[0-3]):[0-5]\d")


@cache
def _surely_valid_moment(table: str, name: str):
    """For a date or datetime field of the default format with no constraint but `required`, a test of a text
    cell that is True only when Frictionless would read it (its ISO shape, and a real day); None otherwise."""
    field = next(f for f in load_schema(table)["fields"] if f["name"] == name)
    constraints = field.get("constraints", {})
    if field["type"] not in ("date", "datetime") or field.get("format", "default") != "default":
        return None
    if set(constraints) - {"required"}:
        return None
    schema_field = _frictionless_schema(table).get_field(name)
    missing = set(schema_field.missing_values if schema_field.has_defined("missing_values")
                  else _frictionless_schema(table).missing_values)
    required = constraints.get("required", False)
    shape, parse = ((_ISO_DATE, date.fromisoformat) if field["type"] == "date"
                    else (_ISO_SECONDS, datetime.fromisoformat))

    def valid(cell: str) -> bool:
        if cell in missing:
            return not required
        if shape.fullmatch(cell) is None:
            return False
        try:
            parse(cell)
        except ValueError:
            return False
        return True

    return valid


@cache
def _surely_valid_number(table: str, name: str):
    """For a number field whose only constraints are bounds, a test of a Python float cell that is True only
    when Frictionless would accept it: it reads a float as Decimal(str(float)), which lies on the same side
    of an integer bound as the float itself; None for other fields."""
    field = next(f for f in load_schema(table)["fields"] if f["name"] == name)
    constraints = field.get("constraints", {})
    if field["type"] != "number" or set(field) - {"name", "type", "title", "description", "constraints", "example"}:
        return None
    if set(constraints) - {"required", "minimum", "maximum"}:
        return None
    lowest, highest = constraints.get("minimum"), constraints.get("maximum")
    if not all(bound is None or type(bound) is int for bound in (lowest, highest)):
        return None

    def valid(cell: float) -> bool:
        return (math.isfinite(cell) and (lowest is None or cell >= lowest)
                and (highest is None or cell <= highest))

    return valid


def _arrow_texts(column: pd.Series) -> bool:
    """Whether `column` holds texts in Arrow (pandas' "str" dtype), NaN for a missing one."""
    return isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"


def _distinct_reasons(values: np.ndarray, verdict, table: str, name: str) -> np.ndarray:
    """verdict(value) for each of `values` (objects), each distinct value read once. Values of one Python type
    (and missing values, all read as None) are told apart by equality; a column mixing types keys them by type
    too (1, 1.0 and True are equal)."""
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    surely_valid, kind = None, None
    if inferred == "string":
        surely_valid, kind = _surely_valid_text(table, name) or _surely_valid_moment(table, name), str
    elif inferred == "floating":
        surely_valid, kind = _surely_valid_number(table, name), float
    if inferred in ("string", "integer", "floating", "boolean", "empty"):
        codes, distinct = pd.factorize(values, use_na_sentinel=False)
        if surely_valid is not None:
            return np.array([None if type(value) is kind and surely_valid(value) else verdict(value)
                             for value in distinct], dtype=object)[codes]
        return np.array([verdict(value) for value in distinct], dtype=object)[codes]
    by_key: dict = {}
    for value in map(_cell_value, values):
        key = (type(value).__name__, value)
        if key not in by_key:
            by_key[key] = verdict(value)
    return np.array([by_key[(type(v).__name__, v)] for v in map(_cell_value, values)], dtype=object)


def schema_violations(frame: pd.DataFrame, table: str) -> dict:
    """{row index: (field, reason)} for the rows of `frame` whose value in a schema field fails that
    field's type or constraints, as Frictionless reads a cell (first failing field in schema order).
    Fields absent from `frame` are not checked, nor are table-level rules (primaryKey, unique)."""
    schema = _frictionless_schema(table)
    failures: dict = {}
    for descriptor in load_schema(table)["fields"]:
        name = descriptor["name"]
        if name not in frame.columns:
            continue
        # Frictionless' own cell reader (what Field.read_cell builds on every call), built once per field.
        read_cell = schema.get_field(name).create_cell_reader()
        read_http = _http_uri_reader(table, name) if descriptor.get("format") == "uri" else None

        def verdict(value, descriptor=descriptor, read_cell=read_cell, read_http=read_http):
            value = _cell_value(value)
            cell = "" if value is None else value
            cell = cell if descriptor["type"] != "string" else str(cell)
            http = read_http is not None and isinstance(cell, str) and _HTTP_URL.fullmatch(cell)
            _, notes = (read_http if http else read_cell)(cell)
            return _reason(descriptor, value, notes) if notes else None

        texts_valid = _surely_valid_text(table, name) if _arrow_texts(frame[name]) else None
        if texts_valid is not None:
            # Texts in Arrow: each distinct text found and vouched for by column (_surely_valid_texts); a missing
            # cell is read as None, as below.
            encoded = pa.array(frame[name].array).dictionary_encode()
            distinct, indices = encoded.dictionary, encoded.indices
            texts = distinct.to_pylist()
            reasons = [None if vouched else verdict(text)
                       for text, vouched in zip(texts, _surely_valid_texts(texts_valid, distinct, texts), strict=True)]
            if indices.null_count:
                reasons.append(verdict(None))
                indices = indices.fill_null(len(distinct))
            reasons = np.array(reasons, dtype=object)[indices.to_numpy()]
        else:
            reasons = _distinct_reasons(frame[name].to_numpy(dtype=object), verdict, table, name)
        for position in np.flatnonzero(reasons != None):  # noqa: E711 - element-wise comparison
            index = frame.index[position]
            if index not in failures:
                failures[index] = (name, reasons[position])
    return failures


def split_by_schema(frame: pd.DataFrame, table: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows that pass the schema's per-cell rules, rejected rows with `champ` and `motif` columns)."""
    failures = schema_violations(frame, table)
    bad = frame.index.isin(list(failures))
    rejected = frame[bad].copy()
    rejected["champ"] = [failures[i][0] for i in rejected.index]
    rejected["motif"] = [failures[i][1] for i in rejected.index]
    return frame[~bad], rejected
