"""The Training panel's schedule rows: parameters in epochs, per-schedule rows, what they say."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox

from nnviz.app.panels import TrainingPanel
from nnviz.app.panels.panel_base import InlineError
from nnviz.lab.config import ExperimentConfig
from panel_helpers import child, shown_panel

ROWS = ("decay_epochs", "boundary_epochs", "decay_rate", "cosine_alpha")
KINDS = {"decay_epochs": QSpinBox, "boundary_epochs": QLineEdit, "decay_rate": QDoubleSpinBox,
         "cosine_alpha": QDoubleSpinBox}


@pytest.fixture
def panel(qtbot):
    return shown_panel(qtbot, TrainingPanel, 800)


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def visible_rows(panel) -> set:
    return {name for name in ROWS if child(panel, KINDS[name], name).isVisibleTo(panel)}


@pytest.mark.parametrize("kind, rows", [
    ("constant", set()),
    ("exponential", {"decay_epochs", "decay_rate"}),
    ("inverse_time", {"decay_epochs", "decay_rate"}),
    ("piecewise", {"boundary_epochs", "decay_rate"}),
    ("cosine", {"decay_epochs", "cosine_alpha"}),
])
def test_each_schedule_shows_its_own_parameters(qtbot, panel, kind, rows):
    if kind != "constant":
        with qtbot.waitSignal(panel.config_edited) as sig:
            choose(child(panel, QComboBox, "schedule"), kind)
        assert sig.args[0].training.schedule == kind
    assert visible_rows(panel) == rows
    now = child(panel, QLabel, "current_learning_rate")
    assert now.isVisibleTo(panel) == (kind != "constant")


def test_tooltips_say_what_the_schedule_does_in_epochs(qtbot, panel):
    panel.set_config(ExperimentConfig().with_training(schedule="exponential", decay_epochs=200))
    tip = child(panel, QComboBox, "schedule").toolTip()
    assert "multiplied by 0.5 every 200 epochs" in tip
    assert "0.015 at epoch 200" in tip and "0.0075 at epoch 400" in tip
    assert "epochs" in child(panel, QSpinBox, "decay_epochs").toolTip()
    assert child(panel, QSpinBox, "decay_epochs").suffix() == " epochs"
    panel.set_config(ExperimentConfig().with_training(schedule="piecewise",
                                                      boundary_epochs=(100, 300)))
    tip = child(panel, QComboBox, "schedule").toolTip()
    assert "after epoch 100, 300: 0.03 → 0.015 → 0.0075" in tip
    panel.set_config(ExperimentConfig().with_training(schedule="cosine", decay_epochs=400,
                                                      cosine_alpha=0.1))
    assert "from 0.03 to 0.003 over 400 epochs" in child(panel, QComboBox, "schedule").toolTip()
    assert "starting rate" in child(panel, QComboBox, "learning_rate").toolTip()


def test_typed_boundaries_become_epochs_and_bad_ones_are_refused(qtbot, panel):
    choose(child(panel, QComboBox, "schedule"), "piecewise")
    line = child(panel, QLineEdit, "boundary_epochs")
    error = child(panel, InlineError, "schedule_error")
    assert line.text() == "500, 1000"

    def type_in(text):
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    with qtbot.waitSignal(panel.config_edited) as sig:
        type_in("100; 250 400")
    assert sig.args[0].training.boundary_epochs == (100, 250, 400)
    with qtbot.assertNotEmitted(panel.config_edited):
        type_in("soon")
    assert error.isVisible() and "soon" in error.text()
    with qtbot.assertNotEmitted(panel.config_edited):
        type_in("400, 100")
    assert error.isVisible() and "increasing" in error.text()
    assert panel.config().training.boundary_epochs == (100, 250, 400)


def test_show_snapshot_puts_the_rate_now_next_to_the_learning_rate(qtbot, panel):
    class Snap:
        learning_rate, epoch = 1.234567e-5, 4321
    panel.set_config(ExperimentConfig().with_training(schedule="exponential"))
    panel.show_snapshot(Snap())
    now = child(panel, QLabel, "current_learning_rate")
    assert now.text() == "1.235e\u221205"  # 4 significant digits, a real minus
    assert "4321" in now.toolTip()
    assert child(panel, QComboBox, "learning_rate").currentText() == "0.03"
