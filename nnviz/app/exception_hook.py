"""The app's last line of defence: an exception in any slot is logged and told, and nnviz goes on.

PySide6 hands an exception raised in a slot or a virtual override (``paintEvent``) to
``sys.excepthook`` and carries on with the event loop. :func:`install_exception_hook` puts an
:class:`ExceptionReporter` there (and on ``threading.excepthook``) when the app starts: it
writes the traceback to the log file in the user's data folder (:func:`nnviz.paths.log_path`)
and to stderr, and shows one short line in the window's status bar — never a modal dialog, so
a class in full flow is not interrupted.

Only the real app start installs it (:mod:`nnviz.app.cli`); tests keep pytest-qt's own hook,
which fails the test on any such exception.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from nnviz.paths import log_path

LOGGER_NAME = "nnviz.errors"


class ExceptionReporter(QObject):
    """A ``sys.excepthook`` that logs the exception and emits a one-line message.

    Parameters
    ----------
    log_file : Path
        Where tracebacks are appended; the folder and file are made on the first exception.

    Signals
    -------
    reported(str)
        The short message for the window. Emitted in the thread that raised; connect it to a
        slot of a GUI-thread object so it arrives there queued.
    """

    reported = Signal(str)

    def __init__(self, log_file: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = Path(log_file)
        self._logger = logging.getLogger(LOGGER_NAME)
        self._handler = None
        self._previous = None  # (sys.excepthook, threading.excepthook) while installed

    # -- installing --------------------------------------------------------------------------
    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (idempotent)."""
        if self._previous is not None:
            return
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Put back the hooks found by :meth:`install` and close the log file."""
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook = self._previous
        self._previous = None
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # -- the hook ----------------------------------------------------------------------------
    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C is not an error to report
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            where = self._log(exc_type, exc, tb)
            self.reported.emit(self.message(exc_type, exc, where))
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            sys.__excepthook__(exc_type, exc, tb)

    def _thread_hook(self, args) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def _log(self, exc_type, exc, tb) -> Path | None:
        """Append the traceback to the log file; its path, or None when it cannot be written."""
        if self._handler is None:
            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.FileHandler(self.log_file, encoding="utf-8")
            except OSError:
                return None
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            self._logger.addHandler(handler)
            self._logger.setLevel(logging.ERROR)
            self._logger.propagate = False  # the traceback already went to stderr
            self._handler = handler
        self._logger.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        self._handler.flush()
        return self.log_file

    @staticmethod
    def message(exc_type, exc, where: Path | None) -> str:
        """One line for the status bar: what happened, that nnviz goes on, where to look."""
        translate = QCoreApplication.translate
        what = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        if len(what) > 120:
            what = what[:119] + "…"
        if where is None:
            return translate("ExceptionReporter",
                             "Internal error ({0}). nnviz goes on.").format(what)
        return translate("ExceptionReporter",
                         "Internal error ({0}). nnviz goes on; details in {1}").format(what, where)


def install_exception_hook(window, log_file: Path | None = None) -> ExceptionReporter:
    """Log uncaught exceptions to ``log_file`` (:func:`~nnviz.paths.log_path` by default) and
    show them in ``window``'s status bar; returns the installed reporter."""
    reporter = ExceptionReporter(log_file if log_file is not None else log_path(), window)
    reporter.reported.connect(window.show_internal_error)
    reporter.install()
    return reporter
