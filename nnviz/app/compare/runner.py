"""CompareRunner: the window's handle on a comparison training in its own thread.

It owns the QThread and the :class:`~nnviz.app.compare.worker.CompareWorker` in it, turns
method calls into queued signals, and pulls frames (both runs' snapshots) at display rate with
one request in flight, like :class:`~nnviz.app.controller.TrainingController` does for the
playground. It holds the comparison's one current :class:`~nnviz.lab.compare.RunPair`.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from nnviz.app.compare.worker import CompareWorker
from nnviz.app.worker_thread import keep_referenced, stop_thread

#: Two output views and a chart: 30 frames a second are smooth and leave the cores to training.
FRAME_INTERVAL_MS = 33
#: A frame request unanswered for this long is sent again.
REQUEST_TIMEOUT_S = 2.0


class CompareRunner(QObject):
    """Signals: ``frame(snap_a, snap_b)``, ``pair_changed(pair)``, ``playing_changed(bool)``,
    ``error(str)``, ``notice(str)`` — all in the GUI thread."""

    frame = Signal(object, object)
    pair_changed = Signal(object)
    playing_changed = Signal(bool)
    error = Signal(str)
    notice = Signal(str)

    _cmd_set_pair = Signal(object)
    _cmd_set_playing = Signal(bool)
    _cmd_step_epochs = Signal(int)
    _cmd_reset = Signal()
    _cmd_set_speed = Signal(float)
    _cmd_request_frame = Signal()
    _cmd_stop = Signal()

    def __init__(self, pair, parent=None, session_factory=None):
        super().__init__(parent)
        self._pair = pair
        self._playing = False
        self._finished = False
        self._pending = 0  # set_pair answers still to come
        self._in_flight_since = None
        self._last = (None, None)
        self._thread = QThread()
        self._thread.setObjectName("nnviz-compare")
        keep_referenced(self._thread)
        self._worker = CompareWorker(pair, session_factory)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        w = self._worker
        self._cmd_set_pair.connect(w.set_pair)
        self._cmd_set_playing.connect(w.set_playing)
        self._cmd_step_epochs.connect(w.step_epochs)
        self._cmd_reset.connect(w.reset)
        self._cmd_set_speed.connect(w.set_speed)
        self._cmd_request_frame.connect(w.request_frame)
        self._cmd_stop.connect(w.stop)
        w.frame.connect(self._on_frame)
        w.pair_applied.connect(self._on_pair_applied)
        w.playing_changed.connect(self._on_playing)
        w.error.connect(self.error)
        w.notice.connect(self.notice)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._pull)

    # -- state -----------------------------------------------------------------------------------
    @property
    def pair(self):
        """The comparison's one current RunPair (the newest sent to the worker)."""
        return self._pair

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def last_frame(self) -> tuple:
        """The last (snap_a, snap_b) shown, or (None, None)."""
        return self._last

    @property
    def worker(self) -> CompareWorker:
        return self._worker

    @property
    def thread(self) -> QThread:
        return self._thread

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        if not self._finished and not self._thread.isRunning():
            self._thread.start()
            self._timer.start()
            self._pull()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop both runs and their processes; safe to call twice."""
        self._timer.stop()
        if self._finished:
            return
        self._finished = True
        self._playing = False
        stop_thread(self._thread, self._worker, self._cmd_stop.emit, timeout_ms)

    # -- commands --------------------------------------------------------------------------------
    def set_pair(self, pair) -> None:
        """Make ``pair`` the comparison: both runs start over from the same first weights."""
        self._pair = pair
        self._pending += 1
        self._cmd_set_pair.emit(pair)
        self.pair_changed.emit(pair)

    def set_playing(self, playing: bool) -> None:
        self._cmd_set_playing.emit(bool(playing))

    def toggle_playing(self) -> None:
        self.set_playing(not self._playing)

    def step_epochs(self, n: int = 1) -> None:
        self._cmd_step_epochs.emit(int(n))

    def restart(self) -> None:
        """Both runs from their shared first weights again, same settings."""
        self._cmd_reset.emit()

    def set_speed(self, epochs_per_second: float) -> None:
        self._cmd_set_speed.emit(float(epochs_per_second))

    # -- replies ---------------------------------------------------------------------------------
    @Slot()
    def _pull(self) -> None:
        if self._finished:
            return
        now = time.perf_counter()
        if self._in_flight_since is not None and now - self._in_flight_since < REQUEST_TIMEOUT_S:
            return
        self._in_flight_since = now
        self._cmd_request_frame.emit()

    @Slot(object, object)
    def _on_frame(self, a, b) -> None:
        self._in_flight_since = None
        if self._finished or (a is self._last[0] and b is self._last[1]):
            return
        self._last = (a, b)
        self.frame.emit(a, b)

    @Slot(object)
    def _on_pair_applied(self, pair) -> None:
        if self._finished:
            return
        self._pending = max(0, self._pending - 1)
        # Only the answer to the newest edit counts; a refused one comes back as the old pair.
        if self._pending == 0 and pair != self._pair:
            self._pair = pair
            self.pair_changed.emit(pair)

    @Slot(bool)
    def _on_playing(self, playing: bool) -> None:
        if not self._finished:
            self._playing = bool(playing)
            self.playing_changed.emit(self._playing)
