"""LiveNetwork: a replica of the network being trained, rebuilt from its snapshots.

The instruments that look inside the live network (forward pass, backprop, gradient flow) need
the model itself, not just its pictures. Training runs elsewhere (another process), so each
snapshot's config and weights are put into a local engine model, built once per structure and
refreshed once per snapshot: a paused network costs nothing.
"""
from __future__ import annotations

import numpy as np

from nnviz.data.features import make_features
from nnviz.engine import backend
from nnviz.engine.layers import Dense
from nnviz.lab.model_builder import build_model, output_units, structure_key

#: Points used for "the whole training set" at most (spread evenly over it).
MAX_BATCH = 400


class LiveNetwork:
    """The replica; ``update(snapshot)`` before asking anything.

    Attributes
    ----------
    model : Sequential or None
        The engine model with the snapshot's weights (None before a usable snapshot).
    snapshot : Snapshot or None
        The snapshot the weights come from.
    """

    def __init__(self):
        self.model = None
        self.snapshot = None
        self._model_key = None
        self._serial = None

    # -- following the snapshots -----------------------------------------------------------------
    def update(self, snapshot) -> bool:
        """Follow ``snapshot``; True when the weights (or structure) changed."""
        if snapshot is None or snapshot.config is None or not snapshot.weights \
                or snapshot.data is None:
            return False
        config, data = snapshot.config, snapshot.data
        n_inputs = int(np.asarray(snapshot.dense_weights[0][0]).shape[0])
        n_outputs = output_units(config, data.n_classes)
        key = (structure_key(config), config.loss, config.training, config.network, n_inputs,
               n_outputs)
        if key != self._model_key:
            try:
                model = build_model(config, n_inputs, n_outputs,
                                    n_train=max(len(data.points_train), 1))
                model.set_weights(snapshot.weights)
            except (ValueError, TypeError):
                return False  # a snapshot of a half-applied config: wait for the next one
            self.model, self._model_key, self._serial = model, key, None
        if snapshot.serial == self._serial:
            self.snapshot = snapshot
            return False
        try:
            self.model.set_weights(snapshot.weights)
        except ValueError:
            self._model_key = None
            return False
        self.snapshot, self._serial = snapshot, snapshot.serial
        return True

    @property
    def ready(self) -> bool:
        return self.model is not None and self.snapshot is not None

    @property
    def config(self):
        return self.snapshot.config

    # -- the network's shape and names -----------------------------------------------------------
    def dense_layers(self) -> list:
        return [layer for layer in self.model.layers if isinstance(layer, Dense)]

    def dense_positions(self) -> list:
        """Index in ``model.layers`` of each Dense layer."""
        return [i for i, layer in enumerate(self.model.layers) if isinstance(layer, Dense)]

    def feature_names(self) -> tuple:
        return tuple(self.config.data.features)

    def activation_name(self, dense_index: int) -> str:
        return self.dense_layers()[dense_index].activation.name

    def n_train(self) -> int:
        return len(self.snapshot.data.points_train)

    # -- data as the model sees it ---------------------------------------------------------------
    def inputs(self, points) -> np.ndarray:
        """Model inputs for plane points (n, 2): the config's features of each point."""
        points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        return np.ascontiguousarray(make_features(points, self.feature_names()),
                                    dtype=backend.floatx())

    def targets(self, labels) -> np.ndarray:
        """Targets as the loss takes them, for class ids / values ``labels``."""
        labels = np.asarray(labels)
        data = self.snapshot.data
        if data.problem == "multiclass" and not getattr(self.model.loss, "sparse", False):
            out = np.zeros((len(labels), data.n_classes), dtype=backend.floatx())
            out[np.arange(len(labels)), labels.astype(int)] = 1.0
            return out
        if getattr(self.model.loss, "sparse", False):
            return labels.astype(np.int64)
        return np.asarray(labels, dtype=backend.floatx()).reshape(-1, 1)

    def training_batch(self, limit: int = MAX_BATCH):
        """(points, labels) of up to ``limit`` training points spread evenly over the set."""
        data = self.snapshot.data
        n = len(data.points_train)
        idx = np.unique(np.linspace(0, n - 1, min(limit, n)).round().astype(int)) if n else \
            np.zeros(0, dtype=int)
        return data.points_train[idx], data.y_train[idx]

    def nearest_label(self, point) -> float:
        """The label of the training point nearest to ``point`` (the target for a clicked
        point that is not a data point exactly)."""
        data = self.snapshot.data
        if not len(data.points_train):
            return 0.0
        d = np.sum((data.points_train - np.asarray(point, dtype=float)) ** 2, axis=1)
        return data.y_train[int(np.argmin(d))]
