"""What every control panel shares: the config round trip, inline errors and small helpers.

A panel shows the GUI's one current :class:`~nnviz.lab.config.ExperimentConfig` (the
controller's; see :mod:`nnviz.app.main_window`). ``set_config`` redraws the controls from it
without emitting; a user edit builds a new config from it with the ``with_*`` methods and emits
``config_edited``. When validation refuses the edit, the message appears in red next to the
control and the current config stays.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from nnviz.app.i18n.lab_messages import exception_text
from nnviz.app.views import palette

# Registry names and one-line docs come from the engine/data in English; they are translated in
# this context so a translator can collect them from the registries in one place.
REGISTRY_CONTEXT = "nnviz.registry"


def registry_text(text: str) -> str:
    """A registry's display name or doc, translated if a translation exists."""
    return QCoreApplication.translate(REGISTRY_CONTEXT, text) if text else text


def registry_entries(registry) -> list:
    """The canonical entries of a registry in registration order (aliases left out)."""
    return list(registry)


def format_number(value: float) -> str:
    """Short text for a rate: 0.03, 1e-05, 3, 10."""
    return f"{value:g}"


def parse_number(text: str) -> float | None:
    """``text`` as a finite float (a decimal comma is accepted), or None when it is not one."""
    cleaned = text.strip().replace(",", ".").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class InlineError(QLabel):
    """Red text shown under a control while its last edit was refused; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(palette.ERROR))
        self.setPalette(pal)
        font = self.font()
        if font.pointSizeF() > 0:  # -1 for a font sized in pixels
            font.setPointSizeF(font.pointSizeF() * 0.9)
            self.setFont(font)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.show()

    def clear_error(self) -> None:
        if self.isVisible() or self.text():
            self.setText("")
            self.hide()


def heading_font(widget: QWidget) -> QFont:
    """Bold and a little larger than ``widget``'s font, whatever size the window chose."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    return font


def set_tip(widget: QWidget, text: str) -> None:
    """Tooltip and accessible description in one go (screen readers read the latter)."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)


class ConfigPanel(QWidget):
    """Base of the panels that edit an ExperimentConfig.

    The rule for every panel (and view) that edits settings — one source of truth:

    - The window calls :meth:`set_config` with the one current config whenever it changes
      (the controller's ``config_changed``), and the panel redraws from it. It is the only way
      :meth:`config` changes.
    - An edit is ``build(config) -> config`` through :meth:`_propose`, which emits
      ``config_edited(new)`` and nothing else: the panel never advances its config on its own.
      The window answers with ``set_config(new)`` before ``emit`` returns, so the next edit,
      from this panel or any other, is built on this one.
    - A control that refers to a part of the config (a layer, a feature) exists only while
      that part does: hide or remove it in :meth:`_show_config`, never later.

    Signals
    -------
    config_edited(object)
        A new, valid ExperimentConfig built from the user's edit.
    """

    config_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._config = None
        self._updating = False

    # -- public ------------------------------------------------------------------------------
    def config(self):
        """The current config as last given to :meth:`set_config`, or None before the first."""
        return self._config

    def set_config(self, cfg) -> None:
        """Redraw from the current config ``cfg`` without emitting; clears old errors."""
        self._config = cfg
        with self._quiet():
            for err in self.findChildren(InlineError):
                err.clear_error()
            self._show_config(cfg)

    # -- for subclasses ----------------------------------------------------------------------
    def _show_config(self, cfg) -> None:  # pragma: no cover - every panel overrides it
        raise NotImplementedError

    @contextmanager
    def _quiet(self):
        """Control updates inside this block do not count as user edits."""
        old, self._updating = self._updating, True
        try:
            yield
        finally:
            self._updating = old

    def _propose(self, build: Callable, error: InlineError | None) -> bool:
        """Build a config from the current one; emit it if valid and different.

        Returns True when a new config was emitted. A refused edit shows its reason in ``error``
        and keeps the current config. The panel shows the new config when the window sends it
        back through :meth:`set_config`, not before.
        """
        if self._updating or self._config is None:
            return False
        try:
            new = build(self._config)
        except (ValueError, TypeError) as exc:
            if error is not None:
                error.show_error(exception_text(exc))
            return False
        if error is not None:
            error.clear_error()
        if new == self._config:
            return False
        self.config_edited.emit(new)
        return True


class WheelGuard(QObject):
    """Ignore the mouse wheel over an unfocused control so scrolling a panel never edits it."""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


def guard_wheel(guard: WheelGuard, *widgets: QWidget) -> None:
    for w in widgets:
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        w.installEventFilter(guard)


class RateCombo(QComboBox):
    """An editable combo of preset numbers that also accepts any typed number.

    ``committed(text)`` fires when the user picks a preset or finishes typing (Enter or leaving
    the field); the panel parses and validates the text.
    """

    committed = Signal(str)

    def __init__(self, values, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(5)
        for v in values:
            self.addItem(format_number(v), v)
        self.lineEdit().editingFinished.connect(self._on_finished)
        self.activated.connect(self._on_finished)

    def _on_finished(self, *_):
        self.committed.emit(self.currentText())

    def set_value(self, value: float) -> None:
        """Show ``value`` (selecting its preset when there is one)."""
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(format_number(value))


def fill_registry_combo(combo: QComboBox, registry, auto_text: str | None = None,
                        auto_doc: str = "") -> None:
    """Fill ``combo`` with a registry's entries (item data = canonical name, item tooltip = doc),
    after an optional "auto" item (data ``"auto"``)."""
    combo.clear()
    if auto_text is not None:
        combo.addItem(auto_text, "auto")
        combo.setItemData(0, auto_doc, Qt.ItemDataRole.ToolTipRole)
    for entry in registry_entries(registry):
        combo.addItem(registry_text(entry.display), entry.name)
        combo.setItemData(combo.count() - 1, registry_text(entry.doc), Qt.ItemDataRole.ToolTipRole)


def select_data(combo: QComboBox, value) -> None:
    """Select the item whose data is ``value`` (no change when there is none)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_tip(combo: QComboBox, concept: str) -> None:
    """Tooltip = the concept, then what the current choice does."""
    doc = combo.currentData(Qt.ItemDataRole.ToolTipRole)
    set_tip(combo, f"{concept}\n\n{combo.currentText()}: {doc}" if doc else concept)
