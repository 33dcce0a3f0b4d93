"""TrainingWorker: the one object that owns the Session, living in its own QThread.

The GUI never touches the Session. It sends whole values (configs, weight edits, commands) as
queued signals and pulls a :class:`~nnviz.lab.snapshot.Snapshot` at display rate with
:meth:`TrainingWorker.request_snapshot`; the worker answers each request with exactly one
``snapshot_ready``. Training runs in chunks of a few milliseconds driven by a zero-interval
``QTimer`` created in the worker thread, so queued commands run between chunks (DESIGN.md §4).

By default the Session itself lives in a child process (:class:`~nnviz.lab.remote_session.
RemoteSession`), so painting and training run on separate cores. While playing, that process
trains on its own between requests (``RemoteSession.train_continuously``): this thread only
polls it for news (a stop rule, divergence) and takes snapshots, and the child never idles while
a frame is fetched or drawn.
That process is disposable: a :class:`~nnviz.app.session_keeper.SessionKeeper` replaces it when
it dies, and the worker passes the news on through ``notice``.

Every command reaches the session through :meth:`TrainingWorker._guarded` with the method's
name, so a new command is one slot calling ``self._guarded("method", ...)``: it gets the error
reporting and the restart of a dead training process for free.
"""
from __future__ import annotations

import dataclasses
import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from nnviz.app.session_keeper import SessionKeeper
from nnviz.app.step_pacer import StepPacer
from nnviz.app.worker_thread import leave_thread
from nnviz.lab.remote_session import TrainingProcessError
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_STOPPED

#: Session states in which training cannot continue until restored, reset or reconfigured.
STOPPED_STATES = (STATUS_DIVERGED, STATUS_ERROR)

#: Wall-clock length of one training chunk. Long enough that the timer overhead is negligible,
#: short enough that a queued command or snapshot request waits at most this long.
CHUNK_SECONDS = 0.005
#: How often a session training on its own in its process is asked for news while playing:
#: a stop rule or divergence pauses the window's transport this much later at most. (One
#: request per chunk instead left the child idle while a snapshot was fetched and drawn, and a
#: snapshot request waited for the chunk's end: [8]x6 trained at 46 % of a bare Session's speed.)
REMOTE_POLL_SECONDS = 0.010
#: Side of the output-map grid computed for each snapshot: the big boundary view scales it
#: smoothly to ~400-700 screen pixels, and at 50 the XOR boundary showed steps.
GRID_RESOLUTION = 200
#: Side of the neuron and feature maps (the graph's thumbnails, at most ~64 px, 110 for the
#: output node): at 200 they cost most of a [16]x8 snapshot (36 ms; 20 MB through the pipe).
#: GRID_RESOLUTION's square is a whole number of this one's, so the big map is computed in
#: batches the layers already hold buffers for (see Session.snapshot).
MAP_RESOLUTION = 50
#: Longest pause of training while the GUI draws a frame (see TrainingWorker.frame_shown).
FRAME_WAIT_SECONDS = 0.1


class TrainingWorker(QObject):
    """Trains a :class:`~nnviz.lab.session.Session` in its own thread.

    Create it without a parent, ``moveToThread(thread)``, connect ``thread.started`` to
    :meth:`start`, and send every command through queued signals.

    Parameters
    ----------
    config : ExperimentConfig
        The experiment to build when the thread starts.
    session_factory : callable, optional
        ``factory(config) -> Session``; the real Session by default (tests may substitute).
    resolution : int
        Grid side of the boundary (output map) in each snapshot.
    map_resolution : int, optional
        Grid side of the neuron and feature maps (``MAP_RESOLUTION``).

    Signals
    -------
    snapshot_ready(object)
        One Snapshot per :meth:`request_snapshot` (the previous object again when nothing changed).
    playing_changed(bool)
        Training started or stopped (also when it stops by itself on divergence).
    config_applied(object, bool)
        The reply to each :meth:`apply_config`: the config the session now runs (None when there
        is no session) and whether the model was rebuilt. A refused config is answered with the
        config still in force, so the controls can show it again.
    error(str)
        A command failed; the session keeps its previous state.
    notice(str)
        Something the user should know that is not an error of theirs: the training process
        stopped and was restarted, or training moved into this thread.
    """

    snapshot_ready = Signal(object)
    playing_changed = Signal(bool)
    config_applied = Signal(object, bool)
    error = Signal(str)
    notice = Signal(str)

    def __init__(self, config, session_factory=None, resolution: int = GRID_RESOLUTION,
                 map_resolution: int | None = None):
        super().__init__(None)
        self._initial_config = config
        self._keeper = SessionKeeper(session_factory, notify=self._on_session_moved)
        self._resolution = int(resolution)
        self._map_resolution = int(MAP_RESOLUTION if map_resolution is None else map_resolution)
        self._timer: QTimer | None = None
        self._due_timer: QTimer | None = None
        self._playing = False
        self._pacer = StepPacer()  # mini-batches per second; no limit at first
        self._dirty = True      # something changed since the last snapshot
        self._last_snapshot = None
        self._continuous = None  # the session told to train on its own in its process
        self._last_news = 0.0    # when it last told how it is (perf_counter seconds)
        self._stopped = False
        self._printed: set[str] = set()  # tracebacks already printed, by message
        self._frame_shown = threading.Event()
        self._frame_shown.set()
        self.chunk_seconds = CHUNK_SECONDS
        #: Seconds spent training, taking snapshots and waiting for frames (for benchmarks).
        self.stats = {"train_s": 0.0, "snapshot_s": 0.0, "wait_s": 0.0, "chunks": 0,
                      "snapshots": 0}

    # -- lifecycle (worker thread) ----------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Build the session and the chunk timer; connected to ``QThread.started``."""
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._due_timer = QTimer(self)  # a snapshot asked for ahead of its time
        self._due_timer.setSingleShot(True)
        self._due_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._due_timer.timeout.connect(self._snapshot_now)
        try:
            self._keeper.open(self._initial_config)
        except Exception as exc:  # a bad config must not kill the thread
            self._report(exc)

    @Slot()
    def stop(self) -> None:
        """Stop training for good and hand this object back to the GUI thread for deletion."""
        if self._stopped:
            return
        self._stopped = True
        self._playing = False
        if self._timer is not None:
            self._timer.stop()
            self._due_timer.stop()
        self._keeper.close()  # nothing is restarted from now on
        leave_thread(self)

    def abandon(self) -> None:
        """Called from the GUI thread when this worker did not stop in time, most likely
        because it waits for a training process that stopped answering: kill the processes
        and restart none, so the wait ends and the queued ``stop`` runs."""
        self._keeper.abandon()

    # -- commands (worker thread, queued) ---------------------------------------------------
    @Slot(object)
    def apply_config(self, config) -> None:
        """Run ``config``: cheap changes in place, structural ones by rebuilding."""
        if self._stopped:
            return
        if self._session is None:
            try:
                self._keeper.open(config)
            except Exception as exc:
                self._report(exc)
                self.config_applied.emit(None, False)
                return
            self._dirty = True
            self.config_applied.emit(self._session.config, True)
            return
        try:
            rebuilt = bool(self._keeper.call("apply", config))
        except Exception as exc:
            self._report(exc)
            self.config_applied.emit(getattr(self._session, "config", None), False)
            return
        self._dirty = True
        self.config_applied.emit(self._session.config, rebuilt)

    @Slot(object)
    def load_checkpoint(self, checkpoint) -> None:
        """Continue from ``checkpoint`` (an opened project's training state) in a new session."""
        if self._stopped:
            return
        if self._playing:
            self._pause()
        last = self._last_snapshot
        if last is not None and checkpoint.serial < last.serial:  # views skip older serials
            checkpoint = dataclasses.replace(checkpoint, serial=last.serial)
        try:
            self._keeper.open(checkpoint.config, checkpoint)
        except Exception as exc:
            self._report(exc)
        self._dirty = True

    @Slot(object)
    def capture_checkpoint(self, request) -> None:
        """Answer ``request`` (``answer(checkpoint_or_None)``) with the training state now.

        A session in its own process sends a checkpoint with each snapshot: one is taken first
        when anything changed since the last, so a saved project holds the weights on screen.
        """
        checkpoint = None
        try:
            if not self._stopped and self._session is not None:
                checkpoint = self._checkpoint_now()
        except Exception as exc:
            self._report(exc)
        request.answer(checkpoint)

    def _checkpoint_now(self):
        from nnviz.lab.checkpoint import capture
        if not self._remote:
            return capture(self._session)
        if (self._dirty or self._last_snapshot is None or self._training_on_its_own
                or self._session.checkpoint is None):
            self._last_snapshot = self._keeper.call("snapshot", True, self._resolution)
            self._dirty = False  # the next request hands this snapshot to the views
        return self._session.checkpoint

    @Slot(bool)
    def set_playing(self, playing: bool) -> None:
        """Start or pause continuous training."""
        self._check_process()
        if self._stopped or self._session is None:
            playing = False
        playing = bool(playing)
        if playing and self._is_stopped():
            self.error.emit(self.tr("Training has stopped: restore the last good weights, "
                                    "lower the learning rate or reset first."))
            playing = False
        if playing == self._playing:
            self.playing_changed.emit(playing)
            return
        self._playing = playing
        self._continuous = None  # a remote session stops training on its own with running
        self._keeper.set_running(playing)  # the snapshot's status says "running"
        self._dirty = True
        if playing:
            self._pacer.restart()
            self._timer.setInterval(0)
            self._timer.start()
        elif self._timer is not None:
            self._timer.stop()
        self.playing_changed.emit(playing)

    @Slot(int)
    def step_batches(self, n: int) -> None:
        """Train exactly ``n`` mini-batches now (single-stepping while paused)."""
        if self._ready() and n > 0:
            self._guarded("step", int(n))
            self._after_training()

    @Slot(int)
    def step_epochs(self, n: int) -> None:
        """Train ``n`` whole epochs now."""
        if self._ready() and n > 0:
            # To the next epoch boundaries, so the counter reads a whole number of epochs.
            self._guarded("step_epochs", int(n))
            self._after_training()

    @Slot()
    def reset(self) -> None:
        """New random weights, counters and history; the config stays."""
        if self._ready(allow_diverged=True):
            self._guarded("reset")
            self._dirty = True

    @Slot(int, int, int, float)
    def set_weight(self, dense_index: int, row: int, col: int, value: float) -> None:
        """Set one kernel entry (``row == -1``: the bias) of Dense layer ``dense_index``."""
        if self._ready(allow_diverged=True):
            self._guarded("set_weight", int(dense_index), int(row), int(col), float(value))
            self._dirty = True

    @Slot(float)
    def set_speed(self, steps_per_second: float) -> None:
        """Limit training to ``steps_per_second`` mini-batches per second (0: no limit)."""
        self._pacer.set_speed(steps_per_second)
        if self._pacer.limited and self._continuous is not None:
            self._train_on_its_own(False)  # from now on, only the steps the limit allows
        if self._timer is not None and self._timer.isActive():
            self._timer.setInterval(0)

    @Slot()
    def restore_last_good(self) -> None:
        """Go back to the weights before the session diverged."""
        if self._ready(allow_diverged=True):
            self._guarded("restore_last_good")
            self._dirty = True

    @Slot()
    def restore_best(self) -> None:
        """Go back to the best weights so far (lowest test loss); training may go on."""
        if self._ready(allow_diverged=True):
            self._guarded("restore_best")
            self._dirty = True

    @Slot()
    @Slot(float)
    def request_snapshot(self, due: float = 0.0) -> None:
        """Answer with one ``snapshot_ready``; a new Snapshot only when something changed.

        With ``due`` (a ``time.perf_counter()`` time) the snapshot is taken then, not now:
        the window asks for its next frame as soon as one arrives, and the wait runs here,
        while the window paints, not after. Commands that come meanwhile run first. A request
        that comes while one waits for its moment is answered together with it, now: two
        answers would start two chains of requests, and frames came at 75-81 a second.
        """
        timer = self._due_timer
        if timer is not None and timer.isActive():
            timer.stop()
        elif timer is not None and (due - time.perf_counter()) * 1000.0 >= 1.0:
            timer.start(int((due - time.perf_counter()) * 1000.0))
            return
        self._snapshot_now()

    @Slot()
    def _snapshot_now(self) -> None:
        if self._stopped:
            return
        self._check_process()  # a training process killed while paused is noticed here
        if self._session is None:
            return
        if self._dirty or self._last_snapshot is None or self._training_on_its_own:
            t = time.perf_counter()
            try:
                snap = self._keeper.call("snapshot", True, self._resolution,
                                         self._map_resolution)
            except Exception as exc:
                self._report(exc)
                return
            self.stats["snapshot_s"] += time.perf_counter() - t
            self.stats["snapshots"] += 1
            self._last_snapshot = snap
            self._dirty = False
            if self._playing and FRAME_WAIT_SECONDS > 0 and not self._remote:
                self._frame_shown.clear()  # see frame_shown()
            if self._training_on_its_own:
                self._last_news = time.perf_counter()  # the next poll can wait
                self._after_training(0)  # a stop rule or divergence pauses the transport
        self.snapshot_ready.emit(self._last_snapshot)

    def frame_shown(self) -> None:
        """The GUI has drawn the last snapshot. Thread-safe: call it from any thread.

        While training runs, the worker does not start its next chunk until the GUI has drawn
        the snapshot it just sent (or ``FRAME_WAIT_SECONDS`` passed). Drawing then runs
        without fighting the training loop for the GIL: contended, every one of the hundreds
        of Qt calls in a frame that releases the GIL waits for it again, and frames took
        several times longer while training gained nothing.
        """
        self._frame_shown.set()

    # -- for tests and benchmarks ------------------------------------------------------------
    @property
    def session(self):
        """The Session (read it only from the worker thread or while the thread is stopped)."""
        return self._keeper.session

    @property
    def process_id(self) -> int | None:
        """The training process's id; None while training runs in this thread. Thread-safe."""
        return self._keeper.process_id

    # -- internals --------------------------------------------------------------------------
    @property
    def _session(self):
        return self._keeper.session

    @property
    def _remote(self) -> bool:
        """The session trains in its own process (no GIL to share with the GUI)."""
        return self._keeper.remote

    def _check_process(self) -> None:
        try:
            self._keeper.check()
        except Exception as exc:  # not even a fresh session could be built
            self._report(exc)
            if self._playing:
                self._pause()

    def _on_session_moved(self, message: str) -> None:
        """The keeper replaced the session (see SessionKeeper): draw it anew, tell the user."""
        self._dirty = True
        self.notice.emit(message)

    def _ready(self, allow_diverged: bool = False) -> bool:
        self._check_process()  # a dead process reads "error": replace it before judging
        if self._stopped or self._session is None:
            return False
        return allow_diverged or not self._is_stopped()

    def _is_stopped(self) -> bool:
        return self._session is not None and self._session.status in STOPPED_STATES

    def _tick(self) -> None:
        """One chunk of continuous training."""
        if not self._playing or self._session is None:
            if self._timer is not None:
                self._timer.stop()
            return
        stats = self.stats
        if not self._frame_shown.is_set():
            # Blocking here releases the GIL to the GUI thread while it draws.
            t = time.perf_counter()
            self._frame_shown.wait(FRAME_WAIT_SECONDS)
            self._frame_shown.set()
            self._pacer.restart()  # a speed limit does not count the wait
            stats["wait_s"] += time.perf_counter() - t
        t = time.perf_counter()
        if self._pacer.limited and self._continuous is not None:
            self._train_on_its_own(False)
        if self._pacer.limited:
            n = self._pacer.due()
            ran = self._guarded("step", n) if n else 0
            # Sleep in the event loop until the next step is due instead of spinning.
            if self._timer.isActive():
                self._timer.setInterval(self._pacer.wait_ms())
        elif self._remote:
            # A snapshot brings the same news (status, counters): poll only without one.
            if (self._training_on_its_own
                    and time.perf_counter() - self._last_news < REMOTE_POLL_SECONDS):
                ran = 0
            else:
                ran = self._train_on_its_own(True)
                self._last_news = time.perf_counter()
            if self._timer.isActive():
                self._timer.setInterval(int(REMOTE_POLL_SECONDS * 1000))
        else:
            ran = self._guarded("run_for", self.chunk_seconds)
        stats["train_s"] += time.perf_counter() - t
        stats["chunks"] += 1
        self._after_training(ran)

    @property
    def _training_on_its_own(self) -> bool:
        """The session trains in its process between requests: every snapshot is news."""
        return self._continuous is not None and self._continuous is self._session

    def _train_on_its_own(self, on: bool):
        """Start (``on``) or stop the training process training between requests
        (``RemoteSession.train_continuously``); once started, ask what it did since.

        Returns the batches it trained since the last call, 0 when its process died (a
        successor replaces it now and is started at the next tick), None on another failure.
        """
        session = self._session
        try:
            if not on:
                told, self._continuous = self._continuous, None
                return told.train_continuously(False) if told is session else 0
            if self._continuous is session:
                return session.trained()
            ran = session.train_continuously(True)
            self._continuous = session
            return ran
        except TrainingProcessError:
            self._continuous = None
            self._check_process()
            return 0
        except Exception as exc:
            self._report(exc)
            if self._playing:
                self._pause()
            return None

    def _after_training(self, ran=1) -> None:
        if ran != 0:  # None (a failure) may have changed something too
            self._dirty = True
        # A stop rule pauses the session at an epoch end; Play goes on from there.
        if self._playing and (self._is_stopped()
                              or getattr(self._session, "status", None) == STATUS_STOPPED):
            self._pause()

    def _pause(self) -> None:
        self._playing = False
        self._continuous = None
        self._timer.stop()
        self._keeper.set_running(False)
        self.playing_changed.emit(False)

    def _guarded(self, name: str, *args):
        """``session.name(*args)`` through the keeper; a failure is reported, not raised
        (None is returned then)."""
        try:
            return self._keeper.call(name, *args)
        except Exception as exc:
            self._report(exc)
            if self._playing:  # a failing chunk would fail again at once: stop
                self._pause()
            return None

    def _report(self, exc: Exception) -> None:
        text = str(exc) or type(exc).__name__
        if not isinstance(exc, (ValueError, TypeError)) and text not in self._printed:
            self._printed.add(text)  # a traceback once, not once per frame
            traceback.print_exc()
        self.error.emit(text)

