"""The Table Schemas are ready for schema.data.gouv.fr: catalogue keys, example files valid with Frictionless,
a CHANGELOG section for their version, generated documentation up to date; booleans written true/false."""

import json

import pandas as pd
import pytest
from frictionless import Resource, Schema

from assets.lib.datagouv import load_publication_config
from assets.lib.datagouv_schemas import (
    CATALOGUE_KEYS,
    SCHEMA_DIR,
    catalogue_problems,
    changelog_versions,
    documentation_path,
    example_path,
    schema_documentation,
    schema_tables,
)
from assets.lib.publish import write_csv

TABLES = schema_tables()


def load(table: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{table}.schema.json").read_text(encoding="utf-8"))


def validate_example(table: str, path) -> list:
    schema = Schema.from_descriptor(load(table))
    report = Resource(path=path.name, basepath=str(path.parent), schema=schema).validate()
    return report.flatten(["rowNumber", "fieldName", "note"])


def test_every_published_table_has_a_schema():
    assert TABLES == ["evenements", "indicateurs", "indicateurs_editions", "laureats"]


@pytest.mark.parametrize("table", TABLES)
def test_the_schema_carries_what_the_catalogue_requires(table):
    assert catalogue_problems(table, load_publication_config()) == []
    assert Schema.validate_descriptor(load(table)).valid
    assert set(CATALOGUE_KEYS) <= set(load(table))


def test_the_catalogue_check_catches_what_is_missing_or_inconsistent():
    config = load_publication_config()
    descriptor = load("laureats")
    without_sources = {k: v for k, v in descriptor.items() if k != "sources"}
    assert catalogue_problems("laureats", config, without_sources) == ["laureats: clé sources absente"]
    problems = "\n".join(catalogue_problems("laureats", config, {
        **descriptor, "version": "1.0", "name": "Mois ESS", "lastModified": "2020-01-01",
        "homepage": "https://example.org/autre", "contributors": [{"title": "x", "role": "editor"}],
        "resources": [{"title": "Exemple", "path": descriptor["resources"][0]["path"].replace(
            f"/v{descriptor['version']}/", "/v0.1.0/")}],
    }))
    for expected in ("version '1.0'", "name 'Mois ESS'", "lastModified avant created", "homepage", "path",
                     "role author|contributor", "resources doit pointer", "URL de la version 0.1.0"):
        assert expected in problems


@pytest.mark.parametrize("table", TABLES)
def test_the_example_file_beside_the_schema_is_valid(table):
    assert example_path(table).parent == SCHEMA_DIR
    frame = pd.read_csv(example_path(table), dtype=str, keep_default_na=False)
    assert len(frame) >= 3 and frame.columns.tolist() == [f["name"] for f in load(table)["fields"]]
    assert validate_example(table, example_path(table)) == []


def test_an_invalid_example_is_caught(tmp_path):
    text = example_path("indicateurs_editions").read_text(encoding="utf-8")
    bad = tmp_path / "indicateurs_editions.csv"
    bad.write_text(text.replace(",false\n", ",False\n", 1), encoding="utf-8")  # pandas' spelling
    errors = validate_example("indicateurs_editions", bad)
    assert errors and errors[0][1] == "fusion_non_faite"


def test_every_schema_has_the_version_of_the_changelog():
    (latest, day), *_ = changelog_versions()
    for table in TABLES:
        assert load(table)["version"] == latest
        assert load(table)["lastModified"] <= day or load(table)["lastModified"] == day


@pytest.mark.parametrize("table", TABLES)
def test_the_generated_documentation_is_up_to_date(table):
    committed = documentation_path(table).read_text(encoding="utf-8") if documentation_path(table).exists() else ""
    assert committed == schema_documentation(table), (
        f"{documentation_path(table)} est périmée : lancer .venv/bin/python scripts/schema_docs.py")


def test_booleans_are_written_true_and_false_and_schemas_only_accept_those(tmp_path):
    frame = pd.DataFrame({"edition": [2019, 2020, 2021],
                          "drapeau": pd.array([True, False, None], dtype="boolean")})
    write_csv(frame, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text(encoding="utf-8") == "edition,drapeau\n2019,true\n2020,false\n2021,\n"
    for table in TABLES:
        for field in load(table)["fields"]:
            if field["type"] == "boolean":
                assert (field["trueValues"], field["falseValues"]) == (["true"], ["false"])
