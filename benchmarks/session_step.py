"""How fast Session trains: epochs and batches per second of ``Session.run_for(3)``.

The app needs >= 600 epochs/s for circle (500 points, train ratio 0.5), [4, 2], tanh, batch 10,
SGD lr 0.03 while the GUI paints. Prints figures; asserts nothing.

    python benchmarks/session_step.py
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app does (DESIGN.md section 6)

import time  # noqa: E402

from nnviz.lab.config import ExperimentConfig, LayerConfig  # noqa: E402
from nnviz.lab.session import Session  # noqa: E402

SECONDS = 3.0


def bare_engine_rate(session: Session, seconds: float) -> float:
    """Batches/s of a bare ``fast_train_step`` loop over the same model and batches: the
    floor the session's loop (shuffling, epoch-end evaluation, checks) is compared with."""
    data, bs = session.experiment_data, session.batch_size
    x, y = data.x_train, data.t_train
    batches = [(x[i:i + bs], y[i:i + bs]) for i in range(0, len(x), bs)]
    train = session.model.fast_train_step
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for xb, yb in batches:
            train(xb, yb)
        done += len(batches)
    return done / (time.perf_counter() - start)


def session_rate(session: Session, seconds: float) -> float:
    start, steps = time.perf_counter(), session.step_count
    session.run_for(seconds)
    return (session.step_count - steps) / (time.perf_counter() - start)


def measure(label: str, config: ExperimentConfig) -> None:
    session = Session(config)
    session.run_for(0.2)  # warm-up: buffers, caches
    epoch0, step0 = session.epoch, session.step_count
    start = time.perf_counter()
    session.run_for(SECONDS)
    took = time.perf_counter() - start
    epochs, batches = session.epoch - epoch0, session.step_count - step0
    # Overhead ratio: best of interleaved short slices, so other load on the machine hits both.
    bare = Session(config)
    best_session = best_bare = 0.0
    for _ in range(5):
        best_session = max(best_session, session_rate(session, 0.2))
        best_bare = max(best_bare, bare_engine_rate(bare, 0.2))
    t0, n_snap = time.perf_counter(), 0
    while time.perf_counter() - t0 < 0.5:
        session.step(1)  # new weights, so the snapshot's gradients are recomputed
        session.snapshot(grids=True, resolution=50)
        n_snap += 1
    snap_ms = (time.perf_counter() - t0) / n_snap * 1000
    print(f"{label:<28} {epochs / took:6.0f} epochs/s {batches / took:7.0f} batches/s  "
          f"(session loop at {best_session / best_bare:4.0%} of a bare engine loop)  "
          f"step(1)+snapshot(res 50) {snap_ms:5.2f} ms  {session.status}, "
          f"test loss {session.history.last('test_loss'):.4f}")


def main() -> None:
    base = ExperimentConfig()  # circle, 500 points, ratio 0.5, [4, 2] tanh, batch 10, SGD 0.03
    measure("[4, 2] tanh, batch 10", base)
    deep = base.with_network(hidden=tuple(LayerConfig(8) for _ in range(6)))
    measure("[8]*6 tanh, batch 10", deep)
    measure("[8]*6 tanh, batch 10, adam", deep.with_training(optimizer="adam",
                                                               learning_rate=0.003))
    measure("[8, 8] spiral relu dropout", base.with_data(dataset="spiral").with_network(
        hidden=(LayerConfig(8, "relu", dropout=0.1), LayerConfig(8, "relu", dropout=0.1))))


if __name__ == "__main__":
    main()
