"""Six optimizers race down a 2-D loss surface (seed 003).

Each racer is one of the engine's optimizer classes applied to a two-number "weight" ``(x, y)``
with the surface's analytic gradient: the same ``apply(params, grads)`` that training calls.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.engine.optimizers import SGD, Adagrad, Adam, Optimizer, RMSprop

#: A racer whose position leaves this box (or becomes NaN) has diverged and stops.
ESCAPE = 1e4


@dataclass(frozen=True)
class Surface:
    """``f(x, y)`` with its gradient, the box to draw and a start point."""

    name: str
    function: Callable      # f(x, y) on arrays
    gradient: Callable      # (x, y) -> (df/dx, df/dy)
    x_range: tuple
    y_range: tuple
    start: tuple
    minimum: tuple          # where the (global) minimum is, for the marker


def _rosen(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def _rosen_grad(x, y):
    return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))


def _bumpy(x, y):
    return 0.1 * (x * x + y * y) - np.cos(2 * x) * np.cos(2 * y) + 1


def _bumpy_grad(x, y):
    return (0.2 * x + 2 * np.sin(2 * x) * np.cos(2 * y), 0.2 * y + 2 * np.cos(2 * x) * np.sin(2 * y))


SURFACES = {
    "bowl": Surface("bowl", lambda x, y: x * x + y * y, lambda x, y: (2 * x, 2 * y),
                    (-3, 3), (-3, 3), (-2.5, 2.0), (0, 0)),
    "valley": Surface("valley", lambda x, y: 0.05 * x * x + 2 * y * y,
                      lambda x, y: (0.1 * x, 4 * y), (-6, 6), (-3, 3), (-5.5, 2.0), (0, 0)),
    "rosenbrock": Surface("rosenbrock", _rosen, _rosen_grad, (-2, 2), (-1, 3), (-1.5, 2.5), (1, 1)),
    # x² − y² near the middle (a saddle at 0, 0), walled by y⁴/4: minima at (0, ±√2)
    "saddle": Surface("saddle", lambda x, y: x * x - y * y + 0.25 * y ** 4,
                      lambda x, y: (2 * x, -2 * y + y ** 3), (-3, 3), (-2.5, 2.5), (-2.5, 0.01),
                      (0, math.sqrt(2))),
    "bumpy": Surface("bumpy", _bumpy, _bumpy_grad, (-4, 4), (-4, 4), (-3.6, 3.4), (0, 0)),
}

#: Racer name -> (engine optimizer factory from a learning rate, default learning rate).
RACERS = {
    "sgd": (lambda lr: SGD(learning_rate=lr), 0.05),
    "momentum": (lambda lr: SGD(learning_rate=lr, momentum=0.9), 0.01),
    "nag": (lambda lr: SGD(learning_rate=lr, momentum=0.9, nesterov=True), 0.01),
    "adagrad": (lambda lr: Adagrad(learning_rate=lr), 0.5),
    "rmsprop": (lambda lr: RMSprop(learning_rate=lr), 0.05),
    "adam": (lambda lr: Adam(learning_rate=lr), 0.1),
}
#: Learning rates that make the race interesting on a surface with a steep wall.
SURFACE_RATES = {
    "rosenbrock": {"sgd": 0.002, "momentum": 0.001, "nag": 0.001, "adagrad": 0.5,
                   "rmsprop": 0.02, "adam": 0.1},
    # momentum rolls over the bumps into the middle; the others settle in the nearest dip
    "bumpy": {"momentum": 0.05, "nag": 0.05, "rmsprop": 0.1, "adam": 0.2},
}


def default_learning_rate(racer: str, surface: str) -> float:
    return SURFACE_RATES.get(surface, {}).get(racer, RACERS[racer][1])


class Racer:
    """One optimizer's run: position, trail, steps, loss."""

    def __init__(self, name: str, surface: Surface, start, learning_rate: float):
        self.name = name
        self.surface = surface
        self.learning_rate = float(learning_rate)
        self.optimizer: Optimizer = RACERS[name][0](self.learning_rate)
        self.position = np.array(start, dtype=np.float64)
        self.trail = [tuple(self.position)]

    @property
    def steps(self) -> int:
        return len(self.trail) - 1

    @property
    def loss(self) -> float:
        with np.errstate(all="ignore"):
            return float(self.surface.function(*self.position))

    @property
    def diverged(self) -> bool:
        return not np.isfinite(self.position).all() or np.abs(self.position).max() > ESCAPE \
            or not math.isfinite(self.loss)

    def gradient(self) -> np.ndarray:
        with np.errstate(all="ignore"):
            return np.array(self.surface.gradient(*self.position), dtype=np.float64)

    def step(self) -> None:
        if self.diverged:
            return
        with np.errstate(all="ignore"):
            self.optimizer.apply([self.position], [self.gradient()])
        self.trail.append(tuple(self.position))


class OptimizerRace:
    """All racers on one surface from one start.

    Parameters
    ----------
    surface : str
        A key of ``SURFACES``.
    start : (float, float), optional
        The surface's own start when omitted.
    learning_rates : dict, optional
        Racer name -> learning rate; each racer's default otherwise.
    """

    def __init__(self, surface="bowl", start=None, learning_rates=None):
        if surface not in SURFACES:
            raise ValueError(f"surface must be one of {', '.join(SURFACES)}, got {surface!r}")
        self.surface = SURFACES[surface]
        self.start = tuple(float(v) for v in (start if start is not None else self.surface.start))
        if len(self.start) != 2 or not all(math.isfinite(v) for v in self.start):
            raise ValueError(f"start must be two finite numbers, got {start!r}")
        rates = {n: default_learning_rate(n, surface) for n in RACERS}
        for name, lr in (learning_rates or {}).items():
            if name not in RACERS:
                raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(RACERS)}")
            if not (isinstance(lr, (int, float)) and lr > 0):
                raise ValueError(f"learning rate of {name} must be positive, got {lr!r}")
            rates[name] = float(lr)
        self.learning_rates = rates
        self.reset()

    def reset(self) -> None:
        self.racers = {n: Racer(n, self.surface, self.start, self.learning_rates[n])
                       for n in RACERS}

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            for racer in self.racers.values():
                racer.step()
