"""Dropping a ``.nnviz`` file onto the window opens it (and, on macOS, double-clicking one).

An event filter on the window, so other kinds of file (CSV data) can have filters of their own:
this one takes only drags that carry a local ``.nnviz`` file and lets everything else pass.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from nnviz.lab.project import SUFFIX


def dropped_project(mime) -> Path | None:
    """The first local ``.nnviz`` file in a drag's ``mime`` data, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


class ProjectDropFilter(QObject):
    """Accepts drags of ``.nnviz`` files over ``window`` and calls ``open_path(path)`` on a drop."""

    def __init__(self, window, open_path):
        super().__init__(window)
        self._open_path = open_path
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_project(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = dropped_project(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                # After the drop returns: the source application is not kept waiting on the
                # questions and dialogs opening may show.
                QTimer.singleShot(0, lambda: self._open_path(path))
                return True
        return False


class FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a FileOpen event (not as a
    command-line argument): open it like a dropped one."""

    def __init__(self, app, open_path, parent):
        super().__init__(parent)  # goes with the window whose project it opens
        self._open_path = open_path
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and event.file().lower().endswith(SUFFIX):
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self._open_path(path))
            return True
        return False
