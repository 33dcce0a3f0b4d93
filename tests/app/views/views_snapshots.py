"""Hand-made snapshots for the view tests (the views never need a running session).

Imported by name (``from views_snapshots import ...``): several test folders have a conftest.
"""
from __future__ import annotations

import numpy as np
from nnviz.lab.snapshot import PlotData, Snapshot

EXTENT = 6.0


def make_data(problem: str = "binary", n_classes: int = 2, n: int = 120, seed: int = 0):
    """Points of a circle-like dataset (classes) or a smooth surface (regression)."""
    rng = np.random.default_rng(seed)
    pts = rng.uniform(-EXTENT * 0.9, EXTENT * 0.9, size=(n, 2))
    r = np.hypot(pts[:, 0], pts[:, 1])
    if problem == "regression":
        y = np.sin(pts[:, 0] / 2) * 2
    elif problem == "multiclass":
        y = (np.floor((np.arctan2(pts[:, 1], pts[:, 0]) + np.pi) / (2 * np.pi) * n_classes)
             .astype(int) % n_classes)
    else:
        y = (r < EXTENT / 2).astype(int)
    half = n // 2
    return PlotData(pts[:half], y[:half], pts[half:], y[half:], problem,
                    1 if problem == "regression" else n_classes, EXTENT, ("x1", "x2"),
                    tuple(f"class {i}" for i in range(n_classes)))


def make_snapshot(config=None, *, serial: int = 1, res: int = 40, boundary=None, data=None,
                  history: int = 60, seed: int = 0, problem: str | None = None,
                  n_classes: int = 2, gradients: bool = True, epochs=None, **overrides):
    """A consistent Snapshot for ``config`` (default ``ExperimentConfig()``): random weights,
    maps from a tanh forward pass over the grid, a loss history."""
    from nnviz.data import make_features
    from nnviz.lab.config import ExperimentConfig
    cfg = config if config is not None else ExperimentConfig()
    problem = problem or cfg.training.problem
    rng = np.random.default_rng(seed)
    n_out = n_classes if problem == "multiclass" else 1
    sizes = [len(cfg.data.features)] + list(cfg.network.units) + [n_out]
    dense = [(rng.normal(0, 1.0, (a, b)).astype(np.float32),
              rng.normal(0, 0.5, b).astype(np.float32)) for a, b in zip(sizes, sizes[1:])]
    grads = [(rng.normal(0, 0.01, k.shape), rng.normal(0, 0.01, b.shape)) for k, b in dense] \
        if gradients else None
    xs = np.linspace(-EXTENT, EXTENT, res)
    gx, gy = np.meshgrid(xs, xs)  # row 0 = bottom (y = -EXTENT)
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    a = make_features(pts, cfg.data.features) / 3.0
    feature_maps = a.T.reshape(-1, res, res)
    maps = []
    for i, (k, b) in enumerate(dense):
        z = a @ k + b
        last = i == len(dense) - 1
        if last and problem == "multiclass":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        elif last and problem == "binary":
            a = 1 / (1 + np.exp(-z))
        elif last:
            a = z
        else:
            a = np.tanh(z)
        maps.append(a.T.reshape(-1, res, res).astype(np.float32))
    if boundary is None:
        boundary = maps[-1][0] if n_out == 1 else np.moveaxis(maps[-1], 0, -1)
    t = np.arange(history, dtype=float) if epochs is None else np.asarray(epochs, float)
    loss = 0.7 * np.exp(-t / 20) + 0.05
    metric = np.full(len(t), np.nan) if problem == "regression" else 1 - loss / 1.5
    fields = dict(serial=serial, step=len(t) * 10, epoch=len(t), weights=[],
                  dense_weights=dense, gradients=grads, epochs=t, train_loss=loss * 0.95,
                  test_loss=loss, train_metric=metric, test_metric=metric * 0.98,
                  boundary=boundary, neuron_maps=maps, extent=EXTENT, learning_rate=0.03,
                  config=cfg, data=data if data is not None else make_data(problem, n_classes),
                  feature_maps=feature_maps)
    fields.update(overrides)
    return Snapshot(**fields)
