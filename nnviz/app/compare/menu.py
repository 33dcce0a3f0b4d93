"""Training → Compare two runs…: opens the A/B window from the playground's current experiment,
and stops its training processes when the playground closes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


class CompareMenu(QObject):
    """Adds "Compare two runs…" to ``menu``; the window opens over ``window`` (the playground).

    Parameters
    ----------
    window : MainWindow
        Has ``controller`` (the playground's TrainingController).
    session_factory : callable, optional
        Passed on to the compare window (tests).
    """

    def __init__(self, window, menu, session_factory=None):
        super().__init__(window)
        self._window = window
        self._factory = session_factory
        self.compare_window = None
        self.action = QAction(translate("CompareWindow", "&Compare two runs…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+K"))
        self.action.setStatusTip(translate(
            "CompareWindow", "Train a copy of this experiment beside it, from the same data and "
                             "the same first weights; change a setting of either and watch "
                             "both learn."))
        self.action.triggered.connect(lambda: self.open())
        menu.addAction(self.action)
        window.addAction(self.action)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def open(self, changes=()):
        """A new comparison of the current experiment (the previous one is closed), with
        ``changes`` (``(parameter, value)`` pairs, see ``nnviz.lab.compare.setting_change``)
        applied to run B; returns the window."""
        from nnviz.lab.compare import start_pair, with_changes
        from .window import CompareWindow
        controller = self._window.controller
        controller.set_playing(False)  # the cores go to the two runs
        generation = 0
        try:
            checkpoint = controller.fetch_checkpoint()
        except TimeoutError:
            checkpoint = None
        if checkpoint is not None:
            generation = checkpoint.generation
        self.close()
        pair = with_changes(start_pair(controller.config, generation), "B", changes or ())
        self.compare_window = CompareWindow(pair, self._window, self._factory)
        self.compare_window.show()
        self.compare_window.raise_()
        self.compare_window.activateWindow()
        return self.compare_window

    def close(self) -> None:
        """Close the comparison and end its training processes."""
        if self.compare_window is not None:
            self.compare_window.close()
            self.compare_window.shutdown()
            self.compare_window.deleteLater()
            self.compare_window = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)
