import os
import time

import pandas as pd
import pytest

from assets.lib.parallel import (
    WORKERS_VARIABLE,
    WorkersSettingError,
    edition_groups,
    edition_piece,
    edition_pieces,
    halves,
    map_pieces,
    second_process,
    worker_count,
)


def _square_and_pid(piece: int) -> tuple[int, int]:
    return piece * piece, os.getpid()


def test_pieces_after_the_first_are_computed_in_a_forked_worker_and_come_back_in_order():
    results = map_pieces(_square_and_pid, [3, 1, 2, 5], workers=2)
    assert [value for value, _ in results] == [9, 1, 4, 25]
    assert results[0][1] == os.getpid()
    assert {pid for _, pid in results[1:]} != {os.getpid()}


def test_one_worker_keeps_everything_in_this_process():
    assert [pid for _, pid in map_pieces(_square_and_pid, [1, 2], workers=1)] == [os.getpid()] * 2


def _waits_for_a_file(piece_and_path: tuple[int, str]) -> bool:
    """In the worker: whether the file appears (written by first_done in the parent) while this piece is computed."""
    piece, path = piece_and_path
    if piece == 0:
        return True
    for _ in range(600):  # up to a minute on a busy machine; a first_done called after the join never comes
        if os.path.exists(path):
            return True
        time.sleep(0.1)
    return False


def test_first_done_runs_here_on_the_first_result_while_the_worker_still_computes(tmp_path):
    seen = []
    flag = str(tmp_path / "first-written")

    def first_done(result: bool) -> None:
        seen.append((result, os.getpid()))
        open(flag, "w").close()

    assert map_pieces(_waits_for_a_file, [(0, flag), (1, flag)], workers=2, first_done=first_done) == [True, True]
    assert seen == [(True, os.getpid())]


def test_first_done_is_called_once_with_the_first_result_in_one_process_too():
    seen = []
    assert [v for v, _ in map_pieces(_square_and_pid, [3, 4, 5], workers=1, first_done=seen.append)] == [9, 16, 25]
    assert seen == [(9, os.getpid())]


def test_done_gets_every_result_here_in_order_and_after_runs_where_each_piece_was_computed(tmp_path):
    seen = []

    def after(piece: int) -> None:
        (tmp_path / f"kept-{piece}").write_text(str(os.getpid()))

    results = map_pieces(_square_and_pid, [3, 1, 2], workers=2, done=lambda r: seen.append((r, os.getpid())),
                         after=after)
    assert seen == [(result, os.getpid()) for result in results]
    # Every `after` is done when map_pieces returns, each in the process that computed its piece.
    assert [int((tmp_path / f"kept-{piece}").read_text()) for piece in (3, 1, 2)] == [pid for _, pid in results]
    assert results[0][1] == os.getpid() != results[1][1]


def test_done_gets_the_worker_s_result_before_the_worker_is_awaited_to_end():
    import multiprocessing

    alive = []
    map_pieces(_square_and_pid, [3, 1], workers=2, done=lambda _: alive.append(bool(multiprocessing.active_children())))
    assert alive == [True, True]


def _piece_itself(piece_and_path: tuple[int, str]) -> int:
    return piece_and_path[0]


def test_the_worker_hands_its_result_back_before_its_after(tmp_path):
    flag = str(tmp_path / "worker-result-here")
    waited = tmp_path / "after-saw-the-result"

    def done(result: int) -> None:
        if result == 1:
            open(flag, "w").close()

    def after(piece_and_path: tuple[int, str]) -> None:
        if piece_and_path[0] == 1:  # in the worker: does its result reach `done` while this waits?
            waited.write_text(str(_waits_for_a_file(piece_and_path)))

    assert map_pieces(_piece_itself, [(0, flag), (1, flag)], workers=2, done=done, after=after) == [0, 1]
    assert waited.read_text() == "True"


def test_done_and_after_follow_each_piece_in_one_process_too():
    steps = []
    results = map_pieces(_square_and_pid, [3, 4], workers=1, done=lambda r: steps.append(("done", r[0])),
                         after=lambda piece: steps.append(("after", piece)))
    assert [value for value, _ in results] == [9, 16]
    assert steps == [("done", 9), ("after", 3), ("done", 16), ("after", 4)]


def _fails_on_two(piece: int) -> int:
    if piece == 2:
        raise ValueError(f"édition {piece} : champ date_debut illisible")
    return piece


def test_a_worker_error_is_raised_here_with_its_message():
    with pytest.raises(ValueError, match="édition 2 : champ date_debut illisible"):
        map_pieces(_fails_on_two, [1, 2], workers=2)


def _dies_in_a_worker(piece_and_parent: tuple[int, int]) -> int:
    piece, parent = piece_and_parent
    if os.getpid() != parent:
        os._exit(9)  # killed: out of memory, a signal
    return piece * 10


def test_a_worker_that_dies_leaves_its_pieces_to_this_process():
    parent = os.getpid()
    assert map_pieces(_dies_in_a_worker, [(1, parent), (2, parent), (3, parent)], workers=2) == [10, 20, 30]


def test_a_worker_that_dies_before_it_is_handed_every_piece_leaves_them_to_this_process(monkeypatch):
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from assets.lib import parallel

    class DiesAtTheSecondPiece(ProcessPoolExecutor):  # as when the worker dies while pieces are still handed over
        def submit(self, *args, **kwargs):
            if getattr(self, "handed", 0):
                raise BrokenProcessPool("the worker died")
            self.handed = 1
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", DiesAtTheSecondPiece)
    parent, kept = os.getpid(), []
    assert map_pieces(_dies_in_a_worker, [(1, parent), (2, parent), (3, parent)], workers=2,
                      after=lambda piece: kept.append(piece[0])) == [10, 20, 30]
    assert kept == [1, 2, 3]


_CALLS = []  # pieces seen by the process that computes them


def _remember(piece: int) -> tuple[int, int, int]:
    _CALLS.append(piece)
    return piece, os.getpid(), len(_CALLS)


def test_a_second_process_is_forked_once_and_keeps_its_state_from_piece_to_piece():
    _CALLS.clear()
    with second_process(_remember, workers=2) as pair:
        first = pair.split_map([1, 2])
        second = pair.split_map([3, 4, 5])
        alone = pair.split_map([6])
    assert [piece for piece, _, _ in first + second + alone] == [1, 2, 3, 4, 5, 6]
    here = os.getpid()
    assert [pid == here for _, pid, _ in first + second + alone] == [True, False, True, False, False, True]
    worker = {pid for _, pid, _ in first[1:] + second[1:]}
    assert len(worker) == 1  # the same worker for every call
    assert [seen for _, _, seen in (first[1], *second[1:])] == [1, 2, 3]  # its memory carried over
    assert _CALLS == [1, 3, 6]  # this process computed only the first pieces


def test_pieces_handed_to_a_second_process_are_computed_there_in_order_while_this_one_goes_on():
    _CALLS.clear()
    with second_process(_remember, workers=2) as pair:
        earlier = pair.hand([1, 2])
        later = pair.hand([3])
        here = _remember(10)  # this process goes on before asking for the results, later ones first
        late, early = later.results(), earlier.results()
    assert [piece for piece, _, _ in early + late] == [1, 2, 3]
    assert {pid for _, pid, _ in early + late} != {os.getpid()} and len({pid for _, pid, _ in early + late}) == 1
    assert [seen for _, _, seen in early + late] == [1, 2, 3]  # computed in the order handed
    assert here == (10, os.getpid(), 1) and _CALLS == [10]
    with second_process(_remember, workers=1) as pair:  # no worker: computed here, when asked for
        handed = pair.hand([4, 5])
        assert _CALLS == [10]
        assert [pid for _, pid, _ in handed.results()] == [os.getpid()] * 2 and _CALLS == [10, 4, 5]


def test_a_second_process_with_one_worker_computes_everything_here():
    with second_process(_square_and_pid, workers=1) as pair:
        assert [pid for _, pid in pair.split_map([1, 2, 3])] == [os.getpid()] * 3


def test_a_second_process_raises_its_error_here_and_a_dead_one_hands_its_pieces_back():
    with second_process(_fails_on_two, workers=2) as pair, pytest.raises(ValueError, match="édition 2"):
        pair.split_map([1, 2])
    parent = os.getpid()
    with second_process(_dies_in_a_worker, workers=2) as pair:
        assert pair.split_map([(1, parent), (2, parent)]) == [10, 20]
        assert pair.split_map([(3, parent), (4, parent)]) == [30, 40]  # no worker any more: all here


@pytest.mark.parametrize(("setting", "expected"), [("1", 1), (" 2 ", 2), ("4", 4)])
def test_the_worker_count_follows_the_environment(monkeypatch, setting, expected):
    monkeypatch.setenv(WORKERS_VARIABLE, setting)
    assert worker_count() == expected


@pytest.mark.parametrize("setting", ["0", "-1", "deux", "1.5"])
def test_a_wrong_worker_count_is_refused_by_name(monkeypatch, setting):
    monkeypatch.setenv(WORKERS_VARIABLE, setting)
    with pytest.raises(WorkersSettingError, match=WORKERS_VARIABLE):
        worker_count()


def test_halves_balance_the_weights_and_do_not_depend_on_the_order_given():
    weights = {2019: 1800, 2010: 1500, 2011: 1700, 2012: 1700, 2020: 1200, 2008: 300}
    groups = halves(weights)
    assert sorted(year for group in groups for year in group) == sorted(weights)
    totals = [sum(weights[y] for y in group) for group in groups]
    assert max(totals) - min(totals) <= max(weights.values())
    assert halves(dict(reversed(list(weights.items())))) == groups
    assert halves({2019: 5}) == [[2019]]


def test_edition_pieces_cut_whole_editions_and_keep_small_frames_whole():
    frame = pd.DataFrame({"edition": [2019] * 3000 + [2020] * 2000 + [2021] * 1500, "x": range(6500)})
    pieces = edition_pieces(frame, workers=2)
    assert len(pieces) == 2
    assert sorted(pd.concat(pieces)["x"]) == list(range(6500))
    assert not set(pieces[0]["edition"]) & set(pieces[1]["edition"])
    assert len(edition_pieces(frame.head(100), workers=2)) == 1
    assert len(edition_pieces(frame, workers=1)) == 1
    assert len(edition_pieces(frame[frame["edition"] == 2019], workers=2, min_rows=10)) == 1


def test_edition_groups_name_the_editions_of_each_piece():
    frame = pd.DataFrame({"edition": [2019] * 3000 + [2020] * 2000 + [2021] * 1500, "x": range(6500)})
    groups = edition_groups(frame, workers=2)
    assert groups == [sorted(set(piece["edition"])) for piece in edition_pieces(frame, workers=2)]
    assert edition_piece(frame, groups[1]).equals(edition_pieces(frame, workers=2)[1])
    assert edition_groups(frame.head(100), workers=2) is None
    assert edition_groups(frame, workers=1) is None
