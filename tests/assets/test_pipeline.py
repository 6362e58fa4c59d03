"""The whole asset graph in-process on the platform fixture: published files, counts, validity."""

import csv
import hashlib
import io

import duckdb
import pandas as pd
import pytest
from frictionless import Package

from assets.lib.counts import record_counts
from assets.lib.privacy import scan_publication
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.builds import copy_build, platform_2019

FIXTURE_RECORDS = 10  # events in tests/fixtures/plateforme/2019, one id repeated, two unpublishable


def published(data_dir, name):
    return data_dir / "published" / name


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture edition built once for the tests that only read the result."""
    return copy_build(platform_2019(tmp_path_factory), tmp_path_factory.mktemp("built"))


@pytest.fixture
def built_copy(tmp_path_factory, tmp_path):
    """The fixture edition built by the session's first run (tests.builds), copied for a test that changes it."""
    copy_build(platform_2019(tmp_path_factory), tmp_path)
    return tmp_path, build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")


def test_the_fixture_edition_is_published_valid_and_reconciled(built):
    data_dir = built

    report = Package(str(published(data_dir, "datapackage.json"))).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "note"])
    events = pd.read_csv(published(data_dir, "evenements.csv"), dtype=str, keep_default_na=False)
    assert events.columns.tolist()[:3] == ["identifiant", "edition", "numero_edition"]
    assert events["identifiant"].is_unique
    assert set(events["edition"]) == {"2019"}
    parquet = pd.read_parquet(published(data_dir, "evenements.parquet"))
    assert len(parquet) == len(events)

    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        counts = record_counts(con).iloc[0]
        reasons = con.execute("SELECT champ FROM quarantine ORDER BY champ").fetchall()
    assert counts["lus"] == FIXTURE_RECORDS
    assert counts["ecart"] == 0
    assert counts["publies"] == len(events)
    assert counts["fusionnes"] == 1
    assert [r[0] for r in reasons] == ["date_fin", "titre"]


def test_published_files_hold_no_contact_html_or_formula(built):
    data_dir = built
    text = published(data_dir, "evenements.csv").read_text(encoding="utf-8")
    raw = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "raw").rglob("page-*.json"))
    assert "@" in raw and "06 " in raw  # the fixture does carry contacts…
    assert "example.com" not in text and "example.org" not in text  # …which never reach the release
    assert "<script" not in text and "<p>" not in text and "&nbsp;" not in text
    events = pd.read_csv(published(data_dir, "evenements.csv"), dtype=str, keep_default_na=False)
    for column in ("titre", "description", "organisateur", "lieu", "adresse", "commune"):
        assert not events[column].str.match(r"^[=+\-@]").any(), column
    # Every published format, not only the CSV: the check published_files_safe ran the same scan.
    assert {p.suffix for p in published(data_dir, "").rglob("*") if p.is_file()} >= {
        ".csv", ".parquet", ".geojson", ".duckdb", ".html"}
    assert scan_publication(published(data_dir, "")) == []


def test_the_database_scan_is_its_writers_and_says_what_the_whole_scan_says(built):
    # research_database scans what it wrote (the tables loaded from Parquet copies scanned clean are not read
    # again) and remembers it: published_files_safe reads the verdict instead of the file, the verdict the whole
    # scan of the file gives.
    from assets.lib.digest import sha256_file
    from assets.lib.privacy import DUCKDB_SLICES, _load_memo, _scan_duckdb
    from assets.lib.publish import SCANS
    from assets.lib.state import read_state

    database = published(built, "mois_ess.duckdb")
    memo = build_resources(built)["publisher"].memo_dir() / SCANS
    assert _load_memo(memo)[f".duckdb:{sha256_file(database)}"] == _scan_duckdb(database) == []
    # The check found the verdict: it read no slice of the tables loaded from the Parquet copies (the writer's scan
    # keeps the slices it read, those of the other tables).
    scanned = read_state(memo.with_name(DUCKDB_SLICES))["mois_ess.duckdb"]
    assert "communes" in scanned and not {"evenements", "indicateurs"} & set(scanned)


def published_hashes(data_dir) -> dict[str, str]:
    # DuckDB writes a random salt in its file header: the database's content is compared in
    # tests/assets/test_indicators_release.py, every other published file byte for byte here.
    root = data_dir / "published"
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "mois_ess.duckdb"}


def test_two_runs_give_byte_identical_files(built_copy):
    data_dir, resources = built_copy  # the first run, made in another folder
    first = published_hashes(data_dir)
    materialize_all(resources, [2019])
    assert published_hashes(data_dir) == first
    assert {"evenements.csv", "evenements.parquet", "datapackage.json", "indicateurs.csv"} <= set(first)


def test_a_malformed_file_is_quarantined_and_the_rest_published(resources, data_dir):
    snapshot = next((data_dir / "raw" / "plateforme" / "2019").iterdir())
    (snapshot / "page-9.json").write_text('{"events": [ {"id": 1, "title": "tronqué', encoding="utf-8")
    materialize_all(resources, [2019])
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        counts = record_counts(con).iloc[0]
        problem = con.execute("SELECT fichier, champ FROM quarantine WHERE champ = 'fichier'").fetchall()
    assert problem == [("page-9.json", "fichier")]
    assert counts["lus"] == FIXTURE_RECORDS + 1 and counts["ecart"] == 0
    assert counts["publies"] > 0


def test_an_invalid_release_keeps_the_previous_publication(built_copy):
    data_dir, resources = built_copy
    before = published(data_dir, "evenements.csv").read_bytes()
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb")) as con:
        # Simulate a bug upstream: a value outside the schema's vocabulary reaches the publish step.
        con.execute("UPDATE events_geo SET type_evenement = 'inconnu'")
    import dagster as dg

    from assets.publish import published_events

    result = dg.materialize([published_events], resources=resources, raise_on_error=False)
    assert not result.success
    assert published(data_dir, "evenements.csv").read_bytes() == before
    assert not list((data_dir / "published").glob(".staging-*"))


def test_one_bad_row_is_caught_when_the_other_rows_were_validated_before(built_copy):
    # The build validated every row and kept each edition's digest: a rebuild reads again only the editions that
    # changed, and one bad row among them still stops the release.
    data_dir, resources = built_copy
    assert (data_dir / "warehouse" / "publication_memo" / "rows" / "evenements.pieces.json").is_file()
    before = published(data_dir, "evenements.csv").read_bytes()
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb")) as con:
        identifier = con.execute("SELECT max(identifiant) FROM events_geo").fetchone()[0]
        con.execute("UPDATE events_geo SET type_evenement = 'inconnu' WHERE identifiant = ?", [identifier])
    import dagster as dg

    from assets.publish import published_events

    result = dg.materialize([published_events], resources=resources, raise_on_error=False)
    assert not result.success
    (failure,) = result.get_step_failure_events()
    message = str(failure.event_specific_data.error)
    row = [record[0] for record in csv.reader(io.StringIO(before.decode("utf-8")))].index(identifier) + 1
    assert f"evenements: ligne {row}, champ type_evenement" in message, message
    assert published(data_dir, "evenements.csv").read_bytes() == before


def test_tables_whose_rows_did_not_change_are_not_written_again(built_copy):
    # An edition rebuilt with the same rows: the release's tables are those already written from them, kept as they
    # are; a changed row, or a published file altered since, and they are written again, with the same bytes as ever.
    data_dir, resources = built_copy
    import dagster as dg

    from assets.lib.staged_release import staging_folder
    from assets.publish import published_events

    def publish():
        result = dg.materialize([published_events], resources=resources)
        staged = staging_folder(data_dir / "published")
        files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in staged.iterdir() if p.is_file()
                 and p.suffix in (".csv", ".parquet", ".json")}
        return result.asset_materializations_for_node("published_events")[0].metadata["rewritten"].value, files

    rewritten, kept = publish()
    assert not rewritten
    assert kept == {name: hashlib.sha256(published(data_dir, name).read_bytes()).hexdigest() for name in kept}

    published(data_dir, "evenements.csv").write_text("identifiant\n", encoding="utf-8")
    rewritten, files = publish()
    assert rewritten and files == kept

    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb")) as con:
        con.execute("UPDATE events_geo SET titre = titre || ' (reporté)' WHERE identifiant = "
                    "(SELECT max(identifiant) FROM events_geo)")
    rewritten, files = publish()
    assert rewritten and files["evenements.csv"] != kept["evenements.csv"]
    assert files["indicateurs.csv"] == kept["indicateurs.csv"]


def test_an_empty_raw_folder_fails_no_stage(tmp_path):
    from pipelines.definitions import REPO_ROOT, build_resources

    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    materialize_all(resources, [2019])
    events = pd.read_csv(tmp_path / "published" / "evenements.csv")
    assert len(events) == 0
