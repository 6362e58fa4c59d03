"""The platform ingestion asset against a real HTTP server on 127.0.0.1: fetch, snapshot, fall back."""

import dagster as dg
import duckdb
import pytest

from assets.ingest import raw_events
from pipelines.definitions import REPO_ROOT, build_resources
from pipelines.resources import PlatformFeed
from tests.builds import with_ingest_reference
from tests.platform_server import PER_PAGE, running_platform


@pytest.fixture
def platform():
    with running_platform() as httpd:
        yield httpd


def feed_resources(tmp_path, url):
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    resources["platform_feed"] = PlatformFeed(base_url=url, raw_dir=str(tmp_path / "raw"), per_page=PER_PAGE,
                                              backoff_s=0.0, retries=2)
    return with_ingest_reference(resources)


def raw_ids(tmp_path):
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT source_record_id FROM raw_events ORDER BY position").fetchall()]


def test_the_asset_fetches_every_page_into_a_snapshot(platform, tmp_path):
    platform.faults[2] = [500]  # one server error on page 2, retried
    resources = feed_resources(tmp_path, platform.url)
    result = dg.materialize([raw_events], resources=resources, partition_key="2019")
    assert result.success
    assert len(raw_ids(tmp_path)) == 10
    snapshots = list((tmp_path / "raw" / "plateforme" / "2019").iterdir())
    assert len(snapshots) == 1 and (snapshots[0] / "manifest.json").is_file()
    assert sum("page=2" in hit for hit in platform.hits) == 2


def test_a_feed_error_is_reported_and_the_last_snapshot_used(platform, tmp_path):
    resources = feed_resources(tmp_path, platform.url)
    assert dg.materialize([raw_events], resources=resources, partition_key="2019").success
    platform.faults[1] = [404]
    result = dg.materialize([raw_events], resources=resources, partition_key="2019")
    assert result.success
    metadata = result.asset_materializations_for_node("raw_events")[0].metadata
    (message,) = metadata["errors"].value
    assert message.startswith("plateforme 2019 : ") and "404" in message and platform.url in message
    assert len(raw_ids(tmp_path)) == 10  # read from the snapshot of the first run


def test_a_snapshot_that_no_longer_matches_its_manifest_is_skipped_not_fatal(platform, tmp_path):
    resources = feed_resources(tmp_path, platform.url)
    assert dg.materialize([raw_events], resources=resources, partition_key="2019").success
    (snapshot,) = (tmp_path / "raw" / "plateforme" / "2019").iterdir()
    (snapshot / "page-0001.json").write_text('{"events": []}', encoding="utf-8")  # altered after the fetch
    resources["platform_feed"] = PlatformFeed(raw_dir=str(tmp_path / "raw"))  # offline
    result = dg.materialize([raw_events], resources=resources, partition_key="2019")
    assert result.success
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        (reason,) = con.execute("SELECT reason FROM raw_problems").fetchone()
    assert "page-0001.json" in reason and raw_ids(tmp_path) == []
