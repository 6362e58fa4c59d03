"""`mois-ess run` rebuilds what changed since the last successful run, and only that, byte for byte the same."""

import hashlib
import shutil

from pipelines.cli import run_main_job
from pipelines.definitions import REPO_ROOT, build_resources
from tests.assets.editions import drop_edition_copy


def release(published):
    return {str(p.relative_to(published)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(published.rglob("*")) if p.is_file()}


def digests(files):
    # mois_ess.duckdb has a random salt in its header (README): its bytes differ from one write to the next.
    return {name: digest for name, (digest, _) in files.items() if name != "mois_ess.duckdb"}


def test_rerun_rebuilds_nothing_and_a_new_snapshot_only_its_edition(data_dir, capsys):
    drop_edition_copy(data_dir, 2020)
    for year in (2019, 2020):  # laureates too: a table rebuilt one edition at a time keeps its published order
        shutil.copytree(REPO_ROOT / "data" / "raw" / "prix-ess" / str(year), data_dir / "raw" / "prix-ess" / str(year))
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    published = data_dir / "published"
    assert run_main_job(resources=resources) == 0
    first = release(published)
    assert {"evenements.csv", "laureats.csv", "rapport/index.html"} <= set(first)

    capsys.readouterr()
    assert run_main_job(resources=resources) == 0
    assert "Rien de nouveau" in capsys.readouterr().out
    assert release(published) == first  # same bytes, and not even rewritten (same modification times)

    # A new snapshot of 2019 (same content) rebuilds 2019 alone, then republishes the same bytes.
    editions = data_dir / "raw" / "plateforme" / "2019"
    shutil.copytree(editions / "20191201T000000Z", editions / "20191215T000000Z")
    assert run_main_job(resources=resources) == 0
    out = capsys.readouterr().out
    assert "Éditions reconstruites : 2019 (inchangées depuis la dernière exécution : 2020)" in out
    assert digests(release(published)) == digests(first)
    # Nor is the database written again: the COG tables read back from the warehouse are the rows it was built from.
    assert release(published)["mois_ess.duckdb"] == first["mois_ess.duckdb"]

    # A published file damaged by hand is put back on the next run, without rebuilding any edition.
    (published / "evenements.csv").write_text("identifiant\n", encoding="utf-8")
    assert run_main_job(resources=resources) == 0
    out = capsys.readouterr().out
    assert "Éditions reconstruites : aucune" in out
    assert hashlib.sha256((published / "evenements.csv").read_bytes()).hexdigest() == first["evenements.csv"][0]
