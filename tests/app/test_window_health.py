"""The window warns before training goes wrong: the unstable banner, its fixes, the status bar."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_UNSTABLE
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    w.activateWindow()
    qtbot.keyClick(w, key, modifier)


def banner_button(w, text_start):
    buttons = [b for b in w.banner.findChildren(QPushButton)
               if b.isVisible() and b.text().startswith(text_start)]
    assert len(buttons) == 1, [b.text() for b in w.banner.findChildren(QPushButton)]
    return buttons[0]


def state_text(w) -> str:
    return w._state_label.text()


def unstable_window(qtbot, window):
    w = window(config("circle", (4, 2), "tanh", learning_rate=10.0))
    press(qtbot, w, Qt.Key.Key_Space)
    snap = wait_snapshot(qtbot, w, lambda s: s.status == STATUS_UNSTABLE)
    qtbot.waitUntil(lambda: w.banner.kind() == "unstable", timeout=10_000)
    return w, snap


def test_learning_rate_10_shows_the_unstable_banner_with_its_fixes(qtbot, window):
    w, snap = unstable_window(qtbot, window)
    assert w.controller.playing  # training goes on
    assert "unstable" in state_text(w)
    text = w.banner.message()
    assert f"since epoch {snap.status_epoch}" in text and "10" in text
    assert f"{snap.baseline_loss:.4g}" in text
    best = banner_button(w, "Restore best weights")
    assert re.fullmatch(r"Restore best weights \(epoch \d+, test loss [\d.e−-]+\)", best.text())
    banner_button(w, "Lower learning rate")
    # The chart shows the line the loss stays above.
    assert w.curves_view.baseline_text() == "baseline: always guess 48 % blue"


def test_lower_learning_rate_from_the_banner_shows_in_the_training_panel(qtbot, window):
    w, _ = unstable_window(qtbot, window)
    qtbot.mouseClick(banner_button(w, "Lower learning rate"), Qt.MouseButton.LeftButton)
    assert w.config.training.learning_rate == 1.0
    lr_box = w.training_panel.findChild(QComboBox, "learning_rate")
    assert float(lr_box.currentText()) == 1.0
    assert not w.banner.isVisible()
    wait_snapshot(qtbot, w, lambda s: s.learning_rate == 1.0 and s.status != STATUS_UNSTABLE)
    assert "unstable" not in state_text(w)


def test_restore_best_weights_from_the_banner(qtbot, window):
    w, snap = unstable_window(qtbot, window)
    press(qtbot, w, Qt.Key.Key_Space)  # pause, so the restored weights stay to be looked at
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=10_000)
    best = wait_snapshot(qtbot, w, lambda s: s.status == STATUS_UNSTABLE).best_weights
    qtbot.mouseClick(banner_button(w, "Restore best weights"), Qt.MouseButton.LeftButton)
    after = wait_snapshot(qtbot, w, lambda s: s.status not in (STATUS_UNSTABLE, "running"))
    assert not w.banner.isVisible() and state_text(w) == "Paused"
    assert after.best_weights == best


def test_status_bar_after_restoring_the_last_good_weights(qtbot, window):
    w = window(config("plane", (4, 2), "linear", problem="regression", learning_rate=10.0))
    press(qtbot, w, Qt.Key.Key_Space)
    snap = wait_snapshot(qtbot, w, lambda s: s.status == STATUS_DIVERGED)
    qtbot.waitUntil(lambda: w.banner.kind() == "diverged", timeout=10_000)
    qtbot.waitUntil(lambda: state_text(w) == "Diverged", timeout=10_000)
    # The banner names the epoch the session names.
    epoch = re.search(r"at epoch (\d+)", snap.message).group(1)
    assert f"in epoch {epoch}:" in w.banner.message()
    qtbot.mouseClick(banner_button(w, "Restore last good weights"), Qt.MouseButton.LeftButton)
    assert state_text(w) == "Paused"
    wait_snapshot(qtbot, w, lambda s: s.status != STATUS_DIVERGED)
    assert state_text(w) == "Paused" and not w.banner.isVisible()


def test_reset_empties_the_loss_chart_axes(qtbot, window):
    w = window()
    for _ in range(3):
        press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 3)
    vb = w.curves_view.plot_item().getViewBox()
    qtbot.waitUntil(lambda: vb.viewRange()[0][1] >= 3)
    press(qtbot, w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 0 and len(s.train_loss) == 0)
    qtbot.waitUntil(lambda: vb.viewRange()[0][1] <= 1.1)
    assert w.curves_view.baseline_line().isVisible()
