"""Train/test split and class-label encodings."""
from __future__ import annotations

import math
import numbers

import numpy as np

from nnviz.data.spec import check_int


def train_size(n: int, train_ratio: float) -> int:
    """How many of ``n`` points go to training: ``round(n · ratio)``, leaving each side at
    least one point when ``n`` ≥ 2 and ``ratio`` < 1 (a test set of 0 would show no test loss)."""
    size = math.floor(n * train_ratio + 0.5)
    if train_ratio < 1.0 and n >= 2:
        return min(max(size, 1), n - 1)
    return max(size, 1) if n else 0


def train_test_split(x: np.ndarray, y: np.ndarray, train_ratio: float,
                     seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle the points and cut them into a training part and a test part.

    Parameters
    ----------
    x : array_like, shape (n, ...)
    y : array_like, shape (n, ...)
        Labels aligned with ``x`` (class ids, one-hot rows or regression targets).
    train_ratio : float
        Share of points used for training, in (0, 1]. 1 leaves the test set empty.
    seed : int
        Non-negative; the same seed gives the same split.

    Returns
    -------
    x_train, y_train, x_test, y_test : ndarray
        Copies. Each side holds at least one point when there are 2 or more points and the
        ratio is below 1.

    Raises
    ------
    ValueError
        ``x`` and ``y`` differ in length, ``x`` is empty, or an argument is out of range.
    """
    xs, ys = np.asarray(x), np.asarray(y)
    if xs.ndim == 0 or ys.ndim == 0 or len(xs) != len(ys):
        raise ValueError(f"x and y must hold the same number of points, got shapes "
                         f"{xs.shape} and {ys.shape}")
    if len(xs) == 0:
        raise ValueError("x must hold at least one point, got 0")
    ok = isinstance(train_ratio, numbers.Real) and not isinstance(train_ratio, bool)
    if not ok or not 0.0 < float(train_ratio) <= 1.0:
        raise ValueError(f"train_ratio must be a number in (0, 1], got {train_ratio!r}")
    order = np.random.default_rng(check_int("seed", seed, 0)).permutation(len(xs))
    cut = train_size(len(xs), float(train_ratio))
    train, test = order[:cut], order[cut:]
    return xs[train], ys[train], xs[test], ys[test]


def one_hot(y: np.ndarray, n_classes: int) -> np.ndarray:
    """Class ids as one-hot rows, for softmax with ``categorical_crossentropy``.

    Parameters
    ----------
    y : array_like of int, shape (n,)
        Class ids 0 to ``n_classes`` − 1.
    n_classes : int
        At least 1.

    Returns
    -------
    ndarray of float64, shape (n, n_classes)

    Raises
    ------
    ValueError
        ``y`` is not 1-D, holds a non-integer, or an id outside 0 … ``n_classes`` − 1.
    """
    k = check_int("n_classes", n_classes, 1)
    ids = np.asarray(y)
    if ids.ndim != 1:
        raise ValueError(f"y must be class ids of shape (n,), got shape {ids.shape}")
    if ids.dtype.kind == "f":
        if not np.all(np.isfinite(ids)) or not np.all(ids == np.round(ids)):
            raise ValueError(f"y must hold whole class ids, got {ids[ids != np.round(ids)][:1]}")
    elif ids.dtype.kind not in "iub" and ids.size:
        raise ValueError(f"y must hold integer class ids, got dtype {ids.dtype}")
    ids = ids.astype(np.int64)
    bad = (ids < 0) | (ids >= k)
    if bad.any():
        raise ValueError(f"y holds class id {ids[bad][0]}, outside 0..{k - 1} "
                         f"(n_classes={k})")
    out = np.zeros((len(ids), k))
    out[np.arange(len(ids)), ids] = 1.0
    return out


def class_ids(y_onehot: np.ndarray) -> np.ndarray:
    """The class of each row: the largest column, or ``> 0.5`` for a single column.

    Works on one-hot labels and on network outputs alike (softmax rows, or one sigmoid unit).

    Parameters
    ----------
    y_onehot : array_like, shape (n, k)

    Returns
    -------
    ndarray of int64, shape (n,)

    Raises
    ------
    ValueError
        ``y_onehot`` is not 2-D with at least one column.
    """
    rows = np.asarray(y_onehot)
    if rows.ndim != 2 or rows.shape[1] < 1:
        raise ValueError(f"y_onehot must have shape (n, k), got shape {rows.shape}")
    if rows.shape[1] == 1:
        # One sigmoid unit: the same threshold as Keras's binary accuracy.
        return (rows[:, 0] > 0.5).astype(np.int64)
    return np.argmax(rows, axis=1).astype(np.int64)
