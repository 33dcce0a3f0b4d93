"""The learner's own points ("My data"): checks, the square they are shown in, and stroke edits.

Drawn or imported points live in the experiment config as tuples (so configs stay frozen,
comparable values that undo, JSON and the training process all carry). Class labels are ints
0..5, regression targets floats: the labels' type says which problem the points pose.
"""
from __future__ import annotations

import math
import numbers

import numpy as np

from nnviz.data import error_texts as texts
from nnviz.data.spec import MAX_CLASSES, PLANE

#: The dataset name of one's own points (not in ``DATASETS``: it has no generator).
CUSTOM = "custom"
#: Most points of one's own data: enough to draw or import a teaching set, small enough that
#: every edit (one stroke) stays a cheap config copy.
MAX_CUSTOM_POINTS = 2000
#: Points imported from a file may lie anywhere, but not absurdly far out.
MAX_COORDINATE = 1e6


def check_custom(points, labels) -> tuple[tuple, tuple]:
    """``points`` and ``labels`` as tuples of floats / ints, checked; ValueError or TypeError
    naming the problem otherwise.

    Parameters
    ----------
    points : sequence of (float, float)
        Up to :data:`MAX_CUSTOM_POINTS` finite points.
    labels : sequence
        One per point: all ints 0..5 (class numbers) or all floats (regression targets).
    """
    if isinstance(points, (str, bytes, dict)) or not isinstance(points, (list, tuple)):
        raise TypeError(f"points must be a list of [x1, x2] pairs, got {points!r:.60}")
    if isinstance(labels, (str, bytes, dict)) or not isinstance(labels, (list, tuple)):
        raise TypeError(f"labels must be a list, one per point, got {labels!r:.60}")
    if len(points) > MAX_CUSTOM_POINTS:
        raise ValueError(texts.OWN_TOO_MANY_POINTS.format(count=len(points),
                                                          limit=MAX_CUSTOM_POINTS))
    if len(labels) != len(points):
        raise ValueError(texts.OWN_LABEL_COUNT.format(points=len(points), labels=len(labels)))
    pairs = []
    for i, p in enumerate(points):
        if not isinstance(p, (list, tuple)) or len(p) != 2 or not all(_real(v) for v in p):
            raise ValueError(texts.OWN_NOT_A_PAIR.format(index=i, value=f"{p!r:.60}"))
        x1, x2 = float(p[0]), float(p[1])
        if not (math.isfinite(x1) and math.isfinite(x2)) or \
                max(abs(x1), abs(x2)) > MAX_COORDINATE:
            raise ValueError(texts.OWN_OUT_OF_PLANE.format(index=i, limit=f"{MAX_COORDINATE:g}",
                                                           value=repr(p)))
        pairs.append((x1, x2))
    ints = [isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))
            for v in labels]
    if all(ints):
        checked = tuple(int(v) for v in labels)
        bad = next((v for v in checked if not 0 <= v < MAX_CLASSES), None)
        if bad is not None:
            raise ValueError(texts.OWN_BAD_CLASS.format(last=MAX_CLASSES - 1, value=bad))
    elif not any(ints) and all(_real(v) and math.isfinite(float(v)) for v in labels):
        checked = tuple(float(v) for v in labels)
    else:
        raise ValueError(texts.OWN_MIXED_LABELS)
    return tuple(pairs), checked


def _real(v) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, (bool, np.bool_))


def custom_problem(labels) -> str:
    """``"regression"`` for float targets, else ``"binary"`` (at most 2 classes) or
    ``"multiclass"``; empty labels count as two classes."""
    if labels and isinstance(labels[0], float):
        return "regression"
    return "binary" if custom_classes(labels) == 2 else "multiclass"


def custom_classes(labels) -> int | None:
    """Classes of class labels (the highest number + 1, at least 2); None for regression."""
    if labels and isinstance(labels[0], float):
        return None
    return max(2, max(labels, default=0) + 1)


def custom_arrays(points, labels) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` as :func:`nnviz.data.make_dataset` returns them: float64 (n, 2) and int64
    class ids or float64 targets."""
    x = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    regression = custom_problem(labels) == "regression"
    y = np.asarray(labels, dtype=np.float64 if regression else np.int64).reshape(-1)
    return x, y


def custom_plane(points) -> tuple[float, float]:
    """The square ``[low, high]²`` to show: the common plane when every point lies in it
    (drawn points always do, so the view never jumps while drawing), else a square fitted
    around the points with a 5 % margin."""
    if not points:
        return (-PLANE, PLANE)
    x = np.asarray(points, dtype=np.float64)
    low, high = float(x.min()), float(x.max())
    if low >= -PLANE and high <= PLANE:
        return (-PLANE, PLANE)
    # One range for both axes (the view is square): it holds every coordinate of either.
    margin = max((high - low) * 0.05, 1e-6)
    return (low - margin, high + margin)


# -- stroke edits ---------------------------------------------------------------------------------
def spaced_points(path, spacing: float) -> list[tuple[float, float]]:
    """The points of a stroke along ``path`` (the mouse positions), at least ``spacing`` apart:
    the first position, then each one that lies ``spacing`` from the last point kept."""
    kept: list[tuple[float, float]] = []
    for x, y in path:
        if not kept or math.hypot(x - kept[-1][0], y - kept[-1][1]) >= spacing:
            kept.append((float(x), float(y)))
    return kept


def with_added(points: tuple, labels: tuple, new, label) -> tuple[tuple, tuple]:
    """``points``/``labels`` with ``new`` points of ``label`` appended, up to the cap."""
    room = MAX_CUSTOM_POINTS - len(points)
    new = [(float(x), float(y)) for x, y in new][:max(0, room)]
    return tuple(points) + tuple(new), tuple(labels) + (label,) * len(new)


def without_near(points: tuple, labels: tuple, path, radius: float) -> tuple[tuple, tuple]:
    """``points``/``labels`` without the points within ``radius`` of any position of
    ``path`` (an eraser stroke)."""
    if not points or not path:
        return tuple(points), tuple(labels)
    x = np.asarray(points, dtype=np.float64)
    keep = np.ones(len(x), dtype=bool)
    for px, py in path:
        keep &= np.hypot(x[:, 0] - px, x[:, 1] - py) > radius
    return (tuple(p for p, k in zip(points, keep) if k),
            tuple(v for v, k in zip(labels, keep) if k))


# -- from a CSV file ------------------------------------------------------------------------------
#: Standardized points get this standard deviation: ±3 of them fill the ±6 plane, like the
#: built-in datasets.
STANDARD_SPREAD = 2.0


def standardized(x: np.ndarray) -> np.ndarray:
    """Each column moved to mean 0 and scaled to standard deviation :data:`STANDARD_SPREAD`
    (a constant column is only moved)."""
    x = np.asarray(x, dtype=np.float64)
    std = x.std(axis=0)
    return (x - x.mean(axis=0)) / np.where(std > 0, std, 1.0) * STANDARD_SPREAD


def own_from_table(x: np.ndarray, y: np.ndarray, regression: bool,
                   standardize: bool) -> tuple[tuple, tuple]:
    """``(points, labels)`` for one's own data from two loaded columns ``x`` (n, 2) and labels
    ``y`` (class ids or values); ValueError when there are more than :data:`MAX_CUSTOM_POINTS`
    points or coordinates beyond ±:data:`MAX_COORDINATE`."""
    if len(x) > MAX_CUSTOM_POINTS:
        raise ValueError(texts.OWN_TOO_MANY_ROWS.format(count=len(x), limit=MAX_CUSTOM_POINTS))
    points = standardized(x) if standardize else np.asarray(x, dtype=np.float64)
    labels = [float(v) for v in y] if regression else [int(v) for v in y]
    return check_custom(points.tolist(), labels)
