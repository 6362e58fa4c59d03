"""Republishing: a file whose bytes do not change is neither rewritten nor validated again; anything that
changed (bytes, schema, a published file altered by hand) is validated as the first time."""

import copy

import pandas as pd
import pytest

from assets.lib.publish import PublicationInvalid, publish, table_resources, validated_before


def indicators(value: float = 10.0) -> pd.DataFrame:
    return pd.DataFrame({"edition": [2019, 2019], "niveau": ["france", "region"], "code_territoire": ["FR", "84"],
                         "nom_territoire": ["France", "Auvergne-Rhône-Alpes"], "indicateur": ["evenements"] * 2,
                         "valeur": [value, 3.0], "unite": ["nombre"] * 2})


def package() -> dict:
    return {"name": "essai", "resources": table_resources("indicateurs", "indicateurs", "Indicateurs", "Essai.")}


def release(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_unchanged_release_is_not_rewritten_nor_validated_again(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    first = release(tmp_path)
    described = package()
    for resource in described["resources"]:  # publish() records each CSV's size and hash the same way
        resource.update({k: v for k, v in _published(tmp_path, resource["name"]).items() if k in ("bytes", "hash")})
    assert validated_before(described, tmp_path) == {"indicateurs"}
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    assert release(tmp_path) == first  # same bytes and same modification times


def test_a_changed_table_is_validated_and_replaced(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    publish({"indicateurs": ("indicateurs", indicators(12.0))}, package(), tmp_path)
    assert ",12,nombre" in (tmp_path / "indicateurs.csv").read_text(encoding="utf-8")  # a count: no ".0"
    with pytest.raises(PublicationInvalid):
        publish({"indicateurs": ("indicateurs", indicators().assign(unite="inconnue"))}, package(), tmp_path)
    assert ",12,nombre" in (tmp_path / "indicateurs.csv").read_text(encoding="utf-8")  # a count: no ".0"


def test_the_same_bytes_under_a_stricter_schema_are_validated_again(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    stricter = copy.deepcopy(package())  # the schema dicts are load_schema's cached ones: never edit them
    stricter["resources"][0]["schema"]["fields"][5]["constraints"] = {"required": True, "maximum": 5}
    with pytest.raises(PublicationInvalid, match="valeur"):
        publish({"indicateurs": ("indicateurs", indicators())}, stricter, tmp_path)


def test_a_published_file_altered_by_hand_is_validated_and_put_back(tmp_path):
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    original = (tmp_path / "indicateurs.csv").read_bytes()
    (tmp_path / "indicateurs.csv").write_bytes(original.replace(b"France", b"Fr"))
    described = package()
    described["resources"][0].update({k: _published(tmp_path, "indicateurs")[k] for k in ("bytes", "hash")})
    assert validated_before(described, tmp_path) == set()
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path)
    assert (tmp_path / "indicateurs.csv").read_bytes() == original


def _published(folder, name: str) -> dict:
    import json

    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return next(r for r in descriptor["resources"] if r["name"] == name)


@pytest.mark.parametrize("change", ["number", "last digit", "missing number", "text", "boolean", "row"])
def test_csv_and_parquet_copies_must_hold_the_same_values(tmp_path, change):
    from assets.lib.publish import assert_same_rows, write_csv, write_parquet
    from assets.lib.schema import typed_frame

    frame = typed_frame(indicators().assign(valeur=[0.1 + 0.2, 640.0]), "indicateurs")
    write_csv(frame, tmp_path / "t.csv")
    write_parquet(frame, tmp_path / "t.parquet")
    assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet")
    other = frame.copy()
    if change == "number":
        other.loc[1, "valeur"] = 641.0
    elif change == "last digit":
        other.loc[0, "valeur"] = 0.3  # 0.30000000000000004 in the CSV
    elif change == "missing number":
        other.loc[1, "valeur"] = None
    elif change == "text":
        other.loc[1, "nom_territoire"] = "Auvergne-Rhône-Alpes "
    elif change == "boolean":
        other = other.assign(extra=pd.array([True, None], dtype="boolean"))
        write_csv(other.assign(extra=pd.array([True, False], dtype="boolean")), tmp_path / "t.csv")
    else:
        other = other.iloc[:1]
    write_parquet(other, tmp_path / "t.parquet")
    with pytest.raises(PublicationInvalid):
        assert_same_rows(tmp_path / "t.csv", tmp_path / "t.parquet")


@pytest.mark.parametrize("value", ["=HYPERLINK(\"https://exemple.org\")", "Lyon\u202e", "+33 1 23 45 67 89"])
def test_unsafe_text_in_the_staged_files_stops_the_publication(tmp_path, value):
    # Frictionless accepts these names; the safety scan of the staged CSV and Parquet copies does not.
    publish({"indicateurs": ("indicateurs", indicators())}, package(), tmp_path, memo_dir=tmp_path / "memo")
    before = release(tmp_path)
    unsafe = indicators().assign(nom_territoire=["France", value])
    with pytest.raises(PublicationInvalid, match="contenu non publiable") as raised:
        publish({"indicateurs": ("indicateurs", unsafe)}, package(), tmp_path, memo_dir=tmp_path / "memo")
    assert "indicateurs.csv : ligne 3, champ nom_territoire" in str(raised.value)
    # Its Parquet twin holds the same values: read too, for the full report, once the CSV has a problem.
    assert "indicateurs.parquet : ligne 3, champ nom_territoire" in str(raised.value)
    assert release(tmp_path) == before  # the previous release is kept as it was
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staging")]
