"""Squared error against binary cross-entropy, as functions of the prediction (seeds 002/004).

Values and gradients are the engine's :mod:`~nnviz.engine.losses`; the batch mean is the
engine's ``Loss.mean`` (seed 004's 평균 손실: the sum over N samples divided by N).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.engine.losses import LOSSES, Loss

#: The two losses compared side by side; the squared error is selectable (course or Keras).
SQUARED_ERRORS = ("sum_squared_error", "mean_squared_error")
CROSS_ENTROPY = "binary_crossentropy"
#: A small batch to start from: two good answers, one unsure, one confidently wrong.
DEFAULT_BATCH = ((0.9, 1.0), (0.2, 0.0), (0.6, 1.0), (0.95, 0.0))
MAX_BATCH = 12


def loss(name: str) -> Loss:
    return LOSSES.get(name)


def per_sample(name: str, prediction, target) -> np.ndarray:
    """The engine's loss for each prediction (one output unit per sample)."""
    p = np.asarray(prediction, dtype=np.float64).reshape(-1, 1)
    t = np.broadcast_to(np.asarray(target, dtype=np.float64), p.shape[:1]).reshape(-1, 1)
    return np.asarray(loss(name)(t, p), dtype=np.float64)


def slope(name: str, prediction, target) -> np.ndarray:
    """dL/dy for each prediction as a single sample.

    The engine's ``gradient`` is that of the batch mean, 1/N of each sample's; times N gives
    each sample's own slope.
    """
    p = np.asarray(prediction, dtype=np.float64).reshape(-1, 1)
    t = np.broadcast_to(np.asarray(target, dtype=np.float64), p.shape[:1]).reshape(-1, 1)
    return np.asarray(loss(name).gradient(t, p), dtype=np.float64).reshape(-1) * p.shape[0]


@dataclass(frozen=True)
class LossCurves:
    prediction: np.ndarray
    target: float
    values: dict        # loss name -> L(prediction)
    slopes: dict        # loss name -> dL/dprediction


def loss_curves(target: float, names, points=399) -> LossCurves:
    """Each loss over predictions in (0, 1) for one target."""
    p = np.linspace(0.0025, 0.9975, points)
    return LossCurves(p, float(target), {n: per_sample(n, p, target) for n in names},
                      {n: slope(n, p, target) for n in names})


@dataclass(frozen=True)
class BatchLoss:
    per_sample: np.ndarray
    mean: float


def batch_loss(name: str, rows) -> BatchLoss:
    """Per-sample losses and their mean over ``rows`` of (prediction, target)."""
    rows = np.asarray(rows, dtype=np.float64).reshape(-1, 2)
    if rows.shape[0] == 0:
        raise ValueError("the batch needs at least one (prediction, target) row")
    if not np.isfinite(rows).all():
        raise ValueError("every prediction and target must be a finite number")
    p, t = rows[:, :1], rows[:, 1:]
    return BatchLoss(np.asarray(loss(name)(t, p), dtype=np.float64), loss(name).mean(t, p))
