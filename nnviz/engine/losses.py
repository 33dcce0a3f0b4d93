"""Loss functions: value per sample (like ``keras.losses``), and the gradient for backprop.

Every :class:`Loss` lives in the ``LOSSES`` registry. ``loss(y_true, y_pred)`` returns one value
per sample; the model averages over the batch. Sigmoid + binary cross-entropy and softmax +
categorical cross-entropy have a fused, numerically stable path from the logits ``z``: their
gradient with respect to ``z`` is simply ``(p - y) / units`` and ``p - y``.
"""
from __future__ import annotations

import numpy as np

from .registry import Registry

LOSSES = Registry("loss")
EPSILON = 1e-7  # Keras's clip for probabilities


class Loss:
    """A loss: ``per_sample(y_true, y_pred)``, ``gradient`` (dL/dy_pred of the batch mean)."""

    fused_activation: str | None = None  # the output activation with a stable shortcut

    def __init__(self, name):
        self.name = name
        self.__name__ = name

    def __call__(self, y_true, y_pred):
        y_pred = np.asarray(y_pred)
        y_true = np.asarray(y_true, dtype=y_pred.dtype if y_pred.dtype.kind == "f" else float)
        return self.per_sample(y_true, y_pred)

    def mean(self, y_true, y_pred) -> float:
        return float(np.mean(self.per_sample(y_true, y_pred)))

    def per_sample(self, y_true, y_pred):  # pragma: no cover - abstract
        raise NotImplementedError

    def gradient(self, y_true, y_pred, out=None):  # pragma: no cover - abstract
        raise NotImplementedError

    # Fused path (only for losses with ``fused_activation``): value and dL/dz from logits.
    def mean_from_logits(self, y_true, z) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def logits_gradient(self, y_true, p, out=None):
        """dL/dz of the batch-mean loss, given the activation's output ``p``."""
        out = np.subtract(p, y_true, out=out)
        return np.multiply(out, 1.0 / (p.shape[0] * p.shape[1]), out=out)

    def __repr__(self):
        return f"<loss {self.name}>"


class MeanSquaredError(Loss):
    def per_sample(self, y_true, y_pred):
        return np.mean((y_pred - y_true) ** 2, axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        out = np.subtract(y_pred, y_true, out=out)
        return np.multiply(out, 2.0 / y_pred.size, out=out)

    def mean_of_difference(self, diff) -> float:
        """Batch mean from ``y_pred - y_true`` in one dot product (the fast path uses it)."""
        flat = diff.reshape(-1)
        return float(np.dot(flat, flat)) / flat.size


class MeanAbsoluteError(Loss):
    def per_sample(self, y_true, y_pred):
        return np.mean(np.abs(y_pred - y_true), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        out = np.subtract(y_pred, y_true, out=out)
        np.sign(out, out=out)
        return np.multiply(out, 1.0 / y_pred.size, out=out)


class SumSquaredError(Loss):
    """The course's squared error: 0.5 * sum over outputs, mean over the batch."""

    def per_sample(self, y_true, y_pred):
        return 0.5 * np.sum((y_pred - y_true) ** 2, axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        out = np.subtract(y_pred, y_true, out=out)
        return np.multiply(out, 1.0 / y_pred.shape[0], out=out)


class BinaryCrossentropy(Loss):
    fused_activation = "sigmoid"

    def per_sample(self, y_true, y_pred):
        p = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return -np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        p = np.clip(y_pred, EPSILON, 1 - EPSILON)
        g = ((p - y_true) / (p * (1 - p))) / y_pred.size
        g = g * ((y_pred > EPSILON) & (y_pred < 1 - EPSILON))  # the clip has zero slope
        if out is None:
            return g
        np.copyto(out, g)
        return out

    def mean_from_logits(self, y_true, z) -> float:
        # -[y log s(z) + (1 - y) log(1 - s(z))] = softplus(z) - y z, exact for any z.
        return float(np.mean(np.logaddexp(0, z) - y_true * z))


class CategoricalCrossentropy(Loss):
    fused_activation = "softmax"

    def per_sample(self, y_true, y_pred):
        p = y_pred / np.sum(y_pred, axis=-1, keepdims=True)
        return -np.sum(y_true * np.log(np.clip(p, EPSILON, 1 - EPSILON)), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        total = np.sum(y_pred, axis=-1, keepdims=True)
        q = y_pred / total
        live = (q > EPSILON) & (q < 1 - EPSILON)  # the clip has zero slope
        w = y_true * live
        # d/dp_j of -sum_i y_i log(p_i / S) = (sum_i y_i - y_j / q_j) / S  (where unclipped)
        g = (np.sum(w, axis=-1, keepdims=True) - w / np.clip(q, EPSILON, 1)) / total
        g /= y_pred.shape[0]
        if out is None:
            return g
        np.copyto(out, g)
        return out

    def logits_gradient(self, y_true, p, out=None):
        out = np.subtract(p, y_true, out=out)
        return np.multiply(out, 1.0 / p.shape[0], out=out)

    def mean_from_logits(self, y_true, z) -> float:
        m = z.max(axis=-1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=-1))
        return float(np.mean(lse - np.sum(y_true * z, axis=-1)))


class SparseCategoricalCrossentropy(CategoricalCrossentropy):
    """Categorical cross-entropy with integer class ids as targets."""

    sparse = True

    def __call__(self, y_true, y_pred):
        y_pred = np.asarray(y_pred)
        return CategoricalCrossentropy.per_sample(self, self.one_hot(y_true, y_pred.shape[-1]),
                                                  y_pred)

    @staticmethod
    def one_hot(y_true, units, dtype=float):
        ids = np.asarray(y_true).reshape(-1).astype(np.int64)
        out = np.zeros((ids.size, units), dtype=dtype)
        out[np.arange(ids.size), ids] = 1
        return out


_DEFINITIONS = [
    ("mean_squared_error", MeanSquaredError, ("mse",), "Mean squared error",
     "Average of (target - prediction)^2: the usual loss for regression."),
    ("mean_absolute_error", MeanAbsoluteError, ("mae",), "Mean absolute error",
     "Average of |target - prediction|: like MSE but less swayed by outliers."),
    ("sum_squared_error", SumSquaredError, ("sse",), "Sum of squared errors",
     "The course's squared error: half the sum of (target - prediction)^2 over the outputs."),
    ("binary_crossentropy", BinaryCrossentropy, ("bce",), "Binary cross-entropy",
     "How surprised the network is by the true class when it outputs one probability: "
     "the loss for yes/no classification."),
    ("categorical_crossentropy", CategoricalCrossentropy, ("cce",), "Categorical cross-entropy",
     "Cross-entropy over several classes with one-hot targets: the loss for softmax outputs."),
    ("sparse_categorical_crossentropy", SparseCategoricalCrossentropy, ("scce",),
     "Sparse categorical cross-entropy",
     "Categorical cross-entropy with class numbers (0, 1, 2, ...) as targets instead of one-hot."),
]
for _name, _cls, _aliases, _display, _doc in _DEFINITIONS:
    LOSSES.register(_name, _cls(_name), _display, _doc, _aliases)

mean_squared_error = mse = LOSSES.get("mse")
mean_absolute_error = mae = LOSSES.get("mae")
sum_squared_error = LOSSES.get("sum_squared_error")
binary_crossentropy = LOSSES.get("binary_crossentropy")
categorical_crossentropy = LOSSES.get("categorical_crossentropy")
sparse_categorical_crossentropy = LOSSES.get("sparse_categorical_crossentropy")


def get(identifier, argument: str = "loss") -> Loss:
    """A :class:`Loss` from a name (or alias) or a Loss."""
    if isinstance(identifier, Loss):
        return identifier
    return LOSSES.get(identifier, argument)
