"""Weights worth going back to: the last good ones and the best ones seen so far (Qt-free)."""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class KeptWeights:
    """A copy of the model's weights at the end of an epoch.

    Attributes
    ----------
    weights : list of ndarray
        ``model.get_weights()`` (copies, never touched again).
    iterations : int
        The optimizer's step count then (schedules depend on it).
    epoch, step : int
        The session's counters then.
    loss : float
        The loss it was judged by (NaN for the weights before any epoch).
    loss_on : str
        ``"test"`` or ``"train"``: which data ``loss`` was measured on.
    """

    weights: list
    iterations: int
    epoch: int
    step: int
    loss: float = float("nan")
    loss_on: str = "test"

    def load_into(self, model, iterations: int) -> None:
        """Put these weights into ``model``; its optimizer forgets its momentum and moment
        estimates (they may hold NaN, or the overshooting run's speed) and counts from
        ``iterations``."""
        model.set_weights(self.weights)
        model.optimizer.reset()
        model.optimizer.iterations = int(iterations)


@dataclass(frozen=True)
class BestWeightsInfo:
    """What a snapshot tells about the best weights (the weights stay in the session)."""

    epoch: int
    loss: float
    loss_on: str  # "test" or "train"


class WeightKeeper:
    """Keeps the last finite weights and the weights with the lowest loss so far.

    The best weights are judged by the test loss, or by the training loss when there is no
    test set. Both share one copy of the weights when the newest epoch is also the best.
    """

    def __init__(self):
        self.last_good: KeptWeights | None = None
        self.best: KeptWeights | None = None

    def clear(self) -> None:
        self.last_good = self.best = None

    def record(self, model, epoch: int, step: int, train_loss: float = float("nan"),
               test_loss: float = float("nan")) -> None:
        """Keep the model's weights as the last good ones, and as the best ones if they are."""
        on_test = math.isfinite(test_loss)
        loss = test_loss if on_test else train_loss
        point = KeptWeights(model.get_weights(), model.optimizer.iterations, int(epoch),
                           int(step), float(loss), "test" if on_test else "train")
        self.last_good = point
        if math.isfinite(loss) and (self.best is None or loss < self.best.loss):
            self.best = point

    def best_info(self) -> BestWeightsInfo | None:
        best = self.best
        return None if best is None else BestWeightsInfo(best.epoch, best.loss, best.loss_on)
