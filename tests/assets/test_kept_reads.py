"""raw_events takes a source's rows of an edition from the table instead of reading its snapshots again when its
snapshots, declaration and code are those of the last read and its rows are still those written then (assets.lib
.read_memo), and only then: the tables and what the asset reports are those a read gives."""

import shutil

import dagster as dg
import duckdb

from assets.ingest import READS_STATE_FILE, raw_events
from pipelines.definitions import REPO_ROOT, build_resources
from tests.builds import copy_build, platform_2019
from tests.conftest import FIXTURES

TABLES = ("raw_events", "raw_problems", "raw_snapshots")


def test_a_source_is_read_again_only_when_its_snapshots_or_its_rows_changed(tmp_path_factory, tmp_path):
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    database = str(data_dir / "warehouse" / "pipeline.duckdb")
    state = data_dir / "warehouse" / "cache" / READS_STATE_FILE

    def rows() -> list:
        with duckdb.connect(database, read_only=True) as con:
            return [con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES]

    def materialized() -> tuple[list, dict, list]:
        result = dg.materialize([raw_events], resources=resources, partition_key="2019")
        (materialization,) = [event.event_specific_data.materialization for event in result.all_events
                              if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION]
        reported = {k: v.value for k, v in materialization.metadata.items() if k != "kept_reads"}
        return materialization.metadata["kept_reads"].value, reported, rows()

    built = rows()
    kept, reported, now = materialized()
    assert (kept, now) == (["plateforme/2019"], built)  # the build's read, kept
    state.unlink()  # nothing known: every source read, the same rows and report
    assert materialized() == ([], reported, built)

    # A second source of the edition: read, the platform kept; as a run that knows nothing gives.
    ical = data_dir / "raw" / "cress-hdf-ical" / "2019" / "export"
    ical.mkdir(parents=True)
    shutil.copy(FIXTURES / "ical" / "cress-occitanie-2019.ics", ical)
    kept, with_ical, both = materialized()
    assert kept == ["plateforme/2019"] and both != built
    state.unlink()
    assert materialized() == ([], with_ical, both)
    assert materialized() == (["cress-hdf-ical/2019", "plateforme/2019"], with_ical, both)

    with duckdb.connect(database) as con:  # a row of the platform changed since it was written: read again
        con.execute("UPDATE raw_events SET payload = '{}' WHERE source = 'plateforme' AND position = 0")
    assert materialized() == (["cress-hdf-ical/2019"], with_ical, both)

    # A changed byte in a snapshot of the source (here the one it is read from): read again.
    page = next((data_dir / "raw" / "cress-hdf-ical" / "2019" / "export").iterdir())
    page.write_bytes(page.read_bytes().replace(b"SUMMARY:", b"SUMMARY:Nouveau : ", 1))
    kept, reported, changed = materialized()
    assert kept == ["plateforme/2019"] and changed != both
    state.unlink()
    assert materialized() == ([], reported, changed)

    state.write_text("{pas du JSON", encoding="utf-8")  # an unreadable state keeps nothing
    assert materialized() == ([], reported, changed)
