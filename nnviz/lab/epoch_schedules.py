"""Learning-rate schedules counted in epochs, run by the engine's Keras schedules counted in steps.

The config says "halve the rate every 500 epochs"; the engine (like Keras) counts optimizer
steps. :class:`EpochSchedule` converts with ``steps per epoch = ceil(train points / batch
size)`` and, when the batch size changes while training, carries on from the same epoch: the
rate stays a function of epochs, whatever the batch size was along the way.
"""
from __future__ import annotations

import math

import numpy as np

from nnviz.engine import schedules

from .config import TrainingConfig

#: How many points :func:`learning_rate_curve` computes.
CURVE_POINTS = 200


def steps_per_epoch(n_train: int, batch_size: int) -> int:
    """Optimizer steps in one epoch: ``ceil(n_train / batch_size)`` (the last batch may be
    smaller), at least 1."""
    return max(1, -(-int(n_train) // max(1, int(batch_size))))


def engine_schedule(training: TrainingConfig, per_epoch: int) -> schedules.LearningRateSchedule:
    """The engine (Keras) schedule for ``training.schedule`` with its epochs turned into steps.

    Piecewise: the rate is multiplied by ``decay_rate`` after each boundary epoch, so the
    values are ``learning_rate * decay_rate ** i``.
    """
    lr = float(training.learning_rate)
    steps = training.decay_epochs * per_epoch
    kind = training.schedule
    if kind == "exponential":
        return schedules.ExponentialDecay(lr, steps, training.decay_rate)
    if kind == "inverse_time":
        return schedules.InverseTimeDecay(lr, steps, training.decay_rate)
    if kind == "piecewise":
        boundaries = [b * per_epoch for b in training.boundary_epochs]
        values = [lr * training.decay_rate ** i for i in range(len(boundaries) + 1)]
        return schedules.PiecewiseConstantDecay(boundaries, values)
    if kind == "cosine":
        return schedules.CosineDecay(lr, steps, alpha=training.cosine_alpha)
    raise ValueError(f"schedule must be one of exponential, inverse_time, piecewise, cosine, "
                     f"got {kind!r}")


class EpochSchedule(schedules.LearningRateSchedule):
    """A schedule in epochs for an optimizer that counts steps.

    Parameters
    ----------
    training : TrainingConfig
        Its ``schedule`` (not ``"constant"``), rate, decay parameters and batch size.
    n_train : int
        Training points, for the steps per epoch.
    step, epochs : float
        Where training is: the optimizer's step count and the epochs trained (fractional) —
        they differ from ``epochs * steps_per_epoch`` after a batch-size change.

    Attributes
    ----------
    schedule : LearningRateSchedule
        The engine schedule in steps (Keras semantics) for the current batch size.
    steps_per_epoch : int
    """

    def __init__(self, training: TrainingConfig, n_train: int, step: float = 0,
                 epochs: float = 0.0):
        self.n_train = int(n_train)
        self.follow(training, step, epochs)

    def __call__(self, step):
        return self.schedule(step + self._offset)

    def epochs_at(self, step) -> float:
        """Epochs trained (fractional) when the optimizer has made ``step`` steps."""
        return (step + self._offset) / self.steps_per_epoch

    def follow(self, training: TrainingConfig, step: float, epochs: float | None = None) -> None:
        """Take ``training``'s rate, decay parameters and batch size when the optimizer has
        made ``step`` steps in ``epochs`` epochs (default: the epochs this schedule counted),
        so that a batch-size change carries on from the same epoch instead of jumping."""
        if epochs is None:
            epochs = self.epochs_at(step)
        self.steps_per_epoch = steps_per_epoch(self.n_train, training.batch_size)
        self.schedule = engine_schedule(training, self.steps_per_epoch)
        # Added to the optimizer's count so that (count + offset) / steps_per_epoch is the
        # epochs trained; non-zero only after a batch-size change.
        self._offset = float(epochs) * self.steps_per_epoch - step

    def get_config(self):
        return {"n_train": self.n_train, "steps_per_epoch": self.steps_per_epoch,
                "offset": self._offset,
                "schedule": {"class_name": type(self.schedule).__name__,
                             "config": self.schedule.get_config()}}


def make_learning_rate(training: TrainingConfig, n_train: int, step: float = 0,
                       epochs: float = 0.0):
    """A float for the constant schedule, else an :class:`EpochSchedule` (see there for
    ``step`` and ``epochs``)."""
    if training.schedule == "constant":
        return float(training.learning_rate)
    return EpochSchedule(training, n_train, step, epochs)


def schedule_span(training: TrainingConfig) -> int:
    """Epochs that show a schedule's whole shape: a few decay periods, past the last boundary,
    or the cosine's length and a little more."""
    kind = training.schedule
    if kind == "piecewise":
        return int(math.ceil(training.boundary_epochs[-1] * 1.25))
    if kind == "cosine":
        return int(math.ceil(training.decay_epochs * 1.25))
    return 4 * training.decay_epochs


def learning_rate_curve(training: TrainingConfig, last_epoch: float,
                        points: int = CURVE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(epochs, rates): the rate the schedule gives over epochs ``0 .. last_epoch``.

    Depends on epochs only (one step per epoch is used), so the batch size does not matter;
    the constant schedule gives a flat line.
    """
    epochs = np.linspace(0.0, max(float(last_epoch), 1.0), max(2, int(points)))
    if training.schedule == "constant":
        return epochs, np.full_like(epochs, float(training.learning_rate))
    schedule = engine_schedule(training, 1)
    return epochs, np.array([schedule(e) for e in epochs], dtype=float)
