"""The evaluation grid over the plane: boundary images, neuron maps and feature thumbnails."""
from __future__ import annotations

import numpy as np

from nnviz.engine import backend

EXTENT = 6.0  # the data plane is [-EXTENT, EXTENT]^2


def grid_points(resolution: int, extent: float = EXTENT, centre: float = 0.0) -> np.ndarray:
    """The (res·res, 2) plane coordinates of the grid's cell centres, row-major.

    Row ``i`` of the image is ``y = c - extent + (i + 0.5)·2·extent/res`` with ``c = centre``
    (row 0 is the bottom of the plane) and column ``j`` is the same formula in ``x``: an image
    of shape (res, res) drawn with ``setRect(c - extent, c - extent, 2·extent, 2·extent)`` puts
    every value over its own cell.
    """
    if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) \
            or not 2 <= resolution <= 1000:
        raise ValueError(f"resolution must be an integer in [2, 1000], got {resolution!r}")
    centres = centre - extent + (np.arange(resolution) + 0.5) * (2.0 * extent / resolution)
    xs, ys = np.meshgrid(centres, centres)  # xs[i, j] = centres[j], ys[i, j] = centres[i]
    return np.column_stack([xs.ravel(), ys.ravel()])


class GridCache:
    """Grid feature matrices, computed once per (features, resolution, plane) and reused.

    The plane is the cache's ``extent`` around 0 unless a call names its own ``extent`` and
    ``centre`` (the logic gates' square). ``features(names, res)`` returns the model-input matrix (res·res, n_features) in the engine's
    float type; ``feature_maps(names, res)`` the same values shaped (n_features, res, res).
    Both are cached and must be treated as read-only.
    """

    def __init__(self, extent: float = EXTENT, max_entries: int = 4):
        self.extent = extent
        self.max_entries = max_entries
        self._cache: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def _entry(self, names: tuple[str, ...], resolution: int, extent=None, centre=0.0):
        extent = self.extent if extent is None else float(extent)
        key = (tuple(names), int(resolution), backend.floatx(), extent, float(centre))
        hit = self._cache.get(key)
        if hit is None:
            from nnviz.data import make_features
            points = grid_points(int(resolution), extent, float(centre))
            feats = np.ascontiguousarray(make_features(points, list(names)),
                                         dtype=backend.floatx())
            maps = np.ascontiguousarray(feats.T.reshape(len(names), resolution, resolution))
            feats.setflags(write=False)
            maps.setflags(write=False)
            if len(self._cache) >= self.max_entries:
                self._cache.pop(next(iter(self._cache)))
            hit = self._cache[key] = (feats, maps)
        return hit

    def features(self, names, resolution: int, extent=None, centre=0.0) -> np.ndarray:
        return self._entry(tuple(names), resolution, extent, centre)[0]

    def feature_maps(self, names, resolution: int, extent=None, centre=0.0) -> np.ndarray:
        return self._entry(tuple(names), resolution, extent, centre)[1]

    def clear(self) -> None:
        self._cache.clear()


#: Points per pass of the fast path (:func:`_dense_columns`): its arrays then stay in the
#: caches (one pass over all 40,000 points of a 200x200 map was slower for [8]x6 and [16]x8).
COLUMN_CHUNK = 10_000


def _dense_stack(model):
    """(kernel, bias or None, activation) per layer when every layer is a Dense, else None.

    Such a model's grids take a faster path than ``predict``/``trace``, whose layers write each
    output into the next layer's input buffer (a column of ones beside it carries the bias):
    right for a training step of ten points, but strided writes of tens of thousands of rows
    made a 200x200 map twice as slow as it needs to be for [4, 2] (1.8 -> 0.9 ms) and a
    quarter slower for [16]x8. Batch norm or dropout layers keep the general path.
    """
    from nnviz.engine.layers import Dense
    layers = model.layers
    if not layers or any(type(layer) is not Dense for layer in layers):
        return None
    return [(layer.kernel, layer.bias if layer.use_bias else None, layer.activation)
            for layer in layers]


def _dense_columns(stack, columns: np.ndarray, keep: bool) -> list:
    """The layers of ``stack`` over points given as columns, ``columns`` (inputs, n): every
    layer's output (units, n) when ``keep``, else the last one's only (in a list).

    In inference mode, with the bias added after the product (as Keras does); the values
    agree with ``predict`` to a few units in the last place (the sums run in another order).
    """
    a, kept = columns, []
    last = len(stack) - 1
    for i, (kernel, bias, activation) in enumerate(stack):
        z = np.dot(kernel.T, a)
        if bias is not None:
            z += bias[:, None]
        if i == last and activation.name == "softmax":  # over the units: rows, not columns
            a = np.ascontiguousarray(activation.forward(np.ascontiguousarray(z.T)).T)
        else:
            a = activation.forward(z, out=np.empty_like(z))
        if keep or i == last:
            kept.append(a)
    return kept


def _columns(features: np.ndarray, columns: np.ndarray | None) -> np.ndarray:
    """``features`` (n, inputs) as columns (inputs, n): ``columns`` when the caller has them
    (a :class:`GridCache`'s feature maps are exactly that), else a transposed copy."""
    return np.ascontiguousarray(features.T) if columns is None else columns


def _shaped_output(out_columns: np.ndarray, res: int) -> np.ndarray:
    """The output layer's (k, res·res) values as the boundary: (res, res) or (res, res, k)."""
    if out_columns.shape[0] == 1:
        return out_columns.reshape(res, res)
    return np.ascontiguousarray(out_columns.T).reshape(res, res, -1)


def grid_output(model, features: np.ndarray, resolution: int,
                batch_size: int | None = None, columns: np.ndarray | None = None) -> np.ndarray:
    """The output layer alone over the grid, (res, res) or (res, res, k); a fresh array.

    One ``predict`` pass (in batches of ``batch_size`` rows), which keeps no per-layer
    activations: the big boundary image costs the forward pass only, not a copy of every
    neuron's map at that resolution.
    """
    res = int(resolution)
    stack = _dense_stack(model)
    if stack is not None:
        columns = _columns(features, columns)
        parts = [_dense_columns(stack, columns[:, i:i + COLUMN_CHUNK], keep=False)[-1]
                 for i in range(0, columns.shape[1], COLUMN_CHUNK)]
        return _shaped_output(np.concatenate(parts, axis=1), res)
    out = model.predict(features, batch_size=batch_size)
    return out.reshape(res, res) if out.shape[1] == 1 else out.reshape(res, res, -1)


def grid_outputs(model, features: np.ndarray, resolution: int,
                 columns: np.ndarray | None = None):
    """One inference ``trace`` over the grid: (boundary, neuron_maps).

    ``boundary`` is the output layer's values, (res, res) for one output unit or (res, res, k);
    ``neuron_maps`` lists, per Dense layer, its activations as (units, res, res). Fresh arrays.
    """
    res = int(resolution)
    stack = _dense_stack(model)
    if stack is not None:
        outs = _dense_columns(stack, _columns(features, columns), keep=True)
        return _shaped_output(outs[-1], res), [a.reshape(-1, res, res) for a in outs]
    trace = model.trace(features)
    neuron_maps = [np.ascontiguousarray(t.a.T).reshape(t.a.shape[1], res, res)
                   for t in trace if t.kind == "dense"]
    out = trace[-1].a
    boundary = out.reshape(res, res) if out.shape[1] == 1 else out.reshape(res, res, -1)
    return boundary, neuron_maps
