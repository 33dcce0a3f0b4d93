"""Re-read the static texts of a widget tree after the language changed.

Most texts are set once, when a widget is built (labels, buttons, tooltips, menu entries, combo
items, tab and dock titles). Rather than a hand-written ``retranslateUi`` in every class, this
walks the tree once per language change and maps each text back to its English source through
the translation catalogue (``resources/i18n/nnviz_*.ts``), then translates it again:

- a text is looked up as an English source or as any language's translation of one;
- when the same words belong to several contexts, the contexts of the widget and its parents
  (their class names, as ``self.tr`` uses) win; combo items prefer the registries' names;
- texts built from numbers (``%1``, ``{0}``) are not found and are left alone: the views redraw
  those from the config and the next snapshot (see ``MainWindow.retranslate``).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget,
                               QGroupBox, QLabel, QLineEdit, QMenu, QTabBar, QTableWidget,
                               QWidget)

from nnviz.paths import resource

#: The registries' context: combo boxes list registry names first of all.
REGISTRY_CONTEXT = "nnviz.registry"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every known text (English source or a translation) -> the (context, source) pairs."""
    found: dict[str, list[tuple[str, str]]] = {}
    for ts in sorted(resource("i18n").glob("nnviz_*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                for text in {source, translation} - {""}:
                    pairs = found.setdefault(text, [])
                    if (name, source) not in pairs:
                        pairs.append((name, source))
    return {text: tuple(pairs) for text, pairs in found.items()}


def _contexts_of(obj: QObject) -> list[str]:
    """Class names of ``obj`` and its parents, nearest first (the contexts ``self.tr`` uses)."""
    names: list[str] = []
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__name__ not in names and not cls.__module__.startswith(("PySide6", "shiboken")):
                names.append(cls.__name__)
        obj = obj.parent()
    return names


def translated(text: str, near: list[str], prefer_registry: bool = False) -> str | None:
    """``text`` in the current language, or None when it is no known static text."""
    pairs = catalogue().get(text)
    if not pairs or not text.strip():
        return None
    by_context = dict(pairs)
    order = ([REGISTRY_CONTEXT] if prefer_registry else []) + near
    context = next((c for c in order if c in by_context), None)
    if context is None:
        non_registry = [c for c, _ in pairs if c != REGISTRY_CONTEXT]
        context = non_registry[0] if non_registry and not prefer_registry else pairs[0][0]
    return QCoreApplication.translate(context, by_context[context])


def _swap(getter, setter, near, prefer_registry=False) -> None:
    new = translated(getter(), near, prefer_registry)
    if new is not None and new != getter():
        setter(new)


def _retranslate_action(action: QAction, near: list[str]) -> None:
    _swap(action.text, action.setText, near)
    _swap(action.statusTip, action.setStatusTip, near)
    _swap(action.toolTip, action.setToolTip, near)


def retranslate_tree(root: QWidget) -> None:
    """Translate the static texts of ``root`` and every widget and action below it again."""
    widgets = [root, *root.findChildren(QWidget)]
    actions = set(root.findChildren(QAction))
    for w in widgets:
        near = _contexts_of(w)
        _swap(w.toolTip, w.setToolTip, near)
        _swap(w.statusTip, w.setStatusTip, near)
        if w.isWindow() or isinstance(w, QDockWidget):
            _swap(w.windowTitle, w.setWindowTitle, near)
        if isinstance(w, (QLabel, QAbstractButton)):
            _swap(w.text, w.setText, near)
        elif isinstance(w, QGroupBox):
            _swap(w.title, w.setTitle, near)
        elif isinstance(w, QMenu):
            _swap(w.title, w.setTitle, near)
        elif isinstance(w, QLineEdit):
            _swap(w.placeholderText, w.setPlaceholderText, near)
        elif isinstance(w, QAbstractSpinBox):
            for get, put in (("suffix", "setSuffix"), ("prefix", "setPrefix"),
                             ("specialValueText", "setSpecialValueText")):
                if hasattr(w, get):
                    _swap(getattr(w, get), getattr(w, put), near)
        elif isinstance(w, QComboBox):
            _retranslate_combo(w, near)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                _swap(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), near)
                _swap(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t), near)
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                if item is not None:
                    _swap(item.text, item.setText, near)
        actions.update(w.actions())
    for action in actions:
        _retranslate_action(action, _contexts_of(action))


def _retranslate_combo(combo: QComboBox, near: list[str]) -> None:
    blocked = combo.blockSignals(True)  # new item texts are no user choice
    try:
        for i in range(combo.count()):
            _swap(lambda: combo.itemText(i), lambda t: combo.setItemText(i, t), near, True)
            tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                new = translated(tip, near, True)
                if new is not None:
                    combo.setItemData(i, new, Qt.ItemDataRole.ToolTipRole)
    finally:
        combo.blockSignals(blocked)
