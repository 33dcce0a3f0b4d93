"""Input features computed from a point (x₁, x₂), as in Playground's feature column.

Adding a feature is one row in ``_TABLE``; the controls list what ``FEATURES`` holds.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from nnviz.engine.registry import Registry

#: Feature name -> transform ``f(x) -> (n,)`` of points ``x`` with shape ``(n, 2)``.
FEATURES = Registry("feature")

#: The features a new experiment starts with: the raw coordinates.
DEFAULT_FEATURES = ("x1", "x2")

# name, display, transform, one-line explanation, aliases
_TABLE = (
    ("x1", "X₁", lambda x: x[:, 0],
     "The first coordinate of the point, as it is.", ("x",)),
    ("x2", "X₂", lambda x: x[:, 1],
     "The second coordinate of the point, as it is.", ("y",)),
    ("x1_sq", "X₁²", lambda x: x[:, 0] ** 2,
     "The first coordinate squared: large on both the far left and the far right.",
     ("x1^2", "x1**2", "x1sq")),
    ("x2_sq", "X₂²", lambda x: x[:, 1] ** 2,
     "The second coordinate squared: large at both the top and the bottom.",
     ("x2^2", "x2**2", "x2sq")),
    ("x1x2", "X₁X₂", lambda x: x[:, 0] * x[:, 1],
     "The two coordinates multiplied: positive where their signs agree, negative where not.",
     ("x1*x2", "x1_x2")),
    ("sin_x1", "sin(X₁)", lambda x: np.sin(x[:, 0]),
     "The sine of the first coordinate: waves up and down from left to right.",
     ("sin(x1)", "sinx1")),
    ("sin_x2", "sin(X₂)", lambda x: np.sin(x[:, 1]),
     "The sine of the second coordinate: waves up and down from bottom to top.",
     ("sin(x2)", "sinx2")),
)

for _name, _display, _transform, _doc, _aliases in _TABLE:
    FEATURES.register(_name, _transform, _display, _doc, _aliases)
del _name, _display, _transform, _doc, _aliases


def feature_names(names: str | Iterable[str]) -> tuple[str, ...]:
    """Canonical names for ``names`` (names or aliases, any case).

    Raises
    ------
    ValueError
        ``names`` is empty, repeats a feature, or holds an unknown name (the message lists the
        valid ones).
    """
    if isinstance(names, str):
        names = (names,)
    canonical = tuple(FEATURES.entry(name, "names").name for name in names)
    if not canonical:
        raise ValueError(f"names must list at least one feature, got {list(names)!r}; "
                         f"valid names: {', '.join(FEATURES.names())}")
    repeated = sorted({name for name in canonical if canonical.count(name) > 1})
    if repeated:
        raise ValueError(f"names lists feature {repeated[0]!r} more than once: {list(names)!r}")
    return canonical


def make_features(x: np.ndarray, names: str | Iterable[str] = DEFAULT_FEATURES) -> np.ndarray:
    """The network's input: one column per feature, computed from the points ``x``.

    Parameters
    ----------
    x : array_like, shape (n, 2)
        Points (x₁, x₂).
    names : str or iterable of str
        Feature names or aliases from ``FEATURES``, in column order.

    Returns
    -------
    ndarray of float64, shape (n, len(names))

    Raises
    ------
    ValueError
        ``x`` is not of shape (n, 2), or ``names`` is empty, repeats a feature or holds an
        unknown name.
    """
    columns = feature_names(names)
    points = np.asarray(x, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError(f"x must be points of shape (n, 2), got shape {points.shape}")
    return np.column_stack([FEATURES.get(name)(points) for name in columns])
