"""The one palette of nnviz: a diverging orange <-> blue scale, class colours, theme and fonts.

Negative values (and class 0, and probability 0) are orange, positive values (class 1,
probability 1) are blue, zero is near-white, as in TensorFlow Playground. Orange/blue stays
distinct for every common colour-vision deficiency. Several classes (softmax) take their own
categorical colours, none of them orange or blue, so a class is never read as a weight's sign.
Every view and panel takes its colours and font sizes from here.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# -- the diverging scale ------------------------------------------------------------------------
NEGATIVE = "#E8830C"   # orange: negative weight, class 0, probability 0
POSITIVE = "#0A6EBD"   # blue: positive weight, class 1, probability 1
MIDDLE = "#F4F5F2"     # near-white zero
# (position, colour) stops; darker ends keep large magnitudes visible on white.
_STOPS = ((0.0, "#A84F00"), (0.25, NEGATIVE), (0.5, MIDDLE), (0.75, "#4F9BD6"),
          (1.0, "#084D8C"))

# The two classes of a binary problem are the ends of the diverging scale (probability 0 / 1).
BINARY_CLASS_COLORS = (NEGATIVE, POSITIVE)
# Multi-class problems: Paul Tol's and Okabe-Ito's colour-blind-safe colours without their
# oranges and blues (the weights' colours). Checked with simulated protan-, deutan- and
# tritanopia: every pair stays at least 22 CIELAB units apart; the first three differ most.
CLASS_COLORS = ("#117733",   # green (Tol)
                "#EE6677",   # rose red (Tol)
                "#F0E442",   # yellow (Okabe-Ito)
                "#882255",   # wine (Tol)
                "#999933",   # olive (Tol)
                "#CC79A7")   # reddish purple (Okabe-Ito)

# -- light theme --------------------------------------------------------------------------------
BACKGROUND = "#FFFFFF"
SURFACE = "#F6F7F9"      # panels, headers
BORDER = "#D5D9DF"
TEXT = "#1F2328"
TEXT_MUTED = "#5F6670"
DISABLED = "#B9BEC6"
GRID = "#E6E8EC"
ERROR = "#C62828"
POINT_OUTLINE = "#2B2B2B"
TRAIN_CURVE = "#8A8F98"  # Playground: training loss grey, test loss black
TEST_CURVE = "#1F2328"

# -- fonts (points), sized for a projector at the back of a classroom ----------------------------
FONT_SMALL = 10
FONT_NORMAL = 11
FONT_LARGE = 13
FONT_NUMBER = 18


def font(size: int = FONT_NORMAL, bold: bool = False) -> QFont:
    """The application font at ``size`` points."""
    f = QFont()
    f.setPointSize(size)
    f.setBold(bold)
    return f


def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


def use_light_background(widget: QWidget) -> None:
    """Give ``widget`` the theme's white page instead of the platform's grey window colour."""
    widget.setAutoFillBackground(True)
    pal = widget.palette()
    pal.setColor(widget.backgroundRole(), QColor(BACKGROUND))
    widget.setPalette(pal)


def _rgb(hex_colour: str) -> np.ndarray:
    c = QColor(hex_colour)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def diverging_colors(t: np.ndarray, strength: float = 1.0) -> np.ndarray:
    """RGB floats (..., 3) in 0..255 for positions ``t`` in [0, 1] (0 orange, 0.5 white, 1 blue).

    ``strength`` < 1 pulls every colour toward the white middle (a paler scale for backgrounds).
    """
    t = np.clip(np.nan_to_num(np.asarray(t, dtype=np.float64), nan=0.5), 0.0, 1.0)
    t = 0.5 + (t - 0.5) * strength
    pos = np.array([s[0] for s in _STOPS])
    cols = np.array([_rgb(s[1]) for s in _STOPS])
    return np.stack([np.interp(t, pos, cols[:, i]) for i in range(3)], axis=-1)


def diverging_lut(n: int = 256, strength: float = 1.0) -> np.ndarray:
    """(n, 4) uint8 RGBA lookup table for pyqtgraph's ``ImageItem.setLookupTable``."""
    rgb = diverging_colors(np.linspace(0.0, 1.0, n), strength)
    lut = np.empty((n, 4), dtype=np.uint8)
    lut[:, :3] = np.round(rgb).astype(np.uint8)
    lut[:, 3] = 255
    return lut


def diverging_color(t: float, strength: float = 1.0) -> QColor:
    """The scale's colour at position ``t`` in [0, 1]."""
    r, g, b = diverging_colors(np.array([t]), strength)[0]
    return QColor(int(round(r)), int(round(g)), int(round(b)))


def weight_color(value: float, max_abs: float = 1.0) -> QColor:
    """Colour of a weight: orange if negative, blue if positive, saturated at ``|value| >= max_abs``.

    Even a tiny weight keeps a faint tint so its link never disappears into the white page.
    """
    if not math.isfinite(value):
        return QColor(DISABLED)
    m = max(float(max_abs), 1e-12)
    mag = min(abs(value) / m, 1.0)
    mag = 0.18 + 0.82 * mag
    return diverging_color(0.5 + 0.5 * math.copysign(mag, value if value != 0 else 1.0))


_WEIGHT_TABLE: list = []


def weight_colors(values, max_abs: float = 1.0) -> list:
    """:func:`weight_color` for many values at once (quantised to 256 shades; NaN grey)."""
    if not _WEIGHT_TABLE:
        mags = np.linspace(-1.0, 1.0, 256)
        _WEIGHT_TABLE.extend(weight_color(float(m) if m else 1e-9, 1.0) for m in mags)
    v = np.asarray(values, dtype=np.float64).ravel() / max(float(max_abs), 1e-12)
    finite = np.isfinite(v)
    idx = np.rint((np.clip(np.where(finite, v, 0.0), -1, 1) + 1) * 127.5).astype(int)
    grey = QColor(DISABLED)
    return [_WEIGHT_TABLE[i] if ok else grey for i, ok in zip(idx, finite)]


def class_color(index: int) -> QColor:
    """Colour of class ``index`` of a multi-class problem (cycles after six classes)."""
    return QColor(CLASS_COLORS[int(index) % len(CLASS_COLORS)])


def class_colors(problem: str, n_classes: int) -> list[QColor]:
    """The point colours of a classification problem: orange/blue for ``"binary"`` (the
    probability scale's ends), the categorical colours for ``"multiclass"``."""
    table = BINARY_CLASS_COLORS if problem == "binary" else CLASS_COLORS
    return [QColor(table[i % len(table)]) for i in range(max(2, int(n_classes)))]


def class_rgb(n_classes: int) -> np.ndarray:
    """(n_classes, 3) float RGB 0..255 of the multi-class colours."""
    return np.array([_rgb(CLASS_COLORS[i % len(CLASS_COLORS)]) for i in range(n_classes)])


def map_levels(values: np.ndarray, activation: str = "") -> tuple[float, float]:
    """Colour levels for a neuron's map: (0, 1) for sigmoid/softmax, else symmetric about 0.

    Symmetric levels keep zero white, so the sign of an activation reads at a glance.
    """
    if activation in ("sigmoid", "softmax", "hard_sigmoid"):
        return 0.0, 1.0
    if activation == "tanh":
        return -1.0, 1.0
    finite = np.asarray(values)[np.isfinite(values)]
    m = float(np.max(np.abs(finite))) if finite.size else 1.0
    m = m if m > 1e-9 else 1.0
    return -m, m


def to_lut_index(values: np.ndarray, lo: float, hi: float, n: int = 256) -> np.ndarray:
    """Indices into an ``n``-entry LUT for ``values`` between levels ``lo`` and ``hi``; NaN -> middle."""
    v = np.asarray(values, dtype=np.float32)
    span = (hi - lo) or 1.0
    t = np.nan_to_num((v - lo) / span, nan=0.5, posinf=1.0, neginf=0.0)
    return np.clip((t * (n - 1) + 0.5).astype(np.int32), 0, n - 1)


class ColorBar(QWidget):
    """A legend for the diverging scale: a gradient bar with labels at its ends (and middle).

    Parameters
    ----------
    orientation : Qt.Orientation
        ``Qt.Horizontal`` (labels below: low on the left) or ``Qt.Vertical`` (high at the top).
    title : str
        Optional caption drawn above a horizontal bar or at the top of a vertical one.
    """

    def __init__(self, orientation=Qt.Orientation.Horizontal, title: str = "", parent=None):
        super().__init__(parent)
        self._orientation = orientation
        self._title = title
        self._labels = ("", "", "")
        self._strength = 1.0
        self._stops: list[tuple[float, QColor]] | None = None
        self.setFont(font(FONT_SMALL))
        if orientation == Qt.Orientation.Horizontal:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def set_labels(self, low: str, middle: str, high: str, title: str | None = None) -> None:
        """Texts at the negative end, the middle and the positive end."""
        self._labels = (low, middle, high)
        if title is not None:
            self._title = title
        self.updateGeometry()
        self.update()

    def set_strength(self, strength: float) -> None:
        self._strength = strength
        self.update()

    def set_stops(self, stops: list[tuple[float, QColor]] | None) -> None:
        """Replace the diverging scale by explicit (position, colour) stops; None restores it."""
        self._stops = stops
        self.update()

    def labels(self) -> tuple[str, str, str]:
        return self._labels

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self._orientation == Qt.Orientation.Horizontal:
            rows = 2 + (1 if self._title else 0)
            return QSize(max(160, fm.horizontalAdvance(self._title) + 8), fm.height() * rows + 6)
        w = max([fm.horizontalAdvance(s) for s in (*self._labels, self._title)] + [0])
        return QSize(16 + 6 + w + 4, 160)

    def minimumSizeHint(self) -> QSize:
        h = self.sizeHint()
        if self._orientation == Qt.Orientation.Horizontal:
            return QSize(80, h.height())
        return QSize(h.width(), 80)

    def _gradient(self, start: QPointF, end: QPointF) -> QLinearGradient:
        g = QLinearGradient(start, end)
        if self._stops is not None:
            for pos, col in self._stops:
                g.setColorAt(pos, col)
        else:
            for t in np.linspace(0.0, 1.0, 9):
                g.setColorAt(float(t), diverging_color(float(t), self._strength))
        return g

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        p.setPen(QColor(TEXT_MUTED))
        low, mid, high = self._labels
        if self._orientation == Qt.Orientation.Horizontal:
            y = 2
            if self._title:
                title = fm.elidedText(self._title, Qt.TextElideMode.ElideRight, self.width())
                p.drawText(QRectF(0, y, self.width(), fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, title)
                y += fm.height()
            bar = QRectF(4, y + 1, self.width() - 8, max(6.0, fm.height() * 0.6))
            p.fillRect(bar, self._gradient(bar.topLeft(), bar.topRight()))
            p.setPen(QPen(QColor(BORDER), 1))
            p.drawRect(bar)
            p.setPen(QColor(TEXT))
            ty = bar.bottom() + 1
            row = QRectF(bar.left(), ty, bar.width(), fm.height())
            p.drawText(row, Qt.AlignmentFlag.AlignLeft, low)
            p.drawText(row, Qt.AlignmentFlag.AlignHCenter, mid)
            p.drawText(row, Qt.AlignmentFlag.AlignRight, high)
        else:
            y0 = 2
            if self._title:
                p.drawText(QRectF(0, y0, self.width(), fm.height()),
                           Qt.AlignmentFlag.AlignLeft, self._title)
                y0 += fm.height() + 2
            bar = QRectF(2, y0 + fm.height() / 2, 14, self.height() - y0 - fm.height() - 4)
            p.fillRect(bar, self._gradient(bar.bottomLeft(), bar.topLeft()))
            p.setPen(QPen(QColor(BORDER), 1))
            p.drawRect(bar)
            p.setPen(QColor(TEXT))
            x = bar.right() + 5
            w = self.width() - x
            h = fm.height()
            p.drawText(QRectF(x, bar.top() - h / 2, w, h), Qt.AlignmentFlag.AlignVCenter, high)
            p.drawText(QRectF(x, bar.center().y() - h / 2, w, h),
                       Qt.AlignmentFlag.AlignVCenter, mid)
            p.drawText(QRectF(x, bar.bottom() - h / 2, w, h), Qt.AlignmentFlag.AlignVCenter, low)
        p.end()


def class_legend_html(names) -> str:
    """Rich text for a QLabel: one coloured dot and name per class, one class a line."""
    return "<br>".join(
        f"<span style='color:{CLASS_COLORS[i % len(CLASS_COLORS)]}; font-size:{FONT_LARGE}pt'>"
        f"●</span> {name}" for i, name in enumerate(names))


def weight_legend_labels() -> tuple[str, str, str]:
    """The words under a weight colour bar."""
    translate = QCoreApplication.translate
    return (translate("palette", "negative"), translate("palette", "0"),
            translate("palette", "positive"))
