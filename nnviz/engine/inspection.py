"""What the app's views ask of a model beyond Keras: gradients, loss, per-layer values."""
from __future__ import annotations

import contextlib
from typing import NamedTuple

import numpy as np

from .layers import Dropout


class LayerTrace(NamedTuple):
    """One layer's values for a batch: pre-activation ``z`` and output ``a``."""

    name: str
    kind: str
    z: np.ndarray
    a: np.ndarray


class BackwardTrace(NamedTuple):
    """One layer's gradients for a batch, per sample: ``dz`` = dLoss/dz (None for layers that
    have no pre-activation of their own) and ``da`` = dLoss/d(output)."""

    name: str
    kind: str
    dz: np.ndarray | None
    da: np.ndarray


class InspectionMixin:
    """Methods of :class:`~nnviz.engine.models.Sequential` for looking inside a model.

    None of them changes the model: no optimizer step, no moving-statistics update, and dropout
    masks come from a side generator so the training's random stream is untouched.
    """

    def compute_gradients(self, x, y, training=True) -> list:
        """Gradients of the loss (with penalties) for every trainable weight, aligned with
        ``trainable_weights``. Changes nothing in the model."""
        self._require_compiled("compute_gradients")
        x, y = self._prepare(x, y)
        plan = self._current_plan()
        with self._side_randomness():
            self._forward(x, training)
            self._loss_and_backward(y, plan)
        return [g.copy() for layer in self._layers for g in layer.trainable_grads]

    def backward_trace(self, x, y, training=True) -> list:
        """Per layer, what backpropagation passes back for ``(x, y)``: dLoss/dz and dLoss/da of
        every sample (the loss being the batch mean, each row carries the 1/n). Changes nothing
        in the model; :meth:`compute_gradients` gives the weights' gradients of the same pass."""
        self._require_compiled("backward_trace")
        x, y = self._prepare(x, y)
        plan = self._current_plan()
        layers = self._layers
        da, dz = [None] * len(layers), [None] * len(layers)
        with self._side_randomness():
            self._forward(x, training)
            last = layers[-1]
            out = last.last_trace()[1]
            da[-1] = np.array(self.loss.gradient(y, out))
            if plan["fused"]:  # the output layer's dLoss/dz straight from the loss, as training
                g = last.backward_from_logits(
                    self.loss.logits_gradient(y, out, out=last.logits_gradient_buffer()),
                    len(layers) > 1)
            else:
                g = last.backward(da[-1].copy(), len(layers) > 1)
            for i in range(len(layers) - 1, -1, -1):
                if hasattr(layers[i], "logits_gradient_buffer"):
                    dz[i] = layers[i].logits_gradient_buffer().copy()
                if i > 0:  # dLoss/da of layer i - 1 is what layer i passed back for its input
                    da[i - 1] = np.array(g)
                    g = layers[i - 1].backward(g, i - 1 > 0)
        return [BackwardTrace(layer.name, layer.kind, z, a)
                for layer, z, a in zip(layers, dz, da)]

    def loss_value(self, x, y, training=True) -> float:
        """The loss (with penalties) that :meth:`compute_gradients` differentiates."""
        self._require_compiled("loss_value")
        x, y = self._prepare(x, y)
        plan = self._current_plan()
        with self._side_randomness():
            self._forward(x, training)
            return float(self._loss_and_backward(y, plan, backward=False))

    def trace(self, x) -> list:
        """Per layer, in inference mode: its pre-activation ``z`` and output ``a`` for ``x``."""
        x = self._prepare_x(x)
        result = []
        for layer in self._layers:
            x = layer.forward(x, False)
            z, a = layer.last_trace()
            result.append(LayerTrace(layer.name, layer.kind, z.copy(), a.copy()))
        return result

    @contextlib.contextmanager
    def frozen_randomness(self):
        """Inside, each Dropout layer draws its mask once and reuses it (gradient checks)."""
        drops = [l for l in self._layers if isinstance(l, Dropout)]
        for layer in drops:
            layer._frozen, layer._mask = True, None
        try:
            yield self
        finally:
            for layer in drops:
                layer._frozen, layer._mask = False, None

    @contextlib.contextmanager
    def _side_randomness(self):
        """Dropout masks for inspection come from a private generator so that looking at a
        model never shifts the random stream its training uses (seeded layers' included)."""
        drops = [l for l in self._layers if isinstance(l, Dropout)]
        saved = [l._rng for l in drops]
        for layer in drops:
            layer._rng = np.random.default_rng(0)
        try:
            yield
        finally:
            for layer, rng in zip(drops, saved):
                layer._rng = rng
