"""LearningRatePlot: the schedule's learning rate over epochs, under the loss curves.

Shown only while a schedule is on. The line is the schedule itself (from the lab, so the
formula lives in one place): solid up to the current epoch, dotted for what is still to come,
with a dot at the rate the optimizer uses now.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.views import palette
from nnviz.app.views.curves_axes import nice_ceil
from nnviz.lab.epoch_schedules import learning_rate_curve, schedule_span

RATE_COLOR = "#6A3D9A"  # purple: not a weight sign (orange/blue), not a loss (grey/black)
PLOT_HEIGHT = 84


def format_rate(value: float) -> str:
    """4 significant digits, a real minus in the exponent."""
    return f"{value:.4g}".replace("-", "\u2212")


class LearningRatePlot(QWidget):
    """The learning rate over epochs while a schedule is on; hidden for a constant rate.

    Methods
    -------
    show_snapshot(snap)
        Follow ``snap``: its config's schedule, its epoch and its current learning rate.
    curve() -> (epochs, rates)
        The drawn schedule (both parts joined).
    now_point() -> (epoch, rate) or None
        Where the dot is.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = None
        # No number here: the Training panel's "Now" shows the rate at every frame.
        self._title = QLabel(self.tr("Learning rate by epoch (schedule)"))
        self._title.setFont(palette.font(palette.FONT_SMALL))
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setStyleSheet(f"color: {palette.TEXT_MUTED};")
        self._plot = pg.PlotWidget(background=palette.BACKGROUND)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.setFixedHeight(PLOT_HEIGHT)
        item = self._plot.getPlotItem()
        tick_font = palette.font(palette.FONT_SMALL)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickLength=3, tickTextOffset=2)
            axis.setTickFont(tick_font)
            axis.setPen(pg.mkPen(palette.BORDER))
            axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
        item.getAxis("left").setWidth(44)
        item.getViewBox().disableAutoRange()
        item.setContentsMargins(0, 2, 8, 0)
        self._past = item.plot(pen=pg.mkPen(RATE_COLOR, width=2))
        self._future = item.plot(pen=pg.mkPen(RATE_COLOR, width=1.5, style=Qt.PenStyle.DotLine))
        self._now = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(RATE_COLOR),
                                       pen=pg.mkPen(palette.BACKGROUND, width=1))
        item.addItem(self._now)
        palette.use_light_background(self)
        tip = self.tr("The learning rate the schedule gives over the epochs: solid up to now, "
                      "dotted for what is to come; the dot is the rate used now.")
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._title)
        layout.addWidget(self._plot)
        self.hide()

    def show_snapshot(self, snap) -> None:
        config = getattr(snap, "config", None)
        training = getattr(config, "training", None)
        if training is None or training.schedule == "constant":
            self._key = None
            self.hide()
            return
        epoch = int(snap.epoch)
        # The x axis reaches past now: the whole shape at first, then a little ahead.
        last = max(schedule_span(training), math.ceil(nice_ceil(epoch * 1.1)))
        key = (training, last, epoch, float(snap.learning_rate))
        if key != self._key:
            self._key = key
            self._draw(training, last, epoch, float(snap.learning_rate))
        self.show()

    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        past_x, past_y = self._past.getData()
        future_x, future_y = self._future.getData()
        parts = [(x, y) for x, y in ((past_x, past_y), (future_x, future_y)) if x is not None]
        if not parts:
            return np.empty(0), np.empty(0)
        return (np.concatenate([x for x, _ in parts]), np.concatenate([y for _, y in parts]))

    def now_point(self) -> tuple[int, float] | None:
        x, y = self._now.getData()
        return None if x is None or not len(x) else (int(x[0]), float(y[0]))

    def _draw(self, training, last: int, epoch: int, rate: float) -> None:
        epochs, rates = learning_rate_curve(training, last)
        cut = int(np.searchsorted(epochs, epoch, side="right"))
        past_x = np.append(epochs[:cut], epoch)
        past_y = np.append(rates[:cut], learning_rate_curve(training, epoch, points=2)[1][-1])
        self._past.setData(past_x, past_y)
        self._future.setData(np.insert(epochs[cut:], 0, epoch),
                             np.insert(rates[cut:], 0, past_y[-1]))
        self._now.setData([epoch], [rate])
        top = max(float(training.learning_rate), rate) * 1.08
        view = self._plot.getPlotItem().getViewBox()
        view.setRange(xRange=(0.0, float(last)), yRange=(0.0, top), padding=0.0)
        self._now.setToolTip(self.tr("%1 at epoch %2").replace("%1", format_rate(rate))
                             .replace("%2", str(epoch)))

