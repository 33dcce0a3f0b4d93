"""StopRuleControl: the transport bar's "Stop: [rule ▾] [value]" — when training pauses."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox,
                               QHBoxLayout, QLabel, QSpinBox)

from nnviz.app.panels.panel_base import ConfigPanel, WheelGuard, guard_wheel, set_tip
from nnviz.app.views import palette
from nnviz.lab.stop_rules import STOP_EPOCHS, STOP_NEVER, STOP_PATIENCE, STOP_TARGET


class StopRuleControl(ConfigPanel):
    """Edits ``config.training.stop_rule`` and its value (see :mod:`nnviz.lab.stop_rules`).

    A :class:`ConfigPanel`: the window feeds it every config (``set_config``) and takes its
    ``config_edited``. The value box shows what the rule needs: epochs for "after", a loss for
    "test loss below", the patience in epochs for early stopping (with "best weights back").
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._guard = WheelGuard(self)
        small = palette.font(palette.FONT_SMALL)
        self._label = QLabel(self.tr("S&top:"))
        self._label.setFont(small)
        self._rule = QComboBox()
        self._rule.setObjectName("stop_rule")
        for rule, text in ((STOP_NEVER, self.tr("never")),
                           (STOP_EPOCHS, self.tr("after")),
                           (STOP_TARGET, self.tr("test loss below")),
                           (STOP_PATIENCE, self.tr("no progress for"))):
            self._rule.addItem(text, rule)
        self._label.setBuddy(self._rule)
        set_tip(self._rule, self.tr(
            "When training pauses by itself: after a number of epochs, when the test loss "
            "falls below a target, or early stopping — when the test loss has not improved "
            "for a number of epochs (Keras' EarlyStopping). Play goes on from there."))
        self._count = QSpinBox()
        self._count.setObjectName("stop_count")
        self._count.setRange(0, 10**7)
        self._count.setAccelerated(True)
        self._target = QDoubleSpinBox()
        self._target.setObjectName("stop_target")
        self._target.setDecimals(4)
        self._target.setRange(0.0001, 1e6)
        self._target.setSingleStep(0.01)
        set_tip(self._target, self.tr(
            "Pause at the end of the first epoch whose test loss is below this value."))
        self._restore = QCheckBox(self.tr("best weights back"))
        self._restore.setObjectName("stop_restore_best")
        self._restore.setFont(small)
        set_tip(self._restore, self.tr(
            "When early stopping pauses, put back the weights of the epoch with the lowest "
            "test loss (restore_best_weights=True)."))
        for box in (self._count, self._target):
            box.setKeyboardTracking(False)  # one edit per typed number, not per digit
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        guard_wheel(self._guard, self._rule, self._count, self._target)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._label)
        layout.addWidget(self._rule)
        layout.addWidget(self._count)
        layout.addWidget(self._target)
        layout.addWidget(self._restore)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)

        self._rule.currentIndexChanged.connect(self._on_rule)
        self._count.valueChanged.connect(self._on_count)
        self._target.valueChanged.connect(self._on_target)
        self._restore.toggled.connect(self._on_restore)
        self._show_rule(STOP_NEVER)

    # -- drawing -----------------------------------------------------------------------------
    def _show_config(self, cfg) -> None:
        t = cfg.training
        self._rule.setCurrentIndex(max(0, self._rule.findData(t.stop_rule)))
        self._count.setValue(t.stop_patience if t.stop_rule == STOP_PATIENCE else t.stop_epochs)
        self._target.setValue(t.stop_target)
        self._restore.setChecked(t.stop_restore_best)
        self._show_rule(t.stop_rule)

    def _show_rule(self, rule: str) -> None:
        self._count.setVisible(rule in (STOP_EPOCHS, STOP_PATIENCE))
        self._target.setVisible(rule == STOP_TARGET)
        self._restore.setVisible(rule == STOP_PATIENCE)
        if rule == STOP_PATIENCE:
            self._count.setMinimum(0)
            self._count.setSuffix(self.tr(" epochs"))
            set_tip(self._count, self.tr(
                "Patience: pause when the test loss has not improved for this many epochs."))
        else:
            self._count.setMinimum(1)
            self._count.setSuffix(self.tr(" epochs"))
            set_tip(self._count, self.tr(
                "Pause after this many epochs, counted from now (and again after each pause)."))

    # -- edits -------------------------------------------------------------------------------
    def _on_rule(self, index: int) -> None:
        rule = self._rule.itemData(index)
        self._propose(lambda c: c.with_training(stop_rule=rule), None)
        if self._config is not None:  # a refused edit: show the rule in force
            with self._quiet():
                self._show_config(self._config)

    def _on_count(self, value: int) -> None:
        def build(c):
            if c.training.stop_rule == STOP_PATIENCE:
                return c.with_training(stop_patience=int(value))
            return c.with_training(stop_epochs=max(1, int(value)))
        self._propose(build, None)

    def _on_target(self, value: float) -> None:
        self._propose(lambda c: c.with_training(stop_target=float(value)), None)

    def _on_restore(self, on: bool) -> None:
        self._propose(lambda c: c.with_training(stop_restore_best=bool(on)), None)

    # -- for tests ---------------------------------------------------------------------------
    def choose(self, rule: str, value=None) -> None:
        """Pick ``rule`` and type ``value`` into its box, as the user would."""
        self._rule.setCurrentIndex(self._rule.findData(rule))
        if value is not None:
            box = self._target if rule == STOP_TARGET else self._count
            box.setValue(value)


translate = QCoreApplication.translate


def _number(value: float) -> str:
    """4 significant digits, with a real minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")


def stop_message(event) -> str:
    """What the window says when a stop rule paused training (a StopEvent)."""
    epoch = str(event.epoch)
    if event.rule == STOP_EPOCHS:
        return (translate("StopRule", "Stopped at epoch %1: %2 epochs done. Press Play to "
                          "train %2 more.")
                .replace("%1", epoch).replace("%2", str(int(event.limit))))
    if event.rule == STOP_TARGET:
        text = (translate("StopRule", "Stopped at epoch %1: test loss %2 < target %3.")
                if event.loss_on == "test"
                else translate("StopRule", "Stopped at epoch %1: training loss %2 < target %3."))
        return (text.replace("%1", epoch).replace("%2", _number(event.value))
                .replace("%3", _number(event.limit)))
    text = translate("StopRule", "Stopped at epoch %1 by early stopping: the test loss has not "
                     "improved for %2 epochs (best %3 at epoch %4).")
    text = (text.replace("%1", epoch).replace("%2", str(int(event.limit)))
            .replace("%3", _number(event.value)).replace("%4", str(event.best_epoch)))
    if event.restored:
        text += " " + translate("StopRule", "Those best weights are back.")
    return text


class StopNotice:
    """Says in the banner and the status bar why a stop rule paused training, once per stop.

    Parameters
    ----------
    banner : DivergenceBanner
        Shows the message as a notice (unless a divergence warning is up, which matters more).
    status_bar : QStatusBar
    """

    def __init__(self, banner, status_bar):
        self._banner = banner
        self._status_bar = status_bar
        self._event = None
        self._text = ""

    def show_snapshot(self, snap) -> None:
        event = getattr(snap, "stopped_by", None)
        if event is None:
            # Training went on: the notice about the last stop has done its job.
            if self._text and self._banner.kind() == "notice" and \
                    self._banner.message() == self._text:
                self._banner.hide()
            self._event, self._text = None, ""
            return
        if event == self._event:
            return
        self._event = event
        self._text = stop_message(event)
        if self._banner.kind() not in ("diverged", "unstable"):
            self._banner.show_notice(self._text)
        self._status_bar.showMessage(self._text, 15_000)

    def text(self) -> str:
        """The last stop's message ('' when training has gone on since)."""
        return self._text
