"""The loss curves' axes: ranges snapped to "nice" numbers, log-axis ticks, and the grid lines."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen

import pyqtgraph as pg

from nnviz.app.views import palette

#: "Nice" mantissas the axis ranges snap to: a range changes in steps of at most 25 %, so the
#: axes (the costliest part of a redraw) rebuild their ticks a few times per decade of epochs,
#: not every frame.
NICE_STEPS = (1.0, 1.2, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0)
#: Room around the curves, as a share of each axis's span (so 0 is not drawn on an axis line).
RANGE_PAD = 0.02
#: A line label's backing and margins around its text.
LABEL_PADDING_PX = 12


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


def epoch_range(x: np.ndarray) -> tuple[float, float] | None:
    """Snapped (low, high) for the epoch axis, from 0 or below; None if no finite epoch."""
    finite = x[np.isfinite(x)]
    if not finite.size:
        return None
    lo = min(0.0, float(finite.min()))
    hi = nice_ceil(max(float(finite.max()) - lo, 1.0)) + lo
    return (lo, hi)


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


def baseline_label(baseline, problem: str) -> str:
    """The baseline line's label: what always guessing means here.

    ``baseline`` is a :class:`nnviz.lab.training_health.Baseline`: "baseline: always guess
    47 % blue", "baseline: always guess the class shares", "baseline: always guess the mean
    0.1234". Short, so it fits above the line in a small chart; the loss is on the axis.
    """
    translate = QCoreApplication.translate

    guess = tuple(getattr(baseline, "guess", ()))
    if problem == "regression" and len(guess) == 1:
        text = (translate("CurvesView", "baseline: always guess the median %1")
                if baseline.statistic == "median"
                else translate("CurvesView", "baseline: always guess the mean %1"))
        return text.replace("%1", _number(guess[0]))
    if len(guess) == 1:  # one sigmoid output: the share of class 1 (blue)
        share = guess[0]
        if share in (0.0, 1.0):
            return translate("CurvesView", "baseline: always guess blue") if share else \
                translate("CurvesView", "baseline: always guess orange")
        return translate("CurvesView", "baseline: always guess %1 % blue").replace(
            "%1", f"{100 * share:.0f}")
    return translate("CurvesView", "baseline: always guess the class shares")


def _number(value: float) -> str:
    """4 significant digits, real minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")


def padded(lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` widened by :data:`RANGE_PAD` of its span on each side."""
    pad = RANGE_PAD * (hi - lo)
    return (lo - pad, hi + pad)


def log_ticks(lo: float, hi: float, rows: int) -> list[tuple[float, str]]:
    """Labelled ticks at 1, 2, 5 x 10^k on a log axis showing ``lo..hi`` (log10 units).

    Only those marks, and at most ``rows`` of them: pyqtgraph's minor labels pile up when the
    axis is short.
    """
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
    return ticks


def linear_tick_step(lo: float, hi: float, rows: int) -> float:
    """The smallest 1, 2, 5 x 10^k step that labels ``lo..hi`` with at most ``rows`` labels."""
    span = abs(hi - lo)
    if not (math.isfinite(span) and span > 0):
        return 0.0
    least = span / max(1, rows)
    k = math.floor(math.log10(least))
    for m in (1, 2, 5, 10):
        if m * 10.0 ** k >= least * (1 - 1e-9):
            return m * 10.0 ** k
    return 10.0 ** (k + 1)  # pragma: no cover - 10 x 10^k always qualifies


def _log_tick(m: int, k: int) -> str:
    """A short label for ``m * 10**k`` on the log axis: 0.5, 0.01, 100, 1e-04."""
    v = m * 10.0 ** k
    return f"{v:g}" if -3 <= k <= 3 else f"{v:.0e}"


class GridLines(pg.GraphicsObject):
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


class ZoomedChart:
    """The pens, label fonts and axis room of a chart's own items at the interface zoom.

    ``UiZoom`` scales the axis fonts and free curves; these items are redrawn with their pens
    set again (pyqtgraph re-applies a data item's pen with each ``setData``), so their chart
    scales them, from the unzoomed pens and fonts kept here.
    """

    def __init__(self, plot_item: pg.PlotItem, lines, texts, axis_widths: dict[str, int]):
        self._plot_item = plot_item
        self._pens = [(line, QPen(line.opts["pen"] if hasattr(line, "opts") else line.pen))
                      for line in lines]
        for line in lines:
            line.nnviz_zoom_aware = True  # UiZoom leaves these pens to the chart
        self._fonts = [(text, QFont(text.textItem.font())) for text in texts]
        self._widths = dict(axis_widths)

    def apply(self, zoom: float) -> None:
        """Pens, label fonts and axis room at ``zoom`` (1 = normal)."""
        for line, base in self._pens:
            pen = QPen(base)
            pen.setWidthF(base.widthF() * zoom)
            line.setPen(pen)
        for text, base in self._fonts:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * zoom)
            text.setFont(font)
        for name, width in self._widths.items():
            self._plot_item.getAxis(name).setWidth(round(width * zoom))


def fit_loss_ticks(plot_item: pg.PlotItem, log: bool, zoom: float) -> None:
    """No more loss labels than the left axis has room for at ``zoom``.

    On a log axis only 1, 2, 5 x 10^k are labelled. pyqtgraph always labels at least 3 major
    ticks (6 on 0..1) whatever the axis' height, which piles them up on a short chart (an
    instrument docked below, presentation mode's larger font): a coarser spacing then.
    """
    vb = plot_item.getViewBox()
    axis = plot_item.getAxis("left")
    lo, hi = vb.viewRange()[1]
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return
    rows = max(2, int(vb.height() // (28 * zoom)))
    if log:
        if hi - lo <= 60:
            axis.setTicks([log_ticks(lo, hi, rows), []])
        return
    if axis._tickSpacing is not None:
        axis.setTickSpacing()  # back to pyqtgraph's choice, to compare with
    levels = axis.tickSpacing(lo, hi, max(1.0, vb.height()))
    step = linear_tick_step(lo, hi, rows)
    if levels and step > levels[0][0] * (1 + 1e-9):
        axis.setTickSpacing(step, step / 2)


def place_line_label(line: pg.InfiniteLine, vb: pg.ViewBox, full: str | None = None,
                     short: str | None = None) -> None:
    """A horizontal line's label above it, or below when a short chart (a docked instrument,
    presentation mode's larger font) leaves no room above: cut off otherwise.

    With ``full`` and ``short`` it also says ``full`` only where the chart is wide enough for
    it, else ``short`` with ``full`` as its tooltip: a lesson and an instrument docked at
    1280 x 800 cut the baseline's label's start off.
    """
    label = line.label
    if full is not None and short is not None:
        width = QFontMetrics(label.textItem.font()).horizontalAdvance(full) + LABEL_PADDING_PX
        text = full if width <= vb.width() else short
        if label.format != label_format(text):
            label.setFormat(label_format(text))
            label.setToolTip("" if text == full else full)
    y0, y1 = vb.viewRange()[1]
    if not y1 > y0:
        return
    room = (y1 - line.value()) / (y1 - y0) * vb.height()
    anchor = (1, 1) if room >= label.boundingRect().height() else (1, 0)
    if label.anchors[0] != anchor:
        label.anchors = [anchor, anchor]
        label.updatePosition()


def label_format(text: str) -> str:
    """``text`` as an InfiniteLine label's format (which fills in ``{value}``)."""
    return text.replace("{", "{{").replace("}", "}}")
