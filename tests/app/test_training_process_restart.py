"""The window survives its training process: a killed trainer is replaced where it stopped."""
from __future__ import annotations

import multiprocessing
import os
import signal

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton

from nnviz.app import session_keeper as keeper
from nnviz.app.controller import TrainingController
from nnviz.app.worker import TrainingWorker
from nnviz.lab import remote_session
from window_helpers import config, wait_snapshot, window  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

RESTARTED = "Training restarted after the training process stopped."
WAIT_MS = 60_000


@pytest.fixture
def controller(qtbot):
    """A started controller with its notices collected in ``c.notices``."""
    made = []

    def make(cfg=None):
        c = TrainingController(cfg if cfg is not None else config())
        c.notices = []
        c.notice.connect(c.notices.append)
        made.append(c)
        c.start()
        qtbot.waitUntil(lambda: c.last_snapshot is not None, timeout=WAIT_MS)
        return c

    yield make
    for c in made:
        c.shutdown()
        assert not c.thread.isRunning()
    assert training_processes() == []


def training_processes():
    return [p for p in multiprocessing.active_children() if p.name == "nnviz-training"]


def wait(qtbot, c, predicate):
    qtbot.waitUntil(lambda: c.last_snapshot is not None and predicate(c.last_snapshot),
                    timeout=WAIT_MS)
    return c.last_snapshot


def kill_and_wait_for_successor(qtbot, c) -> int:
    """SIGKILL the training process; wait until another one trains. Returns the new pid."""
    pid = c.worker.process_id
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: c.worker.process_id not in (None, pid), timeout=WAIT_MS)
    return c.worker.process_id


def test_a_trainer_killed_while_paused_comes_back_with_the_same_state(qtbot, controller):
    c = controller()
    c.step_epochs(5)
    at_epoch_end = wait(qtbot, c, lambda s: s.epoch == 5)
    c.step_batches(3)  # mid-epoch
    before = wait(qtbot, c, lambda s: s.step == at_epoch_end.step + 3)
    kill_and_wait_for_successor(qtbot, c)
    qtbot.waitUntil(lambda: c.notices == [RESTARTED], timeout=WAIT_MS)
    after = wait(qtbot, c, lambda s: s.serial > before.serial)
    assert (after.epoch, after.step) == (before.epoch, before.step)
    for wa, wb in zip(before.weights, after.weights):
        np.testing.assert_array_equal(wa, wb)
    np.testing.assert_array_equal(after.train_loss, before.train_loss)
    assert not c.playing
    c.step_epochs(1)  # and it trains on
    wait(qtbot, c, lambda s: s.epoch == 6)


def test_a_trainer_killed_while_playing_is_replaced_and_keeps_playing(qtbot, controller):
    c = controller()
    c.set_playing(True)
    before = wait(qtbot, c, lambda s: s.epoch >= 20)
    kill_and_wait_for_successor(qtbot, c)
    qtbot.waitUntil(lambda: RESTARTED in c.notices, timeout=WAIT_MS)
    after = wait(qtbot, c, lambda s: s.serial > before.serial)
    assert after.epoch >= before.epoch  # continues from where it was, not from 0
    assert c.playing
    wait(qtbot, c, lambda s: s.epoch > after.epoch + 10 and s.status == "running")
    assert c.notices == [RESTARTED]


def test_three_deaths_within_a_minute_move_training_into_the_thread(qtbot, controller):
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.epoch >= 5)
    for _ in range(keeper.MAX_PROCESS_STOPS - 1):
        kill_and_wait_for_successor(qtbot, c)
    last = wait(qtbot, c, lambda s: True)
    os.kill(c.worker.process_id, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(c.notices) == keeper.MAX_PROCESS_STOPS, timeout=WAIT_MS)
    assert c.notices[:-1] == [RESTARTED] * (keeper.MAX_PROCESS_STOPS - 1)
    assert "3 times within a minute" in c.notices[-1]
    assert "inside the window" in c.notices[-1]
    qtbot.waitUntil(lambda: c.worker.process_id is None, timeout=WAIT_MS)
    assert c.playing
    after = wait(qtbot, c, lambda s: s.epoch > last.epoch + 5)
    assert after.status == "running"
    assert training_processes() == []


def test_deaths_spread_over_more_than_a_minute_only_restart(qtbot, controller, monkeypatch):
    monkeypatch.setattr(keeper, "RESTART_WINDOW_S", 0.0)  # every death is the first
    c = controller()
    for _ in range(keeper.MAX_PROCESS_STOPS + 1):
        kill_and_wait_for_successor(qtbot, c)
    qtbot.waitUntil(lambda: len(c.notices) == keeper.MAX_PROCESS_STOPS + 1,
                    timeout=WAIT_MS)
    assert set(c.notices) == {RESTARTED}


def test_closing_right_after_a_kill_leaves_no_process_behind(qtbot, controller):
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.epoch >= 3)
    os.kill(c.worker.process_id, signal.SIGKILL)
    c.shutdown()
    assert not c.thread.isRunning()
    assert training_processes() == []


needs_sigstop = pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")


@needs_sigstop
def test_a_trainer_that_stops_answering_is_replaced_and_keeps_playing(qtbot, controller,
                                                                     monkeypatch):
    monkeypatch.setattr(remote_session, "REPLY_TIMEOUT_S", 1.0)
    c = controller()
    c.set_playing(True)
    before = wait(qtbot, c, lambda s: s.epoch >= 5)
    pid = c.worker.process_id
    os.kill(pid, signal.SIGSTOP)  # alive and silent: only the missing answer tells
    qtbot.waitUntil(lambda: c.worker.process_id not in (None, pid), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: c.notices == [RESTARTED], timeout=WAIT_MS)
    wait(qtbot, c, lambda s: s.epoch > before.epoch + 5 and s.status == "running")
    assert c.playing


@needs_sigstop
def test_closing_while_the_trainer_is_silent_does_not_hang(qtbot, controller, monkeypatch):
    """The worker waits for an answer that never comes: closing kills the processes instead
    of waiting for the worker's thread for ever."""
    monkeypatch.setattr(remote_session, "REPLY_TIMEOUT_S", 3600.0)
    abandoned = []
    real_abandon = TrainingWorker.abandon
    monkeypatch.setattr(TrainingWorker, "abandon",
                        lambda self: (abandoned.append(True), real_abandon(self)))
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.epoch >= 3)
    os.kill(c.worker.process_id, signal.SIGSTOP)
    qtbot.wait(300)  # the worker's next call (every frame) now waits; nothing shows that
    c.shutdown(timeout_ms=500)
    assert not c.thread.isRunning()
    assert abandoned == [True]
    assert training_processes() == []


def test_the_window_says_the_trainer_was_restarted(qtbot, window):  # noqa: F811
    w = window()
    w.set_playing(True)
    wait_snapshot(qtbot, w, lambda s: s.epoch >= 3)
    kill_and_wait_for_successor(qtbot, w.controller)
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=WAIT_MS)
    assert w.banner.message() == RESTARTED
    restore = w.banner.findChild(QPushButton, "restore")
    assert not restore.isVisible()  # nothing to restore: the news is all there is
    assert w.transport.is_playing()
    assert RESTARTED in w.statusBar().currentMessage()


def test_a_step_sent_right_after_the_kill_is_not_lost(qtbot, controller):
    c = controller()
    c.step_epochs(2)
    before = wait(qtbot, c, lambda s: s.epoch == 2)
    os.kill(c.worker.process_id, signal.SIGKILL)
    c.step_batches(3)  # may reach the worker before it noticed the death
    wait(qtbot, c, lambda s: s.step == before.step + 3)
    assert c.notices == [RESTARTED]
