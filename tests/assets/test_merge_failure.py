"""A merge that raises on an edition publishes its records unmerged: the run goes on, the stage, the warehouse and the
console say which edition and why, and every record is still counted."""

from pathlib import Path

import dagster as dg
import duckdb

from assets.lib import dedup
from assets.normalize import UNIQUE_STATE_FILE, events_unique
from pipelines.cli import print_summary
from tests.assets.test_kept_editions import built_2019, deduplicated_editions


def test_an_edition_whose_merge_raises_is_published_unmerged_and_said_so(tmp_path_factory, tmp_path, monkeypatch,
                                                                          capsys):
    data_dir, resources, database = built_2019(tmp_path_factory, tmp_path)

    def broken(frame, index, columns):
        raise KeyError("code_postal")

    monkeypatch.setattr(dedup, "_deduplicated", broken)
    (data_dir / "warehouse" / "cache" / UNIQUE_STATE_FILE).unlink()  # built again, not kept
    result = dg.materialize([events_unique], resources=resources, partition_key="2019")

    assert result.success
    (materialization,) = [event.event_specific_data.materialization for event in result.all_events
                          if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION]
    failure = materialization.metadata["merge_failures"].value["2019"]
    assert failure.startswith("KeyError: 'code_postal' (test_merge_failure.py:") and failure.endswith(", broken)")
    assert ("WARNING" in (log := capsys.readouterr().err)
            and f"Merge across sources failed for edition 2019, its records are published unmerged: {failure}" in log)
    with duckdb.connect(database, read_only=True) as con:
        assert con.execute("SELECT edition, motif FROM merge_failures").fetchall() == [(2019, failure)]
        records, published, merged = con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM events_unique), "
            "(SELECT count(*) FROM merges_across_sources)").fetchone()
    assert published == records > 0 and merged == 0

    print_summary(Path(database), data_dir / "published")
    console = capsys.readouterr().out
    assert (f"Fusion entre sources non faite pour l'édition 2019 : ses {records:,}".replace(",", "\u00a0")
            + " enregistrements sont publiés sans fusion") in console
    assert failure in console

    monkeypatch.undo()  # the bug fixed: the edition, not kept as built, is merged again and the failure gone
    assert deduplicated_editions(resources) == [2019]
    with duckdb.connect(database, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM merge_failures").fetchone() == (0,)
