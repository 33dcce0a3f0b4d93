"""The perceptron lab: Rosenblatt's rule visited sample by sample (seed 001).

The learning itself is :class:`nnviz.engine.perceptron.Perceptron`; this model only decides
which sample comes next, numbers the visits by epoch, and says whether a line was found.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.engine.perceptron import Perceptron

#: The four corners in the seed program's order: a = [0,0, 1,0, 0,1, 1,1] reshaped (4, 2).
INPUTS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))
GATES = {"and": (0, 0, 0, 1), "or": (0, 1, 1, 1), "xor": (0, 1, 1, 0)}
#: The seed program: c = [0.3, 0.4, 0.1] is (w0 on x0 = −1, w1, w2); 0.05 per update; 3 epochs.
SEED_WEIGHTS = (0.3, 0.4, 0.1)
SEED_LEARNING_RATE = 0.05
SEED_EPOCHS = 3
#: "Run" stops after this many epochs if no epoch is error-free (XOR never is).
MAX_RUN_EPOCHS = 100


@dataclass(frozen=True)
class Visit:
    """One sample shown to the neuron: what it computed and how the weights moved."""

    epoch: int            # 1-based, as a teacher counts
    index: int            # which corner, 0..3
    inputs: tuple         # (x0 = −1, x1, x2)
    weighted_sum: float   # k = x · w (before the update)
    output: float         # y = step(k)
    target: float         # t
    error: float          # t − y
    weights_before: tuple
    weights_after: tuple

    @property
    def changed(self) -> bool:
        return self.error != 0


class PerceptronLab:
    """A perceptron on a two-input logic gate, stepped one sample at a time.

    Parameters
    ----------
    gate : {"and", "or", "xor"}
    weights : sequence of 3 floats
        Initial ``(w0, w1, w2)``; ``w0`` multiplies the bias input ``x0 = −1``.
    learning_rate : float
        η in ``w ← w + η·(t − y)·x``.
    """

    def __init__(self, gate="and", weights=SEED_WEIGHTS, learning_rate=SEED_LEARNING_RATE):
        if gate not in GATES:
            raise ValueError(f"gate must be one of {', '.join(GATES)}, got {gate!r}")
        w = np.asarray(weights, dtype=np.float64).reshape(-1)
        if w.size != 3 or not np.isfinite(w).all():
            raise ValueError(f"weights must be three finite numbers (w0, w1, w2), got {weights!r}")
        self.gate = gate
        self.initial_weights = tuple(float(v) for v in w)
        self.learning_rate = float(learning_rate)
        self.x = np.array(INPUTS)
        self.t = np.array(GATES[gate], dtype=np.float64)
        self.perceptron = Perceptron(weights=w, learning_rate=learning_rate)
        self.visits: list[Visit] = []

    # -- state --------------------------------------------------------------------------------
    @property
    def weights(self) -> tuple:
        return tuple(float(v) for v in self.perceptron.weights)

    @property
    def next_index(self) -> int:
        return len(self.visits) % len(self.t)

    @property
    def epoch(self) -> int:
        """The epoch the next visit belongs to (1-based)."""
        return len(self.visits) // len(self.t) + 1

    @property
    def epochs_done(self) -> int:
        return len(self.visits) // len(self.t)

    def outputs(self) -> np.ndarray:
        """What the neuron answers now for each corner."""
        return np.ravel(self.perceptron.predict(self.x)).astype(float)

    @property
    def solved(self) -> bool:
        """Whether the current weights answer all four corners correctly."""
        return bool(np.array_equal(self.outputs(), self.t))

    @property
    def converged(self) -> bool:
        """Whether a whole epoch passed without a single update (the rule has stopped)."""
        n = len(self.t)
        done = self.epochs_done * n
        return done >= n and not any(v.changed for v in self.visits[done - n:done])

    @property
    def linearly_separable(self) -> bool:
        return self.gate != "xor"

    def boundary(self):
        """The separating line ``w1·x1 + w2·x2 = w0`` as ``(w0, w1, w2)``; None if w1 = w2 = 0."""
        w0, w1, w2 = self.weights
        if w1 == 0 and w2 == 0:
            return None
        return w0, w1, w2

    # -- stepping -----------------------------------------------------------------------------
    def step_sample(self) -> Visit:
        """Show the next corner to the neuron and apply the rule once."""
        i = self.next_index
        epoch = self.epoch
        p = self.perceptron
        p.fit(self.x[i:i + 1], self.t[i:i + 1], epochs=1)
        rec = p.history[-1]
        visit = Visit(epoch, i, tuple(float(v) for v in rec.inputs),
                      float(rec.inputs @ rec.weights_before), rec.output, rec.target, rec.error,
                      tuple(float(v) for v in rec.weights_before),
                      tuple(float(v) for v in rec.weights_after))
        self.visits.append(visit)
        return visit

    def step_epoch(self) -> list[Visit]:
        """Visit the rest of this epoch's corners (all four from an epoch's start)."""
        out = [self.step_sample()]
        while self.next_index != 0:
            out.append(self.step_sample())
        return out

    def run(self, max_epochs: int = MAX_RUN_EPOCHS) -> int:
        """Epochs until one passes without an update, at most ``max_epochs``; returns epochs run."""
        if self.next_index:
            self.step_epoch()
        ran = 0
        while ran < max_epochs and not self.converged:
            self.step_epoch()
            ran += 1
        return ran

    def reset(self, gate=None, weights=None, learning_rate=None) -> None:
        """Start again, optionally with another gate, initial weights or η."""
        self.__init__(gate if gate is not None else self.gate,
                      weights if weights is not None else self.initial_weights,
                      learning_rate if learning_rate is not None else self.learning_rate)
