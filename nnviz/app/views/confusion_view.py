"""ConfusionView: a live confusion matrix of a classifier — counts and colours, train or test."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from nnviz.app.views import palette

RIGHT_COLOR = "#009E73"  # the accuracy's green: the diagonal, points classified right
WRONG_COLOR = "#D55E00"  # vermillion: mistakes (Okabe-Ito, apart from both class colours)


def cell_colour(count: int, row_total: int, right: bool) -> QColor:
    """White for none of the row, the full green (diagonal) or vermillion for all of it."""
    share = count / row_total if row_total else 0.0
    base = palette.qcolor(RIGHT_COLOR if right else WRONG_COLOR)
    white = QColor(palette.BACKGROUND)
    t = 0.12 + 0.78 * share if count else 0.0
    return QColor(round(white.red() + (base.red() - white.red()) * t),
                  round(white.green() + (base.green() - white.green()) * t),
                  round(white.blue() + (base.blue() - white.blue()) * t))


class MatrixCanvas(QWidget):
    """Paints a k × k matrix: rows are the true classes, columns the predicted ones."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.colours: list = []
        self.setMinimumSize(120, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix, colours) -> None:
        self.matrix, self.colours = matrix, colours
        self.update()

    def cell_rect(self, row: int, col: int) -> QRectF:
        """Where cell (row, col) is painted (for tests and tooltips)."""
        k = len(self.matrix)
        side, x0, y0 = self._geometry(k)
        return QRectF(x0 + col * side, y0 + row * side, side, side)

    def _geometry(self, k: int):
        swatch = 14
        side = max(8.0, min((self.width() - swatch - 6) / k, (self.height() - swatch - 6) / k))
        x0 = (self.width() - side * k + swatch) / 2
        y0 = swatch + 4
        return side, x0, y0

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        m = self.matrix
        if m is None or len(m) == 0:
            return
        k = len(m)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side, x0, y0 = self._geometry(k)
        totals = m.sum(axis=1)
        size = int(max(7, min(palette.FONT_LARGE + 2, side * 0.32)))
        p.setFont(palette.font(size, bold=True))
        for i in range(k):
            colour = self.colours[i] if i < len(self.colours) else palette.qcolor(palette.TEXT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)  # column head: predicted class; row head: true class
            p.drawRect(QRectF(x0 + i * side + 2, y0 - 12, side - 4, 8))
            p.drawRect(QRectF(x0 - 12, y0 + i * side + 2, 8, side - 4))
        for r in range(k):
            for c in range(k):
                rect = QRectF(x0 + c * side, y0 + r * side, side, side)
                fill = cell_colour(int(m[r, c]), int(totals[r]), r == c)
                p.setPen(QPen(palette.qcolor(palette.BORDER), 1))
                p.setBrush(fill)
                p.drawRect(rect)
                dark = fill.lightness() < 140
                p.setPen(QColor("#FFFFFF") if dark else palette.qcolor(palette.TEXT))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(m[r, c])))
        p.end()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 160)


class ConfusionView(QWidget):
    """How many points of each true class (rows) the model gives each class (columns).

    Fed snapshots (``show_snapshot``); the "Train"/"Test" buttons pick which points are
    counted. Diagonal cells (right answers) are green, the others vermillion, both deeper the
    larger their share of the row.

    Signals
    -------
    availability_changed(bool)
        True for a classifier's snapshots, False for regression (nothing to show then).
    """

    availability_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._available = None
        self.canvas = MatrixCanvas()
        self._train = self._toggle(self.tr("Train"), "confusion_train")
        self._test = self._toggle(self.tr("Test"), "confusion_test")
        self._test.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for b in (self._train, self._test):
            group.addButton(b)
            b.toggled.connect(self._redraw)
        self._caption = QLabel(self.tr("rows: true class · columns: predicted"))
        self._caption.setFont(palette.font(palette.FONT_SMALL))
        self._caption.setStyleSheet(f"color: {palette.TEXT_MUTED};")
        self._summary = QLabel()
        self._summary.setFont(palette.font(palette.FONT_SMALL))
        self.setToolTip(self.tr(
            "Confusion matrix: each row is the points of one true class (its colour on the "
            "left), each column what the network answered (colour on top). The diagonal holds "
            "the right answers; a large number off it shows which classes get mixed up."))
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.addWidget(self._train)
        top.addWidget(self._test)
        top.addSpacing(8)
        top.addWidget(self._caption, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 2)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self._summary, 0, Qt.AlignmentFlag.AlignHCenter)
        palette.use_light_background(self)

    def _toggle(self, text: str, name: str) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setObjectName(name)
        b.setCheckable(True)
        b.setFont(palette.font(palette.FONT_SMALL))
        return b

    # -- public ------------------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        self._snap = snap
        available = getattr(snap, "confusion_test", None) is not None or \
            getattr(snap, "confusion_train", None) is not None
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)
        if self.isVisible():
            self._redraw()

    def set_points(self, which: str) -> None:
        """Count the ``"train"`` or ``"test"`` points (what the buttons do)."""
        (self._train if which == "train" else self._test).setChecked(True)

    def points(self) -> str:
        return "train" if self._train.isChecked() else "test"

    def matrix(self) -> np.ndarray | None:
        """The counts on show (rows: true class, columns: predicted)."""
        return self.canvas.matrix

    def summary_text(self) -> str:
        return self._summary.text()

    # -- internals ---------------------------------------------------------------------------
    def _redraw(self, *args) -> None:
        snap = self._snap
        if snap is None:
            return
        m = snap.confusion_train if self.points() == "train" else snap.confusion_test
        if m is None:
            self.canvas.set_matrix(None, [])
            self._summary.setText("")
            return
        problem = getattr(snap.data, "problem", "binary")
        colours = palette.class_colors(problem, len(m))
        self.canvas.set_matrix(np.asarray(m), colours)
        total, right = int(m.sum()), int(np.trace(m))
        self._summary.setText(self.tr("%1 of %2 right").replace("%1", str(right))
                              .replace("%2", str(total)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._redraw()
