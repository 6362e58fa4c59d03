"""Copies of an event another source called off (cancelled, postponed without a new date) are not published: the
called-off record joins the comparison, and its group's live records from other sources are counted merged into no
row (CALLED_OFF_COPY_MOTIF)."""

import pandas as pd

from assets.lib.dedup import CALLED_OFF_COPY_MOTIF, deduplicate, deduplicate_in_pieces
from tests.lib.test_dedup import ICS, REGIONAL, event, frame, merged_keys, session_copies, vitre_workshop

SHEET = "cress-aura-tableur"


def called_off_copies(result) -> dict[str, set[str]]:
    """{source:identifiant of a record counted as a called-off event's copy: the called-off records named}."""
    rows = result.merges[result.merges["motif"].str.startswith(CALLED_OFF_COPY_MOTIF)]
    assert (rows["identifiant"] == "").all()
    return {f"{row.source}:{row.source_identifiant}": set(row.motif.split(" : ", 1)[1].split(" | "))
            for row in rows.itertuples()}


def grouped(events: pd.DataFrame, result) -> list[set[str]]:
    """result.clusters as the records they group (positions in `events` sorted as deduplicate sorts them)."""
    ordered = events.sort_values(["edition", "source", "source_identifiant"], kind="stable")
    keys = (ordered["source"] + ":" + ordered["source_identifiant"]).tolist()
    return [{keys[position] for position in group} for group in result.clusters]


def test_the_copies_of_an_event_cancelled_in_one_source_are_not_published(index):
    # The agenda marks the repair café cancelled; the platform and the network's calendar still list it (their
    # copies reworded and an hour off): the event does not take place, none is published.
    live = [event("plateforme", "1"),
            event(ICS, "i1", titre="Mois de l'ESS : Repair café Croix-Rousse", date_debut="2019-11-16T13:00:00Z",
                  organisateur="", lieu="", adresse="Maison des associations, 28 rue Denfert-Rochereau, Lyon")]
    cancelled = event(REGIONAL, "o1")
    result = deduplicate(frame(*live), index, called_off=frame(cancelled))
    assert result.events.empty
    assert called_off_copies(result) == {"plateforme:1": {f"{REGIONAL}:o1"}, f"{ICS}:i1": {f"{REGIONAL}:o1"}}
    assert result.clusters == []


def test_another_event_that_day_is_published(index):
    # Cancelled: the repair café at 14 h. Published: the same association's sewing workshop at the same venue in
    # the evening, and a repair café in another town at the same hour.
    live = [event("plateforme", "1", titre="Atelier couture", date_debut="2019-11-16T19:00:00+01:00", date_fin=""),
            event("plateforme", "2", lieu="Maison des associations", adresse="3 rue de la République",
                  code_postal="38000", commune="Grenoble", latitude=45.19, longitude=5.73)]
    result = deduplicate(frame(*live), index, called_off=frame(event(REGIONAL, "o1")))
    assert merged_keys(result) == {frozenset(["plateforme:1"]), frozenset(["plateforme:2"])}
    assert called_off_copies(result) == {}


def test_a_source_listing_the_event_again_keeps_it(index):
    # The agenda withdrew a listing (cancelled) and lists the event again under a new identifier: the event takes
    # place; its live copies are merged and published, the withdrawn listing left out.
    live = [event("plateforme", "1"), event(REGIONAL, "o2")]
    result = deduplicate(frame(*live), index, called_off=frame(event(REGIONAL, "o1")))
    assert merged_keys(result) == {frozenset(["plateforme:1", f"{REGIONAL}:o2"])}
    assert called_off_copies(result) == {}
    assert grouped(frame(*live), result) == [{"plateforme:1", f"{REGIONAL}:o2"}]


def test_a_live_record_of_the_same_identifier_wins(index):
    # One identifier both live and called off (two snapshots' rows reaching the merge): the live one is the event.
    result = deduplicate(frame(event("plateforme", "1")), index, called_off=frame(event("plateforme", "1")))
    assert merged_keys(result) == {frozenset(["plateforme:1"])}


def test_the_other_groups_are_those_without_called_off_records(index):
    # Beside a cancelled event, the merge of the others is what it would be without it: rows, merges and clusters.
    others = [event("plateforme", "5", titre="Disco Soupe", date_debut="2019-11-20T18:00:00+01:00", date_fin=""),
              event(SHEET, "t5", titre="DISCO SOUPE", date_debut="2019-11-20", date_fin=""),
              event(REGIONAL, "o5", titre="Ciné-débat : Demain", date_debut="2019-11-21T20:00:00+01:00", date_fin="")]
    alone = deduplicate(frame(*others), index)
    live = frame(*others, event("plateforme", "1"))
    with_cancelled = deduplicate(live, index, called_off=frame(event(REGIONAL, "o1")))
    assert called_off_copies(with_cancelled) == {"plateforme:1": {f"{REGIONAL}:o1"}}
    pd.testing.assert_frame_equal(with_cancelled.events, alone.events)
    assert grouped(live, with_cancelled) == grouped(frame(*others), alone) == [{"plateforme:5", f"{SHEET}:t5"}]
    kept = with_cancelled.merges[~with_cancelled.merges["motif"].str.startswith(CALLED_OFF_COPY_MOTIF)]
    pd.testing.assert_frame_equal(kept.reset_index(drop=True), alone.merges)


def test_editions_shared_with_a_worker_give_the_same_result(index):
    # Each piece of whole editions takes the called-off records of its editions.
    rows, cancelled = [], []
    for year in range(2015, 2021):
        moved = {"edition": year, "date_debut": f"{year}-11-16T14:00:00+01:00", "date_fin": ""}
        rows += [event("plateforme", f"{year}-1", **moved), event(ICS, f"{year}-i", **moved),
                 event("plateforme", f"{year}-2", titre="Atelier couture", **moved)]
        if year % 2:
            cancelled.append(event(REGIONAL, f"{year}-o", **moved))
    events, called_off = frame(*rows), frame(*cancelled)
    whole = deduplicate(events, index, called_off=called_off)
    shared = deduplicate_in_pieces(events, index, workers=2, min_rows=1, called_off=called_off)
    pd.testing.assert_frame_equal(shared.events, whole.events)
    pd.testing.assert_frame_equal(shared.merges.sort_values(["edition", "source_identifiant"]).reset_index(drop=True),
                                  whole.merges.sort_values(["edition", "source_identifiant"]).reset_index(drop=True))
    assert shared.clusters == whole.clusters
    assert len(called_off_copies(whole)) == 2 * 3  # three editions cancelled, two live copies each


def test_the_copies_of_one_of_two_sessions_stay_set_aside_whatever_the_edition(index):
    # 2019: the workshop at 11:00 and 15:00, the agenda's and the sheet's date-only copies set aside (either
    # session); 2020: the same identifiers (a sheet's rows, an agenda's numbering), the agenda's copy called off.
    sessions_2019 = vitre_workshop(["2019-11-02T11:00:00+01:00", "2019-11-02T15:00:00+01:00"], "2019-11-02",
                                   "2019-11-02")
    in_2020 = [dict(row, edition=2020, numero_edition=13, identifiant=row["identifiant"].replace("2019", "2020"),
                    date_debut=row["date_debut"].replace("2019", "2020"))
               for row in vitre_workshop(["2019-11-02T11:00:00+01:00"], "2019-11-02", "2019-11-02T11:00:00+01:00")]
    live = frame(*sessions_2019, *(row for row in in_2020 if row["source"] != REGIONAL))
    result = deduplicate(live, index, called_off=frame(*(row for row in in_2020 if row["source"] == REGIONAL)))
    sessions = {sessions_2019[0]["identifiant"], sessions_2019[1]["identifiant"]}
    assert session_copies(result) == {f"{REGIONAL}:a": sessions, "cress-bretagne-tableur:x": sessions}
    assert called_off_copies(result) == {"plateforme:1": {f"{REGIONAL}:a"}, "cress-bretagne-tableur:x":
                                         {f"{REGIONAL}:a"}}
    assert set(result.events["identifiant"]) == sessions
    assert set(result.merges.loc[result.merges["edition"] == 2020, "source_identifiant"]) == {"1", "x"}
