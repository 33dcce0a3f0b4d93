"""The hyper-parameters a grid search can vary: one registry, each with its parser and edit.

Each :class:`SearchParameter` turns one text value (``"0.01"``, ``"adam"``) into a checked value
and applies a value to an :class:`~nnviz.lab.config.ExperimentConfig` as ``config -> config``.
Adding a parameter is one ``SEARCH_PARAMETERS.register`` call here; the window and the CLI list
what the registry holds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Callable

from nnviz.engine.activations import ACTIVATIONS
from nnviz.engine.initializers import INITIALIZERS
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.engine.registry import Registry
from nnviz.lab.config import MAX_HIDDEN_LAYERS, MAX_UNITS, ExperimentConfig, LayerConfig

#: Most values one parameter may take in a grid (a 12 x 12 grid is already 144 cells).
MAX_VALUES = 12


class SearchParameterError(ValueError):
    """A parameter name or value list that cannot be searched; the message names both."""


@dataclass(frozen=True)
class SearchParameter:
    """One searchable hyper-parameter.

    Attributes
    ----------
    name : str
        The key used in the CLI (``--param name=...``) and in saved results.
    kind : str
        ``"number"``, ``"integer"`` or ``"name"`` (a choice from ``choices``).
    convert : callable
        ``text -> value``; raises ValueError with a plain reason.
    apply : callable
        ``(config, value) -> config``.
    defaults : str
        The value list a new search starts with.
    choices : tuple of str
        The allowed names for a ``"name"`` parameter; empty otherwise.
    """

    name: str
    kind: str
    convert: Callable[[str], Any]
    apply: Callable[[ExperimentConfig, Any], ExperimentConfig]
    defaults: str
    choices: tuple[str, ...] = ()

    def format(self, value) -> str:
        """``value`` as the text it was parsed from (``0.01``, ``8``, ``adam``)."""
        return f"{value:g}" if isinstance(value, float) else str(value)

    def parse(self, text: str) -> tuple:
        """A comma-separated list as checked values; SearchParameterError naming the bad one."""
        if not isinstance(text, str):
            raise SearchParameterError(f"{self.name}: expected comma-separated values, got "
                                       f"{text!r}")
        items = [t.strip() for t in text.replace(";", ",").split(",")]
        items = [t for t in items if t]
        if not items:
            raise SearchParameterError(f"{self.name}: no values given; for example "
                                       f"{self.name}={self.defaults}")
        if len(items) > MAX_VALUES:
            raise SearchParameterError(f"{self.name}: {len(items)} values is more than the "
                                       f"{MAX_VALUES} a grid allows")
        values = []
        for item in items:
            try:
                value = self.convert(item)
            except ValueError as exc:
                raise SearchParameterError(f"{self.name}: {item!r} {exc}") from None
            if value in values:
                raise SearchParameterError(f"{self.name}: {self.format(value)} is listed twice")
            values.append(value)
        return tuple(values)

    def check(self, value) -> Any:
        """``value`` (from JSON) checked as :meth:`parse` would; SearchParameterError if not."""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise SearchParameterError(f"{self.name}: {value!r} is not a value")
        try:
            return self.convert(str(value))
        except ValueError as exc:
            raise SearchParameterError(f"{self.name}: {value!r} {exc}") from None


def _number(lo: float, hi: float, *, lo_open: bool = False) -> Callable[[str], float]:
    def convert(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise ValueError("is not a number") from None
        inside = (value > lo if lo_open else value >= lo) and value <= hi
        if not (math.isfinite(value) and inside):
            raise ValueError(f"is outside {'(' if lo_open else '['}{lo:g}, {hi:g}]")
        return value
    return convert


def _integer(lo: int, hi: int) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValueError("is not a whole number") from None
        if not lo <= value <= hi:
            raise ValueError(f"is outside {lo} to {hi}")
        return value
    return convert


def _name(registry, allowed: tuple[str, ...]) -> Callable[[str], str]:
    def convert(text: str) -> str:
        if text not in registry or registry.canonical(text) not in allowed:
            raise ValueError(f"is not one of {', '.join(allowed)}")
        return registry.canonical(text)
    return convert


def _each_layer(config: ExperimentConfig, **changes) -> ExperimentConfig:
    """``changes`` on every hidden layer (one layer of the default kind when there is none)."""
    hidden = config.network.hidden or (LayerConfig(),)
    return config.with_network(hidden=tuple(replace(h, **changes) for h in hidden))


def _set_layers(config: ExperimentConfig, n: int) -> ExperimentConfig:
    """``n`` hidden layers: the first ones kept, new ones copies of the last."""
    hidden = config.network.hidden
    last = hidden[-1] if hidden else LayerConfig()
    return config.with_network(hidden=(hidden + (last,) * n)[:n])


def _set_regularization(config: ExperimentConfig, rate: float) -> ExperimentConfig:
    """The rate; a rate above 0 without a regularizer switches L2 on (else it would do nothing)."""
    kind = config.network.regularizer
    if kind == "none" and rate > 0:
        kind = "l2"
    return config.with_network(regularizer=kind, regularization_rate=rate)


SEARCH_PARAMETERS = Registry("search parameter")
_HIDDEN_ACTIVATIONS = tuple(n for n in ACTIVATIONS.names() if n != "softmax")

for _p, _display, _aliases in (
    (SearchParameter("learning_rate", "number", _number(0.0, 100.0, lo_open=True),
                     lambda c, v: c.with_training(learning_rate=v), "0.001, 0.01, 0.03, 0.1, 0.3"),
     "Learning rate", ("lr",)),
    (SearchParameter("units", "integer", _integer(1, MAX_UNITS),
                     lambda c, v: _each_layer(c, units=v), "2, 4, 8"),
     "Neurons per layer", ("neurons",)),
    (SearchParameter("layers", "integer", _integer(0, MAX_HIDDEN_LAYERS), _set_layers, "1, 2, 3"),
     "Hidden layers", ("hidden_layers",)),
    (SearchParameter("batch_size", "integer", _integer(1, 5000),
                     lambda c, v: c.with_training(batch_size=v), "1, 10, 50"),
     "Batch size", ("batch",)),
    (SearchParameter("regularization_rate", "number", _number(0.0, 10.0), _set_regularization,
                     "0, 0.001, 0.01, 0.1"),
     "Regularization rate", ("regularization",)),
    (SearchParameter("dropout", "number", _number(0.0, 0.9),
                     lambda c, v: _each_layer(c, dropout=v), "0, 0.1, 0.3"),
     "Dropout", ()),
    (SearchParameter("optimizer", "name", _name(OPTIMIZERS, tuple(OPTIMIZERS.names())),
                     lambda c, v: c.with_training(optimizer=v), "sgd, rmsprop, adam",
                     tuple(OPTIMIZERS.names())),
     "Optimizer", ()),
    (SearchParameter("activation", "name", _name(ACTIVATIONS, _HIDDEN_ACTIVATIONS),
                     lambda c, v: _each_layer(c, activation=v), "sigmoid, tanh, relu",
                     _HIDDEN_ACTIVATIONS),
     "Activation", ()),
    (SearchParameter("initializer", "name", _name(INITIALIZERS, tuple(INITIALIZERS.names())),
                     lambda c, v: c.with_network(initializer=v),
                     "zeros, random_normal, glorot_uniform, he_normal",
                     tuple(INITIALIZERS.names())),
     "Initializer", ("init",)),
):
    SEARCH_PARAMETERS.register(_p.name, _p, _display, aliases=_aliases)


def search_parameter(name: str) -> SearchParameter:
    """The parameter ``name`` (or an alias); SearchParameterError listing the names otherwise."""
    if name not in SEARCH_PARAMETERS:
        raise SearchParameterError(f"unknown parameter {name!r}; choose from "
                                   f"{', '.join(SEARCH_PARAMETERS.names())}")
    return SEARCH_PARAMETERS.get(name)
