"""Fewer cyclic garbage collections while a stage builds many objects that stay alive until it ends."""

import contextlib
import gc

# Reading or normalising tens of thousands of records allocates millions of small containers (dicts, lists,
# parsed cells) that stay referenced until the stage ends. At CPython's default thresholds (700, 10, 10) the
# collector walks them, and every older object of the process, again and again for nothing: about a quarter
# of raw_events' time on the sample. Reference counting still frees them; reference cycles are found at the
# next, rarer collection, so memory stays bounded (a disabled collector would keep every cycle to the end).
STAGE_THRESHOLDS = (50_000, 20, 20)


@contextlib.contextmanager
def fewer_collections(thresholds: tuple[int, int, int] = STAGE_THRESHOLDS):
    """Run the block with the collector's thresholds raised to at least `thresholds`, restored after."""
    previous = gc.get_threshold()
    gc.set_threshold(*(max(stage, before) for stage, before in zip(thresholds, previous, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextlib.contextmanager
def settled_heap():
    """Within the block, `settle()` moves every object alive now (Dagster's definitions, the reference tables,
    what earlier stages keep) out of the collector's reach: a full collection then walks only what the next
    stage creates, not the hundreds of thousands of objects that live until the run ends (about half of the
    full collections' time on the sample). Everything is handed back to the collector when the block ends."""
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def inherited_frozen(function, *arguments):
    """`function(*arguments)`, in a forked child, after freezing what it inherited from its parent: the child's
    collections then never walk those objects, nor copy their pages to write their collector headers."""
    gc.freeze()
    return function(*arguments)


def drop_tracebacks(error: BaseException) -> None:
    """`error` and the exceptions it chains (cause, context) forget their tracebacks. A traceback holds the frames
    the error went through, each frame its locals and its caller's frame: an error kept beside what was being built
    (in a list of rejections, in a parsed document) closes a reference cycle through those frames, which keeps all
    of it alive until a collection of the cyclic collector finds it."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
