"""LossesView: squared error against cross-entropy, and a batch's mean loss (seeds 002/004)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QTableWidgetItem, QVBoxLayout)

import pyqtgraph as pg

from nnviz.app.instruments.instrument_view import (InstrumentView, format_number, make_plot,
                                                   make_table)
from nnviz.app.views import palette
from nnviz.lab.instruments import loss_explorer as lx

SE_COLOR = "#0072B2"
CE_COLOR = "#D55E00"
Y_LIMIT = 6.0


class LossesView(InstrumentView):
    """Two plots per target (loss, slope) and the batch table of (prediction, target) rows."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.squared_box = QComboBox()
        for name in lx.SQUARED_ERRORS:
            self.squared_box.addItem("", name)
        self._se_word = QLabel()
        row = QHBoxLayout()
        row.addWidget(self._se_word)
        row.addWidget(self.squared_box)
        row.addStretch(1)
        self.body.addLayout(row)

        grid = QGridLayout()
        self.plots, self._curves = {}, {}
        for col, target in enumerate((1.0, 0.0)):
            for r, kind in enumerate(("loss", "slope")):
                plot = make_plot("", "", 130)
                plot.setMouseEnabled(x=False, y=False)
                plot.setXRange(0, 1, padding=0.02)
                plot.addLegend(offset=(-10, 5) if target == 1 else (10, 5), labelTextSize="10pt")
                se = plot.plot(pen=pg.mkPen(SE_COLOR, width=3), name="SE")
                ce = plot.plot(pen=pg.mkPen(CE_COLOR, width=3), name="BCE")
                grid.addWidget(plot, r, col)
                self.plots[(target, kind)] = plot
                self._curves[(target, kind)] = (se, ce)
        self.body.addLayout(grid, 3)

        self.batch_box = QGroupBox()
        box = QVBoxLayout(self.batch_box)
        self.table = make_table([""] * 4)
        self.table.setEditTriggers(self.table.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(120)
        box.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.mean_label = QLabel()
        self.mean_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self.mean_label.setTextFormat(Qt.TextFormat.RichText)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.mean_label)
        self.body.addWidget(self.batch_box, 2)

        self._filling = False
        self.set_rows(lx.DEFAULT_BATCH)
        self.squared_box.currentIndexChanged.connect(self._redraw)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_row)
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "<b>Loss against the prediction y.</b> Left: the answer is 1; right: it is 0. Both "
            "losses are 0 for a right answer, but a confidently wrong one (y near 0 when the "
            "answer is 1) costs cross-entropy −log y, which grows without limit, while the "
            "squared error stays small; the steeper slope is what drives learning. Below, the "
            "mean loss over N samples: the sum divided by N.")

    def retranslate(self) -> None:
        super().retranslate()
        self._se_word.setText(self.tr("Squared error"))
        self.squared_box.setItemText(0, self.tr("½·(y − t)²  (the course's, sum of squares)"))
        self.squared_box.setItemText(1, self.tr("(y − t)²  (Keras mse)"))
        for (target, kind), plot in self.plots.items():
            title = (self.tr("loss when the answer t = %1") if kind == "loss"
                     else self.tr("slope dL/dy when t = %1"))
            plot.setTitle(title.replace("%1", format_number(target)), color=palette.TEXT,
                          size="11pt")
            plot.getPlotItem().setLabel("bottom", self.tr("prediction y"),
                                        color=palette.TEXT_MUTED)
        self.batch_box.setTitle(self.tr("A batch of N samples (edit the numbers)"))
        self.table.setHorizontalHeaderLabels([self.tr("prediction y"), self.tr("target t"),
                                              self.tr("squared error"),
                                              self.tr("cross-entropy")])
        self.add_button.setText(self.tr("Add a sample"))
        self.remove_button.setText(self.tr("Remove the last"))
        self._redraw()

    @property
    def squared_error(self) -> str:
        return self.squared_box.currentData()

    def rows(self) -> list[tuple[float, float]]:
        out = []
        for r in range(self.table.rowCount()):
            out.append(tuple(float(self.table.item(r, c).data(Qt.ItemDataRole.UserRole))
                             for c in (0, 1)))
        return out

    def set_rows(self, rows) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for p, t in rows:
            self._append(p, t)
        self._filling = False
        self._redraw()

    def _append(self, p: float, t: float) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, v in enumerate((p, t)):
            item = QTableWidgetItem(format_number(v))
            item.setData(Qt.ItemDataRole.UserRole, float(v))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, c, item)
        for c in (2, 3):
            item = QTableWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, c, item)

    @Slot()
    def _add_row(self) -> None:
        if self.table.rowCount() < lx.MAX_BATCH:
            self.set_rows(self.rows() + [(0.5, 1.0)])

    @Slot()
    def _remove_row(self) -> None:
        if self.table.rowCount() > 1:
            self.set_rows(self.rows()[:-1])

    @Slot(object)
    def _on_item_changed(self, item) -> None:
        if self._filling or item.column() > 1:
            return
        old = float(item.data(Qt.ItemDataRole.UserRole))
        try:
            value = float(item.text().replace("\u2212", "-"))
            if not 0 <= value <= 1:
                raise ValueError
        except ValueError:
            value = old
            self.mean_label.setText(self.tr("Predictions and targets are numbers from 0 to 1."))
        self._filling = True
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setText(format_number(value))
        self._filling = False
        self._redraw(keep_message=value == old)

    def _redraw(self, keep_message: bool = False) -> None:
        if not hasattr(self, "plots"):
            return
        names = (self.squared_error, lx.CROSS_ENTROPY)
        for target in (1.0, 0.0):
            curves = lx.loss_curves(target, names)
            for kind, data in (("loss", curves.values), ("slope", curves.slopes)):
                for item, name in zip(self._curves[(target, kind)], names):
                    item.setData(curves.prediction, data[name])
            self.plots[(target, "loss")].setYRange(0, Y_LIMIT * 0.8, padding=0)
            self.plots[(target, "slope")].setYRange(-Y_LIMIT * 2, Y_LIMIT * 2, padding=0)
        rows = self.rows()
        self._filling = True
        se, ce = (lx.batch_loss(n, rows) for n in names)
        for r in range(len(rows)):
            self.table.item(r, 2).setText(format_number(se.per_sample[r]))
            self.table.item(r, 3).setText(format_number(ce.per_sample[r]))
        self._filling = False
        self.table.resizeColumnsToContents()
        self.batch = (se, ce)
        if not keep_message:
            self.mean_label.setText(self.tr(
                "mean over N = %1: &nbsp; squared error <span style='color:%2'>%3</span> "
                "&nbsp; cross-entropy <span style='color:%4'>%5</span>")
                .replace("%1", str(len(rows))).replace("%2", SE_COLOR)
                .replace("%3", format_number(se.mean)).replace("%4", CE_COLOR)
                .replace("%5", format_number(ce.mean)))
