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
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
from dataclasses import replace

from .snapshot import STATUS_ERROR

_CONTEXT = multiprocessing.get_context("spawn")  # fork after Qt has started is unsafe
_START_TIMEOUT_S = 60.0


class TrainingProcessError(RuntimeError):
    """The training process stopped or could not be reached."""


def _serve(conn, config, options) -> None:
    """The child's loop: build the Session, then answer requests until told to quit."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    from .session import Session
    try:
        session = Session(config, **options)
    except Exception as exc:
        conn.send(("error", _picklable(exc), None))
        conn.close()
        return
    conn.send(("ok", None, _state(session)))
    sent_data = None
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        if op == "quit":
            conn.send(("ok", None, _state(session)))
            return
        try:
            if op == "set_running":
                session.running = bool(args[0])
                result = None
            elif op == "apply":
                result = (session.apply(args[0]), session.config)
            elif op == "snapshot":
                result = session.snapshot(*args)
                # The points go across once; the parent re-attaches its copy, so views can keep
                # telling "same data" by identity.
                if result.data is sent_data:
                    result = replace(result, data=None)
                else:
                    sent_data = result.data
            else:
                result = getattr(session, op)(*args)
            conn.send(("ok", result, _state(session)))
        except Exception as exc:
            conn.send(("error", _picklable(exc), _state(session)))


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

    def __init__(self, config, **options):
        self._conn, child = _CONTEXT.Pipe()
        self._process = _CONTEXT.Process(target=_serve, args=(child, config, options),
                                         name="nnviz-training", daemon=True)
        self._process.start()
        child.close()
        self._config = config
        self._data = None
        self._running = False
        self._state = ("idle", "", 0, 0)
        self._closed = False
        if not self._conn.poll(_START_TIMEOUT_S):
            self.close()
            raise TrainingProcessError("the training process did not start")
        self._receive()

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

    def apply(self, config) -> bool:
        rebuilt, self._config = self._call("apply", config)
        return rebuilt

    def predict(self, points):
        return self._call("predict", points)

    def snapshot(self, grids: bool = True, resolution: int = 50,
                 map_resolution: int | None = None):
        snap = self._call("snapshot", grids, resolution, map_resolution)
        if snap.data is None:
            snap = replace(snap, data=self._data)
        else:
            self._data = snap.data
        return snap
