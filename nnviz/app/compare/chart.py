"""CompareChart: both runs' loss curves in one chart, labelled by what differs."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.views import palette

translate = QCoreApplication.translate

#: Run colours (Okabe-Ito): apart from the data's orange and blue, and from each other for
#: every common colour-vision deficiency.
RUN_COLOURS = {"A": "#009E73", "B": "#CC79A7"}
LINE_WIDTH = 2.5


class CompareChart(QWidget):
    """Test loss (solid) and training loss (dashed) of runs A and B over epochs.

    Methods
    -------
    set_labels(label_a, label_b)
        The legend's names for the runs, e.g. "A · optimizer adam".
    show_frame(snap_a, snap_b)
        Draw both histories.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(palette.font(palette.FONT_LARGE, bold=True))
        top.addWidget(self.title, 1)
        self.log_box = QCheckBox(translate("CompareWindow", "Log scale"))
        self.log_box.setToolTip(translate(
            "CompareWindow", "Show the loss on a logarithmic axis: small losses stay apart."))
        self.log_box.toggled.connect(self._set_log)
        top.addWidget(self.log_box)
        layout.addLayout(top)
        self.plot = pg.PlotWidget(background=palette.BACKGROUND)
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.setLabel("bottom", translate("CompareWindow", "Epoch"))
        item.setLabel("left", translate("CompareWindow", "Loss"))
        item.showGrid(x=True, y=True, alpha=0.2)
        item.getAxis("left").enableAutoSIPrefix(False)  # losses read as 0.5, not 500 (×0.001)
        item.setClipToView(True)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize="10pt",
                                     labelTextColor=palette.TEXT,
                                     brush=pg.mkBrush(255, 255, 255, 225),
                                     pen=pg.mkPen(palette.BORDER))
        self.curves = {}
        for which in ("A", "B"):
            colour = RUN_COLOURS[which]
            self.curves[(which, "test")] = item.plot(
                pen=pg.mkPen(colour, width=LINE_WIDTH))
            self.curves[(which, "train")] = item.plot(
                pen=pg.mkPen(colour, width=LINE_WIDTH * 0.6, style=Qt.PenStyle.DashLine))
        for curve in self.curves.values():
            curve.setDownsampling(auto=True, method="peak")
        layout.addWidget(self.plot, 1)
        self._frame = (None, None)
        self.set_labels("A", "B")

    def set_labels(self, label_a: str, label_b: str) -> None:
        """Name the runs in the legend (test and training curve of each)."""
        self.legend.clear()
        test, train = translate("CompareWindow", "test"), translate("CompareWindow", "training")
        for which, label in zip(("A", "B"), (label_a, label_b)):
            self.legend.addItem(self.curves[(which, "test")], f"{label} — {test}")
            self.legend.addItem(self.curves[(which, "train")], f"{label} — {train}")

    def legend_texts(self) -> list[str]:
        """The legend's entries as shown."""
        return [label.text for _sample, label in self.legend.items]

    def show_frame(self, snap_a, snap_b) -> None:
        self._frame = (snap_a, snap_b)
        log = self.log_box.isChecked()
        for which, snap in (("A", snap_a), ("B", snap_b)):
            if snap is None:
                continue
            x = np.asarray(snap.epochs, dtype=float)
            for kind, y in (("test", snap.test_loss), ("train", snap.train_loss)):
                y = np.asarray(y, dtype=float)
                finite = np.isfinite(y) & ((y > 0) if log else True)
                self.curves[(which, kind)].setData(x[finite], y[finite])

    def curve_data(self, which: str, kind: str = "test") -> tuple[np.ndarray, np.ndarray]:
        """The points drawn for run ``which`` (``"test"`` or ``"train"`` loss)."""
        return self.curves[(which, kind)].getData()

    def _set_log(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(y=bool(on))
        self.show_frame(*self._frame)  # a log axis leaves out losses of 0
