"""events_unique keeps an edition it deduplicated from the same records (assets.lib.incremental), and only then."""

from pathlib import Path

import dagster as dg
import duckdb

from assets.normalize import UNIQUE_STATE_FILE, events_unique
from pipelines.definitions import REPO_ROOT, build_resources
from tests.builds import copy_build, platform_2019

TABLES = ("events_unique", "merges_across_sources")


def built_2019(tmp_path_factory, tmp_path) -> tuple[Path, dict, str]:
    """A copy of the 2019 build: its data folder, resources and warehouse path."""
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    return data_dir, resources, str(data_dir / "warehouse" / "pipeline.duckdb")


def deduplicated_editions(resources: dict) -> list:
    """The editions events_unique deduplicated again when materialized for 2019 (the others it kept)."""
    result = dg.materialize([events_unique], resources=resources, partition_key="2019")
    (materialization,) = [event.event_specific_data.materialization for event in result.all_events
                          if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION]
    return materialization.metadata["deduplicated_editions"].value


def test_an_edition_is_deduplicated_again_only_when_its_records_or_its_rows_changed(tmp_path_factory, tmp_path):
    data_dir, resources, database = built_2019(tmp_path_factory, tmp_path)

    def rows() -> list:
        with duckdb.connect(database, read_only=True) as con:
            return [con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES]

    def materialized() -> tuple[list, list]:
        return deduplicated_editions(resources), rows()

    built = rows()
    assert materialized() == ([], built)  # same records, same reference and code: kept as the build wrote them

    with duckdb.connect(database) as con:  # a record renamed
        con.execute("UPDATE events SET titre = 'Tout autre chose' WHERE identifiant = (SELECT min(identifiant) "
                    "FROM events)")
    deduplicated, changed = materialized()
    assert deduplicated == [2019] and changed != built
    (data_dir / "warehouse" / "cache" / UNIQUE_STATE_FILE).unlink()  # nothing known: the same rows from scratch
    assert materialized() == ([2019], changed)

    with duckdb.connect(database) as con:  # a row of events_unique deleted since it was written
        con.execute("DELETE FROM events_unique WHERE identifiant = (SELECT min(identifiant) FROM events_unique)")
    assert materialized() == ([2019], changed)
    assert materialized() == ([], changed)


def test_a_newer_snapshot_of_the_same_records_deduplicates_nothing_again(tmp_path_factory, tmp_path):
    # events_unique reads of raw_events where each record sat in its snapshot: the snapshot's name and its files
    # change with every fetch of a live source, and no merged row with them.
    _, resources, database = built_2019(tmp_path_factory, tmp_path)
    with duckdb.connect(database) as con:
        con.execute("UPDATE raw_events SET snapshot = '29991231T000000Z', file = 'page-' || position || '.json'")
    assert deduplicated_editions(resources) == []
    with duckdb.connect(database) as con:  # a record moved within its snapshot: the merges give its new place
        con.execute("UPDATE raw_events SET position = position + 1000 WHERE source_record_id = "
                    "(SELECT min(source_record_id) FROM raw_events)")
    assert deduplicated_editions(resources) == [2019]
