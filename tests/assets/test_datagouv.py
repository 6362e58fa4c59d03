"""Publication on data.gouv.fr, run as the Dagster asset against a udata-compatible server on 127.0.0.1
(tests/datagouv_server.py) that records what it receives: plan, first publication, unchanged rerun, one
changed file, failure halfway then resume, lost response, retries, refusals, and the API key kept secret."""

import contextlib
import hashlib
import http.server
import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from assets.datagouv import datagouv_publication
from assets.lib.datagouv import CONFIG_FILE
from assets.publish import published_release
from assets.research import research_database
from pipelines.cli import run_publish
from pipelines.definitions import REPO_ROOT, build_resources, defs
from pipelines.resources import DataGouv, Publisher
from tests.builds import platform_2019
from tests.datagouv_server import UdataHandler, UdataState, udata_slug
from tests.http_helpers import serving

API_KEY = "cle-secrete-de-test-0123456789abcdef"
DATASET_ID = "64b7a2f1e3c5d9a8b7c6d5e4"
ALLOWED_IN_FIXTURE = [  # the allow-list in its order; the fixture release has laureates
    "evenements.csv", "evenements.parquet", "evenements.geojson", "indicateurs.csv", "indicateurs.parquet",
    "indicateurs_editions.csv", "indicateurs_editions.parquet", "laureats.csv", "laureats.parquet",
    "datapackage.json", "mois_ess.duckdb",
]
N = len(ALLOWED_IN_FIXTURE)
KEY_FROM_ENV = dg.EnvVar("DATAGOUV_API_KEY")


@pytest.fixture(scope="module")
def built_release(tmp_path_factory) -> Path:
    """The platform fixture's 2019 edition built once by the main job's stages; tests copy its published/."""
    return platform_2019(tmp_path_factory) / "published"


@pytest.fixture
def server():
    state = UdataState(api_key=API_KEY)
    state.add_dataset(DATASET_ID)
    handler = type("Handler", (UdataHandler,), {"state": state})
    with serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)) as httpd:
        state.base_url = f"http://127.0.0.1:{httpd.server_port}"
        yield state


@pytest.fixture
def data_dir(tmp_path, built_release) -> Path:
    shutil.copytree(built_release, tmp_path / "published")
    return tmp_path


def config_file(tmp_path: Path, **dataset_ids) -> Path:
    config = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    for env, dataset_id in dataset_ids.items():
        config["environnements"][env]["jeu_de_donnees"] = dataset_id
    path = tmp_path / "datagouv.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def key_in_the_environment(monkeypatch):
    monkeypatch.setenv("DATAGOUV_API_KEY", API_KEY)  # as in production: the resource gets an EnvVar


def make_resources(data_dir: Path, server: UdataState, api_key: str = KEY_FROM_ENV, **dataset_ids) -> dict:
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    ids = {"demo": DATASET_ID, "www": DATASET_ID, **dataset_ids}
    resources["datagouv"] = DataGouv(
        config_path=str(config_file(data_dir, **ids)), state_dir=str(data_dir / "warehouse" / "datagouv"),
        api_key=api_key, api_urls={"demo": f"{server.base_url}/api/1", "www": f"{server.base_url}/api/1"},
        retries=2, backoff_s=0.01, max_retry_after_s=0.05,
    )
    return resources


def publish(resources: dict, env: str = "demo", dry_run: bool = False, instance=None):
    return dg.materialize([datagouv_publication], resources=resources, instance=instance, raise_on_error=False,
                          run_config={"ops": {"datagouv_publication": {"config": {"env": env, "dry_run": dry_run}}}})


def stored_bytes(root: Path) -> list[bytes]:
    """Every file under a Dagster instance's folder, and every value of its SQLite tables, zlib-compressed
    snapshots decompressed."""
    found = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        found.append(path.read_bytes())
        if path.suffix != ".db":
            continue
        with contextlib.closing(sqlite3.connect(path)) as con:
            for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                for row in con.execute(f'SELECT * FROM "{table}"'):
                    for value in row:
                        content = value if isinstance(value, bytes) else str(value).encode()
                        found.append(content)
                        with contextlib.suppress(zlib.error):
                            found.append(zlib.decompress(content))
    return found


def failure_text(result) -> str:
    messages = []
    for event in result.all_events:
        if event.is_step_failure:
            data = event.step_failure_data
            messages.append(data.user_failure_data.description if data.user_failure_data else data.error.message)
    return "\n".join(messages)


def plan_of(data_dir: Path, env: str = "demo") -> dict:
    return json.loads((data_dir / "warehouse" / "datagouv" / f"plan-{env}.json").read_text(encoding="utf-8"))


def resources_by_title(server: UdataState) -> dict[str, dict]:
    return {r["title"]: r for r in server.datasets[DATASET_ID]["resources"]}


def test_the_dry_run_plans_every_allowed_file_and_sends_nothing(data_dir, server):
    result = publish(make_resources(data_dir, server), dry_run=True)
    assert result.success, failure_text(result)
    assert server.requests == []
    plan = plan_of(data_dir)
    assert plan["simulation"] is True
    assert [e["fichier"] for e in plan["plan"]] == ALLOWED_IN_FIXTURE
    assert {e["action"] for e in plan["plan"]} == {"creation"}
    for entry in plan["plan"]:
        assert entry["octets"] == (data_dir / "published" / entry["fichier"]).stat().st_size
    metadata = result.asset_materializations_for_node("datagouv_publication")[0].metadata
    assert metadata["planned_creation"].value == len(ALLOWED_IN_FIXTURE)
    assert metadata["uploads"].value == 0
    assert "rapport" in metadata["not_published"].value  # the report folder is in published/ but not allowed


def test_first_publication_then_unchanged_rerun_then_one_changed_file_replaced_in_place(data_dir, server):
    resources = make_resources(data_dir, server)
    assert publish(resources, dry_run=True).success
    planned = [(e["fichier"], e["action"]) for e in plan_of(data_dir)["plan"]]

    first = publish(resources)
    assert first.success, failure_text(first)
    executed = [(line["fichier"], line["action"]) for line in plan_of(data_dir)["execute"] if "fichier" in line]
    assert executed == planned  # the dry run said exactly what the real run did
    assert len(server.uploads()) == len(ALLOWED_IN_FIXTURE)
    published = resources_by_title(server)
    assert len(published) == len(ALLOWED_IN_FIXTURE)  # every file titled, none left with its upload name
    events = published["Événements du Mois de l'ESS (CSV)"]
    assert events["schema"]["url"].endswith("/schemas/evenements.schema.json")
    assert events["type"] == "main" and events["format"] == "csv"
    assert events["description"].endswith(f"`{plan_of(data_dir)['plan'][0]['sha256']}`")
    assert published["Description du jeu de données (Data Package Frictionless)"]["type"] == "documentation"
    assert published["Base DuckDB pour la recherche"]["schema"] is None
    dataset = server.datasets[DATASET_ID]
    assert dataset["license"] == "lov2" and dataset["frequency"] == "annual"
    assert dataset["temporal_coverage"] == {"start": "2019-11-01", "end": "2019-11-30"}
    assert dataset["spatial"] == {"zones": ["country:fr"], "granularity": "fr:commune"}
    assert "mois-de-l-ess" in dataset["tags"]
    assert "Pour citer" in dataset["description"] and len(dataset["description"]) > 100
    for call in server.calls("PUT"):
        assert call.headers["Content-Type"] == "application/json"

    server.requests.clear()
    again = publish(resources)
    assert again.success, failure_text(again)
    assert server.uploads() == [] and server.calls("PUT") == []  # unchanged: nothing sent but reads
    assert {e["action"] for e in plan_of(data_dir)["plan"]} == {"inchange"}

    geojson = data_dir / "published" / "evenements.geojson"
    geojson.write_text(json.dumps(json.loads(geojson.read_bytes()), indent=1), encoding="utf-8")
    ids_before = {title: r["id"] for title, r in resources_by_title(server).items()}
    server.requests.clear()
    assert publish(resources, dry_run=True).success
    changed = [(e["fichier"], e["action"]) for e in plan_of(data_dir)["plan"] if e["action"] != "inchange"]
    assert changed == [("evenements.geojson", "remplacement")]
    third = publish(resources)
    assert third.success, failure_text(third)
    (upload,) = server.uploads()
    rid = ids_before["Événements du Mois de l'ESS (carte, GeoJSON)"]
    assert upload.path == f"/api/1/datasets/{DATASET_ID}/resources/{rid}/upload/"
    assert {title: r["id"] for title, r in resources_by_title(server).items()} == ids_before  # same ids
    assert [c.path for c in server.calls("PUT")] == [f"/api/1/datasets/{DATASET_ID}/resources/{rid}/"]


def test_a_rebuilt_database_with_the_same_content_is_not_uploaded_again(data_dir, server, built_release):
    resources = make_resources(data_dir, server)
    assert publish(resources).success
    database = data_dir / "published" / "mois_ess.duckdb"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    rebuild = {**build_resources(built_release.parent, reference_dir=REPO_ROOT / "data" / "reference"),
               "publisher": Publisher(output_dir=str(data_dir / "published"),
                                      quarantine_dir=str(data_dir / "warehouse"))}
    assert dg.materialize([research_database, published_release], resources=rebuild).success
    assert hashlib.sha256(database.read_bytes()).hexdigest() != before  # DuckDB's header salt
    server.requests.clear()
    assert publish(resources, dry_run=True).success
    assert {e["action"] for e in plan_of(data_dir)["plan"]} == {"inchange"}
    assert publish(resources).success
    assert server.uploads() == [] and server.calls("PUT") == []


def test_a_failure_halfway_leaves_no_duplicate_and_the_next_run_completes(data_dir, server):
    resources = make_resources(data_dir, server)
    # Two new files go through, then the third one's upload answers 500 on every attempt (1 + 2 retries).
    server.fail("POST", rf"/datasets/{DATASET_ID}/upload/$", 500, times=3, after=2)
    first = publish(resources)
    assert not first.success
    assert "publication interrompue" in failure_text(first) and "HTTP 500" in failure_text(first)
    assert len(server.datasets[DATASET_ID]["resources"]) == 2
    state = json.loads((data_dir / "warehouse" / "datagouv" / "demo.json").read_text(encoding="utf-8"))
    assert sorted(state["fichiers"]) == ["evenements.csv", "evenements.parquet"]

    server.requests.clear()
    second = publish(resources)
    assert second.success, failure_text(second)
    titles = [r["title"] for r in server.datasets[DATASET_ID]["resources"]]
    assert len(titles) == len(set(titles)) == len(ALLOWED_IN_FIXTURE)
    assert len(server.uploads()) == len(ALLOWED_IN_FIXTURE) - 2  # the first two are not sent again


def test_a_create_whose_response_is_lost_is_found_again_not_uploaded_twice(data_dir, server):
    # The server stores the first upload, then answers 502: the retry must not create a second resource.
    server.fail("POST", rf"/datasets/{DATASET_ID}/upload/$", 502, times=1, after_processing=True)
    result = publish(make_resources(data_dir, server))
    assert result.success, failure_text(result)
    titles = [r["title"] for r in server.datasets[DATASET_ID]["resources"]]
    assert len(titles) == len(set(titles)) == len(ALLOWED_IN_FIXTURE)
    assert len(server.uploads()) == len(ALLOWED_IN_FIXTURE) - 1  # the lost one was not sent again


def test_an_upload_left_by_a_killed_run_is_replaced_in_place_by_a_newer_release(data_dir, server):
    """A run killed once its upload was stored, not yet retitled nor noted, then a new release: the old upload was
    matched only with the same bytes, so a second resource was created and the stale one stayed public."""
    stale = {"id": "stale-upload", "title": "evenements.geojson", "description": None, "type": "main",
             "filetype": "file", "format": "geojson", "filesize": 3, "mime": "application/geo+json",
             "checksum": {"type": "sha1", "value": hashlib.sha1(b"old").hexdigest()},
             "url": f"{server.base_url}/resources/old/evenements.geojson"}
    server.datasets[DATASET_ID]["resources"].append(stale)
    result = publish(make_resources(data_dir, server))
    assert result.success, failure_text(result)
    resources = server.datasets[DATASET_ID]["resources"]
    assert len(resources) == len(ALLOWED_IN_FIXTURE)
    adopted = next(r for r in resources if r["id"] == "stale-upload")
    content = (data_dir / "published" / "evenements.geojson").read_bytes()
    assert adopted["checksum"]["value"] == hashlib.sha1(content).hexdigest()
    assert adopted["title"] != "evenements.geojson"  # retitled as the allow-list says


def test_transient_errors_and_rate_limits_are_retried(data_dir, server):
    server.fail("GET", rf"/datasets/{DATASET_ID}/$", 503, times=1)
    server.fail("POST", r"/upload/$", 429, times=1, retry_after="0")
    server.fail("PUT", r"/resources/", 500, times=2)
    result = publish(make_resources(data_dir, server))
    assert result.success, failure_text(result)
    assert len(server.datasets[DATASET_ID]["resources"]) == len(ALLOWED_IN_FIXTURE)
    assert [r.status for r in server.calls("GET", f"/datasets/{DATASET_ID}/")][:2] == [503, 200]


def test_an_answer_that_is_not_the_dataset_stops_the_run_before_any_upload(data_dir, server):
    resources = make_resources(data_dir, server)
    assert publish(resources).success
    ids = [r["id"] for r in server.datasets[DATASET_ID]["resources"]]
    not_the_dataset = ['{"message": "ok", "data": []}', "[]", '{"id": "un-autre-jeu", "resources": []}',
                       json.dumps({"id": DATASET_ID, "resources": None})]
    for body in not_the_dataset:
        server.requests.clear()
        server.fail("GET", rf"/datasets/{DATASET_ID}/$", 200, times=1, body=body)
        result = publish(resources)
        assert not result.success, body
        assert f"n'est pas le jeu de données {DATASET_ID}" in failure_text(result) or (
            "liste des ressources du jeu de données est absente" in failure_text(result)), failure_text(result)
        assert server.calls("POST") == [] and server.calls("PUT") == [], body
    assert [r["id"] for r in server.datasets[DATASET_ID]["resources"]] == ids  # no duplicate


def test_resources_deleted_by_hand_are_published_again(data_dir, server):
    resources = make_resources(data_dir, server)
    assert publish(resources).success
    server.datasets[DATASET_ID]["resources"].clear()
    again = publish(resources)
    assert again.success, failure_text(again)
    assert sorted(r["title"] for r in server.datasets[DATASET_ID]["resources"]) == sorted(
        line["titre"] for line in plan_of(data_dir)["plan"])


def with_a_contact(geojson: Path) -> bytes:
    content = json.loads(geojson.read_bytes())
    content["features"][0]["properties"]["organisateur"] = "Jean Dupont jean.dupont@example.org"
    return json.dumps(content, ensure_ascii=False).encode()


def test_a_file_rewritten_during_the_uploads_is_sent_as_validated(data_dir, server):
    geojson = data_dir / "published" / "evenements.geojson"
    unvalidated = with_a_contact(geojson)
    server.on_request = lambda method, path: method == "POST" and geojson.write_bytes(unvalidated)
    result = publish(make_resources(data_dir, server))
    assert result.success, failure_text(result)
    assert not any(b"jean.dupont@example.org" in call.body for call in server.uploads())
    planned = next(e for e in plan_of(data_dir)["plan"] if e["fichier"] == "evenements.geojson")
    state = json.loads((data_dir / "warehouse" / "datagouv" / "demo.json").read_text(encoding="utf-8"))
    assert state["fichiers"]["evenements.geojson"]["sha256"] == planned["sha256"]


def test_a_file_rewritten_after_its_validation_is_refused_before_any_upload(data_dir, server):
    geojson = data_dir / "published" / "evenements.geojson"
    unvalidated = with_a_contact(geojson)
    # The first call of a real run comes after the release was validated and planned.
    server.on_request = lambda method, path: path.endswith("/extensions/") and geojson.write_bytes(unvalidated)
    result = publish(make_resources(data_dir, server))
    assert not result.success
    assert "evenements.geojson : fichier(s) modifié(s) depuis leur validation" in failure_text(result)
    assert server.calls("POST") == [] and server.calls("PUT") == []


def test_a_second_run_on_the_same_state_folder_is_refused_while_the_first_is_sending(data_dir, server):
    resources = make_resources(data_dir, server)
    second = []

    def start_a_second_run(method, path):
        if not second:  # the first run's first call: it holds the lock and waits for this answer
            second.append(None)
            second[0] = publish(resources)

    server.on_request = start_a_second_run
    first = publish(resources)
    assert first.success, failure_text(first)
    assert not second[0].success
    assert "une autre publication est en cours" in failure_text(second[0])
    assert len(server.calls("GET", "/extensions/")) == 1  # the second run sent nothing
    titles = [r["title"] for r in server.datasets[DATASET_ID]["resources"]]
    assert len(titles) == len(set(titles)) == N
    server.on_request = None
    assert publish(resources).success  # released when the first run ended


def test_an_extension_the_platform_refuses_stops_the_run_before_any_upload(data_dir, server):
    server.extensions.remove("duckdb")
    result = publish(make_resources(data_dir, server))
    assert not result.success
    assert "mois_ess.duckdb" in failure_text(result)
    assert server.calls("POST") == [] and server.calls("PUT") == []


def test_synthetic_data_never_goes_to_production(data_dir, server):
    descriptor = data_dir / "published" / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    descriptor.write_text(json.dumps({**package, "donnees_synthetiques": True}), encoding="utf-8")
    resources = make_resources(data_dir, server)
    for dry_run in (True, False):
        result = publish(resources, env="www", dry_run=dry_run)
        assert not result.success
        assert "synthétique" in failure_text(result)
    assert publish(resources, env="demo", dry_run=False).success  # demo takes the sample
    assert server.calls(contains="/datasets/") and not server.failures


def test_a_release_that_does_not_validate_is_refused(data_dir, server):
    events = data_dir / "published" / "evenements.csv"
    events.write_text(events.read_text(encoding="utf-8").replace(",2019,", ",deux-mille-dix-neuf,", 1),
                      encoding="utf-8")
    result = publish(make_resources(data_dir, server))
    assert not result.success
    assert "n'est pas valide" in failure_text(result) and "evenements" in failure_text(result)
    assert server.requests == []


def test_a_parquet_copy_that_differs_from_its_csv_is_refused(data_dir, server):
    published = data_dir / "published"
    shutil.copy(published / "indicateurs_editions.parquet", published / "indicateurs.parquet")
    result = publish(make_resources(data_dir, server), dry_run=True)
    assert not result.success
    assert "indicateurs.parquet et indicateurs.csv ne contiennent pas les mêmes lignes" in failure_text(result)


def _moved_point(published: Path) -> None:
    content = json.loads((published / "evenements.geojson").read_text(encoding="utf-8"))
    content["features"][0]["geometry"]["coordinates"] = [2.3522, 48.8566]  # to Paris
    (published / "evenements.geojson").write_text(json.dumps(content), encoding="utf-8")


def _retitled_feature(published: Path) -> None:
    content = json.loads((published / "evenements.geojson").read_text(encoding="utf-8"))
    content["features"][0]["properties"]["titre"] = "Titre falsifié"
    (published / "evenements.geojson").write_text(json.dumps(content), encoding="utf-8")


def _dropped_feature(published: Path) -> None:
    content = json.loads((published / "evenements.geojson").read_text(encoding="utf-8"))
    content["features"].pop()
    (published / "evenements.geojson").write_text(json.dumps(content), encoding="utf-8")


def _database_edited(statement: str):
    def edit(published: Path) -> None:
        with duckdb.connect(str(published / "mois_ess.duckdb")) as con:
            con.execute(statement)
    return edit


def _editions_widened(published: Path) -> None:
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    package["editions"] = [1999, *package["editions"]]
    (published / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")


@pytest.mark.parametrize(("edit", "expected"), [
    (_moved_point, "latitude différent de evenements.csv"),
    (_retitled_feature, "titre différent de evenements.csv"),
    (_dropped_feature, "entités pour"),
    (_database_edited("UPDATE evenements SET titre = 'TITRE FALSIFIÉ' WHERE rowid = 1"),
     "1 événement(s) différent(s) de evenements.csv"),
    (_database_edited("CREATE TABLE notes_internes AS SELECT 'Mme Durand, à rappeler' AS note"),
     "table ou vue notes_internes inconnue"),
    (_editions_widened, "datapackage.json : éditions [1999, 2019] au lieu de celles de evenements.csv ([2019])"),
])
def test_a_map_database_or_descriptor_edited_after_the_run_is_refused(data_dir, server, edit, expected):
    """Only the CSVs carry their hashes in datapackage.json: a point moved, a title changed or a feature dropped in
    the map, a row changed or a table added in the database, editions added to the descriptor were published."""
    edit(data_dir / "published")
    result = publish(make_resources(data_dir, server), dry_run=True)
    assert not result.success
    assert expected in failure_text(result), failure_text(result)


def test_a_file_that_is_not_on_the_allow_list_is_never_sent(data_dir, server):
    (data_dir / "published" / "quarantaine.csv").write_text("identifiant,motif\nx,courriel\n", encoding="utf-8")
    result = publish(make_resources(data_dir, server))
    assert result.success, failure_text(result)
    sent = [c.body for c in server.uploads()]
    assert len(sent) == N and not any(b"quarantaine" in body for body in sent)
    not_published = result.asset_materializations_for_node("datagouv_publication")[0].metadata["not_published"]
    assert "quarantaine.csv" in not_published.value


def test_a_missing_key_or_dataset_id_refuses_the_real_run_only(data_dir, server):
    no_key = make_resources(data_dir, server, api_key="")
    result = publish(no_key)
    assert not result.success and "DATAGOUV_API_KEY" in failure_text(result)
    assert publish(no_key, dry_run=True).success
    no_id = make_resources(data_dir, server, demo="")
    result = publish(no_id)
    assert not result.success and "aucun identifiant de jeu de données" in failure_text(result)
    assert server.requests == []


@pytest.mark.parametrize("key", ["cle-valide\r", " cle-valide", "clé-accentuée", "cle\tvalide"])
def test_a_key_copied_with_a_line_end_or_a_non_ascii_character_is_refused_without_being_shown(data_dir, server,
                                                                                               monkeypatch, key):
    """A key with a trailing « \\r » (a .env edited under Windows) failed with « LocalProtocolError », a non-ASCII
    one with an uncaught UnicodeEncodeError: neither said what to fix."""
    monkeypatch.setenv("DATAGOUV_API_KEY", key)
    result = publish(make_resources(data_dir, server))
    assert not result.success
    assert "DATAGOUV_API_KEY contient un espace, un retour à la ligne ou un caractère non ASCII" in failure_text(result)
    assert key.strip() not in failure_text(result) and server.requests == []


def test_a_wrong_key_is_reported_without_being_shown(data_dir, server, monkeypatch):
    monkeypatch.setenv("DATAGOUV_API_KEY", "mauvaise-cle-9876")
    result = publish(make_resources(data_dir, server))
    assert not result.success
    assert "401" in failure_text(result) and "DATAGOUV_API_KEY" in failure_text(result)
    assert "mauvaise-cle-9876" not in failure_text(result)
    # Running again would change nothing: the message says what to fix, not that the next run will go on.
    assert "publication refusée par" in failure_text(result) and "corriger la clé" in failure_text(result)
    assert "reprendra la suite" not in failure_text(result)


def test_the_key_never_appears_in_any_output(data_dir, server, capfd, caplog):
    resources = make_resources(data_dir, server)
    assert API_KEY not in repr(resources["datagouv"])
    server.fail("PUT", r"/resources/", 500, times=1)  # a retry line is logged too
    with dg.instance_for_test() as instance:
        assert run_publish("demo", send=False, resources=resources, instance=instance) == 0
        assert run_publish("demo", send=True, resources=resources, instance=instance) == 0
        logs = [record for run in instance.get_runs() for record in instance.all_logs(run.run_id)]
        stored = stored_bytes(Path(instance.root_directory))
    out, err = capfd.readouterr()
    assert "création" in out and f"Publié : {N} fichier(s)" in out
    assert all(call.headers.get("X-API-KEY") == API_KEY for call in server.calls("PUT"))  # it was used…
    written = [p.read_text(encoding="utf-8") for p in (data_dir / "warehouse" / "datagouv").iterdir()]
    texts = [out, err, caplog.text, *written, *(str(record) for record in logs)]
    assert logs and all(API_KEY not in text for text in texts)  # …and never shown
    assert stored and sum(API_KEY.encode() in content for content in stored) == 0  # nor in the run snapshots


def test_the_definitions_take_the_key_from_the_environment_only(tmp_path):
    with pytest.raises(TypeError, match="dg.EnvVar"):
        build_resources(tmp_path, datagouv_key=API_KEY)
    assert build_resources(tmp_path, datagouv_key=KEY_FROM_ENV)["datagouv"].api_key == KEY_FROM_ENV
    assert build_resources(tmp_path)["datagouv"].api_key == ""  # no key: a dry run still works


def test_the_cli_prints_the_plan_and_refuses_in_french(data_dir, server, capsys):
    resources = make_resources(data_dir, server)
    with dg.instance_for_test() as instance:
        assert run_publish("demo", send=False, resources=resources, instance=instance) == 0
        out = capsys.readouterr().out
        assert "simulation" in out and "evenements.csv" in out and f"{N} fichiers : {N} création" in out
        assert server.requests == []
        no_key = make_resources(data_dir, server, api_key="")
        assert run_publish("demo", send=True, resources=no_key, instance=instance) == 1
        assert "mois-ess publish : refusé : pas de clé d'API" in capsys.readouterr().err


def test_the_publication_is_in_its_own_job_and_never_in_the_main_path():
    graph = defs.resolve_asset_graph()
    key = dg.AssetKey("datagouv_publication")
    assert graph.get(key).group_name == "publish"
    assert set(defs.resolve_job_def("publish_datagouv_job").asset_layer.executable_asset_keys) == {key}
    for name in ("publish_events_job", "build_editions_job", "refresh_reference_job"):
        assert key not in defs.resolve_job_def(name).asset_layer.executable_asset_keys
    from pipelines.definitions import all_assets  # what `mois-ess run` (make run) materialises

    assert key not in {k for asset in all_assets for k in asset.keys}
    assert udata_slug("indicateurs_editions.csv") == "indicateurs-editions.csv"
