"""The maps process: draws a snapshot's grid maps beside the training process.

The output map (200x200) and the neurons' thumbnails are the heavy part of a snapshot: one
inference pass of the whole network over 40,000 points, 60 times a second, was a third to two
thirds of the training process's time for [8]x6 and [16]x8. In a process of its own they are
drawn while the training process goes on training (a thread there would fight the training
loop for Python's lock: tried, slower).

The window's :class:`~nnviz.lab.remote_session.RemoteSession` starts both processes and joins
them with a pipe of their own. The training process sends each snapshot's weights through it
(kilobytes), with the structure (the config) whenever the Session built a new model; the maps
process answers with the maps, which the training process's reply thread puts into the
snapshot before it goes to the window (:class:`MapsHelper`). When the maps process is not up
yet, or has stopped, the training process draws the maps itself, as it did before: a snapshot
always has its maps, drawn from its own weights.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .child_process import settle_in
from .grid import GridCache
from .model_builder import build_model
from .session import _BUILD_LOCK
from .session_snapshot import grid_maps, map_request


class Replica:
    """A model with a Session's structure that draws maps from the weights it is given.

    The Session's own model keeps training, so maps come from a replica built from the same
    config and given each snapshot's weights. (A deep copy will not do: the copied layers lose
    their weights' views of the model's packed arrays.)
    """

    def __init__(self):
        self._model = None
        self._grids = GridCache()

    def build(self, structure) -> None:
        """``structure``: (config, n_inputs, n_outputs, n_train), see :func:`structure_of`."""
        config, n_inputs, n_outputs, n_train = structure
        with _BUILD_LOCK:  # its first weights come from the engine's global generator
            self._model = build_model(config, n_inputs, n_outputs, n_train=n_train)

    def maps(self, weights, request):
        """(boundary, neuron_maps, feature_maps) with ``weights`` over ``request``'s grids."""
        for live, value in zip(self._model.weights, weights, strict=True):
            np.copyto(live, value)  # (set_weights refuses a diverged model's NaNs)
        return grid_maps(self._model, self._grids, request)


def structure_of(session):
    """What a :class:`Replica` of ``session``'s current model is built from."""
    data = session._data
    return session.config, data.x_train.shape[1], data.n_outputs, data.n_train


def serve_maps(conn) -> None:
    """The maps process's main function: answer requests until the pipe closes."""
    settle_in()  # Ctrl+C is the window's
    replica = Replica()
    try:
        conn.send(("ready", None))
        while True:
            structure, weights, request = conn.recv()
            try:
                if structure is not None:
                    replica.build(structure)
                reply = ("ok", replica.maps(weights, request))
            except Exception as exc:  # e.g. a config this version cannot build
                reply = ("error", f"{type(exc).__name__}: {exc}")
            conn.send(reply)
    except (EOFError, OSError, ValueError):  # the training process is gone: so are we
        return


class MapsHelper:
    """The training process's side of the maps process (``conn`` None: there is none).

    :meth:`job` sends a snapshot's weights on the training thread and returns what the reply
    thread runs to finish the reply: wait for the maps, put them into the snapshot. Replies are
    read in the order requests were sent (one reply thread), so each snapshot gets its own.
    If the maps process stops, or answers with an error, the maps are drawn here instead.
    """

    def __init__(self, conn=None):
        self._conn = conn
        self._ready = False
        self.served = 0  # snapshots whose maps the maps process drew
        self._built_for = None  # the Session model the maps process has a replica of
        self._local = Replica()  # for a snapshot whose request the maps process lost

    @property
    def ready(self) -> bool:
        """True when the maps process has started and has not stopped."""
        if self._ready or self._conn is None:
            return self._ready
        try:
            if self._conn.poll(0):
                self._ready = self._conn.recv()[0] == "ready"
                if not self._ready:
                    self._drop()
        except (EOFError, OSError):
            self._drop()
        return self._ready

    def _drop(self) -> None:
        conn, self._conn, self._ready = self._conn, None, False
        if conn is not None:
            conn.close()

    def close(self) -> None:
        """Let the maps process end (it ends when this pipe closes)."""
        self._drop()

    def job(self, session, snap, resolution: int, map_resolution: int | None, finish):
        """Ask for ``snap``'s maps (``snap`` taken without them, from ``session`` now);
        returns a callable for the reply thread: it waits for the maps and returns
        ``finish(snap with its maps)``. Call only when :attr:`ready`."""
        request, structure = map_request(session, resolution, map_resolution), \
            structure_of(session)
        rebuilt = self._built_for is not session.model
        try:
            self._conn.send((structure if rebuilt else None, snap.weights, request))
            self._built_for = session.model
        except (OSError, ValueError, AttributeError):
            self._drop()
            return lambda: finish(self._drawn_here(structure, snap, request))

        def make():
            try:
                kind, payload = self._conn.recv()
            except (EOFError, OSError, AttributeError):
                kind, payload = "lost", None
            if kind != "ok":
                self._drop()
                self._built_for = None
                return finish(self._drawn_here(structure, snap, request))
            self.served += 1
            return finish(_with_maps(snap, payload))
        return make

    def _drawn_here(self, structure, snap, request):
        self._local.build(structure)
        return _with_maps(snap, self._local.maps(snap.weights, request))


def _with_maps(snap, maps):
    boundary, neuron_maps, feature_maps = maps
    return replace(snap, boundary=boundary, neuron_maps=neuron_maps, feature_maps=feature_maps)
