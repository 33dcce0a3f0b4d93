"""OptimizerRaceView: six optimizers race down a 2-D loss surface (seed 003)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel

import pyqtgraph as pg

from nnviz.app.instruments.instrument_view import (InstrumentView, format_number, make_plot,
                                                   number_spin)
from nnviz.app.instruments.playback import PlaybackControls
from nnviz.app.views import palette
from nnviz.lab.instruments import optimizer_race as race

#: Okabe–Ito colours: tell apart for colour-blind eyes and on a projector.
RACER_COLORS = {"sgd": "#000000", "momentum": "#56B4E9", "nag": "#009E73",
                "adagrad": "#CC79A7", "rmsprop": "#0072B2", "adam": "#D55E00"}
RACER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nag": "NAG", "adagrad": "Adagrad",
                "rmsprop": "RMSprop", "adam": "Adam"}
PLAY_INTERVAL_MS = 60
GRID = 160
ISOCURVES = 14


class OptimizerRaceView(InstrumentView):
    """The race. ``race`` is the lab's OptimizerRace; ``rate_spins`` one per optimizer."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.race = race.OptimizerRace("bowl")

        self.surface_box = QComboBox()
        for key in race.SURFACES:
            self.surface_box.addItem("", key)
        self.playback = PlaybackControls(self, PLAY_INTERVAL_MS, step=self.step,
                                         reset=self.reset)
        self.step_button, self.play_button, self.reset_button = self.playback.buttons
        self.steps_label = QLabel()
        self.steps_label.setFont(palette.font(palette.FONT_LARGE, bold=True))
        self._surface_word = QLabel()
        top = QHBoxLayout()
        top.addWidget(self._surface_word)
        top.addWidget(self.surface_box)
        top.addStretch(1)
        top.addWidget(self.steps_label)
        top.addSpacing(8)
        for b in self.playback.buttons:
            top.addWidget(b)
        self.body.addLayout(top)

        self.plot = make_plot("x", "y", 220)
        self.plot.setMouseEnabled(x=False, y=False)
        self._image = pg.ImageItem()
        self.plot.addItem(self._image)
        self._isocurves = []
        self._trails, self._heads = {}, {}
        for name, color in RACER_COLORS.items():
            trail = pg.PlotCurveItem(pen=pg.mkPen(color, width=2.5))
            head = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(color),
                                      pen=pg.mkPen("#FFFFFF", width=1.5))
            self.plot.addItem(trail)
            self.plot.addItem(head)
            self._trails[name], self._heads[name] = trail, head
        self._minimum = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush("#FFD700"),
                                           pen=pg.mkPen(palette.TEXT))
        self.plot.addItem(self._minimum)
        self.start_marker = pg.TargetItem(pos=self.race.start, size=18, movable=True,
                                          pen=pg.mkPen(palette.ERROR, width=2.5))
        self.start_marker.sigPositionChangeFinished.connect(self._on_start_moved)
        self.plot.addItem(self.start_marker)
        self.body.addWidget(self.plot, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self._headers = [QLabel() for _ in range(5)]
        for col, label in enumerate(self._headers):
            label.setFont(palette.font(palette.FONT_SMALL, bold=True))
            label.setStyleSheet(f"color: {palette.TEXT_MUTED};")
            grid.addWidget(label, 0, col)
        self.rate_spins, self.loss_labels, self.state_labels, self.name_labels = {}, {}, {}, {}
        for row, name in enumerate(race.RACERS, start=1):
            title = QLabel(f"<span style='color:{RACER_COLORS[name]}'>●</span> "
                           f"{RACER_TITLES[name]}")
            title.setFont(palette.font(palette.FONT_NORMAL, bold=True))
            spin = number_spin(self.race.learning_rates[name], 0.0001, 5.0, 0.01, 4)
            spin.valueChanged.connect(self._on_rate_changed)
            loss = QLabel()
            loss.setFont(palette.font(palette.FONT_NORMAL))
            loss.setMinimumWidth(80)
            state = QLabel()
            state.setFont(palette.font(palette.FONT_NORMAL))
            grid.addWidget(title, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(loss, row, 2)
            grid.addWidget(state, row, 3)
            self.name_labels[name], self.rate_spins[name] = title, spin
            self.loss_labels[name], self.state_labels[name] = loss, state
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)

        self.surface_box.currentIndexChanged.connect(self._on_surface_changed)
        self.retranslate()
        self._draw_surface()
        self._redraw()

    # -- texts --------------------------------------------------------------------------------
    def help_text(self) -> str:
        return self.tr(
            "<b>Six optimizers, one surface.</b> Each takes the engine's own update on the "
            "surface's exact gradient, as in training. Momentum keeps rolling, NAG looks ahead "
            "before it steps, Adagrad, RMSprop and Adam give each direction its own step size. "
            "Drag the red target to move the start; try the elongated valley and Rosenbrock.")

    def retranslate(self) -> None:
        super().retranslate()
        titles = {"bowl": self.tr("Bowl"), "valley": self.tr("Elongated valley"),
                  "rosenbrock": self.tr("Rosenbrock (banana)"),
                  "saddle": self.tr("Saddle point"), "bumpy": self.tr("Local minima")}
        for i in range(self.surface_box.count()):
            self.surface_box.setItemText(i, titles[self.surface_box.itemData(i)])
        self._surface_word.setText(self.tr("Surface"))
        self.playback.retranslate()
        self.name_labels["momentum"].setText(
            f"<span style='color:{RACER_COLORS['momentum']}'>●</span> " + self.tr("Momentum"))
        for label, text in zip(self._headers, (self.tr("Optimizer"), self.tr("Learning rate"),
                                               self.tr("Loss"), self.tr("Position"))):
            label.setText(text)
        self._redraw()

    # -- actions ------------------------------------------------------------------------------
    @Slot()
    def step(self) -> None:
        self.race.step()
        self._redraw()

    @Slot()
    def reset(self) -> None:
        self.race = race.OptimizerRace(self.surface_box.currentData(), self.race.start,
                                       {n: s.value() for n, s in self.rate_spins.items()})
        self._redraw()

    def set_start(self, x: float, y: float) -> None:
        """Start every racer from (x, y), as dragging the target does."""
        self.start_marker.setPos((x, y))
        self._on_start_moved()

    @Slot()
    def _on_start_moved(self) -> None:
        pos = self.start_marker.pos()
        s = self.race.surface
        x = float(np.clip(pos.x(), *s.x_range))
        y = float(np.clip(pos.y(), *s.y_range))
        self.race = race.OptimizerRace(self.surface_box.currentData(), (x, y),
                                       {n: sp.value() for n, sp in self.rate_spins.items()})
        self._redraw()

    @Slot()
    def _on_rate_changed(self) -> None:
        self.reset()

    @Slot()
    def _on_surface_changed(self) -> None:
        key = self.surface_box.currentData()
        for name, spin in self.rate_spins.items():
            spin.blockSignals(True)
            spin.setValue(race.default_learning_rate(name, key))
            spin.blockSignals(False)
        self.race = race.OptimizerRace(key)
        self.start_marker.setPos(self.race.start)
        self._draw_surface()
        self._redraw()

    # -- drawing ------------------------------------------------------------------------------
    def _draw_surface(self) -> None:
        s = self.race.surface
        xs = np.linspace(*s.x_range, GRID)
        ys = np.linspace(*s.y_range, GRID)
        gx, gy = np.meshgrid(xs, ys, indexing="ij")
        f = s.function(gx, gy)
        # log keeps the valley floor readable next to Rosenbrock's steep walls
        shown = np.log1p(f - f.min())
        self._image.setImage(shown.astype(np.float32), levels=(0, float(shown.max())),
                             lut=self._lut())
        self._image.setRect(s.x_range[0], s.y_range[0], s.x_range[1] - s.x_range[0],
                            s.y_range[1] - s.y_range[0])
        for iso in self._isocurves:
            self.plot.removeItem(iso)
        self._isocurves = []
        for level in np.linspace(0, float(shown.max()), ISOCURVES + 2)[1:-1]:
            iso = pg.IsocurveItem(data=shown, level=float(level),
                                  pen=pg.mkPen("#9AA3AE", width=1))
            iso.setParentItem(self._image)
            self._isocurves.append(iso)
        self.plot.setXRange(*s.x_range, padding=0)
        self.plot.setYRange(*s.y_range, padding=0)
        if np.isfinite(s.minimum).all():
            self._minimum.setData([s.minimum[0]], [s.minimum[1]])
        else:
            self._minimum.setData([], [])

    @staticmethod
    def _lut() -> np.ndarray:
        low, high = np.array([235, 244, 252]), np.array([120, 150, 185])
        t = np.linspace(0, 1, 256)[:, None] ** 0.8
        return (low + (high - low) * t).astype(np.uint8)

    def _redraw(self) -> None:
        if not hasattr(self, "_trails"):
            return
        steps = 0
        for name, racer in self.race.racers.items():
            trail = np.array(racer.trail, dtype=float)
            ok = np.isfinite(trail).all(axis=1) & (np.abs(trail).max(axis=1) < 1e3)
            trail = trail[ok]
            self._trails[name].setData(trail[:, 0], trail[:, 1])
            if racer.diverged or not len(trail):
                self._heads[name].setData([], [])
            else:
                self._heads[name].setData([trail[-1, 0]], [trail[-1, 1]])
            steps = max(steps, racer.steps)
            self.loss_labels[name].setText(format_number(racer.loss))
            if racer.diverged:
                self.state_labels[name].setText(self.tr("diverged after %1 steps")
                                                .replace("%1", str(racer.steps)))
                self.state_labels[name].setStyleSheet(f"color: {palette.ERROR};")
            else:
                x, y = racer.position
                self.state_labels[name].setText(f"({format_number(x)}, {format_number(y)})")
                self.state_labels[name].setStyleSheet("")
        self.steps_label.setText(self.tr("Step %1").replace("%1", str(steps)))
