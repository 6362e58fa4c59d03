"""The events_geo asset on the platform fixture: every event coded, shares per edition, the coverage check."""

import json
import shutil

import dagster as dg
import duckdb

from assets.geo import CHECK_LOCATED_CODED, RECORDS_FOLDER, STATE_FILE, events_geo
from pipelines.definitions import REPO_ROOT, build_resources
from tests.builds import copy_build, platform_2019, platform_2019_2020


def test_events_geo_codes_the_fixture_and_reports_shares(tmp_path_factory, tmp_path):
    """events_geo materialised again over the session's build of the fixture (tests.builds)."""
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    results = [dg.materialize([events_geo], resources=resources, partition_key="2019")]
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        coded = con.execute(
            "SELECT commune, code_commune_insee, code_arrondissement_municipal, code_departement, "
            "code_region, "
            "region, geocodage_methode, geocodage_score, geocodage_alerte, modalite FROM events_geo"
        ).df()
    located = coded[coded["modalite"] != "en_ligne"]
    assert (located["code_commune_insee"] != "").all(), located
    lyon = coded[coded["commune"] == "Lyon 4e"].iloc[0]
    assert (lyon["code_commune_insee"], lyon["code_arrondissement_municipal"], lyon["region"]) == (
        "69123",
        "69384",
        "Auvergne-Rhône-Alpes",
    )
    online = coded[coded["modalite"] == "en_ligne"]
    assert (online["geocodage_methode"] == "aucun").all() and (online["geocodage_alerte"] == "en ligne").all()

    materializations = [
        event.event_specific_data.materialization
        for result in results
        for event in result.all_events
        if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION
        and event.event_specific_data.materialization.asset_key == dg.AssetKey("events_geo")
    ]
    assert materializations
    metadata = materializations[0].metadata
    shares = metadata["by_edition"].value["2019"]
    assert shares["evenements"] == len(coded)
    assert (
        abs(sum(v for k, v in shares.items() if k.startswith("part_") and k != "part_localises_codes") - 1)
        < 1e-3
    )
    assert shares["part_localises_codes"] == 1.0
    checks = [
        c
        for result in results
        for c in result.get_asset_check_evaluations()
        if c.check_name == CHECK_LOCATED_CODED
    ]
    assert len(checks) == 1 and checks[0].passed


def test_the_check_warns_when_coverage_drops(tmp_path_factory, tmp_path):
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    snapshot = next((data_dir / "raw" / "plateforme" / "2019").iterdir())
    page = snapshot / "page-1.json"
    payload = json.loads(page.read_text(encoding="utf-8"))
    for event in payload["events"]:
        if isinstance(event.get("place"), dict):
            event["place"].update(postal_code="", city="Lieu à confirmer", lat=None, lng=None)
    page.write_text(json.dumps(payload), encoding="utf-8")
    from pipelines.definitions import all_assets, all_checks

    result = dg.materialize(
        [*all_assets, *all_checks],
        selection=dg.AssetSelection.groups("ingest", "normalize", "geo"),
        resources=resources,
        partition_key="2019",
        raise_on_error=False,
    )
    check = next(c for c in result.get_asset_check_evaluations() if c.check_name == CHECK_LOCATED_CODED)
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert check.metadata["editions_sous_le_seuil"].value == ["2019"]


def _coded_editions(result) -> list:
    (materialization,) = [event.event_specific_data.materialization for event in result.all_events
                          if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION]
    return materialization.metadata["coded_editions"].value


def test_an_edition_is_coded_again_only_when_its_events_or_its_rows_changed(tmp_path_factory, tmp_path):
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    database = str(data_dir / "warehouse" / "pipeline.duckdb")

    def materialized() -> tuple[list, list]:
        result = dg.materialize([events_geo], resources=resources, partition_key="2019")
        with duckdb.connect(database, read_only=True) as con:
            return _coded_editions(result), con.execute("SELECT * FROM events_geo ORDER BY ALL").fetchall()

    with duckdb.connect(database, read_only=True) as con:
        built = con.execute("SELECT * FROM events_geo ORDER BY ALL").fetchall()
        (identifier,) = con.execute("SELECT min(identifiant) FROM events_unique").fetchone()
    assert materialized() == ([], built)  # same events, same reference and code: kept as the build wrote it

    with duckdb.connect(database) as con:  # one event's place changed
        con.execute("UPDATE events_unique SET commune = 'Lyon 4e', code_postal = '69004', adresse = '', lieu = '', "
                    "latitude = NULL, longitude = NULL, code_insee_source = '' WHERE identifiant = ?", [identifier])
    coded, changed = materialized()
    assert coded == [2019] and changed != built
    # Nothing known (no edition kept, no record's codes): coded from scratch, the same rows.
    (data_dir / "warehouse" / "cache" / STATE_FILE).unlink()
    shutil.rmtree(data_dir / "warehouse" / "cache" / RECORDS_FOLDER)
    assert materialized() == ([2019], changed)

    with duckdb.connect(database) as con:  # a row of events_geo altered since it was written
        con.execute("UPDATE events_geo SET code_commune_insee = '99999' WHERE identifiant = ?", [identifier])
    assert materialized() == ([2019], changed)
    assert materialized() == ([], changed)


def test_a_place_coded_in_another_edition_is_not_coded_again(tmp_path_factory, tmp_path, monkeypatch):
    """A 2019 event moved to a place that only a 2020 event has: its codes are those kept for 2020 (the coder is not
    loaded), and the same as coding it from scratch."""
    import assets.geo

    data_dir = copy_build(platform_2019_2020(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    database = str(data_dir / "warehouse" / "pipeline.duckdb")
    place = "commune = 'Rennes', code_postal = '35000', adresse = '2 rue Saint-Hélier', lieu = 'Salle B', " \
            "latitude = 48.1064, longitude = -1.6711, code_insee_source = '', code_pays = ''"

    def move_one(edition: int) -> None:
        with duckdb.connect(database) as con:
            con.execute(f"UPDATE events_unique SET {place} WHERE identifiant = (SELECT min(identifiant) "
                        f"FROM events_unique WHERE edition = {edition})")

    def rows() -> list:
        with duckdb.connect(database, read_only=True) as con:
            return con.execute("SELECT * FROM events_geo ORDER BY ALL").fetchall()

    def no_coder(con):
        raise AssertionError("the commune coder was loaded")

    move_one(2020)
    assert _coded_editions(dg.materialize([events_geo], resources=resources, partition_key="2020")) == [2020]
    move_one(2019)
    with monkeypatch.context() as patched:
        patched.setattr(assets.geo, "warehouse_geocoder", no_coder)
        assert _coded_editions(dg.materialize([events_geo], resources=resources, partition_key="2019")) == [2019]
    kept = rows()
    (data_dir / "warehouse" / "cache" / STATE_FILE).unlink()
    shutil.rmtree(data_dir / "warehouse" / "cache" / RECORDS_FOLDER)
    dg.materialize([events_geo], resources=resources, partition_key="2019")  # coded from scratch
    assert rows() == kept


def test_a_regional_source_s_region_tells_the_homonyms_of_its_places_apart(tmp_path_factory, tmp_path):
    """« Contes » alone is two communes (Alpes-Maritimes, Pas-de-Calais): in the agenda of the CRESS PACA (région 93 in
    config/sources.yaml) it is the one of its région; on the national platform it stays undecided."""
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    database = str(data_dir / "warehouse" / "pipeline.duckdb")
    with duckdb.connect(database) as con:
        first, second = (row[0] for row in con.execute(
            "SELECT identifiant FROM events_unique WHERE edition = 2019 ORDER BY identifiant LIMIT 2").fetchall())
        con.execute("UPDATE events_unique SET commune = 'Contes', code_postal = '', adresse = '', latitude = NULL, "
                    "longitude = NULL, code_insee_source = '', modalite = 'presentiel' WHERE identifiant IN (?, ?)",
                    [first, second])
        con.execute("UPDATE events_unique SET source = 'cress-paca-tableur' WHERE identifiant = ?", [first])
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    dg.materialize([events_geo], resources=resources, partition_key="2019")
    with duckdb.connect(database, read_only=True) as con:
        coded = dict(con.execute("SELECT identifiant, code_commune_insee || ' ' || geocodage_methode || ' ' || "
                                 "geocodage_alerte FROM events_geo WHERE identifiant IN (?, ?)",
                                 [first, second]).fetchall())
    assert coded == {first: "06048 commune_region_source ", second: " aucun ambigu : 2 communes homonymes"}
