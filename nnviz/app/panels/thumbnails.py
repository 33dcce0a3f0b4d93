"""Small pictures of each dataset's points, rendered once and cached."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.app.views import palette

THUMB_POINTS = 250
THUMB_NOISE = 0.0
THUMB_SEED = 7


def _point_colors(problem: str, y: np.ndarray) -> list[QColor]:
    if problem == "regression" and len(y):
        lo, hi = float(np.min(y)), float(np.max(y))
        m = max(abs(lo), abs(hi), 1e-9)
        rgb = palette.diverging_colors(0.5 + 0.5 * np.asarray(y) / m)
        return [QColor(int(r), int(g), int(b)) for r, g, b in rgb]
    table = palette.class_colors(problem, int(np.max(y)) + 1 if len(y) else 2)
    return [table[int(c)] for c in y]


@lru_cache(maxsize=128)
def _render(spec, side: int, ratio: float, options: tuple) -> QImage:
    # Keyed by the spec itself, so a dataset registered again under its name is redrawn.
    try:
        x, y = spec.make(THUMB_POINTS, THUMB_NOISE, THUMB_SEED, **dict(options))
    except (ValueError, TypeError, OSError):  # a picture is not worth a crash: draw it empty
        x, y = np.zeros((0, 2)), np.zeros(0)
    return _paint(x, y, spec.problem, spec.plane_for(**dict(options)), side, ratio)


@lru_cache(maxsize=8)
def _render_own(points: tuple, labels: tuple, side: int, ratio: float) -> QImage:
    from nnviz.data.custom_points import custom_arrays, custom_plane, custom_problem
    x, y = custom_arrays(points, labels)
    pix = _paint(x, y, custom_problem(labels), custom_plane(points), side, ratio)
    if not points:  # nothing drawn yet: a pen says what the tile is for
        p = QPainter(pix)
        p.setPen(QColor(palette.TEXT_MUTED))
        font = p.font()
        font.setPixelSize(int(side * 0.55))
        p.setFont(font)
        p.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, "✎")
        p.end()
    return pix


def own_thumbnail(points: tuple, labels: tuple, side: int, ratio: float = 1.0) -> QImage:
    """A picture of one's own points (a pen when there are none yet). Cached."""
    return _render_own(tuple(points), tuple(labels), int(side), float(ratio))


def _paint(x: np.ndarray, y: np.ndarray, problem: str, plane, side: int,
           ratio: float) -> QImage:
    # QImage rather than QPixmap: a cached QPixmap outliving the QApplication crashes at exit.
    pix = QImage(int(round(side * ratio)), int(round(side * ratio)),
                 QImage.Format.Format_ARGB32_Premultiplied)
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor(palette.BACKGROUND))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Few distinct points (the logic gates) are drawn large so they read as a truth table.
    distinct = len(np.unique(np.round(x, 3), axis=0)) if len(x) else 0
    radius = side / 14 if distinct <= 16 else max(1.4, side / 40)
    pad = radius + 1
    low, high = plane  # the gates' 0/1 corners fill it too
    scale = (side - 2 * pad) / (high - low)
    outline = QPen(QColor(palette.POINT_OUTLINE), 0.6 if distinct <= 16 else 0.0)
    p.setPen(outline if distinct <= 16 else Qt.PenStyle.NoPen)
    for (px, py), colour in zip(x, _point_colors(problem, y)):
        p.setBrush(colour)
        centre = QPointF(pad + (px - low) * scale, pad + (high - py) * scale)
        p.drawEllipse(centre, radius, radius)
    p.end()
    return pix


def dataset_thumbnail(name: str, side: int, ratio: float = 1.0, **options) -> QImage:
    """A ``side``×``side`` picture of dataset ``name`` (class colours; regression on the
    diverging scale), drawn for a screen with device pixel ratio ``ratio``. Cached."""
    from nnviz.data import DATASETS
    return _render(DATASETS.get(name), int(side), float(ratio), tuple(sorted(options.items())))


def clear_cache() -> None:
    _render.cache_clear()
    _render_own.cache_clear()
