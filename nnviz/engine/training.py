"""The ``fit`` loop: epochs, shuffled mini-batches, validation, callbacks and progress output."""
from __future__ import annotations

import numbers
import time

import numpy as np

from . import backend
from .callbacks import Callback, History
from .summary import progress_line


def _split(model, x, y, validation_split, validation_data):
    if validation_data is not None:
        if not isinstance(validation_data, (tuple, list)) or len(validation_data) < 2:
            raise ValueError("validation_data must be a tuple (x_val, y_val), got "
                             f"{type(validation_data).__name__}")
        xv, yv = model._prepare(validation_data[0], validation_data[1], "validation_data x",
                                "validation_data y")
        return x, y, xv, yv
    if isinstance(validation_split, bool) or not isinstance(validation_split, numbers.Real) \
            or not 0 <= validation_split < 1:
        raise ValueError(f"validation_split must be a number in [0, 1), got {validation_split!r}")
    if validation_split == 0:
        return x, y, None, None
    # Keras takes the LAST fraction of the samples, before any shuffling.
    split_at = int(x.shape[0] * (1 - validation_split))
    if split_at < 1 or split_at >= x.shape[0]:
        raise ValueError(f"validation_split={validation_split} leaves no samples for training "
                         f"or validation out of {x.shape[0]}")
    return x[:split_at], y[:split_at], x[split_at:], y[split_at:]


def fit_loop(model, x, y, batch_size, epochs, verbose, callbacks, validation_split,
             validation_data, shuffle, initial_epoch):
    model._require_compiled("fit")
    if x is None or y is None:
        raise ValueError("fit needs training data: model.fit(x, y, ...)")
    x, y = model._prepare(x, y)
    batch_size = 32 if batch_size is None else batch_size
    for name, value, minimum in (("batch_size", batch_size, 1), ("epochs", epochs, 0),
                                 ("initial_epoch", initial_epoch, 0)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
            raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    if verbose not in (0, 1, 2, "auto"):
        raise ValueError(f"verbose must be 0, 1 or 2, got {verbose!r}")
    verbose = 1 if verbose == "auto" else verbose
    x, y, x_val, y_val = _split(model, x, y, validation_split, validation_data)
    
    history = History()
    user = list(callbacks or [])
    for cb in user:
        if not isinstance(cb, Callback):
            raise TypeError(f"callbacks must be Callback objects, got {cb!r}")
    all_callbacks = user + [history]  # History last, so it records what others add to logs
    n = x.shape[0]
    n_batches = -(-n // batch_size)
    for cb in all_callbacks:
        cb.set_model(model)
        cb.set_params({"epochs": epochs, "steps": n_batches, "verbose": verbose})
    model.stop_training = False
    for cb in all_callbacks:
        cb.on_train_begin()

    names = ["loss", *model.metrics_names]
    for epoch in range(initial_epoch, epochs):
        for cb in all_callbacks:
            cb.on_epoch_begin(epoch)
        started = time.perf_counter()
        if shuffle:
            order = backend.rng().permutation(n)
            xs, ys = x[order], y[order]
        else:
            xs, ys = x, y
        sums = np.zeros(len(names))
        seen = 0
        for b in range(n_batches):
            for cb in user:
                cb.on_train_batch_begin(b)
            xb = xs[b * batch_size:(b + 1) * batch_size]
            yb = ys[b * batch_size:(b + 1) * batch_size]
            value = model.fast_train_on_batch(xb, yb)
            batch = [value, *model._batch_metrics(yb)]
            sums += np.asarray(batch) * xb.shape[0]
            seen += xb.shape[0]
            if user:
                logs = dict(zip(names, batch))
                for cb in user:
                    cb.on_train_batch_end(b, logs)
                if model.stop_training:  # e.g. TerminateOnNaN: stop after this batch
                    n_batches = b + 1
                    break
        logs = {k: float(v) for k, v in zip(names, sums / seen)}
        if x_val is not None:
            values = model.evaluate(x_val, y_val, return_dict=True)
            logs.update({f"val_{k}": v for k, v in values.items()})
        if verbose:
            print(f"Epoch {epoch + 1}/{epochs}")
            print(progress_line(n_batches, time.perf_counter() - started, logs, verbose))
        for cb in all_callbacks:
            cb.on_epoch_end(epoch, logs)
        if model.stop_training:
            break
    for cb in all_callbacks:
        cb.on_train_end()
    model.history = history
    return history
