"""GridPlan: which configurations a grid search trains, how often and for how long.

A plan is a base ExperimentConfig, one or two axes (a parameter and its values), a number of
repeats per cell and an epoch budget. Repeat ``r`` of a cell trains the cell's configuration
with the training seed :func:`repeat_seed` (base seed, r): repeat 0 is the base seed itself, so
loading a cell into the playground reproduces its first run, and repeat ``r`` starts from the
weights the playground's Reset would give after ``r`` resets.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.session import derived_seed

from .parameters import SearchParameter, SearchParameterError, search_parameter

MAX_AXES = 2
MAX_REPEATS = 10
MAX_EPOCHS = 100_000


def repeat_seed(seed: int, repeat: int) -> int:
    """The training seed of repeat ``repeat`` (0: ``seed`` itself); deterministic."""
    return derived_seed(seed, repeat)


@dataclass(frozen=True)
class GridAxis:
    """One searched parameter and its values (checked and canonical on construction)."""

    parameter: str
    values: tuple

    def __post_init__(self):
        spec = search_parameter(self.parameter)
        if isinstance(self.values, (str, bytes)) or not isinstance(self.values, (list, tuple)):
            raise SearchParameterError(f"{spec.name}: values must be a list, got "
                                       f"{self.values!r}")
        values = tuple(spec.check(v) for v in self.values)
        if not values:
            raise SearchParameterError(f"{spec.name}: no values given")
        spec.parse(",".join(spec.format(v) for v in values))  # count and repeats, as parsed
        object.__setattr__(self, "parameter", spec.name)
        object.__setattr__(self, "values", values)

    @classmethod
    def parse(cls, parameter: str, text: str) -> GridAxis:
        """``GridAxis.parse("learning_rate", "0.001, 0.01")``; SearchParameterError if bad."""
        return cls(parameter, search_parameter(parameter).parse(text))

    @property
    def spec(self) -> SearchParameter:
        return search_parameter(self.parameter)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.spec.format(v) for v in self.values)


@dataclass(frozen=True)
class GridJob:
    """One training run: the configuration of ``cell`` with repeat ``repeat``'s seed."""

    cell: tuple[int, ...]
    repeat: int
    config: ExperimentConfig
    epochs: int


def _check_count(name: str, value, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= hi:
        raise SearchParameterError(f"{name} must be a whole number from 1 to {hi}, got "
                                   f"{value!r}")
    return value


@dataclass(frozen=True)
class GridPlan:
    """A grid search to run.

    Parameters
    ----------
    base : ExperimentConfig
        Everything the axes do not change.
    axes : tuple of GridAxis
        One or two, of different parameters; applied to the base in this order.
    repeats : int
        Runs per cell, each with its own seed (1 to :data:`MAX_REPEATS`).
    epochs : int
        Epochs each run trains (1 to :data:`MAX_EPOCHS`).

    Raises
    ------
    SearchParameterError
        Bad counts, repeated parameters, or a value the base config cannot take (the message
        names the parameter and value).
    """

    base: ExperimentConfig
    axes: tuple[GridAxis, ...]
    repeats: int = 1
    epochs: int = 100

    def __post_init__(self):
        if not isinstance(self.base, ExperimentConfig):
            raise TypeError(f"base must be an ExperimentConfig, got {type(self.base).__name__}")
        axes = tuple(self.axes)
        if not 1 <= len(axes) <= MAX_AXES or not all(isinstance(a, GridAxis) for a in axes):
            raise SearchParameterError(f"a grid searches one or two parameters, got {len(axes)}")
        if len({a.parameter for a in axes}) != len(axes):
            raise SearchParameterError(f"{axes[0].parameter} is searched twice; choose two "
                                       f"different parameters")
        object.__setattr__(self, "axes", axes)
        _check_count("repeats", self.repeats, MAX_REPEATS)
        _check_count("epochs", self.epochs, MAX_EPOCHS)
        for cell in self.cells():  # every configuration must exist before anything runs
            self.cell_config(cell)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(a.values) for a in self.axes)

    @property
    def total_runs(self) -> int:
        return len(self.cells()) * self.repeats

    def cells(self) -> list[tuple[int, ...]]:
        """Every cell's indices, in row-major order."""
        return list(itertools.product(*(range(n) for n in self.shape)))

    def cell_values(self, cell: tuple[int, ...]) -> tuple:
        return tuple(axis.values[i] for axis, i in zip(self.axes, cell))

    def cell_config(self, cell: tuple[int, ...], repeat: int = 0) -> ExperimentConfig:
        """The configuration of ``cell`` (axes applied to the base) with ``repeat``'s seed."""
        config = self.base
        for axis, value in zip(self.axes, self.cell_values(cell)):
            try:
                config = axis.spec.apply(config, value)
            except (TypeError, ValueError) as exc:
                raise SearchParameterError(f"{axis.parameter}={axis.spec.format(value)} does "
                                           f"not fit this experiment: {exc}") from None
        if repeat:
            config = config.with_training(seed=repeat_seed(self.base.training.seed, repeat))
        return config

    def jobs(self) -> list[GridJob]:
        """Every run, all cells' first repeat first: a search cut short still covers the grid."""
        return [GridJob(cell, r, self.cell_config(cell, r), self.epochs)
                for r in range(self.repeats) for cell in self.cells()]

    def to_dict(self) -> dict:
        return {"base": self.base.to_dict(),
                "axes": [{"parameter": a.parameter, "values": list(a.values)} for a in self.axes],
                "repeats": self.repeats, "epochs": self.epochs}

    @classmethod
    def from_dict(cls, d) -> GridPlan:
        """The plan ``d`` describes; SearchParameterError (a ValueError) naming what is wrong."""
        if not isinstance(d, dict) or set(d) != {"base", "axes", "repeats", "epochs"}:
            raise SearchParameterError("a grid plan must be an object with base, axes, repeats "
                                       "and epochs")
        try:
            base = ExperimentConfig.from_dict(d["base"])
        except (TypeError, ValueError) as exc:
            raise SearchParameterError(f"base: {exc}") from None
        axes = d["axes"]
        if not isinstance(axes, list) or not all(
                isinstance(a, dict) and set(a) == {"parameter", "values"} for a in axes):
            raise SearchParameterError("axes must be a list of {parameter, values} objects")
        return cls(base, tuple(GridAxis(a["parameter"], a["values"]) for a in axes),
                   d["repeats"], d["epochs"])
