"""ActivationsView: f(x) and f′(x) of each activation; softmax's overflow (seeds 001/003/004)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSpinBox, QTableWidgetItem, QVBoxLayout)

import pyqtgraph as pg

from nnviz.app.instruments.instrument_view import (InstrumentView, format_number, make_plot,
                                                   make_table)
from nnviz.app.panels.panel_base import registry_text
from nnviz.app.views import palette
from nnviz.engine.activations import ACTIVATIONS
from nnviz.lab.instruments import activation_explorer as ax

VALUE_COLOR = "#1F2328"
SLOPE_COLOR = "#0A6EBD"
FLAT_BRUSH = (198, 40, 40, 40)


class ActivationsView(InstrumentView):
    """The activation explorer; ``names`` lists the activations offered, in registry order."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.names = ax.curve_names()
        self.list = QListWidget()
        for name in self.names:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)  # named by retranslate(), in the current language
        self.list.setMaximumWidth(150)
        self.plot = make_plot("x", "", 200)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.addLegend(offset=(10, 10), labelTextSize="11pt")
        self._value = self.plot.plot(pen=pg.mkPen(VALUE_COLOR, width=3), name="f(x)")
        self._slope = self.plot.plot(pen=pg.mkPen(SLOPE_COLOR, width=3,
                                                  style=Qt.PenStyle.DashLine), name="f′(x)")
        self._regions = []
        self.layers = QSpinBox()
        self.layers.setRange(1, 30)
        self.layers.setValue(5)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setFont(palette.font(palette.FONT_NORMAL))
        self._layers_word = QLabel()
        upper = QHBoxLayout()
        upper.addWidget(self.list)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        layers_row = QHBoxLayout()
        layers_row.addWidget(self._layers_word)
        layers_row.addWidget(self.layers)
        layers_row.addStretch(1)
        right.addLayout(layers_row)
        right.addWidget(self.readout)
        upper.addLayout(right, 1)
        self.body.addLayout(upper, 3)

        self.softmax_box = QGroupBox()
        box = QVBoxLayout(self.softmax_box)
        self.vector_edit = QLineEdit(", ".join(f"{v:g}" for v in ax.SEED_VECTOR))
        self.vector_edit.setFont(palette.font(palette.FONT_LARGE))
        self._vector_word = QLabel()
        row = QHBoxLayout()
        row.addWidget(self._vector_word)
        row.addWidget(self.vector_edit, 1)
        box.addLayout(row)
        self.softmax_table = make_table([""] * 3)
        self.softmax_table.setMinimumHeight(140)
        box.addWidget(self.softmax_table)
        self.softmax_verdict = QLabel()
        self.softmax_verdict.setWordWrap(True)
        self.softmax_verdict.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        box.addWidget(self.softmax_verdict)
        self.body.addWidget(self.softmax_box, 2)

        self.list.currentRowChanged.connect(self._show_curve)
        self.layers.valueChanged.connect(self._show_curve)
        self.vector_edit.editingFinished.connect(self._show_softmax)
        self.list.setCurrentRow(self.names.index("sigmoid"))
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "<b>Activation and its slope.</b> Backprop multiplies by f′(z) at every layer; where "
            "f′ is near 0 (red bands, |f′| &lt; %1) the gradient all but vanishes. Sigmoid's "
            "slope is at most 0.25, so through n layers it shrinks at least like 0.25ⁿ. "
            "Below: softmax of a vector, computed as written and with the maximum subtracted "
            "first (the same answer, without overflow).").replace("%1", format_number(ax.NEAR_ZERO))

    def _name_items(self) -> None:
        """The list's activation names in the current language (the registry's words)."""
        for row, name in enumerate(self.names):
            self.list.item(row).setText(registry_text(ACTIVATIONS.entry(name).display))

    def retranslate(self) -> None:
        super().retranslate()
        self._name_items()
        self._layers_word.setText(self.tr("Layers in a row"))
        self.softmax_box.setTitle(self.tr("Softmax: why subtract the maximum (seed 004)"))
        self._vector_word.setText(self.tr("z ="))
        self._show_curve()
        self._show_softmax()

    @property
    def current_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "sigmoid"

    def select(self, name: str) -> None:
        self.list.setCurrentRow(self.names.index(name))

    @Slot()
    def _show_curve(self) -> None:
        curve = ax.activation_curve(self.current_name)
        self.curve = curve
        self._value.setData(curve.x, curve.value)
        self._slope.setData(curve.x, curve.slope)
        for region in self._regions:
            self.plot.removeItem(region)
        self._regions = []
        for lo, hi in curve.flat_regions:
            region = pg.LinearRegionItem((lo, hi), movable=False, brush=pg.mkBrush(*FLAT_BRUSH),
                                         pen=pg.mkPen(None))
            region.setZValue(-10)
            self.plot.addItem(region)
            self._regions.append(region)
        n = self.layers.value()
        self.readout.setText(self.tr(
            "largest |f′(x)| = <b>%1</b> &nbsp;→&nbsp; through %2 layers the gradient is "
            "multiplied by at most <b>%3</b>. %4")
            .replace("%1", format_number(curve.max_slope)).replace("%2", str(n))
            .replace("%3", format_number(curve.through_layers(n)))
            .replace("%4", registry_text(ACTIVATIONS.entry(curve.name).doc)))

    @Slot()
    def _show_softmax(self) -> None:
        text = self.vector_edit.text()
        try:
            values = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
            demo = ax.softmax_demo(values)
        except ValueError:
            self.softmax_verdict.setText(self.tr("Type numbers separated by commas, like "
                                                 "1010, 1000, 990."))
            self.softmax_verdict.setStyleSheet(f"color: {palette.ERROR};")
            return
        self.softmax_demo = demo
        rows = [(self.tr("e^z (as written)"), demo.naive_exp),
                (self.tr("e^z / Σ e^z (as written)"), demo.naive),
                (self.tr("z − max(z)"), demo.shifted),
                (self.tr("e^(z − max)"), demo.stable_exp),
                (self.tr("softmax (engine, stable)"), demo.stable)]
        t = self.softmax_table
        t.setColumnCount(len(demo.z) + 1)
        t.setHorizontalHeaderLabels([""] + ["z = " + format_number(v) for v in demo.z])
        t.setRowCount(len(rows))
        for r, (label, values) in enumerate(rows):
            t.setItem(r, 0, QTableWidgetItem(label))
            for c, v in enumerate(values, start=1):
                item = QTableWidgetItem(format_number(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r < 2 and not abs(v) < float("inf"):
                    item.setForeground(pg.mkColor(palette.ERROR))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        if demo.naive_failed:
            self.softmax_verdict.setText(self.tr(
                "As written, e^z overflows (e^710 is already too big for a float64): ∞ / ∞ = "
                "NaN. Subtracting the maximum changes nothing mathematically, but the largest "
                "exponent becomes e^0 = 1 and the answer is finite."))
            self.softmax_verdict.setStyleSheet(f"color: {palette.ERROR};")
        else:
            self.softmax_verdict.setText(self.tr(
                "Both ways agree here; try 1010, 1000, 990 to see the written formula overflow."))
            self.softmax_verdict.setStyleSheet("")
