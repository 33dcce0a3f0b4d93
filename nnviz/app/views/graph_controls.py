"""Widgets that sit on the network graph: a hidden layer's header and the inline value editor."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget)

from nnviz.app.views import palette
from nnviz.lab.config import MAX_UNITS

MAX_EDIT_VALUE = 1000.0


def hidden_activations():
    """Registry entries a hidden layer may use (every activation except softmax)."""
    from nnviz.engine.activations import ACTIVATIONS
    return [e for e in ACTIVATIONS if e.name != "softmax"]


class RateSpinBox(QDoubleSpinBox):
    """A 0..0.9 rate shown without trailing zeros ("0", "0.25") to fit narrow columns."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.2f}".rstrip("0").rstrip(".")


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
        self.minus = QToolButton()
        self.minus.setText("−")
        self.minus.setToolTip(self.tr("Remove a neuron from this layer"))
        self.plus = QToolButton()
        self.plus.setText("+")
        self.plus.setToolTip(self.tr("Add a neuron to this layer"))
        for b in (self.minus, self.plus):
            b.setFont(palette.font(palette.FONT_LARGE, bold=True))
            b.setAutoRaise(True)
            b.setFixedSize(24, 24)
        self.count = QLabel("0")
        self.count.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setToolTip(self.tr("Neurons in this layer"))
        self.activation = QComboBox()
        self.activation.setFont(small)
        self.activation.setToolTip(self.tr("Activation function of this layer"))
        self.activation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activation.setMinimumContentsLength(4)
        for e in hidden_activations():
            self.activation.addItem(QCoreApplication.translate("registry", e.display), e.name)
            self.activation.setItemData(self.activation.count() - 1,
                                        QCoreApplication.translate("registry", e.doc),
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

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.minus)
        row.addWidget(self.count, 1)
        row.addWidget(self.plus)
        self._grid.addLayout(row, 0, 0, 1, 2)
        self._grid.addWidget(self.activation, 1, 0, 1, 2)
        self._compact = None
        self.set_compact(False)

        self.minus.clicked.connect(lambda: self.units_delta.emit(self.layer, -1))
        self.plus.clicked.connect(lambda: self.units_delta.emit(self.layer, +1))
        self.activation.activated.connect(
            lambda i: self.activation_changed.emit(self.layer, self.activation.itemData(i)))
        self.dropout.valueChanged.connect(
            lambda v: self.dropout_changed.emit(self.layer, round(float(v), 2)))
        self.batch_norm.toggled.connect(
            lambda on: self.batch_norm_changed.emit(self.layer, bool(on)))

    def fit_width(self, width: int) -> None:
        """Arrange for a column ``width`` pixels wide."""
        self._wide = width >= 124
        self.set_compact(width < 100)
        self._show_count()

    def set_compact(self, compact: bool) -> None:
        """Narrow columns stack dropout and batch norm on their own rows."""
        if compact == self._compact:
            return
        self._compact = compact
        size = palette.FONT_SMALL - 1 if compact else palette.FONT_SMALL
        for w in (self.activation, self.dropout, self.batch_norm):
            w.setFont(palette.font(size))
        for b in (self.minus, self.plus):
            b.setFixedSize(16 if compact else 24, 24)
        self.count.setFont(palette.font(palette.FONT_SMALL, bold=True))
        # Narrow columns: no drop-down arrow, so the activation's name fits.
        self.activation.setStyleSheet(
            "QComboBox { padding: 1px 2px; } QComboBox::drop-down { width: 0px; border: 0; }"
            if compact else "")
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
        n = getattr(self, "_units", 0)
        wide = getattr(self, "_wide", False)
        self.count.setText(self.tr("{0} neurons").format(n) if wide else str(n))

    def set_layer(self, cfg) -> None:
        """Show ``cfg`` (a LayerConfig) without emitting anything."""
        for w in (self.activation, self.dropout, self.batch_norm):
            w.blockSignals(True)
        self._units = cfg.units
        self._show_count()
        i = self.activation.findData(cfg.activation)
        self.activation.setCurrentIndex(max(i, 0))
        self.dropout.setValue(cfg.dropout)
        self.batch_norm.setChecked(cfg.batch_norm)
        for w in (self.activation, self.dropout, self.batch_norm):
            w.blockSignals(False)
        self.minus.setEnabled(cfg.units > 1)
        self.plus.setEnabled(cfg.units < MAX_UNITS)


def parse_value(text: str) -> float:
    """A typed weight: accepts '−' and ',' as students type them; ValueError if not a number."""
    cleaned = text.strip().replace("−", "-").replace(",", ".").replace(" ", "")
    value = float(cleaned)  # ValueError for '', 'abc', ...
    if not math.isfinite(value) or abs(value) > MAX_EDIT_VALUE:
        raise ValueError(text)
    return value


class ValueEditor(QFrame):
    """A small popup on the graph: a title, a line edit and an inline error message.

    Enter applies (``accepted`` is emitted with the target and value and the editor closes);
    Escape or clicking elsewhere closes it; text that is not a number in ±1000 shows an error
    and emits nothing.
    """

    accepted = Signal(object, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.target = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ValueEditor {{ background: {palette.BACKGROUND}; "
                           f"border: 1px solid {palette.TEXT_MUTED}; border-radius: 4px; }}")
        self.title = QLabel()
        self.title.setFont(palette.font(palette.FONT_SMALL, bold=True))
        self.edit = QLineEdit()
        self.edit.setFont(palette.font(palette.FONT_LARGE))
        self.edit.setMinimumWidth(110)
        self.edit.setToolTip(self.tr("Type a number and press Enter (Esc cancels)"))
        self.error = QLabel()
        self.error.setFont(palette.font(palette.FONT_SMALL))
        self.error.setStyleSheet(f"color: {palette.ERROR};")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        self.edit.returnPressed.connect(self._apply)
        self.edit.textEdited.connect(lambda _: self.error.hide())
        self.edit.installEventFilter(self)
        self.hide()

    def open_at(self, pos: QPoint, title: str, value: float, target) -> None:
        """Show at ``pos`` (parent coordinates, kept inside the parent) for ``target``."""
        self.target = target
        self.title.setText(title)
        self.edit.setText(f"{value:.4g}")
        self.error.hide()
        self.adjustSize()
        parent = self.parentWidget()
        x = min(max(0, pos.x() + 8), max(0, parent.width() - self.width()))
        y = min(max(0, pos.y() + 8), max(0, parent.height() - self.height() - 40))
        self.move(x, y)
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()

    def close_editor(self) -> None:
        self.target = None
        self.hide()

    def _apply(self) -> None:
        try:
            value = parse_value(self.edit.text())
        except ValueError:
            self.error.setText(self.tr("Not a number between −1000 and 1000: nothing changed"))
            self.error.show()
            self.adjustSize()
            return
        target = self.target
        self.close_editor()
        self.accepted.emit(target, value)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.edit:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.close_editor()
                return True
            if event.type() == QEvent.Type.FocusOut and \
                    event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                           Qt.FocusReason.ActiveWindowFocusReason):
                self.close_editor()
        return super().eventFilter(obj, event)
