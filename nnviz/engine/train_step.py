"""The training step of :class:`~nnviz.engine.models.Sequential`, and the plan it runs from.

A plan caches, per model structure (``Layer.structure_version``), what every step needs: the
parameters packed into one flat array (``flat_params``), whether the loss is fused with the
output's activation, which layers keep statistics or add penalties. ``fast_train_on_batch``
and ``fast_train_step`` are the lean path the app trains with: no checks, no metrics.
"""
from __future__ import annotations

import math

import numpy as np

from . import flat_params, metrics as _metrics
from .layers import Dense, Layer


class TrainStepMixin:
    """Methods of :class:`~nnviz.engine.models.Sequential`: the plan and one training step."""

    def _make_plan(self):
        """Cache what every training step needs (parameter lists, fused loss, metrics)."""
        if not self.built:
            raise RuntimeError("the model has no input size yet: give the first layer "
                               "input_shape=(n,) or call fit/predict with data")
        last = self._layers[-1]
        fused = (self.loss is not None and getattr(last, "activation", None) is not None
                 and last.activation.name == self.loss.fused_activation)
        sparse = getattr(self.loss, "sparse", False)
        self._metric_fns = [_metrics.resolve(m, last.units, False) for m in self._metric_specs]
        trained = self._trained_layers()
        flat = flat_params.pack(trained)  # a no-op unless a layer was unfrozen, rebuilt or shared
        self._plan = {
            "fused": fused,
            "flat": flat,
            "loose_weights": [w for w in self.weights if flat is None or w.base is not flat[0]],
            "params": [p for layer in trained for p in layer.params],
            "grads": [g for layer in trained for g in layer.grads],
            "stat_layers": [l for l in self._layers if type(l).commit_statistics
                            is not Layer.commit_statistics],
            "regularized": any(getattr(l, "kernel_regularizer", None) is not None or
                               getattr(l, "bias_regularizer", None) is not None
                               for l in self._layers),
            "sparse": sparse,
            "version": Layer.structure_version,
            "feeds_dense": [nxt if isinstance(layer, Dense) and isinstance(nxt, Dense) else None
                            for layer, nxt in zip(self._layers, self._layers[1:] + [None])],
        }
        return self._plan

    def _current_plan(self):
        plan = self._plan
        if plan is None or plan["version"] != Layer.structure_version:
            plan = self._make_plan()
        return plan

    def _forward(self, x, training, plan=None):
        n = x.shape[0]
        if n < 64:  # a small batch copies faster than Python hands buffers over
            for layer in self._layers:
                x = layer.forward(x, training)
            return x
        for layer, feeds in zip(self._layers, (plan or self._current_plan())["feeds_dense"]):
            # A Dense followed by a Dense writes its output into the next one's input buffer.
            x = layer.forward(x, training, feeds.input_slot(n)) if feeds else \
                layer.forward(x, training)
        return x

    def _loss_and_backward(self, y, plan, backward=True):
        """Loss of the last forward pass (plus penalties); fills every layer's gradients."""
        value = self._loss_value(y, plan)
        if backward:
            self._backward(y, plan)
        return value

    def _loss_value(self, y, plan):
        z, a = self._layers[-1].last_trace()
        value = self.loss.mean_from_logits(y, z) if plan["fused"] else self.loss.mean(y, a)
        if plan["regularized"]:
            value += sum(layer.regularization_penalty() for layer in self._layers)
        return value

    def _backward(self, y, plan):
        """Fills every layer's gradients for the last forward pass's batch with targets ``y``."""
        layers = self._layers
        last = layers[-1]
        a = last.last_trace()[1]
        if plan["fused"]:
            dz = self.loss.logits_gradient(y, a, out=last.logits_gradient_buffer())
            g = last.backward_from_logits(dz, len(layers) > 1)
        else:
            g = last.backward(self.loss.gradient(y, a), len(layers) > 1)
        for i in range(len(layers) - 2, -1, -1):
            g = layers[i].backward(g, i > 0)

    def fast_train_on_batch(self, x, y) -> float:
        """One optimizer step on a batch; returns the batch loss before the step.

        The app's lean path: ``x`` and ``y`` must already be float arrays of the model's dtype
        with the right shapes (``y`` as (n, units)); nothing is validated and no metrics run.
        """
        plan = self._current_plan()
        self._forward(x, True, plan)
        value = self._loss_and_backward(y, plan)
        self._optimizer_step(plan)
        return value

    def fast_train_step(self, x, y) -> bool:
        """``fast_train_on_batch`` without computing the loss, an eighth of a small network's
        step. Returns False if an output was NaN or infinite (or the outputs were so large that
        their sum overflows), True otherwise: then the loss is finite too, unless a square
        overflows (mean squared error). ``last_batch_loss(y)`` still gives the loss."""
        plan = self._current_plan()
        self._forward(x, True, plan)
        self._backward(y, plan)
        self._optimizer_step(plan)
        z, a = self._layers[-1].last_trace()
        # Fused, the loss reads the logits (sigmoid(inf) is 1, its loss is not finite).
        return math.isfinite(np.add.reduce(z if plan["fused"] else a, axis=None))

    def weights_finite(self) -> bool:
        """Whether every weight (trained, frozen, moving statistics) is finite: one check over
        the packed parameters, and one for each weight outside them."""
        plan = self._current_plan()
        if plan["flat"] is not None and not np.isfinite(plan["flat"][0]).all():
            return False
        return all(np.isfinite(w).all() for w in plan["loose_weights"])

    def last_batch_loss(self, y) -> float:
        """The loss (with penalties) of the last training batch, whose targets were ``y``."""
        return self._loss_value(y, self._current_plan())

    def _optimizer_step(self, plan):
        for layer in plan["stat_layers"]:
            layer.commit_statistics()
        self.optimizer.apply(plan["params"], plan["grads"], plan["flat"])
