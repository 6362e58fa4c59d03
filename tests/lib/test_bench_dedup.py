"""scripts/bench_dedup.py's informative counts: which wrong pairs nothing in the records could have told apart."""

import pandas as pd
import pytest

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
