"""Layers without weights: ``Input``/``InputLayer`` (declares the input size), ``Activation``
and ``Flatten``, with Keras's names and behaviour."""
from __future__ import annotations

import numpy as np

from . import activations as _activations
from .layer_base import KerasTensor, Layer, _auto_name, sample_shape


class InputLayer:
    """Declares the shape of one sample; as the first element of a ``Sequential`` it sets the
    model's input size. ``output`` is the :class:`KerasTensor` functional code starts from."""

    def __init__(self, shape=None, batch_size=None, dtype=None, name=None, input_shape=None,
                 **unused):
        shape = input_shape if shape is None else shape
        if shape is None:
            raise ValueError("Input needs the shape of one sample, e.g. Input(shape=(2,))")
        self.name = name or _auto_name("input_layer")
        self.shape = sample_shape(shape, "shape", any_rank=True)
        self.output = KerasTensor(self.shape, name=self.name)
        self.output.input_layer = self

    def __repr__(self):
        return f"<InputLayer {self.name!r} shape={(None, *self.shape)}>"


def Input(shape=None, batch_size=None, dtype=None, name=None, **unused) -> KerasTensor:
    """``keras.Input(shape=(2,))``: the start of a functional model, or the first element of
    a ``Sequential`` instead of ``input_shape=``."""
    return InputLayer(shape, batch_size, dtype, name).output


class Activation(Layer):
    """Applies an activation on its own: ``Dense(3), Activation("softmax")`` equals
    ``Dense(3, activation="softmax")`` (the stable cross-entropy shortcut included)."""

    kind = "activation"

    def __init__(self, activation, name=None, input_shape=None, trainable=True):
        super().__init__(name, input_shape, trainable=trainable)
        self.activation = activation

    @property
    def activation(self):
        return self._activation

    @activation.setter
    def activation(self, value):
        self._activation = _activations.get(value, "activation")
        Layer.structure_version += 1

    def build(self, input_dim):
        super().build(input_dim)
        self.units = self.input_dim
        self._buffers.clear()

    def _make_buffers(self, n):
        return np.empty((n, self.units), self._dtype), np.empty((n, self.units), self._dtype)

    def forward(self, x, training=False):
        self._dtype = x.dtype
        a, dz = self._buffer(x.shape[0], self._make_buffers)
        if a.dtype != x.dtype:
            self._buffers.clear()
            a, dz = self._buffer(x.shape[0], self._make_buffers)
        self.activation.forward(x, out=a)
        self._last = (x, a, dz)
        return a

    def backward(self, grad_out, need_input_grad=True):
        z, a, dz = self._last
        return self.activation.backward(z, a, grad_out, out=dz)

    def logits_gradient_buffer(self):
        """The reusable dL/dz array for the last forward's batch (fused losses write into it)."""
        return self._last[2]

    def backward_from_logits(self, dz, need_input_grad=True):
        """This layer's input is the logits, so dL/dz is the gradient for the layer before."""
        return dz

    def last_trace(self):
        return self._last[0], self._last[1]

    def get_config(self):
        return {**super().get_config(), "activation": self.activation.name}


class Flatten(Layer):
    """Reshapes each sample to one row: (samples, a, b) -> (samples, a*b); identity on 2-D."""

    kind = "flatten"
    any_rank_input = True

    def build(self, input_dim):
        super().build(input_dim)
        self.units = self.input_dim

    def forward(self, x, training=False):
        self._input_shape_seen = x.shape
        out = x.reshape(x.shape[0], -1)
        self._last = (out, out)
        return out

    def backward(self, grad_out, need_input_grad=True):
        return grad_out.reshape(self._input_shape_seen)

    def last_trace(self):
        return self._last
