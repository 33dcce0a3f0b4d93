"""Metrics reported by ``fit``/``evaluate``: per-batch values as floats."""
from __future__ import annotations

import numpy as np

from .registry import Registry

METRICS = Registry("metric")


def binary_accuracy(y_true, y_pred, threshold=0.5) -> float:
    return float(np.mean((y_pred > threshold) == (y_true > threshold)))


def categorical_accuracy(y_true, y_pred) -> float:
    return float(np.mean(np.argmax(y_pred, axis=-1) == np.argmax(y_true, axis=-1)))


def sparse_categorical_accuracy(y_true, y_pred) -> float:
    return float(np.mean(np.argmax(y_pred, axis=-1) == np.asarray(y_true).reshape(-1)))


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


def resolve(name: str, units: int, sparse: bool):
    """The metric function for ``name``; "acc"/"accuracy" picks binary accuracy for one output
    unit and categorical (or sparse categorical) accuracy for several, as Keras does."""
    if isinstance(name, str) and name.lower() in ("acc", "accuracy"):
        if units == 1:
            return binary_accuracy
        return sparse_categorical_accuracy if sparse else categorical_accuracy
    if callable(name):
        return name
    return METRICS.get(name, "metrics")
