"""Weight initializers (Keras names and formulas). Each is a class in the ``INITIALIZERS``
registry; ``init(shape, dtype)`` returns a new array drawn from the engine's random generator."""
from __future__ import annotations

import math

import numpy as np

from . import backend
from .registry import Registry

INITIALIZERS = Registry("initializer")
_TRUNCATED_STDDEV = 0.87962566103423978  # std of a unit normal truncated at +-2 (Keras)


def _fans(shape):
    if len(shape) < 1:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    return shape[0], shape[1]


class Initializer:
    """Base: ``__call__(shape, dtype=None) -> ndarray``; ``get_config()`` for serialization."""

    def __init__(self, seed=None):
        self.seed = seed

    def _rng(self):
        return backend.generator(self.seed)

    def __call__(self, shape, dtype=None):
        return np.asarray(self.sample(tuple(shape)), dtype=dtype or backend.floatx())

    def sample(self, shape):  # pragma: no cover - abstract
        raise NotImplementedError

    def get_config(self):
        return {"seed": self.seed}


class Zeros(Initializer):
    def sample(self, shape):
        return np.zeros(shape)


class Ones(Initializer):
    def sample(self, shape):
        return np.ones(shape)


class Constant(Initializer):
    def __init__(self, value=0.0):
        super().__init__()
        self.value = value

    def sample(self, shape):
        return np.full(shape, self.value, dtype=float)

    def get_config(self):
        return {"value": self.value}


class RandomNormal(Initializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        super().__init__(seed)
        self.mean, self.stddev = mean, stddev

    def sample(self, shape):
        return self._rng().normal(self.mean, self.stddev, shape)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class RandomUniform(Initializer):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        super().__init__(seed)
        self.minval, self.maxval = minval, maxval

    def sample(self, shape):
        return self._rng().uniform(self.minval, self.maxval, shape)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class VarianceScaling(Initializer):
    """Keras's family behind Glorot, He and LeCun: variance = scale / fan."""

    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None):
        super().__init__(seed)
        self.scale, self.mode, self.distribution = scale, mode, distribution

    def sample(self, shape):
        fan_in, fan_out = _fans(shape)
        fan = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}[self.mode]
        variance = self.scale / max(1.0, fan)
        rng = self._rng()
        if self.distribution == "uniform":
            limit = math.sqrt(3.0 * variance)
            return rng.uniform(-limit, limit, shape)
        stddev = math.sqrt(variance) / _TRUNCATED_STDDEV
        values = rng.normal(0.0, 1.0, shape)
        bad = np.abs(values) > 2.0
        while bad.any():  # truncate at two standard deviations by redrawing
            values[bad] = rng.normal(0.0, 1.0, int(bad.sum()))
            bad = np.abs(values) > 2.0
        return values * stddev

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution,
                "seed": self.seed}


def _preset(cls_name, scale, mode, distribution):
    def __init__(self, seed=None):
        VarianceScaling.__init__(self, scale, mode, distribution, seed)

    def get_config(self):
        return {"seed": self.seed}
    return type(cls_name, (VarianceScaling,), {"__init__": __init__, "get_config": get_config})


GlorotUniform = _preset("GlorotUniform", 1.0, "fan_avg", "uniform")
GlorotNormal = _preset("GlorotNormal", 1.0, "fan_avg", "truncated_normal")
HeNormal = _preset("HeNormal", 2.0, "fan_in", "truncated_normal")
HeUniform = _preset("HeUniform", 2.0, "fan_in", "uniform")
LecunNormal = _preset("LecunNormal", 1.0, "fan_in", "truncated_normal")

for _name, _cls, _display, _doc in [
    ("zeros", Zeros, "Zeros", "Every weight starts at 0: all neurons stay identical and the "
     "network cannot learn. Try it to see why."),
    ("ones", Ones, "Ones", "Every weight starts at 1: neurons stay identical (symmetry)."),
    ("constant", Constant, "Constant", "Every weight starts at the same chosen value."),
    ("random_normal", RandomNormal, "Random normal", "Small random values from a bell curve "
     "(std 0.05)."),
    ("random_uniform", RandomUniform, "Random uniform", "Small random values between -0.05 "
     "and 0.05."),
    ("glorot_uniform", GlorotUniform, "Glorot (Xavier) uniform", "Random values scaled to the "
     "layer's size so signals keep their strength: Keras's default, good with tanh/sigmoid."),
    ("glorot_normal", GlorotNormal, "Glorot (Xavier) normal", "Glorot scaling from a "
     "truncated bell curve."),
    ("he_normal", HeNormal, "He normal", "Scaled for ReLU layers (twice Glorot's variance), "
     "from a truncated bell curve."),
    ("he_uniform", HeUniform, "He uniform", "Scaled for ReLU layers, uniform."),
    ("lecun_normal", LecunNormal, "LeCun normal", "Variance 1/fan-in: for SELU-style "
     "self-normalising networks."),
]:
    INITIALIZERS.register(_name, _cls, _display, _doc)


def get(identifier, argument: str = "kernel_initializer") -> Initializer:
    """An initializer from a name, a class, an instance or a Keras-style config dict."""
    if isinstance(identifier, Initializer):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, Initializer):
        return identifier()
    if isinstance(identifier, dict):
        return INITIALIZERS.get(identifier.get("class_name"), argument)(
            **identifier.get("config", {}))
    return INITIALIZERS.get(identifier, argument)()


def serialize(initializer: Initializer):
    """Name when the initializer is a plain registered one, else a config dict."""
    for entry in INITIALIZERS:
        if type(initializer) is entry.value:
            config = initializer.get_config()
            if all(v is None for v in config.values()):
                return entry.name
            return {"class_name": entry.name, "config": config}
    raise ValueError(f"cannot serialize initializer {initializer!r}")
