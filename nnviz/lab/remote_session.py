"""RemoteSession: a :class:`~nnviz.lab.session.Session` that trains in a process of its own.

Training a small network is thousands of tiny NumPy calls a second, each holding Python's
global interpreter lock; so is painting a frame. In one process the two take turns on one
lock and both slow down (measured: the window at 30 fps left the trainer 26-43 % of its speed).
In its own process the session trains on the other core at full speed, and the GUI process
only waits on a pipe, which releases the lock.

``RemoteSession`` has the Session's interface (``step``, ``run_for``, ``apply``, ``snapshot``,
...); every call is a request over a pipe answered by the child, which owns the real Session.
Exceptions raised there are raised here. The child process ends when :meth:`close` is called,
when this process ends, or when the pipe breaks.

The child is disposable: with every snapshot it sends a small
:class:`~nnviz.lab.checkpoint.SessionCheckpoint`, and ``RemoteSession(config, checkpoint=...)``
starts a new child exactly where the old one stopped (the training worker does this when a child
dies). The child ignores Ctrl+C: it reaches the whole process group from a terminal, and the
window, not the trainer, decides what it means.

Asked to :meth:`~RemoteSession.train_continuously`, the child trains on its own between
requests, in slices of ``SLICE_SECONDS``, instead of one request per chunk: it never idles while
the window waits for a chunk's end or draws a frame, and a snapshot request waits for one slice,
not a whole chunk. It stops by itself where a chunk would have (a stop rule, divergence) and
when ``running`` is switched off.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
from dataclasses import replace
from multiprocessing.reduction import ForkingPickler

from .checkpoint import capture, resume
from .history_relay import HistoryReceiver, HistorySender
from .snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_STOPPED

_CONTEXT = multiprocessing.get_context("spawn")  # fork after Qt has started is unsafe
_START_TIMEOUT_S = 60.0
#: Exit status of a training process that found itself running the window's script (see
#: :func:`leave_if_importing_main`).
UNGUARDED_SCRIPT_EXIT = 3
UNGUARDED_SCRIPT_MESSAGE = (
    "the script that opens the window has no 'if __name__ == \"__main__\":' guard, so a new "
    "process would run the whole script again")
#: Training between requests goes in slices this long: a request waits at most about this
#: (plus the session's own ~1 ms chunk), and the pipe is polled ~500 times a second.
SLICE_SECONDS = 0.002
#: A continuously training child stops by itself in these states, where a chunk would end:
#: going on would pass a stop rule (``run_for`` re-arms it) or spin on a diverged model.
_HALTING = (STATUS_STOPPED, STATUS_DIVERGED, STATUS_ERROR)
_NOTHING_TO_TRAIN_WAIT_S = 0.05
#: The child's GIL switch interval: its reply thread waits at most this long for the lock
#: between two writes into the pipe while the training loop holds it (Python's default 5 ms
#: made a [16]x8 snapshot, ~8 pipe-fulls, arrive up to 40 ms late).
_SWITCH_INTERVAL_S = 0.0005


class TrainingProcessError(RuntimeError):
    """The training process stopped or could not be reached."""


def importing_main_in_child() -> bool:
    """True in a spawned process that is still importing its parent's main script."""
    # multiprocessing's spawn sets this while the child prepares (imports the main module).
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


def leave_if_importing_main() -> None:
    """End this process at once if it is a training process running the parent's script.

    A spawned process first imports the parent's main script. A script that opens the window
    without an ``if __name__ == "__main__":`` guard would open a second window there, and the
    parent would wait for a trainer that never answers. Called where the window starts
    training, this ends such a child quietly; the parent then trains in its own process.
    """
    if importing_main_in_child():
        sys.stderr.flush()
        os._exit(UNGUARDED_SCRIPT_EXIT)


#: Set to a file path, each training process profiles itself (cProfile) and writes its
#: statistics to ``<path>.<pid>`` when it ends (for benchmarks; ``python -m pstats`` reads them).
PROFILE_ENV = "NNVIZ_PROFILE_TRAINING"


def _serve(conn, config, options, checkpoint=None) -> None:
    """The child's loop (profiled when ``PROFILE_ENV`` is set)."""
    path = os.environ.get(PROFILE_ENV)
    if not path:
        return _answer(conn, config, options, checkpoint)
    import cProfile
    profile = cProfile.Profile()
    try:
        return profile.runcall(_answer, conn, config, options, checkpoint)
    finally:
        profile.dump_stats(f"{path}.{os.getpid()}")


class _Outbox:
    """The child's replies, written into the pipe in order by a thread of their own.

    A [16]x8 snapshot is ~1.6 MB, several pipe-fulls: written by the training loop itself, the
    loop waited (15 % of its time, measured under load) until the window had read them all.
    """

    def __init__(self, conn):
        self._conn = conn
        self._queue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._write, name="nnviz-replies", daemon=True)
        self._thread.start()

    def send(self, message) -> None:
        """Queue ``message`` (pickled here, so a failure to pickle is raised here)."""
        self._queue.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        """Write everything queued, then end the thread."""
        self._queue.put(None)
        self._thread.join()

    def _write(self) -> None:
        while (data := self._queue.get()) is not None:
            try:
                self._conn.send_bytes(data)
            except (OSError, ValueError):  # the window is gone: the main loop sees it too
                return


def _answer(conn, config, options, checkpoint=None) -> None:
    """Build the Session, then answer requests until told to quit."""
    # Ctrl+C in a terminal reaches the whole process group: the window decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    try:
        session = resume(checkpoint, config, **options)
    except Exception as exc:
        conn.send(("error", _picklable(exc), None))
        conn.close()
        return
    conn.send(("ok", None, _state(session)))
    sys.setswitchinterval(_SWITCH_INTERVAL_S)
    outbox = _Outbox(conn)
    sent_data = None
    history = HistorySender()
    continuous = False  # train between requests (see RemoteSession.train_continuously)
    trained = 0         # batches trained that way since the parent last asked
    while True:
        try:
            if continuous and not conn.poll(0):
                ran = session.run_for(SLICE_SECONDS)
                trained += ran
                if session.status in _HALTING:
                    continuous = False
                elif ran == 0:  # nothing to train on (no points yet): wait, do not spin
                    conn.poll(_NOTHING_TO_TRAIN_WAIT_S)
                continue
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        if op == "quit":
            outbox.send(("ok", None, _state(session)))
            outbox.close()
            return
        try:
            if op == "set_running":
                session.running = bool(args[0])
                continuous = continuous and session.running
                result = None
            elif op == "train_continuously":
                continuous = bool(args[0]) and session.running
                if continuous:
                    session.step(0)  # goes on after a stop rule now: the answer's status says so
                result, trained = trained, 0
            elif op == "trained":
                result, trained = trained, 0
            elif op == "apply":
                result = (session.apply(args[0]), session.config)
            elif op == "snapshot":
                snap = session.snapshot(*args)
                # The points go across once; the parent re-attaches its copy, so views can keep
                # telling "same data" by identity.
                if snap.data is sent_data:
                    snap = replace(snap, data=None)
                else:
                    sent_data = snap.data
                # The history travels in the snapshot (its new rows only); the checkpoint
                # borrows it over there.
                stride = session.history.stride
                snap, start = history.trim(snap, stride)
                checkpoint = capture(session, with_history=False)
                # The optimizer's state goes across once: the snapshot shares the checkpoint's.
                snap = replace(snap, optimizer_state=(checkpoint.optimizer_iterations,
                                                      checkpoint.optimizer_slots))
                result = (snap, checkpoint, stride, start)
            else:
                result = getattr(session, op)(*args)
            outbox.send(("ok", result, _state(session)))
        except Exception as exc:
            outbox.send(("error", _picklable(exc), _state(session)))


def _state(session):
    return session.status, session.message, session.epoch, session.step_count


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class RemoteSession:
    """A Session in a child process, used exactly like one.

    Parameters
    ----------
    config : ExperimentConfig
    checkpoint : SessionCheckpoint, optional
        Continue from this state (e.g. the last checkpoint of a process that died), then run
        ``config``; see :func:`nnviz.lab.checkpoint.resume`.
    **options
        Passed on to ``Session(config, **options)`` in the child.

    Raises
    ------
    ValueError, TypeError
        Whatever building the Session raised in the child (e.g. a bad config).
    TrainingProcessError
        The child could not be started or stopped answering.
    """

    remote = True

    def __init__(self, config, checkpoint=None, **options):
        self._conn, child = _CONTEXT.Pipe()
        self._process = _CONTEXT.Process(target=_serve,
                                         args=(child, config, options, checkpoint),
                                         name="nnviz-training", daemon=True)
        self._config = config
        self._data = None
        self._history = HistoryReceiver()
        self._running = False
        self._state = ("idle", "", 0, 0)
        self._closed = False
        self._checkpoint = checkpoint
        try:
            self._process.start()
        finally:
            child.close()
        if not self._conn.poll(_START_TIMEOUT_S):
            self.close()
            raise TrainingProcessError("the training process did not start")
        try:
            self._receive()
        except TrainingProcessError:
            self._process.join(1.0)
            if self._process.exitcode == UNGUARDED_SCRIPT_EXIT:
                raise TrainingProcessError(UNGUARDED_SCRIPT_MESSAGE) from None
            raise TrainingProcessError(
                f"the training process stopped while starting ({self.exit_description})"
            ) from None

    # -- the pipe ------------------------------------------------------------------------------
    def _receive(self):
        try:
            kind, result, state = self._conn.recv()
        except (EOFError, OSError) as exc:
            self._lost()
            raise TrainingProcessError("the training process stopped unexpectedly") from exc
        if state is not None:
            self._state = state
        if kind == "error":
            if state is None:  # the session could not even be built
                self.close()
            raise result
        return result

    def _call(self, op, *args):
        if self._closed:
            raise TrainingProcessError("the training process has been closed")
        try:
            self._conn.send((op, args))
        except (OSError, ValueError) as exc:
            self._lost()
            raise TrainingProcessError("the training process stopped unexpectedly") from exc
        return self._receive()

    def _lost(self):
        self._process.join(1.0)  # the pipe closes a moment before the process is gone
        self._state = (STATUS_ERROR, "The training process stopped unexpectedly.",
                       self._state[2], self._state[3])
        self._closed = True

    def close(self, timeout: float = 2.0) -> None:
        """End the child process (asking first, then forcing). Safe to call twice."""
        if not self._closed:
            self._closed = True
            try:
                self._conn.send(("quit", ()))
                self._conn.poll(timeout)
            except (OSError, ValueError):
                pass
        self._conn.close()
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout)

    @property
    def alive(self) -> bool:
        return not self._closed and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        """The training process's id (to watch it, or to kill it in a test)."""
        return self._process.pid

    @property
    def checkpoint(self):
        """The state at the last snapshot: enough to start a new process from there."""
        return self._checkpoint

    @property
    def exit_description(self) -> str:
        """How the process ended, in words ("killed by signal 9", "exit status 1", ...)."""
        code = self._process.exitcode
        if code is None:
            return "still running" if self._process.is_alive() else "ended"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"killed by {name}"
        return f"exit status {code}"

    # -- the Session's interface ---------------------------------------------------------------
    @property
    def config(self):
        return self._config

    @property
    def status(self) -> str:
        return self._state[0]

    @property
    def message(self) -> str:
        return self._state[1]

    @property
    def epoch(self) -> int:
        return self._state[2]

    @property
    def step_count(self) -> int:
        return self._state[3]

    @property
    def running(self) -> bool:
        return self._running

    @running.setter
    def running(self, value: bool) -> None:
        self._running = bool(value)
        if not self._closed:
            self._call("set_running", self._running)

    def step(self, n_batches: int = 1) -> int:
        return self._call("step", n_batches)

    def train_continuously(self, on: bool = True) -> int:
        """Let the child train between requests (``on``) or only when asked.

        Only while ``running`` is True (switching it off stops this too); the child stops by
        itself at a stop rule, on divergence or when nothing trains (``status`` says why).
        Like ``run_for``, the first slice goes on after a stop rule. Returns the batches
        trained that way since the last call of this or :meth:`trained`.
        """
        return self._call("train_continuously", bool(on))

    def trained(self) -> int:
        """Batches the child trained on its own since the last call of this or
        :meth:`train_continuously`; the answer also brings ``status``, ``epoch``, ... up to date."""
        return self._call("trained")

    def step_epochs(self, n: int = 1) -> int:
        return self._call("step_epochs", n)

    def run_for(self, seconds: float) -> int:
        return self._call("run_for", seconds)

    def reset(self) -> None:
        self._call("reset")

    def set_weight(self, dense_index: int, row: int, col: int, value: float) -> None:
        self._call("set_weight", dense_index, row, col, value)

    def restore_last_good(self) -> bool:
        return self._call("restore_last_good")

    def restore_best(self) -> bool:
        return self._call("restore_best")

    def apply(self, config) -> bool:
        rebuilt, self._config = self._call("apply", config)
        return rebuilt

    def predict(self, points):
        return self._call("predict", points)

    def snapshot(self, grids: bool = True, resolution: int = 50,
                 map_resolution: int | None = None):
        snap, checkpoint, stride, start = self._call("snapshot", grids, resolution,
                                                     map_resolution)
        snap = self._history.join(snap, start)
        self._checkpoint = checkpoint.with_history(snap, stride)
        if snap.data is None:
            snap = replace(snap, data=self._data)
        else:
            self._data = snap.data
        return snap
