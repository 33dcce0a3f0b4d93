"""What runs inside the training process of a :class:`~nnviz.lab.remote_session.RemoteSession`.

:func:`serve` builds the Session and answers the window's requests over the pipe. Asked to
train continuously, it trains on its own between requests, in slices of ``SLICE_SECONDS``: it
never idles while the window fetches or draws a frame, and a request waits for one slice, not
for a whole chunk it asked for. Replies are written by a thread of their own, so a big snapshot
does not hold training until the window has read it. A snapshot's grid maps are drawn by the
maps process (:mod:`nnviz.lab.maps_process`) while training goes on; that thread waits for them.
"""
from __future__ import annotations

import os
import pickle
import queue
import sys
import threading
from dataclasses import replace
from multiprocessing.reduction import ForkingPickler

from .checkpoint import capture, resume
from .child_process import settle_in
from .history_relay import HistorySender
from .maps_process import MapsHelper
from .snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_STOPPED

#: Training between requests goes in slices this long: a request waits at most about this
#: (plus the session's own ~1 ms chunk), and the pipe is polled ~1000 times a second (2 ms
#: made a frame's request wait 1.3 ms on average: [8]x6 drew 52-55 frames a second, 57-60 now).
SLICE_SECONDS = 0.001
#: A continuously training child stops by itself in these states, where a chunk would end:
#: going on would pass a stop rule (``run_for`` re-arms it) or spin on a diverged model.
_HALTING = (STATUS_STOPPED, STATUS_DIVERGED, STATUS_ERROR)
_NOTHING_TO_TRAIN_WAIT_S = 0.05
#: The child's GIL switch interval: its reply thread waits at most this long for the lock
#: between two writes into the pipe while the training loop holds it (Python's default 5 ms
#: made a [16]x8 snapshot, ~8 pipe-fulls, arrive up to 40 ms late).
_SWITCH_INTERVAL_S = 0.0005
#: Set to a file path, each training process profiles itself (cProfile) and writes its
#: statistics to ``<path>.<pid>`` when it ends (for benchmarks; ``python -m pstats`` reads them).
PROFILE_ENV = "NNVIZ_PROFILE_TRAINING"


def serve(conn, config, options, checkpoint=None, maps_conn=None) -> None:
    """The training process's main function (profiled when ``PROFILE_ENV`` is set).

    ``maps_conn``: the pipe to the maps process, if the window started one.
    """
    path = os.environ.get(PROFILE_ENV)
    if not path:
        return _answer(conn, config, options, checkpoint, maps_conn)
    import cProfile
    profile = cProfile.Profile()
    try:
        return profile.runcall(_answer, conn, config, options, checkpoint, maps_conn)
    finally:
        profile.dump_stats(f"{path}.{os.getpid()}")


class _Outbox:
    """The child's replies, written into the pipe in order by a thread of their own.

    A [16]x8 snapshot is ~1.6 MB, several pipe-fulls: written by the training loop itself, the
    loop waited (15 % of its time, measured under load) until the window had read them all.
    A reply can also be a job (:meth:`send_made`) the thread runs in its turn: one thread for
    both keeps every reply in the order of its request.
    """

    def __init__(self, conn):
        self._conn = conn
        self._queue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._write, name="nnviz-replies", daemon=True)
        self._thread.start()

    def send(self, message) -> None:
        """Queue ``message`` (pickled here, so a failure to pickle is raised here)."""
        self._queue.put(ForkingPickler.dumps(message))

    def send_made(self, make, state) -> None:
        """Queue the message ``make()`` returns, run on the reply thread in its turn; if it
        raises, the reply is that error (with ``state``)."""
        self._queue.put((make, state))

    def close(self) -> None:
        """Write everything queued, then end the thread."""
        self._queue.put(None)
        self._thread.join()

    def _write(self) -> None:
        while (data := self._queue.get()) is not None:
            if isinstance(data, tuple):
                make, state = data
                try:
                    data = ForkingPickler.dumps(make())
                except Exception as exc:
                    data = ForkingPickler.dumps(("error", _picklable(exc), state))
            try:
                self._conn.send_bytes(data)
            except (OSError, ValueError):  # the window is gone: the main loop sees it too
                return


def _answer(conn, config, options, checkpoint=None, maps_conn=None) -> None:
    """Build the Session, then answer requests until told to quit."""
    settle_in()  # Ctrl+C is the window's
    try:
        session = resume(checkpoint, config, **options)
    except Exception as exc:
        conn.send(("error", _picklable(exc), None))
        conn.close()
        return
    conn.send(("ok", None, _state(session)))
    sys.setswitchinterval(_SWITCH_INTERVAL_S)
    outbox = _Outbox(conn)
    maps = MapsHelper(maps_conn)
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
            maps.close()
            return
        if op == "quit":
            outbox.send(("ok", None, _state(session)))
            outbox.close()
            maps.close()
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
            elif op == "maps_served":
                result = maps.served
            elif op == "apply":
                result = (session.apply(args[0]), session.config)
            elif op == "snapshot":
                grids, resolution, map_resolution = args
                elsewhere = grids and maps.ready  # the maps process draws the maps
                snap = session.snapshot(grids and not elsewhere, resolution, map_resolution)
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
                if elsewhere:
                    state = _state(session)
                    outbox.send_made(maps.job(session, snap, resolution, map_resolution,
                                              _reply_with(result[1:], state)), state)
                    continue
            else:
                result = getattr(session, op)(*args)
            outbox.send(("ok", result, _state(session)))
        except Exception as exc:
            outbox.send(("error", _picklable(exc), _state(session)))


def _reply_with(rest, state):
    """The snapshot reply, once its maps are in: ``("ok", (snap, *rest), state)``."""
    return lambda snap: ("ok", (snap, *rest), state)


def _state(session):
    return session.status, session.message, session.epoch, session.step_count


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
