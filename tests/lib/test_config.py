"""config/sources.yaml mistakes are caught before anything runs: one French message naming the file, the line
and the fix; `mois-ess run` then exits 2 and writes nothing."""

import os
import subprocess
import sys

import pytest

from assets.lib.config import SOURCES_FILE, ConfigError, sources
from assets.lib.sources.spreadsheet import SpreadsheetOptions

VALID = SOURCES_FILE.read_text(encoding="utf-8")


def configured(tmp_path, text: str):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "expected"),
    [
        # A typo in a kind: no longer accepted silently.
        ("  cress-paca-tableur:\n    kind: tableur", "  cress-paca-tableur:\n    kind: tableau", "kind: tableau",
         ["type de source inconnu « tableau »", "cress-paca-tableur", "Types possibles : plateforme, openagenda"]),
        # An option that the kind does not know.
        ("      fuseau: Europe/Paris\n\n  prix-ess:", "      fuseau: Europe/Paris\n      fusea: x\n\n  prix-ess:",
         "fusea: x", ["option « fusea »", "option inconnue", "Options possibles pour le type ical : fuseau"]),
        # A mistyped option: a sheet name must be a text or a number, not a list.
        ("      feuille: Agenda", "      feuille: [Agenda, Feuil2]", "feuille: [Agenda",
         ["option « feuille »", "cress-pdl-tableur (tableur)"]),
        # An unknown column key in a spreadsheet mapping.
        ("        titre: Nom\n", "        titre: Nom\n        titr: Intitulé\n", "colonnes:",
         ["clé(s) inconnue(s) titr", "clés possibles"]),
        # An unknown time zone.
        ("      fuseau: Europe/Paris\n\n  prix-ess:", "      fuseau: Europe/Pariss\n\n  prix-ess:",
         "fuseau: Europe/Pariss", ["fuseau horaire inconnu 'Europe/Pariss'"]),
        # Edition ranges: backwards, outside the opened editions, overlapping.
        ("    editions: 2010-2022\n    region: \"93\"", "    editions: 2022-2010\n    region: \"93\"",
         "editions: 2022-2010", ["plage d'éditions « 2022-2010 » à l'envers", "Écrire « 2010-2022 »"]),
        ("    editions: 2016-2022\n    region: \"44\"", "    editions: 2016-2030\n    region: \"44\"",
         "editions: 2016-2030", ["hors des éditions ouvertes (2008-2022)", "relevant derniere_edition"]),
        ("    editions: 2014-2022\n    region: \"32\"", "    editions: [2014-2018, 2017-2022]\n    region: \"32\"",
         "editions: [2014-2018", ["éditions en double pour la source cress-hdf-ical : 2017, 2018"]),
        ("    editions: 2014-2022\n    region: \"32\"", "    editions: deux-mille\n    region: \"32\"",
         "editions: deux-mille", ["éditions « deux-mille » illisibles"]),
        # Two sources reading one folder.
        ("    location: cress-hdf-ical\n", "    location: cress-nouvelle-aquitaine-ical\n",
         "location: cress-nouvelle-aquitaine-ical\n    editions: 2014",
         ["partagent le dossier data/raw/cress-nouvelle-aquitaine-ical", "propre « location: »"]),
        # An unknown key at the source level.
        ("    kind: ical\n    title: CRESS Hauts", "    kind: ical\n    titel: x\n    title: CRESS Hauts", "titel: x",
         ["clé inconnue « titel »", "options:"]),
        # A source entry copied and its key left as it was: the plain loader kept the second, the first vanished.
        ("\n  prix-ess:", "\n  cress-hdf-ical:\n    kind: ical\n    title: Copie\n    location: hdf-bis\n\n  prix-ess:",
         "  cress-hdf-ical:\n    kind: ical\n    title: Copie", ["clé « cress-hdf-ical » en double (déjà ligne"]),
        # An unknown key at the top, a future edition, a région that is none, an empty list of editions.
        ("derniere_edition: 2022\n", "derniere_edition: 2022\nderniere_editon: 2023\n", "derniere_editon",
         ["clé inconnue « derniere_editon » en tête du fichier"]),
        ("derniere_edition: 2022\n", "derniere_edition: 2031\n", "derniere_edition: 2031",
         ["derniere_edition vaut 2031", "pas d'édition future"]),
        ("    region: \"93\"", "    region: \"444\"", "region: \"444\"", ["région « 444 » inconnue", "93, 94"]),
        ("    editions: 2014-2022\n    region: \"32\"", "    editions: []\n    region: \"32\"", "editions: []",
         ["liste d'éditions vide pour la source cress-hdf-ical"]),
        # An encoding Python does not know quarantined every edition of its source at read time; a laureates
        # column key matching no field was accepted and read nothing.
        ("      feuille: Agenda", "      feuille: Agenda\n      encodage: utf-9", "encodage: utf-9",
         ["option « encodage »", "encodage inconnu 'utf-9'"]),
        # Likewise a spreadsheet's zone mistyped would have put every hour of its sheet on no clock.
        ("      feuille: Agenda", "      feuille: Agenda\n      fuseau: Indian/Reunoin", "fuseau: Indian/Reunoin",
         ["option « fuseau »", "fuseau horaire inconnu 'Indian/Reunoin'"]),
        ("    location: prix-ess\n", "    location: prix-ess\n    options:\n      colonnes: {anne: Année}\n",
         "colonnes: {anne", ["option « colonnes »", "clé(s) inconnue(s) anne"]),
        # A label table for a field that `champs` does not name would never be used.
        ("        type-action: {1: Conférence,", "        type-actoin: {1: Conférence,", "libelles:",
         ["option « libelles »", "champ(s) type-actoin absent(s) de « champs »"]),
    ],
)
def test_each_configuration_mistake_names_the_file_the_line_and_the_fix(tmp_path, old, new, needle, expected):
    assert VALID.count(old) == 1, old
    text = VALID.replace(old, new)
    path = configured(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        sources(path)
    message = str(raised.value)
    assert message.startswith(f"{path}, ligne ")
    if needle.startswith(("kind:", "fusea", "feuille", "fuseau", "editions", "titel", "derniere",
                          "region")):
        assert f"ligne {line_of(text, needle.split(chr(10))[0])} :" in message, message
    for part in expected:
        assert part in message, message


def test_a_yaml_syntax_error_is_one_line_with_the_file_and_line(tmp_path):
    text = VALID.replace("    kind: ical\n    title: CRESS Hauts", "    kind: ical\n   title: [CRESS Hauts", 1)
    path = configured(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        sources(path)
    message = str(raised.value)
    assert message.startswith(f"{path}, ligne ") and "syntaxe YAML invalide" in message
    assert "\n" not in message


def test_options_are_parsed_once_into_a_frozen_dataclass():
    paca = sources()["cress-paca-tableur"]
    assert isinstance(paca.options, SpreadsheetOptions)
    assert paca.options.colonnes["titre"] == ("Titre de l'action",)
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its own error type for a frozen instance
        paca.options.colonnes_obligatoires = ()


def test_the_command_exits_2_and_writes_nothing(tmp_path):
    bad = configured(tmp_path / "config", VALID.replace("kind: tableur", "kind: tableau", 1)) \
        if (tmp_path / "config").mkdir() is None else None
    data_dir = tmp_path / "data"
    env = {**os.environ, "MOIS_ESS_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--sources", str(bad)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[0] == "mois-ess : configuration invalide, rien n'a été exécuté."
    assert lines[1].startswith(f"{bad}, ligne ") and "« tableau »" in lines[1]
    assert "Traceback" not in done.stderr
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # « synonyms: » for « synonymes: » dropped every synonym of forum_salon: 3,741 events of the sample recoded.
        ("    libelle: Forum / salon / marché\n    synonymes:", "    libelle: Forum / salon / marché\n    synonyms:",
         "clé inconnue « synonyms » pour le code forum_salon de type_evenement"),
        ("thematiques:\n", "thematique:\n", "vocabulaire inconnu « thematique »"),
        ("    libelle: Forum / salon / marché\n", "    libele: Forum / salon / marché\n", "clé inconnue « libele »"),
        ("  forum_salon:\n", "  forum_salon:\n    libelle: x\n", "clé « libelle » en double"),
        ("  forum_salon:\n    libelle: Forum / salon / marché\n    synonymes: [forum,",
         "  forum_salon:\n    libelle: Forum / salon / marché\n    synonymes: [conference, forum,",
         "« conference » de type_evenement désigne à la fois conference_debat et forum_salon"),
        ("type_evenement:\n  conference_debat:", "type_evenement:\n  conference_debat\n  x:", "syntaxe YAML invalide"),
    ],
)
def test_a_vocabulary_mistake_names_the_file_the_line_and_the_fix(tmp_path, old, new, expected):
    from assets.lib.vocabularies import VOCABULARY_FILE, check_vocabularies

    valid = VOCABULARY_FILE.read_text(encoding="utf-8")
    assert valid.count(old) == 1, old
    path = tmp_path / "vocabulaires.yaml"
    path.write_text(valid.replace(old, new), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        check_vocabularies(path)
    assert str(raised.value).startswith(str(path)) and expected in str(raised.value), str(raised.value)
    check_vocabularies()  # the repository's own is valid


def test_a_source_whose_folder_is_missing_stops_the_run(tmp_path):
    """A mistyped `location` dropped its source from every edition without a word (842 records of the sample)."""
    bad = configured(tmp_path, VALID.replace("    location: cress-hdf-ical\n", "    location: cress-hdf-icall\n", 1))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "raw").symlink_to(SOURCES_FILE.parents[1] / "data" / "raw")
    env = {**os.environ, "MOIS_ESS_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    env.pop("MOIS_ESS_SOURCE_URL_CRESS_HDF_ICAL", None)
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--sources", str(bad)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "source cress-hdf-ical : dossier data/raw/cress-hdf-icall absent" in done.stderr
    assert "data/raw/cress-hdf-ical n'est lu par aucune source" in done.stderr
    # Loading the definitions makes the warehouse folder: nothing in it, nothing published.
    assert not (data_dir / "published").exists() and not any((data_dir / "warehouse").rglob("*"))


def test_a_sources_file_chosen_elsewhere_is_part_of_the_code_version(tmp_path):
    """With --sources, a label changed in that file was « rien de nouveau »: the rebuild check read config/ only, and
    a one-edition rebuild then mixed two configurations in one publication."""
    from assets.lib.config import sources_file, use_sources_file
    from assets.lib.fingerprint import code_digest

    repo, before = SOURCES_FILE.parents[1], sources_file()
    own = code_digest(repo)
    chosen = configured(tmp_path, VALID)
    try:
        use_sources_file(chosen)
        first = code_digest(repo)
        chosen.write_text(VALID.replace("CRESS Hauts", "CRESS HDF renommée", 1), encoding="utf-8")
        assert code_digest(repo) != first != own
        use_sources_file(SOURCES_FILE)
        assert code_digest(repo) == own
    finally:
        use_sources_file(before)
