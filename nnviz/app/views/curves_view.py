"""CurvesView: train/test loss (and accuracy) over epochs, with the current values in big type.

The header row and its numbers live in :mod:`curves_header`; the axes' snapped ranges, log ticks
and grid lines in :mod:`curves_axes`.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.classroom.ui_scale import ui_scale, zoom_changed
from nnviz.app.views import palette
from nnviz.app.views.curves_axes import (GridLines, ZoomedChart, baseline_label, epoch_range,
                                         fit_loss_ticks, label_format, loss_range, padded,
                                         place_line_label)
from nnviz.app.views.curves_axes import nice_ceil  # noqa: F401 - public here, as before the split
from nnviz.app.views.curves_header import (BigNumber, CurvesHeader, format_accuracy,
                                           format_loss, format_r2)
from nnviz.app.views.decimate import minmax_decimate
from nnviz.app.views.ghost_curves import GhostCurves
from nnviz.lab.ghost_runs import GhostRuns

ACCURACY_COLOR = "#009E73"
BASELINE_COLOR = "#6E5A9E"  # muted violet: apart from both loss greys and the accuracy green
#: The loss axis reaches at least this multiple of the baseline, so its label fits above it.
BASELINE_HEADROOM = 1.25


class CurvesView(QWidget):
    """Loss curves for train and test data over epochs; accuracy on a right axis for classifiers.

    The whole history is always shown, min/max-decimated to about two points per pixel. A
    crosshair follows the mouse and reads out the epoch and values under it. A dashed line marks
    the baseline: the loss of always guessing the same answer (seed 003: a model must beat it).

    Methods
    -------
    show_snapshot(snap)
        Draw the snapshot's history (skipped when ``snap.serial`` did not change).
    set_log_scale(on)
        Loss axis logarithmic or linear (also a check box in the view).
    values_text() -> str
        The current values as one line, e.g. ``"Test loss 0.123 · Train loss 0.118 · ..."``.
    observe_run(snap)
        See every snapshot (unthrottled): a new run keeps the one before as a ghost.

    Attributes
    ----------
    ghosts : GhostRuns
        Earlier runs drawn as faint test-loss curves (saved in projects).
    ghost_curves : GhostCurves
        Draws them; ``ghost_curves.button`` opens their menu (pin, clear).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._serial = None
        self._snap = None
        self._classification = True
        self._data = {}  # full-resolution arrays for the crosshair

        self._test = BigNumber(self.tr("Test loss"), palette.TEST_CURVE)
        self._train = BigNumber(self.tr("Train loss"), palette.TRAIN_CURVE)
        self._acc = BigNumber(self.tr("Accuracy"), ACCURACY_COLOR)
        self._acc.setToolTip(self.tr("Share of test points classified correctly"))
        self._r2 = BigNumber(self.tr("Test R²"), ACCURACY_COLOR)
        self._r2.setToolTip(self.tr(
            "R² on the test points: 1 − (squared error) / (squared spread of the targets). "
            "1 is a perfect fit, 0 no better than always guessing the mean."))
        self._log = QCheckBox(self.tr("Log scale"))
        self._log.setFont(palette.font(palette.FONT_SMALL))
        self._log.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self._log.toggled.connect(self.set_log_scale)
        self._log.setMinimumWidth(8)  # as the numbers: the header moves it before it clips
        self._header = CurvesHeader((self._test, self._train, self._acc, self._r2), self._log,
                                    (self.tr("Log scale"), self.tr("Log")))

        self._plot = pg.PlotWidget(background=palette.BACKGROUND)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.setMinimumHeight(70)
        item = self._plot.getPlotItem()
        self._grid = GridLines(item)
        item.addItem(self._grid, ignoreBounds=True)
        tick_font = palette.font(palette.FONT_SMALL)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            # Ticks outside the plot: the axes' bounds then stay clear of the curves, which
            # redraw every frame, so the axes repaint only when their range changes.
            axis.setStyle(tickLength=3, tickTextOffset=2)
            axis.setTickFont(tick_font)
            axis.setPen(pg.mkPen(palette.BORDER))
            axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
        item.getAxis("left").setWidth(44)
        # Ranges are set, snapped, in _set_ranges: auto-ranging would move them every frame.
        item.getViewBox().disableAutoRange()
        item.getViewBox().setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0.0)
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
        item.getAxis("right").setStyle(hideOverlappingLabels=False)
        self._train_acc = pg.PlotDataItem(pen=pg.mkPen(ACCURACY_COLOR, width=1.5,
                                                       style=Qt.PenStyle.DashLine),
                                          connect="finite")
        self._test_acc = pg.PlotDataItem(pen=pg.mkPen(ACCURACY_COLOR, width=2),
                                         connect="finite")
        self._acc_box.addItem(self._train_acc)
        self._acc_box.addItem(self._test_acc)
        item.getViewBox().sigResized.connect(self._sync_boxes)
        item.getViewBox().sigResized.connect(self._update_log_ticks)
        item.getViewBox().sigResized.connect(self._place_baseline_label)
        self.ghosts = GhostRuns()
        self.ghost_curves = GhostCurves(item, self.ghosts, on_change=self._redraw)
        self._plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._plot.customContextMenuRequested.connect(
            lambda pos: self.ghost_curves.menu.popup(self._plot.mapToGlobal(pos)))

        self._baseline = pg.InfiniteLine(
            pos=0.0, angle=0, movable=False,
            pen=pg.mkPen(BASELINE_COLOR, width=1.5, style=Qt.PenStyle.DashLine),
            # At the right end, above the line: where a learning run's curves have dropped
            # below it. An opaque backing keeps it readable over an unstable run's curves.
            label="", labelOpts={"position": 0.99, "anchors": [(1, 1), (1, 1)],
                                 "color": BASELINE_COLOR,
                                 "fill": pg.mkBrush(palette.BACKGROUND)})
        self._baseline.label.setFont(palette.font(palette.FONT_SMALL))
        self._baseline.setZValue(5)
        self._baseline.hide()
        self._baseline_shown = None  # (value, label) drawn
        item.addItem(self._baseline, ignoreBounds=True)

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
        lay.addLayout(self._header)
        lay.addWidget(self._plot, 1)
        self._set_classification(True)
        # Zoom and presentation mode: thicker curves, larger labels, room for larger ticks.
        self._zoomed = ZoomedChart(
            item, lines=(self._train_curve, self._test_curve, self._train_acc, self._test_acc,
                         self._baseline, self._cross),
            texts=(self._baseline.label, self._label), axis_widths={"left": 44, "right": 48})
        zoom_changed().connect(self._apply_zoom)
        self._apply_zoom(ui_scale())

    def _apply_zoom(self, zoom: float) -> None:
        self._zoomed.apply(zoom)
        self._update_log_ticks()
        self.resizeEvent(None)  # the axis title may no longer fit

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

    def observe_run(self, snap) -> None:
        """Every snapshot comes here first: the end of a run leaves a ghost, drawn at once."""
        if self.ghosts.observe(snap) is not None:
            self._redraw()

    def values_text(self) -> str:
        """The big numbers as one line of text."""
        parts = [f"{self.tr('Test loss')} {self._test.value.text()}",
                 f"{self.tr('Train loss')} {self._train.value.text()}"]
        if self._classification:
            parts.append(f"{self.tr('Accuracy')} {self._acc.value.text()}")
        else:
            parts.append(f"{self.tr('Test R²')} {self._r2.value.text()}")
        return " · ".join(parts)

    def hover_text(self) -> str:
        """The crosshair's read-out ('' when hidden)."""
        return self._label.toPlainText() if self._label.isVisible() else ""

    def hover_epoch(self, epoch: float) -> None:
        """Put the crosshair at ``epoch`` (what moving the mouse there does)."""
        self._show_cross(epoch)

    def plot_item(self) -> pg.PlotItem:
        return self._plot.getPlotItem()

    def baseline_line(self) -> pg.InfiniteLine:
        """The dashed baseline line (hidden while no baseline is known)."""
        return self._baseline

    def baseline_text(self) -> str:
        """The baseline line's label ('' when it is not shown)."""
        return self._baseline.label.toPlainText() if self._baseline.isVisible() else ""

    # -- drawing -----------------------------------------------------------------------------
    def _set_classification(self, on: bool) -> None:
        if on == getattr(self, "_classification_shown", None):
            return
        self._classification_shown = on
        self._classification = on
        self._acc.setVisible(on)
        self._r2.setVisible(not on)
        self._acc_box.setVisible(on)
        item = self._plot.getPlotItem()
        if on:
            item.showAxis("right")
        else:
            item.hideAxis("right")
        self._fit_header()

    def _shown_numbers(self) -> list:
        return [self._test, self._train] + ([self._acc] if self._classification else [self._r2])

    def _fit_header(self) -> None:
        """The numbers row fitted to the view's width (see :meth:`CurvesHeader.fit`)."""
        self._header.fit(self._shown_numbers(), self.width(), self.height() < 190)

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
            bad = v is not None and not math.isfinite(v) and w is not self._acc
            w.show_value(text(v), bad)
        self._r2.show_value(format_r2(getattr(snap, "r2_test", None)))
        if self._header.needs_fit(self._shown_numbers()):
            self._fit_header()  # "0.557" became "7.31e-04": the numbers may need less room
        # One min/max pair per two pixels: the same picture as per pixel (lines are 2 px
        # wide), at half the segments to stroke (painting took 2.3 ms a frame, now 1.8).
        bins = max(32, int(self._plot.getPlotItem().getViewBox().width()) // 2)
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
        baseline = self._show_baseline(snap, log)
        self._set_ranges(x, series, log, baseline)
        vb = self._plot.getPlotItem().getViewBox()
        self._place_baseline_label()
        avoid = [self._baseline.label.sceneBoundingRect()] if self._baseline.isVisible() else []
        self.ghost_curves.draw(bins, log, vb.viewRange()[0][1], avoid=avoid)
        if self._cross.isVisible():
            self._show_cross(self._cross.value())

    def _show_baseline(self, snap, log: bool) -> float:
        """Place and label the baseline line; returns its loss (NaN when there is none)."""
        value = float(getattr(snap, "baseline_loss", float("nan")))
        ok = math.isfinite(value) and (value > 0 or not log)
        if not ok:
            self._baseline.hide()
            self._baseline_shown = None
            return float("nan")
        text = baseline_label(snap.baseline, getattr(snap.data, "problem", ""))
        shown = (value, text, log)
        self._baseline.show()  # first: a hidden label ignores new text
        if shown != self._baseline_shown:
            self._baseline_shown = shown
            self._baseline.setValue(math.log10(value) if log else value)
            self._baseline.label.setFormat(label_format(text))
            self._baseline.setToolTip(self.tr(
                "The loss of always guessing the same answer — the class shares, or the mean "
                "of the targets. A model that learns anything must get below this line."))
        return value

    def _place_baseline_label(self) -> None:
        if self._baseline.isVisible() and self._baseline_shown is not None:
            place_line_label(self._baseline, self._plot.getPlotItem().getViewBox(),
                             full=self._baseline_shown[1], short=self.tr("baseline"))

    def _set_ranges(self, x: np.ndarray, series: dict, log: bool,
                    baseline: float = float("nan")) -> None:
        """Snap both axes to nice numbers: unchanged ranges leave the axes as they are.

        With no epochs yet (a new run, or after Reset) the axes go back to their empty state,
        not the last run's; the loss axis always includes the baseline.
        """
        vb = self._plot.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        xr = epoch_range(x)  # the current run's epochs: ghosts are compared epoch by epoch
        if xr is None:
            xr = (0.0, 1.0)
        if padded(*xr) != (x0, x1):
            vb.setXRange(*padded(*xr), padding=0.0)
        losses = [series["train"], series["test"]] if len(x) else []
        for gx, gy in zip(*self.ghost_curves.extent()):  # the ghosts' losses in view
            losses.append(np.asarray(gy, dtype=np.float64)[np.asarray(gx) <= xr[1]])
        if math.isfinite(baseline):
            # Room above the line for its label.
            losses.append(np.array([baseline * (BASELINE_HEADROOM if not log else 2.0)]))
        y = loss_range(np.concatenate(losses), log) if losses else None
        if y is None:
            y = (-1.0, 0.0) if log else (0.0, 1.0)
        if padded(*y) != (y0, y1):
            vb.setYRange(*padded(*y), padding=0.0)

    def _update_log_ticks(self, *args) -> None:
        fit_loss_ticks(self._plot.getPlotItem(), self._log.isChecked(), ui_scale())

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

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:  # the captions and the axis title
            self._test.set_caption(self.tr("Test loss"))
            self._train.set_caption(self.tr("Train loss"))
            self._acc.set_caption(self.tr("Accuracy"))
            self._header.set_log_texts((self.tr("Log scale"), self.tr("Log")))
            self._compact = None
            self.resizeEvent(None)
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event is not None:
            super().resizeEvent(event)
        compact = self.height() < 190 * ui_scale()  # no room for the axis title then
        if compact != getattr(self, "_compact", None):
            self._compact = compact
            self._plot.getPlotItem().setLabel("bottom", "" if compact else self.tr("Epoch"),
                                              color=palette.TEXT_MUTED)
        self._fit_header()
        self._update_log_ticks()


def _last(y: np.ndarray):
    return float(y[-1]) if len(y) else None


def _at(y: np.ndarray, i: int):
    return float(y[i]) if 0 <= i < len(y) else None


def _epoch_text(x: float) -> str:
    return str(int(round(x))) if abs(x - round(x)) < 1e-9 else f"{x:.2f}"
