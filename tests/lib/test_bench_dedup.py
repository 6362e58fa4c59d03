"""scripts/bench_dedup.py's informative counts: which wrong pairs nothing in the records could have told apart."""

import pandas as pd
import pytest

from assets.lib.dedup import CommuneIndex
from tests.lib.test_dedup import ICS, REGIONAL, event, frame
from tests.scripts import script_module


@pytest.fixture(scope="module")
def bench():
    return script_module("bench_dedup")


def labelled(*rows: tuple[str, str, str, str]) -> tuple[pd.DataFrame, list[str], dict[str, str]]:
    """Rows (source, real event, its activity's first session, variants) of edition 2019, with their keys."""
    frame = pd.DataFrame(
        [{"edition": 2019, "source": source, "source_identifiant": str(number), "evenement": event,
          "seances": sessions, "variantes": variants}
         for number, (source, event, sessions, variants) in enumerate(rows, 1)])
    keys = (frame["edition"].astype(str) + "|" + frame["source"] + "|" + frame["source_identifiant"]).tolist()
    return frame, keys, dict(zip(keys, frame["variantes"], strict=True))


# Two sessions of one activity that day: E1 (its first) and E2; a date-only copy of E2 by the sheet.
MORNING = [("plateforme", "E1", "E1", ""), ("openagenda", "E1", "E1", "sans_heure,titre_habillage"),
           ("tableur", "E2", "E1", "titre_habillage,sans_heure")]


@pytest.mark.parametrize(("extra", "counted"), [
    pytest.param([], True, id="the copy's session timed nowhere"),
    pytest.param([("ical", "E2", "E1", "heure_decalee")], False, id="another source times the copy's session"),
    pytest.param([("tableur", "E1", "E1", "")], False, id="the copy's source lists the other session too"),
])
def test_a_date_only_copy_joined_to_the_one_session_the_edition_times_is_counted_apart(bench, extra, counted):
    frame, keys, variants = labelled(*MORNING, *extra)
    wrong = {(keys[0], keys[2]), (keys[1], keys[2])}
    found = bench._unseen_session(frame, keys, wrong, variants)
    assert found == (wrong if counted else set())


def test_a_wrong_pair_of_two_activities_is_not_counted_apart(bench):
    frame, keys, variants = labelled(("plateforme", "E1", "E1", ""), ("tableur", "E3", "E3", "sans_heure"))
    assert bench._unseen_session(frame, keys, {(keys[0], keys[1])}, variants) == set()


def test_a_timed_copy_of_the_other_session_is_not_counted_apart(bench):
    frame, keys, variants = labelled(("plateforme", "E1", "E1", ""), ("tableur", "E2", "E1", "titre_habillage"))
    assert bench._unseen_session(frame, keys, {(keys[0], keys[1])}, variants) == set()


def test_the_called_off_report_counts_what_the_merge_publishes_of_called_off_events(bench):
    # Two events listed by two sources each, and one listed once: with every event of two sources called off in one
    # of them, neither is published, each one's other copy is counted as a called-off copy, the third is published.
    truth = {"variantes": "", "region": "84", "seances": ""}
    evening = dict(titre="Ciné-débat : Demain", date_debut="2019-11-21T20:00:00+01:00", date_fin="")
    rows = [event("plateforme", "1"), event(REGIONAL, "o1"), event("plateforme", "2", **evening),
            event(ICS, "i2", **evening), event("plateforme", "3", titre="Atelier couture")]
    labelled_rows = frame(*rows).assign(evenement=["E1", "E1", "E2", "E2", "E3"], **truth)
    report = bench.called_off_report(labelled_rows, CommuneIndex.from_reference(), 1.0, seed=1)
    assert report == {"seed": 1, "events": 3, "called_off": 2, "still_published": 0, "live_copies": 2,
                      "copies_counted": 2, "wrongly_counted": 0, "live_lost": 0}


def test_recall_is_counted_by_the_number_of_kinds_of_difference_a_pair_carries(bench):
    # E1: three copies, one reworded, one an hour earlier with its offset given (no zone-less slip: kept apart), so
    # its pairs carry 1, 1 and 2 kinds; E2: two copies that evening, one difference. Found: E1's reworded pair, E2's.
    evening = dict(titre="Ciné-débat : Demain", date_debut="2019-11-21T20:00:00+01:00", date_fin="")
    rows = [event("plateforme", "1"), event(REGIONAL, "o1", titre="Repair café du quartier"),
            event(ICS, "i1", date_debut="2019-11-21T19:00:00+01:00"),
            event("plateforme", "2", **evening), event(ICS, "i2", **evening, organisateur="")]
    labelled_rows = frame(*rows).assign(
        evenement=["E1", "E1", "E1", "E2", "E2"], region="84", seances="",
        variantes=["", "titre_reformule", "heure_decalee", "", "sigle_organisateur"])
    report = bench.evaluate(labelled_rows, CommuneIndex.from_reference())
    assert report["by_count"] == {1: (3, 2), 2: (1, 0)}
    assert sum(true for true, _ in report["by_count"].values()) == report["true_pairs"] == 4
    assert sum(found for _, found in report["by_count"].values()) == report["correct"]
    assert bench.by_count_line({1: (3, 3), 2: (1000, 975)}) == (
        "recall by kinds of difference per true pair: 1: 1.0000 (3), 2: 0.9750 (1,000)")


def test_the_rescheduled_report_moves_the_agendas_record_and_counts_the_events_published_once(bench):
    # E1 listed by the platform and the agenda: the agenda moves it (status « reprogramme ») within November, the
    # platform keeps the old date, and the merge publishes it once. E2, listed by the platform alone, is left as it is.
    rows = [event("plateforme", "1"), event(REGIONAL, "o1"), event("plateforme", "2", titre="Atelier couture")]
    labelled_rows = frame(*rows).assign(evenement=["E1", "E1", "E2"], variantes="", region="84", seances="")
    moved, events = bench.rescheduled_set(labelled_rows, 1.0, seed=1)
    assert events == {"2019|E1"}
    agenda = moved[moved["source"] == REGIONAL].iloc[0]
    assert agenda["statut"] == "reprogramme" and agenda["date_debut"][:7] == "2019-11"
    assert agenda["date_debut"][10:] == rows[1]["date_debut"][10:] and agenda["date_debut"] != rows[1]["date_debut"]
    untouched = moved[moved["source"] == "plateforme"]
    assert untouched["date_debut"].tolist() == [rows[0]["date_debut"], rows[2]["date_debut"]]
    report = bench.rescheduled_report(labelled_rows, CommuneIndex.from_reference(), 1.0, seed=1)
    assert (report["rescheduled"], report["rescheduled_once"], report["recall"]) == (1, 1, 1.0)
