"""The regional ingestion assets against a real HTTP server on 127.0.0.1: fetch, snapshot, fall back."""

import functools
import http.server
import threading

import dagster as dg
import duckdb
import pytest

from assets.ingest import laureats, raw_events
from pipelines.definitions import REPO_ROOT, build_resources
from pipelines.resources import CressFeeds
from tests.builds import with_ingest_reference
from tests.conftest import FIXTURES

SAMPLE = FIXTURES / "editions" / "raw"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """The fixture's files served as a CRESS web site would: the query string of the request is ignored."""
    handler = functools.partial(_Quiet, directory=str(SAMPLE))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def served(url: str, source: str, year: int, name: str) -> str:
    snapshot = next((SAMPLE / source / str(year)).iterdir()).name
    return f"{url}/{source}/{year}/{snapshot}/{name}"


def resources_with(tmp_path, urls: dict[str, str]) -> dict:
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    resources["cress_feeds"] = CressFeeds(raw_dir=str(tmp_path / "raw"), urls=urls, retries=1, backoff_s=0.0,
                                          openagenda_key="secret-key")
    return with_ingest_reference(resources)


def rows(tmp_path, table: str = "raw_events") -> list[tuple]:
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def test_each_kind_is_fetched_into_a_new_snapshot_and_read(server, tmp_path):
    sheet = next((SAMPLE / "cress-pdl-tableur" / "2019").glob("*/*.xlsx")).name
    urls = {
        "cress-bretagne-openagenda": served(server, "cress-bretagne-openagenda", 2019, "page-0001.json"),
        "cress-hdf-ical": served(server, "cress-hdf-ical", 2019, "calendrier.ics"),
        # "{edition}" in a configured URL is the year being built.
        "cress-pdl-tableur": served(server, "cress-pdl-tableur", 2019, sheet).replace("2019", "{edition}"),
        "prix-ess": served(server, "prix-ess", 2019, "laureats.csv"),
    }
    result = dg.materialize([raw_events, laureats],
                            resources=resources_with(tmp_path, urls), partition_key="2019")
    assert result.success
    for source in ("cress-bretagne-openagenda", "cress-hdf-ical", "cress-pdl-tableur", "prix-ess"):
        snapshots = sorted((tmp_path / "raw" / source / "2019").iterdir())
        assert len(snapshots) == 1 and (snapshots[0] / "manifest.json").is_file(), source
        assert "secret-key" not in (snapshots[0] / "manifest.json").read_text(encoding="utf-8")
    read = {row[1] for row in rows(tmp_path)}
    assert read == {"cress-bretagne-openagenda", "cress-hdf-ical", "cress-pdl-tableur"}
    assert rows(tmp_path, "laureats")


def test_a_source_that_fails_is_reported_and_the_others_still_read(server, tmp_path):
    good = served(server, "cress-aura-openagenda", 2019, "page-0001.json")
    first = resources_with(tmp_path, {"cress-aura-openagenda": good,
                                      "cress-bretagne-openagenda": f"{server}/missing.json"})
    result = dg.materialize([raw_events], resources=first, partition_key="2019")
    assert result.success
    metadata = result.asset_materializations_for_node("raw_events")[0].metadata
    (error,) = metadata["errors"].value
    assert "cress-bretagne-openagenda" in error and "404" in error
    assert {row[1] for row in rows(tmp_path)} == {"cress-aura-openagenda"}
    # A later run with the feed down keeps reading the snapshot fetched before.
    down = resources_with(tmp_path, {"cress-aura-openagenda": f"{server}/down.json"})
    before = rows(tmp_path)
    assert dg.materialize([raw_events], resources=down, partition_key="2019").success
    assert rows(tmp_path) == before


def drop_sheets(tmp_path, files: dict[str, str]) -> None:
    """CSV files dropped by hand (no manifest) as the 2019 snapshot of the PACA spreadsheet source."""
    folder = tmp_path / "raw" / "cress-paca-tableur" / "2019" / "20191201T000000Z"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def paca_problems(tmp_path) -> list[tuple]:
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return con.execute("SELECT file, position, reason FROM raw_problems WHERE source = 'cress-paca-tableur' "
                           "ORDER BY position").fetchall()


MISSING = "colonne obligatoire absente : "


@pytest.mark.parametrize(
    ("files", "reasons"),
    [
        # Neither the title nor the date under a configured name: every required column is missing.
        ({"agenda.csv": "Intitulé;Jour;Lieu\nAtelier;12/11/2019;Nice\nForum;14/11/2019;Gap\nVisite;19/11/2019;Digne\n"},
         {"agenda.csv": MISSING + "titre ("}),
        # Two files, each lacking another required column.
        ({"a.csv": "Titre de l'action;Jour;Lieu\nAtelier;12/11/2019;Nice\nForum;14/11/2019;Gap\n",
          "b.csv": "Intitulé;Date;Lieu\nVisite;19/11/2019;Digne\n"},
         {"a.csv": MISSING + "date_debut",
          "b.csv": MISSING + "titre"}),
        # A complete file next to a broken one: quarantined too, the reason names the other file.
        ({"a.csv": "Titre de l'action;Date;Lieu\nAtelier;12/11/2019;Nice\nForum;14/11/2019;Gap\n",
          "b.csv": "Intitulé;Date;Lieu\nVisite;19/11/2019;Digne\n"},
         {"a.csv": MISSING + "titre dans b.csv (ce fichier est complet, l'édition est mise en quarantaine entière)",
          "b.csv": MISSING + "titre"}),
    ],
)
def test_every_row_of_a_sheet_missing_a_required_column_is_quarantined(tmp_path, files, reasons):
    drop_sheets(tmp_path, files)
    result = dg.materialize([raw_events], resources=resources_with(tmp_path, {}), partition_key="2019")
    assert result.success
    problems = paca_problems(tmp_path)
    # One problem per row (3), not one for the whole snapshot.
    per_row = [name for name, text in files.items() for _ in text.splitlines()[1:]]
    assert [(file, position) for file, position, _ in problems] == list(zip(per_row, range(3), strict=True))
    for file, _, reason in problems:
        assert reason.startswith(reasons[file])
        assert "dans b.csv" in reason or reason.endswith(f"(source cress-paca-tableur, fichier {file})")
    assert not [row for row in rows(tmp_path) if row[1] == "cress-paca-tableur"]
    metadata = result.asset_materializations_for_node("raw_events")[0].metadata
    assert metadata["unreadable_entries"].value == 3
    assert {error.split(" : ", 1)[0] for error in metadata["errors"].value} == {"cress-paca-tableur 2019"}


def test_a_declared_schemaorg_source_is_fetched_and_read_without_python(server, tmp_path):
    """A CRESS web agenda declared in a sources file of its own (kind schemaorg), its page served over HTTP."""
    from assets.lib.config import sources_file, use_sources_file

    page = FIXTURES / "schemaorg" / "agenda-the-events-calendar.html"
    site = tmp_path / "site"
    site.mkdir()
    (site / "agenda.html").write_bytes(page.read_bytes())
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    declared = tmp_path / "sources.yaml"
    declared.write_text("premiere_edition: 2008\nderniere_edition: 2022\nsources:\n  cress-bretagne-web:\n"
                        "    kind: schemaorg\n    title: CRESS Bretagne, agenda du site\n    editions: 2019-\n"
                        '    region: "53"\n', encoding="utf-8")
    before = sources_file()
    use_sources_file(declared)
    try:
        url = f"http://127.0.0.1:{httpd.server_port}/agenda.html"
        result = dg.materialize([raw_events], resources=resources_with(tmp_path, {"cress-bretagne-web": url}),
                                partition_key="2019")
    finally:
        use_sources_file(before)
        httpd.shutdown()
        httpd.server_close()
    assert result.success
    (snapshot,) = (tmp_path / "raw" / "cress-bretagne-web" / "2019").iterdir()
    assert (snapshot / "page-0001.html").read_bytes() == page.read_bytes()
    assert [row[1] for row in rows(tmp_path)] == ["cress-bretagne-web"] * 3
    assert "bloc JSON-LD 3 illisible" in str(rows(tmp_path, "raw_problems"))
