"""A merge that raises on an edition publishes its records unmerged: the run goes on, the stage, the warehouse and the
console say which edition and why, and every record is still counted."""

import csv
import json
from pathlib import Path

import dagster as dg
import duckdb

from assets.lib import dedup
from assets.normalize import UNIQUE_STATE_FILE, events_unique
from pipelines.cli import materialize_all, print_summary
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


def test_the_release_says_which_edition_was_published_unmerged(tmp_path_factory, tmp_path, monkeypatch):
    """Downloaders and ESS France read it in the release itself: the edition's row of indicateurs_editions, the
    package's description and list, the edition's page of the report; and no more once the merge works again."""
    data_dir, resources, _ = built_2019(tmp_path_factory, tmp_path)
    published = data_dir / "published"

    def release() -> tuple[dict, dict, str]:
        flags = {row["edition"]: row["fusion_non_faite"]
                 for row in csv.DictReader((published / "indicateurs_editions.csv").open(encoding="utf-8"))}
        package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
        page = (published / "rapport" / "edition-2019.html").read_text(encoding="utf-8")
        return flags, package, page

    def broken(frame, index, columns):
        raise KeyError("code_postal")

    monkeypatch.setattr(dedup, "_deduplicated", broken)
    (data_dir / "warehouse" / "cache" / UNIQUE_STATE_FILE).unlink()
    assert all(result.success for result in materialize_all(resources, [2019], skip={"référentiel géographique"}))
    flags, package, page = release()
    assert flags == {"2019": "true"}
    assert package["editions_sans_fusion"] == [2019]
    assert "la fusion entre sources n'a pas pu être faite pour l'édition ou les éditions 2019" in package["description"]
    assert "La fusion entre sources n'a pas pu être faite pour cette édition" in page

    monkeypatch.undo()
    assert all(result.success for result in materialize_all(resources, [2019], skip={"référentiel géographique"}))
    flags, package, page = release()
    assert flags == {"2019": "false"}
    assert package["editions_sans_fusion"] == [] and "fusion entre sources n'a pas" not in package["description"]
    assert "fusion entre sources n'a pas" not in page
