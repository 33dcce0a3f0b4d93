"""Training → Grid search…: the menu entry, the dialog made on first use, and no search or
worker process left once the main window closes or the application quits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction


class GridSearchMenu(QObject):
    """Adds "Grid search…" to ``menu``; the dialog opens over ``window``."""

    def __init__(self, window, menu):
        super().__init__(window)
        self._window = window
        self.dialog = None
        self.action = QAction(self.tr("&Grid search…"), window)
        self.action.setStatusTip(self.tr("Train every combination of one or two settings' "
                                         "values on every core and compare them in a heatmap."))
        self.action.triggered.connect(self.show_dialog)
        menu.addAction(self.action)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)

    def show_dialog(self):
        """Open (or raise) the grid-search dialog; returns it."""
        if self.dialog is None:
            from .dialog import GridSearchDialog  # its lab modules load on first use
            self.dialog = GridSearchDialog(self._window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @property
    def results(self):
        """The last search's GridResults (for the project file), or None."""
        return None if self.dialog is None else self.dialog.results

    def restore(self, results) -> None:
        """Show stored GridResults (from a project) the next time the dialog opens."""
        if results is None:
            return
        if self.dialog is None:
            from .dialog import GridSearchDialog
            self.dialog = GridSearchDialog(self._window)
        self.dialog.restore(results)

    def shut_down(self) -> None:
        """Stop any search and end the dialog's worker processes."""
        if self.dialog is not None:
            self.dialog.shut_down()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.shut_down()
        return False
