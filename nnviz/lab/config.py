"""ExperimentConfig: everything that defines one experiment, as frozen, validated, JSON-able values.

Three parts, each a frozen dataclass: :class:`DataConfig` (which points), :class:`NetworkConfig`
(which model) and :class:`TrainingConfig` (how it learns). Change one with
``dataclasses.replace`` and the whole config is validated again on construction.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from nnviz.lab import error_texts as texts

PROBLEMS = ("binary", "multiclass", "regression")
SCHEDULES = ("constant", "exponential", "inverse_time", "piecewise", "cosine")
# Schedules count in epochs (the lab converts to the engine's Keras steps); at ~1000 epochs per
# second these defaults still leave a usable rate after ten seconds of training.
MAX_DECAY_EPOCHS = 10**6
MAX_BOUNDARIES = 8
REGULARIZERS = ("none", "l1", "l2", "l1l2")
STOP_RULES = ("never", "epochs", "target", "patience")  # see nnviz.lab.stop_rules
MAX_HIDDEN_LAYERS = 8
MAX_UNITS = 16
# TensorFlow Playground's learning-rate menu; free entry is allowed as well.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def _check(cond: bool, name: str, value: Any, expected: str) -> None:
    if not cond:
        raise ValueError(texts.FIELD_MUST_BE.format(name=name, expected=expected,
                                                    value=repr(value)))


def _check_number(name: str, value: Any, lo: float, hi: float, *, lo_open=False, integer=False):
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind):
        template = texts.FIELD_NOT_INTEGER if integer else texts.FIELD_NOT_NUMBER
        raise TypeError(template.format(name=name, value=repr(value)))
    ok = (value > lo if lo_open else value >= lo) and value <= hi
    interval = texts.IN_HALF_OPEN_RANGE if lo_open else texts.IN_CLOSED_RANGE
    _check(ok and value == value, name, value, interval.format(lo=lo, hi=hi))


def _check_sequence(name: str, value: Any, items: str) -> tuple:
    """``value`` as a tuple; a TypeError naming the field when it is not a list (a string
    would otherwise become a tuple of letters)."""
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, (list, tuple)):
        raise TypeError(texts.FIELD_NOT_LIST.format(name=name, items=items, value=repr(value)))
    return tuple(value)


def _check_name(name: str, value: Any, registry) -> None:
    if value not in registry:
        choices = ", ".join(registry.names())
        raise ValueError(texts.FIELD_NOT_ONE_OF.format(name=name, choices=choices,
                                                       value=repr(value)))


@dataclass(frozen=True)
class DataConfig:
    """Which points the network learns from."""

    dataset: str = "circle"
    n_points: int = 500
    noise: float = 0.0
    train_ratio: float = 0.5
    seed: int = 0
    features: tuple[str, ...] = ("x1", "x2")
    n_classes: int = 3  # only used by datasets with a class count (blobs)
    # Logic gates only: the truth table's 0/1 corners as in the course (False: corners at ±3).
    raw_gates: bool = True
    # One's own data (dataset "custom") only: the points and one label each (class numbers as
    # ints, regression targets as floats); n_points is then their count.
    points: tuple[tuple[float, float], ...] = ()
    labels: tuple = ()
    # ... and, for classes read from a file, their names as written there ("setosa", ...).
    class_names: tuple[str, ...] = ()

    def __post_init__(self):
        from nnviz.data import DATASETS, FEATURES
        from nnviz.data.custom_points import CUSTOM, check_custom
        if self.dataset == CUSTOM:
            points, labels = check_custom(self.points, self.labels)
            object.__setattr__(self, "points", points)
            object.__setattr__(self, "labels", labels)
            object.__setattr__(self, "n_points", len(points))
            names = _check_sequence("class_names", self.class_names, "class names")
            _check(len(names) <= 6 and all(isinstance(n, str) and 0 < len(n) <= 40
                                           for n in names), "class_names", names,
                   "at most 6 names of 1 to 40 characters")
            _check(not names or not labels or isinstance(labels[0], int), "class_names",
                   names, "empty for values to predict (regression)")
            object.__setattr__(self, "class_names", names)
        else:
            _check_name("dataset", self.dataset, DATASETS)
            _check(not self.points and not self.labels and not self.class_names, "points",
                   _short(self.points), "empty unless the dataset is 'custom' (one's own points)")
            _check_number("n_points", self.n_points, 4, 5000, integer=True)
        _check_number("noise", self.noise, 0.0, 0.5)
        _check_number("train_ratio", self.train_ratio, 0.1, 0.9)
        _check_number("seed", self.seed, 0, 2**31 - 1, integer=True)
        _check_number("n_classes", self.n_classes, 2, 6, integer=True)
        if not isinstance(self.raw_gates, bool):
            raise TypeError(f"raw_gates must be true or false, got {self.raw_gates!r}")
        object.__setattr__(self, "features",
                           _check_sequence("features", self.features, "feature names"))
        _check(len(self.features) > 0, "features", self.features, "at least one input feature")
        _check(len(set(self.features)) == len(self.features), "features", self.features,
               "without repeats")
        for f in self.features:
            _check_name("features", f, FEATURES)

    @property
    def problem(self) -> str:
        """The problem the points pose: ``"binary"``, ``"multiclass"`` or ``"regression"``."""
        from nnviz.data import DATASETS
        from nnviz.data.custom_points import CUSTOM, custom_problem
        if self.dataset == CUSTOM:
            return custom_problem(self.labels)
        return DATASETS.get(self.dataset).problem


@dataclass(frozen=True)
class LayerConfig:
    """One hidden layer."""

    units: int = 4
    activation: str = "tanh"
    dropout: float = 0.0
    batch_norm: bool = False

    def __post_init__(self):
        from nnviz.engine.activations import ACTIVATIONS
        _check_number("units", self.units, 1, MAX_UNITS, integer=True)
        _check_name("activation", self.activation, ACTIVATIONS)
        _check(self.activation != "softmax", "activation", self.activation,
               "an element-wise activation for a hidden layer (softmax belongs to the output)")
        _check_number("dropout", self.dropout, 0.0, 0.9)
        _check(isinstance(self.batch_norm, bool), "batch_norm", self.batch_norm,
               texts.TRUE_OR_FALSE)


@dataclass(frozen=True)
class NetworkConfig:
    """The model: hidden layers, output activation, initializer and regularization."""

    hidden: tuple[LayerConfig, ...] = (LayerConfig(4), LayerConfig(2))
    output_activation: str = "auto"  # auto: sigmoid / softmax / linear by problem type
    initializer: str = "glorot_uniform"
    regularizer: str = "none"
    regularization_rate: float = 0.0

    def __post_init__(self):
        from nnviz.engine.activations import ACTIVATIONS
        from nnviz.engine.initializers import INITIALIZERS
        hidden = _check_sequence("hidden", self.hidden, "layers")
        for i, h in enumerate(hidden):
            if not isinstance(h, (LayerConfig, dict)):
                raise TypeError(f"hidden[{i}] must be a layer (a JSON object such as "
                                f"{{\"units\": 4}}), got {h!r}")
        hidden = tuple(h if isinstance(h, LayerConfig) else LayerConfig(**h) for h in hidden)
        object.__setattr__(self, "hidden", hidden)
        _check(len(hidden) <= MAX_HIDDEN_LAYERS, "hidden", len(hidden),
               f"at most {MAX_HIDDEN_LAYERS} hidden layers")
        if self.output_activation != "auto":
            _check_name("output_activation", self.output_activation, ACTIVATIONS)
        _check_name("initializer", self.initializer, INITIALIZERS)
        _check(self.regularizer in REGULARIZERS, "regularizer", self.regularizer,
               f"one of {', '.join(REGULARIZERS)}")
        _check_number("regularization_rate", self.regularization_rate, 0.0, 10.0)

    @property
    def units(self) -> tuple[int, ...]:
        return tuple(h.units for h in self.hidden)


def _check_boundaries(value: Any) -> None:
    if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
        raise TypeError(f"boundary_epochs must be a list of epochs, got {value!r}")
    _check(0 < len(value) <= MAX_BOUNDARIES, "boundary_epochs", value,
           f"1 to {MAX_BOUNDARIES} epochs")
    for epoch in value:
        _check_number("boundary_epochs", epoch, 1, MAX_DECAY_EPOCHS, integer=True)
    _check(all(a < b for a, b in zip(value, value[1:])), "boundary_epochs", value,
           "increasing epochs")


@dataclass(frozen=True)
class TrainingConfig:
    """How the model learns: loss, optimizer and its parameters, learning rate, batches."""

    problem: str = "binary"
    loss: str = "auto"  # auto: binary_crossentropy / categorical_crossentropy / mse
    optimizer: str = "sgd"
    learning_rate: float = 0.03
    momentum: float = 0.0
    nesterov: bool = False
    beta_1: float = 0.9
    beta_2: float = 0.999
    rho: float = 0.9
    epsilon: float = 1e-7
    schedule: str = "constant"
    decay_epochs: int = 500  # exponential / inverse time: per this many epochs; cosine: over them
    decay_rate: float = 0.5  # exponential, inverse time; piecewise: factor at each boundary
    boundary_epochs: tuple[int, ...] = (500, 1000)  # piecewise: the epochs after which it drops
    cosine_alpha: float = 0.1  # cosine: the lowest rate, as a fraction of the learning rate
    batch_size: int = 10
    seed: int = 0
    # When training pauses by itself (nnviz.lab.stop_rules): never, after stop_epochs epochs,
    # when the test loss falls below stop_target, or early stopping with stop_patience.
    stop_rule: str = "never"
    stop_epochs: int = 100
    stop_target: float = 0.1
    stop_patience: int = 10
    stop_min_delta: float = 0.0
    stop_restore_best: bool = False

    def __post_init__(self):
        from nnviz.engine.losses import LOSSES
        from nnviz.engine.optimizers import OPTIMIZERS
        _check(self.problem in PROBLEMS, "problem", self.problem, f"one of {', '.join(PROBLEMS)}")
        if self.loss != "auto":
            _check_name("loss", self.loss, LOSSES)
        _check_name("optimizer", self.optimizer, OPTIMIZERS)
        _check_number("learning_rate", self.learning_rate, 0.0, 100.0, lo_open=True)
        _check_number("momentum", self.momentum, 0.0, 0.999)
        _check(isinstance(self.nesterov, bool), "nesterov", self.nesterov, texts.TRUE_OR_FALSE)
        _check_number("beta_1", self.beta_1, 0.0, 0.9999)
        _check_number("beta_2", self.beta_2, 0.0, 0.99999)
        _check_number("rho", self.rho, 0.0, 0.9999)
        _check_number("epsilon", self.epsilon, 0.0, 1.0, lo_open=True)
        _check(self.schedule in SCHEDULES, "schedule", self.schedule,
               f"one of {', '.join(SCHEDULES)}")
        _check_number("decay_epochs", self.decay_epochs, 1, MAX_DECAY_EPOCHS, integer=True)
        _check_number("decay_rate", self.decay_rate, 0.0, 1.0, lo_open=True)
        _check_boundaries(self.boundary_epochs)
        object.__setattr__(self, "boundary_epochs", tuple(self.boundary_epochs))
        _check_number("cosine_alpha", self.cosine_alpha, 0.0, 1.0)
        _check_number("batch_size", self.batch_size, 1, 5000, integer=True)
        _check_number("seed", self.seed, 0, 2**31 - 1, integer=True)
        _check(self.stop_rule in STOP_RULES, "stop_rule", self.stop_rule,
               f"one of {', '.join(STOP_RULES)}")
        _check_number("stop_epochs", self.stop_epochs, 1, 10**7, integer=True)
        _check_number("stop_target", self.stop_target, 0.0, 1e6, lo_open=True)
        _check_number("stop_patience", self.stop_patience, 0, 10**6, integer=True)
        _check_number("stop_min_delta", self.stop_min_delta, 0.0, 1e6)
        _check(isinstance(self.stop_restore_best, bool), "stop_restore_best",
               self.stop_restore_best, texts.TRUE_OR_FALSE)


@dataclass(frozen=True)
class ExperimentConfig:
    """One whole experiment. ``to_json``/``from_json`` round-trip exactly."""

    data: DataConfig = field(default_factory=DataConfig)
    network: NetworkConfig = field(default_factory=NetworkConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)

    def __post_init__(self):
        for name, kind in (("data", DataConfig), ("network", NetworkConfig),
                           ("training", TrainingConfig)):
            value = getattr(self, name)
            if isinstance(value, dict):
                object.__setattr__(self, name, _from_dict(kind, value, name))
            elif not isinstance(value, kind):
                raise TypeError(f"{name} must be a {kind.__name__}, got {type(value).__name__}")
        data_problem = self.data.problem
        problem = self.training.problem
        # Two-class data may also be learnt with a 2-way softmax; the other pairings make no sense.
        allowed = {"binary": ("binary", "multiclass"), "multiclass": ("multiclass",),
                   "regression": ("regression",)}[data_problem]
        _check(problem in allowed, "problem", problem,
               f"{' or '.join(allowed)} for the {self.data.dataset!r} dataset")

    # -- derived choices -------------------------------------------------------------------------
    @property
    def output_activation(self) -> str:
        if self.network.output_activation != "auto":
            return self.network.output_activation
        return {"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}[
            self.training.problem]

    @property
    def loss(self) -> str:
        if self.training.loss != "auto":
            return self.training.loss
        return {"binary": "binary_crossentropy", "multiclass": "categorical_crossentropy",
                "regression": "mse"}[self.training.problem]

    # -- changes ---------------------------------------------------------------------------------
    def with_data(self, **changes) -> "ExperimentConfig":
        return replace(self, data=replace(self.data, **changes))

    def with_network(self, **changes) -> "ExperimentConfig":
        return replace(self, network=replace(self.network, **changes))

    def with_training(self, **changes) -> "ExperimentConfig":
        return replace(self, training=replace(self.training, **changes))

    def with_dataset(self, dataset: str, **data_changes) -> "ExperimentConfig":
        """Another dataset; the problem type follows it when the current one cannot fit it
        (circle -> plane: binary to regression, circle -> blobs: binary to multi-class) or
        when it only followed the old dataset (blobs -> circle: back to binary). A problem
        type chosen against the data (two-class data as a 2-way softmax) stays while it fits.
        A change of problem type resets the loss and output activation to ``auto``."""
        from nnviz.data import DATASETS
        from nnviz.data.custom_points import CUSTOM
        if dataset != CUSTOM:
            DATASETS.get(dataset, "dataset")  # an unknown name is refused by its own message
            data_changes = {"points": (), "labels": (), "class_names": (), **data_changes}
            if self.data.dataset == CUSTOM and "n_points" not in data_changes:
                data_changes["n_points"] = DataConfig.n_points
        return self._with_data_following(replace(self.data, dataset=dataset, **data_changes))

    def with_custom_data(self, points, labels, class_names=None) -> "ExperimentConfig":
        """One's own points ("My data") with one label each (ints: classes, floats: values);
        the problem type follows them as in :meth:`with_dataset`. ``class_names`` (None: keep
        the current own data's names) name the classes 0, 1, ... as a file wrote them."""
        from nnviz.data.custom_points import CUSTOM
        if class_names is None:
            class_names = self.data.class_names
        labels = tuple(labels)
        if labels and isinstance(labels[0], float):
            class_names = ()  # values have no class names
        return self.with_dataset(CUSTOM, points=tuple(points), labels=labels,
                                 class_names=tuple(class_names))

    def _with_data_following(self, data: DataConfig) -> "ExperimentConfig":
        """``data``, with the problem type following it (see :meth:`with_dataset`)."""
        problem = data.problem
        allowed = {"binary": ("binary", "multiclass")}.get(problem, (problem,))
        followed_data = self.training.problem == self.data.problem
        training, network = self.training, self.network
        if training.problem not in allowed or (followed_data and training.problem != problem):
            training = replace(training, problem=problem, loss="auto")
            network = replace(network, output_activation="auto")
        # One replace for all parts: one by one would pass through invalid configs.
        return replace(self, data=data, network=network, training=training)

    def with_layer(self, index: int, **changes) -> "ExperimentConfig":
        hidden = list(self.network.hidden)
        hidden[index] = replace(hidden[index], **changes)
        return self.with_network(hidden=tuple(hidden))

    # -- JSON ------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        d = asdict(self)
        d["data"]["features"] = list(self.data.features)
        if self.data.points or self.data.labels or self.data.dataset == "custom":
            d["data"]["points"] = [list(p) for p in self.data.points]
            d["data"]["labels"] = list(self.data.labels)
            d["data"]["class_names"] = list(self.data.class_names)
        else:  # the other datasets' configs read as they always did
            del d["data"]["points"], d["data"]["labels"], d["data"]["class_names"]
        d["network"]["hidden"] = [asdict(h) for h in self.network.hidden]
        d["training"]["boundary_epochs"] = list(self.training.boundary_epochs)
        return d

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict) -> "ExperimentConfig":
        if not isinstance(d, dict):
            raise TypeError(f"an experiment config must be a JSON object, got {type(d).__name__}")
        return _from_dict(cls, _migrate_decay_steps(d), "config")

    @classmethod
    def from_json(cls, text: str) -> "ExperimentConfig":
        try:
            d = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(texts.CONFIG_NOT_JSON.format(reason=exc)) from exc
        return cls.from_dict(d)


def _from_dict(kind, d: dict, where: str):
    if not isinstance(d, dict):
        raise TypeError(texts.FIELD_NOT_OBJECT.format(name=where, kind=type(d).__name__,
                                                      value=_short(d)))
    known = {f.name for f in fields(kind)}
    unknown = sorted(set(d) - known)
    if unknown:
        raise ValueError(texts.FIELD_UNKNOWN.format(name=where, unknown=", ".join(unknown),
                                                    known=", ".join(sorted(known))))
    values = dict(d)
    if kind is NetworkConfig and "hidden" in values:
        hidden = _check_sequence(f"{where}.hidden", values["hidden"], "layers")
        values["hidden"] = tuple(_from_dict(LayerConfig, h, f"{where}.hidden[{i}]")
                                 for i, h in enumerate(hidden))
    if where == "config":
        return kind(**values)
    try:
        return kind(**values)
    except (TypeError, ValueError) as exc:
        # Every check's message starts with the field's name: say where in the file it is.
        raise type(exc)(f"{where}.{exc}") from None


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _migrate_decay_steps(d: dict) -> dict:
    """Configs saved before schedules counted epochs: ``decay_steps`` becomes ``decay_epochs``.

    The steps are converted with the batches per epoch the saved config implies, rounded to
    whole epochs (at least 1); a config without ``decay_steps`` is returned unchanged.
    """
    training = d.get("training")
    if not isinstance(training, dict) or "decay_steps" not in training:
        return d
    if "decay_epochs" in training:
        raise ValueError("config.training has both decay_steps (old, counted in steps) and "
                         "decay_epochs; keep only decay_epochs")
    from nnviz.data import train_size
    training = dict(training)
    steps = training.pop("decay_steps")
    _check_number("decay_steps", steps, 1, 10**7, integer=True)
    data = d.get("data") if isinstance(d.get("data"), dict) else {}
    defaults = DataConfig()
    batch = training.get("batch_size", TrainingConfig.batch_size)
    try:  # bad data or batch fields are reported by their own checks afterwards
        n_train = train_size(data.get("n_points", defaults.n_points),
                             data.get("train_ratio", defaults.train_ratio))
        per_epoch = max(1, -(-n_train // batch))
    except (TypeError, ValueError, ZeroDivisionError):
        per_epoch = 1
    training["decay_epochs"] = min(max(1, round(steps / per_epoch)), MAX_DECAY_EPOCHS)
    return {**d, "training": training}
