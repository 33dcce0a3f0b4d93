"""Central-difference gradient check: does backpropagation agree with the definition?

The app shows the result to let a learner see that backprop is just the chain rule done well.
Run it in float64 (``backend.set_floatx("float64")`` before building the model).
"""
from __future__ import annotations

import numpy as np


def numerical_gradients(model, x, y, eps=1e-5, training=True) -> list:
    """dLoss/dw for every trainable weight by (L(w + eps) - L(w - eps)) / (2 eps)."""
    result = []
    with model.frozen_randomness():
        model.loss_value(x, y, training)  # draws the dropout masks that all evaluations share
        for w in model.trainable_weights:
            grad = np.zeros(w.shape, dtype=np.float64)
            flat = w.reshape(-1)
            for i in range(flat.size):
                original = flat[i]
                flat[i] = original + eps
                plus = model.loss_value(x, y, training)
                flat[i] = original - eps
                minus = model.loss_value(x, y, training)
                flat[i] = original
                grad.reshape(-1)[i] = (plus - minus) / (2 * eps)
            result.append(grad)
    return result


def relative_error(analytic, numeric, floor=1e-8) -> float:
    """Worst |a - n| / max(|a|, |n|) over the entries (entries where both are ~0 count as 0)."""
    a = np.asarray(analytic, dtype=np.float64)
    n = np.asarray(numeric, dtype=np.float64)
    scale = np.maximum(np.maximum(np.abs(a), np.abs(n)), floor)
    return float(np.max(np.abs(a - n) / scale)) if a.size else 0.0


def gradcheck(model, x, y, eps=1e-5, training=True) -> list:
    """The worst relative error between backprop and central differences, per trainable weight
    (aligned with ``model.trainable_weights``)."""
    with model.frozen_randomness():
        analytic = model.compute_gradients(x, y, training)
        numeric = numerical_gradients(model, x, y, eps, training)
    return [relative_error(a, n) for a, n in zip(analytic, numeric)]
