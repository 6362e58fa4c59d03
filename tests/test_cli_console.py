"""What `mois-ess run` prints: numbers in French format, the assets' warnings grouped by source with the
editions they concern."""

import dagster as dg
import pandas as pd

from assets.lib.counts import format_counts
from pipelines.cli import french_number, french_size, french_years, group_warnings, run_warnings

SOURCES = ["archives-ess-france", "cress-paca-tableur", "cress-paca", "plateforme"]


def test_numbers_sizes_and_years_are_written_the_french_way():
    assert french_size(13_104_947) == "12\u00a0797,8 Kio"
    assert french_number(30333) == "30\u00a0333"
    assert french_years([2008, 2009, 2010]) == "2008 à 2010"
    assert french_years([2019, 2021]) == "2019 et 2021"
    assert french_years([2012, 2014, 2019]) == "2012, 2014 et 2019"
    assert french_years([]) == "aucune"


def test_the_counts_table_uses_french_numbers():
    counts = pd.DataFrame({"edition": [2019, 2020], "source": ["plateforme"] * 2, "lus": [1625, 1061],
                           "publies": [1602, 1046], "fusionnes": [6, 4], "quarantaines": [17, 11], "ecart": [0, 0]})
    text = format_counts(counts, number=french_number)
    assert "1\u00a0625" in text and "2\u00a0686" in text.splitlines()[-1]


def test_warnings_are_grouped_by_source_with_their_editions():
    messages = [
        "2010: cress-paca-tableur: agenda-mois-ess-paca-2010.csv: colonne configurée « url » absente",
        "2011: cress-paca-tableur: agenda-mois-ess-paca-2011.csv: colonne configurée « url » absente",
        "2012: cress-paca-tableur: agenda-mois-ess-paca-2012.csv: colonne configurée « url » absente",
        "2014: cress-paca-tableur: agenda-mois-ess-paca-2014.csv: nouvelle colonne « Jour » non reconnue",
        "2008: archives-ess-france: mois-ess-2008-bilan.xlsx [Evenements 2008]: colonne configurée « url » absente",
        "cress-paca-tableur 2014: colonne obligatoire absente : date_debut",
        "2019: cress-paca: paca.csv: colonne configurée « url » absente",  # a source whose name prefixes another's
        "un avertissement sans source",
    ]
    assert group_warnings(messages, SOURCES) == {
        "archives-ess-france": ["colonne configurée « url » absente (2008)"],
        "autres": ["un avertissement sans source"],
        "cress-paca": ["colonne configurée « url » absente (2019)"],
        "cress-paca-tableur": [
            "colonne configurée « url » absente (2010 à 2012)",
            "nouvelle colonne « Jour » non reconnue (2014)",
            "colonne obligatoire absente : date_debut (2014)",
        ],
    }


def test_the_lines_raw_events_logs_in_one_message_are_each_a_warning():
    @dg.asset(name="raw_events")
    def raw_events(context: dg.AssetExecutionContext) -> None:
        context.log.warning("2010: a: f.csv: colonne configurée « url » absente\n"
                            "2011: a: g.csv: colonne configurée « url » absente")

    @dg.asset(name="other", deps=[raw_events])
    def other(context: dg.AssetExecutionContext) -> None:
        context.log.warning("two lines\nof one warning")
        context.log.info("not a warning")

    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([raw_events, other], instance=instance)
    assert run_warnings(instance, [result.run_id]) == [
        "2010: a: f.csv: colonne configurée « url » absente",
        "2011: a: g.csv: colonne configurée « url » absente",
        "two lines\nof one warning",
    ]
