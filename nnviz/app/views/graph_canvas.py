"""GraphCanvas: paints the network (nodes as live thumbnails, links, biases) and hit-tests it.

Geometry (and one cached ``QPainterPath`` per link) is built per structure and size; new weights
only regroup the links by pen (see :mod:`graph_paint`) and remake the node thumbnails, all nodes
of one size in one vectorised pass into one image (both caches: :mod:`graph_images`). The layer
headers and column titles live in a separate strip above
(:class:`~nnviz.app.views.graph_controls.HeaderStrip`), so a new frame repaints this canvas alone,
never the controls.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from nnviz.app.classroom.ui_scale import ui_scale, zoom_changed
from nnviz.app.views import palette
from nnviz.app.views.graph_controls import HeaderStrip
from nnviz.app.views.graph_images import LinksLayer, NodeThumbnails
from nnviz.app.views.graph_layout import layout_with_titles, nearest_link
from nnviz.app.views.graph_overlay import paint_overlay
from nnviz.app.views.graph_paint import format_value, link_codes

#: Space above the first node (the headers and titles are in a strip above the canvas).
TOP_MARGIN = 6.0

def node_outline_widths() -> tuple[float, float]:
    """(ordinary, output or hovered) node outline widths at the current zoom."""
    return 1.0 * ui_scale(), 2.0 * ui_scale()


class GraphCanvas(QWidget):
    """The drawing surface of :class:`NetworkGraphView`; it knows geometry, not configs."""

    link_clicked = Signal(int, int, int, QPoint)   # dense_index, row, col, position
    bias_clicked = Signal(int, int, QPoint)        # dense_index, unit, position
    input_clicked = Signal(str)                    # feature name
    hovered = Signal(int, int)                     # dense_index, unit; (-1, -1) = none
    layout_changed = Signal()                      # new geometry: columns moved or resized

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        # paintEvent covers every pixel: the view behind need not paint its background first
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 150)  # room for an instrument docked below at 1280 x 800
        self.setFont(palette.font(palette.FONT_SMALL))
        self.features = []          # (name, display, doc) of every registered feature
        self.active = []            # active feature names, in kernel-row order
        self.units = [1]            # units per Dense layer (hidden..., output)
        self.layout_ = None
        self.weights = []
        self.gradients = None
        self._links = LinksLayer()  # the links, grouped by pen and drawn into one image
        self._bias_colors = []      # per Dense layer, a QColor per unit
        self._thumbnails = NodeThumbnails()  # remade only where a node's map changed
        self._link_slices = []      # per Dense layer: (first link, rows, cols) in layout order
        self._class_outputs = False
        self._maps, self._levels = None, None
        self._hover = None          # ("link", i) | ("bias", d, u) | ("node", d, u) | ("input", i)
        self._hover_pos = QPointF()
        self._hovered_neuron = (-1, -1)
        self.editor = None          # the view's inline editor; the hover label hides under it
        self.node_annotations = {}  # overlay of the instruments (see graph_overlay)
        self.highlight_layer = None
        self.overlay_links = None
        # Zoom and presentation mode: thicker links and outlines, room for the larger names.
        zoom_changed().connect(self._on_zoom)

    # -- structure and values ----------------------------------------------------------------
    def set_structure(self, features, active, units) -> None:
        self.features, self.active, self.units = list(features), list(active), list(units)
        # Old numbers belong to the old structure; set_values brings new ones.
        self.weights, self.gradients, self._maps = [], None, None
        self._set_hover(None, QPointF())
        self.relayout()

    def label_width(self) -> int:
        """Room left of the input column for the feature names."""
        fm = self.fontMetrics()
        return max([fm.horizontalAdvance(f[1]) for f in self.features] + [20]) + 10

    def relayout(self) -> None:
        names = [f[0] for f in self.features]
        rows = [names.index(a) if a in names else 0 for a in self.active]
        self.layout_ = layout_with_titles(self.width(), self.height(), len(self.features), rows,
                                          self.units, TOP_MARGIN, self.label_width(),
                                          HeaderStrip.output_title_width())
        self._links.set_curves(self.layout_.curves)
        # Layer d's links follow its kernel in row-major order (see compute_layout).
        self._link_slices = []
        links = self.layout_.links
        start = 0
        for d in range(len(self.units)):
            n = int(np.count_nonzero(links[:, 0] == d)) if len(links) else 0
            rows = len(self.active) if d == 0 else self.units[d - 1]
            self._link_slices.append((start, rows, self.units[d]))
            start += n
        self._thumbnails.forget()
        self._make_images()
        self._rebuild_paths()
        self.layout_changed.emit()
        self.update()

    def _on_zoom(self, _zoom: float) -> None:
        if self.layout_ is not None:
            self.relayout()

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
        """Thumbnails of every node, for the current maps (see :class:`NodeThumbnails`)."""
        self._thumbnails.update(self.layout_, self._maps, self._levels, self.devicePixelRatioF(),
                                self._class_outputs)

    def _rebuild_paths(self) -> None:
        """Group the links by pen and colour the biases, for the current weights."""
        lay = self.layout_
        self._bias_colors = [palette.weight_colors(b) for _, b in self.weights]
        if lay is None or not len(lay.links) or not self.weights:
            self._links.clear()
            return
        # Thinner pens for small nodes and for dense fans, so many links stay readable.
        fan = max(a * b for a, b in zip([len(self.active)] + self.units[:-1], self.units))
        scale = float(np.clip(lay.node_size / 30.0, 0.4, 1.0) *
                      np.clip((16.0 / fan) ** 0.5, 0.5, 1.0)) * ui_scale()
        self._links.regroup(link_codes(self.link_values()), scale, self.devicePixelRatioF(), lay)

    def link_values(self) -> np.ndarray:
        """Current weight of every link, in layout order (NaN where the shapes disagree)."""
        lay = self.layout_
        out = np.full(len(lay.links), np.nan)
        for d, (start, rows, cols) in enumerate(self._link_slices):
            if d >= len(self.weights):
                break
            k = np.asarray(self.weights[d][0])
            if k.shape == (rows, cols):  # the usual case: the kernel, row by row
                out[start:start + rows * cols] = k.ravel()
                continue
            for j in range(start, start + rows * cols):
                _, r, c = lay.links[j]
                if r < k.shape[0] and c < k.shape[1]:
                    out[j] = k[r, c]
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

    # -- overlay: what instruments draw on the graph (painted by graph_overlay) ---------------
    def set_node_annotations(self, annotations) -> None:
        """Texts beside nodes, ``{(column, unit): text}``: column 0 = inputs (unit = kernel
        row), column ``d + 1`` = Dense layer ``d``; ``\\n`` separates lines."""
        self.node_annotations = dict(annotations or {})
        self.update()

    def set_highlight_layer(self, column) -> None:
        """Frame column ``column`` (as in :meth:`set_node_annotations`), or none for None."""
        self.highlight_layer = column
        self.update()

    def set_link_overlay(self, values) -> None:
        """One value per link drawn over it (width by size, colour by sign): per Dense layer
        an array shaped like its kernel; None removes it."""
        self.overlay_links = None if values is None else list(values)
        self.update()

    def clear_overlay(self) -> None:
        self.node_annotations, self.highlight_layer, self.overlay_links = {}, None, None
        self.update()

    def link_paths(self) -> list:
        """One QPainterPath per link, in layout order."""
        return self._links.paths

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        lay = self.layout_
        p = QPainter(self)
        if lay is None:
            p.fillRect(self.rect(), QColor(palette.BACKGROUND))
            p.end()
            return
        p.drawImage(QPointF(0, 0), self._links_layer())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # fractional scales only
        if self._hover and self._hover[0] == "link":
            p.strokePath(self._links.paths[self._hover[1]],
                         QPen(QColor(palette.TEXT), 3.0 * ui_scale()))
        self._paint_nodes(p)
        self._paint_biases(p)
        paint_overlay(self, p)
        self._paint_hover_label(p)
        p.end()

    def _links_layer(self):
        """The background with every link on it (see :class:`LinksLayer`)."""
        dpr = self.devicePixelRatioF()
        size = QSize(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        return self._links.render(size, dpr)

    def _paint_nodes(self, p: QPainter) -> None:
        lay = self.layout_
        p.setFont(self.font())
        active = set(self.active)
        hover = self._hover
        last = len(lay.columns) - 1
        borders = {}  # (colour, width, dashed) -> rects, drawn in one call per pen
        thin, thick = node_outline_widths()
        for c, col in enumerate(lay.columns):
            for i, r in enumerate(col):
                img = self._thumbnails.images.get((c, i))
                on = c > 0 or self.features[i][0] in active
                if img is not None:
                    if not on:  # a switched-off feature: a faint preview
                        p.fillRect(r, QColor(palette.BACKGROUND))
                        p.setOpacity(0.3)
                        p.drawImage(r, img[0], img[1])
                        p.setOpacity(1.0)
                    else:
                        p.drawImage(r, img[0], img[1])  # device pixels 1:1: a plain blit
                else:
                    p.fillRect(r, QColor(palette.SURFACE))
                hot = hover is not None and (
                    (hover[0] == "node" and (hover[1] + 1, hover[2]) == (c, i)) or
                    (hover[0] == "input" and c == 0 and hover[1] == i))
                border = palette.TEXT if hot else (palette.TEXT_MUTED if on else palette.DISABLED)
                borders.setdefault((border, thick if hot or c == last else thin, not on),
                                   []).append(r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for (colour, width, dashed), rects in borders.items():
            pen = QPen(QColor(colour), width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRects(rects)
        for i, r in enumerate(lay.columns[0]):
            on = self.features[i][0] in active
            p.setPen(QColor(palette.TEXT if on else palette.DISABLED))
            p.drawText(QRectF(0, r.top() - 4, r.left() - 6, r.height() + 8),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       self.features[i][1])

    def _paint_biases(self, p: QPainter) -> None:
        if not self.weights:
            return
        p.setPen(QPen(QColor(palette.TEXT_MUTED), ui_scale()))
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

