"""Session: learning, epochs, history, determinism, reset."""
import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.session import Session

from lab_helpers import FAST


@pytest.mark.parametrize("dataset", ["circle", "xor"])
def test_learns_to_low_test_loss(dataset):
    session = Session(ExperimentConfig().with_dataset(dataset))
    start = session.snapshot(grids=False)
    session.step_epochs(150)
    # An untrained or broken loop sits near ln 2 = 0.69; a working one goes far below.
    assert session.history.last("test_loss") < 0.1
    assert session.history.last("test_metric") >= 0.95
    assert session.epoch == 150 and session.status == "idle"
    assert not np.allclose(start.dense_weights[0][0], session.model.layers[0].kernel)


def test_multiclass_and_regression_learn():
    blobs = Session(ExperimentConfig().with_dataset("blobs", n_classes=4))
    blobs.step_epochs(40)
    assert blobs.model.layers[-1].units == 4
    assert blobs.history.last("test_metric") > 0.9
    plane = Session(ExperimentConfig().with_dataset("plane"))
    plane.step_epochs(40)
    assert plane.history.last("test_loss") < 0.02
    assert np.isnan(plane.history.last("test_metric"))


def test_epochs_are_whole_passes_with_a_partial_last_batch():
    config = FAST.with_training(batch_size=30)  # 100 training points: 30+30+30+10
    session = Session(config)
    assert session.batches_per_epoch == 4
    assert session.step(3) == 3
    assert (session.epoch, session.step_count, len(session.history)) == (0, 3, 0)
    session.step(1)
    assert (session.epoch, session.step_count, len(session.history)) == (1, 4, 1)
    session.step(10)
    assert (session.epoch, session.step_count, len(session.history)) == (3, 14, 3)
    assert session.batch_in_epoch == 2
    assert session.step_epochs(2) == 2 + 4
    assert session.epoch == 5 and session.batch_in_epoch == 0
    np.testing.assert_array_equal(session.snapshot(grids=False).epochs, [1, 2, 3, 4, 5])


def test_history_grows_per_epoch_and_stays_bounded():
    session = Session(FAST.with_training(batch_size=100), history_limit=64)
    for epochs in (1, 5, 20):
        session.step_epochs(1 if epochs == 1 else epochs - session.epoch)
        snap = session.snapshot(grids=False)
        assert len(snap.epochs) == len(snap.train_loss) == len(snap.test_loss) == epochs
        assert len(snap.train_metric) == len(snap.test_metric) == epochs
    session.step_epochs(500)
    snap = session.snapshot(grids=False)
    assert len(snap.epochs) <= 64
    assert snap.epochs[0] == 1 and snap.epochs[-1] == 520 == session.epoch


def test_same_config_gives_identical_runs():
    config = FAST.with_network(hidden=(LayerConfig(5, "relu", dropout=0.2),
                                       LayerConfig(3, "tanh", batch_norm=True)))
    runs = []
    for _ in range(2):
        session = Session(config)
        session.step(37)
        session.snapshot()  # looking must not change the run
        session.step(40)
        runs.append(session.snapshot(grids=False))
    for a, b in zip(runs[0].weights, runs[1].weights):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(runs[0].train_loss, runs[1].train_loss)


def test_different_seed_gives_different_weights():
    a = Session(FAST).snapshot(grids=False).weights[0]
    b = Session(FAST.with_training(seed=1)).snapshot(grids=False).weights[0]
    assert not np.array_equal(a, b)


def test_reset_gives_new_weights_same_data_and_clears_history():
    session = Session(FAST)
    first = session.snapshot(grids=False)
    session.step_epochs(3)
    session.reset()
    after = session.snapshot(grids=False)
    assert (after.epoch, after.step, len(after.epochs)) == (0, 0, 0)
    assert after.data is first.data
    assert not np.array_equal(after.weights[0], first.weights[0])
    session.reset()
    assert not np.array_equal(session.snapshot(grids=False).weights[0], after.weights[0])


def test_run_for_trains_for_about_the_time_given():
    session = Session(FAST)
    done = session.run_for(0.05)
    assert done > 0 and session.step_count == done
    assert session.run_for(0) >= 1  # at least one chunk


def test_step_zero_or_negative_does_nothing():
    session = Session(FAST)
    assert session.step(0) == 0 and session.step(-3) == 0 and session.step_count == 0


def test_looking_does_not_change_a_run_with_dropout():
    config = FAST.with_network(hidden=(LayerConfig(6, "relu", dropout=0.3), LayerConfig(3)))
    watched, unwatched = Session(config), Session(config)
    for _ in range(5):
        watched.step(7)
        watched.snapshot()
        watched.gradients()
        unwatched.step(7)
    for a, b in zip(watched.model.get_weights(), unwatched.model.get_weights()):
        np.testing.assert_array_equal(a, b)
