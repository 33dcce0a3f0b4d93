"""Layers: ``Dense``, ``Dropout``, ``BatchNormalization`` with Keras's arguments and defaults,
plus the weightless ``Input``, ``Activation`` and ``Flatten`` (see ``simple_layers``).

A layer computes ``forward(x, training)`` and, after it, ``backward(grad_out)`` which fills the
gradients of its parameters and returns the gradient for its input. Buffers are reused per batch
size so the training loop allocates nothing; callers copy what they keep.
"""
from __future__ import annotations

import numbers

import numpy as np

from . import activations as _activations
from . import backend, initializers, regularizers
from .layer_base import KerasTensor, Layer, _auto_name, _positive_int  # noqa: F401 - public here
from .simple_layers import Activation, Flatten, Input, InputLayer  # noqa: F401 - public here


class Dense(Layer):
    """Fully connected layer ``a = activation(x @ kernel + bias)``; kernel shape (in, out).

    The kernel and bias are views into one array (bias as the last row) so one matrix product
    gives both gradients and the optimizer updates one array per layer.
    """

    kind = "dense"

    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None,
                 input_shape=None, name=None, input_dim=None, trainable=True):
        super().__init__(name, input_shape, input_dim, trainable)
        self.units = _positive_int("units", units)
        self.activation = activation
        self.use_bias = bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer, "kernel_initializer")
        self.bias_initializer = initializers.get(bias_initializer, "bias_initializer")
        self.kernel_regularizer = kernel_regularizer
        self.bias_regularizer = bias_regularizer

    # These may change on a live model (the app does); models notice through structure_version.
    @property
    def activation(self):
        return self._activation

    @activation.setter
    def activation(self, value):
        self._activation = _activations.get(value, "activation")
        Layer.structure_version += 1

    @property
    def kernel_regularizer(self):
        return self._kernel_regularizer

    @kernel_regularizer.setter
    def kernel_regularizer(self, value):
        self._kernel_regularizer = regularizers.get(value, "kernel_regularizer")
        Layer.structure_version += 1

    @property
    def bias_regularizer(self):
        return self._bias_regularizer

    @bias_regularizer.setter
    def bias_regularizer(self, value):
        self._bias_regularizer = regularizers.get(value, "bias_regularizer")
        Layer.structure_version += 1

    def build(self, input_dim):
        super().build(input_dim)
        dtype = backend.floatx()
        wb = np.zeros((self.input_dim + 1, self.units), dtype=dtype)
        wb[:-1] = self.kernel_initializer((self.input_dim, self.units), dtype)
        if self.use_bias:
            wb[-1] = self.bias_initializer((self.units,), dtype)
        self.adopt_storage([wb], [np.zeros_like(wb)])
        self._buffers.clear()

    def adopt_storage(self, params, grads):
        (self._wb,), (self._gwb,) = params, grads
        self.kernel, self.bias = self._wb[:-1], self._wb[-1]
        self._kernel_t = self.kernel.T
        self.kernel_grad, self.bias_grad = self._gwb[:-1], self._gwb[-1]

    @property
    def weights(self):
        return [self.kernel, self.bias] if self.use_bias else [self.kernel]

    def _trainable_variables(self):
        return self.weights

    @property
    def params(self):
        return [self._wb]

    @property
    def grads(self):
        return [self._gwb]

    def _trainable_gradients(self):
        return [self.kernel_grad, self.bias_grad] if self.use_bias else [self.kernel_grad]

    def _make_buffers(self, n):
        dtype = self._wb.dtype
        xb = np.empty((n, self.input_dim + 1), dtype=dtype)
        xb[:, -1] = 1.0 if self.use_bias else 0.0  # the constant input that carries the bias
        return (xb, np.empty((n, self.units), dtype), np.empty((n, self.units), dtype),
                np.empty((n, self.units), dtype), np.empty((n, self.input_dim), dtype),
                xb[:, :-1], xb.T)

    def input_slot(self, n: int):
        """Where this layer reads a batch of ``n`` inputs from: a layer before it may write its
        output straight there (``forward(..., out=...)``) and save a copy per layer."""
        buf = self._buffers.get(n) or self._buffer(n, self._make_buffers)
        return buf[5]

    def forward(self, x, training=False, out=None):
        buf = self._buffers.get(x.shape[0]) or self._buffer(x.shape[0], self._make_buffers)
        xb, z = buf[0], buf[1]
        if x is not buf[5]:
            buf[5][...] = x
        np.dot(xb, self._wb, out=z)
        a = self._activation.forward(z, out=buf[2] if out is None else out)
        self._last = (xb, z, a, buf[3], buf[4], buf[6])
        return a

    def backward(self, grad_out, need_input_grad=True):
        xb, z, a, dz = self._last[:4]
        self._activation.backward(z, a, grad_out, out=dz)
        return self.backward_from_logits(dz, need_input_grad)

    def logits_gradient_buffer(self):
        """The reusable dL/dz array for the last forward's batch (fused losses write into it)."""
        return self._last[3]

    def backward_from_logits(self, dz, need_input_grad=True):
        """Backward pass given dL/dz directly (the fused sigmoid/softmax + cross-entropy path)."""
        # The hot path of a small network's step: private attributes, transposes made once.
        buf = self._last
        np.dot(buf[5], dz, out=self._gwb)
        if self._kernel_regularizer is not None:
            self._kernel_regularizer.add_gradient(self.kernel, self.kernel_grad)
        if self._bias_regularizer is not None and self.use_bias:
            self._bias_regularizer.add_gradient(self.bias, self.bias_grad)
        if not need_input_grad:
            return None
        return np.dot(dz, self._kernel_t, out=buf[4])

    def last_trace(self):
        return self._last[1], self._last[2]

    def regularization_penalty(self):
        total = 0.0
        if self.kernel_regularizer is not None:
            total += self.kernel_regularizer.penalty(self.kernel)
        if self.bias_regularizer is not None and self.use_bias:
            total += self.bias_regularizer.penalty(self.bias)
        return total

    def get_config(self):
        return {**super().get_config(), "units": self.units,
                "activation": self.activation.name, "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": regularizers.serialize(self.kernel_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer)}


class Dropout(Layer):
    """Inverted dropout: while training, zero each input with probability ``rate`` and scale
    the rest by 1 / (1 - rate); at inference it passes its input through unchanged."""

    kind = "dropout"

    def __init__(self, rate, seed=None, name=None, input_shape=None, trainable=True):
        super().__init__(name, input_shape, trainable=trainable)
        self.rate = rate  # validated by the property
        self.seed = seed
        self._rng = None if seed is None else np.random.default_rng(seed)
        self._frozen = False
        self._mask = None

    @property
    def rate(self):
        return self._rate

    @rate.setter
    def rate(self, value):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or \
                not 0 <= value < 1:
            raise ValueError(f"rate must be a number in [0, 1), got {value!r}")
        self._rate = float(value)

    def build(self, input_dim):
        super().build(input_dim)
        self.units = self.input_dim

    def forward(self, x, training=False):
        if not training or self._rate == 0:
            self._mask = None
            self._last = (x, x)
            return x
        if not (self._frozen and self._mask is not None and self._mask.shape == x.shape):
            rng = self._rng if self._rng is not None else backend.rng()
            keep = rng.random(x.shape) >= self._rate
            self._mask = keep.astype(x.dtype) * x.dtype.type(1.0 / (1.0 - self._rate))
        out = x * self._mask
        self._last = (x, out)
        return out

    def backward(self, grad_out, need_input_grad=True):
        return grad_out if self._mask is None else grad_out * self._mask

    def last_trace(self):
        return self._last

    def get_config(self):
        return {**super().get_config(), "rate": self._rate, "seed": self.seed}


class BatchNormalization(Layer):
    """Normalise each feature over the batch, then scale by gamma and shift by beta.

    Training uses the batch's mean and (biased) variance and folds them into moving averages
    (``moving = momentum * moving + (1 - momentum) * batch``); inference uses the moving ones.
    Weights: ``[gamma, beta, moving_mean, moving_variance]`` (gamma/beta only when scale/center).
    """

    kind = "batch_normalization"

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 name=None, input_shape=None, trainable=True):
        super().__init__(name, input_shape, trainable=trainable)
        if axis not in (-1, 1):
            raise ValueError(f"axis must be -1 (features) for dense inputs, got {axis!r}")
        if not 0 <= momentum <= 1:
            raise ValueError(f"momentum must be in [0, 1], got {momentum!r}")
        if not epsilon > 0:
            raise ValueError(f"epsilon must be > 0, got {epsilon!r}")
        self.axis, self.momentum, self.epsilon = axis, momentum, epsilon
        self.center, self.scale = bool(center), bool(scale)

    def build(self, input_dim):
        super().build(input_dim)
        self.units = self.input_dim
        dtype = backend.floatx()
        gb = np.zeros((2, self.units), dtype)
        gb[0] = 1.0
        self.moving_mean = np.zeros(self.units, dtype)
        self.moving_variance = np.ones(self.units, dtype)
        self.adopt_storage([gb], [np.zeros_like(gb)])

    def adopt_storage(self, params, grads):
        (self._gb,), (self._ggb,) = params, grads
        self.gamma, self.beta = self._gb[0], self._gb[1]
        self.gamma_grad, self.beta_grad = self._ggb[0], self._ggb[1]

    def _trainable_variables(self):
        return ([self.gamma] if self.scale else []) + ([self.beta] if self.center else [])

    @property
    def weights(self):
        return self._trainable_variables() + [self.moving_mean, self.moving_variance]

    @property
    def params(self):
        return [self._gb]

    @property
    def grads(self):
        return [self._ggb]

    def _trainable_gradients(self):
        return ([self.gamma_grad] if self.scale else []) + ([self.beta_grad] if self.center
                                                             else [])

    def forward(self, x, training=False):
        training = training and self._trainable  # a frozen BN runs in inference mode, as Keras
        if training:
            mean = x.mean(axis=0)
            var = x.var(axis=0)
        else:
            mean, var = self.moving_mean, self.moving_variance
        inv_std = 1.0 / np.sqrt(var + self.epsilon)
        xhat = (x - mean) * inv_std
        out = xhat * self.gamma + self.beta
        self._last = (xhat, out, inv_std, training, mean, var)
        return out

    def commit_statistics(self):
        _, _, _, training, mean, var = self._last
        if training:
            m = self.momentum
            self.moving_mean *= m
            self.moving_mean += (1 - m) * mean
            self.moving_variance *= m
            self.moving_variance += (1 - m) * var

    def backward(self, grad_out, need_input_grad=True):
        xhat, _, inv_std, training, _, _ = self._last
        self.gamma_grad[...] = (grad_out * xhat).sum(axis=0) if self.scale else 0
        self.beta_grad[...] = grad_out.sum(axis=0) if self.center else 0
        if not need_input_grad:
            return None
        dxhat = grad_out * self.gamma
        if not training:
            return dxhat * inv_std
        n = grad_out.shape[0]
        return (inv_std / n) * (n * dxhat - dxhat.sum(axis=0)
                                - xhat * (dxhat * xhat).sum(axis=0))

    def last_trace(self):
        return self._last[0], self._last[1]

    def get_config(self):
        return {**super().get_config(), "axis": self.axis, "momentum": self.momentum,
                "epsilon": self.epsilon, "center": self.center, "scale": self.scale}


LAYER_CLASSES = {cls.__name__: cls for cls in (Dense, Dropout, BatchNormalization, Activation,
                                               Flatten)}
