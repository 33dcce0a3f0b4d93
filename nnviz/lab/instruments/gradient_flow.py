"""Gradient flow (seeds 000/002/003: 기울기 소실, exploding gradients): per-layer gradient norms
over time and each layer's distribution of activations.

The norms are the ones every snapshot carries (L2 norm of each Dense layer's kernel gradient on
a sample of the training set, :attr:`Snapshot.gradient_norms`), collected as snapshots arrive;
the activations come from the replica's ``model.trace`` over the training inputs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.lab.model_builder import structure_key

#: Norms kept per layer; older ones are thinned to every other one when the list is full.
HISTORY_LIMIT = 4000
HISTOGRAM_BINS = 30


class GradientFlow:
    """Per-layer gradient norms collected from snapshots (``add``), in step order.

    A new structure or a step count that goes back (reset, a loaded checkpoint) starts the
    history afresh.
    """

    def __init__(self, limit: int = HISTORY_LIMIT):
        self.limit = int(limit)
        self.steps: list = []
        self.norms: list = []      # one tuple of per-layer norms per step
        self._key = None
        self._serial = None

    def add(self, snapshot) -> bool:
        """Take the snapshot's norms; True when something new was recorded."""
        if snapshot is None or snapshot.serial == self._serial:
            return False
        self._serial = snapshot.serial
        norms = tuple(float(n) for n in (snapshot.gradient_norms or ()))
        if not norms:
            return False
        key = (structure_key(snapshot.config) if snapshot.config is not None else None,
               len(norms))
        if key != self._key or (self.steps and snapshot.step < self.steps[-1]):
            self.clear()
            self._key = key
        if self.steps and snapshot.step == self.steps[-1]:
            self.norms[-1] = norms  # same step (paused, an edited weight): the newest word
            return True
        self.steps.append(int(snapshot.step))
        self.norms.append(norms)
        if len(self.steps) > self.limit:
            self.steps = self.steps[::2]
            self.norms = self.norms[::2]
        return True

    def clear(self) -> None:
        self.steps, self.norms = [], []

    @property
    def n_layers(self) -> int:
        return len(self.norms[-1]) if self.norms else 0

    def series(self, layer: int) -> tuple[np.ndarray, np.ndarray]:
        """(steps, norms) of Dense layer ``layer`` (0 = first hidden)."""
        return (np.asarray(self.steps, dtype=float),
                np.asarray([n[layer] for n in self.norms], dtype=float))

    def latest(self) -> tuple:
        return self.norms[-1] if self.norms else ()

    def first_to_last_ratio(self) -> float:
        """Latest norm of the first layer over the last: ≪ 1 when gradients vanish, ≫ 1 when
        they explode (NaN when unknown)."""
        norms = self.latest()
        if len(norms) < 2 or not norms[-1] or not math.isfinite(norms[-1]):
            return float("nan")
        return norms[0] / norms[-1]


@dataclass(frozen=True)
class LayerHistogram:
    """One Dense layer's activations a over the training inputs, binned."""

    layer: int           # 1..L
    activation: str
    edges: np.ndarray
    counts: np.ndarray
    saturated: float     # share of values within 2 % of the activation's bounds (sigmoid, tanh)


#: Output ranges of the saturating activations (a value near either end has f′ ≈ 0).
BOUNDS = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0), "hard_sigmoid": (0.0, 1.0)}


def activation_histograms(network, bins: int = HISTOGRAM_BINS) -> list:
    """A LayerHistogram per Dense layer of the ready LiveNetwork ``network``."""
    points, _ = network.training_batch()
    if not len(points):
        return []
    with np.errstate(all="ignore"):
        trace = network.model.trace(network.inputs(points))
    result = []
    for d, pos in enumerate(network.dense_positions()):
        layer = network.model.layers[pos]
        values = np.asarray(trace[pos].a, dtype=np.float64).ravel()
        values = values[np.isfinite(values)]
        name = layer.activation.name
        if name in BOUNDS:
            lo, hi = BOUNDS[name]
            span = 0.02 * (hi - lo)
            saturated = float(np.mean((values < lo + span) | (values > hi - span))) \
                if len(values) else 0.0
            value_range = (lo, hi)
        else:
            saturated = 0.0
            value_range = (float(values.min()), float(values.max())) if len(values) else (0, 1)
            if value_range[0] == value_range[1]:
                value_range = (value_range[0] - 0.5, value_range[1] + 0.5)
        counts, edges = np.histogram(values, bins=bins, range=value_range)
        result.append(LayerHistogram(d + 1, name, edges, counts, saturated))
    return result
