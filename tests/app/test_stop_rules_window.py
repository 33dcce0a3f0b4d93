"""The transport bar's stop rule in the real window: play, pause by itself, say why."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from window_helpers import config, snapshot, wait_snapshot, window  # noqa: F401 - fixture


def test_stop_after_20_epochs_pauses_at_20_with_a_message(qtbot, window):  # noqa: F811
    w = window(config())
    control = w.transport.stop_control
    rule = control.findChild(QComboBox, "stop_rule")
    count = control.findChild(QSpinBox, "stop_count")
    assert rule.currentData() == "never" and not count.isVisible()
    rule.setCurrentIndex(rule.findData("epochs"))
    assert count.isVisible()
    count.lineEdit().selectAll()
    qtbot.keyClicks(count.lineEdit(), "20")
    qtbot.keyClick(count.lineEdit(), Qt.Key.Key_Return)
    assert w.config.training.stop_rule == "epochs" and w.config.training.stop_epochs == 20

    qtbot.mouseClick(w.transport.findChild(type(w.transport._play), "play"),
                     Qt.MouseButton.LeftButton)
    # (20 epochs may take less than one look at the controller: no wait for "playing")
    snap = wait_snapshot(qtbot, w, lambda s: s.stopped_by is not None)
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=10_000)
    assert snap.epoch == 20 and snap.status == "stopped"
    qtbot.waitUntil(lambda: "Stopped at epoch 20" in w.banner.message())
    assert w.banner.kind() == "notice" and w.banner.isVisible()
    assert "Stopped at epoch 20" in w.statusBar().currentMessage()
    assert not w.transport.is_playing()

    # Play again: 20 more epochs, then the next stop; the old notice goes.
    w.set_playing(True)
    snap = wait_snapshot(qtbot, w, lambda s: s.stopped_by is not None and s.epoch > 20)
    assert snap.epoch == 40
    qtbot.waitUntil(lambda: "Stopped at epoch 40" in w.banner.message())


def test_stepping_many_epochs_stops_at_the_target_and_says_so(qtbot, window):  # noqa: F811
    w = window(config())
    w.apply_config(w.config.with_training(stop_rule="target", stop_target=0.4))
    w.controller.step_epochs(500)
    snap = wait_snapshot(qtbot, w, lambda s: s.stopped_by is not None)
    assert snap.last_test_loss < 0.4 <= min(snap.test_loss[:-1])
    qtbot.waitUntil(lambda: "< target 0.4" in w.banner.message())
    assert snapshot(w).epoch < 500
