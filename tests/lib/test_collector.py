import gc

import pytest

from assets.lib.collector import STAGE_THRESHOLDS, fewer_collections


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
