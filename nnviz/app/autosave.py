"""Autosave: the window's project written every minute to the user's data folder.

A clean exit deletes the file, so one found at start-up means the last run ended without
closing (a crash, a power cut): :meth:`Autosave.offer_restore` asks whether to bring that
experiment back. Writing is atomic (``save_project``) and takes milliseconds, so it runs in the
GUI thread; nothing is written while nothing changed.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox

from nnviz.lab.project import ProjectError, load_project, save_project
from nnviz.paths import user_data_dir

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls

_log = logging.getLogger(__name__)

#: How often the project is written while it has changes (tests shorten it).
AUTOSAVE_INTERVAL_MS = 60_000
AUTOSAVE_NAME = "autosave.nnviz"




def autosave_path() -> Path:
    """Where the autosave goes: ``user_data_dir()/autosave.nnviz``."""
    return user_data_dir() / AUTOSAVE_NAME


def ask_restore(parent, path: Path) -> bool:
    """Whether to restore the experiment the last run left in ``path`` (tests replace this)."""
    answer = QMessageBox.question(
        parent, translate("Autosave", "Restore unsaved experiment?"),
        translate("Autosave", "nnviz closed last time with changes that were not saved (it "
                              "stopped, or was closed with Ctrl+C). Restore the experiment it "
                              "saved automatically?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class Autosave(QObject):
    """Writes ``project.current_document()`` to :func:`autosave_path` while it has changes.

    Parameters
    ----------
    project : ProjectActions
        Sets :attr:`pending` whenever the project changes.

    Attributes
    ----------
    pending : bool
        Changed since the last autosave.
    active : bool
        Started: the timer runs and a clean exit deletes the file.
    """

    def __init__(self, project):
        super().__init__(project)
        self._project = project
        self.pending = False
        self.active = False
        self._error_shown = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.save_now)

    def start(self) -> None:
        self.active = True
        self._timer.start(AUTOSAVE_INTERVAL_MS)

    @Slot()
    def save_now(self) -> bool:
        """Write the autosave if the project changed since the last one; True when written."""
        if not self.pending:
            return False
        path = autosave_path()
        try:
            document = self._project.current_document()
            path.parent.mkdir(parents=True, exist_ok=True)
            save_project(path, document)
        except (TimeoutError, OSError, ValueError) as exc:
            _log.warning("nnviz: autosave to %s failed: %s", path, exc)
            if not self._error_shown:  # once: it would repeat every minute
                self._error_shown = True
                self._status(translate("Autosave", "Autosave failed: %1").replace("%1", str(exc)))
            return False
        self.pending = False
        return True

    def keep(self) -> bool:
        """Write the autosave now and leave it behind when this run ends, for the next start
        to offer back (the window closes without asking, on Ctrl+C). True when it holds the
        work."""
        self._timer.stop()
        kept = self.save_now() or (not self.pending and autosave_path().is_file())
        self.active = False  # finish() leaves the file alone now
        return kept

    def finish(self) -> None:
        """A clean exit: stop and delete the autosave (only if this run wrote it)."""
        self._timer.stop()
        if self.active:
            self.active = False
            autosave_path().unlink(missing_ok=True)

    def offer_restore(self) -> bool:
        """If the last run left an autosave, ask whether to restore it; True when restored.

        Declined or unreadable, the file is deleted (it is not offered again).
        """
        path = autosave_path()
        if not path.is_file():
            return False
        window = self._project.parent()
        if not ask_restore(window, path):
            path.unlink(missing_ok=True)
            return False
        try:
            document = load_project(path)
        except ProjectError as exc:
            path.unlink(missing_ok=True)
            QMessageBox.warning(window, translate("Autosave", "Cannot restore"),
                                translate("Autosave", "The automatic save cannot be read: %1")
                                .replace("%1", str(exc)))
            return False
        self._project.open_document(document)
        self._project.mark_modified()  # restored work is not saved anywhere yet
        self._status(translate("Autosave", "The unsaved experiment is back. Save it with Ctrl+S."))
        return True

    def _status(self, text: str) -> None:
        window = self._project.parent()
        if window is not None:
            window.statusBar().showMessage(text, 10_000)
