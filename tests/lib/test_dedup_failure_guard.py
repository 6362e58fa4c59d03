"""A bug of a merge rule met on one edition's records publishes that edition unmerged, says why, and leaves the other
editions' merge as it is (assets.lib.dedup._deduplicate_piece)."""

import pandas as pd
import pytest

from assets.lib import dedup
from assets.lib.dedup import deduplicate, deduplicate_in_pieces
from tests.lib.test_dedup import eval_set_module


def broken_on(word: str, monkeypatch) -> None:
    """A merge rule that raises on any edition holding a record titled with `word` (the bug of a rule, injected)."""
    resolve_venues = dedup._resolve_venues

    def resolve_or_fail(records):
        if any(word in record.title for record in records):
            raise IndexError("list index out of range")
        return resolve_venues(records)

    monkeypatch.setattr(dedup, "_resolve_venues", resolve_or_fail)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_edition_whose_merge_raises_is_published_unmerged_and_the_others_merged(index, monkeypatch, workers):
    module = eval_set_module(monkeypatch)
    events = module.generate(5, editions=(2019, 2020, 2021), count=60).drop(columns=module.TRUTH_COLUMNS)
    first_2020 = events.index[events["edition"] == 2020][0]
    events.loc[first_2020, "titre"] = "Panne générale : atelier de réparation"
    whole = deduplicate(events, index)
    assert set(whole.merges["edition"]) == {2019, 2020, 2021}

    broken_on("panne", monkeypatch)
    result = deduplicate_in_pieces(events, index, workers=workers, min_rows=1)

    assert list(result.failures) == [2020]
    assert result.failures[2020].startswith("IndexError: list index out of range (test_dedup_failure_guard.py:")
    assert result.failures[2020].endswith(", resolve_or_fail)")
    # 2020: every record published as it came, none merged
    published_2020 = result.events[result.events["edition"] == 2020]
    records_2020 = events[events["edition"] == 2020]
    assert len(published_2020) == len(records_2020)
    assert sorted(published_2020["identifiant"]) == sorted(records_2020["identifiant"])
    assert (published_2020["sources_fusionnees"].fillna("") == "").all()
    assert not (result.merges["edition"] == 2020).any()
    # 2019 and 2021: the rows and merges of the merge without the bug
    for year in (2019, 2021):
        pd.testing.assert_frame_equal(result.events[result.events["edition"] == year].reset_index(drop=True),
                                      whole.events[whole.events["edition"] == year].reset_index(drop=True))
        pd.testing.assert_frame_equal(result.merges[result.merges["edition"] == year].reset_index(drop=True),
                                      whole.merges[whole.merges["edition"] == year].reset_index(drop=True))
    # every record is published or merged, once
    assert len(result.events) + len(result.merges) == len(events)
    # the unmerged edition's rows are in the order every edition is published in
    keys = ["edition", "date_debut", "identifiant"]
    pd.testing.assert_frame_equal(result.events[keys], result.events[keys].sort_values(keys, kind="stable"))


def test_a_merge_that_works_reports_no_failure(index, monkeypatch):
    module = eval_set_module(monkeypatch)
    events = module.generate(5, editions=(2019, 2020), count=40).drop(columns=module.TRUTH_COLUMNS)
    assert deduplicate_in_pieces(events, index, workers=2, min_rows=1).failures == {}
