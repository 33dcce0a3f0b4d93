"""SessionKeeper on its own (no threads): replacing a dead training process, and when not to."""
from __future__ import annotations

import os
import signal

import numpy as np
import pytest

from nnviz.app import session_keeper
from nnviz.app.session_keeper import SessionKeeper
from nnviz.lab.remote_session import TrainingProcessError
from nnviz.lab.session import Session
from window_helpers import config

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.fixture
def keeper():
    notices = []
    k = SessionKeeper(notify=notices.append)
    k.notices = notices
    k.open(config())
    yield k
    k.close()


def kill(k: SessionKeeper) -> None:
    os.kill(k.process_id, signal.SIGKILL)
    k.session._process.join(10)


def test_a_call_on_a_dead_process_runs_in_its_successor(keeper):
    keeper.call("step_epochs", 3)
    keeper.call("snapshot", False, 10)
    weights = keeper.session.checkpoint.weights
    old_pid = keeper.process_id
    kill(keeper)
    assert keeper.call("step", 0) == 0  # answered by the successor
    assert keeper.process_id not in (None, old_pid)
    assert keeper.notices == ["Training restarted after the training process stopped."]
    snap = keeper.call("snapshot", False, 10)
    assert snap.epoch == 3
    for a, b in zip(weights, snap.weights):
        np.testing.assert_array_equal(a, b)


def test_check_notices_a_dead_process_without_a_call(keeper):
    keeper.set_running(True)
    kill(keeper)
    keeper.check()
    assert keeper.session.alive and keeper.session.running
    assert len(keeper.notices) == 1


def test_after_three_quick_deaths_the_session_is_local(keeper):
    for _ in range(session_keeper.MAX_PROCESS_STOPS):
        kill(keeper)
        keeper.check()
    assert isinstance(keeper.session, Session) and keeper.process_id is None
    assert "3 times within a minute" in keeper.notices[-1]
    keeper.open(config("xor"))  # later sessions stay in this thread too
    assert isinstance(keeper.session, Session)


def test_nothing_is_restarted_after_close(keeper):
    session = keeper.session
    keeper.close()
    with pytest.raises(TrainingProcessError):
        keeper.call("step", 1)
    assert keeper.session is session and not session.alive
    assert keeper.notices == []


def test_a_bad_config_keeps_the_session_in_force(keeper):
    session = keeper.session
    with pytest.raises(TypeError):
        keeper.open("not a config")
    assert keeper.session is session and session.alive
