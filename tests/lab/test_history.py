"""TrainingHistory: whole run visible in bounded memory."""
import numpy as np
import pytest

from nnviz.lab.history import TrainingHistory


def test_every_epoch_kept_below_the_limit():
    h = TrainingHistory(limit=100)
    for e in range(1, 51):
        h.append(e, 1.0 / e, 2.0 / e, 0.5, 0.25)
    a = h.arrays()
    assert len(h) == 50
    np.testing.assert_array_equal(a["epochs"], np.arange(1, 51))
    np.testing.assert_allclose(a["test_loss"], 2.0 / np.arange(1, 51))
    assert h.last("train_loss") == pytest.approx(1 / 50)


@pytest.mark.parametrize("total", [101, 1000, 12_345, 50_000])
def test_decimation_keeps_first_last_bounded_and_even(total):
    h = TrainingHistory(limit=100)
    for e in range(1, total + 1):
        h.append(e, float(e), float(-e))
    epochs = h.arrays()["epochs"]
    assert len(epochs) <= 100
    assert len(epochs) >= 50
    assert epochs[0] == 1 and epochs[-1] == total
    assert np.all(np.diff(epochs) > 0)
    gaps = np.diff(epochs[:-1])
    assert gaps.min() == gaps.max()  # evenly spaced except the newest point
    np.testing.assert_array_equal(h.column("train_loss"), epochs.astype(float))
    np.testing.assert_array_equal(h.column("test_loss"), -epochs.astype(float))


def test_arrays_are_copies_and_clear_empties():
    h = TrainingHistory(limit=10)
    h.append(1, 0.5, 0.6)
    a = h.arrays()
    h.append(2, 0.1, 0.2)
    assert len(a["epochs"]) == 1 and a["train_loss"][0] == 0.5
    assert np.isnan(a["train_metric"][0])
    h.clear()
    assert len(h) == 0 and np.isnan(h.last("train_loss"))


def test_limit_is_checked():
    with pytest.raises(ValueError, match="limit"):
        TrainingHistory(limit=2)
