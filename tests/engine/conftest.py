"""Engine-test fixtures: float64 for gradient checks, float32 restored afterwards."""
import pytest


@pytest.fixture
def float64():
    """Switch the engine to float64 for the test; float32 (the default) is restored after."""
    from nnviz.engine import backend

    backend.set_floatx("float64")
    try:
        yield
    finally:
        backend.set_floatx("float32")


@pytest.fixture(autouse=True)
def _floatx_is_float32_outside_fixture():
    """Guard: every engine test starts in the default float32 and leaves it that way."""
    from nnviz.engine import backend

    backend.set_floatx("float32")
    yield
    backend.set_floatx("float32")
