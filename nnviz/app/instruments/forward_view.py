"""ForwardView: one point through the live network, neuron by neuron (seed 000, 순전파)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem

from nnviz.app.instruments.instrument_view import format_number, number_spin
from nnviz.app.instruments.live_view import LiveInstrumentView, compact_table
from nnviz.app.views import palette
from nnviz.lab.instruments.forward_pass import forward_pass

CURRENT_ROW = "#FFF1C2"   # the rows of the layer being stepped through


def layer_title(view, layer: int, n_layers: int) -> str:
    """"input", "hidden 1", ..., "output" for column ``layer`` of ``n_layers`` Dense layers
    (``view`` is unused: one translation context serves every live instrument)."""
    if layer == 0:
        return QCoreApplication.translate("LiveInstruments", "input")
    if layer == n_layers:
        return QCoreApplication.translate("LiveInstruments", "output")
    return QCoreApplication.translate("LiveInstruments", "hidden %1").replace("%1", str(layer))


class ForwardView(LiveInstrumentView):
    """The forward pass of (x₁, x₂): a table in computation order and numbers on the graph.

    ``current_layer`` is None when every layer is shown, else the layer stepped to (0 = inputs).
    """

    def __init__(self, controller=None, parent=None):
        self.result = None
        self.current_layer = None
        super().__init__(controller, parent)
        self._words = [QLabel(), QLabel()]
        self.x1_spin = number_spin(1.0, -100, 100, 0.1, 3)
        self.x2_spin = number_spin(0.0, -100, 100, 0.1, 3)
        self.next_button = QPushButton()
        self.all_button = QPushButton()
        row = QHBoxLayout()
        for word, spin in zip(self._words, (self.x1_spin, self.x2_spin)):
            row.addWidget(word)
            row.addWidget(spin)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.all_button)
        self.body.addLayout(row)
        self.table = compact_table([""] * 5)
        self.body.addWidget(self.table, 1)
        self.output_label = QLabel()
        self.output_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self.output_label.setWordWrap(True)
        self.body.addWidget(self.output_label)
        self.x1_spin.valueChanged.connect(self._on_point_typed)
        self.x2_spin.valueChanged.connect(self._on_point_typed)
        self.next_button.clicked.connect(self.next_layer)
        self.all_button.clicked.connect(self.show_all)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def help_text(self) -> str:
        return self.tr(
            "<b>Forward pass (순전파):</b> every neuron adds up its inputs times their weights "
            "plus its bias, z = Σ w·x + b, and sends on a = f(z). Click a point on the output "
            "view or type x₁, x₂; <i>Next layer</i> walks through the network one layer at a "
            "time, as the computer does.")

    def retranslate(self) -> None:
        super().retranslate()
        self._words[0].setText("x₁")
        self._words[1].setText("x₂")
        self.next_button.setText(self.tr("Next layer"))
        self.all_button.setText(self.tr("All layers"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Layer"), self.tr("Neuron"), self.tr("Weighted sum z = Σ w·x + b"),
            self.tr("Activation"), self.tr("Output a = f(z)")])
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def set_point(self, x1: float, x2: float) -> None:
        """Trace (x₁, x₂), as typing them does."""
        for spin, v in ((self.x1_spin, x1), (self.x2_spin, x2)):
            spin.blockSignals(True)
            spin.setValue(v)
            spin.blockSignals(False)
        self.refresh()

    def on_point_clicked(self, x: float, y: float) -> None:
        self.set_point(round(x, 2), round(y, 2))

    @Slot()
    def _on_point_typed(self) -> None:
        self.refresh()

    @Slot()
    def next_layer(self) -> None:
        """Step to the next layer (after the output, back to the inputs)."""
        n = len(self.result.layers) if self.result is not None else 0
        if self.current_layer is None or self.current_layer >= n:
            self.current_layer = 0
        else:
            self.current_layer += 1
        self._show()

    @Slot()
    def show_all(self) -> None:
        self.current_layer = None
        self._show()

    # -- drawing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "table"):
            return
        if not self.network.ready:
            self.result = None
        else:
            self.result = forward_pass(self.network, self.x1_spin.value(), self.x2_spin.value())
        self._show()

    def _visible(self, layer: int) -> bool:
        return self.current_layer is None or layer <= self.current_layer

    def _show(self) -> None:
        result = self.result
        self.table.setRowCount(0)
        if result is None:
            self.output_label.setText(self.tr("Waiting for the network…"))
            return
        n = len(result.layers)
        steps = [s for s in result.steps() if self._visible(s.layer)]
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            cells = (layer_title(self, step.layer, n), str(step.unit + 1), step.sum_text,
                     step.activation, format_number(step.a))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if step.layer == self.current_layer:
                    item.setBackground(QColor(CURRENT_ROW))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.current_layer is not None and self.current_layer < n:
            self.output_label.setText(self.tr("Layer %1 of %2: %3").replace(
                "%1", str(self.current_layer)).replace("%2", str(n)).replace(
                "%3", layer_title(self, self.current_layer, n)))
        else:
            outputs = ", ".join(format_number(a) for a in result.output)
            self.output_label.setText(self.tr("Output for (%1, %2): a = %3").replace(
                "%1", format_number(result.point[0])).replace(
                "%2", format_number(result.point[1])).replace("%3", outputs))
        self.draw_overlay()

    def overlay(self, canvas) -> None:
        result = self.result
        if result is None:
            return
        notes = {}
        if self._visible(0):
            for i, v in enumerate(result.inputs):
                notes[(0, i)] = format_number(v)
        for step in result.steps():
            if self._visible(step.layer):
                notes[(step.layer, step.unit)] = "z = {0}\na = {1}".format(
                    format_number(step.z), format_number(step.a))
        canvas.set_node_annotations(notes)
        canvas.set_highlight_layer(self.current_layer)
