"""RemoteSession trains in a child process and behaves exactly like an in-process Session."""
import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.remote_session import RemoteSession, TrainingProcessError
from nnviz.lab.session import Session


@pytest.fixture
def config():
    return ExperimentConfig().with_data(dataset="xor", n_points=200).with_network(
        hidden=(LayerConfig(4), LayerConfig(2)))


@pytest.fixture
def remote(config):
    session = RemoteSession(config)
    yield session
    session.close()


def test_remote_training_gives_the_same_weights_as_in_process(config, remote):
    local = Session(config)
    for session in (local, remote):
        session.step(37)
        session.step_epochs(2)
        session.set_weight(0, 1, 2, -3.5)
        session.step(5)
    a, b = local.snapshot(grids=False), remote.snapshot(grids=False)
    assert remote.step_count == local.step_count == b.step
    assert remote.epoch == local.epoch == b.epoch
    for wa, wb in zip(a.weights, b.weights):
        np.testing.assert_array_equal(wa, wb)
    np.testing.assert_array_equal(a.train_loss, b.train_loss)


def test_points_cross_once_and_keep_their_identity(remote):
    first = remote.snapshot(resolution=20)
    remote.step(3)
    second = remote.snapshot(resolution=20)
    assert first.data is not None and second.data is first.data
    assert second.boundary.shape == (20, 20)
    assert remote.apply(remote.config.with_data(n_points=300)) is True
    third = remote.snapshot(resolution=20)
    assert third.data is not first.data
    assert len(third.data.points_train) + len(third.data.points_test) == 300


def test_errors_raised_in_the_child_are_raised_here_and_change_nothing(remote):
    before = remote.snapshot(grids=False)
    with pytest.raises(ValueError, match="dense_index"):
        remote.set_weight(9, 0, 0, 1.0)
    after = remote.snapshot(grids=False)
    for wa, wb in zip(before.weights, after.weights):
        np.testing.assert_array_equal(wa, wb)
    assert remote.alive


def test_divergence_is_reported_through_status():
    regression = ExperimentConfig().with_dataset("plane", n_points=200).with_network(
        hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu"))).with_training(
        learning_rate=0.01)
    session = RemoteSession(regression)
    try:
        session.step_epochs(2)
        session.apply(regression.with_training(learning_rate=10.0))
        assert session.step(5000) < 5000
        assert session.status == "diverged"
        assert "learning rate" in session.message
        assert session.restore_last_good() is True
        assert session.status != "diverged"
    finally:
        session.close()


def test_a_dead_training_process_becomes_an_error_not_a_hang(remote):
    remote._process.kill()
    remote._process.join(5)
    with pytest.raises(TrainingProcessError):
        remote.step(1)
    assert remote.status == "error"
    remote.close()  # closing a dead session is fine


def test_close_ends_the_child_process(config):
    session = RemoteSession(config)
    process = session._process
    session.close()
    assert not process.is_alive()
    assert not session.alive
    with pytest.raises(TrainingProcessError):
        session.step(1)
