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
requests instead of one request per chunk (the child's side: :mod:`nnviz.lab.training_process`).
It stops by itself where a chunk would have (a stop rule, divergence) and when ``running`` is
switched off.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from dataclasses import replace

from .history_relay import HistoryReceiver
from .maps_process import serve_maps
from .snapshot import STATUS_ERROR
from .training_process import PROFILE_ENV, serve  # noqa: F401 - PROFILE_ENV: part of the API

_CONTEXT = multiprocessing.get_context("spawn")  # fork after Qt has started is unsafe
_START_TIMEOUT_S = 60.0
#: A child that is alive but has not answered a call for this long (stopped with SIGSTOP,
#: deadlocked, swapped out) is killed and counts as stopped, so it is restarted like a dead
#: one. Its longest honest answers (a rebuild on a big CSV, many epochs in one step) take
#: seconds.
REPLY_TIMEOUT_S = 30.0
#: ``1`` or ``0`` here: a maps process or none, whatever the machine (see
#: :func:`maps_process_by_default`).
MAPS_PROCESS_ENV = "NNVIZ_MAPS_PROCESS"
#: From this many CPUs on, the window, the training and the maps each get one.
MAPS_PROCESS_MIN_CPUS = 3
#: Exit status of a training process that found itself running the window's script (see
#: :func:`leave_if_importing_main`).
UNGUARDED_SCRIPT_EXIT = 3
UNGUARDED_SCRIPT_MESSAGE = (
    "the script that opens the window has no 'if __name__ == \"__main__\":' guard, so a new "
    "process would run the whole script again")


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity where the system says, else all)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def maps_process_by_default() -> bool:
    """Whether a RemoteSession starts a maps process when not told.

    Yes from ``MAPS_PROCESS_MIN_CPUS`` CPUs on, unless ``NNVIZ_MAPS_PROCESS`` says otherwise.
    On two CPUs the window, the training and the maps took turns: measured with
    ``benchmarks/gui_fps.py`` ([16]x8, 7 features), training went from 104-223 to 178-242
    epochs/s but frames from 45 to 29-38 a second, and the window answered later (p99 timer
    lateness 18 -> 40 ms); drawing the maps in the training process keeps the window smooth.
    """
    setting = os.environ.get(MAPS_PROCESS_ENV, "").strip()
    if setting in ("0", "1"):
        return setting == "1"
    return usable_cpus() >= MAPS_PROCESS_MIN_CPUS


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


class RemoteSession:
    """A Session in a child process, used exactly like one.

    Parameters
    ----------
    config : ExperimentConfig
    checkpoint : SessionCheckpoint, optional
        Continue from this state (e.g. the last checkpoint of a process that died), then run
        ``config``; see :func:`nnviz.lab.checkpoint.resume`.
    maps_process : bool, optional
        Also start a process that draws the snapshots' grid maps while the child trains
        (:mod:`nnviz.lab.maps_process`); without it (or until it is up, or after it stopped)
        the child draws them itself. By default: :func:`maps_process_by_default`.
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

    def __init__(self, config, checkpoint=None, maps_process=None, **options):
        if maps_process is None:
            maps_process = maps_process_by_default()
        self._conn, child = _CONTEXT.Pipe()
        maps_here, maps_there = _CONTEXT.Pipe() if maps_process else (None, None)
        self._process = _CONTEXT.Process(target=serve,
                                         args=(child, config, options, checkpoint, maps_here),
                                         name="nnviz-training", daemon=True)
        self._maps_process = None if maps_there is None else _CONTEXT.Process(
            target=serve_maps, args=(maps_there,), name="nnviz-maps", daemon=True)
        self._config = config
        self._data = None
        self._history = HistoryReceiver()
        self._running = False
        self._state = ("idle", "", 0, 0)
        self._closed = False
        self._silent_for = None  # seconds without an answer, once it was killed for that
        self._checkpoint = checkpoint
        try:
            self._process.start()
            if self._maps_process is not None:
                try:
                    self._maps_process.start()
                except Exception:  # the child draws the maps itself
                    self._maps_process = None
        finally:
            for end in (child, maps_here, maps_there):
                if end is not None:
                    end.close()
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
            # poll returns as soon as an answer (or the end of the pipe) is there
            if not self._conn.poll(REPLY_TIMEOUT_S):
                self._silent_for = REPLY_TIMEOUT_S
                self.kill()
            kind, result, state = self._conn.recv()
        except (EOFError, OSError) as exc:
            self._lost()
            raise TrainingProcessError("the training process stopped answering"
                                       if self._silent_for else
                                       "the training process stopped unexpectedly") from exc
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
        for process in (self._process, self._maps_process):  # the maps process ends with
            if process is None or process.pid is None:      # its pipe to the child
                continue
            process.join(timeout)
            if process.is_alive():
                process.terminate()
                process.join(timeout)
            if process.is_alive():  # stopped (SIGSTOP) processes ignore SIGTERM until resumed
                process.kill()
                process.join(timeout)

    def kill(self) -> None:
        """End the processes at once, from any thread: a call waiting for an answer then
        raises TrainingProcessError. ``close`` is still needed to release the pipe."""
        for process in (self._process, self._maps_process):
            if process is not None and process.pid is not None and process.is_alive():
                process.kill()

    @property
    def alive(self) -> bool:
        return not self._closed and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        """The training process's id (to watch it, or to kill it in a test)."""
        return self._process.pid

    @property
    def maps_pid(self) -> int | None:
        """The maps process's id (None without one)."""
        return None if self._maps_process is None else self._maps_process.pid

    @property
    def maps_alive(self) -> bool:
        """True while the maps process runs (it ends with the training process)."""
        return self._maps_process is not None and self._maps_process.is_alive()

    def maps_served(self) -> int:
        """How many snapshots so far had their maps drawn by the maps process."""
        return self._call("maps_served")

    @property
    def checkpoint(self):
        """The state at the last snapshot: enough to start a new process from there."""
        return self._checkpoint

    @property
    def exit_description(self) -> str:
        """How the process ended, in words ("killed by signal 9", "exit status 1", ...)."""
        code = self._process.exitcode
        if self._silent_for:
            return f"killed after not answering for {self._silent_for:g} s"
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

    def start_over(self) -> None:
        self._call("start_over")

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
