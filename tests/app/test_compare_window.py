"""The A/B comparison window, driven like a user: same first weights, lockstep, edits."""
from __future__ import annotations

import os
import signal

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.app.compare.window import CompareWindow
from nnviz.lab import remote_session
from nnviz.lab.compare import start_pair
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.session import Session

from window_helpers import WAIT_MS, wait_snapshot, window  # noqa: F401 - fixture

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def compare(qtbot):
    """``make(pair=None)`` -> a shown CompareWindow training in threads, closed after."""
    made = []

    def make(pair=None):
        w = CompareWindow(pair or start_pair(ExperimentConfig()), session_factory=Session)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        wait_frame(qtbot, w)
        return w

    yield make
    for w in made:
        w.close()
        w.shutdown()


def frame(w):
    return w.runner.last_frame


def wait_frame(qtbot, w, predicate=lambda a, b: True):
    qtbot.waitUntil(lambda: frame(w)[0] is not None and predicate(*frame(w)), timeout=WAIT_MS)
    return frame(w)


def kernels(snap):
    return [k for k, _b in snap.dense_weights]


def same_weights(a, b) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(kernels(a), kernels(b)))


def choose(qtbot, combo, text):
    """Pick ``text`` in ``combo`` with the keyboard, as a user tabbing through would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_opened_from_the_playground_both_runs_start_from_its_weights(qtbot, window):
    w = window()
    start = wait_snapshot(qtbot, w)
    w.compare.action.trigger()
    c = w.compare.compare_window
    a, b = wait_frame(qtbot, c)
    assert a.epoch == b.epoch == 0
    assert same_weights(a, start) and same_weights(b, start)
    pids = [k.process_id for k in c.runner.worker._keepers.values()]
    assert all(pids) and len(set(pids)) == 2  # each run in its own training process

    choose(qtbot, c.columns["B"].form.optimizer, "Adam")
    qtbot.waitUntil(lambda: c.pair.b.training.optimizer == "adam", timeout=WAIT_MS)
    for _ in range(3):
        qtbot.mouseClick(c.step_button, Qt.MouseButton.LeftButton)
    a, b = wait_frame(qtbot, c, lambda a, b: a.epoch == 3 and b.epoch == 3)
    assert not same_weights(a, b)  # same start, other optimizer: other weights now
    assert "SGD vs Adam" in c.chart.title.text()
    assert c.chart.legend_texts()[2].startswith("B · optimizer Adam")
    assert c.epoch_label.text() == "Epoch 3"

    os.kill(pids[1], signal.SIGKILL)  # run B's training process dies: B goes on in a new one
    qtbot.mouseClick(c.step_button, Qt.MouseButton.LeftButton)
    a, b = wait_frame(qtbot, c, lambda a, b: a.epoch == 4 and b.epoch == 4)
    assert "restarted" in c.status.text()
    assert c.runner.worker._keepers["B"].process_id not in pids
    pids = [k.process_id for k in c.runner.worker._keepers.values()]

    w.close()  # the playground takes its comparison and its processes with it
    for pid in pids:
        qtbot.waitUntil(lambda p=pid: not _alive(p), timeout=WAIT_MS)


def test_closing_the_comparison_ends_its_training_processes(qtbot, window):
    w = window()
    c = w.compare.open()
    wait_frame(qtbot, c)
    pids = [k.process_id for k in c.runner.worker._keepers.values()]
    assert all(pids)
    c.close()
    for pid in pids:
        qtbot.waitUntil(lambda p=pid: not _alive(p), timeout=WAIT_MS)
    assert w.controller.is_running()  # the playground goes on
    again = w.compare.open()  # and a new comparison can start
    wait_frame(qtbot, again)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_closing_while_a_run_is_silent_ends_both_processes(qtbot, window, monkeypatch):
    """Run B's trainer stops answering while both play: closing must not wait for it."""
    monkeypatch.setattr(remote_session, "REPLY_TIMEOUT_S", 3600.0)
    w = window()
    c = w.compare.open()
    wait_frame(qtbot, c)
    c.runner.set_playing(True)
    wait_frame(qtbot, c, lambda a, b: a.epoch >= 3)
    pids = [k.process_id for k in c.runner.worker._keepers.values()]
    os.kill(pids[1], signal.SIGSTOP)
    qtbot.wait(300)  # the worker's next call (every frame) now waits; nothing shows that
    c.runner.shutdown(timeout_ms=500)
    assert not c.runner.thread.isRunning()
    for pid in pids:
        qtbot.waitUntil(lambda p=pid: not _alive(p), timeout=WAIT_MS)
    c.close()
    assert w.controller.is_running()  # the playground goes on


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has exited; it only waits for its parent to collect it
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def test_both_runs_train_in_lockstep(qtbot, compare):
    c = compare()
    choose(qtbot, c.columns["B"].form.optimizer, "Adam")
    qtbot.waitUntil(lambda: c.pair.b.training.optimizer == "adam", timeout=WAIT_MS)
    shown = []
    c.runner.frame.connect(lambda a, b: shown.append((a.epoch, b.epoch)))
    c.speed.setCurrentIndex(c.speed.findData(0.0))
    c.speed.activated.emit(c.speed.currentIndex())
    qtbot.mouseClick(c.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.runner.playing, timeout=WAIT_MS)
    assert c.play_button.text() == "Pause"
    wait_frame(qtbot, c, lambda a, b: a.epoch >= 30)
    qtbot.keyClick(c, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not c.runner.playing, timeout=WAIT_MS)
    assert len(shown) >= 2
    assert all(ea == eb for ea, eb in shown), shown
    xa, ya = c.chart.curve_data("A")
    xb, yb = c.chart.curve_data("B")
    assert len(xa) > 10 and len(xb) > 10
    assert not np.allclose(ya[-1], yb[-1])  # adam and sgd learn differently


def test_an_edit_starts_both_runs_over_from_the_same_weights(qtbot, compare):
    c = compare()
    start = frame(c)[0]
    qtbot.mouseClick(c.step_button, Qt.MouseButton.LeftButton)
    wait_frame(qtbot, c, lambda a, b: a.epoch == 1)
    lr = c.columns["A"].form.learning_rate
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "0.3")
    qtbot.keyClick(lr.lineEdit(), Qt.Key.Key_Return)
    a, b = wait_frame(qtbot, c, lambda a, b: a.config.training.learning_rate == 0.3
                      and a.epoch == 0 and b.epoch == 0)
    assert same_weights(a, start) and same_weights(b, start)
    assert c.columns["A"].header.text() == "Run A · learning rate 0.3"
    assert c.columns["B"].header.text() == "Run B · learning rate 0.03"


def test_a_wrong_value_is_refused_and_nothing_is_lost(qtbot, compare):
    c = compare()
    before = c.pair
    lr = c.columns["B"].form.learning_rate
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "fast")
    qtbot.keyClick(lr.lineEdit(), Qt.Key.Key_Return)
    error = c.columns["B"].form.error
    assert error.isVisibleTo(c) and "“fast” is not a number" in error.text()
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "500")
    qtbot.keyClick(lr.lineEdit(), Qt.Key.Key_Return)
    assert "learning_rate" in error.text()
    assert c.pair == before


def test_new_weights_are_again_the_same_for_both_runs(qtbot, compare):
    c = compare()
    first = frame(c)[0]
    qtbot.mouseClick(c.reseed_button, Qt.MouseButton.LeftButton)
    a, b = wait_frame(qtbot, c, lambda a, b: not same_weights(a, first))
    assert same_weights(a, b)
    assert c.pair.a.training.seed == c.pair.b.training.seed != first.config.training.seed


def test_start_over_keeps_the_settings_and_the_first_weights(qtbot, compare):
    c = compare(start_pair(ExperimentConfig()).reseeded(42))
    first = frame(c)[1]
    for _ in range(2):
        qtbot.keyClick(c, Qt.Key.Key_Right)
    wait_frame(qtbot, c, lambda a, b: b.epoch == 2)
    qtbot.mouseClick(c.restart_button, Qt.MouseButton.LeftButton)
    a, b = wait_frame(qtbot, c, lambda a, b: a.epoch == 0 and b.epoch == 0)
    assert same_weights(b, first) and c.pair.seed == 42


@pytest.mark.parametrize("seed", [1, 2])
def test_random_actions_on_the_comparison_while_it_trains_break_nothing(qtbot, compare, seed):
    import random

    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox
    from test_random_actions import STEP_KEYS, TYPED, type_into
    rng = random.Random(seed)
    c = compare()
    controls = [w for kind in (QAbstractButton, QComboBox, QAbstractSpinBox)
                for w in c.findChildren(kind)]
    qtbot.mouseClick(c.play_button, Qt.MouseButton.LeftButton)
    done = []
    with qtbot.capture_exceptions() as exceptions:
        for _ in range(300):
            widget = rng.choice([w for w in controls if w.isVisible() and w.isEnabled()])
            editable = isinstance(widget, QAbstractSpinBox) or (
                isinstance(widget, QComboBox) and widget.isEditable())
            if isinstance(widget, QAbstractButton):
                qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
                done.append(f"click {widget.text()!r}")
            elif editable and rng.random() < 0.5:
                text = rng.choice(TYPED)
                target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
                type_into(qtbot, target, text)
                done.append(f"type {text!r} into {type(widget).__name__}")
            else:
                key = rng.choice(STEP_KEYS)
                qtbot.keyClick(widget, key)
                done.append(f"{type(widget).__name__} key {key.name}")
            QApplication.processEvents()
            if exceptions:
                break
    assert not exceptions, f"after {done[-8:]}: {exceptions}"
    # Still a fair comparison that trains: same seed and data, and one more epoch for both.
    assert c.pair.a.data == c.pair.b.data and c.pair.a.training.seed == c.pair.b.training.seed
    c.runner.set_playing(False)
    qtbot.waitUntil(lambda: not c.runner.playing, timeout=WAIT_MS)
    a, b = wait_frame(qtbot, c, lambda a, b: a.config == c.pair.a and b.config == c.pair.b)
    qtbot.mouseClick(c.step_button, Qt.MouseButton.LeftButton)
    after = [s.epoch + (s.status not in ("diverged", "error")) for s in (a, b)]  # a diverged
    wait_frame(qtbot, c, lambda x, y: [x.epoch, y.epoch] == after)  # run waits for a restart
