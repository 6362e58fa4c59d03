"""Every source kind through ingest → normalise → cross-source merge → coding, in process, on two editions.

The fixture (tests/fixtures/editions, written by `scripts/generate_sample.py --fixture`) is synthetic: the
2012 and 2019 editions of the platform, the archive and CRESS spreadsheets (CSV and XLSX), OpenAgenda
agendas and iCalendar feeds, with the same events listed in several sources, broken records and laureates.
"""

import hashlib
import json
import shutil
from collections import Counter
from datetime import datetime, timedelta

import duckdb
import pandas as pd
import pytest

from assets.lib.config import sources
from assets.lib.counts import record_counts
from assets.lib.dedup import CALLED_OFF_COPY_MOTIF, RESCHEDULED
from assets.lib.normalize import CANCELLED_MOTIF
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.builds import shared_build
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "editions"
YEARS = [2012, 2019]
EDITION_TABLES = [
    "raw_events",
    "raw_problems",
    "events",
    "quarantine",
    "merges_same_source",
    "merges_across_sources",
    "events_unique",
    "events_geo",
    "laureats",
]


def build(resources, years: list[int]) -> None:
    """The run's stages up to the editions (reference, then ingest, normalise, geo), as `mois-ess run` does."""
    materialize_all(resources, years, until="éditions")


def query(data_dir, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return con.execute(sql).df()


def counts(data_dir) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return record_counts(con)


def truth() -> pd.DataFrame:
    frame = pd.read_csv(FIXTURE / "verite.csv.gz", dtype=str, keep_default_na=False)
    frame["edition"] = frame["edition"].astype(int)
    return frame


@pytest.fixture(scope="module")
def built_multi(tmp_path_factory):
    """Both editions built once; the tests that only read use it as it is."""
    return shared_build(tmp_path_factory, "every-kind-2012-2019", lambda d: shutil.copytree(FIXTURE / "raw", d / "raw"),
                        YEARS, build=build)


@pytest.fixture
def multi_dir(built_multi, tmp_path):
    """A copy of the built folder, for the tests that change it."""
    shutil.copytree(built_multi, tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.fixture
def multi_resources(multi_dir):
    return build_resources(multi_dir, reference_dir=REPO_ROOT / "data" / "reference")


def expected_sources(data_dir, year: int) -> set[str]:
    return {
        s.name
        for s in sources().values()
        if s.source_kind.table == "raw_events" and s.covers(year)
        and (data_dir / "raw" / s.location / str(year)).is_dir()
    }


def test_every_source_of_both_editions_reconciles(built_multi):
    multi_dir = built_multi
    table = counts(multi_dir)
    assert (table["ecart"] == 0).all(), table[table["ecart"] != 0]
    for year in YEARS:
        found = set(table.loc[table["edition"] == year, "source"])
        assert found == expected_sources(multi_dir, year)
        assert table.loc[table["edition"] == year, "lus"].gt(0).all()
    kinds = {sources()[name].kind for name in table["source"]}
    assert kinds == {"plateforme", "tableur", "openagenda", "ical"}
    # Events listed in two sources are published once: regional records merged into the platform's rows.
    merged = query(
        multi_dir,
        "SELECT edition, source, count(*) AS n FROM merges_across_sources GROUP BY ALL",
    )
    assert set(merged["edition"]) == set(YEARS)
    assert merged["n"].sum() >= 20
    assert table["quarantaines"].sum() > 0  # broken records of the fixture


def test_published_rows_are_the_real_events(built_multi):
    multi_dir = built_multi
    published = query(
        multi_dir, "SELECT edition, source, source_identifiant, sources_fusionnees FROM events_geo"
    )
    labels = truth()
    real = labels[labels["evenement"] != ""]
    for year in YEARS:
        rows = published[published["edition"] == year]
        keys = rows.merge(real, on=["edition", "source", "source_identifiant"])
        assert len(keys) == len(rows)  # no broken record published
        assert keys["evenement"].is_unique  # no real event published twice
        # The PACA 2014-style failure is not in the fixture: every real event of the edition is published.
        assert set(keys["evenement"]) == set(real.loc[real["edition"] == year, "evenement"])
    merged_rows = published[published["sources_fusionnees"] != ""]
    listed = merged_rows["sources_fusionnees"].str.split("|").str.len().sum()
    # Each merged record is listed by the row it was merged into; a copy of one of several sessions, by none.
    assert listed == len(query(multi_dir, "SELECT * FROM merges_across_sources WHERE identifiant <> ''"))
    assert published["source_identifiant"].ne("").all()


def test_laureates_are_loaded_for_their_editions(built_multi):
    multi_dir = built_multi
    laureates = query(multi_dir, "SELECT edition, niveau, identifiant FROM laureats")
    assert set(laureates["edition"]) == {2019}  # the Prix de l'ESS starts in 2016 in the sample
    assert laureates["identifiant"].is_unique
    assert set(laureates["niveau"]) == {"national", "regional"}


def test_rebuilding_one_edition_leaves_the_other_untouched(multi_resources, multi_dir):

    def snapshot(year: int) -> dict[str, pd.DataFrame]:
        return {
            table: query(multi_dir, f"SELECT * FROM {table} WHERE edition = {year} ORDER BY ALL")
            for table in EDITION_TABLES
        }

    before_2012, before_2019 = snapshot(2012), snapshot(2019)
    # A new snapshot of one 2019 source (the agenda lost an event) then a rebuild of 2019 only.
    folder = next((multi_dir / "raw" / "cress-hdf-ical" / "2019").iterdir())
    shutil.rmtree(folder)
    build(multi_resources, [2019])
    after_2012, after_2019 = snapshot(2012), snapshot(2019)
    for table in EDITION_TABLES:
        pd.testing.assert_frame_equal(before_2012[table], after_2012[table], obj=table)
    assert "cress-hdf-ical" in set(before_2019["raw_events"]["source"])
    assert "cress-hdf-ical" not in set(after_2019["raw_events"]["source"])
    assert (counts(multi_dir)["ecart"] == 0).all()


def newer_snapshot(data_dir, source: str, year: int):
    """A copy of the newest snapshot of `source` for `year`, dated after it, and its manifest, whose pages are
    rewritten with rewrite_page."""
    folder = sorted((data_dir / "raw" / source / str(year)).iterdir())[-1]
    newer = folder.with_name("29991231T000000Z")
    shutil.copytree(folder, newer)
    return newer, json.loads((newer / "manifest.json").read_text(encoding="utf-8"))


def rewrite_page(newer, manifest: dict, page: dict, data: bytes) -> None:
    """A page of a snapshot made by newer_snapshot written with `data`, its size and digest in the manifest."""
    (newer / page["file"]).write_bytes(data)
    page.update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
    (newer / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def merged_event(data_dir, source: str) -> tuple[str, set[str], str]:
    """An event of 2019 that `source` lists and another source too: its identifier in `source`, the records of its
    published row (`source:identifiant`) and its start day."""
    merged = query(data_dir, "SELECT identifiant, source_identifiant FROM merges_across_sources WHERE edition = 2019 "
                             f"AND source = '{source}' AND identifiant <> '' ORDER BY ALL")
    identifier, uid = merged.iloc[0]
    (row,) = query(data_dir, "SELECT source, source_identifiant, sources_fusionnees, date_debut FROM events_unique "
                             f"WHERE identifiant = '{identifier}'").itertuples(index=False)
    return uid, {f"{row.source}:{row.source_identifiant}", *row.sources_fusionnees.split("|")}, str(row.date_debut)[:10]


def cancelled_in_a_new_snapshot(data_dir, source: str, year: int, uid: str) -> None:
    """A newer snapshot of an iCalendar source in which the event `uid` is STATUS:CANCELLED, the rest as it was."""
    newer, manifest = newer_snapshot(data_dir, source, year)
    (page,) = manifest["pages"]
    events = (newer / page["file"]).read_bytes().decode("utf-8").split("END:VEVENT")
    (at,) = [number for number, text in enumerate(events) if f"UID:{uid}" in text]
    events[at] += "STATUS:CANCELLED\r\n"
    rewrite_page(newer, manifest, page, "END:VEVENT".join(events).encode("utf-8"))


def test_an_event_cancelled_in_one_source_is_published_by_none(multi_resources, multi_dir):
    # A newer snapshot of the regional calendar marks cancelled an event the platform still lists: the event does not
    # take place, none of its copies is published, and every record is still accounted for.
    uid, copies, _ = merged_event(multi_dir, "cress-hdf-ical")
    copies.discard(f"cress-hdf-ical:{uid}")
    cancelled_in_a_new_snapshot(multi_dir, "cress-hdf-ical", 2019, uid)
    build(multi_resources, [2019])

    quarantined = query(multi_dir, "SELECT motif FROM quarantine WHERE edition = 2019 AND source = 'cress-hdf-ical' "
                                   f"AND source_identifiant = '{uid}'")
    assert quarantined["motif"].tolist() == [CANCELLED_MOTIF]
    published = query(multi_dir, "SELECT source, source_identifiant, sources_fusionnees FROM events_geo "
                                 "WHERE edition = 2019")
    published_keys = set(published["source"] + ":" + published["source_identifiant"])
    published_keys |= {key for keys in published["sources_fusionnees"] for key in keys.split("|") if key}
    assert copies and not copies & published_keys
    merges = query(multi_dir, "SELECT source, source_identifiant, identifiant, motif FROM merges_across_sources "
                              "WHERE edition = 2019")
    called_off = merges[merges["motif"].str.startswith(CALLED_OFF_COPY_MOTIF)]
    assert set(called_off["source"] + ":" + called_off["source_identifiant"]) == copies
    assert (called_off["identifiant"] == "").all()
    assert called_off["motif"].str.endswith(f"cress-hdf-ical:{uid}").all()
    assert (counts(multi_dir)["ecart"] == 0).all()


def rescheduled_in_a_new_snapshot(data_dir, source: str, year: int, uid: str) -> str:
    """A newer snapshot of an OpenAgenda source in which the event `uid` is rescheduled (status 2) three days later (or
    earlier, to stay in November), the rest as it was; the new start day."""
    newer, manifest = newer_snapshot(data_dir, source, year)
    for page in manifest["pages"]:
        listing = json.loads((newer / page["file"]).read_text(encoding="utf-8"))
        for item in listing["events"]:
            if isinstance(item, dict) and str(item.get("uid")) == uid:  # the fixture holds a broken item too
                begin = datetime.strptime(item["timings"][0]["begin"], "%Y-%m-%dT%H:%M:%S%z")
                shift = timedelta(days=3 if begin.day <= 25 else -3)
                item["status"] = 2
                item["timings"] = [{key: (datetime.strptime(moment, "%Y-%m-%dT%H:%M:%S%z") + shift).strftime(
                    "%Y-%m-%dT%H:%M:%S%z") for key, moment in timing.items()} for timing in item["timings"]]
                moved = (begin + shift).date().isoformat()
        rewrite_page(newer, manifest, page, json.dumps(listing, ensure_ascii=False).encode("utf-8"))
    return moved


def test_an_event_rescheduled_in_one_source_is_published_once_at_its_new_date(multi_resources, multi_dir):
    # A newer snapshot of the regional agenda moves an event the platform lists (status 2, new dates): the platform's
    # copy at the old date joins it, one row is published at the new date, and every record is accounted for.
    uid, copies, day = merged_event(multi_dir, "cress-aura-openagenda")
    moved = rescheduled_in_a_new_snapshot(multi_dir, "cress-aura-openagenda", 2019, uid)
    assert moved != day
    build(multi_resources, [2019])

    published = query(multi_dir, "SELECT source, source_identifiant, sources_fusionnees, date_debut, statut "
                                 "FROM events_geo WHERE edition = 2019")
    holding = [r for r in published.itertuples(index=False) if copies & {
        f"{r.source}:{r.source_identifiant}", *filter(None, r.sources_fusionnees.split("|"))}]
    assert len(holding) == 1
    (event,) = holding
    assert {f"{event.source}:{event.source_identifiant}", *event.sources_fusionnees.split("|")} == copies
    assert (str(event.date_debut)[:10], event.statut) == (moved, RESCHEDULED)
    assert (counts(multi_dir)["ecart"] == 0).all()


def test_a_renamed_required_column_fails_only_that_source_and_edition(multi_resources, multi_dir):
    before = counts(multi_dir).set_index(["edition", "source"])
    sheet = next((multi_dir / "raw" / "cress-paca-tableur" / "2019").glob("*/*.csv"))
    text = sheet.read_bytes().decode("cp1252").replace(";Date;", ";Jour;", 1)
    sheet.write_bytes(text.encode("cp1252"))
    (sheet.parent / "manifest.json").unlink()  # edited by hand: no manifest to vouch for it any more
    build(multi_resources, [2019])
    after = counts(multi_dir).set_index(["edition", "source"])
    assert (after["ecart"] == 0).all()
    paca = after.loc[(2019, "cress-paca-tableur")]
    assert paca["publies"] == 0 and paca["fusionnes"] == 0
    assert paca["lus"] == paca["quarantaines"] == before.loc[(2019, "cress-paca-tableur"), "lus"]
    motifs = query(
        multi_dir,
        "SELECT DISTINCT fichier, motif FROM quarantine "
        "WHERE source = 'cress-paca-tableur' AND edition = 2019",
    )
    assert motifs["motif"].str.contains("colonne obligatoire absente : date_debut").all()
    assert motifs["fichier"].str.endswith(".csv").all()
    others = [key for key in after.index if key != (2019, "cress-paca-tableur")]
    assert after.loc[others, "lus"].equals(before.loc[others, "lus"])


def test_editions_shared_with_a_second_process_give_the_same_tables(built_multi, tmp_path, monkeypatch):
    """The sample is big enough to be cut in two pieces (assets.lib.parallel); this fixture is forced to be."""
    from assets import ingest
    from assets.lib import parallel

    monkeypatch.setattr(parallel, "PIECE_MIN_ROWS", 1)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    shutil.copytree(FIXTURE / "raw", tmp_path / "raw")
    build(build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference"), YEARS)
    for table in EDITION_TABLES:
        ordered = f"SELECT * FROM {table} ORDER BY ALL"
        pd.testing.assert_frame_equal(query(tmp_path, ordered), query(built_multi, ordered), obj=table)


class _Log:
    def __init__(self):
        self.lines = []

    def __getattr__(self, level):
        return lambda message: self.lines.append((level, message))


def test_sources_read_by_two_processes_give_the_same_records_problems_and_log_lines(tmp_path, monkeypatch):
    from assets import ingest
    from assets.lib import parallel

    shutil.copytree(FIXTURE / "raw", tmp_path / "raw")
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    feeds = {"platform_feed": resources["platform_feed"], "cress_feeds": resources["cress_feeds"]}
    configured = ingest.declared("raw_events")
    runs = {}
    for workers, min_bytes in (("1", ingest.PARALLEL_MIN_BYTES), ("2", 0)):
        monkeypatch.setenv(parallel.WORKERS_VARIABLE, workers)
        monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", min_bytes)
        log = _Log()
        runs[workers] = (ingest.ingest_all(configured, YEARS, feeds, log), log.lines)
    (alone, alone_lines), (shared, shared_lines) = runs["1"], runs["2"]
    assert shared_lines == alone_lines
    assert any(level in ("warning", "error") for level, _ in alone_lines)  # the fixture has broken snapshots
    assert list(shared) == list(alone)
    for name, got in alone.items():
        assert shared[name] == got, name
    assert sum(len(got.records) for got in alone.values()) > 100
    # One message per level, each line of it what the sources read one by one log, in the same order.
    assert len({level for level, _ in alone_lines}) == len(alone_lines)
    expected: dict[str, list[str]] = {}
    for source in configured:
        for year in (y for y in YEARS if source.covers(y)):
            one = _Log()
            ingest.ingest_source(source, [year], feeds[source.source_kind.feed], one)
            for level, message in one.lines:
                expected.setdefault(level, []).append(message)
    assert {level: message.split("\n") for level, message in alone_lines} == expected


def test_the_payloads_come_back_as_arrow_texts_in_record_order_whichever_process_read_them(tmp_path, monkeypatch):
    """ingest_all hands each source's payloads over as Arrow string chunks (made where they were read), one text
    per encoded record and in its order: the canonical JSON of the payload as the source gave it."""
    import pyarrow as pa

    from assets import ingest
    from assets.lib import parallel
    from assets.lib.records import payload_json

    shutil.copytree(FIXTURE / "raw", tmp_path / "raw")
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    feeds = {"platform_feed": resources["platform_feed"], "cress_feeds": resources["cress_feeds"]}
    configured = ingest.declared("raw_events")
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    shared = ingest.ingest_all(configured, YEARS, feeds, _Log())
    for source in configured:
        read = ingest.ingest_source(source, YEARS, feeds[source.source_kind.feed], _Log())
        got = shared[source.name]
        assert all(chunk.type == pa.string() for chunk in got.payloads)
        texts = [text for chunk in got.payloads for text in chunk.to_pylist()]
        assert texts == [payload_json(raw.payload) for _, _, _, raw in read.records], source.name
        assert [(record[3], record[4]) for record in got.records] == [
            (raw.source_record_id, raw.position) for _, _, _, raw in read.records]
    assert sum(len(got.records) for got in shared.values()) > 100


@pytest.mark.parametrize("workers", ["1", "2"])
def test_each_share_of_records_is_handed_over_once_as_it_comes(tmp_path, monkeypatch, workers):
    """records_done sees every (source, edition) read exactly once, this process's share first (a call per share
    of the reading), and what it sees is what ingest_all returns."""
    from assets import ingest
    from assets.lib import parallel

    shutil.copytree(FIXTURE / "raw", tmp_path / "raw")
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    feeds = {"platform_feed": resources["platform_feed"], "cress_feeds": resources["cress_feeds"]}
    configured = ingest.declared("raw_events")
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, workers)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    shares = []
    got = ingest.ingest_all(configured, YEARS, feeds, _Log(), records_done=lambda share: shares.append(
        [(source.name, part.snapshots[0]["edition"] if part.snapshots else None, part) for source, part in share]))
    assert len(shares) == int(workers)
    handed = [(name, year) for share in shares for name, year, _ in share]
    assert len(handed) == len(set(handed))
    for source in configured:
        parts = [part for share in shares for name, _, part in share if name == source.name]
        assert Counter(record for part in parts for record in part.records) == Counter(got[source.name].records)
        assert sum(len(chunk) for part in parts for chunk in part.payloads) == len(got[source.name].records)


def test_the_reading_is_split_by_source_and_edition_leaving_this_process_the_lighter_share():
    from assets.ingest import PARENT_HANDOVER, _split

    weights = {("plateforme", year): 1.5e6 for year in range(2012, 2023)}
    weights |= {("cress-hdf-ical", year): 5e6 for year in range(2014, 2023)}
    weights |= {("archives", 2008): 9e6, ("archives", 2009): 1.5e7, ("cress-pdl", 2019): 1.4e6}
    here, worker = _split(weights)
    assert sorted(here + worker) == sorted(weights)
    total = sum(weights.values())
    share = sum(weights[key] for key in here) / total
    # about half less the handover, as even as whole (source, edition) pairs allow
    assert abs(share - (0.5 - PARENT_HANDOVER / 2)) <= max(weights.values()) / total / 2
    assert _split(dict(reversed(list(weights.items())))) == [here, worker]
    assert _split({("plateforme", 2019): 5.0}) == [[("plateforme", 2019)]]  # one piece: read here
    assert _split(weights, handover=0.0) != [here, worker]


def test_a_library_both_processes_would_import_is_left_to_one_when_that_is_cheaper():
    from assets.ingest import _split

    # Workbooks and calendars spread file by file would make both processes import openpyxl and icalendar; kept
    # together, each library is imported once and the shares are as even.
    weights = {("archives", year): 2e7 for year in (2008, 2009, 2010)}
    weights |= {("cress-hdf-ical", year): 5e6 for year in range(2010, 2022)}
    weights |= {("plateforme", year): 1.5e6 for year in range(2012, 2023)}
    setups = {key: ("tableur", 6e6) for key in weights if key[0] == "archives"}
    setups |= {key: ("ical", 2e6) for key in weights if key[0] == "cress-hdf-ical"}
    pieces = _split(weights, setups)
    assert sorted(key for piece in pieces for key in piece) == sorted(weights)
    assert sorted(sorted({setups[key][0] for key in piece if key in setups}) for piece in pieces) == [["ical"],
                                                                                                    ["tableur"]]
    assert _split(weights, {}) == _split(weights)  # without setups, the plain greedy split
    # A setup cheaper than what keeping its files together would unbalance is paid by both processes.
    heavy = {("archives", 2008): 5e7, ("archives", 2009): 5e7}
    assert _split(heavy, {key: ("tableur", 1e5) for key in heavy}, handover=0.0) == [[("archives", 2008)],
                                                                                     [("archives", 2009)]]


def test_a_workbook_and_a_calendar_pay_their_library_once_per_process_and_a_csv_none():
    from pathlib import Path

    from assets.lib.sources.ical import SOURCE_KIND as ICAL
    from assets.lib.sources.spreadsheet import SOURCE_KIND as SPREADSHEET

    assert SPREADSHEET.needs_setup(Path("bilan.XLSX")) and ICAL.needs_setup(Path("calendrier.ics"))
    assert not SPREADSHEET.needs_setup(Path("export.csv"))
