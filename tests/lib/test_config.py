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
    if needle.startswith(("kind:", "fusea", "feuille", "fuseau", "editions", "titel")):
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
