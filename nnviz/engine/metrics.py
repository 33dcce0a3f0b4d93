"""Metrics reported by ``fit``/``evaluate``: per-batch values as floats, by name or as Keras's
metric classes (``BinaryAccuracy()``, ``MeanAbsoluteError()``, ...)."""
from __future__ import annotations

import numpy as np

from .registry import Registry

METRICS = Registry("metric")


def binary_accuracy(y_true, y_pred, threshold=0.5) -> float:
    return float(np.mean((y_pred > threshold) == (y_true > threshold)))


def categorical_accuracy(y_true, y_pred) -> float:
    return float(np.mean(np.argmax(y_pred, axis=-1) == np.argmax(y_true, axis=-1)))


def sparse_categorical_accuracy(y_true, y_pred) -> float:
    y_true = np.asarray(y_true)
    if y_true.ndim == 2 and y_true.shape[1] > 1:  # fit hands over one-hot rows
        return categorical_accuracy(y_true, y_pred)
    return float(np.mean(np.argmax(y_pred, axis=-1) == y_true.reshape(-1)))


def mean_squared_error(y_true, y_pred) -> float:
    return float(np.mean((y_pred - y_true) ** 2))


def mean_absolute_error(y_true, y_pred) -> float:
    return float(np.mean(np.abs(y_pred - y_true)))


METRICS.register("binary_accuracy", binary_accuracy, "Binary accuracy",
                 "Share of samples whose output is on the right side of 0.5.")
METRICS.register("categorical_accuracy", categorical_accuracy, "Categorical accuracy",
                 "Share of samples whose most probable class is the true one.")
METRICS.register("sparse_categorical_accuracy", sparse_categorical_accuracy,
                 "Sparse categorical accuracy", "Categorical accuracy with class-number targets.")
METRICS.register("mean_squared_error", mean_squared_error, "MSE",
                 "Average squared distance between target and output.", ("mse",))
METRICS.register("mean_absolute_error", mean_absolute_error, "MAE",
                 "Average distance between target and output.", ("mae",))


class Metric:
    """A running mean of a per-batch value, as Keras's metric objects:
    ``update_state(y_true, y_pred)``, ``result()``, ``reset_state()``."""

    default_name = "metric"

    def __init__(self, name=None, dtype=None):
        self.name = name or self.default_name
        self.reset_state()

    def batch_value(self, y_true, y_pred) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def update_state(self, y_true, y_pred, sample_weight=None) -> None:
        if sample_weight is not None:
            raise ValueError("sample_weight is not supported by nnviz metrics")
        y_pred = np.asarray(y_pred, dtype=float)
        y_true = np.asarray(y_true, dtype=float)
        n = y_pred.shape[0] if y_pred.ndim else 1
        self._total += self.batch_value(y_true, y_pred) * n
        self._count += n

    def result(self) -> float:
        return self._total / self._count if self._count else 0.0

    def reset_state(self) -> None:
        self._total, self._count = 0.0, 0

    reset_states = reset_state  # the Keras 2 name

    def __call__(self, y_true, y_pred, sample_weight=None) -> float:
        self.update_state(y_true, y_pred, sample_weight)
        return self.result()

    def get_config(self) -> dict:
        return {"name": self.name}

    def __repr__(self):
        return f"<{type(self).__name__} name={self.name!r}>"


class BinaryAccuracy(Metric):
    default_name = "binary_accuracy"

    def __init__(self, name=None, dtype=None, threshold=0.5):
        self.threshold = float(threshold)
        super().__init__(name, dtype)

    def batch_value(self, y_true, y_pred):
        return binary_accuracy(y_true, y_pred, self.threshold)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}


def _metric_class(class_name, default, function):
    return type(class_name, (Metric,), {
        "default_name": default, "__doc__": f"Running mean of ``{function.__name__}``.",
        "batch_value": lambda self, y_true, y_pred: function(y_true, y_pred)})


CategoricalAccuracy = _metric_class("CategoricalAccuracy", "categorical_accuracy",
                                    categorical_accuracy)
SparseCategoricalAccuracy = _metric_class("SparseCategoricalAccuracy",
                                          "sparse_categorical_accuracy",
                                          sparse_categorical_accuracy)
MeanSquaredError = _metric_class("MeanSquaredError", "mean_squared_error", mean_squared_error)
MeanAbsoluteError = _metric_class("MeanAbsoluteError", "mean_absolute_error",
                                  mean_absolute_error)
METRIC_CLASSES = {cls.__name__: cls for cls in (BinaryAccuracy, CategoricalAccuracy,
                                                SparseCategoricalAccuracy, MeanSquaredError,
                                                MeanAbsoluteError)}


def metric_name(metric) -> str:
    """The history key of ``metric`` as Keras names it; raises for an unknown name now, not
    during ``fit``."""
    if isinstance(metric, str):
        if metric.lower() not in ("acc", "accuracy"):
            METRICS.get(metric, "metrics")
        return metric
    if isinstance(metric, Metric):
        return metric.name
    if isinstance(metric, type) and issubclass(metric, Metric):
        return metric.default_name
    if callable(metric):
        return getattr(metric, "__name__", "metric")
    raise TypeError(f"metrics must hold names such as 'accuracy', metric objects or functions,"
                    f" got {metric!r}")


def resolve(name, units: int, sparse: bool):
    """The per-batch function for ``name``; "acc"/"accuracy" picks binary accuracy for one
    output unit and categorical (or sparse categorical) accuracy for several, as Keras does."""
    if isinstance(name, str) and name.lower() in ("acc", "accuracy"):
        if units == 1:
            return binary_accuracy
        return sparse_categorical_accuracy if sparse else categorical_accuracy
    if isinstance(name, type) and issubclass(name, Metric):
        name = name()
    if isinstance(name, Metric):
        return name.batch_value
    if callable(name):
        return name
    return METRICS.get(name, "metrics")
