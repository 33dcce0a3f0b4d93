"""What instruments draw on top of the network graph: texts beside nodes, a highlighted column,
and a value per link (width and colour by size and sign).

:class:`~nnviz.app.views.graph_canvas.GraphCanvas` keeps the overlay (``set_node_annotations``,
``set_highlight_layer``, ``set_link_overlay``, ``clear_overlay``) and calls
:func:`paint_overlay` last, so the overlay sits above the links and the thumbnails.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nnviz.app.classroom.ui_scale import ui_scale
from nnviz.app.views import palette

HIGHLIGHT = "#F2B705"       # a warm yellow that neither weight colour uses
#: Widest overlay stroke (for the largest |value|), in pixels.
MAX_LINK_WIDTH = 7.0
#: At most this many links are drawn (the largest values), so big networks stay quick.
MAX_LINKS = 600


def paint_overlay(canvas, p: QPainter) -> None:
    """Paint ``canvas``'s overlay with ``p`` (after everything else)."""
    lay = canvas.layout_
    if lay is None:
        return
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if canvas.overlay_links is not None:
        _paint_links(canvas, p)
    column = canvas.highlight_layer
    if column is not None and 0 <= column < len(lay.columns) and lay.columns[column]:
        rects = lay.columns[column]
        box = QRectF(rects[0]).united(QRectF(rects[-1])).adjusted(-6, -6, 6, 6)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(HIGHLIGHT), 3.0 * ui_scale()))
        p.drawRoundedRect(box, 6, 6)
    if canvas.node_annotations:
        _paint_annotations(canvas, p)


def _node_rect(lay, column: int, unit: int):
    if column == 0:  # inputs: unit is the kernel row; the column lists every feature
        if unit >= len(lay.active_rows):
            return None
        unit = lay.active_rows[unit]
    if not 0 <= column < len(lay.columns) or not 0 <= unit < len(lay.columns[column]):
        return None
    return lay.columns[column][unit]


def annotation_box(rect, w: float, h: float, width: float, height: float, column: list,
                   placed: list = ()):
    """Where a node's ``w`` x ``h`` note goes: right of the node; for the output column, which
    has no room there, below it (or above, or further below) within the column, clear of the
    other nodes and of the notes ``placed`` already — on the left it would cover the last hidden
    layer's notes, where it goes only if nothing else fits."""
    x = rect.right() + 4
    if x + w <= width:
        return QRectF(x, rect.center().y() - h / 2, w, h)
    x = max(0.0, min(rect.center().x() - w / 2, width - w))
    others = [QRectF(r) for r in column if QRectF(r) != QRectF(rect)] + list(placed)
    below = [rect.bottom() + 3 + k * (h + 3) for k in range(1, 12)]
    for y in (rect.bottom() + 3, rect.top() - h - 3, *below):
        box = QRectF(x, y, w, h)
        if y >= 0 and box.bottom() <= height and not any(box.intersects(o) for o in others):
            return box
    return QRectF(max(0.0, rect.left() - w - 4), rect.center().y() - h / 2, w, h)


def _spacing(column: list) -> float:
    """The smallest distance between two neighbouring nodes' centres in ``column`` (inf for
    one node)."""
    ys = sorted(QRectF(r).center().y() for r in column)
    return min((b - a for a, b in zip(ys, ys[1:])), default=float("inf"))


def _paint_annotations(canvas, p: QPainter) -> None:
    lay = canvas.layout_
    # Not zoomed: the notes sit beside nodes that do not grow, and larger ones would cover each
    # other in a full column.
    p.setFont(palette.font(palette.FONT_SMALL, bold=True))
    fm = p.fontMetrics()
    placed = []
    for (column, unit), text in sorted(canvas.node_annotations.items()):
        rect = _node_rect(lay, column, unit)
        if rect is None or not text:
            continue
        lines = str(text).split("\n")
        if len(lines) > 1 and fm.height() * len(lines) + 4 > _spacing(lay.columns[column]):
            # No room for every line between this node and the next (a short window, a
            # full column): the last line, the value passed on, rather than notes in a pile.
            lines = lines[-1:]
        w = max(fm.horizontalAdvance(s) for s in lines) + 8
        h = fm.height() * len(lines) + 4
        box = annotation_box(rect, w, h, canvas.width(), canvas.height(), lay.columns[column],
                             placed)
        placed.append(box)
        p.setPen(QPen(QColor(palette.BORDER), 1.0))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor(palette.TEXT))
        for k, line in enumerate(lines):
            p.drawText(box.adjusted(4, 2 + k * fm.height(), -4, 0),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)


def _paint_links(canvas, p: QPainter) -> None:
    lay = canvas.layout_
    paths = canvas.link_paths()
    values = np.full(len(lay.links), np.nan)
    for j, (d, r, c) in enumerate(lay.links):
        if d < len(canvas.overlay_links):
            grid = np.asarray(canvas.overlay_links[d])
            if r < grid.shape[0] and c < grid.shape[1]:
                values[j] = grid[r, c]
    finite = np.isfinite(values)
    if not finite.any() or len(paths) != len(values):
        return
    top = float(np.max(np.abs(values[finite])))
    if top == 0:
        return
    order = np.argsort(np.where(finite, np.abs(values), -1))[::-1][:MAX_LINKS][::-1]
    for j in order:  # the largest last, on top
        v = values[j]
        if not np.isfinite(v) or v == 0:
            continue
        colour = QColor(palette.POSITIVE if v > 0 else palette.NEGATIVE)
        colour.setAlpha(220)
        pen = QPen(colour, (0.8 + MAX_LINK_WIDTH * abs(v) / top) * ui_scale())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.strokePath(paths[j], pen)
