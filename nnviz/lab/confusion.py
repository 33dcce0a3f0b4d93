"""Metrics beyond the loss: the confusion matrix for classifiers, R² for regression (Qt-free)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def predicted_classes(outputs: np.ndarray) -> np.ndarray:
    """Class ids from model outputs (n, units): one output is class 1 above 0.5, several pick
    the largest — the rule the accuracy uses."""
    outputs = np.asarray(outputs)
    if outputs.ndim == 1 or outputs.shape[1] == 1:
        return (outputs.reshape(-1) > 0.5).astype(np.int64)
    return np.argmax(outputs, axis=1).astype(np.int64)


def confusion_matrix(labels, predicted, n_classes: int) -> np.ndarray:
    """(k, k) int64 counts: row = true class, column = predicted class.

    Raises
    ------
    ValueError
        A class id outside ``0 .. n_classes - 1``, or arrays of different lengths.
    """
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    predicted = np.asarray(predicted, dtype=np.int64).reshape(-1)
    k = int(n_classes)
    if labels.shape != predicted.shape:
        raise ValueError(f"labels ({labels.size}) and predictions ({predicted.size}) must be "
                         f"as many")
    for name, ids in (("labels", labels), ("predictions", predicted)):
        if ids.size and (ids.min() < 0 or ids.max() >= k):
            raise ValueError(f"{name} must be class ids 0 to {k - 1}, got {ids.min()} to "
                             f"{ids.max()}")
    return np.bincount(labels * k + predicted, minlength=k * k).reshape(k, k)


def r_squared(targets, outputs) -> float:
    """The coefficient of determination 1 − Σ(y − ŷ)² / Σ(y − ȳ)² (NaN for constant or no
    targets); 1 is a perfect fit, 0 no better than the mean, below 0 worse than it."""
    y = np.asarray(targets, dtype=np.float64).reshape(-1)
    f = np.asarray(outputs, dtype=np.float64).reshape(-1)
    if y.size == 0:
        return float("nan")
    total = float(np.sum((y - y.mean()) ** 2))
    if total == 0.0 or not math.isfinite(total):
        return float("nan")
    with np.errstate(all="ignore"):
        return float(1.0 - np.sum((y - f) ** 2) / total)


@dataclass(frozen=True, eq=False)
class DataMetrics:
    """The metrics of one model on the training and test points (see the Snapshot fields)."""

    confusion_train: np.ndarray | None = None
    confusion_test: np.ndarray | None = None
    r2_train: float = float("nan")
    r2_test: float = float("nan")


def data_metrics(data, model) -> DataMetrics:
    """:class:`DataMetrics` of ``model`` on ``data`` (an ExperimentData), one inference pass."""
    with np.errstate(all="ignore"):
        out = model.predict(data.x_eval)
    n = data.n_train
    if data.labels_eval is None:
        return DataMetrics(r2_train=r_squared(data.t_eval[:n], out[:n]),
                           r2_test=r_squared(data.t_eval[n:], out[n:]))
    if not np.isfinite(out).all():
        return DataMetrics()  # a diverged model predicts nothing worth counting
    k = max(int(data.n_classes), 2)
    predicted = predicted_classes(out)
    return DataMetrics(confusion_matrix(data.labels_eval[:n], predicted[:n], k),
                       confusion_matrix(data.labels_eval[n:], predicted[n:], k))
