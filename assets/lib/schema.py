"""The published tables' Frictionless schemas: field lists, typed frames, and validation of written files."""

import json
from functools import cache
from pathlib import Path

import pandas as pd
from frictionless import Package

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

# Event fields added by territorial coding; the others come from normalisation.
GEO_FIELDS = (
    "code_commune_insee", "nom_commune", "code_arrondissement_municipal", "code_departement", "departement",
    "code_region", "region", "geocodage_methode", "geocodage_score", "geocodage_alerte",
)
# Unpublished event columns kept in the warehouse for the coder: what the source itself said.
SOURCE_GEO_FIELDS = ("code_insee_source", "code_pays_source")

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


def validate_package(descriptor: Path, formats: tuple[str, ...] | None = None) -> list[str]:
    """Errors Frictionless finds in a written data package (empty when valid); with `formats`, only the
    resources of those formats are read (frictionless-py reads Parquet row by row through pandas, about
    20x slower than CSV: publish() checks Parquet copies against their validated CSV twin instead)."""
    content = json.loads(descriptor.read_text(encoding="utf-8"))
    if formats is not None:
        content["resources"] = [r for r in content["resources"] if r.get("format") in formats]
    report = Package(content, basepath=str(descriptor.parent)).validate()
    if report.valid:
        return []
    return [
        f"{task.name}: ligne {error.get('rowNumber', '-')}, champ {error.get('fieldName', '-')}: "
        f"{error.get('note', error.message)}"
        if hasattr(error, "get") else f"{task.name}: {error.message}"
        for task in report.tasks for error in task.errors
    ] + [error.message for error in report.errors]
