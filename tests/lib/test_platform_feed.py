"""Platform feed: fetch an edition from a real HTTP server on 127.0.0.1, read snapshots back."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.records import FileProblem, RawRecord
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources.platform import fetch_platform_edition, read_platform_snapshot
from tests.platform_server import FIXTURES, PER_PAGE, running_platform

NOW = datetime(2019, 11, 30, 7, 0, 0, tzinfo=UTC)
IDS = ["48213", "48240", "48255", "48261", "48302", "48315", "48320", "48333", "48340", "48240"]


@pytest.fixture
def platform():
    with running_platform() as httpd:
        yield httpd



@pytest.fixture
def store(tmp_path) -> SnapshotStore:
    return SnapshotStore(tmp_path / "raw", "plateforme")


def fetch(platform, client, store, now=NOW, retries: int = 3) -> Path:
    return fetch_platform_edition(client, platform.url, 2019, per_page=PER_PAGE, store=store, now=now,
                                  policy=RetryPolicy(retries=retries, sleep=lambda s: None))


def test_fetches_every_page_into_a_snapshot(platform, client, store):
    path = fetch(platform, client, store)

    assert platform.hits == [f"/events?edition=2019&page={n}&per_page=4" for n in (1, 2, 3)]
    assert path == store.edition_dir(2019) / "20191130T070000Z"
    for n in (1, 2, 3):  # byte for byte as served
        assert (path / f"page-000{n}.json").read_bytes() == platform.page_body("2019", n)
    manifest = json.loads((path / "manifest.json").read_bytes())
    assert manifest["source"] == "plateforme" and manifest["edition"] == 2019
    assert manifest["base_url"] == platform.url and manifest["complete"] is True
    assert manifest["fetched_at"] == "2019-11-30T07:00:00Z"
    assert [p["records"] for p in manifest["pages"]] == [4, 4, 2]
    assert [p["url"] for p in manifest["pages"]] == [platform.page_url(n) for n in (1, 2, 3)]
    assert store.verify(path) == 3
    assert store.latest_snapshot(2019) == path


def test_snapshot_reads_back_every_event_as_received(platform, client, store):
    records, problems = read_platform_snapshot(fetch(platform, client, store))

    assert problems == []
    assert [r.source_record_id for r in records] == IDS  # duplicate id kept: dedup is downstream
    assert [r.position for r in records] == list(range(10))
    assert [r.file[:9] for r in records] == ["page-0001"] * 4 + ["page-0002"] * 4 + ["page-0003"] * 2
    assert {(r.source, r.edition) for r in records} == {("plateforme", 2019)}
    by_id = {r.source_record_id: r.payload for r in records}
    assert "title" not in by_id["48255"]
    assert by_id["48255"]["place"]["lat"] is None
    assert by_id["48302"]["end"] < by_id["48302"]["start"]
    assert by_id["48213"]["contact"]["email"] == "marie.dupont@example.com"  # filtered downstream
    assert by_id["48213"]["description"].startswith("<p>Venez réparer")


def test_second_fetch_makes_a_new_snapshot_only_when_the_feed_changed(platform, client, store):
    first = fetch(platform, client, store)
    assert fetch(platform, client, store, now=NOW + timedelta(days=1)) == first  # same bytes: no new snapshot
    page = json.loads(platform.page_body("2019", 2))
    page["events"][0]["title"] = "Titre corrigé"
    platform.overrides[2] = json.dumps(page).encode()
    second = fetch(platform, client, store, now=NOW + timedelta(days=1))
    assert second != first and second.name == "20191201T070000Z"
    assert store.latest_snapshot(2019) == second
    assert store.verify(first) == 3  # the earlier snapshot is untouched


def test_server_error_mid_pagination_is_retried(platform, client, store):
    platform.faults[2] = [500]
    path = fetch(platform, client, store)
    assert platform.hits.count(f"/events?edition=2019&page=2&per_page={PER_PAGE}") == 2
    assert len(read_platform_snapshot(path)[0]) == 10


def test_truncated_page_is_retried(platform, client, store):
    platform.faults[3] = [platform.page_body("2019", 3)[:50]]  # a 200 whose body stops short
    path = fetch(platform, client, store)
    assert (path / "page-0003.json").read_bytes() == platform.page_body("2019", 3)


@pytest.mark.parametrize(
    ("faults", "expected"),
    [
        ({3: [503] * 5}, "HTTP 503"),
        ({2: [b"<html>Erreur</html>"] * 5}, "JSON illisible"),
        ({2: [404]}, "HTTP 404 Not Found"),
    ],
)
def test_failure_mid_pagination_leaves_no_snapshot(platform, client, store, faults, expected):
    platform.faults.update(faults)
    failing = platform.page_url(max(faults))
    with pytest.raises(FeedError) as raised:
        fetch(platform, client, store, retries=2)
    assert expected in str(raised.value) and failing in str(raised.value)
    assert list(store.edition_dir(2019).iterdir()) == []
    assert store.latest_snapshot(2019) is None


def test_a_next_loop_keeps_the_pages_received_and_is_flagged(platform, client, store):
    page = json.loads(platform.page_body("2019", 3))
    page["next"] = platform.page_url(1)
    platform.overrides[3] = json.dumps(page).encode()
    path = fetch(platform, client, store)
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    assert [p["file"] for p in manifest["pages"]] == ["page-0001.json", "page-0002.json", "page-0003.json"]
    assert "la pagination revient à" in manifest["pagination_coupee"]
    assert platform.page_url(1) in manifest["pagination_coupee"]
    assert len(read_platform_snapshot(path)[0]) == 10


def test_page_of_another_edition_is_refused(platform, client, store):
    page = json.loads(platform.page_body("2019", 2))
    page["edition"] = 2018
    platform.overrides[2] = json.dumps(page).encode()
    with pytest.raises(FeedError, match="answered edition 2018, expected 2019"):
        fetch(platform, client, store)
    assert store.latest_snapshot(2019) is None


def test_malformed_file_among_good_ones_is_reported_not_fatal(tmp_path):
    export = tmp_path / "plateforme" / "2019" / "export"  # hand-dropped: no manifest
    export.mkdir(parents=True)
    shutil.copy(FIXTURES / "2019" / "page-1.json", export / "a-page.json")
    (export / "b-truncated.json").write_text('{"events": [{"id": 1, "title": "Coupé', encoding="utf-8")
    event = json.loads((FIXTURES / "2019" / "page-3.json").read_text(encoding="utf-8"))["events"][0]
    entries = [event, "oops", 42, {"title": "Sans id"}]
    (export / "c-list.json").write_text(json.dumps(entries), encoding="utf-8")
    (export / "d-scalar.json").write_text('"not a page"', encoding="utf-8")
    (export / "notes.txt").write_text("ignored: not *.json", encoding="utf-8")

    records, problems = read_platform_snapshot(export)

    assert [(r.file, r.position, r.source_record_id) for r in records] == [
        ("a-page.json", 0, "48213"),
        ("a-page.json", 1, "48240"),
        ("a-page.json", 2, "48255"),
        ("a-page.json", 3, "48261"),
        ("c-list.json", 4, "48340"),
        ("c-list.json", 7, None),  # no id: kept, positions still count the bad entries
    ]
    assert {r.edition for r in records} == {2019}  # from the folder name
    assert [(p.file, p.position) for p in problems] == [
        ("b-truncated.json", None),
        ("c-list.json", 5),
        ("c-list.json", 6),
        ("d-scalar.json", None),
    ]
    assert problems[0].reason.startswith("JSON illisible")
    assert problems[1].reason == "entrée qui n'est pas un objet JSON : str"
    assert "ni page d'événements" in problems[3].reason
    assert all((p.source, p.edition) == ("plateforme", 2019) for p in problems)


def test_page_missing_from_a_snapshot_is_a_problem(platform, client, store):
    path = fetch(platform, client, store)
    (path / "page-0002.json").unlink()
    records, problems = read_platform_snapshot(path)
    assert len(records) == 6
    assert [(p.file, p.position) for p in problems] == [("page-0002.json", None)]
    assert problems[0].reason == "fichier listé dans le manifest mais absent"


def test_rows_are_flat_and_deterministic():
    record = RawRecord("plateforme", 2019, "48213", 0, "page-0001.json", {"title": "Café", "id": 48213})
    assert record.to_row() == {
        "source": "plateforme",
        "edition": 2019,
        "source_record_id": "48213",
        "position": 0,
        "file": "page-0001.json",
        "payload": '{"id": 48213, "title": "Café"}',
    }
    assert hash(record) == hash(RawRecord("plateforme", 2019, "48213", 0, "page-0001.json", {}))
    with pytest.raises(AttributeError):
        record.position = 1  # type: ignore[misc]
    problem = FileProblem("plateforme", 2019, "b.json", None, "invalid JSON")
    assert problem.to_row() == {
        "source": "plateforme",
        "edition": 2019,
        "file": "b.json",
        "position": None,
        "reason": "invalid JSON",
    }


def test_a_page_nested_deeper_than_python_reads_is_a_problem_naming_it_and_the_other_pages_are_read(tmp_path):
    folder = tmp_path / "raw" / "plateforme" / "2019" / "export"
    folder.mkdir(parents=True)
    good = {"edition": 2019, "events": [{"id": 1, "title": "Forum", "start": "2019-11-05T10:00:00+01:00"}],
            "next": None, "page": 1, "per_page": 100}
    (folder / "page-0001.json").write_text(json.dumps(good))
    (folder / "page-0002.json").write_text('{"events": ' + "[" * 100_000 + "]" * 100_000 + "}")
    records, problems = read_platform_snapshot(folder, edition=2019)
    assert [r.source_record_id for r in records] == ["1"]
    assert [(p.file, p.reason.split(" : ")[0]) for p in problems] == [("page-0002.json", "JSON illisible")]
