"""The second core: a stage's independent pieces of work (editions, rows) shared with one forked worker.

A fork inherits the inputs already in memory (frames, the coder's tables), so only the worker's result is
pickled back; the parent computes its own share meanwhile. Results come back in the order of the pieces,
so the output is the same whatever the number of workers (tests/lib/test_parallel.py).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TypeVar

Piece = TypeVar("Piece")
Result = TypeVar("Result")

WORKERS_VARIABLE = "MOIS_ESS_WORKERS"  # 1 keeps everything in the running process

# What the forked worker runs: set just before the fork, so the worker inherits the function and its pieces
# instead of receiving them pickled.
_TASK: tuple[Callable, Sequence, Callable | None] | None = None


class WorkersSettingError(ValueError):
    """MOIS_ESS_WORKERS is not a positive whole number."""


def worker_count() -> int:
    """Processes a stage may use: MOIS_ESS_WORKERS when set, else the cores this process may run on (two at
    most: the pieces are halves)."""
    configured = os.environ.get(WORKERS_VARIABLE, "").strip()
    if configured:
        if not configured.isdigit() or int(configured) < 1:
            raise WorkersSettingError(f"{WORKERS_VARIABLE}={configured!r} : un nombre entier ≥ 1 est attendu")
        return int(configured)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(2, usable)


def _run_piece(index: int):
    function, pieces, _ = _TASK
    return function(pieces[index])


def _run_after(index: int) -> None:
    _, pieces, after = _TASK
    after(pieces[index])


def map_pieces(
    function: Callable[[Piece], Result], pieces: Sequence[Piece], workers: int | None = None,
    first_done: Callable[[Result], None] | None = None, done: Callable[[Result], None] | None = None,
    after: Callable[[Piece], None] | None = None,
) -> list[Result]:
    """[function(piece) for piece in pieces], the first piece computed here and the others in one forked worker
    process when two workers are allowed. `first_done`, when given, is called here with the first piece's result
    before the others' are awaited (work on it overlaps the worker's, e.g. writing it), in one process or two alike.
    `done`, when given, is called here with every result in the pieces' order as soon as it is here, the first while
    the worker still computes and the others before the worker is awaited to end (writing them overlaps its exit).
    `after`, when given, is called with each piece in the process that computed it once its result is handed over
    (e.g. keeping a memo of it): the worker's results come back without waiting for it, and this process does its own
    before awaiting the others'; map_pieces returns when every `after` is done.
    A worker's exception is raised here; a worker that dies (killed, out of memory) or a platform without fork
    leaves the work to this process (the `after` of a piece the dead worker computed is then not done)."""
    global _TASK
    workers = worker_count() if workers is None else workers
    results = []

    def compute_here(piece: Piece) -> None:
        results.append(function(piece))
        if first_done is not None and len(results) == 1:
            first_done(results[0])
        if done is not None:
            done(results[-1])
        if after is not None:
            after(piece)

    if workers < 2 or len(pieces) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for piece in pieces:
            compute_here(piece)
        return results
    _TASK = (function, pieces, after)
    try:
        # gc.freeze first in the worker: what it inherited (the stage's inputs, the text caches, the coders) is never
        # walked by its collections, nor are those pages copied to write their collector headers.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=gc.freeze) as pool:
            try:
                others = [pool.submit(_run_piece, index) for index in range(1, len(pieces))]
                # Queued behind every piece: the worker hands each result back before doing any `after`.
                afters = [pool.submit(_run_after, index) for index in range(1, len(pieces))] if after else []
            except BrokenProcessPool:  # the worker died before it was handed every piece
                others, afters = [], []
            compute_here(pieces[0])
            try:
                for future in others:
                    results.append(future.result())
                    if done is not None:
                        done(results[-1])
                for future in afters:
                    future.result()
            except BrokenProcessPool:
                pass
            for piece in pieces[len(results):]:  # left by a worker that died
                compute_here(piece)
            return results
    finally:
        _TASK = None


class SecondProcess:
    """One worker forked at the first piece (inheriting what is in memory then, e.g. the coder's tables) that runs
    `function` on each piece handed to it, keeping its own state (caches) from one piece to the next; without a
    worker (`forked` False) every piece is computed here. See second_process."""

    def __init__(self, function: Callable[[Piece], Result], forked: bool):
        self._function = function
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                                         initializer=gc.freeze) if forked else None  # as in map_pieces

    def split_map(self, pieces: Sequence[Piece]) -> list[Result]:
        """[function(piece) for piece in pieces]: the pieces after the first go to the worker (pickled to it,
        their results pickled back) while this process computes the first. A worker that died leaves its
        pieces, and every later one, to this process; a worker's exception is raised here."""
        if len(pieces) < 2:
            return [self._function(piece) for piece in pieces]
        handed = self.hand(pieces[1:])
        return [self._function(pieces[0]), *handed.results()]

    def hand(self, pieces: Sequence[Piece]) -> Handed:
        """The pieces handed to the worker, which computes them while this process goes on (without a worker they
        are computed here when their results are asked for); Handed.results() waits for them. Pieces handed
        before are computed first."""
        global _TASK
        if self._pool is None:
            return Handed(self, pieces, [])
        _TASK = (self._function, (), None)  # read by the worker, which is forked at the first submit
        return Handed(self, pieces, [self._pool.submit(_run_handed, piece) for piece in pieces])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class Handed:
    """Pieces handed to a SecondProcess's worker (see SecondProcess.hand)."""

    def __init__(self, owner: SecondProcess, pieces: Sequence[Piece], futures: list) -> None:
        self._owner, self._pieces, self._futures = owner, pieces, futures

    def results(self) -> list[Result]:
        """function(piece) for each piece, in order; a worker that died leaves them, and every later piece, to this
        process; a worker's exception is raised here."""
        if not self._futures:
            return [self._owner._function(piece) for piece in self._pieces]
        try:
            return [future.result() for future in self._futures]
        except BrokenProcessPool:
            self._owner.close()
            return [self._owner._function(piece) for piece in self._pieces]


def _run_handed(piece):
    function, _, _ = _TASK
    return function(piece)


@contextmanager
def second_process(function: Callable[[Piece], Result], workers: int | None = None) -> Iterator[SecondProcess]:
    """A SecondProcess for `function`, with a worker when two workers are allowed and fork is available; the
    worker stops when the block ends."""
    global _TASK
    workers = worker_count() if workers is None else workers
    process = SecondProcess(function, forked=workers >= 2 and "fork" in multiprocessing.get_all_start_methods())
    try:
        yield process
    finally:
        process.close()
        _TASK = None


def halves(weights: dict, parts: int = 2) -> list[list]:
    """The keys of `weights` (e.g. editions and their record counts) in `parts` groups of about equal total
    weight, each group sorted; the heaviest key first (greedy), ties by key, so the split is deterministic."""
    groups: list[list] = [[] for _ in range(parts)]
    totals = [0] * parts
    for key in sorted(weights, key=lambda k: (-weights[k], k)):
        lightest = totals.index(min(totals))
        groups[lightest].append(key)
        totals[lightest] += weights[key]
    return [sorted(group) for group in groups if group]


# Below this many rows a stage stays in one process: forking and pickling a result back would cost more than
# the half of the work it saves.
PIECE_MIN_ROWS = 3_000


def edition_groups(frame, workers: int | None = None, min_rows: int | None = None) -> list[list] | None:
    """The editions of `frame` (with an `edition` column) in groups of about equal row counts, one per worker; None
    when the frame stays whole: it is small, holds one edition or one worker is allowed."""
    workers = worker_count() if workers is None else workers
    if workers < 2 or len(frame) < (PIECE_MIN_ROWS if min_rows is None else min_rows):
        return None
    groups = halves(frame["edition"].value_counts().to_dict(), parts=min(workers, 2))
    return groups if len(groups) >= 2 else None


def edition_piece(frame, editions: list):
    """The rows of `frame` whose edition is one of `editions`, in their order."""
    return frame[frame["edition"].isin(editions)]


def edition_pieces(frame, workers: int | None = None, min_rows: int | None = None) -> list:
    """`frame` (with an `edition` column) cut into whole editions of about equal row counts, one piece per
    worker (edition_groups); the frame itself as the only piece when it stays whole."""
    groups = edition_groups(frame, workers, min_rows)
    return [frame] if groups is None else [edition_piece(frame, group) for group in groups]
