"""The data.gouv.fr publication's pieces without Dagster: configuration and allow-list, the offline plan
against the last state, and the udata client's retries over a real server on 127.0.0.1."""

import hashlib
import http.server
import json
import time
from email.utils import formatdate
from pathlib import Path

import pytest
import yaml

from assets.lib.datagouv import (
    CONFIG_FILE,
    PublicationState,
    Release,
    dataset_differs,
    dataset_payload,
    format_plan,
    load_publication_config,
    plan_publication,
    same_content,
    upload_title,
)
from assets.lib.datagouv_api import DataGouvError, UdataApi
from tests.datagouv_server import udata_slug
from tests.http_helpers import QuietHandler, serving


def write_config(tmp_path: Path, change) -> Path:
    config = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    change(config)
    path = tmp_path / "datagouv.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_the_repository_configuration_loads_with_demo_and_production_apart():
    config = load_publication_config()
    assert config.targets["demo"].api_url == "https://demo.data.gouv.fr/api/1"
    assert config.targets["www"].api_url == "https://www.data.gouv.fr/api/1"
    names = [f.name for f in config.files]
    assert {"evenements.csv", "evenements.parquet", "evenements.geojson", "indicateurs.csv",
            "indicateurs_editions.csv", "laureats.csv", "datapackage.json", "mois_ess.duckdb"} <= set(names)
    assert not any("quarantaine" in name or "pipeline" in name for name in names)


@pytest.mark.parametrize("bad_name", ["../warehouse/quarantaine.csv", "rapport/index.html", "/etc/passwd", ".."])
def test_the_allow_list_only_takes_file_names_of_the_published_folder(tmp_path, bad_name):
    path = write_config(tmp_path, lambda c: c["fichiers"].append(
        {"fichier": bad_name, "titre": "Autre", "description": "x"}))
    with pytest.raises(ValueError, match="not a file name"):
        load_publication_config(path)


def test_duplicate_titles_and_unknown_types_or_schemas_are_rejected(tmp_path):
    with pytest.raises(ValueError, match="unique"):
        load_publication_config(write_config(tmp_path, lambda c: c["fichiers"].append(dict(c["fichiers"][0]))))
    with pytest.raises(ValueError, match="type"):
        load_publication_config(write_config(tmp_path, lambda c: c["fichiers"][0].update(type="principal")))
    with pytest.raises(ValueError, match="no schema"):
        load_publication_config(write_config(tmp_path, lambda c: c["fichiers"][0].update(schema="inconnu")))


def small_release(tmp_path: Path) -> Release:
    config = load_publication_config()
    folder = tmp_path / "published"
    folder.mkdir()
    for allowed in config.files[:3]:
        (folder / allowed.name).write_bytes(f"contenu de {allowed.name}\n".encode())
    package = {"title": "Événements", "description": "d", "version": "0.1.0", "editions": [2019, 2021],
               "donnees_synthetiques": False, "sources": [{"title": "Plateforme", "path": "https://x.example"}]}
    return Release(folder, package, config.files[:3], ())


def test_the_offline_plan_compares_checksums_with_the_last_state_of_that_environment(tmp_path):
    release = small_release(tmp_path)
    first, second, third = (f.name for f in release.files)
    digest = hashlib.sha256((release.directory / first).read_bytes()).hexdigest()
    state = PublicationState.load(tmp_path / "state", "demo", "jeu-1")
    state.files = {first: {"ressource": "r1", "sha256": digest}, second: {"ressource": "r2", "sha256": "0" * 64}}
    state.save()
    plan = plan_publication(release, PublicationState.load(tmp_path / "state", "demo", "jeu-1"))
    assert [(e.file, e.action, e.resource_id) for e in plan] == [
        (first, "inchange", "r1"), (second, "remplacement", "r2"), (third, "creation", None)]
    # The state of another dataset id (or of the other environment) says nothing about this one.
    assert {e.action for e in plan_publication(release, PublicationState.load(tmp_path / "state", "demo", "jeu-2"))} \
        == {"creation"}
    assert {e.action for e in plan_publication(release, PublicationState.load(tmp_path / "state", "www", "jeu-1"))} \
        == {"creation"}
    table = format_plan(plan)
    assert "inchangé" in table and "remplacement" in table and "3 fichiers : 1 création, 1 remplacement" in table


def test_a_remote_file_is_the_same_only_when_its_checksum_and_size_agree(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n1,2\n")
    sha1 = hashlib.sha1(path.read_bytes()).hexdigest()
    assert same_content({"checksum": {"type": "sha1", "value": sha1}, "filesize": 8}, path)
    assert same_content({"checksum": {"type": "md5", "value": hashlib.md5(b"a,b\n1,2\n").hexdigest()}}, path)
    assert not same_content({"checksum": {"type": "sha1", "value": sha1}, "filesize": 9}, path)
    assert not same_content({"checksum": {"type": "sha1", "value": "0" * 40}}, path)
    assert not same_content({"checksum": None}, path)  # unknown: replaced rather than assumed equal


def test_dataset_metadata_compares_as_udata_returns_it(tmp_path):
    payload = dataset_payload(small_release(tmp_path), load_publication_config())
    assert payload["temporal_coverage"] == {"start": "2019-11-01", "end": "2021-11-30"}
    assert payload["license"] == "lov2" and payload["frequency"] == "annual"
    assert "2019–2021" in payload["description"] and "https://x.example" in payload["description"]
    returned = {**payload, "tags": list(reversed(payload["tags"])),
                "temporal_coverage": {"start": "2019-11-01T00:00:00+00:00", "end": "2021-11-30T00:00:00+00:00"},
                "spatial": {"zones": ["country:fr"], "granularity": {"id": "fr:commune", "name": "Commune"}}}
    assert not dataset_differs(returned, payload)
    assert dataset_differs({**returned, "frequency": "unknown"}, payload)
    assert dataset_differs({**returned, "license": "notspecified"}, payload)


@pytest.mark.parametrize("name", ["evenements.csv", "indicateurs_editions.parquet", "mois_ess.duckdb"])
def test_the_upload_title_is_udata_s_slug_of_the_file_name(name):
    assert upload_title(name) == udata_slug(name)


class Scripted(QuietHandler):
    """Answers the scripted (status, headers, body) in turn, then 200 {"ok": true}; records what it got."""

    script: list
    seen: list

    def do_GET(self):
        self.seen.append((self.path, self.headers.get("X-API-KEY")))
        status, headers, body = self.script.pop(0) if self.script else (200, {}, {"ok": True})
        payload = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", "Content-Length": str(len(payload)),
                            **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)


def scripted(script):
    handler = type("H", (Scripted,), {"script": list(script), "seen": []})
    return handler, serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler))


def test_429_waits_for_retry_after_and_5xx_backs_off_then_succeeds():
    handler, server = scripted([(429, {"Retry-After": "7"}, {"message": "slow down"}),
                                (503, {}, {"message": "busy"})])
    slept = []
    with server as httpd, UdataApi(f"http://127.0.0.1:{httpd.server_port}/api/1", "k", retries=3,
                                   backoff_s=0.5, max_retry_after_s=30, sleep=slept.append) as api:
        assert api.dataset("d") == {"ok": True}
    assert slept == [7.0, 1.0]  # Retry-After honoured, then backoff 0.5 * 2**1
    assert len(handler.seen) == 3


def test_retry_after_as_an_http_date_waits_until_that_date_capped():
    soon, later = (formatdate(time.time() + ahead, usegmt=True) for ahead in (20, 3600))
    handler, server = scripted([(429, {"Retry-After": soon}, {"message": "slow down"}),
                                (503, {"Retry-After": later}, {"message": "maintenance"})])
    slept = []
    with server as httpd, UdataApi(f"http://127.0.0.1:{httpd.server_port}/api/1", "k", retries=3,
                                   backoff_s=0.5, max_retry_after_s=60, sleep=slept.append) as api:
        assert api.dataset("d") == {"ok": True}
    assert 15 < slept[0] <= 20 and slept[1] == 60.0  # whole seconds in the header; then the cap
    assert len(handler.seen) == 3


def test_a_persistent_5xx_gives_up_and_a_4xx_is_not_retried():
    handler, server = scripted([(500, {}, {"message": "boom"})] * 4)
    with server as httpd, UdataApi(f"http://127.0.0.1:{httpd.server_port}/api/1", retries=3,
                                   sleep=lambda s: None) as api:
        with pytest.raises(DataGouvError, match="abandon après 4 tentative"):
            api.dataset("d")
    handler, server = scripted([(400, {}, {"errors": {"tags": ["trop court"]}, "message": "Validation error"})])
    with server as httpd, UdataApi(f"http://127.0.0.1:{httpd.server_port}/api/1", sleep=lambda s: None) as api:
        with pytest.raises(DataGouvError, match="HTTP 400.*Validation error.*trop court"):
            api.dataset("d")
    assert len(handler.seen) == 1


def test_the_key_is_not_sent_to_another_host_through_a_redirect():
    elsewhere, other = scripted([])
    with other as other_httpd:
        target = f"http://127.0.0.1:{other_httpd.server_port}/vol"
        handler, server = scripted([(302, {"Location": target}, {})])
        with server as httpd, UdataApi(f"http://127.0.0.1:{httpd.server_port}/api/1", "secret-key",
                                       sleep=lambda s: None) as api:
            with pytest.raises(DataGouvError, match="HTTP 302 \\(redirection vers http://127.0.0.1:[0-9]+/vol, non "
                                                    "suivie : corriger l'adresse de l'API"):
                api.dataset("d")
    assert handler.seen == [("/api/1/datasets/d/", "secret-key")]
    assert elsewhere.seen == []
