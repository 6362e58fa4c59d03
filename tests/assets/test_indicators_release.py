"""Indicators, researchers' database, GeoJSON and report built in-process over two editions: all valid,
all telling the same counts, byte-identical from one run to the next; the checks stop or flag a release."""

import hashlib
import json
import os
import re
from functools import partial

import dagster as dg
import duckdb
import geopandas as gpd
import pandas as pd
import pytest
from frictionless import Package

from assets.indicators import indicators_by_territory
from pipelines.cli import StageFailure
from pipelines.definitions import REPO_ROOT
from tests.assets.editions import build_release, drop_edition_copy
from tests.builds import copy_build, platform_2019, platform_2019_2020
from tests.conftest import FIXTURES, drop_platform_export

YEARS = [2019, 2020]
OVERSEAS_COMMUNES = pd.DataFrame({"code_commune_insee": ["98735"], "nom_commune": ["Papeete"]})


def digests(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".duckdb"
    }


def database_content(path):
    with duckdb.connect(str(path), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {name: con.execute(f"SELECT * FROM {name}").fetchall() for name in names}


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    """Two editions built twice: by the session's first run (tests.builds), then again over a copy of it; the
    digests of the first run are kept."""
    data_dir = copy_build(platform_2019_2020(tmp_path_factory), tmp_path_factory.mktemp("release"))
    published = data_dir / "published"
    first = (digests(published), database_content(published / "mois_ess.duckdb"))
    build_release(data_dir, YEARS)
    return published, first


def test_the_datapackage_lists_every_table_and_is_valid(release):
    published, _ = release
    report = Package(str(published / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "note"])
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names[:6] == [
        "evenements", "evenements-parquet", "indicateurs", "indicateurs-parquet",
        "indicateurs_editions", "indicateurs_editions-parquet",
    ]
    assert names[6:] in ([], ["laureats", "laureats-parquet"])  # laureates when their table exists


def test_every_output_tells_the_same_event_counts(release):
    published, _ = release
    events = pd.read_csv(published / "evenements.csv", dtype=str, keep_default_na=False)
    per_edition = events["edition"].astype(int).value_counts().sort_index()
    assert per_edition.index.tolist() == YEARS

    indicators = pd.read_csv(published / "indicateurs.csv", dtype={"code_territoire": str})
    national = indicators[(indicators["niveau"] == "france") & (indicators["indicateur"] == "evenements")]
    assert national.set_index("edition")["valeur"].astype(int).to_dict() == per_edition.to_dict()
    regions = indicators[(indicators["niveau"] == "region") & (indicators["indicateur"] == "evenements")]
    placed = events[events["code_region"] != ""]["edition"].astype(int).value_counts()
    assert regions.groupby("edition")["valeur"].sum().astype(int).to_dict() == placed.to_dict()

    summary = pd.read_csv(published / "indicateurs_editions.csv")
    assert summary.set_index("edition")["evenements"].to_dict() == per_edition.to_dict()

    with duckdb.connect(str(published / "mois_ess.duckdb"), read_only=True) as con:
        in_database = dict(con.execute("SELECT edition, count(*) FROM evenements GROUP BY ALL").fetchall())
        summary_in_database = dict(
            con.execute("SELECT edition, evenements FROM indicateurs_editions").fetchall()
        )
    assert in_database == per_edition.to_dict() == summary_in_database

    points = gpd.read_file(published / "evenements.geojson")
    assert points.crs.to_epsg() == 4326 and (points.geometry.geom_type == "Point").all()
    located = events[(events["latitude"] != "") & (events["longitude"] != "")]
    assert (
        points["edition"].value_counts().sort_index().to_dict()
        == located["edition"].astype(int).value_counts().sort_index().to_dict()
    )
    assert sorted(points["identifiant"]) == sorted(located["identifiant"])


def test_the_report_shows_the_published_figures(release):
    published, _ = release
    summary = pd.read_csv(published / "indicateurs_editions.csv")
    index = (published / "rapport" / "index.html").read_text(encoding="utf-8")
    latest = summary.iloc[-1]
    card = re.search(r'data-indicateur="evenements"><span class="valeur">([^<]+)<', index)
    assert card and card.group(1) == str(int(latest["evenements"]))
    assert index.count("<svg") >= 2
    assert "Données synthétiques" not in index  # the fixture is not flagged synthetic
    for year in YEARS:
        page = (published / "rapport" / f"edition-{year}.html").read_text(encoding="utf-8")
        assert f'href="edition-{year}.html"' in index
        assert page.count('<svg class="metropole"') == 2  # events, and events per 100,000 inhabitants
        assert page.count('<table class="barres">') == 4  # forms, publics, themes, organiser families
        assert "en encarts" in page and page.count("<span>Mayotte</span>") == 2  # DROM drawn as insets


def test_a_second_run_gives_the_same_files_and_database(release):
    published, (first_files, first_database) = release
    assert digests(published) == first_files
    assert database_content(published / "mois_ess.duckdb") == first_database
    assert {
        "evenements.geojson",
        "indicateurs.csv",
        "indicateurs_editions.parquet",
        "rapport/index.html",
        "rapport/edition-2020.html",
    } <= set(first_files)


def test_the_readme_queries_run_on_the_database(release):
    published, _ = release
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- requetes-duckdb -->")[1].split("<!-- /requetes-duckdb -->")[0]
    queries = re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)
    assert len(queries) >= 4
    with duckdb.connect(str(published / "mois_ess.duckdb"), read_only=True) as con:
        for query in queries:
            assert con.execute(query).fetchall(), query


def test_a_missing_edition_stops_before_publication(tmp_path):
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    drop_edition_copy(tmp_path, 2021)
    with pytest.raises(StageFailure) as failure:
        build_release(tmp_path, [2019, 2021])
    assert failure.value.stage == "indicateurs"
    assert any("no_edition_missing" in message for message in failure.value.messages)
    assert not (tmp_path / "published" / "indicateurs.csv").exists()


def test_a_jump_in_events_is_published_but_flagged(tmp_path):
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    drop_edition_copy(tmp_path, 2020, pages=["page-1.json"])  # fewer events in 2020
    resources = build_release(tmp_path, [2019, 2020])  # a warning does not stop the run
    summary = pd.read_csv(tmp_path / "published" / "indicateurs_editions.csv")
    assert summary["variation_a_verifier"].tolist() == [False, True]

    relaxed = dg.materialize(
        [indicators_by_territory],
        resources=resources,
        run_config={"ops": {"indicators_by_territory": {"config": {"max_change_factor": 5.0}}}},
    )
    (check,) = [c for c in relaxed.get_asset_check_evaluations() if c.check_name == "edition_counts_stable"]
    assert check.passed
    strict = dg.materialize([indicators_by_territory], resources=resources)
    (check,) = [c for c in strict.get_asset_check_evaluations() if c.check_name == "edition_counts_stable"]
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert [j["edition"] for j in check.metadata["flagged_editions"].value] == [2020]


@pytest.mark.parametrize(
    ("break_it", "gate"),
    [
        # A published row vanishes (a bug, a hand edit): read - published - merged - quarantined is no longer 0.
        ("DELETE FROM events_geo WHERE identifiant = (SELECT min(identifiant) FROM events_geo)", "counts_reconcile"),
        # An e-mail reaches a published text: the safety scan stops the release.
        ("UPDATE events_geo SET titre = 'Écrire à jean.dupont@example.org' "
         "WHERE identifiant = (SELECT min(identifiant) FROM events_geo)", "no_unsafe_content"),
    ],
)
def test_a_failed_gate_leaves_the_previous_release_byte_identical(tmp_path_factory, tmp_path, break_it, gate):
    from assets.publish import published_events, release_audit
    from pipelines.definitions import build_resources

    copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")
    before = digests(tmp_path / "published")
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb")) as con:
        con.execute(break_it)
    # The gates run on release_audit, upstream of published_events, in the same run.
    result = dg.materialize([release_audit, published_events], resources=resources, raise_on_error=False)
    (failed,) = [c for c in result.get_asset_check_evaluations() if not c.passed]
    assert failed.check_name == gate
    assert not [e for e in result.get_asset_materialization_events() if e.asset_key.path == ["published_events"]]
    assert digests(tmp_path / "published") == before


def test_the_report_renders_and_rewrites_only_the_pages_whose_inputs_changed(release, tmp_path):
    from assets.lib.maps import map_geometry
    from assets.lib.reference import load_departement_contours
    from assets.lib.report import load_report_data, update_report

    published, _ = release
    data = load_report_data(published / "mois_ess.duckdb", OVERSEAS_COMMUNES)
    outlines = partial(map_geometry, load_departement_contours(REPO_ROOT / "data" / "reference"))
    out, state = tmp_path / "rapport", tmp_path / "pages.json"
    pages = ["edition-2019.html", "edition-2020.html", "index.html"]
    first = update_report(data, outlines, "contours", out, state)
    assert first["rendered"] == first["written"] == pages
    for name in pages:  # the same bytes as the pipeline's report
        assert (out / name).read_bytes() == (published / "rapport" / name).read_bytes()
    again = update_report(data, outlines, "contours", out, state)
    assert again["rendered"] == again["written"] == []
    france = data.france
    row = france.index[(france["edition"] == 2020) & france["indicateur"].str.startswith("evenements_par_type.")][0]
    france.loc[row, "valeur"] += 1
    changed = update_report(data, outlines, "contours", out, state)
    assert changed["rendered"] == changed["written"] == ["edition-2020.html"]
    (out / "edition-2019.html").write_text("modifié à la main", encoding="utf-8")
    repaired = update_report(data, outlines, "contours", out, state)
    assert repaired["rendered"] == ["edition-2019.html"]
    assert (out / "edition-2019.html").read_bytes() == (published / "rapport" / "edition-2019.html").read_bytes()



def test_the_report_pages_are_the_same_when_the_templates_compiled_code_is_kept(release, tmp_path):
    # The templates' compiled code is kept in a folder (Jinja's bytecode cache): the pages rendered from it, or
    # compiled again when its files are damaged, are the pages rendered without it.
    from assets.lib.report import load_report_data, render_report

    published, _ = release
    data = load_report_data(published / "mois_ess.duckdb", OVERSEAS_COMMUNES)
    only, cache = {"index.html", "edition-2019.html"}, tmp_path / "templates"
    plain = render_report(data, None, only=only)
    assert render_report(data, None, only=only, template_cache=cache) == plain
    kept = sorted(cache.iterdir())
    assert len(kept) >= 2  # each template rendered, and the one they extend
    assert render_report(data, None, only=only, template_cache=cache) == plain
    for path in kept:
        path.write_bytes(b"damaged")
    assert render_report(data, None, only=only, template_cache=cache) == plain


def test_the_edition_pages_rendered_by_two_processes_are_the_pages_rendered_by_one(release, tmp_path, monkeypatch):
    from assets.lib import report

    published, _ = release
    data = report.load_report_data(published / "mois_ess.duckdb", OVERSEAS_COMMUNES)
    monkeypatch.setattr(report, "SPLIT_PAGES", 2)  # the two editions of the build
    rendered_by, edition_page = tmp_path / "processes", report._edition_page

    def recorded_edition_page(*args):
        with rendered_by.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return edition_page(*args)

    monkeypatch.setattr(report, "_edition_page", recorded_edition_page)
    one = report.render_report(data, None, workers=1)
    rendered_by.write_text("")
    two = report.render_report(data, None, workers=2)
    assert two == one and list(two) == list(one) == ["index.html", "edition-2019.html", "edition-2020.html"]
    assert len(set(rendered_by.read_text().split())) == 2


def test_the_overseas_collectivities_table_names_communes_from_the_warehouse_reference(release, tmp_path):
    """The COM communes are not in the database's `communes`: their names are the ones the asset passes from
    the warehouse's reference table, whatever the repository's reference files say."""
    from assets.lib.report import load_report_data, render_report

    published, _ = release
    database = tmp_path / "mois_ess.duckdb"
    database.write_bytes((published / "mois_ess.duckdb").read_bytes())
    with duckdb.connect(str(database)) as con:
        con.execute("INSERT INTO evenements SELECT * REPLACE ('987' AS code_departement, 'Polynésie française' AS "
                    "departement, '98735' AS code_commune_insee) FROM evenements WHERE edition = 2019 LIMIT 2")
    names = pd.DataFrame({"code_commune_insee": ["98735"], "nom_commune": ["Papeete (nom de l'entrepôt)"]})
    page = render_report(load_report_data(database, names), None, only={"edition-2019.html"})["edition-2019.html"]
    assert "Papeete (nom de l&#39;entrepôt) (98735)" in page or "Papeete (nom de l'entrepôt) (98735)" in page
    unnamed = render_report(load_report_data(database, names.iloc[:0]), None, only={"edition-2019.html"})
    assert " (98735)" in unnamed["edition-2019.html"] and "Papeete" not in unnamed["edition-2019.html"]

def test_indicators_are_recomputed_only_when_their_inputs_or_tables_changed(tmp_path_factory, tmp_path):
    from pipelines.definitions import build_resources

    data_dir = copy_build(platform_2019_2020(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    database = data_dir / "warehouse" / "pipeline.duckdb"

    def run() -> tuple[list, list, dict, list]:
        result = dg.materialize([indicators_by_territory], resources=resources)
        (event,) = result.get_asset_materialization_events()
        with duckdb.connect(str(database), read_only=True) as con:
            table = con.execute("SELECT * FROM indicators_by_territory ORDER BY ALL").fetchall()
        checks = {c.check_name: (c.passed, {k: v.value for k, v in c.metadata.items()})
                  for c in result.get_asset_check_evaluations()}
        metadata = event.materialization.metadata
        return metadata["recomputed"].value, metadata["rewritten"].value, checks, table

    with duckdb.connect(str(database), read_only=True) as con:
        built = con.execute("SELECT * FROM indicators_by_territory ORDER BY ALL").fetchall()
    recomputed, rewritten, kept_checks, table = run()  # the build computed them from these very inputs
    assert recomputed == rewritten == [] and table == built
    assert all(passed for passed, _ in kept_checks.values())
    with duckdb.connect(str(database)) as con:  # an event of 2020 moves online: that edition's figures change
        con.execute("UPDATE events_geo SET modalite = 'en_ligne' WHERE identifiant = "
                    "(SELECT min(identifiant) FROM events_geo WHERE modalite = 'presentiel' AND edition = 2020)")
    recomputed, rewritten, checks, changed = run()
    assert recomputed == rewritten == [2020] and changed != built and checks == kept_checks
    assert run()[:2] == ([], []) and run()[3] == changed
    with duckdb.connect(str(database)) as con:  # a column the indicators do not read: nothing is computed
        con.execute("UPDATE events_geo SET titre = titre || ' (complet)' WHERE edition = 2020")
    assert run()[:2] == ([], [])
    with duckdb.connect(str(database)) as con:  # one of 2019: that edition and the changes of 2020 are computed
        con.execute("UPDATE events_geo SET modalite = 'en_ligne' WHERE identifiant = "
                    "(SELECT min(identifiant) FROM events_geo WHERE modalite = 'presentiel' AND edition = 2019)")
    recomputed, rewritten, checks, changed = run()
    assert recomputed == rewritten == [2019, 2020] and checks == kept_checks
    with duckdb.connect(str(database)) as con:  # a hand edit of the table is not kept either
        con.execute("UPDATE indicators_by_territory SET valeur = valeur + 1 WHERE indicateur = 'evenements' "
                    "AND edition = 2019")
    recomputed, rewritten, _, table = run()
    assert recomputed == [] and rewritten == [2019] and table == changed
