"""``keras.utils``: one-hot encoding, seeding, normalising."""
from __future__ import annotations

import numbers

import numpy as np

from .backend import set_random_seed  # noqa: F401 - keras.utils.set_random_seed


def to_categorical(x, num_classes=None, dtype="float32") -> np.ndarray:
    """One-hot rows for class numbers: ``to_categorical([0, 2], 3)`` ->
    ``[[1, 0, 0], [0, 0, 1]]``. A trailing axis of size 1 is replaced, as in Keras."""
    labels = np.asarray(x)
    if labels.dtype == object or not (np.issubdtype(labels.dtype, np.number)
                                      or labels.dtype == bool):
        raise TypeError(f"to_categorical needs class numbers, got dtype {labels.dtype}")
    shape = labels.shape
    if len(shape) > 1 and shape[-1] == 1:
        shape = shape[:-1]
    flat = labels.reshape(-1)
    if flat.size and (not np.all(np.isfinite(flat)) or np.any(flat != np.round(flat))
                      or flat.min() < 0):
        bad = flat[~np.isfinite(flat) | (flat != np.round(flat)) | (flat < 0)][0]
        raise ValueError(f"to_categorical needs class numbers 0, 1, 2, ..., got {bad!r}")
    flat = flat.astype(np.int64)
    if num_classes is None:
        num_classes = int(flat.max()) + 1 if flat.size else 0
    elif isinstance(num_classes, bool) or not isinstance(num_classes, numbers.Integral) \
            or num_classes < 1:
        raise ValueError(f"num_classes must be a positive integer, got {num_classes!r}")
    if flat.size and flat.max() >= num_classes:
        raise ValueError(f"class number {int(flat.max())} is out of range for "
                         f"num_classes={num_classes} (classes are 0..{num_classes - 1})")
    out = np.zeros((flat.size, int(num_classes)), dtype=dtype)
    out[np.arange(flat.size), flat] = 1
    return out.reshape(*shape, int(num_classes))


def normalize(x, axis=-1, order=2) -> np.ndarray:
    """``x`` divided by its ``order``-norm along ``axis`` (zero rows stay zero)."""
    x = np.asarray(x, dtype=float)
    norm = np.atleast_1d(np.linalg.norm(x, order, axis))
    norm[norm == 0] = 1
    return x / np.expand_dims(norm, axis)
