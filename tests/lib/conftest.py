import pytest

from assets.lib.dedup import CommuneIndex


@pytest.fixture(scope="session")
def index() -> CommuneIndex:
    """The dedup's commune index over the vendored reference, built once per test process (read only)."""
    return CommuneIndex.from_reference()
