"""A bad feed day never costs published data: a good snapshot is published, then a newer broken one arrives
(a sheet that lost its title column over HTTP, a calendar server answering an empty body, a truncated page
dropped by hand); the good events stay published, byte for byte, and each source is reported stale."""

import http.server
import json
import shutil
import threading

import duckdb
import pytest

from assets.ingest import CHECK_FRESH
from pipelines.cli import materialize_all, print_summary
from pipelines.definitions import REPO_ROOT, build_resources
from pipelines.resources import CressFeeds
from tests.conftest import FIXTURES, drop_platform_export
from tests.http_helpers import QuietHandler, serving

SAMPLE = FIXTURES / "editions" / "raw"
SHEET = next((SAMPLE / "cress-paca-tableur" / "2019").glob("*/*.csv")).read_bytes()
CALENDAR = next((SAMPLE / "cress-hdf-ical" / "2019").glob("*/calendrier.ics")).read_bytes()


class Feeds(http.server.ThreadingHTTPServer):
    """Two CRESS feeds whose bodies the test changes between runs."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FeedsHandler)
        self.bodies = {"/paca/agenda.csv": SHEET, "/hdf/calendrier.ics": CALENDAR}
        self.lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_port}{path}"


class FeedsHandler(QuietHandler):
    server: Feeds

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        with self.server.lock:
            body = self.server.bodies.get(self.path)
        if body is None:
            self.reply(404, b"not found", "text/plain")
        else:
            self.reply(200, body, "text/plain; charset=windows-1252")


@pytest.fixture
def feeds():
    with serving(Feeds()) as httpd:
        yield httpd


def query(data_dir, sql: str) -> list[tuple]:
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_broken_newer_snapshot_keeps_the_good_events_published(feeds, tmp_path, capsys):
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    resources["cress_feeds"] = CressFeeds(
        raw_dir=str(tmp_path / "raw"), retries=1, backoff_s=0.0,
        urls={"cress-paca-tableur": feeds.url("/paca/agenda.csv"), "cress-hdf-ical": feeds.url("/hdf/calendrier.ics")})
    materialize_all(resources, [2019])
    published = tmp_path / "published"
    good = {name: (published / name).read_bytes() for name in ("evenements.csv", "indicateurs.csv")}
    sources_published = {r[0] for r in query(tmp_path, "SELECT DISTINCT source FROM events_geo")}
    assert {"plateforme", "cress-paca-tableur", "cress-hdf-ical"} <= sources_published

    # The next day: the sheet lost its title column, the calendar server sends an empty body, and a
    # truncated platform export is dropped by hand as the newest snapshot.
    feeds.bodies["/paca/agenda.csv"] = SHEET.replace(b"Titre de l'action", b"Intitule", 1)
    feeds.bodies["/hdf/calendrier.ics"] = b""
    truncated = tmp_path / "raw" / "plateforme" / "2019" / "20191202T000000Z"
    shutil.copytree(FIXTURES / "plateforme" / "2019", truncated)
    for page in sorted(truncated.glob("*.json")):
        page.write_bytes(page.read_bytes()[: len(page.read_bytes()) // 2])
    results = materialize_all(resources, [2019])

    for name, content in good.items():
        assert (published / name).read_bytes() == content, name
    paca_snapshots = sorted(p.name for p in (tmp_path / "raw" / "cress-paca-tableur" / "2019").iterdir())
    assert len(paca_snapshots) == 2  # the broken sheet is kept as received, set aside
    stale = dict(query(tmp_path, "SELECT source, stale_reason FROM raw_snapshots WHERE stale_reason <> ''"))
    assert set(stale) == {"plateforme", "cress-paca-tableur", "cress-hdf-ical"}
    assert "colonne obligatoire absente : titre" in stale["cress-paca-tableur"]
    assert paca_snapshots[1] in stale["cress-paca-tableur"]
    assert "iCalendar illisible" in stale["cress-hdf-ical"] or "not an iCalendar" in stale["cress-hdf-ical"]
    assert "20191202T000000Z" in stale["plateforme"] and "JSON illisible" in stale["plateforme"]
    used = dict(query(tmp_path, "SELECT source, snapshot FROM raw_snapshots"))
    assert used["cress-paca-tableur"] == paca_snapshots[0] and used["plateforme"] == "20191201T000000Z"

    # The set-aside sheet is quarantined as one row with its reason and how many of its rows could not be read (its
    # rows are no records of the edition: counted one by one, they inflated what PACA read), and every record is
    # still accounted for.
    ((motif,),) = query(tmp_path, "SELECT motif FROM quarantine WHERE source = 'cress-paca-tableur' "
                                  f"AND motif LIKE 'instantané {paca_snapshots[1]} écarté : %'")
    assert "colonne obligatoire absente : titre" in motif and motif.endswith(" lignes)")
    read = query(tmp_path, "SELECT lus FROM release_audit WHERE source = 'cress-paca-tableur'")[0][0]
    kept = query(tmp_path, "SELECT count(*) FROM raw_events WHERE source = 'cress-paca-tableur'")[0][0]
    assert read == kept + 1
    assert query(tmp_path, "SELECT count(*) FROM release_audit WHERE ecart <> 0") == [(0,)]

    (check,) = [c for r in results for c in r.get_asset_check_evaluations() if c.check_name == CHECK_FRESH]
    assert not check.passed and check.severity.value == "WARN"
    lines = check.metadata["stale_sources"].value
    assert any(line.startswith(f"cress-paca-tableur 2019 : dernière version bonne {paca_snapshots[0]}")
               for line in lines)

    capsys.readouterr()
    print_summary(tmp_path / "warehouse" / "pipeline.duckdb", published)
    summary = capsys.readouterr().out
    assert f"Source périmée : cress-paca-tableur 2019, publiée depuis l'instantané {paca_snapshots[0]}" in summary
    assert "Source périmée : cress-hdf-ical 2019" in summary and "Source périmée : plateforme 2019" in summary
    # Where each quarantined and each merged record is listed, and the merges by reason.
    motifs = query(tmp_path, "SELECT DISTINCT motif FROM merges_same_source UNION SELECT DISTINCT motif FROM "
                             "merges_across_sources")
    assert motifs and all(motif in summary.split("Fusions par motif :")[1] for (motif,) in motifs)
    assert f"{tmp_path / 'warehouse' / 'fusions.csv'}" in summary


def test_a_reader_failing_on_a_newer_snapshot_costs_that_snapshot_only(tmp_path, monkeypatch):
    """A reader's bug (any exception) on one snapshot is that snapshot's problem: it is set aside with the error
    named, the previous snapshot is read instead, and the run goes on."""
    import dataclasses

    from assets import ingest
    from assets.lib.config import sources
    from assets.lib.sources import KINDS

    paca = sources()["cress-paca-tableur"]
    good = next((SAMPLE / paca.location / "2019").iterdir())
    newer = tmp_path / "raw" / paca.location / "2019" / "20191231T000000Z"
    shutil.copytree(good, tmp_path / "raw" / paca.location / "2019" / good.name)
    shutil.copytree(good, newer)
    spreadsheet = KINDS[paca.kind]

    def read_failing_on_the_newer(snapshot, edition, source, options, **reference):
        if snapshot.name == newer.name:
            raise KeyError("colonne inattendue")
        return spreadsheet.read(snapshot, edition, source, options, **reference)

    monkeypatch.setitem(KINDS, "tableur-fragile", dataclasses.replace(spreadsheet, name="tableur-fragile",
                                                                      read=read_failing_on_the_newer))
    fragile = dataclasses.replace(paca, kind="tableur-fragile")
    feed = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")["cress_feeds"]

    class Log:
        def __getattr__(self, level):
            return lambda message: None

    got = ingest.ingest_source(fragile, [2019], feed, Log())
    assert len(got.records) == len(ingest.ingest_source(paca, [2019], feed, Log()).records) > 0
    assert [snapshot["snapshot"] for snapshot in got.snapshots] == [good.name]
    (problem,) = [problem for problem in got.problems if problem["file"] == newer.name]
    assert problem["source"] == paca.name
    assert "lecture impossible (KeyError : 'colonne inattendue')" in problem["reason"]
    assert any(newer.name in error and "écarté" in error for error in got.errors)


@pytest.mark.parametrize("pages", [None, ["page-0001.json"], [{"file": 123}],
                                   [{"file": "page-0001.json", "bytes": "12"}]])
def test_a_newer_snapshot_whose_manifest_is_malformed_is_set_aside(tmp_path, pages):
    """A hand-edited or truncated manifest (pages not a list, entries not objects, a size as text) sets its snapshot
    aside with the reason named; the previous snapshot is read and the run goes on (`"pages": null` raised a
    TypeError out of the ingestion, and every later run of the edition failed while the snapshot stayed)."""
    from assets import ingest
    from assets.lib.config import sources

    aura = sources()["cress-aura-openagenda"]
    good = max((SAMPLE / aura.location / "2019").iterdir())
    edition = tmp_path / "raw" / aura.location / "2019"
    shutil.copytree(good, edition / good.name)
    newer = edition / "29991231T000000Z"
    shutil.copytree(good, newer)
    manifest = json.loads((newer / "manifest.json").read_text())
    manifest["pages"] = pages
    (newer / "manifest.json").write_text(json.dumps(manifest))
    feed = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")["cress_feeds"]

    class Log:
        def __getattr__(self, level):
            return lambda message: None

    got = ingest.ingest_source(aura, [2019], feed, Log())
    assert [snapshot["snapshot"] for snapshot in got.snapshots] == [good.name]
    assert len(got.records) > 0
    (problem,) = [problem for problem in got.problems if problem["file"] == newer.name]
    assert problem["source"] == aura.name and "manifest" in problem["reason"]
    assert any(newer.name in error and "écarté" in error for error in got.errors)


AURA_PAGE = json.loads(next((SAMPLE / "cress-aura-openagenda" / "2019").glob("*/page-0001.json")).read_bytes())
# Six well-formed events of one agenda (the fixture's page also holds malformed ones, quarantined row by row).
AURA_EVENTS = [{**AURA_PAGE["events"][0], "uid": 10771237 + n} for n in range(6)]


def _aura_snapshot(raw_dir, day: int, pages: list[list[dict]], notes: dict | None = None):
    """A snapshot of the AURA agenda for 2019 fetched on 2019-12-`day`, one page per list of events (a page given as
    bytes is written as it is)."""
    from datetime import UTC, datetime

    from assets.lib.config import sources
    from assets.lib.snapshots import SnapshotStore

    store = SnapshotStore(raw_dir, sources()["cress-aura-openagenda"].location)
    files = [(f"page-{n:04d}.json", f"https://openagenda.com/aura#{n}",
              page if isinstance(page, bytes) else json.dumps({**AURA_PAGE, "events": page}).encode(),
              None if isinstance(page, bytes) else len(page)) for n, page in enumerate(pages, start=1)]
    return store.write_files(2019, files, base_url="https://openagenda.com/aura",
                             fetched_at=datetime(2019, 12, day, tzinfo=UTC), notes=notes)


def _ingest_aura(tmp_path):
    from assets import ingest
    from assets.lib.config import sources

    feed = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")["cress_feeds"]

    class Log:
        def __getattr__(self, level):
            return lambda message: None

    return ingest.ingest_source(sources()["cress-aura-openagenda"], [2019], feed, Log())


@pytest.mark.parametrize("kept", [0, 1, 2])
def test_a_newer_snapshot_with_less_than_half_the_records_is_set_aside(tmp_path, kept):
    """An agenda answering an empty list, or a first page only, reads without error: it is set aside all the same
    when it holds less than half the records of the snapshot before it, which stays published; nothing of it is
    quarantined (no record is lost: the previous ones stand in) and the source is reported stale."""
    events = AURA_EVENTS
    good = _aura_snapshot(tmp_path / "raw", 2, [events])
    newer = _aura_snapshot(tmp_path / "raw", 3, [events[:kept]])
    got = _ingest_aura(tmp_path)
    assert [s["snapshot"] for s in got.snapshots] == [good.name] and len(got.records) == 6
    (stale,) = [s["stale_reason"] for s in got.snapshots]
    assert stale.startswith(f"{newer.name} : {kept} enregistrements contre 6 dans l'instantané {good.name}")
    assert "baisse de plus de moitié" in stale and '"baisse_verifiee": true' in stale
    assert any(newer.name in error and "écarté" in error for error in got.errors)
    assert not [p for p in got.problems if newer.name in p["reason"]]


def test_a_drop_of_half_or_one_checked_in_the_manifest_is_published(tmp_path):
    """Half the records is no doubt; a larger drop whose snapshot's manifest says it was checked
    (`"baisse_verifiee": true`) is published like any newer snapshot."""
    events = AURA_EVENTS
    _aura_snapshot(tmp_path / "raw", 2, [events])
    half = _aura_snapshot(tmp_path / "raw", 3, [events[:3]])
    got = _ingest_aura(tmp_path)
    assert [(s["snapshot"], s["stale_reason"]) for s in got.snapshots] == [(half.name, "")] and len(got.records) == 3
    checked = _aura_snapshot(tmp_path / "raw", 4, [events[:1]], notes={"baisse_verifiee": True})
    got = _ingest_aura(tmp_path)
    assert [(s["snapshot"], s["stale_reason"]) for s in got.snapshots] == [(checked.name, "")]
    assert len(got.records) == 1


def test_a_newer_snapshot_with_a_page_cut_short_is_set_aside(tmp_path):
    """A newer snapshot one page of which is cut short reads its other pages: it is incomplete, set aside for the
    complete one before it (its unreadable page quarantined with the reason, as a broken snapshot's), and an empty
    newer snapshot after it does not bring it back."""
    events = AURA_EVENTS
    good = _aura_snapshot(tmp_path / "raw", 2, [events[:3], events[3:]])
    whole = json.dumps({**AURA_PAGE, "events": events[3:]}).encode()
    cut = _aura_snapshot(tmp_path / "raw", 3, [events[:3], whole[: len(whole) // 2]])
    empty = _aura_snapshot(tmp_path / "raw", 4, [[]])
    got = _ingest_aura(tmp_path)
    assert [s["snapshot"] for s in got.snapshots] == [good.name] and len(got.records) == 6
    (stale,) = [s["stale_reason"] for s in got.snapshots]
    assert f"{empty.name} : 0 enregistrements contre 3 dans l'instantané {cut.name}" in stale
    assert (f"{cut.name} : instantané incomplet, fichier(s) illisible(s) page-0002.json ; 3 enregistrements contre 6 "
            f"dans l'instantané {good.name}") in stale
    (problem,) = [p for p in got.problems if p["source"] == "cress-aura-openagenda"]
    assert problem["file"] == "page-0002.json" and problem["reason"].startswith(f"instantané {cut.name} écarté : ")
