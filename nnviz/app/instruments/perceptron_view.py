"""PerceptronView: Rosenblatt's rule, one sample at a time, with its line on the plane (seed 001)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget)

import pyqtgraph as pg

from nnviz.app.instruments.instrument_view import (InstrumentView, format_number, format_vector,
                                                   make_plot, make_table, number_spin)
from nnviz.app.views import palette
from nnviz.lab.instruments.perceptron_lab import (GATES, MAX_RUN_EPOCHS, SEED_LEARNING_RATE,
                                                  SEED_WEIGHTS, PerceptronLab)

GATE_TITLES = {"and": "AND", "or": "OR", "xor": "XOR"}
CHANGED_ROW = QColor("#FFF1D6")
#: Below this width the plot goes under the controls instead of beside them.
NARROW = 560


class PerceptronView(InstrumentView):
    """The perceptron lab. ``lab`` is the model; the table has one row per visit."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.lab = PerceptronLab()

        self.gate = QComboBox()
        for key, title in GATE_TITLES.items():
            self.gate.addItem(title, key)
        self.weight_spins = [number_spin(w, -10, 10, 0.05, 3) for w in SEED_WEIGHTS]
        self.eta = number_spin(SEED_LEARNING_RATE, 0.001, 2.0, 0.01, 3)
        self.step_button = QPushButton()
        self.epoch_button = QPushButton()
        self.run_button = QPushButton()
        self.reset_button = QPushButton()
        self.seed_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFont(palette.font(palette.FONT_NORMAL))
        self.weights_label = QLabel()
        self.weights_label.setFont(palette.font(palette.FONT_LARGE, bold=True))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_labels = [QLabel() for _ in range(5)]
        form.addRow(self._form_labels[0], self.gate)
        for label, spin in zip(self._form_labels[1:4], self.weight_spins):
            form.addRow(label, spin)
        form.addRow(self._form_labels[4], self.eta)
        buttons = QGridLayout()
        buttons.addWidget(self.step_button, 0, 0)
        buttons.addWidget(self.epoch_button, 0, 1)
        buttons.addWidget(self.run_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1)
        buttons.addWidget(self.seed_button, 2, 0, 1, 2)
        controls = QVBoxLayout()
        controls.addLayout(form)
        controls.addLayout(buttons)
        controls.addWidget(self.weights_label)
        controls.addWidget(self.status, 1)
        left = QWidget()
        left.setLayout(controls)
        left.setMaximumWidth(300)

        self.plot = make_plot("x₁", "x₂", 200)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setXRange(-0.5, 1.5, padding=0)
        self.plot.setYRange(-0.5, 1.5, padding=0)
        self._points = pg.ScatterPlotItem(size=22, pen=pg.mkPen(palette.POINT_OUTLINE, width=1.5))
        self._current = pg.ScatterPlotItem(size=36, brush=None,
                                           pen=pg.mkPen(palette.ERROR, width=3))
        self._line = pg.PlotCurveItem(pen=pg.mkPen(palette.TEXT, width=3))
        self._fill = pg.PlotCurveItem(pen=None)
        self.plot.addItem(self._line)
        self.plot.addItem(self._points)
        self.plot.addItem(self._current)
        self._labels = []
        for x1, x2 in self.lab.x:
            text = pg.TextItem(anchor=(0.5, 1.6), color=palette.TEXT)
            text.setFont(palette.font(palette.FONT_NORMAL, bold=True))
            text.setPos(x1, x2)
            self.plot.addItem(text)
            self._labels.append(text)
        top = self._top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(self.plot)
        top.setStretchFactor(1, 1)

        self.table = make_table([""] * 9)
        self.table.horizontalHeader().setStretchLastSection(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.body.addWidget(split)

        self.gate.currentIndexChanged.connect(self._restart)
        for spin in (*self.weight_spins, self.eta):
            spin.valueChanged.connect(self._restart)
        self.step_button.clicked.connect(self.step_sample)
        self.epoch_button.clicked.connect(self.step_epoch)
        self.run_button.clicked.connect(self.run)
        self.reset_button.clicked.connect(self._restart)
        self.seed_button.clicked.connect(self.load_seed_program)
        self.retranslate()
        self._redraw()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A narrow dock (beside the playground on a 1280-pixel screen) stacks plot under controls.
        narrow = self.width() < NARROW
        self._top.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    # -- texts --------------------------------------------------------------------------------
    def help_text(self) -> str:
        return self.tr(
            "<b>One neuron, Rosenblatt's rule.</b> k = w₀·x₀ + w₁·x₁ + w₂·x₂ with x₀ = −1, "
            "y = 1 if k &gt; 0 else 0, and after every sample <b>w ← w + η·(t − y)·x</b>. "
            "The line w₁·x₁ + w₂·x₂ = w₀ separates y = 1 from y = 0: watch it move after each "
            "mistake (shaded rows). AND and OR settle; XOR never does.")

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self._form_labels, (
                self.tr("Gate"), self.tr("w₀ (bias, x₀ = −1)"), self.tr("w₁"), self.tr("w₂"),
                self.tr("η (learning rate)"))):
            label.setText(text)
        self.step_button.setText(self.tr("One sample"))
        self.epoch_button.setText(self.tr("One epoch"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Epochs until one passes without a change (at most "
                                           "%1)").replace("%1", str(MAX_RUN_EPOCHS)))
        self.reset_button.setText(self.tr("Reset"))
        self.seed_button.setText(self.tr("Load the seed 001 program"))
        self.seed_button.setToolTip(self.tr("AND, w = [0.3, 0.4, 0.1], η = 0.05, as in the "
                                            "course's Python program (3 epochs end at "
                                            "[0.4, 0.3, 0.1])"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Epoch"), self.tr("x₁"), self.tr("x₂"), self.tr("k = w·x"), self.tr("y"),
            self.tr("t"), self.tr("t − y"), self.tr("w before"), self.tr("w after")])
        self._show_status()

    # -- actions ------------------------------------------------------------------------------
    @Slot()
    def step_sample(self) -> None:
        self.lab.step_sample()
        self._after_steps(1)

    @Slot()
    def step_epoch(self) -> None:
        self._after_steps(len(self.lab.step_epoch()))

    @Slot()
    def run(self) -> None:
        before = len(self.lab.visits)
        self.lab.run()
        self._after_steps(len(self.lab.visits) - before)

    @Slot()
    def load_seed_program(self) -> None:
        """The seed's program: AND, w = [0.3, 0.4, 0.1], η = 0.05."""
        for spin in (*self.weight_spins, self.eta):
            spin.blockSignals(True)
        for spin, w in zip(self.weight_spins, SEED_WEIGHTS):
            spin.setValue(w)
        self.eta.setValue(SEED_LEARNING_RATE)
        for spin in (*self.weight_spins, self.eta):
            spin.blockSignals(False)
        self.gate.setCurrentIndex(self.gate.findData("and"))
        self._restart()

    @Slot()
    def _restart(self) -> None:
        self.lab.reset(gate=self.gate.currentData(),
                       weights=[s.value() for s in self.weight_spins],
                       learning_rate=self.eta.value())
        self.table.setRowCount(0)
        self._redraw()

    # -- drawing ------------------------------------------------------------------------------
    def _after_steps(self, n: int) -> None:
        visits = self.lab.visits
        for visit in visits[len(visits) - n:]:
            self._add_row(visit)
        self.table.resizeColumnsToContents()
        self.table.scrollToBottom()
        self._redraw()

    def _add_row(self, v) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (str(v.epoch), format_number(v.inputs[1]), format_number(v.inputs[2]),
                 format_number(v.weighted_sum), format_number(v.output), format_number(v.target),
                 format_number(v.error), format_vector(v.weights_before),
                 format_vector(v.weights_after))
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if v.changed:
                item.setBackground(QBrush(CHANGED_ROW))
                if col >= 6:
                    f = QFont(item.font())
                    f.setBold(True)
                    item.setFont(f)
            self.table.setItem(row, col, item)

    def _redraw(self) -> None:
        lab = self.lab
        outputs = lab.outputs()
        brushes = [pg.mkBrush(palette.CLASS_COLORS[int(t)]) for t in lab.t]
        pens = [pg.mkPen(palette.POINT_OUTLINE if o == t else palette.ERROR, width=1.5 if o == t
                         else 3) for o, t in zip(outputs, lab.t)]
        self._points.setData(lab.x[:, 0], lab.x[:, 1], brush=brushes, pen=pens)
        for text, t, o in zip(self._labels, lab.t, outputs):
            text.setText(self.tr("t=%1 y=%2").replace("%1", format_number(t))
                         .replace("%2", format_number(o)))
        if lab.visits:
            i = lab.visits[-1].index
            self._current.setData([lab.x[i, 0]], [lab.x[i, 1]])
        else:
            self._current.setData([], [])
        line = lab.boundary()
        if line is None:
            self._line.setData([], [])
        else:
            w0, w1, w2 = line
            if abs(w2) >= abs(w1):
                xs = [-0.5, 1.5]
                ys = [(w0 - w1 * x) / w2 for x in xs]
            else:
                ys = [-0.5, 1.5]
                xs = [(w0 - w2 * y) / w1 for y in ys]
            self._line.setData(xs, ys)
        self.weights_label.setText(self.tr("w = %1").replace("%1", format_vector(lab.weights)))
        self._show_status()

    def _show_status(self) -> None:
        lab = self.lab
        if not lab.visits:
            text = self.tr("Press “One sample” to show the first corner to the neuron.")
        elif lab.converged:
            text = self.tr("Converged after %1 epoch(s): a whole epoch without a mistake, so the "
                           "weights no longer change.").replace("%1", str(lab.epochs_done))
        elif not lab.linearly_separable:
            text = self.tr("Epoch %1 and still wrong. XOR never converges: no single straight "
                           "line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the "
                           "other. It takes a second layer — a multi-layer network draws two "
                           "lines.").replace("%1", str(lab.epoch))
        else:
            text = self.tr("Epoch %1, next corner: (%2).").replace("%1", str(lab.epoch)).replace(
                "%2", ", ".join(format_number(v) for v in lab.x[lab.next_index]))
        self.status.setText(text)
