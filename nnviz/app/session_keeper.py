"""SessionKeeper: the training worker's session, kept alive when its training process dies.

The session normally trains in a child process (:class:`~nnviz.lab.remote_session.
RemoteSession`). That process is disposable (DESIGN.md §4): when it dies — killed, out of
memory, ... — the keeper notices at the next call (or at :meth:`SessionKeeper.check`, which the
worker runs every frame), starts a new one from the last checkpoint the old one sent, and tells
the user once. A process that dies ``MAX_PROCESS_STOPS`` times within ``RESTART_WINDOW_S``, or
that cannot start at all (no processes allowed, a script without a ``__main__`` guard), is
replaced by a Session in the worker's own thread: slower beside the GUI, but it trains.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication

from nnviz.lab import remote_session

_log = logging.getLogger(__name__)

#: A training process that stops this many times within RESTART_WINDOW_S is not started again:
#: something keeps killing it (memory?), and training moves into the worker thread.
MAX_PROCESS_STOPS = 3
RESTART_WINDOW_S = 60.0


class SessionKeeper:
    """Makes the worker's session and replaces it when its training process dies.

    Used only from the worker thread, except :attr:`process_id`.

    Parameters
    ----------
    session_factory : callable, optional
        ``factory(config) -> Session`` (tests); such sessions are never replaced.
    notify : callable, optional
        ``notify(text)`` with a translated sentence for the user each time training had to
        move: restarted, or now in this thread.
    """

    def __init__(self, session_factory=None, notify=None):
        self._factory = session_factory
        self._notify = notify or (lambda text: None)
        self._session = None
        self._running = False
        self._closed = False
        self._in_thread = False  # training moved into this thread for good
        self._stops: list[float] = []  # when training processes died (monotonic seconds)

    # -- state ---------------------------------------------------------------------------------
    @property
    def session(self):
        """The current session (None before :meth:`open` succeeded or after :meth:`close`)."""
        return self._session

    @property
    def remote(self) -> bool:
        """The session trains in its own process."""
        return bool(getattr(self._session, "remote", False))

    @property
    def process_id(self) -> int | None:
        """The training process's id; None while training runs in this process. Thread-safe."""
        session = self._session  # read once: the worker thread may replace it meanwhile
        return getattr(session, "pid", None) if getattr(session, "remote", False) else None

    # -- making and closing --------------------------------------------------------------------
    def open(self, config, checkpoint=None) -> None:
        """Build a session for ``config`` in place of the current one (which is closed);
        from ``checkpoint`` (a SessionCheckpoint, e.g. of an opened project) when given.

        Raises whatever building the Session raises (e.g. ``ValueError`` for a bad config).
        """
        from nnviz.lab.checkpoint import restore, resume
        if self._factory is not None:
            session = self._factory(config)
            if checkpoint is not None:
                restore(session, checkpoint)
        elif self._in_thread:
            session = resume(checkpoint, config)
        else:
            try:
                session = remote_session.RemoteSession(config, checkpoint=checkpoint)
            except (RuntimeError, OSError) as exc:  # TrainingProcessError is a RuntimeError
                session = self._train_in_thread(checkpoint, config,
                                                self._cannot_start_text(exc))
        self._close_current()
        self._session = session
        self._tell_running()

    def close(self) -> None:
        """End the session (and its process) for good; nothing is restarted afterwards."""
        self._closed = True
        if self._session is not None:
            try:
                self._session.running = False
            except Exception:  # a training process that already died has nothing to stop
                pass
            self._close_current()

    def abandon(self) -> None:
        """From another thread, while this keeper's thread waits for its training process:
        restart nothing from now on and kill the processes, so the waiting call returns (with
        an error) and the thread can go on to ``close``."""
        self._closed = True
        kill = getattr(self._session, "kill", None)
        if kill is not None:
            kill()

    # -- using ---------------------------------------------------------------------------------
    def call(self, name: str, *args):
        """``session.name(*args)``; if the training process died, again in its successor."""
        while True:  # ends: after MAX_PROCESS_STOPS quick deaths the session is no process
            try:
                return getattr(self._session, name)(*args)
            except remote_session.TrainingProcessError:
                if not self._recover():
                    raise

    def set_running(self, running: bool) -> None:
        """Tell the session (and any successor) whether it trains continuously."""
        self._running = bool(running)
        self._tell_running()

    def check(self) -> None:
        """Replace the session now if its training process died since the last call."""
        if not self._closed and self.remote and not self._session.alive:
            self._recover()

    # -- internals -----------------------------------------------------------------------------
    def _tell_running(self) -> None:
        if self._session is None:
            return
        try:
            self._session.running = self._running
        except remote_session.TrainingProcessError:
            try:
                self._recover()  # which tells the successor
            except Exception:  # nothing could be built: the next command reports it
                _log.exception("nnviz: training could not go on")

    def _close_current(self) -> None:
        close = getattr(self._session, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # closing what is already gone
                pass

    def _recover(self) -> bool:
        """The training process stopped: go on in a new one from its last checkpoint.

        Returns False when there is nothing to recover (closed, or no process). Raises when
        not even a fresh session could be built (the session is None then).
        """
        old = self._session
        if self._closed or not getattr(old, "remote", False):
            return False
        checkpoint, config = old.checkpoint, old.config
        self._close_current()
        now = time.monotonic()
        self._stops = [t for t in self._stops if now - t < RESTART_WINDOW_S] + [now]
        _log.warning("nnviz: the training process stopped (%s)", old.exit_description)
        self._session = None
        if len(self._stops) >= MAX_PROCESS_STOPS:
            message = QCoreApplication.translate(
                "SessionKeeper", "The training process stopped %1 times within a minute: "
                "training now runs inside the window (slower).")
            session = self._train_in_thread(checkpoint, config,
                                            message.replace("%1", str(len(self._stops))))
        else:
            try:
                session = remote_session.RemoteSession(config, checkpoint=checkpoint)
            except Exception as exc:
                session = self._train_in_thread(checkpoint, config,
                                                self._cannot_start_text(exc))
            else:
                self._notify(QCoreApplication.translate(
                    "SessionKeeper", "Training restarted after the training process stopped."))
        self._session = session
        self._tell_running()
        return True

    def _train_in_thread(self, checkpoint, config, message: str):
        """From now on, train in this thread, from ``checkpoint`` when there is one."""
        from nnviz.lab.checkpoint import resume
        self._in_thread = True
        _log.warning("nnviz: %s", message)
        self._notify(message)
        try:
            return resume(checkpoint, config)
        except Exception:  # a checkpoint that does not fit: start the config afresh
            return resume(None, config)

    @staticmethod
    def _cannot_start_text(exc: Exception) -> str:
        return (QCoreApplication.translate(
            "SessionKeeper", "Training runs inside the window (slower): its own process could "
            "not start (%1).").replace("%1", str(exc) or type(exc).__name__))
