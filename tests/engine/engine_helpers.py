"""Shared helpers for the engine tests (central differences, small data sets)."""
from __future__ import annotations

import numpy as np


def numeric_gradients(model, x, y, eps=1e-6, training=True):
    """Central differences of ``model.loss_value`` w.r.t. every trainable weight, in place."""
    grads = []
    for w in model.trainable_weights:
        g = np.zeros(w.shape, dtype=np.float64)
        for idx in np.ndindex(w.shape):
            old = w[idx]
            w[idx] = old + eps
            plus = model.loss_value(x, y, training=training)
            w[idx] = old - eps
            minus = model.loss_value(x, y, training=training)
            w[idx] = old
            g[idx] = (plus - minus) / (2 * eps)
        grads.append(g)
    return grads


def relative_error(analytic, numeric):
    """||a - n|| / (||a|| + ||n||), 0 when both are exactly zero."""
    a = np.asarray(analytic, dtype=np.float64)
    n = np.asarray(numeric, dtype=np.float64)
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    if denom == 0.0:
        return 0.0
    return float(np.linalg.norm(a - n) / denom)


def assert_gradients_match(model, x, y, tol=1e-6, skip=()):
    """Analytic gradients agree with central differences for every trainable weight."""
    before = [w.copy() for w in model.get_weights()]
    analytic = model.compute_gradients(x, y, training=True)
    after = model.get_weights()
    assert len(before) == len(after)
    for b, a in zip(before, after):
        assert np.array_equal(b, a), "compute_gradients changed the model's weights"
    weights = model.trainable_weights
    assert len(analytic) == len(weights), (len(analytic), len(weights))
    numeric = numeric_gradients(model, x, y)
    errors = []
    for i, (a, n, w) in enumerate(zip(analytic, numeric, weights)):
        assert np.shape(a) == w.shape, f"gradient {i}: shape {np.shape(a)} != weight {w.shape}"
        if i in skip:
            continue
        err = relative_error(a, n)
        errors.append(err)
        assert err <= tol, f"weight {i} {w.shape}: relative error {err:.3g}\nanalytic={a}\nnumeric={n}"
        assert np.allclose(a, n, rtol=1e-5, atol=1e-8), f"weight {i}: {a} vs {n}"
    return analytic, numeric


def set_random_weights(model, seed, scale=0.7):
    """Overwrite every weight with N(0, scale) values (not for BN moving variances)."""
    rng = np.random.default_rng(seed)
    new = []
    for w in model.get_weights():
        v = rng.normal(0.0, scale, size=w.shape)
        new.append(v)
    model.set_weights(new)


def xor_data():
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([[0], [1], [1], [0]], dtype=np.float32)
    return x, y


def circle_data(n=240, seed=0):
    """Points in [-1, 1]^2; label 1 inside radius 0.6 (about 28 % of the square)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, size=(n, 2))
    y = (np.hypot(x[:, 0], x[:, 1]) < 0.6).astype(np.float32)[:, None]
    return x.astype(np.float32), y


def spiral_data(n_per_arm=100, seed=0, noise=0.05, radius=3.0):
    """Two interleaved spirals (one and a half turns each) out to ``radius``.

    At radius 1 a tanh network at lr 0.01 sits on a long plateau (~0.67 accuracy after 300
    epochs); radius 3 (inputs of order 1 to 3, as a playground scales them) learns reliably.
    """
    rng = np.random.default_rng(seed)
    t = np.sqrt(rng.uniform(0.05, 1.0, size=n_per_arm)) * 3 * np.pi
    xs, ys = [], []
    for label, phase in ((0, 0.0), (1, np.pi)):
        r = t / (3 * np.pi)
        pts = np.stack([r * np.cos(t + phase), r * np.sin(t + phase)], axis=1)
        pts += rng.normal(0, noise, size=pts.shape)
        xs.append(pts * radius)
        ys.append(np.full((n_per_arm, 1), label))
    x = np.concatenate(xs).astype(np.float32)
    y = np.concatenate(ys).astype(np.float32)
    return x, y


def blobs_data(n_per_class=60, seed=0, std=0.6):
    """Three Gaussian blobs; returns x, integer labels and one-hot labels."""
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 2.0], [-2.0, -1.0], [2.0, -1.0]])
    x = np.concatenate([c + rng.normal(0, std, size=(n_per_class, 2)) for c in centers])
    labels = np.repeat(np.arange(3), n_per_class)
    onehot = np.eye(3)[labels]
    return x.astype(np.float32), labels, onehot.astype(np.float32)
