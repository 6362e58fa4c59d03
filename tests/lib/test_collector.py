import gc

import pytest

from assets.lib.collector import STAGE_THRESHOLDS, fewer_collections, settled_heap


def test_thresholds_are_raised_inside_and_restored_after_even_on_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert all(t >= s for t, s in zip(gc.get_threshold(), STAGE_THRESHOLDS, strict=True))
        with fewer_collections():  # nested stages keep the raised thresholds, then give them back
            pass
        assert all(t >= s for t, s in zip(gc.get_threshold(), STAGE_THRESHOLDS, strict=True))
        raise RuntimeError("a failing stage")
    assert gc.get_threshold() == before
    assert gc.isenabled()


def test_a_stage_may_ask_for_higher_thresholds_and_gets_them_back():
    before = gc.get_threshold()
    with fewer_collections():
        with fewer_collections((2_000_000, 20, 20)):
            assert gc.get_threshold()[0] >= 2_000_000
        assert gc.get_threshold()[0] < 2_000_000  # the enclosing stage's, not the inner one's
    assert gc.get_threshold() == before


class _Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_a_settled_heap_leaves_old_objects_alone_and_hands_everything_back_even_on_error():
    import weakref

    old = _Node()
    with pytest.raises(RuntimeError), settled_heap() as settle:
        settle()
        assert gc.get_freeze_count() > 0
        young = weakref.ref(_Node())  # created after settle(): still collected within the block
        gc.collect()
        assert young() is None
        old_ref = weakref.ref(old)
        del old
        gc.collect()
        assert old_ref() is not None  # frozen: a cycle that was alive at settle() waits for the block's end
        raise RuntimeError("a failing stage")
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert old_ref() is None
