"""CurvesView: train/test loss (and accuracy) over epochs, with the current values in big type."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.views import palette
from nnviz.app.views.decimate import minmax_decimate

ACCURACY_COLOR = "#009E73"


def format_loss(value: float) -> str:
    """A loss as students read it: 0.123, 1.25e-04, NaN, ∞; '—' for no value yet."""
    if value is None:
        return "—"
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value != 0 and abs(value) < 0.001:
        return f"{value:.2e}"
    if abs(value) >= 1000:
        return f"{value:.4g}"
    return f"{value:.3f}"


def format_accuracy(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{100.0 * value:.1f}%"


class _Value(QWidget):
    """A small caption over a big number, with a colour swatch naming its curve."""

    def __init__(self, caption: str, colour: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.caption = QLabel(f"<span style='color:{colour}'>■</span> {caption}")
        self.caption.setFont(palette.font(palette.FONT_SMALL))
        self.caption.setStyleSheet(f"color: {palette.TEXT_MUTED};")
        self.value = QLabel("—")
        self.value.setFont(palette.font(palette.FONT_NUMBER, bold=True))
        self.value.setStyleSheet(f"color: {palette.TEXT};")
        lay.addWidget(self.caption)
        lay.addWidget(self.value)


class CurvesView(QWidget):
    """Loss curves for train and test data over epochs; accuracy on a right axis for classifiers.

    The whole history is always shown, min/max-decimated to about two points per pixel. A
    crosshair follows the mouse and reads out the epoch and values under it.

    Methods
    -------
    show_snapshot(snap)
        Draw the snapshot's history (skipped when ``snap.serial`` did not change).
    set_log_scale(on)
        Loss axis logarithmic or linear (also a check box in the view).
    values_text() -> str
        The current values as one line, e.g. ``"Test loss 0.123 · Train loss 0.118 · ..."``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._serial = None
        self._snap = None
        self._classification = True
        self._data = {}  # full-resolution arrays for the crosshair

        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self._test = _Value(self.tr("Test loss"), palette.TEST_CURVE)
        self._train = _Value(self.tr("Train loss"), palette.TRAIN_CURVE)
        self._acc = _Value(self.tr("Accuracy"), ACCURACY_COLOR)
        self._acc.setToolTip(self.tr("Share of test points classified correctly"))
        for i, w in enumerate((self._test, self._train, self._acc)):
            grid.addWidget(w, 0, i)
        top.addLayout(grid)
        top.addStretch(1)
        self._log = QCheckBox(self.tr("Log scale"))
        self._log.setFont(palette.font(palette.FONT_SMALL))
        self._log.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self._log.toggled.connect(self.set_log_scale)
        top.addWidget(self._log, 0, Qt.AlignmentFlag.AlignTop)

        self._plot = pg.PlotWidget(background=palette.BACKGROUND)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.setMinimumHeight(70)
        item = self._plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        tick_font = palette.font(palette.FONT_SMALL)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setTickFont(tick_font)
            axis.setPen(pg.mkPen(palette.BORDER))
            axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
        item.getAxis("left").setWidth(44)
        item.setContentsMargins(0, 8, 0, 0)
        item.getViewBox().sigYRangeChanged.connect(self._update_log_ticks)
        palette.use_light_background(self)

        self._train_curve = item.plot(pen=pg.mkPen(palette.TRAIN_CURVE, width=2),
                                      connect="finite")
        self._test_curve = item.plot(pen=pg.mkPen(palette.TEST_CURVE, width=2.5),
                                     connect="finite")
        # Accuracy lives in its own ViewBox on the right axis, fixed at 0..100 %.
        self._acc_box = pg.ViewBox(enableMouse=False, enableMenu=False)
        item.showAxis("right")
        item.scene().addItem(self._acc_box)
        item.getAxis("right").linkToView(self._acc_box)
        item.getAxis("right").setWidth(48)
        self._acc_box.setXLink(item)
        self._acc_box.setYRange(-0.03, 1.05, padding=0.0)
        item.getAxis("right").setTicks([[(0.0, "0%"), (0.5, "50%"), (1.0, "100%")]])
        # A grid on this axis would clip its labels to the plot (no 0 % / 100 %).
        item.getAxis("right").setGrid(False)
        item.getAxis("right").setStyle(hideOverlappingLabels=False)
        self._train_acc = pg.PlotDataItem(pen=pg.mkPen(ACCURACY_COLOR, width=1.5,
                                                       style=Qt.PenStyle.DashLine),
                                          connect="finite")
        self._test_acc = pg.PlotDataItem(pen=pg.mkPen(ACCURACY_COLOR, width=2),
                                         connect="finite")
        self._acc_box.addItem(self._train_acc)
        self._acc_box.addItem(self._test_acc)
        item.getViewBox().sigResized.connect(self._sync_boxes)

        self._cross = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(palette.TEXT_MUTED, width=1))
        self._cross.setZValue(10)
        self._label = pg.TextItem(color=palette.TEXT, fill=pg.mkBrush(255, 255, 255, 225),
                                  border=pg.mkPen(palette.BORDER))
        self._label.setFont(palette.font(palette.FONT_SMALL))
        self._label.setZValue(11)
        item.addItem(self._cross, ignoreBounds=True)
        item.addItem(self._label, ignoreBounds=True)
        self._cross.hide()
        self._label.hide()
        item.scene().sigMouseMoved.connect(self._mouse_moved)
        self._plot.viewport().installEventFilter(self)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(top)
        lay.addWidget(self._plot, 1)
        self._set_classification(True)

    # -- public API --------------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        """Draw ``snap``'s history; cheap when the serial is unchanged."""
        if snap is None or snap.serial == self._serial:
            return
        self._serial = snap.serial
        self._snap = snap
        problem = getattr(snap.data, "problem", None)
        if problem is None and snap.config is not None:
            problem = snap.config.training.problem
        self._set_classification(problem != "regression")
        self._redraw()

    def set_log_scale(self, on: bool) -> None:
        """Loss axis logarithmic (True) or linear."""
        if self._log.isChecked() != on:
            self._log.setChecked(on)  # re-enters through toggled
            return
        self._plot.getPlotItem().setLogMode(y=on)
        if not on:
            self._plot.getPlotItem().getAxis("left").setTicks(None)
        self._redraw()
        self._update_log_ticks()

    def log_scale(self) -> bool:
        return self._log.isChecked()

    def values_text(self) -> str:
        """The big numbers as one line of text."""
        parts = [f"{self.tr('Test loss')} {self._test.value.text()}",
                 f"{self.tr('Train loss')} {self._train.value.text()}"]
        if self._classification:
            parts.append(f"{self.tr('Accuracy')} {self._acc.value.text()}")
        return " · ".join(parts)

    def hover_text(self) -> str:
        """The crosshair's read-out ('' when hidden)."""
        return self._label.toPlainText() if self._label.isVisible() else ""

    def hover_epoch(self, epoch: float) -> None:
        """Put the crosshair at ``epoch`` (what moving the mouse there does)."""
        self._show_cross(epoch)

    def plot_item(self) -> pg.PlotItem:
        return self._plot.getPlotItem()

    # -- drawing -----------------------------------------------------------------------------
    def _set_classification(self, on: bool) -> None:
        self._classification = on
        self._acc.setVisible(on)
        self._acc_box.setVisible(on)
        item = self._plot.getPlotItem()
        if on:
            item.showAxis("right")
        else:
            item.hideAxis("right")

    def _sync_boxes(self) -> None:
        item = self._plot.getPlotItem()
        self._acc_box.setGeometry(item.getViewBox().sceneBoundingRect())
        self._acc_box.linkedViewChanged(item.getViewBox(), self._acc_box.XAxis)
        if self._snap is not None:
            self._redraw()

    def _redraw(self) -> None:
        snap = self._snap
        if snap is None:
            return
        x = np.asarray(snap.epochs, dtype=np.float64)
        series = {"train": snap.train_loss, "test": snap.test_loss,
                  "train_acc": snap.train_metric, "test_acc": snap.test_metric}
        series = {k: np.asarray(v, dtype=np.float64) for k, v in series.items()}
        self._data = {"x": x, **series}
        for w, text, v in ((self._test, format_loss, _last(series["test"])),
                           (self._train, format_loss, _last(series["train"])),
                           (self._acc, format_accuracy, _last(series["test_acc"]))):
            w.value.setText(text(v))
            bad = v is not None and not math.isfinite(v) and w is not self._acc
            w.value.setStyleSheet(f"color: {palette.ERROR if bad else palette.TEXT};")
        bins = max(32, int(self._plot.getPlotItem().getViewBox().width()))
        log = self._log.isChecked()
        for key, curve in (("train", self._train_curve), ("test", self._test_curve),
                           ("train_acc", self._train_acc), ("test_acc", self._test_acc)):
            y = series[key]
            if len(y) != len(x):
                curve.setData([], [])
                continue
            if log and not key.endswith("acc"):
                y = np.where(y > 0, y, np.nan)
            if key.endswith("acc") and not self._classification:
                curve.setData([], [])
                continue
            xd, yd = minmax_decimate(x, y, bins)
            if not np.isfinite(yd).any():
                curve.setData([], [])
                continue
            curve.setData(xd, yd, connect="finite")
        if len(x):
            hi = float(np.nanmax(x)) if np.isfinite(x).any() else 1.0
            lo = float(np.nanmin(x)) if np.isfinite(x).any() else 0.0
            self._plot.getPlotItem().setXRange(lo, max(hi, lo + 1.0), padding=0.02)
        if self._cross.isVisible():
            self._show_cross(self._cross.value())

    def _update_log_ticks(self, *args) -> None:
        """Label only 1, 2, 5 x 10^k on a log axis: pyqtgraph's minor labels pile up when short."""
        if not self._log.isChecked():
            return
        lo, hi = self._plot.getPlotItem().getViewBox().viewRange()[1]
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo > 60:
            return
        rows = max(2, int(self._plot.getPlotItem().getViewBox().height() // 28))
        pad = 0.06 * (hi - lo)  # a label on the very edge would be hidden by pyqtgraph
        lo, hi = lo + pad, hi - pad
        ticks = []
        for mult in ((1,), (1, 5), (1, 2, 5)):
            ticks = [(math.log10(m) + k, format_loss(m * 10.0 ** k))
                     for k in range(math.floor(lo), math.ceil(hi) + 1) for m in mult
                     if lo <= math.log10(m) + k <= hi]
            if len(ticks) >= 2:
                break
        if len(ticks) > rows:
            step = math.ceil(len(ticks) / rows)
            ticks = ticks[::step]
        self._plot.getPlotItem().getAxis("left").setTicks([ticks, []])

    # -- crosshair ---------------------------------------------------------------------------
    def _mouse_moved(self, pos) -> None:
        vb = self._plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self._hide_cross()
            return
        self._show_cross(vb.mapSceneToView(pos).x())

    def _show_cross(self, epoch: float) -> None:
        d = self._data
        x = d.get("x")
        if x is None or len(x) == 0:
            return
        i = int(np.clip(np.searchsorted(x, epoch), 0, len(x) - 1))
        if i > 0 and abs(x[i - 1] - epoch) < abs(x[i] - epoch):
            i -= 1
        xi = float(x[i])
        lines = [self.tr("Epoch {0}").format(_epoch_text(xi)),
                 f"{self.tr('Test loss')} {format_loss(_at(d['test'], i))}",
                 f"{self.tr('Train loss')} {format_loss(_at(d['train'], i))}"]
        if self._classification:
            lines.append(f"{self.tr('Accuracy')} {format_accuracy(_at(d['test_acc'], i))}")
        self._label.setText("\n".join(lines))
        self._cross.setValue(xi)
        vb = self._plot.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        right_half = xi > (x0 + x1) / 2
        self._label.setAnchor((1.0, 0.0) if right_half else (0.0, 0.0))
        self._label.setPos(QPointF(xi, y1))
        self._cross.show()
        self._label.show()

    def _hide_cross(self) -> None:
        self._cross.hide()
        self._label.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Leave:
            self._hide_cross()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        compact = self.height() < 190
        self._plot.getPlotItem().setLabel("bottom", "" if compact else self.tr("Epoch"),
                                          color=palette.TEXT_MUTED)
        size = palette.FONT_LARGE + 1 if compact else palette.FONT_NUMBER
        for w in (self._test, self._train, self._acc):
            w.value.setFont(palette.font(size, bold=True))


def _last(y: np.ndarray):
    return float(y[-1]) if len(y) else None


def _at(y: np.ndarray, i: int):
    return float(y[i]) if 0 <= i < len(y) else None


def _epoch_text(x: float) -> str:
    return str(int(round(x))) if abs(x - round(x)) < 1e-9 else f"{x:.2f}"

