"""RemoteSession trains in a child process and behaves exactly like an in-process Session."""
import os
import signal

import numpy as np
import pytest

from nnviz.lab import remote_session
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
    # the optimizer's state comes along (the backprop instrument's next step needs it)
    assert a.optimizer_state[0] == b.optimizer_state[0] == local.model.optimizer.iterations > 0
    assert sorted(a.optimizer_state[1]) == sorted(b.optimizer_state[1]) != []
    for i, slots in a.optimizer_state[1].items():
        for sa, sb in zip(slots, b.optimizer_state[1][i], strict=True):
            np.testing.assert_array_equal(sa, sb)


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


def test_a_killed_process_says_how_it_ended(remote):
    remote.step(3)
    os.kill(remote.pid, signal.SIGKILL)
    with pytest.raises(TrainingProcessError, match="stopped unexpectedly"):
        remote.step(1)
    assert not remote.alive
    assert remote.exit_description == "killed by SIGKILL"
    remote.close()


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_process_that_stops_answering_is_killed_and_reported(remote, monkeypatch):
    monkeypatch.setattr(remote_session, "REPLY_TIMEOUT_S", 0.5)
    remote.step(3)
    os.kill(remote.pid, signal.SIGSTOP)  # alive, but silent
    with pytest.raises(TrainingProcessError, match="stopped answering"):
        remote.step(1)
    assert not remote.alive and remote._process.exitcode == -signal.SIGKILL
    assert remote.exit_description == "killed after not answering for 0.5 s"
    assert remote.status == "error"
    remote.close()


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_close_ends_a_stopped_process_too(config):
    session = RemoteSession(config)
    process = session._process
    os.kill(session.pid, signal.SIGSTOP)  # ignores the quit message and SIGTERM
    session.close(timeout=0.2)
    assert not process.is_alive()


def test_a_new_process_continues_from_the_last_checkpoint(config, remote):
    remote.step_epochs(3)
    remote.step(4)
    before = remote.snapshot(grids=False)
    os.kill(remote.pid, signal.SIGKILL)
    with pytest.raises(TrainingProcessError):
        remote.step(1)
    successor = RemoteSession(remote.config, checkpoint=remote.checkpoint)
    try:
        assert successor.pid != remote.pid
        after = successor.snapshot(grids=False)
        assert (after.epoch, after.step) == (before.epoch, before.step) == (3, before.step)
        assert after.serial > before.serial
        for wa, wb in zip(before.weights, after.weights):
            np.testing.assert_array_equal(wa, wb)
        np.testing.assert_array_equal(after.train_loss, before.train_loss)
        # It trains on exactly as the dead one would have (optimizer state and order kept).
        local = Session(config)
        local.step_epochs(3)
        local.step(4)
        local.step(25)
        successor.step(25)
        for wa, wb in zip(local.snapshot(grids=False).weights,
                          successor.snapshot(grids=False).weights):
            np.testing.assert_array_equal(wa, wb)
    finally:
        successor.close()


def test_a_new_process_runs_the_config_applied_after_the_checkpoint(config, remote):
    remote.step_epochs(2)
    remote.snapshot(grids=False)
    faster = config.with_training(learning_rate=0.1)
    remote.apply(faster)
    os.kill(remote.pid, signal.SIGKILL)
    remote._process.join(5)
    successor = RemoteSession(remote.config, checkpoint=remote.checkpoint)
    try:
        assert successor.config == faster
        assert successor.epoch == 2
        assert successor.snapshot(grids=False).learning_rate == pytest.approx(0.1)
    finally:
        successor.close()


def test_the_training_process_ignores_ctrl_c(remote):
    os.kill(remote.pid, signal.SIGINT)
    assert remote.step(5) == 5
    assert remote.alive


def _until(predicate, timeout_s=30.0):
    """Poll ``predicate`` (which asks the child something) until it holds."""
    import time
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "the training process did not get there"
        time.sleep(0.01)


def _status(session) -> str:
    """The child's status now (asking what it trained brings it up to date)."""
    session.trained()
    return session.status


def test_training_on_its_own_is_the_same_training_and_stops_with_running(config, remote):
    remote.running = True
    assert remote.train_continuously(True) == 0
    trained = [0]

    def more():
        trained[0] += remote.trained()
        return remote.epoch >= 3
    _until(more)
    remote.running = False  # stops training on its own too
    trained[0] += remote.trained()
    steps = remote.step_count
    assert trained[0] == steps > 0  # every batch counted once
    assert remote.trained() == 0 and remote.step_count == steps  # and it stays stopped
    local = Session(config)
    local.step(steps)
    for wa, wb in zip(local.snapshot(grids=False).weights,
                      remote.snapshot(grids=False).weights):
        np.testing.assert_array_equal(wa, wb)


def test_without_running_the_child_does_not_train_on_its_own(remote):
    assert remote.train_continuously(True) == 0
    remote.step(2)  # a request answered meanwhile
    assert remote.trained() == 0 and remote.step_count == 2


def test_training_on_its_own_stops_at_a_stop_rule_until_asked_again(config):
    session = RemoteSession(config.with_training(stop_rule="epochs", stop_epochs=3))
    try:
        session.running = True
        session.train_continuously(True)
        _until(lambda: _status(session) == "stopped")
        assert session.epoch == 3
        step = session.step_count
        assert session.trained() == 0 and session.step_count == step  # it waits there
        session.train_continuously(True)  # like Play: goes on past the rule, to the next stop
        assert session.status == "running"  # at once, so the window does not pause again
        _until(lambda: _status(session) == "stopped" and session.epoch == 6)
    finally:
        session.close()


def test_training_on_its_own_stops_when_the_model_diverges():
    regression = ExperimentConfig().with_dataset("plane", n_points=200).with_network(
        hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu"))).with_training(
        learning_rate=10.0)
    session = RemoteSession(regression)
    try:
        session.running = True
        session.train_continuously(True)
        _until(lambda: _status(session) == "diverged")
        step = session.step_count
        assert session.trained() == 0 and session.step_count == step
    finally:
        session.close()


def test_training_on_its_own_waits_for_points_and_then_trains_them():
    points = [(-4.0, 1.0), (-3.0, -2.0), (-5.0, 0.5), (4.0, 1.0), (3.0, -2.0), (5.0, 0.5)]
    empty = ExperimentConfig().with_custom_data([], [])
    session = RemoteSession(empty)
    try:
        session.running = True
        session.train_continuously(True)
        assert session.trained() == 0 and session.status == "running"
        session.apply(empty.with_custom_data(points, [0, 0, 0, 1, 1, 1]))  # drawn meanwhile
        _until(lambda: session.trained() > 0)
    finally:
        session.close()


def test_a_profiled_training_process_writes_its_statistics_when_it_ends(config, tmp_path,
                                                                       monkeypatch):
    import pstats
    from nnviz.lab.remote_session import PROFILE_ENV
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "training"))
    session = RemoteSession(config)
    session.step(5)
    pid = session.pid
    session.close()
    stats = pstats.Stats(str(tmp_path / f"training.{pid}"))
    assert any(name == "step" for _, _, name in stats.stats)  # Session.step ran in there
