"""CompareWorker: trains the two runs of a comparison in lockstep, in its own thread.

Each run is a session in its own training process, kept by a
:class:`~nnviz.app.session_keeper.SessionKeeper` (restarted if it dies). Every command goes to
both at once: run A is driven from this thread and run B from a helper thread, and both
threads wait on their pipes without holding the GIL, so the two processes train on two cores
at the same time. Training advances in whole epochs, the same number for both, so at any
moment both runs have seen the same data the same number of times.
"""
from __future__ import annotations

import time
import traceback
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from nnviz.app.session_keeper import SessionKeeper
from nnviz.app.step_pacer import StepPacer
from nnviz.app.worker_thread import leave_thread
from nnviz.lab.compare import RUNS, next_chunk
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_STOPPED

#: Side of each run's output map: two views share the window, so each is about half as big as
#: the playground's.
COMPARE_RESOLUTION = 120
MAP_RESOLUTION = 30
_HALTED = (STATUS_DIVERGED, STATUS_ERROR, STATUS_STOPPED)


class CompareWorker(QObject):
    """Owns both runs' sessions; lives in a QThread, commanded by queued signals.

    Parameters
    ----------
    pair : RunPair
        The two configs to start with.
    session_factory : callable, optional
        ``factory(config) -> Session`` (tests); a training process per run by default.

    Signals
    -------
    frame(object, object)
        Run A's and run B's snapshots, taken after the same number of epochs.
    pair_applied(object)
        The RunPair now training (the old one when an edit was refused).
    playing_changed(bool)
    error(str)
    notice(str)
    """

    frame = Signal(object, object)
    pair_applied = Signal(object)
    playing_changed = Signal(bool)
    error = Signal(str)
    notice = Signal(str)

    def __init__(self, pair, session_factory=None):
        super().__init__(None)
        self._pair = pair
        self._keepers = {which: SessionKeeper(session_factory, notify=self._moved)
                         for which in RUNS}
        self._helper = ThreadPoolExecutor(1, thread_name_prefix="nnviz-compare-b")
        self._timer: QTimer | None = None
        self._playing = False
        self._pacer = StepPacer()  # epochs per second; no limit at first
        self._chunk = 1
        self._dirty = True
        self._frame = None
        self._stopped = False

    # -- lifecycle -------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._both(lambda which, keeper: keeper.open(self._pair.config(which)))

    @Slot()
    def stop(self) -> None:
        """Both sessions and processes closed for good; this object goes back to the GUI."""
        if self._stopped:
            return
        self._stopped = True
        self._playing = False
        if self._timer is not None:
            self._timer.stop()
        self._both(lambda which, keeper: keeper.close(), report=False)
        self._helper.shutdown(wait=True)
        leave_thread(self)

    def abandon(self) -> None:
        """From the GUI thread, when ``stop`` did not come in time (a training process stopped
        answering): kill both runs' processes and restart none, so the waiting call ends."""
        for keeper in self._keepers.values():
            keeper.abandon()

    # -- commands --------------------------------------------------------------------------------
    @Slot(object)
    def set_pair(self, pair) -> None:
        """Train ``pair`` instead: both runs start over from their (shared) first weights."""
        if self._stopped:
            return
        old = self._pair

        def apply(which, keeper):
            keeper.call("apply", pair.config(which))
        if self._both(apply) is None:  # refused: put both runs back as they were
            self._both(lambda which, keeper: keeper.call("apply", old.config(which)),
                       report=False)
            pair = old
        else:
            self._pair = pair
        self._both(lambda which, keeper: keeper.call("start_over"))
        self._chunk = 1
        self._dirty = True
        self.pair_applied.emit(pair)

    @Slot()
    def reset(self) -> None:
        """Both runs from their first weights again (the window reseeds through set_pair)."""
        if not self._stopped:
            self._both(lambda which, keeper: keeper.call("start_over"))
            self._dirty = True

    @Slot(bool)
    def set_playing(self, playing: bool) -> None:
        playing = bool(playing) and not self._stopped and self._can_train()
        if playing != self._playing:
            self._playing = playing
            self._both(lambda which, keeper: keeper.set_running(playing), report=False)
            self._dirty = True
            if playing:
                self._pacer.restart()
                self._timer.setInterval(0)
                self._timer.start()
            elif self._timer is not None:
                self._timer.stop()
        self.playing_changed.emit(self._playing)

    @Slot(int)
    def step_epochs(self, n: int) -> None:
        if not self._stopped and n > 0:
            self._train(int(n))

    @Slot(float)
    def set_speed(self, epochs_per_second: float) -> None:
        self._pacer.set_speed(epochs_per_second)

    @Slot()
    def request_frame(self) -> None:
        """Answer with one ``frame``: both runs' snapshots (new ones when anything changed)."""
        if self._stopped:
            return
        for keeper in self._keepers.values():
            keeper.check()
        if self._dirty or self._frame is None:
            snaps = self._both(lambda which, keeper: keeper.call(
                "snapshot", True, COMPARE_RESOLUTION, MAP_RESOLUTION))
            if snaps is None:
                return
            self._frame = snaps
            self._dirty = False
        self.frame.emit(*self._frame)

    # -- internals -------------------------------------------------------------------------------
    def _both(self, action, report: bool = True):
        """``action(which, keeper)`` for A here and for B in the helper thread, at the same
        time; returns both results, or None (reported) when either failed."""
        keeper_b = self._keepers["B"]
        future = self._helper.submit(action, "B", keeper_b)
        results, failure = {}, None
        try:
            results["A"] = action("A", self._keepers["A"])
        except Exception as exc:
            failure = exc
        try:
            results["B"] = future.result()
        except Exception as exc:
            failure = failure or exc
        if failure is not None:
            if report:
                self._report(failure)
            return None
        return results["A"], results["B"]

    def _can_train(self) -> bool:
        return any(k.session is not None and k.session.status not in _HALTED
                   for k in self._keepers.values())

    def _tick(self) -> None:
        if not self._playing:
            self._timer.stop()
            return
        if self._pacer.limited:
            n = self._pacer.due()
            if n:
                self._train(n)
            self._timer.setInterval(self._pacer.wait_ms())
        else:
            start = time.perf_counter()
            n = self._chunk
            self._train(n)
            self._chunk = next_chunk(n, time.perf_counter() - start)
        if self._playing and not self._can_train():  # both diverged or stopped
            self.set_playing(False)

    def _train(self, n: int) -> None:
        """``n`` epochs for each run that can still train."""
        def run(which, keeper):
            if keeper.session is not None and keeper.session.status not in _HALTED:
                keeper.call("step_epochs", n)
        if self._both(run) is None and self._playing:
            self.set_playing(False)
        self._dirty = True

    def _moved(self, message: str) -> None:
        self._dirty = True
        self.notice.emit(message)

    def _report(self, exc: Exception) -> None:
        text = str(exc) or type(exc).__name__
        if not isinstance(exc, (ValueError, TypeError)):
            traceback.print_exception(exc)
        self.error.emit(text)
