"""TrainingController + TrainingWorker with a real Session: commands, errors, thread ownership."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from nnviz.app.controller import TrainingController
from nnviz.lab.snapshot import STATUS_DIVERGED
from window_helpers import config


@pytest.fixture
def controller(qtbot):
    made = []

    def make(cfg=None):
        c = TrainingController(cfg if cfg is not None else config())
        made.append(c)
        c.start()
        qtbot.waitUntil(lambda: c.last_snapshot is not None, timeout=30_000)
        return c

    yield make
    for c in made:
        c.shutdown()
        assert not c.thread.isRunning()


def wait(qtbot, c, predicate, timeout=60_000):
    qtbot.waitUntil(lambda: c.last_snapshot is not None and predicate(c.last_snapshot),
                    timeout=timeout)
    return c.last_snapshot


def test_worker_lives_in_its_own_thread(qtbot, controller):
    c = controller()
    assert c.worker.thread() is c.thread
    assert c.thread is not QThread.currentThread()


def test_steps_and_epochs_are_exact(qtbot, controller):
    c = controller()
    c.step_batches(3)
    snap = wait(qtbot, c, lambda s: s.step == 3)
    assert snap.epoch == 0
    c.step_epochs(2)
    snap = wait(qtbot, c, lambda s: s.epoch == 2)
    assert len(snap.train_loss) == 2


def test_bad_commands_report_errors_and_training_goes_on(qtbot, controller):
    c = controller()
    with qtbot.waitSignal(c.error, timeout=10_000) as blocker:
        c.set_weight(7, 0, 0, 1.0)
    assert "dense_index" in blocker.args[0]
    # Refused, and the controls get the config in force back (after the edit itself).
    with qtbot.waitSignals([c.config_changed, c.error, c.config_changed], timeout=10_000,
                           order="strict",
                           check_params_cbs=[lambda cfg: cfg == "not a config", None,
                                             lambda cfg: cfg == config()]):
        c.apply_config("not a config")
    assert c.config == config()
    c.step_batches(1)
    wait(qtbot, c, lambda s: s.step == 1)


def test_weight_edit_reaches_the_model(qtbot, controller):
    c = controller()
    c.set_weight(0, 1, 2, 0.75)
    c.set_weight(2, -1, 0, -1.5)
    snap = wait(qtbot, c, lambda s: s.dense_weights[0][0][1, 2] == pytest.approx(0.75))
    assert snap.dense_weights[2][1][0] == pytest.approx(-1.5)


def test_speed_limit_still_trains_and_pauses(qtbot, controller):
    c = controller()
    c.set_speed(50.0)
    c.set_playing(True)
    qtbot.waitUntil(lambda: c.playing, timeout=10_000)
    snap = wait(qtbot, c, lambda s: s.step >= 3)
    assert snap.status == "running"
    c.set_playing(False)
    qtbot.waitUntil(lambda: not c.playing, timeout=10_000)
    paused = wait(qtbot, c, lambda s: s.status == "idle")
    c.request_snapshot()
    qtbot.wait(50)
    assert c.last_snapshot.step == paused.step


def test_a_speed_limit_set_while_playing_at_full_speed_holds(qtbot, controller):
    import time
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.step >= 200)  # the training process trains on its own
    shown = c.last_snapshot
    c.set_speed(2.0)
    first = wait(qtbot, c, lambda s: s.serial > shown.serial)  # maybe asked before the limit
    limited = wait(qtbot, c, lambda s: s.serial > first.serial)  # asked for after it
    since = time.perf_counter()
    qtbot.wait(500)
    later = wait(qtbot, c, lambda s: s.serial > limited.serial)
    elapsed = time.perf_counter() - since
    # 2 steps a second plus at most one of catch-up, where full speed ran thousands
    assert later.step - limited.step <= 2 + 2.0 * elapsed
    assert c.playing


def test_divergence_pauses_and_restore_brings_back_finite_weights(qtbot, controller):
    c = controller(config("plane", (4, 2), "linear", problem="regression",
                          learning_rate=10.0))
    with qtbot.waitSignal(c.playing_changed, timeout=10_000):
        c.set_playing(True)
    snap = wait(qtbot, c, lambda s: s.status == STATUS_DIVERGED)
    qtbot.waitUntil(lambda: not c.playing, timeout=10_000)
    with qtbot.waitSignal(c.error, timeout=10_000):
        c.set_playing(True)  # refused while diverged
    c.restore_last_good()
    restored = wait(qtbot, c, lambda s: s.status != STATUS_DIVERGED)
    assert restored.epoch <= snap.epoch


def test_structural_config_change_rebuilds(qtbot, controller):
    c = controller()
    new = config("spiral", (8, 8))
    c.apply_config(new)
    snap = wait(qtbot, c, lambda s: s.config == new)
    assert [k.shape for k, _ in snap.dense_weights] == [(2, 8), (8, 8), (8, 1)]
    assert c.config == new


def test_shutdown_twice_is_harmless(qtbot, controller):
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.step > 10)
    c.shutdown()
    c.shutdown()
    assert c.thread.isFinished()


def test_without_a_training_process_the_worker_trains_in_its_thread(qtbot, controller,
                                                                      monkeypatch):
    import nnviz.lab.remote_session as remote

    def refuse(config, **options):
        raise remote.TrainingProcessError("no processes here")

    monkeypatch.setattr(remote, "RemoteSession", refuse)
    notices = []
    c = TrainingController(config())
    c.notice.connect(notices.append)
    c.start()
    try:
        qtbot.waitUntil(lambda: c.last_snapshot is not None, timeout=30_000)
        assert not getattr(c.worker.session, "remote", False)
        assert c.worker.process_id is None
        c.step_epochs(2)
        wait(qtbot, c, lambda s: s.epoch == 2)
        qtbot.waitUntil(lambda: len(notices) == 1)
        assert "inside the window" in notices[0] and "no processes here" in notices[0]
    finally:
        c.shutdown()


def test_the_next_frame_is_fetched_while_the_window_paints_this_one(qtbot, controller):
    """A frame asks for the next at once, to be taken one frame interval later: the worker
    waits for that moment in its own thread, so a slow paint does not delay the next fetch
    (a timer in the window fired only after painting: [16]x8 drew 45 frames a second)."""
    import time
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.step >= 20)
    stats = c.worker.stats
    fetched_while_painting = []

    def paint(_snap):  # a paint that keeps the GUI thread busy for up to 2 s
        if fetched_while_painting:
            return
        before, deadline = stats["snapshots"], time.monotonic() + 2.0
        while stats["snapshots"] == before and time.monotonic() < deadline:
            time.sleep(0.005)
        fetched_while_painting.append(stats["snapshots"] > before)

    c.snapshot_ready.connect(paint)
    qtbot.waitUntil(lambda: bool(fetched_while_painting), timeout=10_000)
    c.snapshot_ready.disconnect(paint)
    assert fetched_while_painting == [True]


def test_a_frame_that_comes_while_one_is_drawn_is_drawn_after_it_not_inside_it(qtbot,
                                                                               controller):
    """Drawing a frame delivers posted events, and the next frame may be one of them (the
    worker fetches it meanwhile): it waits its turn instead of nesting, frame in frame, until
    Python's recursion limit (seen on a loaded machine)."""
    c = controller()
    c.set_playing(True)
    wait(qtbot, c, lambda s: s.step >= 20)
    depth, deepest, drawn = [0], [0], []

    def paint(snap):  # slow enough that the next frame is due before it ends
        depth[0] += 1
        deepest[0] = max(deepest[0], depth[0])
        drawn.append(snap.serial)
        before = c.worker.stats["snapshots"]
        while c.worker.stats["snapshots"] == before and len(drawn) < 30:
            QThread.msleep(2)
        QApplication.sendPostedEvents()  # what drawing does: the next frame may come now
        depth[0] -= 1

    c.snapshot_ready.connect(paint)
    qtbot.waitUntil(lambda: len(drawn) >= 20, timeout=30_000)
    c.snapshot_ready.disconnect(paint)
    assert deepest[0] == 1
    assert drawn == sorted(drawn)  # in order, none drawn twice
    assert len(set(drawn)) == len(drawn)


def test_a_request_while_one_waits_for_its_moment_gets_one_answer_for_both(qtbot):
    """Two answers would start two chains of requests (frames came at 75-81 a second)."""
    import time

    from nnviz.app.worker import TrainingWorker
    from nnviz.lab.session import Session
    worker = TrainingWorker(config(), session_factory=Session)  # in this thread: timers run
    worker.start()
    answers = []
    worker.snapshot_ready.connect(answers.append)
    try:
        due = time.perf_counter() + 0.3
        worker.request_snapshot(due)  # waits for its moment
        assert answers == []
        worker.request_snapshot()     # meanwhile, one for now
        assert len(answers) == 1      # answered now, for both
        qtbot.wait(int((due - time.perf_counter()) * 1000) + 200)
        assert len(answers) == 1      # and the waiting one does not answer again
        worker.request_snapshot(time.perf_counter() + 0.05)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5_000)  # alone, it answers in time
    finally:
        worker.stop()
