"""DescentView: a ball rolls down a 1-D loss curve by gradient descent (seeds 000/003/004)."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider

import pyqtgraph as pg

from nnviz.app.instruments.instrument_view import (InstrumentView, format_number, make_plot,
                                                   number_spin)
from nnviz.app.instruments.playback import PlaybackControls
from nnviz.app.views import palette
from nnviz.lab.instruments import descent_curve as dc

#: The slider spans learning rates 10^LOG_MIN .. 10^LOG_MAX in SLIDER_STEPS notches.
LOG_MIN, LOG_MAX, SLIDER_STEPS = -3.0, 0.5, 350
PLAY_INTERVAL_MS = 250
BALL_COLOR = "#D55E00"
TANGENT_COLOR = "#0A6EBD"
REGIME_COLORS = {dc.DIVERGED: palette.ERROR, dc.CONVERGED: "#1B7F3B",
                 dc.STUCK_LOCAL: "#B26A00", dc.OVERSHOOTING: "#B26A00", dc.CRAWLING: "#B26A00"}


def slider_to_rate(position: int) -> float:
    """Slider notch -> learning rate, rounded to 2 significant digits for reading."""
    value = 10 ** (LOG_MIN + (LOG_MAX - LOG_MIN) * position / SLIDER_STEPS)
    return float(f"{value:.2g}")


def rate_to_slider(rate: float) -> int:
    return round((math.log10(rate) - LOG_MIN) / (LOG_MAX - LOG_MIN) * SLIDER_STEPS)


class DescentView(InstrumentView):
    """Gradient descent on a curve. ``model`` is the lab's GradientDescent1D."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.model = dc.GradientDescent1D("bowl", 0.1)

        self.curve_box = QComboBox()
        for key in dc.CURVES:
            self.curve_box.addItem("", key)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setRange(0, SLIDER_STEPS)
        self.rate_slider.setValue(rate_to_slider(0.1))
        self.rate_slider.setMinimumWidth(160)
        self.rate_label = QLabel()
        self.rate_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self.rate_label.setMinimumWidth(70)
        self.start_spin = number_spin(self.model.start, -6, 6, 0.1, 2)
        self.playback = PlaybackControls(self, PLAY_INTERVAL_MS, step=self.step,
                                         reset=self._restart, tick=self._tick)
        self.step_button, self.play_button, self.reset_button = self.playback.buttons
        self._words = [QLabel() for _ in range(3)]

        row1 = QHBoxLayout()
        row1.addWidget(self._words[0])
        row1.addWidget(self.curve_box)
        row1.addSpacing(12)
        row1.addWidget(self._words[1])
        row1.addWidget(self.rate_slider, 1)
        row1.addWidget(self.rate_label)
        row2 = QHBoxLayout()
        row2.addWidget(self._words[2])
        row2.addWidget(self.start_spin)
        row2.addStretch(1)
        for b in self.playback.buttons:
            row2.addWidget(b)
        self.body.addLayout(row1)
        self.body.addLayout(row2)

        self.plot = make_plot("x", self.tr("loss"), 200)
        self.plot.setMouseEnabled(x=False, y=False)
        self._curve = pg.PlotCurveItem(pen=pg.mkPen(palette.TEXT, width=2.5))
        self._path = pg.PlotCurveItem(pen=pg.mkPen(BALL_COLOR, width=1.5,
                                                   style=Qt.PenStyle.DashLine))
        self._trail = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(BALL_COLOR + "80"), pen=None)
        self._tangent = pg.PlotCurveItem(pen=pg.mkPen(TANGENT_COLOR, width=2.5))
        self._ball = pg.ScatterPlotItem(size=20, brush=pg.mkBrush(BALL_COLOR),
                                        pen=pg.mkPen(palette.POINT_OUTLINE, width=1.5))
        for item in (self._curve, self._path, self._trail, self._tangent, self._ball):
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._on_plot_clicked)
        self.body.addWidget(self.plot, 1)

        self.readout = QLabel()
        self.readout.setFont(palette.font(palette.FONT_LARGE))
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.regime_label = QLabel()
        self.regime_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self.regime_label.setWordWrap(True)
        self.body.addWidget(self.readout)
        self.body.addWidget(self.regime_label)

        self.curve_box.currentIndexChanged.connect(self._on_curve_changed)
        self.rate_slider.valueChanged.connect(self._restart)
        self.start_spin.valueChanged.connect(self._restart)
        self.retranslate()
        self._draw_curve()
        self._redraw()

    # -- texts --------------------------------------------------------------------------------
    def help_text(self) -> str:
        return self.tr(
            "<b>Gradient descent:</b> x ← x − η·f′(x). The blue line is the tangent; its slope "
            "f′(x) is the gradient. A tiny η crawls, a good one converges, a large one "
            "overshoots to the other side and, past a limit, diverges (on the bowl f = x², "
            "beyond η = 1). Click the plot or type x to choose where the ball starts.")

    def retranslate(self) -> None:
        super().retranslate()
        titles = {"bowl": self.tr("Bowl  f = x²"),
                  "two_valleys": self.tr("Local and global minimum"),
                  "plateau": self.tr("Plateau")}
        for i in range(self.curve_box.count()):
            self.curve_box.setItemText(i, titles[self.curve_box.itemData(i)])
        for label, text in zip(self._words, (self.tr("Curve"), self.tr("Learning rate η"),
                                             self.tr("Start x"))):
            label.setText(text)
        self.playback.retranslate()
        self._redraw()

    # -- actions ------------------------------------------------------------------------------
    @property
    def learning_rate(self) -> float:
        return slider_to_rate(self.rate_slider.value())

    def set_learning_rate(self, rate: float) -> None:
        self.rate_slider.setValue(rate_to_slider(rate))

    @Slot()
    def step(self) -> None:
        self.model.step()
        self._redraw()

    @Slot()
    def _tick(self) -> None:
        self.step()
        if self.model.regime() in (dc.DIVERGED, dc.CONVERGED, dc.STUCK_LOCAL):
            self.playback.set_playing(False)

    @Slot()
    def _on_curve_changed(self) -> None:
        curve = dc.CURVES[self.curve_box.currentData()]
        self.start_spin.blockSignals(True)
        self.start_spin.setRange(*curve.x_range)
        self.start_spin.setValue(curve.start)
        self.start_spin.blockSignals(False)
        self._restart()
        self._draw_curve()

    @Slot()
    def _restart(self) -> None:
        self.model = dc.GradientDescent1D(self.curve_box.currentData(), self.learning_rate,
                                          self.start_spin.value())
        self._redraw()

    def _on_plot_clicked(self, event) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        x = vb.mapSceneToView(event.scenePos()).x()
        self.start_spin.setValue(x)  # clamps to the curve's range, restarts from there

    # -- drawing ------------------------------------------------------------------------------
    def _draw_curve(self) -> None:
        curve = self.model.curve
        xs = np.linspace(*curve.x_range, 400)
        ys = curve.function(xs)
        self._curve.setData(xs, ys)
        span = float(ys.max() - ys.min())
        self.plot.setXRange(*curve.x_range, padding=0.02)
        self.plot.setYRange(float(ys.min()) - 0.08 * span, float(ys.max()) + 0.08 * span,
                            padding=0)

    def _redraw(self) -> None:
        if not hasattr(self, "_ball"):
            return
        m = self.model
        self.rate_label.setText(format_number(m.learning_rate))
        path = np.array(m.path[-60:], dtype=float)
        shown = path[np.isfinite(path) & (np.abs(path) < 1e3)]
        with np.errstate(all="ignore"):
            losses = m.curve.function(shown)
        self._path.setData(shown, losses)
        self._trail.setData(shown, losses)
        x, loss, slope = m.x, m.loss(), m.slope()
        if m.diverged or abs(x) > 1e3:
            self._ball.setData([], [])
            self._tangent.setData([], [])
        else:
            self._ball.setData([x], [loss])
            half = 0.12 * (m.curve.x_range[1] - m.curve.x_range[0])
            dx = half / math.sqrt(1 + slope * slope) if math.isfinite(slope) else 0
            self._tangent.setData([x - dx, x + dx], [loss - slope * dx, loss + slope * dx])
        self.readout.setText(self.tr(
            "step %1 &nbsp; x = <b>%2</b> &nbsp; loss f(x) = <b>%3</b> &nbsp; slope f′(x) = "
            "<b>%4</b> &nbsp; next step −η·f′(x) = <b>%5</b>")
            .replace("%1", str(m.steps)).replace("%2", format_number(x))
            .replace("%3", format_number(loss)).replace("%4", format_number(slope))
            .replace("%5", format_number(-m.learning_rate * slope)))
        regime = m.regime()
        self.regime_label.setText(self._regime_text(regime))
        self.regime_label.setStyleSheet(f"color: {REGIME_COLORS.get(regime, palette.TEXT)};")

    def _regime_text(self, regime: str) -> str:
        return {
            dc.RUNNING: self.tr("Rolling downhill."),
            dc.CRAWLING: self.tr("Crawling: the learning rate is so small that each step barely "
                                 "moves. It will get there, one day."),
            dc.CONVERGED: self.tr("Converged: the slope is zero at the minimum, so the steps "
                                  "stop."),
            dc.STUCK_LOCAL: self.tr("Stuck in a local minimum: the slope is zero here too, but "
                                    "a lower valley exists elsewhere."),
            dc.OVERSHOOTING: self.tr("Overshooting: each step jumps past the minimum to the "
                                     "other side."),
            dc.DIVERGED: self.tr("Diverged: every step lands farther from the minimum than the "
                                 "last, and the loss grows without limit. Lower the learning "
                                 "rate."),
        }[regime]
