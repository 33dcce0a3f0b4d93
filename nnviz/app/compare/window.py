"""CompareWindow: two runs side by side from the same data and the same first weights.

Each run has its output view and its settings; one chart holds both runs' loss curves, and
the title says what differs ("optimizer: adam vs sgd"). Both runs train in lockstep, each in
its own training process (:mod:`nnviz.app.compare.worker`). Any change of a setting starts
both runs over from the shared first weights, so the curves always compare like with like.
"""
from __future__ import annotations

import random
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSplitter, QVBoxLayout, QWidget)

from nnviz.app.compare.chart import RUN_COLOURS, CompareChart
from nnviz.app.compare.run_form import RunForm
from nnviz.app.compare.runner import CompareRunner
from nnviz.app.panels.panel_base import registry_text
from nnviz.app.views import palette
from nnviz.app.views.boundary_view import BoundaryView
from nnviz.app.views.ghost_curves import NAMES
from nnviz.lab.compare import RUNS, run_label, versus_label
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR

translate = QCoreApplication.translate

#: Epochs per second offered (0 = as fast as the computer can).
SPEED_CHOICES = (0.0, 100.0, 20.0, 5.0)
DEFAULT_SPEED = 20.0  # slow enough to narrate, fast enough to see a difference within a minute
MAX_SEED = 2**31 - 1


def _names() -> dict:
    """Setting names for the labels, in the interface's language."""
    return {key: translate("GhostRuns", text) for key, text in NAMES.items()}


def _registries() -> dict:
    from nnviz.engine.activations import ACTIVATIONS
    from nnviz.engine.initializers import INITIALIZERS
    from nnviz.engine.optimizers import OPTIMIZERS
    return {"training.optimizer": OPTIMIZERS, "layer.activation": ACTIVATIONS,
            "network.initializer": INITIALIZERS}


def shown_changes(changes) -> tuple:
    """``changes`` with registry names as the interface shows them ("adam" → "Adam")."""
    registries = _registries()

    def show(key, value):
        registry = registries.get(key)
        if registry is None or value not in registry:
            return value
        return registry_text(registry.entry(value).display)
    return tuple(replace(c, old=show(c.key, c.old), new=show(c.key, c.new)) for c in changes)


class RunColumn(QWidget):
    """One run: its name and numbers over its output view, its settings beside it."""

    def __init__(self, which: str, parent=None):
        super().__init__(parent)
        self.which = which
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel()
        self.header.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self.header.setStyleSheet(f"color: {RUN_COLOURS[which]};")
        self.header.setWordWrap(True)
        self.numbers = QLabel()
        self.numbers.setFont(palette.font(palette.FONT_LARGE))
        self.view = BoundaryView()
        self.view.setMinimumSize(220, 220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.drawing.toggle.hide()  # both runs share the data: no drawing points here
        self.form = RunForm(which)
        layout.addWidget(self.header, 0, 0, 1, 2)
        layout.addWidget(self.numbers, 1, 0, 1, 2)
        layout.addWidget(self.view, 2, 0)
        layout.addWidget(self.form, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(2, 1)

    def show_snapshot(self, snap) -> None:
        self.view.show_snapshot(snap)
        loss = _last(snap.test_loss)
        if snap.status == STATUS_DIVERGED:
            text = translate("CompareWindow", "Diverged at epoch %1").replace(
                "%1", str(snap.status_epoch))
        elif snap.status == STATUS_ERROR:
            text = snap.message or translate("CompareWindow", "Stopped by an error")
        elif loss is None:
            text = translate("CompareWindow", "Not trained yet")
        else:
            text = translate("CompareWindow", "Test loss %1 · training loss %2").replace(
                "%1", _num(loss)).replace("%2", _num(_last(snap.train_loss)))
        self.numbers.setText(text)


class CompareWindow(QWidget):
    """The A/B comparison window (see the module docstring).

    Parameters
    ----------
    pair : RunPair
        The two runs to start with (:func:`nnviz.lab.compare.start_pair`).
    parent : QWidget, optional
        The playground window (the comparison stays on top of it).
    session_factory : callable, optional
        For tests: ``factory(config) -> Session`` instead of a training process per run.
    """

    def __init__(self, pair, parent=None, session_factory=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("CompareWindow", "Compare two runs — nnviz"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        palette.use_light_background(self)
        self.runner = CompareRunner(pair, self, session_factory)
        self._build()
        self.runner.frame.connect(self._show_frame)
        self.runner.pair_changed.connect(self._show_pair)
        self.runner.playing_changed.connect(self._show_playing)
        self.runner.error.connect(self._show_error)
        self.runner.notice.connect(self._show_notice)
        self._show_pair(pair)
        self.runner.set_speed(DEFAULT_SPEED)
        self.runner.start()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1400, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.92)))

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.runner.toggle_playing)
        self.step_button = QPushButton(translate("CompareWindow", "Step one epoch"))
        self.step_button.setToolTip(translate("CompareWindow",
                                              "Both runs train one more epoch (Right arrow)."))
        self.step_button.clicked.connect(lambda: self.runner.step_epochs(1))
        self.restart_button = QPushButton(translate("CompareWindow", "Start over"))
        self.restart_button.setToolTip(translate(
            "CompareWindow", "Both runs back to their shared first weights, same settings "
                             "(Ctrl+R)."))
        self.restart_button.clicked.connect(self.start_over)
        self.reseed_button = QPushButton(translate("CompareWindow", "New weights"))
        self.reseed_button.setToolTip(translate(
            "CompareWindow", "Draw new first weights, again the same for both runs: does the "
                             "difference hold for another start?"))
        self.reseed_button.clicked.connect(self.new_weights)
        self.speed = QComboBox()
        for value in SPEED_CHOICES:
            text = (translate("CompareWindow", "Full speed") if value == 0 else
                    translate("CompareWindow", "%1 epochs/s").replace("%1", f"{value:g}"))
            self.speed.addItem(text, value)
        self.speed.setCurrentIndex(SPEED_CHOICES.index(DEFAULT_SPEED))
        self.speed.setToolTip(translate("CompareWindow", "How fast both runs train."))
        self.speed.activated.connect(lambda _i: self.runner.set_speed(self.speed.currentData()))
        self.epoch_label = QLabel()
        self.epoch_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        for w in (self.play_button, self.step_button, self.restart_button, self.reseed_button):
            bar.addWidget(w)
        bar.addWidget(QLabel(translate("CompareWindow", "Speed:")))
        bar.addWidget(self.speed)
        bar.addStretch(1)
        bar.addWidget(self.epoch_label)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        runs = QWidget()
        row = QHBoxLayout(runs)
        row.setContentsMargins(0, 0, 0, 0)
        self.columns = {which: RunColumn(which) for which in RUNS}
        for which, column in self.columns.items():
            column.form.config_edited.connect(
                lambda cfg, w=which: self.edit_run(w, cfg))
            row.addWidget(column, 1)
        split.addWidget(runs)
        self.chart = CompareChart()
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self._show_playing(False)

        for keys, slot in ((Qt.Key.Key_Space, self.runner.toggle_playing),
                           (Qt.Key.Key_Right, lambda: self.runner.step_epochs(1)),
                           (QKeySequence("Ctrl+R"), self.start_over)):
            QShortcut(QKeySequence(keys), self, slot)

    # -- actions ---------------------------------------------------------------------------------
    @property
    def pair(self):
        return self.runner.pair

    def edit_run(self, which: str, config) -> None:
        """Run ``which`` gets ``config``; both runs start over from the same first weights."""
        try:
            pair = self.pair.edited(which, config)
        except ValueError as exc:
            self.columns[which].form.error.show_error(str(exc))
            return
        self.runner.set_pair(pair)

    def start_over(self) -> None:
        self.runner.restart()

    def new_weights(self) -> None:
        self.runner.set_pair(self.pair.reseeded(random.randint(0, MAX_SEED)))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Closed, the comparison is over: its two training processes end now, not with the
        # playground (Training → Compare starts a new one).
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop both runs and their processes (the playground window calls it on closing)."""
        self.runner.shutdown()

    # -- showing ---------------------------------------------------------------------------------
    def _show_pair(self, pair) -> None:
        changes = shown_changes(pair.differences())
        names = _names()
        same = translate("CompareWindow", "Both runs are the same: change a setting of A or B.")
        self.chart.title.setText(versus_label(changes, names, same,
                                              translate("CompareWindow", "vs")))
        labels = []
        for which in RUNS:
            own = run_label(changes, which, names)
            label = f"{which} · {own}" if own else which
            labels.append(label)
            column = self.columns[which]
            column.header.setText(translate("CompareWindow", "Run %1").replace("%1", label))
            column.form.set_config(pair.config(which))
        self.chart.set_labels(*labels)

    def _show_frame(self, a, b) -> None:
        for which, snap in (("A", a), ("B", b)):
            self.columns[which].show_snapshot(snap)
        self.chart.show_frame(a, b)
        if a.epoch == b.epoch:
            text = translate("CompareWindow", "Epoch %1").replace("%1", str(a.epoch))
        else:  # one run diverged and stopped while the other went on
            text = translate("CompareWindow", "Epoch A %1 · B %2").replace(
                "%1", str(a.epoch)).replace("%2", str(b.epoch))
        self.epoch_label.setText(text)

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setText(translate("CompareWindow", "Pause") if playing
                                 else translate("CompareWindow", "Play"))
        self.play_button.setToolTip(translate("CompareWindow",
                                              "Train both runs, or pause (Space)."))

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(f"color: {palette.ERROR};")
        self.status.setText(text)

    def _show_notice(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)


def _last(values):
    return float(values[-1]) if len(values) else None


def _num(value) -> str:
    if value is None:
        return "–"
    return f"{value:.4g}".replace("-", "\u2212")
