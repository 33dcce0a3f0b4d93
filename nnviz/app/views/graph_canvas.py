"""GraphCanvas: paints the network (nodes as live thumbnails, links, biases) and hit-tests it.

Geometry (and one cached ``QPainterPath`` per link) is built per structure and size; new weights
only regroup the links by pen (see :mod:`graph_paint`) and remake the node thumbnails.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from nnviz.app.views import palette
from nnviz.app.views.graph_layout import compute_layout, nearest_link
from nnviz.app.views.graph_paint import (class_lut, format_value, link_groups, lut_argb32,
                                         make_thumbnails)

class GraphCanvas(QWidget):
    """The drawing surface of :class:`NetworkGraphView`; it knows geometry, not configs."""

    link_clicked = Signal(int, int, int, QPoint)   # dense_index, row, col, position
    bias_clicked = Signal(int, int, QPoint)        # dense_index, unit, position
    input_clicked = Signal(str)                    # feature name
    hovered = Signal(int, int)                     # dense_index, unit; (-1, -1) = none

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setFont(palette.font(palette.FONT_SMALL))
        self.headers = []           # LayerHeader widgets, placed above the hidden columns
        self.features = []          # (name, display, doc) of every registered feature
        self.active = []            # active feature names, in kernel-row order
        self.units = [1]            # units per Dense layer (hidden..., output)
        self.layout_ = None
        self.weights = []
        self.gradients = None
        self._link_paths = []       # one cached QPainterPath per link (layout order)
        self._groups = []           # (pen, [link indices]) per sign x size bucket
        self._bias_colors = []      # per Dense layer, a QColor per unit
        self._images = {}           # (column, index) -> QImage
        self._hover = None          # ("link", i) | ("bias", d, u) | ("node", d, u) | ("input", i)
        self._hover_pos = QPointF()
        self._hovered_neuron = (-1, -1)
        self._lut = lut_argb32()
        self.editor = None          # the view's inline editor; the hover label hides under it

    # -- structure and values ----------------------------------------------------------------
    def set_structure(self, features, active, units) -> None:
        self.features, self.active, self.units = list(features), list(active), list(units)
        # Old numbers belong to the old structure; set_values brings new ones.
        self.weights, self.gradients, self._maps = [], None, None
        self._set_hover(None, QPointF())
        self.relayout()

    def relayout(self) -> None:
        fm = self.fontMetrics()
        label_w = max([fm.horizontalAdvance(f[1]) for f in self.features] + [20]) + 10
        header_h = max([h.sizeHint().height() for h in self.headers] + [fm.height()])
        top = 6 + header_h + 10
        names = [f[0] for f in self.features]
        rows = [names.index(a) if a in names else 0 for a in self.active]
        self.layout_ = compute_layout(self.width(), self.height(), len(self.features), rows,
                                      self.units, top, label_w)
        xs = self.layout_.column_x
        gap = (xs[1] - xs[0]) if len(xs) > 1 else 100.0
        w = int(min(130, max(50, gap - 10)))
        for i, h in enumerate(self.headers):
            h.fit_width(w)
            hh = h.sizeHint().height()
            h.setGeometry(int(xs[i + 1] - w / 2), 6, w, hh)
        self._link_paths = []
        for c in self.layout_.curves:
            path = QPainterPath(QPointF(c[0, 0], c[0, 1]))
            path.cubicTo(c[1, 0], c[1, 1], c[2, 0], c[2, 1], c[3, 0], c[3, 1])
            self._link_paths.append(path)
        self._make_images()
        self._rebuild_paths()
        self.update()

    def set_values(self, weights, gradients, maps, levels, class_outputs: bool = False) -> None:
        """New numbers for the same structure.

        ``maps[c][i]`` is the (res, res) map of node ``i`` in column ``c`` (or None) and
        ``levels[c][i]`` its colour levels. ``class_outputs``: the output nodes are class
        probabilities, each tinted white -> its class colour (as in the boundary view).
        """
        self.weights, self.gradients = weights, gradients
        self._class_outputs = class_outputs
        self._maps, self._levels = maps, levels
        self._make_images()
        self._rebuild_paths()
        self.update()

    def _make_images(self) -> None:
        self._images = {}
        lay = self.layout_
        if lay is None or not getattr(self, "_maps", None):
            return
        dpr = self.devicePixelRatioF()
        for c, col in enumerate(self._maps[:len(lay.columns)]):
            nodes = [i for i, m in enumerate(col) if m is not None and i < len(lay.columns[c])]
            by_shape = {}
            for i in nodes:
                by_shape.setdefault(np.shape(col[i]), []).append(i)
            for shape, idx in by_shape.items():
                if len(shape) != 2:
                    continue
                size = max(2, round(lay.columns[c][idx[0]].width() * dpr))
                lo = np.array([self._levels[c][i][0] for i in idx], dtype=np.float32)
                hi = np.array([self._levels[c][i][1] for i in idx], dtype=np.float32)
                stack = np.stack([col[i] for i in idx])
                if c == len(lay.columns) - 1 and getattr(self, "_class_outputs", False):
                    images = [make_thumbnails(stack[k:k + 1], lo[k:k + 1], hi[k:k + 1], size,
                                              class_lut(i))[0] for k, i in enumerate(idx)]
                else:
                    images = make_thumbnails(stack, lo, hi, size, self._lut)
                for i, img in zip(idx, images):
                    img.setDevicePixelRatio(dpr)
                    self._images[(c, i)] = img

    def _rebuild_paths(self) -> None:
        """Group the links by pen and colour the biases, for the current weights."""
        lay = self.layout_
        self._groups = []
        self._bias_colors = [palette.weight_colors(b) for _, b in self.weights]
        if lay is None or not len(lay.links) or not self.weights:
            return
        # Thinner pens for small nodes and for dense fans, so many links stay readable.
        fan = max(a * b for a, b in zip([len(self.active)] + self.units[:-1], self.units))
        scale = float(np.clip(lay.node_size / 30.0, 0.4, 1.0) *
                      np.clip((16.0 / fan) ** 0.5, 0.5, 1.0))
        self._groups = link_groups(self.link_values(), scale)

    def link_values(self) -> np.ndarray:
        """Current weight of every link, in layout order (NaN where the shapes disagree)."""
        lay = self.layout_
        out = np.full(len(lay.links), np.nan)
        for i, (d, r, c) in enumerate(lay.links):
            if d < len(self.weights):
                k = self.weights[d][0]
                if r < k.shape[0] and c < k.shape[1]:
                    out[i] = k[r, c]
        return out

    def weight(self, d: int, row: int, col: int) -> float:
        """Kernel value (``row`` >= 0) or bias (``row == -1``) of Dense layer ``d``."""
        k, b = self.weights[d]
        return float(b[col] if row < 0 else k[row, col])

    def gradient(self, d: int, row: int, col: int):
        if not self.gradients or d >= len(self.gradients) or self.gradients[d] is None:
            return None
        gk, gb = self.gradients[d]
        try:
            return float(gb[col] if row < 0 else gk[row, col])
        except (IndexError, TypeError):
            return None

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        lay = self.layout_
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.BACKGROUND))
        if lay is None:
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._paint_titles(p)
        p.setBrush(Qt.BrushStyle.NoBrush)
        paths = self._link_paths
        for pen, links in self._groups:
            p.setPen(pen)
            for i in links:
                p.drawPath(paths[i])
        if self._hover and self._hover[0] == "link":
            c = lay.curves[self._hover[1]]
            path = QPainterPath(QPointF(*c[0]))
            path.cubicTo(QPointF(*c[1]), QPointF(*c[2]), QPointF(*c[3]))
            p.strokePath(path, QPen(QColor(palette.TEXT), 3.0))
        self._paint_nodes(p)
        self._paint_biases(p)
        self._paint_hover_label(p)
        p.end()

    def _paint_titles(self, p: QPainter) -> None:
        lay = self.layout_
        p.setPen(QColor(palette.TEXT_MUTED))
        p.setFont(palette.font(palette.FONT_SMALL, bold=True))
        y = lay.top - 8 - self.fontMetrics().height()
        x0 = lay.column_x[0]
        p.drawText(QRectF(0, y, x0 + lay.node_size, 20), Qt.AlignmentFlag.AlignRight,
                   self.tr("Features"))
        xo = lay.column_x[-1]
        p.drawText(QRectF(xo - 60, y, 120, 20).intersected(QRectF(0, 0, self.width(), 999)),
                   Qt.AlignmentFlag.AlignHCenter, self.tr("Output"))

    def _paint_nodes(self, p: QPainter) -> None:
        lay = self.layout_
        p.setFont(self.font())
        active = set(self.active)
        hover = self._hover
        for c, col in enumerate(lay.columns):
            for i, r in enumerate(col):
                img = self._images.get((c, i))
                on = c > 0 or self.features[i][0] in active
                if img is not None:
                    if not on:  # a switched-off feature: a faint preview
                        p.fillRect(r, QColor(palette.BACKGROUND))
                        p.setOpacity(0.3)
                    p.drawImage(r.topLeft(), img)
                    p.setOpacity(1.0)
                else:
                    p.fillRect(r, QColor(palette.SURFACE))
                hot = hover is not None and (
                    (hover[0] == "node" and (hover[1] + 1, hover[2]) == (c, i)) or
                    (hover[0] == "input" and c == 0 and hover[1] == i))
                border = palette.TEXT if hot else (palette.TEXT_MUTED if on else palette.DISABLED)
                pen = QPen(QColor(border), 2.0 if hot or c == len(lay.columns) - 1 else 1.0)
                if not on:
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r)
                if c == 0:
                    p.setPen(QColor(palette.TEXT if on else palette.DISABLED))
                    p.drawText(QRectF(0, r.top() - 4, r.left() - 6, r.height() + 8),
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                               self.features[i][1])

    def _paint_biases(self, p: QPainter) -> None:
        if not self.weights:
            return
        p.setPen(QPen(QColor(palette.TEXT_MUTED), 1.0))
        for d, rects in enumerate(self.layout_.bias_rects):
            if d >= len(self._bias_colors):
                break
            colours = self._bias_colors[d]
            for u, r in enumerate(rects):
                p.setBrush(colours[u] if u < len(colours) else QColor(palette.DISABLED))
                p.drawRect(r)

    def _paint_hover_label(self, p: QPainter) -> None:
        text = self.hover_text()
        if not text or (self.editor is not None and self.editor.isVisible()):
            return
        p.setFont(palette.font(palette.FONT_NORMAL))
        fm = p.fontMetrics()
        lines = text.split("\n")
        w = max(fm.horizontalAdvance(s) for s in lines) + 14
        h = fm.height() * len(lines) + 8
        x = self._hover_pos.x() + 14
        y = self._hover_pos.y() + 14
        if x + w > self.width():
            x = self._hover_pos.x() - w - 8
        if y + h > self.height():
            y = self._hover_pos.y() - h - 8
        box = QRectF(max(0, x), max(0, y), w, h)
        p.setPen(QPen(QColor(palette.BORDER), 1.0))
        p.setBrush(QColor(255, 255, 255, 240))
        p.drawRoundedRect(box, 4, 4)
        p.setPen(QColor(palette.TEXT))
        for k, line in enumerate(lines):
            p.drawText(QPointF(box.left() + 7, box.top() + 4 + fm.ascent() + k * fm.height()),
                       line)

    # -- names and hover text ----------------------------------------------------------------
    def neuron_name(self, d: int, u: int) -> str:
        if d == len(self.units) - 1:
            return self.tr("output") if self.units[-1] == 1 else \
                self.tr("output {0}").format(u + 1)
        return self.tr("layer {0} · neuron {1}").format(d + 1, u + 1)

    def source_name(self, d: int, row: int) -> str:
        if d == 0:
            name = self.active[row] if row < len(self.active) else "?"
            return next((f[1] for f in self.features if f[0] == name), name)
        return self.neuron_name(d - 1, row)

    def hover_text(self) -> str:
        """What the hover label says now ('' when nothing is under the mouse)."""
        h = self._hover
        if h is None or not self.weights:
            return ""
        if h[0] == "input":
            name, display, doc = self.features[h[1]]
            state = self.tr("click to stop using it") if name in self.active else \
                self.tr("click to use it")
            return f"{display}: {state}"
        if h[0] == "node":
            return self.neuron_name(h[1], h[2])
        if h[0] == "link":
            d, row, col = (int(v) for v in self.layout_.links[h[1]])
            title = self.tr("Weight {0} → {1}").format(self.source_name(d, row),
                                                       self.neuron_name(d, col))
        else:
            d, col = h[1], h[2]
            row = -1
            title = self.tr("Bias of {0}").format(self.neuron_name(d, col))
        lines = [f"{title}: {format_value(self.weight(d, row, col))}"]
        g = self.gradient(d, row, col)
        if g is not None:
            lines.append(self.tr("Gradient ∂loss/∂w: {0}").format(format_value(g)))
        lines.append(self.tr("Click to type a new value"))
        return "\n".join(lines)

    # -- mouse -------------------------------------------------------------------------------
    def hit(self, pos: QPointF):
        """What lies at ``pos``: see ``_hover`` for the forms; None for empty space."""
        lay = self.layout_
        if lay is None:
            return None
        for d, rects in enumerate(lay.bias_rects):
            for u, r in enumerate(rects):
                if r.adjusted(-2, -2, 2, 2).contains(pos):
                    return ("bias", d, u)
        for c, col in enumerate(lay.columns):
            for i, r in enumerate(col):
                if c == 0:
                    label = QRectF(0, r.top(), r.right(), r.height())
                    if label.contains(pos):
                        return ("input", i)
                elif r.contains(pos):
                    return ("node", c - 1, i)
        i = nearest_link(lay, pos.x(), pos.y(), max(4.0, lay.node_size * 0.15))
        return ("link", i) if i >= 0 else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._set_hover(self.hit(event.position()), event.position())

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._set_hover(None, QPointF())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        h = self.hit(event.position())
        at = event.position().toPoint()
        if h is None or not self.weights:
            return
        if h[0] == "link":
            d, row, col = (int(v) for v in self.layout_.links[h[1]])
            self.link_clicked.emit(d, row, col, at)
        elif h[0] == "bias":
            self.bias_clicked.emit(h[1], h[2], at)
        elif h[0] == "input":
            self.input_clicked.emit(self.features[h[1]][0])

    def _set_hover(self, hover, pos: QPointF) -> None:
        self._hover_pos = pos
        changed = hover != self._hover
        self._hover = hover
        neuron = (hover[1], hover[2]) if hover and hover[0] == "node" else (-1, -1)
        if neuron != self._hovered_neuron:
            self._hovered_neuron = neuron
            self.hovered.emit(*neuron)
        if changed or hover is not None:
            self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.relayout()

