"""File → Export: Picture… (Ctrl+E), Animation…, Keras code and weights…"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.lab.export import write_keras_script, write_weights_json, write_weights_npz

from .dialogs import AnimationExportDialog, PictureExportDialog


translate = QCoreApplication.translate  # lupdate reads translate("Export", "...") calls


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for it
    return text


class ExportMenu(QObject):
    """The Export submenu of ``file_menu``; dialogs open over ``window``."""

    def __init__(self, window, file_menu):
        super().__init__(window)
        self._window = window
        self.folder = Path.home()
        self.menu = file_menu.addMenu(translate("Export", "&Export"))
        self.picture_action = self._add(translate("Export", "&Picture…"), self.export_picture,
                                        "Ctrl+E")
        self.animation_action = self._add(translate("Export", "&Animation…"),
                                          self.export_animation)
        self.code_action = self._add(translate("Export", "&Keras code or weights…"),
                                     self.export_code)
        self.picture_dialog = self.animation_dialog = None

    def _add(self, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self._window.addAction(action)  # the shortcut works in full screen too
        return action

    def export_picture(self) -> None:
        self.picture_dialog = PictureExportDialog(self._window, self.folder)
        self.picture_dialog.open()

    def export_animation(self) -> None:
        self.animation_dialog = AnimationExportDialog(
            self._window, self._window.controller.snapshot_ready, self.folder)
        self.animation_dialog.open()

    FILTERS = {"keras": QT_TRANSLATE_NOOP("Export", "Keras script (*.py)"),
               "nnviz": QT_TRANSLATE_NOOP("Export", "nnviz.engine script (*.py)"),
               "json": QT_TRANSLATE_NOOP("Export", "Weights as JSON (*.json)"),
               "npz": QT_TRANSLATE_NOOP("Export", "Weights as NumPy NPZ (*.npz)")}

    def export_code(self) -> None:
        filters = [translate("Export", f) for f in self.FILTERS.values()]
        path, chosen = QFileDialog.getSaveFileName(
            self._window, translate("Export", "Export Keras code or weights"),
            str(self.folder / "model.py"),
            ";;".join(filters))
        if path:
            kind = list(self.FILTERS)[filters.index(chosen)] if chosen in filters else "keras"
            self.write_code(path, kind)

    def write_code(self, path, kind: str) -> Path | None:
        """Write the current model as ``kind`` (keras, nnviz, json, npz); a message on error."""
        snap = self._window.controller.last_snapshot
        if snap is None or snap.weights is None:
            QMessageBox.information(self._window, translate("Export", "Export"),
                                    translate("Export", "There is no model yet: wait for the "
                                                        "first picture."))
            return None
        path = Path(path)
        try:
            if kind in ("keras", "nnviz"):
                path, data = write_keras_script(path.with_suffix(".py"), snap.config,
                                                snap.weights, flavour=kind, step=snap.step,
                                                title=snap.config.data.dataset)
            elif kind == "json":
                write_weights_json(path, snap.config, snap.weights)
            else:
                write_weights_npz(path, snap.config, snap.weights)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self._window, translate("Export", "Export"), str(exc))
            return None
        self.folder = path.parent
        self._window.statusBar().showMessage(
            translate("Export", "Exported %1").replace("%1", str(path)), 5000)
        return path
