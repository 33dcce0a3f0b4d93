"""BoundaryView: the network's output (or one neuron) over the plane, with the data points on top."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.classroom.ui_scale import ui_scale, zoom_changed
from nnviz.app.views import palette

# Backgrounds use a paler version of the scale so the points stay readable on top.
IMAGE_STRENGTH = 0.32
PLOT_TOP_MARGIN = 8
REGRESSION_BANDS = 10
POINT_SIZE = 8
# A handful of distinct points (a logic gate's truth table) are drawn large, to be read from the
# back of a classroom.
FEW_POINTS, FEW_POINT_SIZE = 16, 18


class _SquareBox(QWidget):
    """Sizes a PlotWidget so its ViewBox (the plane) stays square and centred, with a legend
    beside it spanning exactly the plane's height."""

    def __init__(self, plot: pg.PlotWidget, legends: list, parent=None):
        super().__init__(parent)
        self.plot = plot
        self.legends = legends
        plot.setParent(self)
        for w in legends:
            w.setParent(self)
        self._extra = (42, 36)  # axes and margins around the ViewBox; refined once laid out

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _legend_width(self) -> int:
        return max([w.sizeHint().width() for w in self.legends if not w.isHidden()] + [0])

    def _fit(self) -> None:
        ew, eh = self._extra
        lw = self._legend_width()
        side = max(40, min(self.width() - ew - lw - 6, self.height() - eh))
        w, h = side + ew, side + eh
        x0 = (self.width() - w - lw - 6) // 2
        y0 = (self.height() - h) // 2
        self.plot.setGeometry(x0, y0, w, h)
        top = y0 + PLOT_TOP_MARGIN + 1  # where the ViewBox (the plane) starts
        for legend in self.legends:
            if isinstance(legend, palette.ColorBar):
                # a vertical bar's end labels overhang it by half a line
                half = legend.fontMetrics().height() // 2
                legend.setGeometry(x0 + w + 6, top - half, lw, side + 2 * half + 4)
            else:
                legend.setGeometry(x0 + w + 6, top, lw, side)
        vb = self.plot.getPlotItem().getViewBox()
        measured = (w - round(vb.width()), h - round(vb.height()))
        if vb.width() > 0 and measured != self._extra and min(measured) > 0:
            self._extra = measured
            self._fit()

    refit = _fit


class BoundaryView(QWidget):
    """The decision boundary (or regression surface) with training and test points.

    Binary output is a probability on the diverging scale (0 orange, 0.5 white, 1 blue);
    several classes mix the class colours by probability; regression shows the value on the
    diverging scale with levels symmetric about 0. ``set_focus`` shows one neuron instead.

    Methods
    -------
    show_snapshot(snap)
        Draw the snapshot (skipped when its serial, the focus and the toggles are unchanged).
    set_focus(dense_index, unit)
        Show that neuron's map (``snap.neuron_maps``); ``(-1, -1)`` returns to the output.
    set_show_test(on), set_discretize(on)
        The two toggles (also check boxes in the view).
    caption() -> str
        What the picture shows now.

    Attributes
    ----------
    drawing : DrawTools
        Draw mode (one's own points); a config panel the window connects like the others.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._drawn_key = None
        self._points_key = None
        self._focus = (-1, -1)

        self._caption = QLabel()
        self._caption.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self._caption.setStyleSheet(f"color: {palette.TEXT};")

        self._plot = pg.PlotWidget(background=palette.BACKGROUND)
        # Bilinear scaling of the grid image: a smooth field like Playground's, not blocks.
        self._plot.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        item = self._plot.getPlotItem()
        item.setContentsMargins(0, PLOT_TOP_MARGIN, 8, 0)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            # Ticks outside the plane: the axes then do not overlap the image, which changes
            # every frame, and are not repainted with it.
            axis.setStyle(tickLength=3, tickTextOffset=2)
            axis.setTickFont(palette.font(palette.FONT_SMALL))
            axis.setPen(pg.mkPen(palette.BORDER))
            axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
        self._fit_axes()
        palette.use_light_background(self)

        self._image = pg.ImageItem(axisOrder="row-major")
        self._lut = palette.diverging_lut(256, IMAGE_STRENGTH)
        self._image.setLookupTable(self._lut)
        item.addItem(self._image)
        self._train = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True)
        self._test = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True)
        self._train.setZValue(2)
        self._test.setZValue(3)
        item.addItem(self._train)
        item.addItem(self._test)

        self._bar = palette.ColorBar(Qt.Orientation.Vertical)
        self._bar.set_strength(IMAGE_STRENGTH)  # the legend shows the colours the image uses
        self._classes = QLabel()
        self._classes.setFont(palette.font(palette.FONT_SMALL))
        self._classes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._classes.hide()

        self._show_test = QCheckBox(self.tr("Show test data"))
        self._show_test.setToolTip(self.tr("Draw the held-out test points as hollow circles"))
        self._discrete = QCheckBox(self.tr("Discretize output"))
        self._discrete.setToolTip(self.tr("Paint each region in one solid colour: the "
                                          "network's decision instead of its confidence"))
        for box in (self._show_test, self._discrete):
            box.setFont(palette.font(palette.FONT_SMALL))
        self._show_test.toggled.connect(self.set_show_test)
        self._discrete.toggled.connect(self.set_discretize)

        self._box = _SquareBox(self._plot, [self._bar, self._classes])
        toggles = QHBoxLayout()
        toggles.setContentsMargins(4, 0, 4, 0)
        toggles.addWidget(self._show_test)
        toggles.addWidget(self._discrete)
        toggles.addStretch(1)
        from nnviz.app.views.point_drawing import DrawTools
        self.drawing = DrawTools(item)  # draw mode: its toggle here, its picker row below
        toggles.addWidget(self.drawing.toggle)
        # Half of one's points are test points: while drawing, every point drawn stays visible.
        self.drawing.active_changed.connect(lambda on: on and self.set_show_test(True))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        lay.addWidget(self._caption)
        lay.addWidget(self._box, 1)
        lay.addLayout(toggles)
        lay.addWidget(self.drawing)
        lay.addWidget(self.drawing.error)
        self._update_caption()
        # Zoom and presentation mode: larger points, thicker outlines, room for larger ticks.
        zoom_changed().connect(self._on_zoom)

    def _fit_axes(self) -> None:
        """Axis room for tick labels at the current zoom (their font grows with it)."""
        item = self._plot.getPlotItem()
        item.getAxis("left").setWidth(round(32 * ui_scale()))
        item.getAxis("bottom").setHeight(round(26 * ui_scale()))

    def _on_zoom(self, _zoom: float) -> None:
        self._fit_axes()
        self._points_key = None  # redrawn with the new sizes
        if self._snap is not None:
            self._draw_points()

    # -- public API --------------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        """Draw ``snap``: its boundary (or the focused neuron) and its points."""
        if snap is None:
            return
        self._snap = snap
        self._draw_points()
        self._draw_image()

    def set_focus(self, dense_index: int, unit: int) -> None:
        """Show neuron ``unit`` of Dense layer ``dense_index``; ``(-1, -1)`` shows the output."""
        focus = (int(dense_index), int(unit))
        if focus == self._focus:
            return
        self._focus = focus
        self._update_caption()
        self._draw_image()

    def focus(self) -> tuple[int, int]:
        return self._focus

    def set_show_test(self, on: bool) -> None:
        if self._show_test.isChecked() != on:
            self._show_test.setChecked(on)
            return
        self._test.setVisible(on)

    def show_test(self) -> bool:
        return self._show_test.isChecked()

    def set_discretize(self, on: bool) -> None:
        if self._discrete.isChecked() != on:
            self._discrete.setChecked(on)
            return
        self._draw_image()

    def discretize(self) -> bool:
        return self._discrete.isChecked()

    def caption(self) -> str:
        return self._caption.text()

    def test_scatter(self) -> pg.ScatterPlotItem:
        return self._test

    def train_scatter(self) -> pg.ScatterPlotItem:
        return self._train

    def image_item(self) -> pg.ImageItem:
        return self._image

    def plot_item(self) -> pg.PlotItem:
        return self._plot.getPlotItem()

    # -- drawing -----------------------------------------------------------------------------
    def _focused_map(self):
        """(values, dense_index, unit) of the focused neuron, or None for the output."""
        d, u = self._focus
        maps = self._snap.neuron_maps if self._snap is not None else None
        if d < 0 or not maps or d >= len(maps) or not 0 <= u < len(maps[d]):
            return None
        return maps[d][u], d, u

    def _update_caption(self) -> None:
        found = self._focused_map() if self._snap is not None else None
        if found is None:
            self._caption.setText(self.tr("Output"))
            return
        _, d, u = found
        n_dense = len(self._snap.neuron_maps)
        if d == n_dense - 1:
            text = self.tr("Output neuron {0}").format(u + 1)
        else:
            text = self.tr("Hidden layer {0} · neuron {1}").format(d + 1, u + 1)
        self._caption.setText(text)

    def _activation(self, dense_index: int) -> str:
        cfg = self._snap.config
        if cfg is None:
            return ""
        hidden = cfg.network.hidden
        return hidden[dense_index].activation if dense_index < len(hidden) else \
            cfg.output_activation

    def _draw_image(self) -> None:
        snap = self._snap
        if snap is None:
            return
        key = (snap.serial, self._focus, self._discrete.isChecked())
        if key == self._drawn_key:
            return
        self._drawn_key = key
        self._update_caption()
        # The data's own square: [-6, 6]², or [-0.5, 1.5]² around the logic gates' corners.
        e, c = float(snap.extent), float(getattr(snap, "centre", 0.0))
        discrete = self._discrete.isChecked()
        found = self._focused_map()
        problem = snap.data.problem if snap.data is not None else "binary"
        if found is not None:
            values, d, _ = found
            lo, hi = palette.map_levels(values, self._activation(d))
            if discrete:
                values = np.where(values > (lo + hi) / 2, hi, lo)
            self._set_scalar(values, lo, hi)
            self._set_bar_labels(_num(lo), _num((lo + hi) / 2), _num(hi))
        elif snap.boundary is None:
            self._image.clear()
            return
        elif snap.boundary.ndim == 3:
            self._set_classes(snap.boundary, discrete)
        elif problem == "regression":
            values = snap.boundary
            m = _max_abs(values, snap.data.y_train if snap.data is not None else None)
            if discrete:
                step = 2 * m / REGRESSION_BANDS
                values = (np.floor(values / step) + 0.5) * step
            self._set_scalar(values, -m, m)
            self._set_bar_labels(_num(-m), "0", _num(m))
        else:
            values = snap.boundary
            if discrete:
                values = (values >= 0.5).astype(np.float32)
            self._set_scalar(values, 0.0, 1.0)
            self._set_bar_labels("0", "0.5", "1")
        self._image.setRect(QRectF(c - e, c - e, 2 * e, 2 * e))
        item = self._plot.getPlotItem()
        item.setRange(xRange=(c - e, c + e), yRange=(c - e, c + e), padding=0.0)

    def _set_bar_labels(self, low: str, mid: str, high: str) -> None:
        if self._bar.labels() != (low, mid, high):
            self._bar.set_labels(low, mid, high, "")
            self._box.refit()

    def _set_scalar(self, values: np.ndarray, lo: float, hi: float) -> None:
        if self._bar.isHidden() or not self._classes.isHidden():
            self._bar.show()
            self._classes.hide()
            self._box.refit()
        self._image.setLookupTable(self._lut)
        self._image.setImage(np.ascontiguousarray(values, dtype=np.float32), autoLevels=False,
                             levels=(lo, hi))

    def _set_classes(self, probs: np.ndarray, discrete: bool) -> None:
        k = probs.shape[2]
        p = np.nan_to_num(np.asarray(probs, dtype=np.float32))
        if discrete:
            p = (p == p.max(axis=2, keepdims=True)).astype(np.float32)
            p /= p.sum(axis=2, keepdims=True)
        # The winning class's colour, paler the less sure the network is (1/k = white).
        win = p.argmax(axis=2)
        sure = np.clip((p.max(axis=2) - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)[..., None]
        cols = palette.class_rgb(k).astype(np.float32)
        white = np.array([255.0, 255.0, 255.0], dtype=np.float32)
        rgb = white + (cols[win] - white) * (IMAGE_STRENGTH * sure)
        self._image.setLookupTable(None)
        self._image.setImage(np.clip(rgb, 0, 255).astype(np.uint8), autoLevels=False,
                             levels=(0, 255))
        self._bar.hide()
        self._classes.setText(palette.class_legend_html(self._class_names(k)))
        if self._classes.isHidden():
            self._classes.show()
            self._box.refit()

    def _class_names(self, k: int) -> list[str]:
        names = list(getattr(self._snap.data, "class_names", ()) or ())
        # Counted from 1 as people count; a CSV file's own label names win when it has them.
        return [names[i] if i < len(names) else self.tr("class {0}").format(i + 1)
                for i in range(k)]

    def _draw_points(self) -> None:
        data = self._snap.data
        if data is None or data is self._points_key:
            return
        self._points_key = data
        if data.problem == "regression":
            m = _max_abs(np.asarray(data.y_train, dtype=np.float64), data.y_test)
            train_cols = self._value_colours(data.y_train, m)
            test_cols = self._value_colours(data.y_test, m)
        else:
            table = palette.class_colors(data.problem, data.n_classes)
            train_cols = [table[int(c) % len(table)] for c in np.ravel(data.y_train)]
            test_cols = [table[int(c) % len(table)] for c in np.ravel(data.y_test)]
        every = np.concatenate([np.asarray(data.points_train, dtype=np.float64).reshape(-1, 2),
                                np.asarray(data.points_test, dtype=np.float64).reshape(-1, 2)])
        few = len(np.unique(every, axis=0)) <= FEW_POINTS
        zoom = ui_scale()
        for scatter in (self._train, self._test):
            scatter.setSize((FEW_POINT_SIZE if few else POINT_SIZE) * zoom)
        outline = pg.mkPen(palette.POINT_OUTLINE, width=1 * zoom)
        brushes = {c.rgb(): pg.mkBrush(c) for c in train_cols + test_cols}
        pens = {c.rgb(): pg.mkPen(c, width=2.2 * zoom) for c in test_cols}
        self._train.setData(pos=np.asarray(data.points_train, dtype=np.float64),
                            brush=[brushes[c.rgb()] for c in train_cols], pen=outline)
        self._test.setData(pos=np.asarray(data.points_test, dtype=np.float64),
                           brush=pg.mkBrush(palette.BACKGROUND),
                           pen=[pens[c.rgb()] for c in test_cols])
        self._test.setVisible(self._show_test.isChecked())

    @staticmethod
    def _value_colours(values, m: float) -> list:
        t = 0.5 + 0.5 * np.clip(np.asarray(values, dtype=np.float64).ravel() / m, -1, 1)
        rgb = np.round(palette.diverging_colors(t)).astype(int)
        return [pg.mkColor(int(r), int(g), int(b)) for r, g, b in rgb]


def _max_abs(*arrays) -> float:
    m = 0.0
    for a in arrays:
        if a is None:
            continue
        a = np.asarray(a, dtype=np.float64)
        a = a[np.isfinite(a)]
        if a.size:
            m = max(m, float(np.max(np.abs(a))))
    return m if m > 1e-9 else 1.0


def _num(v: float) -> str:
    return f"{v:.3g}".replace("-", "−")
