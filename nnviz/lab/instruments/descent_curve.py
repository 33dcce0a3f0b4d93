"""Gradient descent on a 1-D loss curve: a ball, a learning rate, and where it ends up.

The step is the engine's :class:`~nnviz.engine.optimizers.SGD` applied to the one-number
"weight" x with the curve's analytic derivative, exactly as training updates a weight.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.engine.optimizers import SGD

#: |x| beyond this, or a non-finite loss, counts as diverged (the ball left the picture for good).
ESCAPE = 1e6
#: A gradient smaller than this counts as "arrived at a minimum".
FLAT = 1e-4


@dataclass(frozen=True)
class Curve:
    """A loss curve ``f(x)`` with its derivative, a view range and a start."""

    name: str
    function: Callable
    derivative: Callable
    x_range: tuple
    start: float
    minima: tuple          # x of each minimum, the global one first


def _bowl(x):
    return x * x


def _two_valleys(x):
    return 0.25 * x ** 4 - x ** 2 + 0.25 * x


def _two_valleys_slope(x):
    return x ** 3 - 2 * x + 0.25


def _plateau(x):
    return 2.0 * (1.0 - np.exp(-0.5 * x * x)) + 0.005 * x * x


def _plateau_slope(x):
    return 2.0 * x * np.exp(-0.5 * x * x) + 0.01 * x


CURVES = {
    "bowl": Curve("bowl", _bowl, lambda x: 2.0 * x, (-3.0, 3.0), 2.5, (0.0,)),
    # x³ − 2x + 0.25 = 0 at x ≈ −1.473 (global), 0.1256 (a hill top), 1.347 (local)
    "two_valleys": Curve("two_valleys", _two_valleys, _two_valleys_slope, (-2.3, 2.3), 2.0,
                         (-1.4730, 1.3473)),
    "plateau": Curve("plateau", _plateau, _plateau_slope, (-6.0, 6.0), 5.0, (0.0,)),
}

CRAWLING, CONVERGED, OVERSHOOTING, DIVERGED, STUCK_LOCAL, RUNNING = (
    "crawling", "converged", "overshooting", "diverged", "local_minimum", "running")


class GradientDescent1D:
    """A ball at ``x`` on ``curve`` moved by SGD with ``learning_rate``; keeps every position."""

    def __init__(self, curve="bowl", learning_rate=0.1, start=None):
        if curve not in CURVES:
            raise ValueError(f"curve must be one of {', '.join(CURVES)}, got {curve!r}")
        if not (isinstance(learning_rate, (int, float)) and learning_rate > 0):
            raise ValueError(f"learning_rate must be a positive number, got {learning_rate!r}")
        self.curve = CURVES[curve]
        self.learning_rate = float(learning_rate)
        self.start = float(self.curve.start if start is None else start)
        if not math.isfinite(self.start):
            raise ValueError(f"start must be a finite number, got {start!r}")
        self.reset()

    def reset(self) -> None:
        self._x = np.array([self.start])
        self._optimizer = SGD(learning_rate=self.learning_rate)
        self.path = [self.start]

    @property
    def x(self) -> float:
        return float(self._x[0])

    @property
    def steps(self) -> int:
        return len(self.path) - 1

    def loss(self, x=None) -> float:
        with np.errstate(over="ignore", invalid="ignore"):
            return float(self.curve.function(np.float64(self.x if x is None else x)))

    def slope(self, x=None) -> float:
        with np.errstate(over="ignore", invalid="ignore"):
            return float(self.curve.derivative(np.float64(self.x if x is None else x)))

    @property
    def diverged(self) -> bool:
        return not math.isfinite(self.x) or abs(self.x) > ESCAPE or not math.isfinite(self.loss())

    def step(self) -> float:
        """One update ``x ← x − lr·f′(x)`` (nothing once diverged); returns the new x."""
        if self.diverged:
            return self.x
        grad = np.array([self.slope()])
        with np.errstate(over="ignore", invalid="ignore"):
            self._optimizer.apply([self._x], [grad])
        self.path.append(self.x)
        return self.x

    def run(self, steps: int) -> float:
        for _ in range(steps):
            self.step()
        return self.x

    def regime(self) -> str:
        """What the ball is doing: crawling, converged, overshooting, diverged, ..."""
        if self.diverged:
            return DIVERGED
        if len(self.path) < 3:
            return RUNNING
        moves = np.diff(self.path[-6:])
        x_range = self.curve.x_range[1] - self.curve.x_range[0]
        recent = np.abs(np.asarray(self.path[-6:]))
        if len(self.path) >= 4 and recent[-1] > 2 * max(recent[0], 1e-12) and recent[-1] > x_range:
            return DIVERGED
        if abs(self.slope()) < FLAT:
            near_global = abs(self.x - self.curve.minima[0]) < 0.05 * x_range
            return CONVERGED if near_global else STUCK_LOCAL
        if len(moves) >= 2 and np.all(np.sign(moves[1:]) != np.sign(moves[:-1])):
            return OVERSHOOTING
        if np.max(np.abs(moves)) < 0.002 * x_range:
            return CRAWLING
        return RUNNING
