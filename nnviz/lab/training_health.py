"""Is training healthy? The common-sense baseline, and the rule that calls a run unstable.

The course (seed 003, 기준 모델 뛰어넘기) says a model must first beat the common-sense baseline:
always guessing the same answer — the class shares for a classifier, the mean for a
regression. A network whose training loss stays above that, or climbs steadily, is learning
nothing useful; usually the learning rate is too large and each step overshoots. Qt-free.
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Baseline:
    """The best constant prediction on the training set and its loss.

    Attributes
    ----------
    loss : float
        Its loss under the loss in use (data loss, as the curves show it).
    guess : tuple of float
        The constant output row: class-1 share (one sigmoid output), class shares (softmax
        outputs) or the target value (regression).
    statistic : str
        ``"mean"`` (squared errors, cross-entropy) or ``"median"`` (absolute error): which
        statistic of the targets the guess is.
    """

    loss: float
    guess: tuple
    statistic: str = "mean"


def constant_baseline(loss, targets: np.ndarray) -> Baseline:
    """The constant prediction with the lowest ``loss`` on ``targets``, and that loss.

    The candidates are the column means (optimal for squared errors and cross-entropy: the
    class frequencies for one-hot or 0/1 targets) and the column medians (optimal for the
    absolute error); each is scored with the engine's own ``loss.per_sample``, never with a
    formula of ours, and the lower one wins.

    Parameters
    ----------
    loss : nnviz.engine.losses.Loss
    targets : ndarray (n, outputs)
        The targets as the model sees them (0/1 column, one-hot rows or values).
    """
    t = np.asarray(targets, dtype=np.float64)
    if t.ndim == 1:
        t = t.reshape(-1, 1)
    if t.shape[0] == 0:
        return Baseline(float("nan"), ())
    best = None
    for statistic, guess in (("mean", t.mean(axis=0)), ("median", np.median(t, axis=0))):
        with np.errstate(all="ignore"):
            value = float(np.mean(loss.per_sample(t, np.broadcast_to(guess, t.shape))))
        if math.isfinite(value) and (best is None or value < best.loss - 1e-12):
            best = Baseline(value, tuple(float(g) for g in guess), statistic)
    return best if best is not None else Baseline(float("nan"), ())


#: Epochs the rule looks back over. Healthy runs at Playground's default learning rate spend at
#: most a few epochs above the baseline (6 on the spiral with plain SGD).
WINDOW_EPOCHS = 20
#: "Mostly above": at least this share of the window's epochs above the baseline fires ...
ABOVE_SHARE_FIRE = 0.5
#: ... and the warning clears once at most this share is (the gap stops it flickering).
ABOVE_SHARE_CLEAR = 0.25
#: A window whose second half is lower than its first by this share of the baseline is still
#: learning: slow starts above the baseline are not unstable.
FALLING_SHARE = 0.005
#: "Rises steadily": the second half higher than the first by this share of the baseline ...
RISING_SHARE = 0.1
#: ... with at least this share of the epoch-to-epoch changes going up.
RISING_STEPS = 0.65
#: "Stuck at the baseline": every loss of the window within this share of it. The network
#: then gives about the same answer everywhere: its gradients vanish (a deep sigmoid stack) or
#: a too large step drove its neurons into saturation; a lower rate alone fixes only the second.
FLAT_SHARE = 0.01


class HealthMonitor:
    """The unstable-training rule, fed one training loss per finished epoch.

    Unstable when, over the last :data:`WINDOW_EPOCHS` epochs, either

    - the training loss was above the baseline in at least half of them and is not falling
      (a slow start above the baseline that keeps going down is fine), or
    - it rises steadily: most epoch-to-epoch changes go up and the later half of the window
      is higher than the earlier by a tenth of the baseline.

    It clears when at most a quarter of the window is above the baseline and the loss is not
    rising. Nothing is judged before a whole window has been seen. While unstable, ``flat`` says
    whether the whole window lies within :data:`FLAT_SHARE` of the baseline: stuck there, not
    jumping about.

    Parameters
    ----------
    baseline : float
        The loss of the best constant prediction (:func:`constant_baseline`).
    window : int
    """

    def __init__(self, baseline: float, window: int = WINDOW_EPOCHS):
        self.window = int(window)
        self.baseline = float(baseline)
        self._losses: deque = deque(maxlen=self.window)
        self.unstable = False
        self.flat = False
        self.since_epoch = 0

    def reset(self, baseline: float | None = None) -> None:
        """Forget what was seen (new weights, learning rate or loss); ``baseline`` if given."""
        if baseline is not None:
            self.baseline = float(baseline)
        self._losses.clear()
        self.unstable = False
        self.flat = False
        self.since_epoch = 0

    def observe(self, epoch: int, train_loss: float) -> bool:
        """Record epoch ``epoch``'s training loss; returns whether training is now unstable."""
        losses = self._losses
        losses.append(float(train_loss))
        base = self.baseline
        if len(losses) < self.window or not base > 0 or not math.isfinite(base):
            return self.unstable
        values = list(losses)
        above = sum(v > base for v in values) / len(values)
        half = len(values) // 2
        change = (sum(values[half:]) / (len(values) - half) - sum(values[:half]) / half) / base
        ups = sum(b > a for a, b in zip(values, values[1:])) / (len(values) - 1)
        rising = change > RISING_SHARE and ups >= RISING_STEPS
        falling = change < -FALLING_SHARE
        if not self.unstable:
            if (above >= ABOVE_SHARE_FIRE and not falling) or rising:
                self.unstable = True
                self.since_epoch = int(epoch)
        elif above <= ABOVE_SHARE_CLEAR and not rising:
            self.unstable = False
            self.since_epoch = 0
        self.flat = self.unstable and max(abs(v - base) for v in values) <= FLAT_SHARE * base
        return self.unstable


def gradient_norms(kernel_gradients) -> tuple:
    """The L2 norm of each gradient array, without overflow warnings.

    Computed in float64 on the array scaled by its largest magnitude, so a float32 gradient
    of 1e30 gives 1e30, not an overflowed square; non-finite gradients give ``inf``/``nan``.
    """
    norms = []
    for g in kernel_gradients:
        a = np.asarray(g, dtype=np.float64)
        with np.errstate(all="ignore"):
            scale = float(np.max(np.abs(a))) if a.size else 0.0
            if scale == 0.0 or not math.isfinite(scale):
                norms.append(scale if a.size else 0.0)
                continue
            norms.append(float(scale * np.sqrt(np.sum(np.square(a / scale)))))
    return tuple(norms)


class TrainingHealth:
    """One session's baseline (recomputed only when its data or loss changes) and its
    :class:`HealthMonitor`."""

    def __init__(self):
        self.baseline = Baseline(float("nan"), ())
        self.monitor = HealthMonitor(float("nan"))
        self._key = None

    def update(self, data, loss) -> None:
        """Baseline for ``data.t_train`` under ``loss``; the monitor starts a fresh look."""
        key = self._key
        if key is None or key[0] is not data or key[1] != loss.name:
            self.baseline = constant_baseline(loss, data.t_train)
            self._key = (data, loss.name)
        self.monitor.reset(self.baseline.loss)

    @property
    def unstable(self) -> bool:
        return self.monitor.unstable
