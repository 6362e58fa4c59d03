"""The events stage's record memo when the editions are shared with a second process: each process keeps the outcomes
of the records it normalised, as one process keeps them all."""

import pandas as pd

from assets.lib import parallel
from assets.lib.record_memo import recall_outputs
from assets.normalize import _normalize_pieces, _RecordMemo
from tests.assets.test_normalize_read import _raw_rows

YEARS = [2018, 2019, 2020]


def _normalised(folder, workers: str, monkeypatch) -> tuple[pd.DataFrame, dict]:
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, workers)
    written = []
    _normalize_pieces(_raw_rows(YEARS), {}, _RecordMemo(folder, "v1"), written.append)
    quarantine = pd.concat([piece.quarantine for piece in written]).sort_values(["edition", "source", "position"])
    return quarantine.reset_index(drop=True), recall_outputs(folder, "v1", YEARS)


def test_both_processes_keep_the_outcomes_of_their_records_as_one_process_does(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "PIECE_MIN_ROWS", 1)
    alone, alone_kept = _normalised(tmp_path / "one", "1", monkeypatch)
    shared, shared_kept = _normalised(tmp_path / "two", "2", monkeypatch)
    pd.testing.assert_frame_equal(shared, alone)
    assert sorted(int(path.stem) for path in (tmp_path / "two").glob("*.pickle")) == YEARS
    # Records without an id are keyed with NaN, equal to no other NaN: compared as written.
    assert sorted(map(repr, shared_kept.items())) == sorted(map(repr, alone_kept.items()))
    assert len(alone_kept) == len(_raw_rows(YEARS))
