"""GridHeatmap: one coloured cell per grid cell, its mean and spread written in it, best marked.

Rows are the first parameter's values, columns the second's (one row when only one is
searched). Darker blue is better (lower loss, higher accuracy); cells still waiting are grey,
cells whose every run diverged say so. A click on a cell emits :attr:`GridHeatmap.cell_clicked`.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.app.views.palette import MIDDLE, NEGATIVE
from nnviz.lab.search import higher_is_better

# A one-hue ramp from the palette's near-white to its darkest blue: ordered, colour-blind safe.
_RAMP = ((0.0, MIDDLE), (0.5, "#8DBCE3"), (1.0, "#084D8C"))
_WAITING = "#D9DCE1"
_MARGIN_TOP = 44
_MAX_CELL_HEIGHT = 120
_DIVERGED = "#FBE3CC"  # a pale orange: the palette's warning colour, not a score


def format_measure(value: float) -> str:
    """4 significant digits with a real minus sign; '—' for no value."""
    if value != value:
        return "—"
    return f"{value:.4g}".replace("-", "−")


def ramp_colour(t: float) -> QColor:
    """The colour at ``t`` in [0, 1] (1 = best) on the heatmap's ramp."""
    t = min(1.0, max(0.0, t))
    for (t0, c0), (t1, c1) in zip(_RAMP, _RAMP[1:]):
        if t <= t1:
            a, b, f = QColor(c0), QColor(c1), (t - t0) / (t1 - t0)
            return QColor.fromRgbF(a.redF() + f * (b.redF() - a.redF()),
                                   a.greenF() + f * (b.greenF() - a.greenF()),
                                   a.blueF() + f * (b.blueF() - a.blueF()))
    return QColor(_RAMP[-1][1])


class GridHeatmap(QWidget):
    """The grid's cells coloured by a measure's mean; see the module docstring."""

    cell_clicked = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self._results = None
        self._measure = "test_loss"
        self._names: tuple[str, ...] = ()
        self._summaries: dict = {}
        self._best = None
        self._hovered = None

    # -- data ------------------------------------------------------------------------------------
    def set_results(self, results, measure: str, names: tuple[str, ...]) -> None:
        """Show ``results`` (GridResults or None) by ``measure``; ``names`` label the axes."""
        self._results, self._measure, self._names = results, measure, tuple(names)
        self._summaries = {} if results is None else {
            s.cell: s for s in results.summaries(measure)}
        self._best = None if results is None else results.best(measure)
        self.update()

    @property
    def best_cell(self) -> tuple | None:
        return None if self._best is None else self._best.cell

    def cell_text(self, cell: tuple) -> str:
        """What a cell shows: mean, ± spread, or why there is none."""
        s = self._summaries.get(tuple(cell))
        if s is None or (s.finished == 0 and s.failed == 0):
            return "…"
        if s.finished == 0:
            return self.tr("diverged")
        text = format_measure(s.mean)
        if s.spread == s.spread:
            text += "\n± " + format_measure(s.spread)
        return text

    def _grid(self) -> tuple[int, int]:
        shape = self._results.plan.shape if self._results is not None else (1,)
        return (shape[0], shape[1]) if len(shape) == 2 else (1, shape[0])

    def _cell_of(self, row: int, col: int) -> tuple:
        return (row, col) if len(self._results.plan.shape) == 2 else (col,)

    def cell_rect(self, cell: tuple) -> QRectF:
        """Where ``cell`` is drawn, in widget coordinates."""
        rows, cols = self._grid()
        row, col = (cell[0], cell[1]) if len(cell) == 2 else (0, cell[0])
        left = self._margin_left()
        w = (self.width() - left - 8) / cols
        h = min(_MAX_CELL_HEIGHT, (self.height() - _MARGIN_TOP - 8) / rows)
        return QRectF(left + col * w, _MARGIN_TOP + row * h, w, h)

    def _margin_left(self) -> int:
        """Room for the rows' axis name and value labels (a small gap with one row)."""
        if self._results is None or len(self._results.plan.axes) < 2:
            return 12
        bold = QFont(self.font())
        bold.setBold(True)
        texts = self._results.plan.axes[0].labels
        plain = max(QFontMetrics(self.font()).horizontalAdvance(t) for t in texts)
        name = QFontMetrics(bold).horizontalAdvance(self._names[0] + " ↓")
        return max(plain, name) + 16

    def cell_at(self, point: QPointF) -> tuple | None:
        if self._results is None:
            return None
        for cell in self._results.plan.cells():
            if self.cell_rect(cell).contains(point):
                return cell
        return None

    # -- painting --------------------------------------------------------------------------------
    def _unit(self, mean: float) -> float:
        """``mean`` scaled to [0, 1] over the finite means, 1 the best."""
        means = [s.mean for s in self._summaries.values() if math.isfinite(s.mean)]
        lo, hi = min(means), max(means)
        t = 0.5 if hi == lo else (mean - lo) / (hi - lo)
        return t if higher_is_better(self._measure) else 1.0 - t

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        if self._results is None:
            p.setPen(QColor("#555555"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Choose parameters and values, then press Run."))
            return
        plan = self._results.plan
        font = QFont(self.font())
        p.setFont(font)
        for cell in plan.cells():
            self._paint_cell(p, cell)
        # Axis labels: the last parameter's values over the columns, the first's by the rows.
        p.setPen(QColor("#222222"))
        col_axis = plan.axes[-1]
        for i, label in enumerate(col_axis.labels):
            r = self.cell_rect(self._cell_of(0, i))
            p.drawText(QRectF(r.left(), _MARGIN_TOP - 22, r.width(), 20),
                       Qt.AlignmentFlag.AlignCenter, label)
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        left = self._margin_left()
        p.drawText(QRectF(left, 0, self.width() - left, 22),
                   Qt.AlignmentFlag.AlignCenter, self._names[-1] if self._names else "")
        if len(plan.axes) == 2:
            p.drawText(QRectF(0, 0, left - 6, _MARGIN_TOP - 4),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                       self._names[0] + " ↓")
            p.setFont(font)
            for i, label in enumerate(plan.axes[0].labels):
                r = self.cell_rect((i, 0))
                p.drawText(QRectF(0, r.top(), left - 8, r.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        p.end()

    def _paint_cell(self, p: QPainter, cell: tuple) -> None:
        rect = self.cell_rect(cell).adjusted(2, 2, -2, -2)
        s = self._summaries.get(cell)
        if s is not None and s.finished:
            t = self._unit(s.mean)
            fill = ramp_colour(t)
            ink = QColor("#FFFFFF") if t > 0.6 else QColor("#111111")
        elif s is not None and s.failed:
            fill, ink = QColor(_DIVERGED), QColor("#7A3A00")
        else:
            fill, ink = QColor(_WAITING), QColor("#555555")
        p.fillRect(rect, fill)
        if cell == self.best_cell:
            p.setPen(QPen(QColor(NEGATIVE), 4))
            p.drawRect(rect.adjusted(2, 2, -2, -2))
        elif cell == self._hovered:
            p.setPen(QPen(QColor("#222222"), 2))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        p.setPen(ink)
        text = self.cell_text(cell)
        if cell == self.best_cell:
            text = "★ " + text
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- mouse -----------------------------------------------------------------------------------
    def tooltip_for(self, cell: tuple) -> str:
        plan = self._results.plan
        values = ", ".join(f"{name} = {axis.spec.format(v)}" for name, axis, v in
                           zip(self._names, plan.axes, plan.cell_values(cell)))
        s = self._summaries.get(cell)
        lines = [values]
        if s is not None and s.finished:
            spread = "" if s.spread != s.spread else " ± " + format_measure(s.spread)
            lines.append(self.tr("mean {0}{1} over {2} runs").format(
                format_measure(s.mean), spread, s.finished))
        if s is not None and s.failed:
            lines.append(self.tr("{0} runs diverged").format(s.failed))
        lines.append(self.tr("Click to load these settings into the playground."))
        return "\n".join(lines)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position())
        if cell != self._hovered:
            self._hovered = cell
            self.update()
        if cell is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(cell), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hovered = None
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(cell)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 360)
