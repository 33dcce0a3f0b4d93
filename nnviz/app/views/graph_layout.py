"""Geometry of the network graph: where nodes, biases and links go, and what lies under a point.

Pure arithmetic (NumPy and ``QRectF``), computed once per structure or size change, so painting a
frame only looks things up.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF

SAMPLES_PER_LINK = 12  # points along each link's curve for hit-testing


@dataclass
class GraphLayout:
    """Positions for one network structure at one widget size.

    Columns: 0 = every registered input feature, 1..H = hidden layers, H+1 = output units.
    Dense layer ``d`` connects column ``d`` to column ``d + 1``; its unit ``u`` is node
    ``columns[d + 1][u]``.
    """

    columns: list                    # list of list of QRectF (node squares)
    column_x: list                   # centre x of each column
    active_rows: list                # kernel row i of dense 0 -> index into columns[0]
    links: np.ndarray                # (L, 3) int: dense_index, row, col
    curves: np.ndarray               # (L, 4, 2) float: p0, c1, c2, p3 of each cubic
    samples: np.ndarray              # (L, S, 2) points along each curve
    bias_rects: list                 # per dense layer, list of QRectF (one per unit)
    node_size: float
    output_size: float
    top: float
    link_index: dict = field(default_factory=dict)  # (d, row, col) -> link number

    def node_rect(self, dense_index: int, unit: int) -> QRectF:
        return self.columns[dense_index + 1][unit]


def _bezier(curves: np.ndarray, n: int) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[None, :, None]
    p0, c1, c2, p3 = (curves[:, i][:, None, :] for i in range(4))
    u = 1.0 - t
    return u**3 * p0 + 3 * u**2 * t * c1 + 3 * u * t**2 * c2 + t**3 * p3


def compute_layout(width: float, height: float, n_inputs: int, active_rows: list,
                   units: list, top: float, left: float, right: float = 8.0) -> GraphLayout:
    """Lay out the graph in a ``width`` x ``height`` canvas.

    Parameters
    ----------
    n_inputs : int
        Registered features (all drawn in column 0).
    active_rows : list of int
        For each input of the first Dense layer, its position in column 0.
    units : list of int
        Units of each Dense layer, hidden layers first, output layer last.
    top : float
        y where the first node starts (below the layer headers).
    left : float
        Room left of column 0 for the feature names.
    """
    n_cols = len(units) + 1
    counts = [n_inputs] + list(units)
    tallest = max(counts)
    avail_h = max(40.0, height - top - 10.0)
    pitch = avail_h / tallest
    usable_w = max(60.0, width - left - right)
    col_gap = usable_w / max(1, n_cols - 1 + 0.6)
    node = float(np.clip(min(pitch * 0.72, col_gap * 0.42), 10.0, 64.0))
    out = float(min(node * 1.45, pitch * 0.9 if units[-1] > 1 else node * 1.8, col_gap * 0.6,
                    110.0))
    out = max(out, node)
    pitch = min(pitch, node * 1.65)
    x_first = left + node / 2 + 2
    x_last = width - right - out / 2
    xs = list(np.linspace(x_first, x_last, n_cols)) if n_cols > 1 else [x_first]
    columns = []
    for c, n in enumerate(counts):
        size = out if c == n_cols - 1 and c > 0 else node
        col_pitch = max(pitch, size * 1.25) if c == n_cols - 1 else pitch
        rects = []
        for i in range(n):
            cy = top + col_pitch * (i + 0.5)
            # whole pixels, so thumbnails blit without resampling
            s = round(size)
            rects.append(QRectF(round(xs[c] - s / 2), round(cy - s / 2), s, s))
        columns.append(rects)

    links, curves = [], []
    for d, n_out in enumerate(units):
        src_rows = active_rows if d == 0 else list(range(counts[d]))
        for row, src in enumerate(src_rows):
            a = columns[d][src]
            for col in range(n_out):
                b = columns[d + 1][col]
                x0, y0 = a.right(), a.center().y()
                x1, y1 = b.left(), b.center().y()
                mx = (x0 + x1) / 2
                links.append((d, row, col))
                curves.append(((x0, y0), (mx, y0), (mx, y1), (x1, y1)))
    links_a = np.array(links, dtype=np.int64).reshape(-1, 3)
    curves_a = np.array(curves, dtype=np.float64).reshape(-1, 4, 2)
    samples = _bezier(curves_a, SAMPLES_PER_LINK) if len(curves_a) else \
        np.zeros((0, SAMPLES_PER_LINK, 2))
    bias_rects = []
    for d in range(len(units)):
        rects = []
        for r in columns[d + 1]:
            b = max(6.0, min(11.0, r.width() * 0.3))
            rects.append(QRectF(r.left() - b * 0.55, r.bottom() - b * 0.45, b, b))
        bias_rects.append(rects)
    index = {tuple(int(v) for v in k): i for i, k in enumerate(links_a)}
    return GraphLayout(columns, xs, list(active_rows), links_a, curves_a, samples, bias_rects,
                       node, out, top, index)


#: Layer headers: widest, narrowest (8 layers in a small window: the controls squeeze) and the
#: space kept between neighbours (this share of the column pitch, within the given pixels).
HEADER_MAX, HEADER_MIN, HEADER_GAP_SHARE, HEADER_GAP = 130, 28, 0.15, (6, 12)


def header_width(column_x) -> int:
    """Width of the header over each hidden column, for columns centred at ``column_x``."""
    gap = (column_x[1] - column_x[0]) if len(column_x) > 1 else 100.0
    space = min(max(HEADER_GAP[0], HEADER_GAP_SHARE * gap), HEADER_GAP[1])
    return int(min(HEADER_MAX, max(HEADER_MIN, gap - space)))


def layout_with_titles(width: float, height: float, n_inputs: int, active_rows: list,
                       units: list, top: float, left: float, title_width: float) -> GraphLayout:
    """:func:`compute_layout`, with room right of the last hidden column's header for an
    "Output" title ``title_width`` pixels wide (narrow canvases move the output column in)."""
    right = 8.0
    lay = compute_layout(width, height, n_inputs, active_rows, units, top, left, right)
    n = len(lay.column_x)
    for _ in range(3):
        if n < 3:  # no hidden column, no header
            break
        room = width - (lay.column_x[-2] + header_width(lay.column_x) / 2) - 4
        if room >= title_width:
            break
        # moving the output column in by d widens the room by about d * (n - 2.5) / (n - 2)
        right += (title_width - room) * (n - 2) / max(0.5, n - 2.5) + 1
        right = min(right, width / 3)
        lay = compute_layout(width, height, n_inputs, active_rows, units, top, left, right)
    return lay


def nearest_link(layout: GraphLayout, x: float, y: float, tolerance: float) -> int:
    """Index of the link whose curve passes within ``tolerance`` px of (x, y), else -1."""
    s = layout.samples
    if not len(s):
        return -1
    a = s[:, :-1, :]
    ab = s[:, 1:, :] - a
    q = np.array([x, y])
    aq = q - a
    denom = np.maximum((ab * ab).sum(-1), 1e-12)
    t = np.clip((aq * ab).sum(-1) / denom, 0.0, 1.0)
    closest = a + ab * t[..., None]
    dist = np.sqrt(((closest - q) ** 2).sum(-1)).min(axis=1)
    i = int(np.argmin(dist))
    return i if dist[i] <= tolerance else -1


def link_point(layout: GraphLayout, index: int, t: float = 0.5) -> tuple[float, float]:
    """The point at curve parameter ``t`` (0 = source node, 1 = target node) of link ``index``."""
    c = layout.curves[index]
    u = 1.0 - t
    pt = u**3 * c[0] + 3 * u**2 * t * c[1] + 3 * u * t**2 * c[2] + t**3 * c[3]
    return float(pt[0]), float(pt[1])
