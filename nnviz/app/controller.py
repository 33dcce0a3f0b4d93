"""TrainingController: the GUI thread's handle on the training thread.

It owns the :class:`~PySide6.QtCore.QThread` and the :class:`TrainingWorker` in it, turns method
calls into queued signals carrying whole values, pulls snapshots at display rate (one request in
flight at a time) and re-emits in the GUI thread only the snapshots that are new.

It also holds the GUI's one current :class:`~nnviz.lab.config.ExperimentConfig`: every change of
it, from an edit or from the worker refusing one, goes out once as ``config_changed``.
"""
from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from nnviz.app.worker import GRID_RESOLUTION, TrainingWorker
from nnviz.app.worker_thread import keep_referenced, stop_thread
from nnviz.lab.remote_session import leave_if_importing_main

#: Shortest time between two snapshot requests: one frame per refresh of a 60 Hz display.
#: The worker takes each snapshot when it is due, with a precise timer of its own, so the rate
#: holds at 59-60 (at 62.5 a second, one frame in 25 was never seen and still cost a
#: snapshot and a paint). The session trains in its own process, so drawing more often costs
#: training only the snapshots themselves; this bounds the GUI's own work.
FRAME_INTERVAL_MS = 1000.0 / 60.0
#: How long the training thread may keep the GIL while the GUI thread waits for it (Python's
#: default is 5 ms). The GUI releases and re-takes the GIL around many Qt calls while it paints;
#: with the default, each re-take can wait 5 ms behind a training loop that never blocks.
GIL_SWITCH_INTERVAL = 0.0005
#: Rounds of posted-event delivery that draw a whole frame (updates post further updates).
FLUSH_ROUNDS = 3
#: A request unanswered for this long is assumed lost (e.g. the session failed to build).
REQUEST_TIMEOUT_S = 1.0


#: Longest wait for the training thread's checkpoint when saving (it answers in milliseconds;
#: a training process that is being restarted may take a second or two).
FETCH_TIMEOUT_S = 10.0


class CheckpointRequest:
    """One question to the training thread; it calls :meth:`answer` exactly once."""

    def __init__(self):
        self._event = threading.Event()
        self._checkpoint = None

    def answer(self, checkpoint) -> None:
        self._checkpoint = checkpoint
        self._event.set()

    def wait(self, timeout_s: float):
        if not self._event.wait(timeout_s):
            raise TimeoutError("the training thread did not answer")
        return self._checkpoint


class TrainingController(QObject):
    """Runs a TrainingWorker in its own thread and speaks to it only through queued signals.

    Parameters
    ----------
    config : ExperimentConfig
        The first experiment.
    parent : QObject, optional
    session_factory : callable, optional
        Passed to :class:`TrainingWorker` (tests).
    frame_interval_ms : float, optional
        Shortest time between snapshot requests (``FRAME_INTERVAL_MS``).
    resolution : int, optional
        Grid side of the boundary and neuron maps (``GRID_RESOLUTION``).

    Signals
    -------
    snapshot_ready(object)
        A new Snapshot, in the GUI thread.
    config_changed(object)
        The one current config changed: an edit through :meth:`apply_config` (emitted before
        that call returns) or the worker's answer that it refused one. Every control redraws
        from it; nothing else tells the controls what the experiment is.
    playing_changed(bool)
    error(str)
    notice(str)
        News about the training itself, not an error of the user's: the training process
        stopped and was restarted, or training moved into the window's process.
    """

    snapshot_ready = Signal(object)
    config_changed = Signal(object)
    playing_changed = Signal(bool)
    error = Signal(str)
    notice = Signal(str)

    # Commands to the worker: queued because the worker lives in another thread.
    _cmd_apply_config = Signal(object)
    _cmd_set_playing = Signal(bool)
    _cmd_step_batches = Signal(int)
    _cmd_step_epochs = Signal(int)
    _cmd_reset = Signal()
    _cmd_set_weight = Signal(int, int, int, float)
    _cmd_set_speed = Signal(float)
    _cmd_restore = Signal()
    _cmd_restore_best = Signal()
    _cmd_request_snapshot = Signal(float)
    _cmd_stop = Signal()
    _cmd_load_checkpoint = Signal(object)
    _cmd_capture_checkpoint = Signal(object)

    def __init__(self, config, parent: QObject | None = None, session_factory=None,
                 frame_interval_ms: int | None = None, resolution: int | None = None):
        super().__init__(parent)
        # A script without a __main__ guard runs again in each training process it starts;
        # there, this ends that process instead of opening a second window.
        leave_if_importing_main()
        self._config = config
        self._playing = False
        self._pending_configs = 0
        self._in_flight_since: float | None = None
        self._last_snapshot = None
        self._running = False
        self._finished = False

        self._thread = QThread()
        self._thread.setObjectName("nnviz-training")
        keep_referenced(self._thread)
        self._worker = TrainingWorker(config, session_factory,
                                      GRID_RESOLUTION if resolution is None else resolution)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)

        w = self._worker
        self._cmd_apply_config.connect(w.apply_config)
        self._cmd_set_playing.connect(w.set_playing)
        self._cmd_step_batches.connect(w.step_batches)
        self._cmd_step_epochs.connect(w.step_epochs)
        self._cmd_reset.connect(w.reset)
        self._cmd_set_weight.connect(w.set_weight)
        self._cmd_set_speed.connect(w.set_speed)
        self._cmd_restore.connect(w.restore_last_good)
        self._cmd_restore_best.connect(w.restore_best)
        self._cmd_request_snapshot.connect(w.request_snapshot)
        self._cmd_stop.connect(w.stop)
        self._cmd_load_checkpoint.connect(w.load_checkpoint)
        self._cmd_capture_checkpoint.connect(w.capture_checkpoint)
        # Receivers are slots of this GUI-thread object, so these run in the GUI thread.
        w.snapshot_ready.connect(self._on_snapshot)
        w.playing_changed.connect(self._on_playing_changed)
        w.config_applied.connect(self._on_config_applied)
        w.error.connect(self._on_error)
        w.notice.connect(self._on_notice)

        # The next request goes out one frame interval after the previous one, or as soon as
        # its answer arrives if that took longer, and before that answer is drawn: the worker
        # prepares the next snapshot while the GUI paints this one. A slow watchdog re-sends a
        # request that got lost.
        self._frame_interval = float(FRAME_INTERVAL_MS if frame_interval_ms is None
                                     else frame_interval_ms)
        self._last_request = 0.0
        self._drawing = False       # inside _on_snapshot's drawing of a frame
        self._next_snapshot = None  # a frame that came meanwhile, drawn next
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(int(REQUEST_TIMEOUT_S * 1000))
        self._watchdog.timeout.connect(self._pull)

    # -- state -------------------------------------------------------------------------------
    @property
    def config(self):
        """The GUI's one current config: the newest sent to the worker, which every control
        shows and every edit is built from."""
        return self._config

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def last_snapshot(self):
        return self._last_snapshot

    @property
    def thread(self) -> QThread:
        return self._thread

    @property
    def worker(self) -> TrainingWorker:
        return self._worker

    def is_running(self) -> bool:
        return self._thread.isRunning()

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Start the training thread and the snapshot pulls."""
        if self._running or self._finished:
            return
        self._running = True
        if GIL_SWITCH_INTERVAL and sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self._thread.start()
        self._watchdog.start()
        self._pull()

    def shutdown(self, timeout_ms: int = 5_000) -> None:
        """Stop the worker and its thread and wait for them; safe to call more than once."""
        self._watchdog.stop()
        if self._finished:
            return
        self._finished = True
        self._running = False
        self._worker.frame_shown()  # never leave the worker waiting for a frame
        stop_thread(self._thread, self._worker, self._cmd_stop.emit, timeout_ms)
        self._playing = False

    # -- commands ----------------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        self._cmd_set_playing.emit(bool(playing))

    def toggle_playing(self) -> None:
        self.set_playing(not self._playing)

    def step_batches(self, n: int = 1) -> None:
        self._cmd_step_batches.emit(int(n))

    def step_epochs(self, n: int = 1) -> None:
        self._cmd_step_epochs.emit(int(n))

    def reset(self) -> None:
        self._cmd_reset.emit()

    def set_weight(self, dense_index: int, row: int, col: int, value: float) -> None:
        self._cmd_set_weight.emit(int(dense_index), int(row), int(col), float(value))

    def set_speed(self, steps_per_second: float) -> None:
        self._cmd_set_speed.emit(float(steps_per_second))

    def restore_last_good(self) -> None:
        self._cmd_restore.emit()

    def restore_best(self) -> None:
        """Put back the best weights so far (see ``Session.restore_best``)."""
        self._cmd_restore_best.emit()

    def load_checkpoint(self, checkpoint) -> None:
        """Continue training from ``checkpoint`` (its config must be the current one)."""
        self._cmd_load_checkpoint.emit(checkpoint)

    def fetch_checkpoint(self, timeout_s: float = FETCH_TIMEOUT_S):
        """The training state now (a SessionCheckpoint, after every command sent before), or
        None when training has not started or has no session.

        Blocks the GUI thread for one round trip to the training thread (milliseconds).
        ``TimeoutError`` if no answer came within ``timeout_s``.
        """
        if self._finished or not self._thread.isRunning():
            return None
        request = CheckpointRequest()
        self._cmd_capture_checkpoint.emit(request)
        return request.wait(timeout_s)

    def apply_config(self, config) -> None:
        """Make ``config`` the current one: send it to the worker and emit ``config_changed``."""
        changed = config != self._config
        self._config = config
        self._pending_configs += 1
        self._cmd_apply_config.emit(config)
        if changed:
            self.config_changed.emit(config)

    def request_snapshot(self) -> None:
        """Ask for a snapshot now unless one is already on its way."""
        self._pull()

    # -- worker replies (GUI thread) ---------------------------------------------------------
    @Slot()
    def _pull(self, due: float = 0.0) -> None:
        """Ask for a snapshot, taken at ``due`` (a ``time.perf_counter()`` time) or now."""
        if not self._running:
            return
        now = time.perf_counter()
        if self._in_flight_since is not None and now - self._in_flight_since < REQUEST_TIMEOUT_S:
            return
        self._in_flight_since = now
        self._last_request = max(now, due)
        self._cmd_request_snapshot.emit(due)

    def _schedule_pull(self) -> None:
        """Ask now for the next snapshot, to be taken one frame interval after the last.

        The worker waits for that moment in its own thread: a timer here fired only once this
        frame was painted, so a frame cost its painting plus the snapshot's round trip one
        after the other ([16]x8: 10 + 12 ms, 45 frames a second instead of 60).
        """
        self._pull(self._last_request + self._frame_interval / 1000.0)

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self._in_flight_since = None
        if self._finished:
            return
        if self._drawing:
            # The next frame came while this one is drawn (its flush below delivers posted
            # events, this one among them). Drawn inside it, frames nested until Python's
            # recursion limit on a slow machine; drawn in a loop, the event loop (input,
            # timers) never had a turn. It is drawn once the event loop has had one.
            self._next_snapshot = snap
            return
        self._drawing = True
        try:
            self._draw(snap)
        finally:
            self._drawing = False
        if self._next_snapshot is not None:
            QTimer.singleShot(0, self, self._draw_next)  # not after this controller is gone

    @Slot()
    def _draw_next(self) -> None:
        snap, self._next_snapshot = self._next_snapshot, None
        if snap is not None:
            self._on_snapshot(snap)

    def _draw(self, snap) -> None:
        # Ask before drawing, so fetching the next frame (the end of the worker's training
        # chunk, the grids' forward passes, the pipe) overlaps painting this one.
        self._schedule_pull()
        if snap is not self._last_snapshot and not self._finished:
            self._last_snapshot = snap
            self.snapshot_ready.emit(snap)
            # Draw the frame now: repaints and the plots' deferred scene updates are posted
            # events (a few levels deep). Then the worker may train again (frame_shown).
            for _ in range(FLUSH_ROUNDS):
                QCoreApplication.sendPostedEvents()
            self._worker.frame_shown()

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        if self._finished:
            return
        self._playing = bool(playing)
        self.playing_changed.emit(self._playing)

    @Slot(object, bool)
    def _on_config_applied(self, config, rebuilt: bool) -> None:
        if self._finished:
            return
        self._pending_configs = max(0, self._pending_configs - 1)
        # Only the answer to the newest edit may change the current config; older answers
        # would briefly undo edits made since. A refused edit comes back as the config in force.
        if self._pending_configs == 0 and config is not None and config != self._config:
            self._config = config
            self.config_changed.emit(config)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        if not self._finished:
            self.error.emit(message)

    @Slot(str)
    def _on_notice(self, message: str) -> None:
        if not self._finished:
            self.notice.emit(message)
