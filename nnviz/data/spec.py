"""What a dataset is (:class:`DatasetSpec`), the ``DATASETS`` registry and argument checks.

The generators themselves live in :mod:`nnviz.data.generators`; this module holds what every
generator shares so that each one is a single decorated function.
"""
from __future__ import annotations

import math
import numbers
import operator
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from nnviz.engine.registry import Registry

#: Every dataset the app, the lessons and the CLI can offer, by canonical name.
DATASETS = Registry("dataset")

PROBLEMS = ("binary", "multiclass", "regression")
#: Generated points lie in the square [-PLANE, PLANE]², the area the boundary view shows.
PLANE = 6.0
MAX_POINTS = 100_000
MAX_NOISE = 0.5
MIN_CLASSES, MAX_CLASSES = 2, 6
#: The square around the logic gates' 0/1 corners that the views show (half a unit of margin).
GATE_PLANE = (-0.5, 1.5)


@dataclass(frozen=True)
class DatasetSpec:
    """One registered dataset.

    Parameters
    ----------
    name : str
        Canonical registry name, e.g. ``"spiral"``.
    make : callable
        ``make(n_points, noise=0.0, seed=0, **options) -> (x, y)``. ``x`` is float64 of shape
        ``(n_points, 2)`` inside ``[-6, 6]²``; ``y`` is int64 class ids of shape ``(n_points,)``
        for classification and float64 of shape ``(n_points,)`` for regression.
    problem : {"binary", "multiclass", "regression"}
    n_classes : int or None
        Number of classes with the default options (``None`` for regression).
        Use :meth:`classes_for` when options can change it (``blobs`` with ``k``).
    options : tuple of (str, object)
        Extra keyword options ``make`` accepts and their defaults, e.g. ``(("k", 3),)``.
    plane : callable or None
        ``plane(**options) -> (low, high)``: the square ``[low, high]²`` the points lie in and
        the views show; ``None`` means the common plane ``[-6, 6]²``. Use :meth:`plane_for`.
    """

    name: str
    make: Callable[..., tuple[np.ndarray, np.ndarray]]
    problem: str
    n_classes: int | None
    options: tuple[tuple[str, Any], ...] = field(default=())
    plane: Callable[..., tuple[float, float]] | None = None

    def plane_for(self, **options: Any) -> tuple[float, float]:
        """``(low, high)``: the square ``[low, high]²`` to show for these options."""
        if self.plane is None:
            return (-PLANE, PLANE)
        return self.plane(**{**self.defaults, **options})

    @property
    def defaults(self) -> dict[str, Any]:
        """The options ``make`` accepts, with their default values."""
        return dict(self.options)

    def classes_for(self, **options: Any) -> int | None:
        """Number of classes ``make(..., **options)`` produces (``None`` for regression)."""
        if self.problem == "regression":
            return None
        if "k" in self.defaults:
            return check_k(options.get("k", self.defaults["k"]))
        return self.n_classes


def check_int(argument: str, value: Any, low: int, high: int | None = None) -> int:
    """``value`` as an int in ``[low, high]``; ``ValueError`` naming ``argument`` otherwise."""
    # bool is an int subclass, but n_points=True is always a mistake.
    if isinstance(value, (bool, np.bool_)):
        index = None
    else:
        try:
            index = operator.index(value)
        except TypeError:
            index = None
    span = f"from {low} to {high}" if high is not None else f"of at least {low}"
    if index is None or index < low or (high is not None and index > high):
        raise ValueError(f"{argument} must be an integer {span}, got {value!r}")
    return index


def check_noise(noise: Any) -> float:
    """``noise`` as a float in ``[0, 0.5]`` (Playground's 0-50 % slider)."""
    ok = isinstance(noise, numbers.Real) and not isinstance(noise, (bool, np.bool_))
    if not ok or not math.isfinite(float(noise)) or not 0.0 <= float(noise) <= MAX_NOISE:
        raise ValueError(f"noise must be a number from 0 to {MAX_NOISE}, got {noise!r}")
    return float(noise)


def check_k(k: Any) -> int:
    """Number of classes for ``blobs``: an integer from 2 to 6."""
    return check_int("k", k, MIN_CLASSES, MAX_CLASSES)


def check_bool(argument: str, value: Any) -> bool:
    """A real bool option (``raw="no"`` would otherwise count as true)."""
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{argument} must be True or False, got {value!r}")
    return bool(value)


def dataset(name: str, display: str, doc: str, problem: str, n_classes: int | None,
            options: dict[str, Any] | None = None,
            aliases: tuple[str, ...] = (),
            plane: Callable[..., tuple[float, float]] | None = None
            ) -> Callable[[Callable], Callable]:
    """Register a generator ``fn(rng, n, noise, **options) -> (x, y)`` as dataset ``name``.

    The registered ``make`` checks ``n_points``, ``noise``, ``seed`` and the option names before
    calling ``fn`` with a fresh ``np.random.default_rng(seed)``, so generators never validate and
    the same seed always gives the same points. ``plane(**options)`` gives the square the points
    lie in when it is not the common ``[-6, 6]²`` (see :attr:`DatasetSpec.plane`).
    """
    if problem not in PROBLEMS:
        raise ValueError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    defaults = dict(options or {})

    def deco(fn: Callable) -> Callable:
        def make(n_points: int, noise: float = 0.0, seed: int = 0, **opts: Any):
            n = check_int("n_points", n_points, 1, MAX_POINTS)
            level = check_noise(noise)
            rng = np.random.default_rng(check_int("seed", seed, 0))
            unknown = sorted(set(opts) - set(defaults))
            if unknown:
                valid = ", ".join(defaults) or "none"
                raise ValueError(f"dataset {name!r} has no option {unknown[0]!r}; "
                                 f"valid options: {valid}")
            x, y = fn(rng, n, level, **{**defaults, **opts})
            # Every generator promises these dtypes; convert once here instead of in each.
            x = np.ascontiguousarray(x, dtype=np.float64)
            y = np.ascontiguousarray(y, dtype=np.float64 if problem == "regression" else np.int64)
            return x, y

        make.__name__ = f"make_{name}"
        make.__qualname__ = make.__name__
        make.__doc__ = f"{display}: {doc}\n\n{fn.__doc__ or ''}".rstrip()
        spec = DatasetSpec(name, make, problem, n_classes, tuple(defaults.items()), plane)
        DATASETS.register(name, spec, display, doc, aliases)
        return fn

    return deco


def make_dataset(name: str, n_points: int, noise: float = 0.0, seed: int = 0,
                 **options: Any) -> tuple[np.ndarray, np.ndarray]:
    """Generate the registered dataset ``name``.

    Parameters
    ----------
    name : str
        A name or alias from ``DATASETS`` (case-insensitive).
    n_points : int
        Number of points, 1 to 100000.
    noise : float
        0 to 0.5 (Playground's noise slider 0-50 %).
    seed : int
        Non-negative; the same seed gives the same points.
    **options
        Dataset-specific options, see ``DATASETS.get(name).defaults``.

    Returns
    -------
    x : ndarray of float64, shape (n_points, 2)
    y : ndarray of int64 (classification) or float64 (regression), shape (n_points,)

    Raises
    ------
    ValueError
        Unknown dataset or option, or an argument out of range.
    """
    return DATASETS.get(name, "name").make(n_points, noise, seed, **options)


def split_counts(n: int, k: int) -> list[int]:
    """``n`` points shared among ``k`` classes as evenly as possible, earlier classes first."""
    return [n // k + (j < n % k) for j in range(k)]


def gaussian_in_plane(rng: np.random.Generator, centres: np.ndarray, std: float,
                      low: float = -PLANE, high: float = PLANE) -> np.ndarray:
    """``centres`` plus Gaussian noise, redrawn where it would leave the plane
    (``[low, high]²``, by default the common one).

    Playground simply draws such points off-canvas; redrawing keeps every point visible and
    inside the boundary grid, at the cost of a slightly truncated tail.
    """
    points = centres + rng.normal(0.0, std, centres.shape)
    for _ in range(100):
        outside = np.any((points < low) | (points > high), axis=1)
        if not outside.any():
            break
        points[outside] = centres[outside] + rng.normal(0.0, std, (int(outside.sum()), 2))
    # Only reachable for centres on the edge with huge noise; never seen with our datasets.
    return np.clip(points, low, high)
