"""Painting helpers of the network graph: link pens by weight bucket, node thumbnails, numbers.

Links are grouped by pen (sign x size bucket) and each keeps its own cached ``QPainterPath``,
drawn one by one with a pen change only between groups. Measured here (384 links, 900x620,
antialiased): stroking one merged path per bucket took ~33 ms a frame, per-link paths sorted by
pen ~7 ms — Qt's stroker struggles with many overlapping sub-paths in one path. A link at most
1 device pixel wide takes the raster engine's hairline path (~3 µs instead of ~14 µs for a
1.1 px antialiased stroke), so pens barely wider than that are drawn 1 px wide: they look the
same and a dense network's frame costs half as much.
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
#: Pens narrower than this many device pixels are drawn as 1-pixel hairlines.
HAIRLINE_BELOW = 1.25
_PENS: dict = {}


def bucket_pen(sign: int, bucket: int, scale: float, hairline: float = 1.0) -> QPen:
    """The pen of one link bucket (``bucket`` -1 = not a number); cached across frames.

    ``hairline`` is one device pixel in logical pixels (``1 / devicePixelRatio``).
    """
    key = (sign, bucket, scale, hairline)
    pen = _PENS.get(key)
    if pen is None:
        if bucket < 0:
            pen = QPen(QColor(palette.DISABLED), 1.0, Qt.PenStyle.DashLine)
        else:
            rep = REPRESENTATIVE[bucket] if sign else -REPRESENTATIVE[bucket]
            width = WIDTHS[bucket] * scale
            if width < HAIRLINE_BELOW * hairline:
                width = min(width, hairline)
            pen = QPen(palette.weight_color(rep, 1.0), width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if len(_PENS) > 256:
            _PENS.clear()
        _PENS[key] = pen
    return pen


def link_codes(values: np.ndarray) -> np.ndarray:
    """Each link's pen as one int: ``sign * 100 + bucket`` (bucket -1 = not a number)."""
    values = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(values)
    mags = np.where(finite, np.digitize(np.abs(np.where(finite, values, 0.0)), EDGES), -1)
    signs = np.where(finite, (values >= 0).astype(int), 0)
    return signs * 100 + mags


def link_groups(values: np.ndarray, scale: float, hairline: float = 1.0, codes=None) -> list:
    """``[(pen, [link indices]), ...]``: the links grouped by the pen their weight gets.

    ``codes`` may pass :func:`link_codes` of ``values`` when the caller has them already.
    """
    code = link_codes(values) if codes is None else codes
    if not len(code):
        return []
    order = np.argsort(code, kind="stable")
    bounds = np.flatnonzero(np.diff(code[order])) + 1
    groups = []
    for g in np.split(order, bounds):
        c = int(code[g[0]])
        sign, bucket = (c + 1) // 100, (c + 1) % 100 - 1  # -1 (NaN) has sign 0
        groups.append((bucket_pen(sign, bucket, scale, hairline), g.tolist()))
    return groups


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


def _linear_taps(res: int, size: int):
    """Source indices and weights that sample ``res`` cells linearly at ``size`` pixel centres."""
    u = np.clip((np.arange(size) + 0.5) * (res / size) - 0.5, 0.0, res - 1.0)
    i0 = np.floor(u).astype(np.intp)
    i1 = np.minimum(i0 + 1, res - 1)
    return i0, i1, (u - i0).astype(np.float32)


def sample_maps(maps: np.ndarray, size: int) -> np.ndarray:
    """Maps (n, res, res) resampled to (n, size, size), flipped so row 0 is the top.

    Shrinking picks the nearest cell; enlarging interpolates linearly between cell centres
    (the maps are smaller than the biggest nodes, and nearest cells would show as blocks).
    """
    maps = np.asarray(maps, dtype=np.float32)[:, ::-1]
    res = maps.shape[1]
    if size <= res:
        pick = np.arange(size) * res // size
        return maps[:, pick][:, :, pick]
    i0, i1, w = _linear_taps(res, size)
    a = maps[:, i0]
    rows = a + (maps[:, i1] - a) * w[:, None]
    b = rows[:, :, i0]
    return b + (rows[:, :, i1] - b) * w


def thumbnail_pixels(maps: np.ndarray, lo, hi, size: int, lut: np.ndarray) -> np.ndarray:
    """0xFFRRGGBB pixels (n, size, size) of maps (n, res, res) whose row 0 is the bottom.

    Sampled (:func:`sample_maps`) straight to the node's size, so painting is a plain blit, not
    a rescale. ``lut`` is one LUT (256,) for every map or one per map (n, 256); NaN takes the
    LUT's middle. All maps go through one vectorised pass.
    """
    maps = np.asarray(maps, dtype=np.float32)
    n = maps.shape[0]
    lo = np.asarray(lo, dtype=np.float32).reshape(n, 1, 1)
    hi = np.asarray(hi, dtype=np.float32).reshape(n, 1, 1)
    sampled = sample_maps(maps, size)
    top = lut.shape[-1] - 1
    with np.errstate(invalid="ignore", over="ignore"):  # a diverging model's huge ranges
        span = hi - lo
        gain = top / np.where(span == 0, np.float32(1.0), span)
        t = (sampled - lo) * gain + np.float32(0.5)
        np.clip(t, 0, top, out=t)
        t[np.isnan(t)] = (top + 1) // 2
    idx = t.astype(np.intp)
    if lut.ndim == 1:
        return lut[idx]
    return lut[np.arange(n)[:, None, None], idx]


def thumbnail_atlas(maps: np.ndarray, lo, hi, size: int, lut: np.ndarray):
    """``(image, pixels)``: :func:`thumbnail_pixels` as one QImage, map ``i`` in rows
    ``i * size`` to ``(i + 1) * size``. The image shares ``pixels``: keep both alive together.
    """
    pixels = np.ascontiguousarray(thumbnail_pixels(maps, lo, hi, size, lut))
    n = pixels.shape[0]
    image = QImage(pixels.data, size, n * size, size * 4, QImage.Format.Format_RGB32)
    return image, pixels


def make_thumbnails(maps: np.ndarray, lo: np.ndarray, hi: np.ndarray, size: int,
                    lut: np.ndarray) -> list:
    """One QImage of ``size`` x ``size`` pixels per map (see :func:`thumbnail_pixels`)."""
    argb = np.ascontiguousarray(thumbnail_pixels(maps, lo, hi, size, lut))
    return [QImage(argb[i].data, size, size, size * 4, QImage.Format.Format_RGB32).copy()
            for i in range(len(argb))]


def format_value(v) -> str:
    """A weight or gradient as the hover label shows it (true minus sign)."""
    if v is None or not math.isfinite(v):
        return str(v)
    text = f"{v:.4f}" if abs(v) < 100 else f"{v:.1f}"
    if 0 < abs(v) < 1e-3:
        text = f"{v:.2e}"
    return text.replace("-", "−")
