"""One source of truth for the settings: every control edits, and shows, the controller's config."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


def learning_rate_box(w) -> QComboBox:
    box = w.training_panel.findChild(QComboBox, "learning_rate")
    assert box is not None
    return box


def test_an_edit_in_one_place_survives_the_next_edit_in_another(qtbot, window):
    w = window(config("circle", (4, 2), learning_rate=0.03))
    w.set_playing(True)
    plus = w.graph_view.headers()[0].plus
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    w.body.tabs.setCurrentIndex(1)  # the Training tab
    box = learning_rate_box(w)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0.3")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # At once, before any snapshot of these edits could arrive: another neuron.
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert w.config.training.learning_rate == 0.3
    assert w.config.network.units == (6, 2)
    snap = wait_snapshot(qtbot, w, lambda s: s.config.network.units == (6, 2))
    assert snap.config.training.learning_rate == 0.3
    assert box.currentText() == "0.3"
    assert w.graph_view.headers()[0].count.text().split()[0] == "6"


def test_removing_a_layer_takes_its_controls_away_in_the_same_turn(qtbot, window):
    w = window(config("circle", (4, 2)))
    w.set_playing(True)
    graph = w.graph_view
    gone = graph.headers()[1]
    serial = w.controller.last_snapshot.serial
    qtbot.mouseClick(graph.remove_layer_button, Qt.MouseButton.LeftButton)
    # No event processed since the click: no snapshot of the one-layer network yet.
    assert w.controller.last_snapshot.serial == serial
    assert not gone.isVisible()
    assert [h.isVisible() for h in graph.headers()] == [True]
    with qtbot.assertNotEmitted(graph.config_edited):
        gone.plus.click()  # a click that reached it anyway (e.g. queued) edits nothing
    assert w.config.network.units == (4,)
    wait_snapshot(qtbot, w, lambda s: s.config.network.units == (4,))


def test_undo_and_redo_redraw_every_control_from_the_config(qtbot, window):
    w = window(config("circle", (4, 2), learning_rate=0.03))
    graph = w.graph_view
    qtbot.mouseClick(graph.add_layer_button, Qt.MouseButton.LeftButton)
    w.body.tabs.setCurrentIndex(1)
    box = learning_rate_box(w)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0.1")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert w.config.training.learning_rate == 0.1

    w.undo_action.trigger()  # the learning rate goes back, the third layer stays
    assert box.currentText() == "0.03" and w.config.training.learning_rate == 0.03
    assert len(w.config.network.hidden) == 3
    w.undo_action.trigger()  # and now the third layer goes, with its header, at once
    assert w.config.network.units == (4, 2)
    assert len(graph.headers()) == 2
    w.redo_action.trigger()
    w.redo_action.trigger()
    assert w.config.training.learning_rate == 0.1 and len(w.config.network.hidden) == 3
    assert box.currentText() == "0.1"
    snap = wait_snapshot(qtbot, w, lambda s: len(s.config.network.hidden) == 3)
    assert snap.config == w.config
    qtbot.waitUntil(lambda: [h.isVisible() for h in graph.headers()] == [True] * 3)
