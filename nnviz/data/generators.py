"""The built-in datasets, each one registered in ``DATASETS``.

``circle``, ``xor``, ``gauss``, ``spiral``, ``plane`` and ``multi_gauss`` reproduce TensorFlow
Playground's geometry and noise semantics (Playground's noise slider 0-50 % is our 0-0.5, its
labels +1/-1 are our 1/0). Everything lies in the plane [-6, 6]², the area the views show.

Each generator receives a seeded ``numpy.random.Generator``, the point count and the noise level
already checked by :func:`nnviz.data.spec.dataset`, and returns ``(x, y)``.
"""
from __future__ import annotations

import numpy as np

from nnviz.data.spec import (DATASETS, GATE_PLANE, PLANE, DatasetSpec, check_bool, check_k,
                             dataset, gaussian_in_plane, make_dataset, split_counts)

__all__ = ["DATASETS", "DatasetSpec", "make_dataset", "GATE_TABLE", "GATE_INPUTS"]


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    # Playground puts sin on x and cos on y; keeping that keeps the spiral turning its way.
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def _two_counts(n: int) -> tuple[int, int]:
    """Points of class 1 and class 0; class 1 gets the odd one (Playground draws it first)."""
    return n - n // 2, n // 2


# --- Playground classification -----------------------------------------------------------------

@dataset("circle", "Circle", "One class inside a circle, the other in a ring around it.",
         "binary", 2)
def _circle(rng, n, noise):
    """Class 1 uniform in radius [0, 2.5], class 0 in radius [3.5, 5].

    Noise does not move points: as in Playground each label is decided at the point shifted by
    ``uniform(-5, 5) * noise`` per axis, so noise flips labels near the circle of radius 2.5.
    """
    radius = 5.0
    n_in, n_out = _two_counts(n)
    r = np.concatenate([rng.uniform(0.0, radius * 0.5, n_in),
                        rng.uniform(radius * 0.7, radius, n_out)])
    x = _polar(r, rng.uniform(0.0, 2 * np.pi, n))
    shifted = x + rng.uniform(-radius, radius, (n, 2)) * noise
    y = np.hypot(shifted[:, 0], shifted[:, 1]) < radius * 0.5
    return x, y


@dataset("xor", "Exclusive or", "Four squares: one class where x₁ and x₂ have the same sign, "
         "the other where the signs differ.", "binary", 2, aliases=("xor_quadrants",))
def _xor(rng, n, noise):
    """Uniform in [-5, 5]², pushed 0.3 away from both axes; class 1 where x₁·x₂ ≥ 0.

    As in Playground, noise shifts the point at which the label is read (by
    ``uniform(-5, 5) * noise``), not the point itself.
    """
    x = rng.uniform(-5.0, 5.0, (n, 2))
    x += np.where(x > 0, 0.3, -0.3)  # a gap along the axes so the quadrants read clearly
    shifted = x + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    return x, shifted[:, 0] * shifted[:, 1] >= 0


def _gauss_std(noise: float) -> float:
    # Playground maps noise 0-0.5 linearly onto a variance of 0.5-4.
    return float(np.sqrt(0.5 + noise * 7.0))


@dataset("gauss", "Gaussian", "Two round clouds of points, one per class.", "binary", 2,
         aliases=("gaussian", "two_gauss"))
def _gauss(rng, n, noise):
    """Class 1 around (2, 2), class 0 around (-2, -2); noise widens the clouds.

    The variance grows from 0.5 (noise 0) to 4 (noise 0.5) as in Playground; points that would
    fall outside the plane are redrawn.
    """
    n_pos, n_neg = _two_counts(n)
    centres = np.repeat([[2.0, 2.0], [-2.0, -2.0]], [n_pos, n_neg], axis=0)
    y = np.repeat([1, 0], [n_pos, n_neg])
    return gaussian_in_plane(rng, centres, _gauss_std(noise)), y


@dataset("spiral", "Spiral", "Two arms winding around each other, one per class.", "binary", 2)
def _spiral(rng, n, noise):
    """Two arms of 1.75 turns out to radius 5; class 0 is class 1 turned by half a turn.

    Point ``i`` of an arm of ``m`` points sits at radius ``5 i / m`` and angle
    ``1.75 · 2π · i / m`` (+π for class 0); noise adds ``uniform(-1, 1) * noise`` per axis.
    """
    xs, ys = [], []
    n_pos, n_neg = _two_counts(n)
    for label, count, turn in ((1, n_pos, 0.0), (0, n_neg, np.pi)):
        step = np.arange(count) / max(count, 1)
        xs.append(_polar(step * 5.0, 1.75 * step * 2 * np.pi + turn))
        ys.append(np.full(count, label))
    x = np.concatenate(xs)
    return x + rng.uniform(-1.0, 1.0, x.shape) * noise, np.concatenate(ys)


# --- More classification -----------------------------------------------------------------------

# The classic half-moons span x in [-1, 2] and y in [-0.5, 1]; this centres and scales them to
# reach ±5.25 horizontally, the same margin Playground leaves around its datasets.
_MOON_CENTRE = np.array([0.5, 0.25])
_MOON_SCALE = 3.5


@dataset("moons", "Two moons", "Two interlocking half-moons, one per class.", "binary", 2,
         aliases=("moon", "half_moons"))
def _moons(rng, n, noise):
    """Class 0 on the upper arc (cos t, sin t), class 1 on the lower (1 − cos t, 0.5 − sin t).

    ``t`` is uniform in [0, π]. Noise is Gaussian with standard deviation ``noise`` in moon
    units (the arcs have radius 1), as in scikit-learn's ``make_moons``; redrawn if it leaves
    the plane.
    """
    n_upper, n_lower = n - n // 2, n // 2
    t = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(t[:n_upper]), np.sin(t[:n_upper])])
    lower = np.column_stack([1.0 - np.cos(t[n_upper:]), 0.5 - np.sin(t[n_upper:])])
    clean = (np.concatenate([upper, lower]) - _MOON_CENTRE) * _MOON_SCALE
    y = np.repeat([0, 1], [n_upper, n_lower])
    if noise == 0.0:
        return clean, y
    return gaussian_in_plane(rng, clean, noise * _MOON_SCALE), y


BLOB_RADIUS = 4.0


@dataset("blobs", "Blobs", "Several round clouds of points, one per class (for softmax).",
         "multiclass", 3, options={"k": 3}, aliases=("clusters",))
def _blobs(rng, n, noise, k):
    """``k`` Gaussian clouds (k = 2-6) with centres evenly spaced on a circle of radius 4.

    Class ``j`` is centred at angle ``π/2 + 2πj/k``. Classes get equal counts (earlier classes
    take the remainder). Noise widens the clouds exactly as in ``gauss``.
    """
    k = check_k(k)
    counts = split_counts(n, k)
    angles = np.pi / 2 + 2 * np.pi * np.arange(k) / k
    centres = np.column_stack([np.cos(angles), np.sin(angles)]) * BLOB_RADIUS
    return (gaussian_in_plane(rng, np.repeat(centres, counts, axis=0), _gauss_std(noise)),
            np.repeat(np.arange(k), counts))


# --- Logic gates -------------------------------------------------------------------------------

#: The truth-table inputs in the course's order: (0,0), (1,0), (0,1), (1,1).
GATE_INPUTS = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
#: Outputs of each gate for the rows of ``GATE_INPUTS``.
GATE_TABLE = {"and": (0, 0, 0, 1), "or": (0, 1, 1, 1), "nand": (1, 1, 1, 0),
              "xor_gate": (0, 1, 1, 0)}
# ``raw=False`` stretches the unit square to corners at ±3 (the common plane's scale);
# the default ``raw=True`` keeps the course's 0/1 inputs, shown in the square GATE_PLANE.
_GATE_HALF_SIDE = 3.0


def _gate_plane(raw) -> tuple[float, float]:
    return GATE_PLANE if check_bool("raw", raw) else (-PLANE, PLANE)


def _gate(rng, n, noise, raw, outputs):
    raw = check_bool("raw", raw)
    rows = np.arange(n) % 4
    x = GATE_INPUTS[rows].copy()
    spacing = 1.0
    if not raw:
        x = (x - 0.5) * (2 * _GATE_HALF_SIDE)
        spacing = 2 * _GATE_HALF_SIDE
    if n > 4 and noise > 0:
        # The first four points stay the exact truth table; copies scatter around their corner
        # with a spread of up to a quarter of the side (noise 0.5) so the corners stay apart.
        x[4:] = gaussian_in_plane(rng, x[4:], noise * spacing / 2, *_gate_plane(raw))
    return x, np.asarray(outputs)[rows]


def _register_gate(name: str, display: str, doc: str) -> None:
    outputs = GATE_TABLE[name]

    def generate(rng, n, noise, raw):
        return _gate(rng, n, noise, raw, outputs)

    generate.__doc__ = (
        f"The {display} truth table {outputs} at (0,0), (1,0), (0,1), (1,1).\n\n"
        "Corners at the raw 0/1 inputs (``raw=True``, the default, as in the course) or "
        "stretched to ±3 (``raw=False``). Points beyond "
        "the first four repeat the table with Gaussian jitter of ``noise`` × half the side; "
        "fewer than four points take the first rows of the table.")
    dataset(name, display, doc, "binary", 2, options={"raw": True}, plane=_gate_plane)(generate)


_register_gate("and", "AND gate", "The four inputs of AND: the output is 1 only when both are 1.")
_register_gate("or", "OR gate", "The four inputs of OR: the output is 1 when either one is 1.")
_register_gate("nand", "NAND gate", "The four inputs of NAND: 0 only when both inputs are 1.")
_register_gate("xor_gate", "XOR gate", "The four inputs of XOR: 1 when exactly one input is 1 — "
               "no single straight line can separate it.")


# --- Regression --------------------------------------------------------------------------------

def _uniform_plane(rng, n, noise):
    """Points uniform in the plane and, as in Playground, the spot where the target is read:
    shifted by ``uniform(-6, 6) * noise`` per axis."""
    x = rng.uniform(-6.0, 6.0, (n, 2))
    return x, x + rng.uniform(-6.0, 6.0, (n, 2)) * noise


@dataset("plane", "Plane", "The target rises steadily from one corner to the other: "
         "(x₁ + x₂) / 10.", "regression", None, aliases=("regress_plane",))
def _plane(rng, n, noise):
    """Target ``(x₁ + x₂) / 10`` (−1.2 to 1.2 without noise), read at the shifted point."""
    x, at = _uniform_plane(rng, n, noise)
    return x, (at[:, 0] + at[:, 1]) / 10.0


_GAUSSIANS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
                       [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=float)


@dataset("multi_gauss", "Multi Gaussian", "Six bumps and dips in a checkerboard; the target is "
         "the strongest one at each point.", "regression", None,
         aliases=("regress_gaussian", "multi_gaussian"))
def _multi_gauss(rng, n, noise):
    """Six cones of radius 2 at x₁ ∈ {−4, 0, 4}, x₂ = ±2.5, alternately +1 and −1 on top.

    Each cone contributes ``sign · max(0, 1 − d/2)``; the target is the contribution largest in
    absolute value (0 far from all), read at the noise-shifted point as in Playground.
    """
    x, at = _uniform_plane(rng, n, noise)
    d = np.hypot(at[:, :1] - _GAUSSIANS[:, 0], at[:, 1:] - _GAUSSIANS[:, 1])
    value = _GAUSSIANS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    strongest = np.argmax(np.abs(value), axis=1)  # first on ties, as Playground's strict ">"
    return x, value[np.arange(n), strongest]


@dataset("sine", "Sine wave", "The target waves up and down along x₁: sin(x₁); x₂ plays "
         "no part.", "regression", None, aliases=("sin",))
def _sine(rng, n, noise):
    """Target ``sin(x₁)`` (about two periods across the plane), read at the shifted x₁."""
    x, at = _uniform_plane(rng, n, noise)
    return x, np.sin(at[:, 0])

