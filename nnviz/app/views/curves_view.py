"""CurvesView: train/test loss (and accuracy) over epochs, with the current values in big type."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.views import palette
from nnviz.app.views.decimate import minmax_decimate

ACCURACY_COLOR = "#009E73"
#: "Nice" mantissas the axis ranges snap to: a range changes in steps of at most 25 %, so the
#: axes (the costliest part of a redraw) rebuild their ticks a few times per decade of epochs,
#: not every frame.
NICE_STEPS = (1.0, 1.2, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0)
#: Room around the curves, as a share of each axis's span (so 0 is not drawn on an axis line).
RANGE_PAD = 0.02
#: Point sizes the big numbers may take, largest first, as the view's width allows.
NUMBER_SIZES = (palette.FONT_NUMBER, 16, palette.FONT_LARGE + 1, palette.FONT_LARGE)
#: Space between the numbers: generous, else tight; and before the "Log scale" box.
VALUE_SPACING = (14, 8)
HEADER_GAP = 8


def nice_ceil(value: float) -> float:
    """The smallest number of the form ``m * 10**k`` (``m`` in :data:`NICE_STEPS`) >= value."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    k = math.floor(math.log10(value))
    for m in NICE_STEPS:
        v = m * 10.0 ** k
        if v >= value * (1 - 1e-12):
            return v
    return 10.0 ** (k + 1)


def loss_range(values: np.ndarray, log: bool) -> tuple[float, float] | None:
    """Snapped (low, high) for the loss axis, in log10 units when ``log``; None if no data."""
    v = values[np.isfinite(values)]
    if log:
        v = v[v > 0]
        if not v.size:
            return None
        lo = math.floor(math.log10(float(v.min())) * 2) / 2  # half decades
        hi = math.ceil(math.log10(float(v.max())) * 2) / 2
        return (lo, hi if hi > lo else lo + 0.5)
    if not v.size:
        return None
    top = float(v.max())
    low = float(v.min())
    lo = 0.0 if low >= 0 else -nice_ceil(-low)
    hi = nice_ceil(top * 1.04) if top > 0 else (0.0 if lo < 0 else 1.0)
    return (lo, hi if hi > lo else lo + 1.0)


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


class _Grid(pg.GraphicsObject):
    """Grid lines at the axes' ticks, behind the curves, in opaque colours.

    pyqtgraph's own grid (``showGrid``) is part of each axis's picture: the axes' bounds then
    cover the plot, so every curve update repaints them, and its translucent lines take the
    raster engine's slow blending path (~15x an opaque line). This item costs ~0.1 ms.
    """

    def __init__(self, plot_item: pg.PlotItem):
        super().__init__()
        self._item = plot_item
        self._pens = [pg.mkPen(_blend(palette.BORDER, a), width=1) for a in (0.35, 0.15)]
        for pen in self._pens:
            pen.setCosmetic(True)
        self.setZValue(-100)
        self._lines = (None, [])  # (what they were computed for, [(pen, [QLineF])])
        plot_item.getViewBox().sigRangeChanged.connect(self._range_changed)

    def _range_changed(self, *args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._item.getViewBox().viewRect()

    def _levels(self, name: str, lo: float, hi: float, size: float) -> list:
        axis = self._item.getAxis(name)
        fixed = getattr(axis, "_tickLevels", None)
        if fixed:
            return [[v for v, _ in level] for level in fixed[:2]]
        return [list(values) for _, values in axis.tickValues(lo, hi, max(size, 1.0))[:2]]

    def _compute(self) -> list:
        vb = self._item.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        key = (x0, x1, y0, y1, vb.width(), vb.height(),
               getattr(self._item.getAxis("left"), "_tickLevels", None))
        if key == self._lines[0]:
            return self._lines[1]
        xs = self._levels("bottom", x0, x1, vb.width())
        ys = self._levels("left", y0, y1, vb.height())
        out = []
        for level in (1, 0):  # the major lines over the minor ones
            lines = [QLineF(x, y0, x, y1) for x in (xs[level] if level < len(xs) else ())
                     if x0 <= x <= x1]
            lines += [QLineF(x0, y, x1, y) for y in (ys[level] if level < len(ys) else ())
                      if y0 <= y <= y1]
            if lines:
                out.append((self._pens[level], lines))
        self._lines = (key, out)
        return out

    def paint(self, p, *args) -> None:
        for pen, lines in self._compute():
            p.setPen(pen)
            p.drawLines(lines)


def _blend(colour: str, alpha: float) -> QColor:
    """``colour`` at opacity ``alpha`` over the background, as one opaque colour."""
    c, b = QColor(colour), QColor(palette.BACKGROUND)
    return QColor(*(round(bv + (cv - bv) * alpha) for cv, bv in
                    ((c.red(), b.red()), (c.green(), b.green()), (c.blue(), b.blue()))))


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
        # The view picks the font size to fit its width (CurvesView._fit_header): the label must
        # not hold the view at the width its current font needs.
        self.value.setMinimumWidth(8)
        self.value.setStyleSheet(f"color: {palette.TEXT};")
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        self._bad = False

    def show_value(self, text: str, bad: bool = False) -> None:
        """Show ``text`` (in the error colour if ``bad``); nothing happens when unchanged."""
        if self.value.text() != text:
            self.value.setText(text)
        if bad != self._bad:
            self._bad = bad
            self.value.setStyleSheet(f"color: {palette.ERROR if bad else palette.TEXT};")


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

        top = QGridLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.setHorizontalSpacing(HEADER_GAP)
        top.setVerticalSpacing(0)
        top.setColumnStretch(1, 1)
        self._header = top
        grid = QGridLayout()
        grid.setHorizontalSpacing(VALUE_SPACING[0])
        self._values_grid = grid
        self._test = _Value(self.tr("Test loss"), palette.TEST_CURVE)
        self._train = _Value(self.tr("Train loss"), palette.TRAIN_CURVE)
        self._acc = _Value(self.tr("Accuracy"), ACCURACY_COLOR)
        self._acc.setToolTip(self.tr("Share of test points classified correctly"))
        for i, w in enumerate((self._test, self._train, self._acc)):
            grid.addWidget(w, 0, i)
        top.addLayout(grid, 0, 0)
        self._log = QCheckBox(self.tr("Log scale"))
        self._log_texts = (self.tr("Log scale"), self.tr("Log"))
        self._log.setFont(palette.font(palette.FONT_SMALL))
        self._log.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self._log.toggled.connect(self.set_log_scale)
        self._log.setMinimumWidth(8)  # as the numbers: _fit_header moves it before it clips
        self._log_wrapped = None
        self._place_log(False)

        self._plot = pg.PlotWidget(background=palette.BACKGROUND)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.setMinimumHeight(70)
        item = self._plot.getPlotItem()
        self._grid = _Grid(item)
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
        if on == getattr(self, "_classification_shown", None):
            return
        self._classification_shown = on
        self._classification = on
        self._acc.setVisible(on)
        self._acc_box.setVisible(on)
        item = self._plot.getPlotItem()
        if on:
            item.showAxis("right")
        else:
            item.hideAxis("right")
        self._fit_header()

    def _fit_header(self) -> None:
        """Big numbers as large as the width allows (down to :data:`palette.FONT_LARGE`, still
        readable from the back of a classroom), then tighter, then "Log scale" shortened to
        "Log": the row fits without cutting anything off."""
        values = [self._test, self._train] + ([self._acc] if self._classification else [])
        compact = self.height() < 190
        sizes = [s for s in NUMBER_SIZES if not compact or s <= palette.FONT_LARGE + 1]
        margins = self._header.contentsMargins()
        # the empty middle column takes the spacing on both sides
        room = self.width() - margins.left() - margins.right() - 2 * HEADER_GAP
        log_fm = self._log.fontMetrics()
        box = self._log.sizeHint().width() - log_fm.horizontalAdvance(self._log.text())
        captions = [v.caption.sizeHint().width() for v in values]
        choice = None
        # Big numbers first; then tighter spacing; then "Log" for "Log scale".
        for size in sizes:
            fm = QFontMetrics(palette.font(size, bold=True))
            widths = [max(c, fm.horizontalAdvance(v.value.text()) + 2)
                      for c, v in zip(captions, values)]
            for spacing in VALUE_SPACING:
                for label in self._log_texts:
                    need = sum(widths) + spacing * (len(values) - 1) + box + \
                        log_fm.horizontalAdvance(label)
                    if need <= room:
                        choice = (size, spacing, label)
                        break
                if choice:
                    break
            if choice:
                break
        if choice is None:
            # A very narrow column: the check box goes to a line of its own, under the numbers.
            room += 2 * HEADER_GAP
            for size in sizes:
                fm = QFontMetrics(palette.font(size, bold=True))
                need = sum(max(c, fm.horizontalAdvance(v.value.text()) + 2)
                           for c, v in zip(captions, values)) + VALUE_SPACING[-1] * 2
                if need <= room or size == sizes[-1]:
                    choice = (size, VALUE_SPACING[-1], self._log_texts[0])
                    break
            self._place_log(True)
        else:
            self._place_log(False)
        size, spacing, label = choice
        self._fitted = (size, spacing, label, tuple(len(v.value.text()) for v in values))
        font = palette.font(size, bold=True)
        for v in (self._test, self._train, self._acc):
            if v.value.font() != font:
                v.value.setFont(font)
        self._values_grid.setHorizontalSpacing(spacing)
        if self._log.text() != label:
            self._log.setText(label)

    def _place_log(self, wrapped: bool) -> None:
        """The "Log scale" box right of the numbers, or under them at the right."""
        if wrapped == self._log_wrapped:
            return
        self._log_wrapped = wrapped
        self._header.removeWidget(self._log)
        if wrapped:
            self._header.addWidget(self._log, 1, 0, Qt.AlignmentFlag.AlignRight)
        else:
            self._header.addWidget(self._log, 0, 2, Qt.AlignmentFlag.AlignTop)

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
        shown = [self._test, self._train] + ([self._acc] if self._classification else [])
        if tuple(len(v.value.text()) for v in shown) != getattr(self, "_fitted", (0,) * 4)[3]:
            self._fit_header()  # "0.557" became "7.31e-04": the numbers may need less room
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
        self._set_ranges(x, series, log)
        if self._cross.isVisible():
            self._show_cross(self._cross.value())

    def _set_ranges(self, x: np.ndarray, series: dict, log: bool) -> None:
        """Snap both axes to nice numbers: unchanged ranges leave the axes as they are."""
        vb = self._plot.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        finite = x[np.isfinite(x)]
        if finite.size:
            lo = min(0.0, float(finite.min()))
            hi = nice_ceil(max(float(finite.max()) - lo, 1.0)) + lo
            xr = _padded(lo, hi)
            if xr != (x0, x1):
                vb.setXRange(*xr, padding=0.0)
        losses = np.concatenate([series["train"], series["test"]]) if len(x) else np.zeros(0)
        if losses.size:
            y = loss_range(losses, log)
            if y is not None and _padded(*y) != (y0, y1):
                vb.setYRange(*_padded(*y), padding=0.0)

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
            ticks = [(math.log10(m) + k, _log_tick(m, k))
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
        if compact != getattr(self, "_compact", None):
            self._compact = compact
            self._plot.getPlotItem().setLabel("bottom", "" if compact else self.tr("Epoch"),
                                              color=palette.TEXT_MUTED)
        self._fit_header()


def _padded(lo: float, hi: float) -> tuple[float, float]:
    pad = RANGE_PAD * (hi - lo)
    return (lo - pad, hi + pad)


def _log_tick(m: int, k: int) -> str:
    """A short label for ``m * 10**k`` on the log axis: 0.5, 0.01, 100, 1e-04."""
    v = m * 10.0 ** k
    return f"{v:g}" if -3 <= k <= 3 else f"{v:.0e}"


def _last(y: np.ndarray):
    return float(y[-1]) if len(y) else None


def _at(y: np.ndarray, i: int):
    return float(y[i]) if 0 <= i < len(y) else None


def _epoch_text(x: float) -> str:
    return str(int(round(x))) if abs(x - round(x)) < 1e-9 else f"{x:.2f}"

