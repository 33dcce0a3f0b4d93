"""``Sequential``: a stack of layers with Keras's ``compile / fit / evaluate / predict`` API,
plus what the app's views need (``compute_gradients``, ``trace``: ``inspection``) and the lean
training path it trains with (``train_step``)."""
from __future__ import annotations

import math
import numbers
import time

import numpy as np

from . import backend, flat_params, losses as _losses, metrics as _metrics
from . import optimizers as _optimizers
from .inspection import InspectionMixin, LayerTrace  # noqa: F401 - LayerTrace is public here
from .layer_base import KerasTensor, assign_weights
from .layers import LAYER_CLASSES, InputLayer, Layer, _auto_name
from .summary import progress_line, summary_lines
from .train_step import TrainStepMixin


class NotCompiledError(RuntimeError, ValueError):
    """Training or evaluating before ``compile``: a RuntimeError as in Keras, and a ValueError
    like every other bad use of the API."""


def _count(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


class Sequential(TrainStepMixin, InspectionMixin):
    """A linear stack of layers, as ``keras.Sequential``."""

    def __init__(self, layers=None, name=None):
        self.name = name or _auto_name("sequential")
        self._layers: list[Layer] = []
        self.optimizer = None
        self.loss = None
        self.metrics_names: list[str] = []
        self._metric_specs: list = []
        self._metric_fns: list = []
        self.stop_training = False
        self.history = None
        self._input_dim = None
        self._sample_shape = None  # one sample's shape when it is not flat (Flatten first)
        self._trainable = True
        for layer in layers or []:
            self.add(layer)

    # -- structure --------------------------------------------------------------------------------
    def add(self, layer: Layer) -> None:
        if isinstance(layer, KerasTensor) and layer.layer is None:
            layer = layer.input_layer  # keras.Input(shape=...) as the first element
        if isinstance(layer, InputLayer):
            if self._layers:
                raise ValueError("an Input(...) must come first in a Sequential, before "
                                 f"{self._layers[0].name!r}")
            self._set_sample_shape(layer.shape)
            return
        if not isinstance(layer, Layer):
            raise TypeError(f"layer must be a layer such as Dense(...), got {layer!r}")
        if not self._layers and layer._declared_input_shape is not None:
            self._set_sample_shape(layer._declared_input_shape)
        elif not self._layers and self._sample_shape and not layer.any_rank_input:
            raise ValueError(f"input shape {self._sample_shape} has {len(self._sample_shape)} "
                             f"axes but {layer.name!r} needs flat inputs; put a Flatten() first")
        self._layers.append(layer)
        if self._input_dim is not None:
            self._build_layers()
        self._plan = None

    def _set_sample_shape(self, shape):
        if len(shape) > 1:
            first = self._layers[0] if self._layers else None
            if first is not None and not first.any_rank_input:
                raise ValueError(f"input shape {shape} has {len(shape)} axes; put a Flatten() "
                                 "first to make each sample one row")
            self._sample_shape = tuple(shape)
        self._input_dim = int(math.prod(shape))

    def pop(self) -> Layer:
        layer = self._layers.pop()
        self._plan = None
        return layer

    @property
    def layers(self) -> list:
        return list(self._layers)

    @property
    def built(self) -> bool:
        return bool(self._layers) and all(layer.built for layer in self._layers)

    def build(self, input_shape) -> None:
        dim = input_shape[-1] if isinstance(input_shape, (tuple, list)) else input_shape
        self._input_dim = _count("input_shape", dim, 1)
        self._build_layers()

    def _build_layers(self):
        dim = self._input_dim
        for layer in self._layers:
            if not layer.built or layer.input_dim != dim:
                layer.build(dim)
            dim = layer.units
        flat_params.pack(self._trained_layers())  # before anyone holds a layer's arrays
        self._plan = None

    def _trained_layers(self):
        return [layer for layer in self._layers if layer.trainable]

    @property
    def input_dim(self):
        return self._input_dim

    @property
    def weights(self) -> list:
        return [w for layer in self._layers if layer.built for w in layer.weights]

    @property
    def trainable_weights(self) -> list:
        return [w for layer in self._layers if layer.built for w in layer.trainable_weights]

    @property
    def non_trainable_weights(self) -> list:
        return [w for layer in self._layers if layer.built for w in layer.non_trainable_weights]

    @property
    def trainable(self) -> bool:
        """Setting it sets every layer's ``trainable`` (False freezes the whole model)."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        for layer in self._layers:
            layer.trainable = value

    @property
    def dtype_itemsize(self) -> int:
        return np.dtype(backend.floatx()).itemsize if not self.weights else \
            self.weights[0].dtype.itemsize

    def count_params(self) -> int:
        return int(sum(layer.count_params() for layer in self._layers if layer.built))

    def summary(self, line_length=None, positions=None, print_fn=None, **unused) -> None:
        """Print the layer table in Keras 3's layout (``print_fn`` receives each line)."""
        for line in summary_lines(self, line_length):
            (print_fn or print)(line)

    # -- weights ----------------------------------------------------------------------------------
    def get_weights(self) -> list:
        """Copies of every weight, in Keras order (kernel, bias per Dense; BN's four)."""
        return [w.copy() for w in self.weights]

    def set_weights(self, weights) -> None:
        """Replace every weight; checks the count and each shape first and changes nothing on
        a mismatch."""
        described = ", ".join(f"{l.name}: {len(l.weights)}" for l in self._layers if l.built)
        assign_weights(self.weights, weights, "model", described)

    # -- files (format: nnviz.engine.saving) ------------------------------------------------------
    def save(self, filepath, overwrite=True, **kwargs) -> None:
        """Write architecture, weights, compile settings and optimizer state to one file."""
        from .saving import save_model
        save_model(self, filepath, overwrite=overwrite, **kwargs)

    def save_weights(self, filepath, overwrite=True, **kwargs) -> None:
        """Write the weights only (``load_weights`` reads them back into the same layers)."""
        from .saving import save_weights
        save_weights(self, filepath, overwrite=overwrite, **kwargs)

    def load_weights(self, filepath, **kwargs) -> None:
        """Replace the weights from a file of ``save`` or ``save_weights``; all or nothing."""
        from .saving import load_weights
        load_weights(self, filepath, **kwargs)

    # -- compile ----------------------------------------------------------------------------------
    def compile(self, optimizer="rmsprop", loss=None, metrics=None, **unused) -> None:
        if loss is None:
            raise ValueError("compile needs a loss, e.g. loss='mse' or "
                             "loss='binary_crossentropy'")
        self.optimizer = _optimizers.get(optimizer)
        self.loss = _losses.get(loss)
        if metrics is None:
            metrics = []
        if isinstance(metrics, (str, dict)) or callable(metrics):
            raise TypeError(f"metrics must be a list such as ['acc'], got {metrics!r}")
        self.metrics_names = [_metrics.metric_name(m) for m in metrics]  # raises for unknown
        self._metric_specs = list(metrics)
        self._metric_fns = []
        self._plan = None

    @property
    def compiled(self) -> bool:
        return self.loss is not None

    def _require_compiled(self, what):
        if self.loss is None:
            raise NotCompiledError(f"call model.compile(optimizer=..., loss=...) before "
                                   f"{what}()")

    # -- data checks ------------------------------------------------------------------------------
    def _prepare_x(self, x, name="x"):
        x = backend.to_array(x, name)
        if x.ndim == 1 and self._input_dim in (None, 1):
            x = x.reshape(-1, 1)
        if x.ndim > 2 and self._layers and self._layers[0].any_rank_input:
            if self._sample_shape is None and self._input_dim is None:
                self._set_sample_shape(x.shape[1:])
                self._build_layers()
            if x.shape[1:] != self._sample_shape:
                raise ValueError(f"{name} has samples of shape {x.shape[1:]} but the model "
                                 f"expects {self._sample_shape}")
            return x
        if x.ndim != 2:
            raise ValueError(f"{name} must be 2-D (samples, features), got shape {x.shape}")
        if self._input_dim is None:
            self.build(x.shape[1])
        if x.shape[1] != self._input_dim:
            raise ValueError(f"{name} has {x.shape[1]} columns but the model expects "
                             f"{self._input_dim} inputs (input_shape=({self._input_dim},))")
        return x

    def _prepare_y(self, y, n, name="y"):
        units = self._layers[-1].units
        if getattr(self.loss, "sparse", False):
            ids = backend.to_array(y, name, dtype=np.float64).reshape(-1)
            if ids.size and (ids.min() < 0 or ids.max() >= units or np.any(ids != np.round(ids))):
                raise ValueError(f"{name} must hold class numbers 0..{units - 1} for "
                                 f"{self.loss.name}, got values from {ids.min()} to {ids.max()}")
            y = _losses.SparseCategoricalCrossentropy.one_hot(ids, units, backend.floatx())
        else:
            y = backend.to_array(y, name)
            if y.ndim == 1:
                y = y.reshape(-1, 1)
            if y.ndim != 2 or y.shape[1] != units:
                raise ValueError(
                    f"{name} has shape {y.shape} but the model outputs {units} value(s) per sample;"
                    f" targets need {units} column(s)" + (
                        " (one-hot encode class numbers, or use "
                        "loss='sparse_categorical_crossentropy')" if units > 1 else ""))
        if y.shape[0] != n:
            raise ValueError(f"x and {name} must have the same number of samples, got "
                             f"x: {n}, {name}: {y.shape[0]}")
        return np.ascontiguousarray(y)

    def _prepare(self, x, y, xname="x", yname="y"):
        x = self._prepare_x(x, xname)
        return x, self._prepare_y(y, x.shape[0], yname)

    def _batch_metrics(self, y):
        out = self._layers[-1].last_trace()[1]
        return [fn(y, out) for fn in self._metric_fns]

    # -- Keras API --------------------------------------------------------------------------------
    def train_on_batch(self, x, y, return_dict=False):
        self._require_compiled("train_on_batch")
        x, y = self._prepare(x, y)
        value = self.fast_train_on_batch(x, y)
        return self._result(value, self._batch_metrics(y), return_dict)

    def test_on_batch(self, x, y, return_dict=False):
        self._require_compiled("test_on_batch")
        return self.evaluate(x, y, batch_size=None, return_dict=return_dict)

    def _result(self, value, metric_values, return_dict):
        if return_dict:
            return {"loss": value, **dict(zip(self.metrics_names, metric_values))}
        return [value, *metric_values] if metric_values else value

    def predict(self, x, batch_size=None, verbose=0):
        """Outputs for ``x`` in inference mode (dropout off, batch norm's moving statistics)."""
        if not self._layers:
            raise RuntimeError("the model has no layers; add some with model.add(Dense(...))")
        x = self._prepare_x(x)
        n = x.shape[0]
        step = n if batch_size is None else _count("batch_size", batch_size, 1)
        step = min(max(step, 1), 65536)
        if n <= step:
            return self._forward(x, False).copy()
        return np.concatenate([self._forward(x[i:i + step], False).copy()
                               for i in range(0, n, step)])

    def predict_on_batch(self, x):
        """Outputs for one batch ``x`` in inference mode."""
        if not self._layers:
            raise RuntimeError("the model has no layers; add some with model.add(Dense(...))")
        return self._forward(self._prepare_x(x), False).copy()

    def __call__(self, x, training=False):
        return self._forward(self._prepare_x(x), training).copy()

    def evaluate(self, x, y, batch_size=None, verbose=0, return_dict=False):
        """Loss (plus regularization) and metrics on ``(x, y)`` in inference mode."""
        self._require_compiled("evaluate")
        started = time.perf_counter()
        x, y = self._prepare(x, y)
        plan = self._current_plan()
        self._forward(x, False)
        value = self._loss_and_backward(y, plan, backward=False)
        values = self._result(float(value), self._batch_metrics(y), return_dict)
        if verbose:
            steps = -(-x.shape[0] // (batch_size or 32))
            print(progress_line(steps, time.perf_counter() - started,
                                self._result(float(value), self._batch_metrics(y), True),
                                verbose))
        return values

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose=1, callbacks=None,
            validation_split=0.0, validation_data=None, shuffle=True, initial_epoch=0):
        """Train for ``epochs`` passes over the data; returns a :class:`History`."""
        from .training import fit_loop
        return fit_loop(self, x, y, batch_size, epochs, verbose, callbacks, validation_split,
                        validation_data, shuffle, initial_epoch)

    # -- config -----------------------------------------------------------------------------------
    def get_config(self) -> dict:
        layers = []
        for i, layer in enumerate(self._layers):
            config = layer.get_config()
            if i == 0 and self._input_dim is not None:
                config["input_shape"] = self._sample_shape or (self._input_dim,)
            layers.append({"class_name": type(layer).__name__, "config": config})
        return {"name": self.name, "layers": layers}

    @classmethod
    def from_config(cls, config: dict) -> "Sequential":
        layers = []
        for spec in config.get("layers", []):
            layer_cls = LAYER_CLASSES.get(spec.get("class_name"))
            if layer_cls is None:
                raise ValueError(f"unknown layer class {spec.get('class_name')!r}; known: "
                                 f"{', '.join(LAYER_CLASSES)}")
            layers.append(layer_cls.from_config(dict(spec.get("config", {}))))
        return cls(layers, name=config.get("name"))

    def __repr__(self):
        return f"<Sequential {self.name!r} with {len(self._layers)} layers>"



from .functional import Model  # noqa: E402,F401 - keras.models.Model; needs Sequential above
from .saving import load_model, save_model  # noqa: E402,F401 - keras.models.load_model
