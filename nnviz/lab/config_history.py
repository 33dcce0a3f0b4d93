"""Undo and redo of experiment settings: configs are immutable values, so history is a list."""
from __future__ import annotations


class ConfigHistory:
    """Two stacks of :class:`~nnviz.lab.config.ExperimentConfig` values.

    ``record(before, after)`` after every edit; ``undo(current)`` / ``redo(current)`` return the
    config to go back (or forward) to, or None when there is none.
    """

    def __init__(self, limit: int = 200):
        self._limit = limit
        self._undo: list = []
        self._redo: list = []

    def record(self, before, after) -> None:
        if before == after:
            return
        self._undo.append(before)
        del self._undo[:-self._limit]
        self._redo.clear()

    def undo(self, current):
        if not self._undo:
            return None
        self._redo.append(current)
        return self._undo.pop()

    def redo(self, current):
        if not self._redo:
            return None
        self._undo.append(current)
        return self._redo.pop()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)
