"""TrainingPanel driven as a user would: combos, the learning-rate entry, optimizer fields."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from nnviz.app.panels import TrainingPanel
from nnviz.app.panels.panel_base import InlineError
from nnviz.data import DATASETS
from nnviz.engine.activations import ACTIVATIONS
from nnviz.engine.initializers import INITIALIZERS
from nnviz.engine.losses import LOSSES
from nnviz.engine.optimizers import OPTIMIZERS
from panel_helpers import child, shown_panel

from nnviz.lab.config import LEARNING_RATES, ExperimentConfig


@pytest.fixture
def panel(qtbot):
    return shown_panel(qtbot, TrainingPanel, 700)


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick the item with ``data`` as from the open list: the index changes, then ``activated``
    (what QComboBox's popup does on a click)."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setCurrentIndex(target)
    combo.activated.emit(target)


def click_box(qtbot, box: QCheckBox) -> None:
    """Click on the box itself (a stretched check box only reacts on its box and text)."""
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot, combo: QComboBox, text: str) -> None:
    line = combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_typing_an_invalid_learning_rate_shows_the_error_and_emits_nothing(qtbot, panel):
    lr = child(panel, QComboBox, "learning_rate")
    error = child(panel, InlineError, "learning_rate_error")
    with qtbot.assertNotEmitted(panel.config_edited):
        type_into(qtbot, lr, "fast")
    assert error.isVisible() and "fast" in error.text()
    with qtbot.assertNotEmitted(panel.config_edited):
        type_into(qtbot, lr, "500")  # a number, but outside what the config accepts
    assert error.isVisible() and "learning_rate" in error.text()
    assert panel.config().training.learning_rate == 0.03


def test_typing_a_valid_learning_rate_emits_it_and_clears_the_error(qtbot, panel):
    lr = child(panel, QComboBox, "learning_rate")
    type_into(qtbot, lr, "oops")
    with qtbot.waitSignal(panel.config_edited) as sig:
        type_into(qtbot, lr, "0,005")  # a decimal comma is fine
    assert sig.args[0].training.learning_rate == pytest.approx(0.005)
    assert not child(panel, InlineError, "learning_rate_error").isVisible()


def test_learning_rate_list_is_playgrounds(qtbot, panel):
    lr = child(panel, QComboBox, "learning_rate")
    assert [lr.itemData(i) for i in range(lr.count())] == list(LEARNING_RATES)
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, lr, 0.3)
    assert sig.args[0].training.learning_rate == pytest.approx(0.3)


def test_choosing_adam_shows_betas_and_hides_momentum(qtbot, panel):
    visible = {n: child(panel, QWidget, n).isVisibleTo(panel)
               for n in ("momentum", "nesterov", "beta_1", "beta_2", "rho", "epsilon")}
    assert visible == {"momentum": True, "nesterov": True, "beta_1": False, "beta_2": False,
                       "rho": False, "epsilon": False}
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "optimizer"), "adam")
    assert sig.args[0].training.optimizer == "adam"
    assert child(panel, QDoubleSpinBox, "beta_1").isVisibleTo(panel)
    assert child(panel, QDoubleSpinBox, "beta_2").isVisibleTo(panel)
    assert child(panel, QComboBox, "epsilon").isVisibleTo(panel)
    assert not child(panel, QDoubleSpinBox, "momentum").isVisibleTo(panel)
    assert not child(panel, QCheckBox, "nesterov").isVisibleTo(panel)


@pytest.mark.parametrize("optimizer, shown", [
    ("sgd", {"momentum", "nesterov"}),
    ("rmsprop", {"rho", "momentum", "epsilon"}),
    ("adam", {"beta_1", "beta_2", "epsilon"}),
    ("adagrad", {"epsilon"}),
])
def test_each_optimizer_shows_only_its_parameters(panel, optimizer, shown):
    panel.set_config(ExperimentConfig().with_training(optimizer=optimizer))
    for name in ("momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon"):
        assert child(panel, QWidget, name).isVisibleTo(panel) == (name in shown), name


def test_optimizer_parameter_edit_emits(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        child(panel, QDoubleSpinBox, "momentum").stepUp()
    assert sig.args[0].training.momentum == pytest.approx(0.05)
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.keyClick(child(panel, QCheckBox, "nesterov"), Qt.Key.Key_Space)
    assert sig.args[0].training.nesterov is True


def test_switching_to_regression_emits_a_regression_dataset(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "problem"), "regression")
    cfg = sig.args[0]
    assert cfg.training.problem == "regression"
    assert DATASETS.get(cfg.data.dataset).problem == "regression"
    assert cfg.data.dataset == "plane"
    assert cfg.loss == "mse" and cfg.output_activation == "linear"
    assert "Mean squared error" in child(panel, QComboBox, "loss").currentText()


def test_switching_to_multiclass_keeps_two_class_data(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "problem"), "multiclass")
    assert sig.args[0].data.dataset == "circle"
    assert sig.args[0].output_activation == "softmax"


def test_schedule_shows_decay_fields_only_when_decaying(qtbot, panel):
    steps, rate = child(panel, QSpinBox, "decay_epochs"), child(panel, QDoubleSpinBox, "decay_rate")
    assert not steps.isVisibleTo(panel) and not rate.isVisibleTo(panel)
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "schedule"), "exponential")
    assert sig.args[0].training.schedule == "exponential"
    assert steps.isVisibleTo(panel) and rate.isVisibleTo(panel)


def test_batch_size_is_bounded_by_the_training_set_and_has_full_batch(qtbot, panel):
    spin = child(panel, QSpinBox, "batch_size")
    assert spin.maximum() == 250  # 500 points, half for training
    with qtbot.waitSignal(panel.config_edited) as sig:
        click_box(qtbot, child(panel, QCheckBox, "full_batch"))
    assert sig.args[0].training.batch_size == 250
    assert not spin.isEnabled()
    with qtbot.waitSignal(panel.config_edited) as sig:
        click_box(qtbot, child(panel, QCheckBox, "full_batch"))
    assert sig.args[0].training.batch_size == 10
    with qtbot.waitSignal(panel.config_edited) as sig:
        spin.stepUp()
    assert sig.args[0].training.batch_size == 11


def test_regularizer_gets_a_non_zero_rate_and_rate_entry_validates(qtbot, panel):
    rate = child(panel, QComboBox, "regularization_rate")
    assert not rate.isEnabled()
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "regularizer"), "l2")
    assert sig.args[0].network.regularizer == "l2"
    assert sig.args[0].network.regularization_rate > 0
    assert rate.isEnabled()
    with qtbot.assertNotEmitted(panel.config_edited):
        type_into(qtbot, rate, "-1")
    assert child(panel, InlineError, "weights_error").isVisible()


def test_combos_list_the_registries(panel):
    def names(combo):
        return [combo.itemData(i) for i in range(combo.count())]
    assert names(child(panel, QComboBox, "optimizer")) == OPTIMIZERS.names()
    assert names(child(panel, QComboBox, "initializer")) == INITIALIZERS.names()
    assert names(child(panel, QComboBox, "loss")) == ["auto"] + LOSSES.names()
    assert names(child(panel, QComboBox, "output_activation")) == ["auto"] + ACTIVATIONS.names()


def test_loss_and_initializer_choices_emit(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "loss"), "mean_squared_error")
    assert sig.args[0].loss == "mean_squared_error"
    with qtbot.waitSignal(panel.config_edited) as sig:
        choose(qtbot, child(panel, QComboBox, "initializer"), "he_normal")
    assert sig.args[0].network.initializer == "he_normal"
    with qtbot.waitSignal(panel.config_edited) as sig:
        child(panel, QSpinBox, "seed").stepUp()
    assert sig.args[0].training.seed == 1


def test_set_config_does_not_emit_and_shows_aliases(qtbot, panel):
    cfg = ExperimentConfig().with_training(optimizer="adam", loss="mse", learning_rate=0.0042,
                                           schedule="cosine", batch_size=32, seed=9)
    with qtbot.assertNotEmitted(panel.config_edited):
        panel.set_config(cfg)
    assert child(panel, QComboBox, "loss").currentData() == "mean_squared_error"
    assert child(panel, QComboBox, "learning_rate").currentText() == "0.0042"
    assert child(panel, QSpinBox, "batch_size").value() == 32
    assert child(panel, QSpinBox, "seed").value() == 9
    assert panel.config() is cfg


def test_every_control_has_a_beginner_tooltip(panel):
    for name in ("problem", "loss", "output_activation", "optimizer", "learning_rate",
                 "momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon", "schedule",
                 "decay_epochs", "decay_rate", "batch_size", "full_batch", "seed",
                 "initializer", "regularizer", "regularization_rate"):
        assert len(child(panel, QWidget, name).toolTip()) > 30, name
    assert "step" in child(panel, QWidget, "learning_rate").toolTip()


def test_scrolling_over_an_unfocused_combo_does_not_change_it(qtbot, panel):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    combo = child(panel, QComboBox, "optimizer")
    combo.clearFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    with qtbot.assertNotEmitted(panel.config_edited):
        QApplication.sendEvent(combo, event)
    assert combo.currentData() == "sgd"
