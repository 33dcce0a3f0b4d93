"""Learning-rate schedules (Keras formulas): ``schedule(step) -> learning rate``."""
from __future__ import annotations

import math


class LearningRateSchedule:
    """Base: call with the optimizer's step count (0 for the first update)."""

    def __call__(self, step):  # pragma: no cover - abstract
        raise NotImplementedError

    def get_config(self):  # pragma: no cover - abstract
        raise NotImplementedError


def _positive(name, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")


class _DecaySchedule(LearningRateSchedule):
    """Shared by the decays driven by ``step / decay_steps`` (floored when ``staircase``)."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False):
        _positive("initial_learning_rate", initial_learning_rate)
        _positive("decay_steps", decay_steps)
        self.initial_learning_rate, self.decay_steps = initial_learning_rate, decay_steps
        self.decay_rate, self.staircase = decay_rate, staircase

    def _progress(self, step):
        p = step / self.decay_steps
        return math.floor(p) if self.staircase else p

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate,
                "decay_steps": self.decay_steps, "decay_rate": self.decay_rate,
                "staircase": self.staircase}


class ExponentialDecay(_DecaySchedule):
    """lr * decay_rate ** (step / decay_steps), the exponent floored when ``staircase``."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False):
        _positive("decay_rate", decay_rate)
        super().__init__(initial_learning_rate, decay_steps, decay_rate, staircase)

    def __call__(self, step):
        return self.initial_learning_rate * self.decay_rate ** self._progress(step)


class InverseTimeDecay(_DecaySchedule):
    """lr / (1 + decay_rate * step / decay_steps), floored division when ``staircase``."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False):
        if not decay_rate >= 0:
            raise ValueError(f"decay_rate must be >= 0, got {decay_rate!r}")
        super().__init__(initial_learning_rate, decay_steps, decay_rate, staircase)

    def __call__(self, step):
        return self.initial_learning_rate / (1 + self.decay_rate * self._progress(step))


class PiecewiseConstantDecay(LearningRateSchedule):
    """values[0] while step <= boundaries[0], values[1] while step <= boundaries[1], ..."""

    def __init__(self, boundaries, values):
        if len(values) != len(boundaries) + 1:
            raise ValueError(f"values must have one more entry than boundaries, got "
                             f"{len(values)} values for {len(boundaries)} boundaries")
        if list(boundaries) != sorted(boundaries):
            raise ValueError(f"boundaries must be increasing, got {boundaries!r}")
        self.boundaries, self.values = list(boundaries), list(values)

    def __call__(self, step):
        for boundary, value in zip(self.boundaries, self.values):
            if step <= boundary:
                return value
        return self.values[-1]

    def get_config(self):
        return {"boundaries": self.boundaries, "values": self.values}


class CosineDecay(LearningRateSchedule):
    """Half a cosine from lr down to lr * alpha over ``decay_steps``, then flat."""

    def __init__(self, initial_learning_rate, decay_steps, alpha=0.0):
        _positive("initial_learning_rate", initial_learning_rate)
        _positive("decay_steps", decay_steps)
        self.initial_learning_rate, self.decay_steps, self.alpha = (
            initial_learning_rate, decay_steps, alpha)

    def __call__(self, step):
        s = min(step, self.decay_steps)
        cosine = 0.5 * (1 + math.cos(math.pi * s / self.decay_steps))
        return self.initial_learning_rate * ((1 - self.alpha) * cosine + self.alpha)

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate,
                "decay_steps": self.decay_steps, "alpha": self.alpha}
