"""Every expected mistake of whoever runs `mois-ess`: one line in French on stderr, exit code 2, nothing
written. The command runs as a real process over a temporary data folder (MOIS_ESS_DATA_DIR); the full disk is
a real, tiny tmpfs mounted over the publication folder."""

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cli import run_main_job
from pipelines.definitions import REPO_ROOT, build_resources
from tests.assets.editions import drop_edition_copy
from tests.builds import copy_build, platform_2019
from tests.conftest import FIXTURES, drop_platform_export

MOIS_ESS = Path(sys.executable).with_name("mois-ess")


def mois_ess(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MOIS_ESS_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    return subprocess.run([str(MOIS_ESS), *args], capture_output=True, text=True, env=env, timeout=600,
                          cwd=REPO_ROOT, check=False)


def written_files(data_dir: Path) -> list[str]:
    """Files that are not inputs (data/raw)."""
    return sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*")
                  if p.is_file() and not p.relative_to(data_dir).parts[0] == "raw")


def assert_one_french_line(result: subprocess.CompletedProcess, *expected: str) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mois-ess")
    for text in expected:
        assert text in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    return lines[0]


@pytest.fixture
def sample(tmp_path) -> Path:
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    return tmp_path


def test_an_unknown_edition_says_which_editions_exist(sample):
    line = assert_one_french_line(mois_ess(sample, "run", "--edition", "1999"), "édition 1999 inconnue")
    assert "éditions ouvertes : 2008 à 2022" in line and "avec des données : 2019" in line
    assert written_files(sample) == []


def test_an_opened_edition_without_data_is_refused(sample):
    assert_one_french_line(mois_ess(sample, "run", "--edition", "2019", "--edition", "2021"),
                           "aucune donnée", "pour l'édition 2021", "avec des données : 2019")
    assert written_files(sample) == []


@pytest.mark.parametrize("argument", ["deux-mille", "19"])
def test_a_malformed_edition_is_an_argument_error_in_french(sample, argument):
    assert_one_french_line(mois_ess(sample, "run", "--edition", argument),
                           "mois-ess run : erreur : argument --edition : année d'édition attendue", "--help")


def test_argparse_speaks_french(sample):
    assert_one_french_line(mois_ess(sample, "lancer"), "choix invalide : 'lancer'")
    assert_one_french_line(mois_ess(sample), "arguments obligatoires manquants : commande")
    help_text = mois_ess(sample, "run", "--help")
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("usage : mois-ess run") and "afficher cette aide et quitter" in help_text.stdout


def test_a_missing_raw_folder(tmp_path):
    assert_one_french_line(mois_ess(tmp_path, "run"), f"{tmp_path / 'raw'} n'existe pas")
    assert written_files(tmp_path) == []


def test_an_unreadable_raw_folder(tmp_path):
    (tmp_path / "raw").write_text("pas un dossier", encoding="utf-8")
    assert_one_french_line(mois_ess(tmp_path, "run"), "impossible de lire", "ce n'est pas un dossier")
    assert written_files(tmp_path) == []


def test_a_raw_folder_without_any_snapshot(tmp_path):
    (tmp_path / "raw" / "plateforme").mkdir(parents=True)
    assert_one_french_line(mois_ess(tmp_path, "run"), "aucune édition à construire")


def test_a_locked_database(sample):
    database = sample / "warehouse" / "pipeline.duckdb"
    database.parent.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         "print('ok', flush=True); time.sleep(300)", str(database)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        before = hashlib.sha256(database.read_bytes()).hexdigest()
        line = assert_one_french_line(mois_ess(sample, "run"), f"la base {database} est verrouillée",
                                      f"PID {holder.pid}")
        assert "relancer" in line
    finally:
        holder.kill()
        holder.wait()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not (sample / "published").exists()


@pytest.fixture
def tiny_disk(tmp_path):
    """An 8 MiB tmpfs mounted as the publication folder (needs root, as in CI)."""
    mount_point = tmp_path / "published"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root needed): {mounted.stderr.strip()}")
    try:
        yield tmp_path
    finally:
        # lazily: a file the failed run left open must not keep the test's mount behind
        subprocess.run(["umount", "--lazy", str(mount_point)], capture_output=True, check=False)


def digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_full_disk_keeps_the_previous_publication(tiny_disk, tmp_path_factory, capsys):
    data_dir = copy_build(platform_2019(tmp_path_factory), tiny_disk)  # the 2019 release, on the tiny disk
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    published = data_dir / "published"
    before = digests(published)
    assert "evenements.csv" in before
    # The disk fills up (another program's file) until 16 KiB are left; then a new edition arrives.
    stats = os.statvfs(published)
    with open(data_dir / "published" / "autre-programme.bin", "wb") as filler:
        filler.write(b"\0" * (stats.f_bavail * stats.f_frsize - 16 * 1024))
    drop_edition_copy(data_dir, 2020)
    capsys.readouterr()
    assert run_main_job([2019, 2020], resources) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("mois-ess run : disque plein pendant l'étape publication")
    assert "la publication précédente est conservée" in err[0]
    after = digests(published)
    after.pop("autre-programme.bin")
    assert after == before  # no file replaced, no staging left behind
    assert not [p for p in published.iterdir() if p.name.startswith(".")]


def published_2019_with_a_2020_snapshot(tmp_path_factory, tmp_path) -> tuple[Path, dict, Path, dict[str, str]]:
    """(data folder, resources, published folder, its digests) of the 2019 build, a 2020 snapshot then added."""
    data_dir = copy_build(platform_2019(tmp_path_factory), tmp_path)
    resources = build_resources(data_dir, reference_dir=REPO_ROOT / "data" / "reference")
    published = data_dir / "published"
    before = digests(published)
    drop_edition_copy(data_dir, 2020)
    return data_dir, resources, published, before


@pytest.mark.parametrize("failing_part", ["database", "report", "unsafe map"])
def test_a_failure_after_the_tables_leaves_the_previous_publication_whole(tmp_path_factory, tmp_path, capsys,
                                                                          monkeypatch, failing_part):
    """The release was replaced asset by asset: when the database (or the report, or the safety check of the copies)
    failed after the tables were swapped in, users found a new evenements.csv beside the old database, map and
    report. The release is now assembled aside and put in place in one step: every published file stays as it
    was, no staging folder is left, and a rerun publishes the whole release."""
    import assets.report
    import assets.research

    data_dir, resources, published, before = published_2019_with_a_2020_snapshot(tmp_path_factory, tmp_path)

    def failing(*args, **kwargs):
        raise RuntimeError(f"{failing_part} en panne")

    if failing_part == "database":
        monkeypatch.setattr(assets.research, "write_research_database", failing)
    elif failing_part == "report":
        monkeypatch.setattr(assets.report, "update_report", failing)
    else:  # the map written with a phone number in it: the blocking check refuses the release
        written = assets.research.write_geojson_scanned

        def with_a_phone(events, target, pieces=None):
            features, _, _ = written(events, target, pieces)
            target.write_text(target.read_text(encoding="utf-8").replace(
                '"titre":"', '"titre":"Appeler le 06 12 34 56 78 ', 1), encoding="utf-8")
            return features, hashlib.sha256(target.read_bytes()).hexdigest(), True

        monkeypatch.setattr(assets.research, "write_geojson_scanned", with_a_phone)
    capsys.readouterr()
    assert run_main_job([2019, 2020], resources) == 1
    err = capsys.readouterr().err
    assert "la publication précédente est conservée" in err
    assert digests(published) == before
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".published")]
    monkeypatch.undo()
    assert run_main_job([2019, 2020], resources) == 0
    with (published / "evenements.csv").open(encoding="utf-8", newline="") as table:
        assert {row["edition"] for row in csv.DictReader(table)} == {"2019", "2020"}
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".published")]


def test_what_a_failed_run_left_in_staging_is_never_published_by_another_run(tmp_path_factory, tmp_path,
                                                                             monkeypatch):
    """A run launched outside mois-ess run (the Dagster UI, a schedule) that failed after the tables left its
    staging folder: new tables beside the old database. Materialising published_release afterwards, on its own,
    published that mix. What a run that did not end well wrote is no longer published by another run, and another
    run's writer starts again from the published release."""
    import dagster as dg

    import assets.research
    from pipelines.cli import StageFailure, materialize_all
    from pipelines.definitions import all_assets, all_checks, publication_assets

    data_dir, resources, published, before = published_2019_with_a_2020_snapshot(tmp_path_factory, tmp_path)

    def failing(*args, **kwargs):
        raise RuntimeError("base en panne")

    monkeypatch.setattr(assets.research, "write_research_database", failing)
    instance = dg.DagsterInstance.ephemeral()  # one instance, as the UI's: it knows that run failed
    with pytest.raises(StageFailure):
        materialize_all(resources, [2019, 2020], instance=instance)
    monkeypatch.undo()
    staging = [p for p in data_dir.iterdir() if p.name.startswith(".published")]
    assert staging and (staging[0] / "evenements.csv").read_bytes() != (published / "evenements.csv").read_bytes()

    definitions = [*all_assets, *publication_assets]
    alone = dg.materialize(definitions, selection=["published_release"], resources=resources,
                           raise_on_error=False, instance=instance)
    assert not alone.success
    failure = next(event for event in alone.all_events if event.is_failure).event_specific_data.error.message
    assert "écrite en partie par une exécution qui n'a pas abouti" in failure, failure
    assert digests(published) == before

    # The database materialised again with the swap, in one run: built from the published release, not from what
    # the failed run left, so the tables published are those of before.
    again = dg.materialize([*definitions, *all_checks], selection=["research_database", "published_release"],
                           resources=resources, raise_on_error=False, instance=instance)
    assert again.success
    after = digests(published)
    assert after["evenements.csv"] == before["evenements.csv"]
    assert after["datapackage.json"] == before["datapackage.json"]
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".published")]
    assert not [p.name for p in published.rglob(".*")]


def test_raw_data_no_run_reads_is_announced(tmp_path):
    """A 2023 folder before derniere_edition is raised, and a calendar dropped straight in its edition's folder,
    were skipped without a word (20 events of 2021 gone from the publication)."""
    from pipelines.cli import unread_raw_data

    (tmp_path / "plateforme" / "2023" / "20231201T000000Z").mkdir(parents=True)
    (tmp_path / "cress-hdf-ical" / "2021").mkdir(parents=True)
    (tmp_path / "cress-hdf-ical" / "2021" / "calendrier.ics").write_text("BEGIN:VCALENDAR\n", encoding="utf-8")
    (tmp_path / "cress-hdf-ical" / "2020" / "20201201T000000Z").mkdir(parents=True)  # as it should be: nothing said
    lines = unread_raw_data(tmp_path)
    assert len(lines) == 2, lines
    assert lines[0].startswith("données 2023 sous data/raw/plateforme non lues : édition non ouverte")
    assert lines[1].startswith("data/raw/cress-hdf-ical/2021 : calendrier.ics hors d'un dossier d'instantané")
    assert unread_raw_data(REPO_ROOT / "data" / "raw") == []  # the sample: every file read
