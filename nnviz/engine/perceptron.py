"""Rosenblatt's perceptron, as the course teaches it.

The bias is a weight ``w0`` on a constant input ``x0 = -1``; the output is the step function of
the weighted sum; after each sample, in order, ``w += learning_rate * (target - output) * x``.
Every visit is recorded in ``history`` so the app can replay the learning step by step.
"""
from __future__ import annotations

import numbers
from dataclasses import dataclass

import numpy as np

from . import backend

BIAS_INPUT = -1.0


@dataclass(frozen=True)
class PerceptronUpdate:
    """One sample visited during ``fit`` (whether or not it changed the weights)."""

    epoch: int
    index: int
    inputs: np.ndarray          # with x0 = -1 first
    target: float
    output: float
    error: float
    weights_before: np.ndarray
    weights_after: np.ndarray

    @property
    def changed(self) -> bool:
        return self.error != 0


class Perceptron:
    """A single neuron with a step activation, trained by the perceptron rule.

    Parameters
    ----------
    weights : array-like, optional
        ``[w0, w1, ..., wn]``; ``w0`` multiplies the bias input ``x0 = -1``.
    learning_rate : float
        Step size of each update.
    n_inputs : int, optional
        Number of inputs when ``weights`` is not given (weights then start small and random).
    seed : int, optional
        Seed for those random starting weights.
    """

    def __init__(self, weights=None, learning_rate=0.1, n_inputs=None, seed=None):
        if isinstance(learning_rate, bool) or not isinstance(learning_rate, numbers.Real) \
                or not learning_rate > 0:
            raise ValueError(f"learning_rate must be a positive number, got {learning_rate!r}")
        self.learning_rate = float(learning_rate)
        if weights is not None:
            w = backend.to_array(weights, "weights", dtype=np.float64).reshape(-1)
            if w.size < 2:
                raise ValueError(f"weights must hold w0 (bias) and at least one input weight, "
                                 f"got {w.size} value(s)")
            self.weights = w.copy()
        elif n_inputs is not None:
            if isinstance(n_inputs, bool) or not isinstance(n_inputs, numbers.Integral) \
                    or n_inputs < 1:
                raise ValueError(f"n_inputs must be a positive integer, got {n_inputs!r}")
            self.weights = backend.generator(seed).uniform(-0.5, 0.5, int(n_inputs) + 1)
        else:
            self.weights = None  # sized on the first fit
        self._seed = seed
        self.history: list[PerceptronUpdate] = []
        self.epochs_run = 0

    @staticmethod
    def step(k):
        """1 if k > 0 else 0."""
        return (np.asarray(k) > 0).astype(np.int64)

    def _extend(self, x):
        x = backend.to_array(x, "x", dtype=np.float64)
        if x.ndim == 1:
            x = x.reshape(1, -1)
        if x.ndim != 2:
            raise ValueError(f"x must be 2-D (samples, inputs), got shape {x.shape}")
        if self.weights is None:
            self.weights = backend.generator(self._seed).uniform(-0.5, 0.5, x.shape[1] + 1)
        if x.shape[1] != self.weights.size - 1:
            raise ValueError(f"x has {x.shape[1]} columns but the perceptron has "
                             f"{self.weights.size - 1} input weights")
        return np.hstack([np.full((x.shape[0], 1), BIAS_INPUT), x])

    def net_input(self, x):
        """The weighted sums ``k = x_ext . w`` for each sample."""
        return self._extend(x) @ self.weights

    def predict(self, x):
        return self.step(self.net_input(x))

    def fit(self, x, y, epochs=1):
        """Visit the samples in order ``epochs`` times, updating after each wrong output."""
        xe = self._extend(x)
        t = backend.to_array(y, "y", dtype=np.float64).reshape(-1)
        if t.size != xe.shape[0]:
            raise ValueError(f"x and y must have the same number of samples, got x: "
                             f"{xe.shape[0]}, y: {t.size}")
        if not np.isin(t, (0, 1)).all():
            raise ValueError(f"y must hold 0/1 targets for a perceptron, got {np.unique(t)}")
        if isinstance(epochs, bool) or not isinstance(epochs, numbers.Integral) or epochs < 0:
            raise ValueError(f"epochs must be a non-negative integer, got {epochs!r}")
        for _ in range(int(epochs)):
            epoch = self.epochs_run
            for i in range(xe.shape[0]):
                before = self.weights.copy()
                output = float(self.step(xe[i] @ self.weights))
                error = t[i] - output
                if error != 0:
                    self.weights = self.weights + self.learning_rate * error * xe[i]
                self.history.append(PerceptronUpdate(epoch, i, xe[i].copy(), float(t[i]), output,
                                                     float(error), before, self.weights.copy()))
            self.epochs_run += 1
        return self

    def score(self, x, y) -> float:
        """Share of samples classified correctly."""
        return float(np.mean(self.predict(x) == np.asarray(y).reshape(-1)))
