"""Loss functions: value per sample (like ``keras.losses``), and the gradient for backprop.

Every :class:`Loss` lives in the ``LOSSES`` registry. The registered ones are the functions
(``losses.mse(y_true, y_pred)`` returns one value per sample); objects made from the classes
(``losses.MeanSquaredError()``) return the batch mean, as in Keras. Cross-entropies accept
``from_logits=True``: the model's output is then taken as logits, with stable formulas. Sigmoid + binary cross-entropy and softmax +
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
    default_name = "loss"
    from_logits = False

    def __init__(self, reduction="sum_over_batch_size", name=None, dtype=None):
        if reduction not in ("sum_over_batch_size", "auto", None):
            raise ValueError(f"reduction must be 'sum_over_batch_size' (the mean over the batch,"
                             f" the only one nnviz supports), got {reduction!r}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a string, got {name!r}")
        self.name = name or self.default_name
        self.__name__ = self.name
        self.returns_per_sample = False  # the registered function-like losses set it

    def __call__(self, y_true, y_pred):
        y_pred = np.asarray(y_pred)
        y_true = np.asarray(y_true, dtype=y_pred.dtype if y_pred.dtype.kind == "f" else float)
        values = self.per_sample(y_true, y_pred)
        return values if self.returns_per_sample else float(np.mean(values))

    def get_config(self) -> dict:
        config = {"name": self.name}
        if type(self).from_logits is not Loss.from_logits or self.from_logits:
            config["from_logits"] = self.from_logits
        return config

    def mean(self, y_true, y_pred) -> float:
        return _batch_mean(self.per_sample(y_true, y_pred))

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


class _Crossentropy(Loss):
    """Shared by the cross-entropies: Keras's ``from_logits`` and ``label_smoothing`` arguments."""

    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1,
                 reduction="sum_over_batch_size", name=None, dtype=None):
        super().__init__(reduction, name, dtype)
        if label_smoothing:
            raise ValueError(f"label_smoothing is not supported by nnviz, got {label_smoothing!r}")
        if axis not in (-1, 1):
            raise ValueError(f"axis must be -1 (the outputs), got {axis!r}")
        self.from_logits = bool(from_logits)
        if self.from_logits:  # the output layer is linear; the loss itself applies the squash
            self.fused_activation = None


class MeanSquaredError(Loss):
    default_name = "mean_squared_error"

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
    default_name = "mean_absolute_error"

    def per_sample(self, y_true, y_pred):
        return np.mean(np.abs(y_pred - y_true), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        out = np.subtract(y_pred, y_true, out=out)
        np.sign(out, out=out)
        return np.multiply(out, 1.0 / y_pred.size, out=out)


class SumSquaredError(Loss):
    """The course's squared error: 0.5 * sum over outputs, mean over the batch."""

    default_name = "sum_squared_error"

    def per_sample(self, y_true, y_pred):
        return 0.5 * np.sum((y_pred - y_true) ** 2, axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        out = np.subtract(y_pred, y_true, out=out)
        return np.multiply(out, 1.0 / y_pred.shape[0], out=out)


def _batch_mean(values) -> float:
    """``float(np.mean(values))``, bit for bit (the same pairwise sum, then one division in the
    array's type), without ``np.mean``'s Python-level checks: ~3 us of a 30 us training step."""
    return float(np.add.reduce(values, axis=None) / values.size)


def _into(out, g):
    if out is None:
        return g
    np.copyto(out, g)
    return out


def _sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))  # never overflows


def _log_softmax(z):
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


class BinaryCrossentropy(_Crossentropy):
    fused_activation = "sigmoid"
    default_name = "binary_crossentropy"

    def per_sample(self, y_true, y_pred):
        if self.from_logits:  # softplus(z) - y z, exact for any z
            return np.mean(np.logaddexp(0, y_pred) - y_true * y_pred, axis=-1)
        p = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return -np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        if self.from_logits:
            g = (_sigmoid(y_pred) - y_true) / y_pred.size
            return _into(out, g)
        p = np.clip(y_pred, EPSILON, 1 - EPSILON)
        g = ((p - y_true) / (p * (1 - p))) / y_pred.size
        g = g * ((y_pred > EPSILON) & (y_pred < 1 - EPSILON))  # the clip has zero slope
        if out is None:
            return g
        np.copyto(out, g)
        return out

    def mean_from_logits(self, y_true, z) -> float:
        # -[y log s(z) + (1 - y) log(1 - s(z))] = softplus(z) - y z, exact for any z.
        return _batch_mean(np.logaddexp(0, z) - y_true * z)


class CategoricalCrossentropy(_Crossentropy):
    fused_activation = "softmax"
    default_name = "categorical_crossentropy"

    def per_sample(self, y_true, y_pred):
        if self.from_logits:
            return -np.sum(y_true * _log_softmax(y_pred), axis=-1)
        p = y_pred / np.sum(y_pred, axis=-1, keepdims=True)
        return -np.sum(y_true * np.log(np.clip(p, EPSILON, 1 - EPSILON)), axis=-1)

    def gradient(self, y_true, y_pred, out=None):
        if self.from_logits:  # d/dz of -sum y log softmax(z) = softmax(z) * sum(y) - y
            p = np.exp(_log_softmax(y_pred))
            g = (p * np.sum(y_true, axis=-1, keepdims=True) - y_true) / y_pred.shape[0]
            return _into(out, g)
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
        return _batch_mean(lse - np.sum(y_true * z, axis=-1))


class SparseCategoricalCrossentropy(CategoricalCrossentropy):
    """Categorical cross-entropy with integer class ids as targets."""

    sparse = True
    default_name = "sparse_categorical_crossentropy"

    def __call__(self, y_true, y_pred):
        y_pred = np.asarray(y_pred)
        values = CategoricalCrossentropy.per_sample(
            self, self.one_hot(y_true, y_pred.shape[-1]), y_pred)
        return values if self.returns_per_sample else float(np.mean(values))

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
LOSS_CLASSES = {cls.__name__: cls for _, cls, *_ in _DEFINITIONS}
for _name, _cls, _aliases, _display, _doc in _DEFINITIONS:
    _function = _cls(name=_name)
    _function.returns_per_sample = True
    LOSSES.register(_name, _function, _display, _doc, _aliases)

mean_squared_error = mse = LOSSES.get("mse")
mean_absolute_error = mae = LOSSES.get("mae")
sum_squared_error = LOSSES.get("sum_squared_error")
binary_crossentropy = LOSSES.get("binary_crossentropy")
categorical_crossentropy = LOSSES.get("categorical_crossentropy")
sparse_categorical_crossentropy = LOSSES.get("sparse_categorical_crossentropy")


def get(identifier, argument: str = "loss") -> Loss:
    """A :class:`Loss` from a name (or alias), a Loss or a Loss class."""
    if isinstance(identifier, Loss):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, Loss):
        return identifier()
    if callable(identifier) and not isinstance(identifier, str):
        raise TypeError(f"{argument} must name a built-in loss (e.g. 'mse') or be one of "
                        f"nnviz.engine.losses; custom loss functions are not supported because "
                        f"the engine needs each loss's gradient, got {identifier!r}")
    return LOSSES.get(identifier, argument)
