"""Per-step cost of the engine against a tight hand-written NumPy MLP (the floor).

Prints microseconds per training step for each network, for (a) ``train_on_batch`` (the Keras
API with its checks and metrics), (b) ``fast_train_on_batch`` (the lean path, which returns the
batch loss), (b') ``fast_train_step`` (what the app's session trains with: the lean path without
the batch loss) and (c) a hand-written float32 NumPy MLP doing the same maths with no
abstraction (the floor, loss included), measured interleaved in one run, with ratios to the
floor. Then the forward pass of a 100x100
grid through [8]x6 (``predict`` vs the floor). Figures, not a test: targets are (b) <= 1.5x,
(a) <= 3x and grid <= 1.2x the floor.

    python benchmarks/engine_step.py [--repeats 7] [--steps 2000]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (DESIGN.md section 6)

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from nnviz.engine import Dense, Sequential, set_random_seed  # noqa: E402
from nnviz.engine.optimizers import SGD  # noqa: E402

CASES = [("W1 [4,2] batch 10", [4, 2], 10), ("W2 [8]x6 batch 10", [8] * 6, 10),
         ("W3 [8,8] batch 250", [8, 8], 250), ("W4 [64,64] batch 256", [64, 64], 256)]
LR = 0.03


class FloorMLP:
    """The floor: tanh hidden layers, sigmoid output, BCE, SGD, bias folded into each matrix,
    every buffer preallocated, ``np.dot(a, W, out)`` throughout."""

    def __init__(self, weights, batch):
        self.W = [np.vstack([k, b[None, :]]).astype(np.float32) for k, b in weights]
        self.A = []
        for W in self.W:  # input buffer of each layer with its constant-1 column
            a = np.ones((batch, W.shape[0]), np.float32)
            self.A.append(a)
        self.Z = [np.empty((batch, W.shape[1]), np.float32) for W in self.W]
        self.G = [np.empty_like(W) for W in self.W]
        self.D = [np.empty((batch, W.shape[1]), np.float32) for W in self.W]
        self.T = [np.empty((batch, W.shape[1]), np.float32) for W in self.W]
        self.out = np.empty((batch, 1), np.float32)

    def forward(self, x):
        A, Z, W = self.A, self.Z, self.W
        A[0][:, :-1] = x
        last = len(W) - 1
        for i in range(last):
            np.dot(A[i], W[i], out=Z[i])
            np.tanh(Z[i], out=A[i + 1][:, :-1])
        np.dot(A[last], W[last], out=Z[last])
        o = self.out  # sigmoid as exp(-log(1 + e^-z)), the engine's precise formula
        np.negative(Z[last], out=o)
        np.logaddexp(0, o, out=o)
        np.negative(o, out=o)
        np.exp(o, out=o)
        return o

    def step(self, x, y):
        o = self.forward(x)
        A, W, G, D, T = self.A, self.W, self.G, self.D, self.T
        last = len(W) - 1
        d = D[last]
        np.subtract(o, y, out=d)
        d *= 1.0 / d.size
        loss = float(np.mean(np.logaddexp(0, self.Z[last]) - y * self.Z[last]))
        for i in range(last, -1, -1):
            np.dot(A[i].T, d, out=G[i])
            if i:
                prev = D[i - 1]
                np.dot(d, W[i][:-1].T, out=prev)
                a = A[i][:, :-1]
                t = T[i - 1]
                np.multiply(a, a, out=t)
                np.subtract(1, t, out=t)
                prev *= t
                d = prev
            np.multiply(G[i], LR, out=G[i])
            W[i] -= G[i]
        return loss


def build(hidden):
    set_random_seed(0)
    model = Sequential()
    model.add(Dense(hidden[0], activation="tanh", input_shape=(2,)))
    for units in hidden[1:]:
        model.add(Dense(units, activation="tanh"))
    model.add(Dense(1, activation="sigmoid"))
    model.compile(optimizer=SGD(learning_rate=LR), loss="binary_crossentropy")
    return model


def per_call_us(fn, steps):
    start = time.perf_counter()
    for _ in range(steps):
        fn()
    return (time.perf_counter() - start) / steps * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--steps", type=int, default=2000)
    args = parser.parse_args()
    rng = np.random.default_rng(1)
    print(f"numpy {np.__version__}, float32, median of {args.repeats} interleaved rounds\n")
    print(f"{'network':24} {'floor us':>9} {'lean us':>9} {'lean/floor':>10} "
          f"{'step us':>9} {'step/floor':>10} {'api us':>9} {'api/floor':>9}")
    for label, hidden, batch in CASES:
        x = rng.normal(size=(batch, 2)).astype(np.float32)
        y = (rng.random((batch, 1)) > 0.5).astype(np.float32)
        lean, step, api = build(hidden), build(hidden), build(hidden)
        floor = FloorMLP([(l.kernel, l.bias) for l in lean.layers], batch)
        steps = max(50, args.steps * 10 // max(batch, 10)) if batch > 10 else args.steps
        runs = {"floor": [], "lean": [], "step": [], "api": []}
        for _ in range(args.repeats):
            runs["floor"].append(per_call_us(lambda: floor.step(x, y), steps))
            runs["lean"].append(per_call_us(lambda: lean.fast_train_on_batch(x, y), steps))
            runs["step"].append(per_call_us(lambda: step.fast_train_step(x, y), steps))
            runs["api"].append(per_call_us(lambda: api.train_on_batch(x, y), steps))
        f, l, s, a = (statistics.median(runs[k]) for k in ("floor", "lean", "step", "api"))
        print(f"{label:24} {f:9.1f} {l:9.1f} {l / f:10.2f} {s:9.1f} {s / f:10.2f} {a:9.1f} "
              f"{a / f:9.2f}")

    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 100), np.linspace(-6, 6, 100)), -1)
    grid = grid.reshape(-1, 2).astype(np.float32)
    model = build([8] * 6)
    floor = FloorMLP([(l.kernel, l.bias) for l in model.layers], grid.shape[0])
    runs = {"floor": [], "predict": []}
    for _ in range(args.repeats):
        runs["floor"].append(per_call_us(lambda: floor.forward(grid), 50))
        runs["predict"].append(per_call_us(lambda: model.predict(grid), 50))
    f, p = statistics.median(runs["floor"]), statistics.median(runs["predict"])
    print(f"\n{'grid 100x100 [8]x6':24} floor {f:9.1f} us   predict {p:9.1f} us   "
          f"ratio {p / f:.2f}")


if __name__ == "__main__":
    main()
