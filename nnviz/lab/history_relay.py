"""Sending a snapshot's history across the pipe in increments, not whole every frame.

The history grows by a row an epoch and holds up to 20,000 rows: sent whole with every
snapshot it was up to 800 kB pickled 60 times a second on each side of the pipe. Between two
snapshots only its tail changes — new rows, and the newest row of the previous snapshot, which
:class:`~nnviz.lab.history.TrainingHistory` replaces unless it lies on the stride grid — until
the stride doubles (thinning rewrites every row) or the history restarts. So the training
process sends the rows from the last one the window already holds onwards, and the window
joins them to its copy; a thinning or a restart sends everything again.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .history import COLUMNS


class HistorySender:
    """The training process's side: what the window holds, and the part it lacks."""

    def __init__(self):
        self._stride = None
        self._rows = 0

    def trim(self, snap, stride: int):
        """``(snapshot with only the new tail of each column, start row of that tail)``."""
        rows = len(snap.epochs)
        # Keep the previous newest row out of what the window may reuse: it may be replaced.
        start = self._rows - 1 if stride == self._stride and rows >= self._rows > 0 else 0
        self._stride, self._rows = stride, rows
        if start <= 0:
            return snap, 0
        return replace(snap, **{name: getattr(snap, name)[start:] for name in COLUMNS}), start


class HistoryReceiver:
    """The window's side: the whole columns, rebuilt from the increments."""

    def __init__(self):
        self._columns = None

    def join(self, snap, start: int):
        """``snap`` with whole history columns (``start`` as :meth:`HistorySender.trim` gave)."""
        if start == 0 or self._columns is None:
            whole = snap
        else:
            whole = replace(snap, **{
                name: np.concatenate((self._columns[name][:start], getattr(snap, name)))
                for name in COLUMNS})
        self._columns = {name: getattr(whole, name) for name in COLUMNS}
        return whole
