"""The ``Layer`` base class and the symbolic tensors that functional code passes between layers.

A layer computes ``forward(x, training)`` and, after it, ``backward(grad_out)`` which fills the
gradients of its parameters and returns the gradient for its input. Buffers are reused per batch
size so the training loop allocates nothing; callers copy what they keep.
"""
from __future__ import annotations

import math
import numbers
from collections import OrderedDict

import numpy as np

from . import backend

_MAX_CACHED_BATCH_SIZES = 4


def _auto_name(prefix: str) -> str:
    return backend.unique_name(prefix)


def _positive_int(name, value):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def sample_shape(value, argument="input_shape", any_rank=False) -> tuple:
    """``value`` as a per-sample shape tuple such as ``(2,)``; one axis unless ``any_rank``."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        value = (value,)
    try:
        shape = tuple(int(d) for d in value)
    except (TypeError, ValueError):
        raise ValueError(f"{argument} must be a tuple such as (2,), got {value!r}") from None
    if not shape or any(d < 1 for d in shape) or (len(shape) != 1 and not any_rank):
        raise ValueError(f"{argument} must be (features,) with features >= 1, got {value!r}"
                         + ("" if any_rank else "; for images or grids put a Flatten() first"))
    return shape


def assign_weights(live: list, weights, owner: str, described: str = "") -> None:
    """Copy ``weights`` into the ``live`` arrays after checking count and every shape, so a
    mismatch changes nothing. ``owner`` names the model or layer in the messages."""
    if isinstance(weights, np.ndarray) or not hasattr(weights, "__iter__"):
        raise TypeError(f"{owner}.set_weights expects a list of arrays (as get_weights returns),"
                        f" got {type(weights).__name__}")
    weights = list(weights)
    if len(weights) != len(live):
        raise ValueError(f"{owner}.set_weights expected a list of {len(live)} arrays"
                         f"{f' ({described})' if described else ''}, got {len(weights)}")
    arrays = []
    for i, (current, new) in enumerate(zip(live, weights)):
        new = backend.to_array(new, f"weights[{i}]", dtype=current.dtype)
        if new.shape != current.shape:
            raise ValueError(f"weights[{i}] has shape {new.shape}, expected {current.shape}")
        arrays.append(new)
    for current, new in zip(live, arrays):
        np.copyto(current, new)


class KerasTensor:
    """A placeholder for data flowing through layers built functionally:
    ``inp = Input(shape=(2,)); out = Dense(1)(Dense(4)(inp))``. It records the layer that made
    it and the tensor that layer was called on, so ``Model(inp, out)`` can recover the chain."""

    def __init__(self, shape: tuple, layer=None, parent: "KerasTensor | None" = None, name=None):
        self.sample_shape = tuple(shape)
        self.layer = layer
        self.parent = parent
        self.name = name
        self.consumers: list = []  # the layers called on this tensor

    @property
    def shape(self) -> tuple:
        return (None, *self.sample_shape)

    def _through(self, layer: "Layer") -> "KerasTensor":
        if layer._called_on is not None:
            raise ValueError(f"layer {layer.name!r} is already used once in this graph; nnviz "
                             "models are chains and cannot share a layer between two places")
        if len(self.sample_shape) != 1 and not layer.any_rank_input:
            raise ValueError(f"{layer.name!r} needs flat inputs (features,), got shape "
                             f"{self.shape}; put a Flatten() before it")
        dim = math.prod(self.sample_shape)
        if not layer.built or layer.input_dim != dim:
            layer.build(dim)
        layer._called_on = self
        self.consumers.append(layer)
        layer._output = KerasTensor((layer.units,), layer, self)
        return layer._output

    def __repr__(self):
        return f"<KerasTensor shape={self.shape}{' from ' + self.layer.name if self.layer else ''}>"


class Layer:
    """Base class. Subclasses set ``units`` (output width) when built."""

    kind = "layer"
    any_rank_input = False  # Flatten takes (samples, a, b, ...) inputs; the rest (samples, n)
    # Bumped whenever a layer attribute that models cache decisions on changes (activation,
    # regularizers, trainable); a model re-plans its training step when it sees a new value.
    structure_version = 0

    def __init__(self, name=None, input_shape=None, input_dim=None, trainable=True):
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a string, got {name!r}")
        self.name = name or _auto_name(self.kind)
        if input_dim is not None:
            input_shape = (input_dim,)
        self._declared_input_shape = None if input_shape is None else \
            sample_shape(input_shape, any_rank=self.any_rank_input)
        self.input_dim = None
        self.units = None
        self.built = False
        self._trainable = bool(trainable)
        self._called_on = None  # the KerasTensor this layer was called on (functional API)
        self._buffers: OrderedDict = OrderedDict()

    # -- building ---------------------------------------------------------------------------------
    def build(self, input_dim: int) -> None:
        self.input_dim = int(input_dim)
        self.built = True

    def _buffer(self, n: int, make):
        buf = self._buffers.get(n)
        if buf is None:
            buf = self._buffers[n] = make(n)
            if len(self._buffers) > _MAX_CACHED_BATCH_SIZES:
                self._buffers.popitem(last=False)
        return buf

    @property
    def input_shape(self) -> tuple:
        """``(None, features)`` as in Keras 2; known once built or when given to the layer."""
        if self._declared_input_shape is not None and (
                not self.built or math.prod(self._declared_input_shape) == self.input_dim):
            return (None, *self._declared_input_shape)
        if self.built:
            return (None, self.input_dim)
        raise AttributeError(f"layer {self.name!r} is not built yet, so it has no input shape "
                             "(give the first layer input_shape=(n,) or call the model on data)")

    @property
    def output_shape(self) -> tuple:
        """``(None, units)`` once built."""
        if self.built:
            return (None, self.units)
        raise AttributeError(f"layer {self.name!r} is not built yet, so it has no output shape")

    # -- weights ----------------------------------------------------------------------------------
    @property
    def trainable(self) -> bool:
        """False freezes the layer: training leaves its weights exactly as they are."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        Layer.structure_version += 1

    @property
    def weights(self) -> list:
        """All weights in Keras's ``get_weights`` order (live arrays)."""
        return []

    @property
    def trainable_weights(self) -> list:
        return self._trainable_variables() if self._trainable else []

    @property
    def non_trainable_weights(self) -> list:
        trainable = {id(w) for w in self.trainable_weights}
        return [w for w in self.weights if id(w) not in trainable]

    @property
    def trainable_grads(self) -> list:
        """Gradients aligned with ``trainable_weights``, valid after ``backward``."""
        return self._trainable_gradients() if self._trainable else []

    def _trainable_variables(self) -> list:
        return []

    def _trainable_gradients(self) -> list:
        return []

    @property
    def params(self) -> list:
        """The arrays the optimizer updates (a layer may pack several weights into one)."""
        return []

    @property
    def grads(self) -> list:
        """Gradients aligned with ``params``, valid after ``backward``."""
        return []

    def adopt_storage(self, params: list, grads: list) -> None:
        """Keep ``params`` and ``grads`` (arrays shaped and filled like ``self.params`` and
        ``self.grads``) as this layer's parameters and gradients from now on: a model packs
        all of them into one array (``flat_params``). Layers without it are never packed."""
        raise NotImplementedError

    def get_weights(self) -> list:
        """Copies of this layer's weights in Keras order (Dense: kernel (in, out), bias)."""
        return [w.copy() for w in self.weights]

    def set_weights(self, weights) -> None:
        """Replace this layer's weights; checks count and shapes first, changes nothing on a
        mismatch."""
        if not self.built:
            raise ValueError(f"layer {self.name!r} has no weights yet: it gets them when the "
                             "model knows its input size (input_shape=(n,) or Input(shape=(n,)))")
        assign_weights(self.weights, weights, f"layer {self.name!r}",
                       " and ".join(f"{w.shape}" for w in self.weights))

    def count_params(self) -> int:
        return int(sum(w.size for w in self.weights))

    def regularization_penalty(self) -> float:
        return 0.0

    # -- computing --------------------------------------------------------------------------------
    def __call__(self, inputs, training=False):
        """On a :class:`KerasTensor`, record the call (functional API); on data, compute."""
        if isinstance(inputs, KerasTensor):
            return inputs._through(self)
        if isinstance(inputs, (list, tuple)) and any(isinstance(t, KerasTensor) for t in inputs):
            raise ValueError(f"layer {self.name!r} was called on {len(inputs)} tensors; nnviz "
                             "models are chains where each layer takes one input (merging "
                             "layers such as Concatenate or Add are not supported)")
        x = backend.to_array(inputs, "inputs")
        if x.ndim < 2 or (x.ndim > 2 and not self.any_rank_input):
            raise ValueError(f"inputs must be 2-D (samples, features), got shape {x.shape}")
        dim = math.prod(x.shape[1:])
        if not self.built:
            self.build(dim)
        elif dim != self.input_dim:
            raise ValueError(f"layer {self.name!r} expects {self.input_dim} inputs per sample, "
                             f"got {dim}")
        return np.array(self.forward(x, training), copy=True)

    def forward(self, x, training=False):  # pragma: no cover - abstract
        raise NotImplementedError

    def backward(self, grad_out, need_input_grad=True):  # pragma: no cover - abstract
        raise NotImplementedError

    def last_trace(self):
        """(z, a) of the last forward: pre-activation and output."""
        raise NotImplementedError  # pragma: no cover

    def commit_statistics(self) -> None:
        """Fold the last training batch into moving statistics (BatchNormalization)."""

    # -- config -----------------------------------------------------------------------------------
    def get_config(self) -> dict:
        config = {"name": self.name, "trainable": self._trainable}
        if self._declared_input_shape is not None:
            config["input_shape"] = self._declared_input_shape
        return config

    @classmethod
    def from_config(cls, config: dict):
        return cls(**config)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"
