"""The real window with a learning-rate schedule and with a step activation: what it shows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from nnviz.app.views.lr_plot import format_rate
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    w.activateWindow()
    qtbot.keyClick(w, key, modifier)


def choose(combo: QComboBox, data) -> None:
    """Pick an item as the open list does: the index changes, then ``activated``."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_number(qtbot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def training_tab(w):
    w.body.tabs.setCurrentIndex(1)
    return w.training_panel


def child(panel, kind, name):
    found = panel.findChild(kind, name)
    assert found is not None, name
    return found


def test_now_shows_the_decayed_rate_after_training_with_a_schedule(qtbot, window):
    w = window()
    panel = training_tab(w)
    now = child(panel, QLabel, "current_learning_rate")
    assert not now.isVisible()  # constant rate: nothing to add to the box
    choose(child(panel, QComboBox, "schedule"), "exponential")
    type_number(qtbot, child(panel, QSpinBox, "decay_epochs"), 2)
    assert w.config.training.schedule == "exponential"
    assert w.config.training.decay_epochs == 2
    assert now.isVisible()
    for _ in range(4):
        press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # one epoch
    wait_snapshot(qtbot, w, lambda s: s.epoch == 4 and s.config.training.decay_epochs == 2)
    # 4 epochs, halving every 2: 0.03 * 0.5 ** 2 = 0.0075, whatever the 25 steps per epoch
    qtbot.waitUntil(lambda: now.text() == "0.0075", timeout=10_000)
    assert child(panel, QComboBox, "learning_rate").currentText() == "0.03"  # the start rate

    # A live batch-size change carries on from epoch 4: two more epochs halve it once more.
    type_number(qtbot, child(panel, QSpinBox, "batch_size"), 32)
    assert w.config.training.batch_size == 32
    for _ in range(2):
        press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 6 and s.config.training.batch_size == 32)
    qtbot.waitUntil(lambda: now.text() == format_rate(0.03 * 0.5 ** 3), timeout=10_000)


def test_the_rate_plot_appears_only_with_a_schedule_and_draws_it(qtbot, window):
    w = window(config(schedule="piecewise", boundary_epochs=(3,), learning_rate=0.1))
    plot = w.body.lr_plot
    qtbot.waitUntil(plot.isVisible, timeout=10_000)
    # Under the loss chart, in the same column.
    assert plot.mapTo(w, plot.rect().topLeft()).y() > \
        w.curves_view.mapTo(w, w.curves_view.rect().bottomLeft()).y() - 1
    for _ in range(5):
        press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 5)
    qtbot.waitUntil(lambda: plot.now_point() == (5, pytest.approx(0.05)), timeout=10_000)
    epochs, rates = plot.curve()
    assert len(epochs) > 100
    # The schedule as the lab computes it: 0.1 up to epoch 3, then 0.1 * 0.5.
    assert set(rates[epochs <= 3].round(9)) == {0.1}
    assert set(rates[epochs > 3].round(9)) == {0.05}

    panel = training_tab(w)
    boundaries = child(panel, QLineEdit, "boundary_epochs")
    boundaries.setFocus()
    boundaries.selectAll()
    qtbot.keyClicks(boundaries, "2, 4")
    qtbot.keyClick(boundaries, Qt.Key.Key_Return)
    assert w.config.training.boundary_epochs == (2, 4)
    qtbot.waitUntil(lambda: plot.now_point() == (5, pytest.approx(0.025)), timeout=10_000)

    choose(child(panel, QComboBox, "schedule"), "constant")
    qtbot.waitUntil(lambda: not plot.isVisible(), timeout=10_000)


def test_a_step_activation_explains_why_nothing_learns_and_the_note_goes_away(qtbot, window):
    w = window()
    note = w.body.gradient_note
    assert not note.isVisible()
    panel = training_tab(w)
    choose(child(panel, QComboBox, "output_activation"), "step")
    assert w.config.network.output_activation == "step"
    assert note.isVisible()
    assert "Step function" in note.text() and "gradient is zero" in note.text()
    assert "perceptron" in note.text()
    choose(child(panel, QComboBox, "output_activation"), "auto")
    assert not note.isVisible()

    # A step hidden layer, chosen in the graph: the note names the layer.
    combo = w.graph_view.headers()[1].activation  # the second hidden layer's
    choose(combo, "step")
    assert w.config.network.hidden[1].activation == "step"
    assert note.isVisible() and "Hidden layer 2" in note.text()
    choose(combo, "tanh")
    assert not note.isVisible()
