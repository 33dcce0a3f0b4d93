"""A training worker's QThread: kept referenced while it runs, and how a worker leaves it.

Shared by the playground's controller and worker and by the comparison's runner and worker.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread

_log = logging.getLogger(__name__)

#: Every training thread that may still run, referenced at module level: a QThread collected
#: while it runs aborts the process ("QThread: Destroyed while thread is still running"), e.g.
#: when a window is dropped without being closed.
_THREADS: list[QThread] = []


def keep_referenced(thread: QThread) -> None:
    """Keep ``thread`` referenced until it has stopped (see ``_THREADS``)."""
    _THREADS[:] = [t for t in _THREADS if t.isRunning()] + [thread]


def leave_thread(worker: QObject) -> None:
    """The last step of a worker's ``stop`` slot (run in its thread, its timers stopped): hand
    ``worker`` back to the GUI thread and end its thread's event loop."""
    thread = worker.thread()
    app = QCoreApplication.instance()
    if app is not None and thread is not app.thread():
        # Objects pushed back to the GUI thread are destroyed there without timer warnings.
        worker.moveToThread(app.thread())
        # Quitting from here, after the timer stopped, means no command is left half done;
        # a quit() from the GUI could end the loop before this slot ran.
        thread.quit()


def stop_thread(thread: QThread, worker: QObject, send_stop, timeout_ms: int) -> None:
    """Have ``worker`` stop (``send_stop()`` emits the queued signal to its ``stop`` slot) and
    wait for its ``thread``, but never for ever.

    A worker that has not stopped after ``timeout_ms`` most likely waits for a training process
    that stopped answering: ``worker.abandon()`` kills its processes, so the wait ends and the
    queued stop runs. If even that does not end the thread, its loop is ended from here (the
    stop command got lost), and then it is left running rather than hang the window.
    """
    if not thread.isRunning():
        return
    # The worker quits its own thread after the stop command; a quit() sent from here first
    # could end the thread's loop before that command ran.
    send_stop()
    if thread.wait(timeout_ms):
        return
    worker.abandon()
    if thread.wait(timeout_ms):
        return
    thread.quit()
    if not thread.wait(timeout_ms):
        _log.warning("nnviz: a training thread did not stop; leaving it")
