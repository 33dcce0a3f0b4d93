"""Painting helpers of the network graph: link pens by weight bucket, node thumbnails, numbers.

Links are grouped by pen (sign x size bucket) and each keeps its own cached ``QPainterPath``,
drawn one by one with a pen change only between groups. Measured here (384 links, 900x620,
antialiased): stroking one merged path per bucket took ~33 ms a frame, per-link paths sorted by
pen ~7 ms — Qt's stroker struggles with many overlapping sub-paths in one path.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPen

from nnviz.app.views import palette

# |weight| bucket edges, and per bucket: representative magnitude (colour) and pen width.
EDGES = np.array([0.05, 0.15, 0.3, 0.6, 1.0, 2.0, 4.0])
REPRESENTATIVE = (0.03, 0.1, 0.22, 0.45, 0.8, 1.5, 3.0, 5.0)
WIDTHS = (0.7, 1.0, 1.5, 2.2, 3.0, 4.0, 5.2, 6.5)
_PENS: dict = {}


def bucket_pen(sign: int, bucket: int, scale: float) -> QPen:
    """The pen of one link bucket (``bucket`` -1 = not a number); cached across frames."""
    key = (sign, bucket, scale)
    pen = _PENS.get(key)
    if pen is None:
        if bucket < 0:
            pen = QPen(QColor(palette.DISABLED), 1.0, Qt.PenStyle.DashLine)
        else:
            rep = REPRESENTATIVE[bucket] if sign else -REPRESENTATIVE[bucket]
            pen = QPen(palette.weight_color(rep, 1.0), WIDTHS[bucket] * scale)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if len(_PENS) > 256:
            _PENS.clear()
        _PENS[key] = pen
    return pen


def link_groups(values: np.ndarray, scale: float) -> list:
    """``[(pen, [link indices]), ...]``: the links grouped by the pen their weight gets."""
    values = np.asarray(values, dtype=np.float64)
    if not len(values):
        return []
    finite = np.isfinite(values)
    mags = np.where(finite, np.digitize(np.abs(np.where(finite, values, 0.0)), EDGES), -1)
    signs = np.where(finite, (values >= 0).astype(int), 0)
    code = signs * 100 + mags
    order = np.argsort(code, kind="stable")
    bounds = np.flatnonzero(np.diff(code[order])) + 1
    return [(bucket_pen(int(signs[g[0]]), int(mags[g[0]]), scale), [int(i) for i in g])
            for g in np.split(order, bounds)]


def lut_argb32(strength: float = 1.0) -> np.ndarray:
    """The diverging LUT as 0xFFRRGGBB words for ``QImage.Format_RGB32``."""
    lut = palette.diverging_lut(256, strength).astype(np.uint32)
    return (0xFF000000 | (lut[:, 0] << 16) | (lut[:, 1] << 8) | lut[:, 2]).astype(np.uint32)


_CLASS_LUTS: dict = {}


def class_lut(index: int) -> np.ndarray:
    """0xFFRRGGBB LUT from white (probability 0) to class ``index``'s colour (probability 1)."""
    lut = _CLASS_LUTS.get(index)
    if lut is None:
        c = palette.class_color(index)
        t = np.linspace(0.0, 1.0, 256)
        rgb = [np.rint(255 + (v - 255) * t).astype(np.uint32) for v in (c.red(), c.green(),
                                                                          c.blue())]
        lut = _CLASS_LUTS[index] = (0xFF000000 | (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]
                                    ).astype(np.uint32)
    return lut


def make_thumbnails(maps: np.ndarray, lo: np.ndarray, hi: np.ndarray, size: int,
                    lut: np.ndarray) -> list:
    """QImages of ``size`` x ``size`` pixels for maps (n, res, res) whose row 0 is the bottom.

    Sampled (nearest) straight to the node's size, so painting is a plain blit, not a rescale.
    """
    n, res, _ = maps.shape
    pick = np.arange(size) * res // size
    sampled = np.asarray(maps, dtype=np.float32)[:, ::-1][:, pick][:, :, pick]
    span = np.where(hi - lo == 0, 1.0, hi - lo).astype(np.float32)
    t = (sampled - lo[:, None, None]) / span[:, None, None]
    with np.errstate(invalid="ignore"):
        idx = np.clip(np.nan_to_num(t * (len(lut) - 1) + 0.5, nan=len(lut) / 2), 0, len(lut) - 1)
    argb = np.ascontiguousarray(lut[idx.astype(np.int32)])
    return [QImage(argb[i].data, size, size, size * 4, QImage.Format.Format_RGB32).copy()
            for i in range(n)]


def format_value(v) -> str:
    """A weight or gradient as the hover label shows it (true minus sign)."""
    if v is None or not math.isfinite(v):
        return str(v)
    text = f"{v:.4f}" if abs(v) < 100 else f"{v:.1f}"
    if 0 < abs(v) < 1e-3:
        text = f"{v:.2e}"
    return text.replace("-", "−")
