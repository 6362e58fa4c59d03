"""A feed's hostile values never stop the run: the platform's JSON with lone surrogates (valid JSON escapes that
UTF-8 cannot hold) in a title, an identifier, a date and a key, values of the wrong type where text is expected,
and entries that are not objects. Every record is published or quarantined with a reason; the counts reconcile."""

import hashlib
import json
import shutil

import duckdb

from assets.lib.counts import record_counts
from pipelines.cli import materialize_all
from pipelines.definitions import REPO_ROOT, build_resources
from tests.conftest import FIXTURES

PLATFORM = FIXTURES / "editions" / "raw" / "plateforme" / "2019"


def _hostile_page(events: list) -> list:
    events = [dict(event) if isinstance(event, dict) else event for event in events]
    objects = [event for event in events if isinstance(event, dict) and event.get("title") and event.get("start")]
    objects[0]["title"] = "Atelier \ud800 réparation"
    objects[1]["id"] = "31083-\udc00"
    objects[2]["start"] = "\ud800"
    objects[3]["\udc00"] = "clé illisible"
    objects[4]["title"] = {"fr": ["Forum", None]}
    objects[5]["place"] = ["Lille", 59000]
    objects[6]["start"] = 20191107
    objects[7]["organizer"] = "\ud83d"
    return [*events, "pas un objet", None, 12]


def test_hostile_values_are_published_or_quarantined_and_the_counts_reconcile(tmp_path):
    snapshot = next(PLATFORM.iterdir())
    target = tmp_path / "raw" / "plateforme" / "2019" / snapshot.name
    shutil.copytree(snapshot, target)
    page = json.loads((target / "page-0001.json").read_text(encoding="utf-8"))
    page["events"] = _hostile_page(page["events"])
    data = json.dumps(page).encode("ascii")  # every lone surrogate written as its JSON escape
    (target / "page-0001.json").write_bytes(data)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    manifest["pages"][0].update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    materialize_all(build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference"), [2019],
                    until="éditions")

    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        counts = record_counts(con)
        quarantined = con.execute("SELECT champ, motif FROM quarantine").fetchall()
        titles = [title for (title,) in con.execute("SELECT titre FROM events_geo").fetchall()]
        ids = [identifier for (identifier,) in con.execute("SELECT source_identifiant FROM events_geo").fetchall()]
    platform = counts[counts["source"] == "plateforme"].iloc[0]
    assert platform["lus"] == len(page["events"]) and platform["ecart"] == 0
    assert ("date_debut", "date de début manquante") in quarantined or any(
        field == "date_debut" for field, _ in quarantined)
    assert "Atelier réparation" in titles  # the surrogate removed as a failed decode is
    assert "31083-" in ids  # published like any text: the undecodable character removed
    assert not any("\ufffd" in title or any(0xD800 <= ord(c) <= 0xDFFF for c in title) for title in titles)
