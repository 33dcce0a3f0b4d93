"""What every instrument view shares: a help line on top, plots styled alike, number text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (QDoubleSpinBox, QFrame, QLabel, QScrollArea, QSizePolicy,
                               QTableWidget, QVBoxLayout, QWidget)

import pyqtgraph as pg

from nnviz.app.views import palette
from nnviz.lab.instruments.number_format import format_number, format_vector

__all__ = ["InstrumentView", "make_plot", "number_spin", "format_number", "format_vector",
           "make_table"]


class InstrumentView(QWidget):
    """Base of the instrument views: ``body`` (a QVBoxLayout) below a short help text.

    Subclasses implement ``help_text()`` and may implement ``retranslate()``, called again when
    the language changes.
    """

    def __init__(self, controller=None, parent=None):
        super().__init__(parent)
        self.controller = controller
        palette.use_light_background(self)
        # The content scrolls when the dock is shorter than it needs (a narrow dock at
        # presentation zoom wraps the help text over many lines): squeezed instead, its rows
        # were drawn on top of each other.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer.addWidget(self.scroll_area)
        content = _ScrolledContent()
        palette.use_light_background(content)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setFont(palette.font(palette.FONT_NORMAL))
        self.help_label.setStyleSheet(
            f"QLabel {{ color: {palette.TEXT}; background: {palette.SURFACE}; "
            f"border: 1px solid {palette.BORDER}; border-radius: 4px; padding: 4px 6px; }}")
        self.help_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.help_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body, 1)

    def help_text(self) -> str:  # pragma: no cover - every view overrides it
        return ""

    def retranslate(self) -> None:
        self.help_label.setText(self.help_text())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _ScrolledContent(QWidget):
    """An instrument's content: as tall as the dock, scrolling only below its minimum.

    A resizing scroll area makes a widget whose height depends on its width (a word-wrapped
    label is enough) as tall as its ``heightForWidth``, which Qt's layouts compute from the
    *preferred* sizes: the plots' full size hints. The gradient-flow instrument was then 626 px
    tall in a 300 px dock, its first layers' curves out of sight below the fold. This answers
    with the layout's minimum at that width instead, and its minimum size hint leaves the
    height to that answer: the help text's height at the narrowest width (392 px there) no
    longer counted at every width.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else -1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), 0)


def make_plot(x_label: str = "", y_label: str = "", minimum_height: int = 160) -> pg.PlotWidget:
    """A white plot with muted axes and a light grid, not zoomable by accident."""
    plot = pg.PlotWidget(background=palette.BACKGROUND)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMinimumHeight(minimum_height)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    tick_font = palette.font(palette.FONT_SMALL)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTickFont(tick_font)
        axis.setPen(pg.mkPen(palette.BORDER))
        axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
    if x_label:
        item.setLabel("bottom", x_label, color=palette.TEXT_MUTED)
    if y_label:
        item.setLabel("left", y_label, color=palette.TEXT_MUTED)
    return plot


def number_spin(value: float, lo: float, hi: float, step: float, decimals: int = 3,
                tip: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(lo, hi)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)  # typed values count when finished, not per digit
    spin.setAccelerated(True)
    if tip:
        spin.setToolTip(tip)
    return spin


def make_table(columns) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table
