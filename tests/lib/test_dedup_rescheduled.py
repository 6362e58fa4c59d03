"""An event one source rescheduled (statut « reprogramme »: new dates published) that other sources still list at its
old date is one event: their copies join its group (_attach_rescheduled), and the published row takes its new dates
and status (RESCHEDULED_COPY_MOTIF for the copies merged away)."""

import pandas as pd
import pytest

from assets.lib.dedup import (
    MERGE_MOTIF,
    RESCHEDULED_COPY_MOTIF,
    _merged_rows,
    deduplicate,
    deduplicate_in_pieces,
    merge_group,
)
from tests.lib.test_dedup import ICS, REGIONAL, event, frame, merged_keys

SHEET = "cress-aura-tableur"


def on(day: int, **changes) -> dict:
    """The repair café's fields on the `day` of November 2019, at its clock time."""
    return dict(date_debut=f"2019-11-{day:02d}T14:00:00+01:00", date_fin=f"2019-11-{day:02d}T17:30:00+01:00",
                **changes)


MOVED = on(23, statut="reprogramme")


def test_the_copies_at_the_old_date_join_the_rescheduled_event(index):
    # The agenda moved the repair café from the 16th to the 23rd; the platform and a spreadsheet still list the 16th.
    rows = [event("plateforme", "p1"), event(SHEET, "s1", titre="REPAIR CAFÉ DE LA CROIX-ROUSSE", statut=""),
            event(REGIONAL, "o1", **MOVED)]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset({"plateforme:p1", f"{SHEET}:s1", f"{REGIONAL}:o1"})}
    (row,) = result.events.itertuples()
    # The platform's row stands for the event (its identifier is kept), at the new date, with its status.
    assert (row.source, row.date_debut, row.date_fin, row.statut) == (
        "plateforme", MOVED["date_debut"], MOVED["date_fin"], "reprogramme")
    motifs = dict(zip(result.merges["source_identifiant"], result.merges["motif"], strict=True))
    assert motifs == {"s1": RESCHEDULED_COPY_MOTIF, "o1": MERGE_MOTIF}


def test_a_reworded_copy_at_the_venue_by_the_organiser_joins(index):
    # The agenda words the repair café its own way (a title closer than TITLE_MEDIUM, not TITLE_STRONG): at its venue
    # by its organiser, naming the same activity, the platform's listing of the old date is that event.
    rows = [event("plateforme", "p1"), event(REGIONAL, "o1", titre="Réparer ses objets au Repair café", **MOVED)]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset({"plateforme:p1", f"{REGIONAL}:o1"})}


def test_a_weekly_workshop_joins_the_old_date_of_the_session_moved(index):
    # The platform lists the Saturdays 9, 16 and 23; the agenda the 9th and 23rd as they were and the 16th moved to the
    # 17th: its other sessions each hold an agenda record, so the 16th is the only old date left for the 17th.
    rows = [event("plateforme", f"p{day}", **on(day)) for day in (9, 16, 23)]
    rows += [event(REGIONAL, "o9", **on(9)), event(REGIONAL, "o17", **on(17, statut="reprogramme")),
             event(REGIONAL, "o23", **on(23))]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset({"plateforme:p9", f"{REGIONAL}:o9"}),
                                   frozenset({"plateforme:p16", f"{REGIONAL}:o17"}),
                                   frozenset({"plateforme:p23", f"{REGIONAL}:o23"})}
    assert sorted(result.events["date_debut"].str[:10]) == ["2019-11-09", "2019-11-17", "2019-11-23"]


@pytest.mark.parametrize("others", [
    pytest.param([event("plateforme", "p9", **on(9)), event("plateforme", "p16", **on(16))],
                 id="two sessions the agenda does not list: either may be the one moved"),
    pytest.param([event("plateforme", "p16", organisateur="Repair Café Lyon 4e", lieu="Mairie du 4e",
                        adresse="133 boulevard de la Croix-Rousse")],
                 id="another organiser's repair café elsewhere in the town"),
    pytest.param([event("plateforme", "p16", commune="Villeurbanne", code_postal="69100", adresse="3 rue Racine",
                        lieu="Maison du citoyen", latitude=None, longitude=None)],
                 id="the same title in another town"),
    pytest.param([event("plateforme", "p16", titre="Atelier couture de la Croix-Rousse")],
                 id="another activity at that venue"),
    pytest.param([event("plateforme", "p16"), event(REGIONAL, "o16", titre="Repair café Croix-Rousse")],
                 id="the agenda lists the old date too: two sessions"),
])
def test_no_copy_joins_when_nothing_tells_it_is_the_event_moved(index, others):
    rows = [*others, event(REGIONAL, "o23", **MOVED)]
    result = deduplicate(frame(*rows), index)
    assert frozenset({f"{REGIONAL}:o23"}) in merged_keys(result)
    assert (result.merges["motif"] != RESCHEDULED_COPY_MOTIF).all()


def test_an_online_meeting_moved_joins_by_its_organiser(index):
    online = dict(modalite="en_ligne", lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None,
                  titre="Webinaire : la finance solidaire")
    rows = [event("plateforme", "p1", **online, **on(16)),
            event(ICS, "i1", **{**online, "titre": "Webinaire - la finance solidaire"}, **on(16)),
            event(REGIONAL, "o1", **online, **MOVED)]
    result = deduplicate(frame(*rows), index)
    assert merged_keys(result) == {frozenset({"plateforme:p1", f"{ICS}:i1", f"{REGIONAL}:o1"})}
    assert result.events["date_debut"].tolist() == [MOVED["date_debut"]]


def test_the_merged_rows_are_those_of_merge_group_for_a_rescheduled_event(index):
    rows = [event("plateforme", "p1"), event(SHEET, "s1", statut="programme"), event(REGIONAL, "o1", **MOVED),
            event("plateforme", "p2", titre="Atelier couture", **on(20)), event(ICS, "i2", titre="Atelier couture",
                                                                               **on(20))]
    events = frame(*rows)
    merged, merges = _merged_rows(events, [[0, 1, 2], [3, 4]], list(events.columns))
    expected = [merge_group([events.iloc[k].to_dict() for k in group]) for group in ([0, 1, 2], [3, 4])]
    pd.testing.assert_frame_equal(merged, pd.DataFrame([row for row, _ in expected], columns=events.columns),
                                  check_dtype=False)
    assert merges == [merge for _, group_merges in expected for merge in group_merges]
    assert merged["statut"].fillna("").tolist() == ["reprogramme", ""]
    assert {m["source_identifiant"]: m["motif"] for m in merges} == {
        "s1": RESCHEDULED_COPY_MOTIF, "o1": MERGE_MOTIF, "i2": MERGE_MOTIF}


def test_pieces_shared_with_a_worker_give_the_same_result(index):
    rows = [event("plateforme", "p1"), event(SHEET, "s1"), event(REGIONAL, "o1", **MOVED),
            event("plateforme", "p2", edition=2021, **on(16)), event(REGIONAL, "o2", edition=2021,
                                                                     **on(18, statut="reprogramme"))]
    events = frame(*rows)
    whole, pieces = deduplicate(events, index), deduplicate_in_pieces(events, index, workers=2, min_rows=1)
    pd.testing.assert_frame_equal(whole.events.reset_index(drop=True), pieces.events.reset_index(drop=True))
    pd.testing.assert_frame_equal(whole.merges.reset_index(drop=True), pieces.merges.reset_index(drop=True))
    assert len(whole.events) == 2
