"""Build an engine model and optimizer from an :class:`ExperimentConfig`, and change them live.

Each hidden layer becomes, in this order::

    Dense(units, activation, kernel_initializer, kernel_regularizer)
    BatchNormalization()      # only when the layer has batch_norm
    Dropout(rate)             # only when the layer has dropout > 0

so a neuron is "weighted sum + activation" as the course draws it, batch norm re-centres what
the neuron sends on, and dropout silences whole neurons for the next layer. The output layer is
``Dense(1)`` for binary and regression problems and ``Dense(n_classes)`` (one-hot targets) for
multiclass ones, with ``config.output_activation`` and compiled with ``config.loss``.
"""
from __future__ import annotations

import math

import numpy as np

from nnviz.engine import optimizers as engine_optimizers
from nnviz.engine import regularizers
from nnviz.engine.layers import BatchNormalization, Dense, Dropout
from nnviz.engine.models import Sequential

from . import error_texts as texts
from .config import ExperimentConfig, NetworkConfig, TrainingConfig
from .epoch_schedules import EpochSchedule, make_learning_rate
from .experiment_data import points_key

# TrainingConfig fields each optimizer takes, by the engine's argument names.
OPTIMIZER_PARAMETERS = {
    "sgd": ("momentum", "nesterov"),
    "adagrad": ("epsilon",),
    "rmsprop": ("rho", "momentum", "epsilon"),
    "adam": ("beta_1", "beta_2", "epsilon"),
}


def make_regularizer(network: NetworkConfig):
    """The kernel regularizer for ``network`` (``None`` for ``"none"``)."""
    rate = float(network.regularization_rate)
    kind = network.regularizer
    if kind == "none":
        return None
    if kind == "l1":
        return regularizers.L1(rate)
    if kind == "l2":
        return regularizers.L2(rate)
    return regularizers.L1L2(rate, rate)


def optimizer_class(name: str):
    return engine_optimizers.OPTIMIZERS.get(name, "optimizer")


def optimizer_parameters(training: TrainingConfig) -> dict:
    """The keyword arguments ``training`` gives its optimizer (learning rate excluded)."""
    canonical = engine_optimizers.OPTIMIZERS.canonical(training.optimizer)
    names = OPTIMIZER_PARAMETERS.get(canonical, ())
    return {name: getattr(training, name) for name in names}


def make_optimizer(training: TrainingConfig, n_train: int):
    """The optimizer ``training`` asks for; its schedule, if any, counts epochs of ``n_train``
    points (see :class:`~nnviz.lab.epoch_schedules.EpochSchedule`)."""
    cls = optimizer_class(training.optimizer)
    return cls(learning_rate=make_learning_rate(training, n_train),
               **optimizer_parameters(training))


def output_units(config: ExperimentConfig, n_classes: int) -> int:
    return n_classes if config.training.problem == "multiclass" else 1


def build_model(config: ExperimentConfig, n_inputs: int, n_outputs: int,
                dropout_seed: int | None = None, n_train: int | None = None) -> Sequential:
    """A compiled, built model for ``config``.

    ``n_train`` (training points; by default the count ``config.data`` gives) turns the
    schedule's epochs into optimizer steps.

    Seed the engine (``set_random_seed``) first for repeatable weights. With ``dropout_seed``
    each Dropout layer draws its masks from a generator of its own (``dropout_seed + i``), so a
    run does not depend on whoever else uses the engine's global generator.
    """
    network = config.network
    layers = []
    for i, layer in enumerate(network.hidden):
        extra = {"input_shape": (n_inputs,)} if i == 0 else {}
        layers.append(Dense(layer.units, activation=layer.activation,
                            kernel_initializer=network.initializer,
                            kernel_regularizer=make_regularizer(network),
                            name=f"hidden_{i + 1}", **extra))
        if layer.batch_norm:
            layers.append(BatchNormalization(name=f"batch_norm_{i + 1}"))
        if layer.dropout > 0:
            seed = None if dropout_seed is None else int(dropout_seed) + i
            layers.append(Dropout(layer.dropout, seed=seed, name=f"dropout_{i + 1}"))
    extra = {} if network.hidden else {"input_shape": (n_inputs,)}
    layers.append(Dense(n_outputs, activation=config.output_activation,
                        kernel_initializer=network.initializer,
                        kernel_regularizer=make_regularizer(network), name="output", **extra))
    model = Sequential(layers, name="nnviz")
    if n_train is None:
        from nnviz.data import train_size
        n_train = train_size(config.data.n_points, config.data.train_ratio)
    model.compile(optimizer=make_optimizer(config.training, n_train), loss=config.loss)
    return model


def dense_layers(model: Sequential) -> list:
    return [layer for layer in model.layers if isinstance(layer, Dense)]


def dropout_layers(model: Sequential) -> list:
    return [layer for layer in model.layers if isinstance(layer, Dropout)]


def set_dense_weight(layers: list, dense_index, row, col, value) -> None:
    """Set kernel entry ``[row, col]`` (``row == -1``: bias of unit ``col``) of
    ``layers[dense_index]``; ``ValueError`` naming the bad index and the valid range."""
    for name, v in (("dense_index", dense_index), ("row", row), ("col", col)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise ValueError(texts.FIELD_NOT_INTEGER.format(name=name, value=repr(v)))
    if not 0 <= dense_index < len(layers):
        raise ValueError(texts.WEIGHT_NO_LAYER.format(index=dense_index, count=len(layers),
                                                      last=len(layers) - 1))
    layer = layers[dense_index]
    n_in, n_out = layer.kernel.shape
    if not -1 <= row < n_in:
        raise ValueError(texts.WEIGHT_NO_ROW.format(row=row, index=dense_index, count=n_in,
                                                    last=n_in - 1))
    if not 0 <= col < n_out:
        raise ValueError(texts.WEIGHT_NO_COLUMN.format(col=col, index=dense_index, count=n_out,
                                                       last=n_out - 1))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(texts.WEIGHT_NOT_NUMBER.format(value=repr(value))) from None
    if not math.isfinite(number):
        raise ValueError(texts.WEIGHT_NOT_FINITE.format(value=repr(value)))
    if row == -1:
        layer.bias[col] = number
    else:
        layer.kernel[row, col] = number


def dense_gradients(model: Sequential, x, y) -> list:
    """(kernel_grad, bias_grad) per Dense layer of the training loss on ``(x, y)``.

    The engine draws inspection masks from a side generator, so looking never changes a run.
    """
    grads = model.compute_gradients(x, y, training=True)
    pairs, i = [], 0
    for layer in model.layers:
        if isinstance(layer, Dense):
            pairs.append((grads[i], grads[i + 1]))
        i += len(layer.trainable_weights)
    return pairs


# -- live changes ---------------------------------------------------------------------------------
def structure_key(config: ExperimentConfig) -> tuple:
    """What the model's shape and initial weights depend on: a change here means a rebuild.

    Dropout counts only as on/off (the rate changes live); regularizer, optimizer, loss,
    learning rate, schedule and batch size all change live.
    """
    network = config.network
    hidden = tuple((h.units, h.activation, h.batch_norm, h.dropout > 0) for h in network.hidden)
    return (points_key(config.data), config.data.features, hidden, config.output_activation,
            network.initializer, config.training.problem, config.training.seed)


def update_regularizers(model: Sequential, network: NetworkConfig) -> None:
    """Give every Dense layer the regularizer ``network`` asks for, keeping the weights."""
    for layer in dense_layers(model):
        current = layer.kernel_regularizer
        wanted = make_regularizer(network)
        if wanted is None or current is None:
            layer.kernel_regularizer = wanted
        else:  # keep the object, switch the rates (L1/L2/L1L2 all carry l1 and l2)
            current.l1, current.l2 = wanted.l1, wanted.l2


def update_dropout(model: Sequential, config: ExperimentConfig) -> None:
    rates = [h.dropout for h in config.network.hidden if h.dropout > 0]
    for layer, rate in zip(dropout_layers(model), rates):
        layer.rate = float(rate)


def update_optimizer(model: Sequential, old: TrainingConfig, new: TrainingConfig,
                     loss: str, old_loss: str, n_train: int, epochs: float) -> None:
    """Move the model's optimizer (and loss) from ``old`` to ``new`` without touching weights.

    A different optimizer kind starts a fresh optimizer (its momentum / moments start at zero)
    that carries on the step count, so schedules continue where they were. ``n_train`` and
    ``epochs`` (training points; epochs trained so far, fractional) place the schedule: its
    rate is a function of epochs, so a new batch size carries on from the same epoch, and a
    schedule switched on mid-run gives the rate it would have reached had it been on from
    the start.
    """
    optimizer = model.optimizer
    same_kind = (engine_optimizers.OPTIMIZERS.canonical(old.optimizer)
                 == engine_optimizers.OPTIMIZERS.canonical(new.optimizer))
    if not same_kind:
        fresh = make_optimizer(new, n_train)
        fresh.iterations = optimizer.iterations
        fresh.learning_rate = make_learning_rate(new, n_train, optimizer.iterations, epochs)
        model.compile(optimizer=fresh, loss=loss)
        return
    if loss != old_loss:
        model.compile(optimizer=optimizer, loss=loss)
    for name, value in optimizer_parameters(new).items():
        setattr(optimizer, name, value)
    lr = optimizer.learning_rate
    if new.schedule == "constant":
        optimizer.learning_rate = float(new.learning_rate)
    elif isinstance(lr, EpochSchedule):
        lr.follow(new, optimizer.iterations, epochs)
    else:
        optimizer.learning_rate = make_learning_rate(new, n_train, optimizer.iterations, epochs)
