"""Prix de l'ESS laureates: typed rows from the hand-kept CSV, valid against the published Table Schema."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from assets.lib.sources.laureats import FIELDS, Laureat, read_laureats
from assets.lib.sources.spreadsheet import SourceSchemaError

FIXTURE = Path(__file__).parents[1] / "fixtures" / "tableur" / "laureats-prix-ess.csv"
SCHEMA = Path(__file__).parents[2] / "schemas" / "laureats.schema.json"


def test_rows_are_typed_and_coded():
    laureats, _ = read_laureats(FIXTURE)

    assert [(p.edition, p.niveau, p.code_region, p.region, p.categorie) for p in laureats] == [
        (2019, "national", None, None, "utilite_sociale"),
        (2019, "regional", "53", "Bretagne", "transition_ecologique"),
        (2019, "regional", "84", "Auvergne-Rhône-Alpes", "utilite_sociale"),  # "Régional", "Rhône-Alpes"
        (2015, "regional", "32", "Hauts-de-France", "coup_de_coeur"),  # a pre-2016 region name
        (2021, "regional", "53", "Bretagne", "autre"),  # "CRESS Bretagne"; a category of that year only
    ]
    assert laureats[4].categorie_libelle == "Égalité femmes-hommes"
    assert laureats[0].to_row() == {
        "identifiant": laureats[0].identifiant, "edition": 2019, "niveau": "national", "code_region": "",
        "region": "", "categorie": "utilite_sociale", "categorie_libelle": "Utilité sociale",
        "nom_initiative": "Répar'Tout", "structure": "Association Répar'Tout", "commune": "Rennes",
        "code_postal": "35000",
        "description": "Ateliers de réparation ouverts à tous, animés par des bénévoles.",
        "url": "https://repartout.example",
    }


def test_bad_rows_are_reported_with_their_line():
    _, problems = read_laureats(FIXTURE, source="prix-ess")
    assert [(p.source, p.edition, p.position, p.reason) for p in problems] == [
        ("prix-ess", 0, 5, "edition qui n'est pas une année depuis 2008 : '20x9' (ligne 7)"),
        ("prix-ess", 2019, 6, "niveau ni national ni régional : 'départemental' (ligne 8)"),
        ("prix-ess", 2019, 7, "prix régional sans code_region ni region (ligne 9)"),
        ("prix-ess", 2019, 8, "region qui n'est pas un nom de région connu : 'Atlantide' (ligne 10)"),
        ("prix-ess", 2019, 9, "code_postal qui n'a pas 5 chiffres : '3500A' (ligne 11)"),
        ("prix-ess", 2019, 10, "lauréat en double : 'Vélo-cargo solidaire' (prix-2019-ca3090a907, ligne 12)"),
        ("prix-ess", 2019, 11, "url qui n'est pas une adresse http(s) : 'www.sans-protocole.example' (ligne 13)"),
    ]
    assert {p.file for p in problems} == {"laureats-prix-ess.csv"}


def test_published_rows_are_valid_against_the_table_schema(tmp_path):
    laureats, _ = read_laureats(FIXTURE)
    path = tmp_path / "laureats.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(laureat.to_row() for laureat in laureats)

    schema = Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert [field.name for field in schema.fields] == list(FIELDS)
    report = Resource(path.name, basepath=str(tmp_path), schema=schema).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])

    bad = laureats[0].to_row() | {"identifiant": "prix-2019-zz", "niveau": "departemental",
                                  "code_region": "20"}
    with open(path, "a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, fieldnames=FIELDS).writerow(bad)
    report = Resource(path.name, basepath=str(tmp_path), schema=schema).validate()
    assert sorted(field for _, field in report.flatten(["rowNumber", "fieldName"])) == [
        "code_region", "identifiant", "niveau"]


def test_identifier_survives_reordering_and_description_edits():
    base = dict(edition=2019, niveau="regional", code_region="53", region="Bretagne",
                categorie="utilite_sociale", categorie_libelle="Utilité sociale", nom_initiative="Répar'Tout",
                structure=None, commune=None, code_postal=None, description=None, url=None)
    edited = Laureat(**base | {"description": "Nouvelle description", "structure": "Répar'Tout SCIC"})
    other_year = Laureat(**base | {"edition": 2020})
    assert Laureat(**base).identifiant == edited.identifiant
    assert Laureat(**base).identifiant != other_year.identifiant
    assert Laureat(**base | {"nom_initiative": "répar'tout "}).identifiant == Laureat(**base).identifiant


def test_windows_1252_semicolon_file_with_aliases_and_edition_filter(tmp_path):
    path = tmp_path / "prix.csv"
    path.write_bytes(
        "Année;Niveau;Région;Angle;Initiative;Structure porteuse;Ville;CP\r\n"
        "2017;National;;Transition écologique;Les Jardins de Cocagne;Réseau Cocagne;Paris;75011\r\n"
        "2018;régional;Poitou-Charentes;Utilité sociale;Épicerie solidaire;Asso Partage;Niort;79000\r\n"
        .encode("cp1252")
    )
    laureats, problems = read_laureats(path, editions=[2018])
    assert problems == []
    assert [(p.edition, p.code_region, p.nom_initiative, p.structure) for p in laureats] == [
        (2018, "75", "Épicerie solidaire", "Asso Partage")]


def test_missing_required_column_raises(tmp_path):
    path = tmp_path / "prix.csv"
    path.write_text("edition,niveau,region,nom_initiative\n2019,regional,Bretagne,X\n", encoding="utf-8")
    expected = r"colonne obligatoire absente : categorie .*\(source prix-ess, fichier prix.csv\)"
    with pytest.raises(SourceSchemaError, match=expected):
        read_laureats(path, source="prix-ess")


def test_published_text_is_plain_without_contacts_or_formulas(tmp_path):
    source = FIXTURE.read_text(encoding="utf-8").splitlines()
    header, first = source[0], source[1]
    dirty = first.replace("Ateliers de réparation", "<p>Écrire à jean.dupont@gmail.com</p> Ateliers de réparation")
    dirty = dirty.replace("Association Répar'Tout", "=HYPERLINK(\"x\")")
    path = tmp_path / "laureats.csv"
    path.write_text(f"{header}\n{dirty}\n", encoding="utf-8")
    (laureat,), _ = read_laureats(path)
    assert laureat.description.startswith("Écrire à [contact masqué] Ateliers de réparation")
    assert laureat.structure == "'=HYPERLINK(\"x\")"


def test_a_description_longer_than_the_csv_modules_limit_is_read(tmp_path):
    # Python's csv refuses a field over 128 KiB by default: one long description must not cost the whole file.
    source = FIXTURE.read_text(encoding="utf-8").splitlines()
    long = "Ateliers de réparation " * 8_000  # 184 000 characters
    path = tmp_path / "laureats.csv"
    path.write_text(f"{source[0]}\n{source[1].replace('Ateliers de réparation', long, 1)}\n", encoding="utf-8")
    limit = csv.field_size_limit(128 * 1024)
    try:
        (laureat,), problems = read_laureats(path)
    finally:
        csv.field_size_limit(limit)
    assert problems == [] and laureat.description.startswith("Ateliers de réparation Ateliers")
