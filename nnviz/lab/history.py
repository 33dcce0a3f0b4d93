"""TrainingHistory: per-epoch losses and metrics for the whole run, in bounded memory."""
from __future__ import annotations

import numpy as np

COLUMNS = ("epochs", "train_loss", "test_loss", "train_metric", "test_metric")


class TrainingHistory:
    """Per-epoch records that keep the whole run visible in at most ``limit`` points.

    Records are kept for every ``stride``-th epoch (epochs 1, 1 + stride, 1 + 2·stride, ...) plus
    always the most recent epoch. When more than ``limit`` points are held the stride doubles and
    every other kept point is dropped, so the curve stays evenly sampled from the first epoch to
    the last — the start of a long run is thinned, never cut off.

    Parameters
    ----------
    limit : int
        Most points held (at least 4). The default keeps ~20k points (under 1 MB).
    """

    def __init__(self, limit: int = 20_000):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 4:
            raise ValueError(f"limit must be an integer >= 4, got {limit!r}")
        self.limit = limit
        self._data = np.empty((len(COLUMNS), limit + 1), dtype=np.float64)
        self._n = 0
        self.stride = 1

    def __len__(self) -> int:
        return self._n

    def clear(self) -> None:
        self._n = 0
        self.stride = 1

    def _on_stride(self, epoch: float) -> bool:
        return (int(epoch) - 1) % self.stride == 0

    def append(self, epoch: int, train_loss: float, test_loss: float,
               train_metric: float = float("nan"), test_metric: float = float("nan")) -> None:
        """Record one epoch (epochs count from 1 and increase)."""
        data, n = self._data, self._n
        # The newest point replaces the previous newest unless that one is on the stride grid.
        if n and not self._on_stride(data[0, n - 1]):
            n -= 1
        data[0, n] = epoch
        data[1, n] = train_loss
        data[2, n] = test_loss
        data[3, n] = train_metric
        data[4, n] = test_metric
        n += 1
        self._n = n
        if n > self.limit:
            self._thin()

    def _thin(self) -> None:
        self.stride *= 2
        n = self._n
        keep = (self._data[0, :n].astype(np.int64) - 1) % self.stride == 0
        keep[n - 1] = True  # the newest epoch always stays visible
        kept = int(keep.sum())
        self._data[:, :kept] = self._data[:, :n][:, keep]
        self._n = kept

    def column(self, name: str) -> np.ndarray:
        """A copy of one column (``"epochs"``, ``"train_loss"``, ...)."""
        return self._data[COLUMNS.index(name), :self._n].copy()

    def arrays(self) -> dict[str, np.ndarray]:
        """Copies of all columns; ``epochs`` as int64."""
        out = {name: self._data[i, :self._n].copy() for i, name in enumerate(COLUMNS)}
        out["epochs"] = out["epochs"].astype(np.int64)
        return out

    def last(self, name: str) -> float:
        return float(self._data[COLUMNS.index(name), self._n - 1]) if self._n else float("nan")

    def load(self, columns: dict, stride: int = 1) -> None:
        """Replace the records with ``columns`` (as :meth:`arrays` returns) kept at ``stride``."""
        n = len(columns["epochs"])
        if n > self.limit:
            raise ValueError(f"history of {n} points is longer than the limit {self.limit}")
        for i, name in enumerate(COLUMNS):
            self._data[i, :n] = columns[name]
        self._n = n
        self.stride = max(1, int(stride))
