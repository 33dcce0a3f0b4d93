"""One hidden layer's controls above its column of the network graph: − n +, activation,
dropout and batch norm (:class:`LayerHeader`), and the narrow-column widgets they use."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QSizePolicy,
                               QStyle, QStyleOptionComboBox, QStylePainter, QToolButton,
                               QWidget)

from nnviz.app.classroom.ui_scale import zoom_changed
from nnviz.app.panels.panel_base import REGISTRY_CONTEXT
from nnviz.app.views import palette
from nnviz.lab.config import MAX_UNITS

#: Width of the + and − buttons stacked right of a layer's neuron count (narrow columns).
STACKED_BUTTON = 10
#: A narrow column's activation name shrinks down to this size before it is elided.
MIN_COMPACT_POINTS = 7.0


def hidden_activations():
    """Registry entries a hidden layer may use (every activation except softmax)."""
    from nnviz.engine.activations import ACTIVATIONS
    return [e for e in ACTIVATIONS if e.name != "softmax"]


class RateSpinBox(QDoubleSpinBox):
    """A 0..0.9 rate shown without trailing zeros ("0", "0.25") to fit narrow columns."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.2f}".rstrip("0").rstrip(".")


class ActivationCombo(QComboBox):
    """The activation drop-down. Compact (a narrow column), it draws no arrow, shrinks its
    text a little and then elides it ("Leaky R…"), so a name is never cut mid-letter; its
    pop-up list stays full width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._compact = False

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(24, hint.height()) if self._compact else hint

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._compact:
            super().paintEvent(event)
            return
        p = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.subControls = QStyle.SubControl.SC_ComboBoxFrame  # the frame alone: no arrow
        opt.currentText = ""
        p.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        box = self.rect().adjusted(2, 0, -2, 0)
        font = QFont(self.font())  # a smaller size before an ellipsis: "Tanh" beats "T…"
        while QFontMetrics(font).horizontalAdvance(self.currentText()) > box.width() \
                and font.pointSizeF() > MIN_COMPACT_POINTS:
            font.setPointSizeF(font.pointSizeF() - 0.5)
        p.setFont(font)
        text = QFontMetrics(font).elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             box.width())
        p.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.end()



def minus_plus_buttons(minus_tip: str, plus_tip: str, side: int,
                       auto_raise: bool = False) -> tuple[QToolButton, QToolButton]:
    """A "−" and a "+" button (large bold signs, ``side`` px square) with their tooltips: for
    a layer's neurons here and for the hidden layers over the graph."""
    buttons = []
    for sign, tip in (("−", minus_tip), ("+", plus_tip)):
        b = QToolButton()
        b.setText(sign)
        b.setToolTip(tip)
        b.setFont(palette.font(palette.FONT_LARGE, bold=True))
        b.setAutoRaise(auto_raise)
        b.setFixedSize(side, side)
        buttons.append(b)
    return buttons[0], buttons[1]

class LayerHeader(QWidget):
    """Controls of one hidden layer: neuron count (− n +), activation, dropout, batch norm."""

    units_delta = Signal(int, int)          # layer, +1 / -1
    activation_changed = Signal(int, str)   # layer, activation name
    dropout_changed = Signal(int, float)    # layer, rate
    batch_norm_changed = Signal(int, bool)  # layer, on

    def __init__(self, layer: int, parent=None):
        super().__init__(parent)
        self.layer = layer
        small = palette.font(palette.FONT_SMALL)
        self.minus, self.plus = minus_plus_buttons(
            self.tr("Remove a neuron from this layer"), self.tr("Add a neuron to this layer"),
            24, auto_raise=True)
        self.count = QLabel("0")
        self.count.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setToolTip(self.tr("Neurons in this layer"))
        self.activation = ActivationCombo()
        self.activation.setFont(small)
        self.activation.setToolTip(self.tr("Activation function of this layer"))
        self.activation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activation.setMinimumContentsLength(4)
        for e in hidden_activations():
            self.activation.addItem(QCoreApplication.translate(REGISTRY_CONTEXT, e.display), e.name)
            self.activation.setItemData(self.activation.count() - 1,
                                        QCoreApplication.translate(REGISTRY_CONTEXT, e.doc),
                                        Qt.ItemDataRole.ToolTipRole)
        self.activation.view().setMinimumWidth(120)
        self.dropout = RateSpinBox()
        self.dropout.setFont(small)
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.1)
        self.dropout.setDecimals(2)
        self.dropout.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.dropout.setPrefix(self.tr("drop "))
        self.dropout.setKeyboardTracking(False)
        self.dropout.setToolTip(self.tr("Dropout rate: the share of this layer's neurons switched "
                                        "off at random in each training step (0 = none)"))
        self.batch_norm = QToolButton()
        self.batch_norm.setText(self.tr("BN"))
        self.batch_norm.setFont(small)
        self.batch_norm.setCheckable(True)
        self.batch_norm.setToolTip(self.tr("Batch normalization after this layer"))
        self.batch_norm.setStyleSheet(
            f"QToolButton {{ border: 1px solid {palette.BORDER}; border-radius: 3px; "
            f"padding: 1px 4px; }} QToolButton:checked {{ background: {palette.POSITIVE}; "
            f"color: white; border-color: {palette.POSITIVE}; }}")

        self._bn_policy = self.batch_norm.sizePolicy()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        # − n + kept together in the middle: at the column's edges a "+" would sit next to
        # the neighbouring column's "−". Too narrow for that, they stack right of n as a spin
        # box's arrows (see _arrange_units).
        self._units_row = QGridLayout()
        self._units_row.setSpacing(0)
        self._units_row.setColumnStretch(0, 1)
        self._units_row.setColumnStretch(4, 1)
        self._stacked = None
        self._arrange_units(False)
        self._grid.addLayout(self._units_row, 0, 0, 1, 2)
        self._grid.addWidget(self.activation, 1, 0, 1, 2)
        self._compact = None
        self.set_compact(False)

        self.minus.clicked.connect(lambda: self.units_delta.emit(self.layer, -1))
        self.plus.clicked.connect(lambda: self.units_delta.emit(self.layer, +1))
        self.activation.activated.connect(
            lambda i: self.activation_changed.emit(self.layer, self.activation.itemData(i)))
        self.dropout.valueChanged.connect(
            lambda v: self.dropout_changed.emit(self.layer, round(float(v), 2)))
        self.dropout.valueChanged.connect(lambda _: self._fit_dropout())
        self.batch_norm.toggled.connect(
            lambda on: self.batch_norm_changed.emit(self.layer, bool(on)))
        zoom_changed().connect(self._on_zoom)  # larger words may no longer fit the column

    def fit_width(self, width: int) -> None:
        """Arrange for a column ``width`` pixels wide."""
        self._wide = width >= 124
        self.set_compact(width < 100)
        self._width = width
        tiny = width < 36  # eight layers in a small window: every pixel counts
        button = 24 if not self._compact else 14
        # room for two digits, so "− 8 +" and "− 16 +" look alike, if the column has it
        digits = QFontMetrics(self.count.font()).horizontalAdvance("16") + 6
        self._arrange_units(width < 2 * button + digits)
        if self._stacked:
            for b in (self.minus, self.plus):
                b.setFixedSize(STACKED_BUTTON, 12)
            self.count.setMinimumWidth(max(0, min(digits, width - STACKED_BUTTON)))
        else:
            for b in (self.minus, self.plus):
                b.setFixedSize(button, 24)
            self.count.setMinimumWidth(max(0, min(digits, width - 2 * button)))
        self.dropout.setFrame(not tiny)
        self._fit_dropout()
        self._show_count()

    def _arrange_units(self, stacked: bool) -> None:
        """"− n +" in a row, or (``stacked``) n with ▴ over ▾ to its right: in a column too
        narrow for the row, the buttons covered the count ("−16+" read "−L6+")."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        row = self._units_row
        for w in (self.minus, self.count, self.plus):
            row.removeWidget(w)
        if stacked:
            row.addWidget(self.count, 0, 1, 2, 1)
            row.addWidget(self.plus, 0, 2)
            row.addWidget(self.minus, 1, 2)
        else:
            row.addWidget(self.minus, 0, 1, 2, 1)
            row.addWidget(self.count, 0, 2, 2, 1)
            row.addWidget(self.plus, 0, 3, 2, 1)
        # Stacked, they read as a spin box's arrows (a "−" 12 px high looked like "_").
        self.plus.setText("▴" if stacked else "+")
        self.minus.setText("▾" if stacked else "−")
        glyph = palette.font(palette.FONT_SMALL) if stacked else \
            palette.font(palette.FONT_LARGE, bold=True)
        for b in (self.minus, self.plus):
            b.setFont(glyph)

    def _fit_dropout(self) -> None:
        """"drop 0.25" where it fits the column, else the bare rate (its tooltip says what)."""
        width = getattr(self, "_width", 130)
        prefix = self.tr("drop ")
        text = prefix + self.dropout.textFromValue(self.dropout.value())
        fits = self.dropout.fontMetrics().horizontalAdvance(text) <= width - 10
        if self.dropout.prefix() != (prefix if fits else ""):
            self.dropout.setPrefix(prefix if fits else "")

    def set_compact(self, compact: bool) -> None:
        """Narrow columns stack dropout and batch norm on their own rows."""
        if compact == self._compact:
            return
        self._compact = compact
        size = palette.FONT_SMALL - 1 if compact else palette.FONT_SMALL
        for w in (self.activation, self.dropout, self.batch_norm):
            w.setFont(palette.font(size))
        # One height with or without the "drop " prefix (the hint changes with it).
        self.dropout.setFixedHeight(self.dropout.fontMetrics().height() + 8)
        if not self._stacked:
            for b in (self.minus, self.plus):
                b.setFixedSize(14 if compact else 24, 24)
        self.count.setFont(palette.font(palette.FONT_SMALL, bold=True))
        # Narrow columns: no drop-down arrow, so the activation's name fits.
        self.activation.set_compact(compact)
        # Stacked rows take the column's width, whatever their usual size hint.
        for w in (self.dropout, self.batch_norm):
            w.setMinimumWidth(24 if compact else 0)
        # stacked, it spans the column like the rows above it
        self.batch_norm.setSizePolicy(
            QSizePolicy.Policy.Expanding if compact else self._bn_policy.horizontalPolicy(),
            self._bn_policy.verticalPolicy())
        self.dropout.setAlignment(Qt.AlignmentFlag.AlignCenter if compact else
                                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._show_count()
        for w in (self.dropout, self.batch_norm):
            self._grid.removeWidget(w)
        if compact:
            self._grid.addWidget(self.dropout, 2, 0, 1, 2)
            self._grid.addWidget(self.batch_norm, 3, 0, 1, 2)
        else:
            self._grid.addWidget(self.dropout, 2, 0)
            self._grid.addWidget(self.batch_norm, 2, 1)

    def _show_count(self) -> None:
        """"4 neurons" where the words fit between − and + (the zoom enlarges them), else "4"."""
        n = getattr(self, "_units", 0)
        text = self.tr("{0} neurons").format(n)
        room = getattr(self, "_width", 0) - self.minus.width() - self.plus.width() - 6
        wide = getattr(self, "_wide", False) and \
            QFontMetrics(self.count.font()).horizontalAdvance(text) <= room
        self.count.setText(text if wide else str(n))

    def _on_zoom(self, _zoom: float) -> None:
        self._show_count()
        self._fit_dropout()

    def set_layer(self, cfg) -> None:
        """Show ``cfg`` (a LayerConfig) without emitting anything."""
        for w in (self.activation, self.dropout, self.batch_norm):
            w.blockSignals(True)
        self._units = cfg.units
        self._show_count()
        i = self.activation.findData(cfg.activation)
        self.activation.setCurrentIndex(max(i, 0))
        self.dropout.setValue(cfg.dropout)
        self._fit_dropout()
        self.batch_norm.setChecked(cfg.batch_norm)
        for w in (self.activation, self.dropout, self.batch_norm):
            w.blockSignals(False)
        self.minus.setEnabled(cfg.units > 1)
        self.plus.setEnabled(cfg.units < MAX_UNITS)
