"""f(x) and f′(x) of every activation in the engine's registry, and softmax's overflow (seed 004).

The values and derivatives come from the engine's :class:`~nnviz.engine.activations.Activation`
objects (``forward`` and ``backward`` with dL/da = 1); nothing is re-derived here.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.engine.activations import ACTIVATIONS

#: Where |f′(x)| is below this, a gradient passing through the neuron all but vanishes.
NEAR_ZERO = 0.05
#: Softmax couples the units of a vector: it has no one-number curve to draw.
VECTOR_ONLY = ("softmax",)
SEED_VECTOR = (1010.0, 1000.0, 990.0)


def curve_names() -> list[str]:
    """Activations that map one number to one number, in registry order."""
    return [n for n in ACTIVATIONS.names() if n not in VECTOR_ONLY]


@dataclass(frozen=True)
class ActivationCurve:
    name: str
    x: np.ndarray
    value: np.ndarray       # f(x)
    slope: np.ndarray       # f′(x)
    flat_regions: tuple     # ((x_from, x_to), ...) where |f′| < NEAR_ZERO

    @property
    def max_slope(self) -> float:
        return float(np.max(np.abs(self.slope)))

    def through_layers(self, layers: int) -> float:
        """The largest factor f′ can contribute through ``layers`` such neurons in a row."""
        return self.max_slope ** layers


def activation_curve(name: str, x_min=-6.0, x_max=6.0, points=601) -> ActivationCurve:
    act = ACTIVATIONS.get(name)
    x = np.linspace(x_min, x_max, points)
    a = act.forward(x.copy())
    slope = act.backward(x, a, np.ones_like(x))
    return ActivationCurve(name, x, np.asarray(a, float), np.asarray(slope, float),
                           flat_regions(x, slope))


def flat_regions(x: np.ndarray, slope: np.ndarray, threshold=NEAR_ZERO) -> tuple:
    """Intervals of ``x`` where ``|slope| < threshold``."""
    flat = np.abs(slope) < threshold
    regions, begin = [], None
    for xi, f in zip(x, flat):
        if f and begin is None:
            begin = xi
        elif not f and begin is not None:
            regions.append((float(begin), float(xi)))
            begin = None
    if begin is not None:
        regions.append((float(begin), float(x[-1])))
    return tuple(regions)


@dataclass(frozen=True)
class SoftmaxDemo:
    """Softmax of one vector computed naively and with the maximum subtracted."""

    z: np.ndarray
    naive_exp: np.ndarray      # e^z: overflows to inf for z > ~709
    naive: np.ndarray          # e^z / Σ e^z: inf / inf = NaN
    shifted: np.ndarray        # z − max(z)
    stable_exp: np.ndarray     # e^(z − max): at most 1, never overflows
    stable: np.ndarray         # the engine's softmax

    @property
    def naive_failed(self) -> bool:
        return not np.isfinite(self.naive).all()


def softmax_demo(values) -> SoftmaxDemo:
    """Both ways for ``values``; ``ValueError`` for an empty or non-finite vector."""
    z = np.asarray(values, dtype=np.float64).reshape(-1)
    if z.size == 0 or not np.isfinite(z).all():
        raise ValueError(f"softmax needs at least one finite number, got {list(values)!r}")
    with np.errstate(over="ignore", invalid="ignore"):
        # The textbook formula as written, to show why nobody computes it this way.
        naive_exp = np.exp(z)
        naive = naive_exp / naive_exp.sum()
    shifted = z - z.max()
    stable = ACTIVATIONS.get("softmax").forward(z.reshape(1, -1)).reshape(-1)
    return SoftmaxDemo(z, naive_exp, naive, shifted, np.exp(shifted), stable)
