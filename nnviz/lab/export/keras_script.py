"""A runnable Python script that rebuilds an nnviz experiment in Keras, with its data as CSV.

The script is the same text for real Keras and for ``nnviz.engine``: only the import line
differs (``FLAVOURS``). It holds the architecture, activations, the weights (float32 values
written exactly), loss, optimizer with its parameters, batch size, learning-rate schedule and
input features; the points go to a CSV next to it. Run as is, it writes its predictions on
every point to a CSV; with ``--epochs N`` it first trains on as nnviz does.

Where nnviz and Keras differ:

- ``step`` has no Keras activation: the script defines ``step(x)`` (1 above 0, else 0, with a
  zero gradient, exactly nnviz's) with ``keras.ops``; nnviz.engine recognises it by name.
- ``sum_squared_error`` (the course's ½·Σ(t − y)²) is no Keras loss: the script defines it with
  ``keras.ops`` and uses the engine's own where it exists.
- ``leaky_relu`` has slope 0.2 in nnviz and in Keras 3 (Keras 2's was 0.3): Keras 3 needed.
- The epochs' shuffling order is each framework's own; ``--no-shuffle`` gives the same batches.
- The optimizer's running averages (momentum, Adam's moments) start at zero in the script;
  with a learning-rate schedule the step count is carried over, so the rate continues.
- Dropout masks come from each framework's generator: training with dropout is alike in
  distribution, not bit for bit (predictions are unaffected: dropout is off in inference).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from nnviz.data import train_size
from nnviz.engine.optimizers import OPTIMIZERS

from .. import model_builder
from ..config import ExperimentConfig
from ..epoch_schedules import engine_schedule, steps_per_epoch
from ..experiment_data import ExperimentData
from .weights_files import _checked, exact_list

#: Import line per target framework.
FLAVOURS = {
    "keras": "import keras  # Keras 3: pip install keras (and a backend), or TensorFlow 2.16+",
    "tensorflow": "from tensorflow import keras  # TensorFlow 2.16+ (Keras 3)",
    "nnviz": "import nnviz.engine as keras  # nnviz's NumPy engine, the same Keras API",
}

_OPTIMIZER_CLASSES = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam"}
_REGULARIZERS = {"l1": "keras.regularizers.L1({r!r})", "l2": "keras.regularizers.L2({r!r})",
                 "l1l2": "keras.regularizers.L1L2(l1={r!r}, l2={r!r})"}

_FEATURE_CODE = {
    "x1": "x1", "x2": "x2", "x1_sq": "x1 ** 2", "x2_sq": "x2 ** 2", "x1x2": "x1 * x2",
    "sin_x1": "np.sin(x1)", "sin_x2": "np.sin(x2)",
}

_STEP_CODE = '''


def step(x):
    """nnviz's step activation (Keras has none): 1 where x > 0, else 0; its gradient is 0."""
    return keras.ops.cast(keras.ops.greater(x, 0), x.dtype) + 0 * x
'''

_SSE_CODE = '''


def sum_squared_error(y_true, y_pred):
    """The course's squared error, 1/2 * sum over the outputs of (target - prediction)^2."""
    return 0.5 * keras.ops.sum(keras.ops.square(y_pred - y_true), axis=-1)


# nnviz.engine has it built in (it needs the gradient); Keras takes the function above.
LOSS = getattr(keras.losses, "sum_squared_error", sum_squared_error)
'''


def _array_code(array: np.ndarray, indent: str) -> str:
    """``np.array([...], dtype="float32")`` whose literals are the exact float32 values."""
    values = exact_list(array)
    if array.ndim == 1:
        body = ", ".join(repr(v) for v in values)
        return f'np.array([{body}], dtype="float32")'
    rows = ",\n".join(f"{indent}    [{', '.join(repr(v) for v in row)}]" for row in values)
    return f'np.array([\n{rows},\n{indent}], dtype="float32")'


def _weights_code(config: ExperimentConfig, weights) -> str:
    lines = ["WEIGHTS = ["]
    for name, array in _checked(config, weights):
        lines.append(f"    # {name} {tuple(array.shape)}")
        lines.append(f"    {_array_code(array, '    ')},")
    lines.append("]")
    return "\n".join(lines)


def _activation_code(name: str) -> str:
    return "step" if name == "step" else repr(name)


def _layers_code(config: ExperimentConfig, n_inputs: int, n_outputs: int) -> str:
    network = config.network
    reg = _REGULARIZERS.get(network.regularizer)
    reg_arg = "" if reg is None else ", kernel_regularizer=" + reg.format(
        r=float(network.regularization_rate))
    lines = [f"    keras.Input(shape=({n_inputs},)),"]
    for i, layer in enumerate(network.hidden, start=1):
        lines.append(f"    keras.layers.Dense({layer.units}, activation="
                     f"{_activation_code(layer.activation)}{reg_arg}, name=\"hidden_{i}\"),")
        if layer.batch_norm:
            lines.append(f"    keras.layers.BatchNormalization(momentum=0.99, epsilon=0.001, "
                         f"name=\"batch_norm_{i}\"),")
        if layer.dropout > 0:
            lines.append(f"    keras.layers.Dropout({float(layer.dropout)!r}, "
                         f"name=\"dropout_{i}\"),")
    lines.append(f"    keras.layers.Dense({n_outputs}, activation="
                 f"{_activation_code(config.output_activation)}{reg_arg}, name=\"output\"),")
    return "\n".join(lines)


def _optimizer_code(config: ExperimentConfig) -> str:
    training = config.training
    lr = float(training.learning_rate)
    lines = []
    if training.schedule == "constant":
        lr_code = repr(lr)
    else:
        # The config counts epochs; Keras counts steps: the lab's own conversion, written out.
        per_epoch = steps_per_epoch(train_size(config.data.n_points, config.data.train_ratio),
                                    training.batch_size)
        schedule = engine_schedule(training, per_epoch)
        args = ", ".join(f"{k}={v!r}" for k, v in schedule.get_config().items())
        lines.append(f"# {training.schedule} schedule in epochs, at {per_epoch} steps per epoch")
        lines.append(f"LEARNING_RATE = keras.optimizers.schedules.{type(schedule).__name__}("
                     f"{args})")
        lr_code = "LEARNING_RATE"
    canonical = OPTIMIZERS.canonical(training.optimizer)
    params = "".join(f", {k}={v!r}" for k, v in
                     model_builder.optimizer_parameters(training).items())
    lines.append(f"optimizer = keras.optimizers.{_OPTIMIZER_CLASSES[canonical]}("
                 f"learning_rate={lr_code}{params})")
    return "\n".join(lines)


def _feature_code(features) -> str:
    used = ", ".join(f'"{name}": {_FEATURE_CODE[name]}' for name in features)
    return "columns = {" + used + "}"


def write_data_csv(path, data: ExperimentData) -> Path:
    """The points as ``x1,x2,target,test`` rows (train first, then test, in nnviz's order);
    coordinates with 17 significant digits, so they read back to the same float64 values."""
    raw = data.raw
    points = np.concatenate([raw.points_train, raw.points_test]).astype(np.float64)
    values = np.concatenate([raw.y_train, raw.y_test]).astype(np.float64)
    test = np.concatenate([np.zeros(len(raw.y_train)), np.ones(len(raw.y_test))])
    table = np.column_stack([points, values, test])
    path = Path(path)
    np.savetxt(path, table, delimiter=",", fmt=["%.17g", "%.17g", "%.17g", "%d"],
               header="x1,x2,target,test", comments="")
    return path


def keras_script(config: ExperimentConfig, weights, *, flavour: str = "keras",
                 data_file: str = "data.csv", predictions_file: str = "predictions.csv",
                 step: int = 0, title: str = "", script_name: str = "model.py") -> str:
    """The script's text.

    Parameters
    ----------
    config : ExperimentConfig
    weights : list of arrays
        In ``model.get_weights()`` order (a Snapshot's ``weights``).
    flavour : {"keras", "tensorflow", "nnviz"}
        Which import line the script uses.
    data_file, predictions_file : str
        File names relative to the script's folder.
    step : int
        Optimizer steps already taken; a learning-rate schedule continues from it.
    title : str
        One line describing the experiment, for the docstring.
    script_name : str
        The script's file name, for its usage lines.
    """
    if flavour not in FLAVOURS:
        raise ValueError(f"flavour must be one of {', '.join(FLAVOURS)}, got {flavour!r}")
    data = ExperimentData(config)
    checked = _checked(config, weights)
    n_inputs, n_outputs = data.x_train.shape[1], data.n_outputs
    if checked[-2][1].shape[1] != n_outputs:
        raise ValueError(f"the output kernel has shape {checked[-2][1].shape}, but this "
                         f"config has {n_outputs} output(s)")
    training = config.training
    uses_step = "step" in [h.activation for h in config.network.hidden] + [
        config.output_activation]
    loss = config.loss
    metrics = '["accuracy"]' if training.problem != "regression" else '["mae"]'
    targets = {
        "binary": 'values.astype("float32").reshape(-1, 1)',
        "multiclass": f'np.eye({data.n_outputs}, dtype="float32")[values.astype(int)]',
        "regression": 'values.astype("float32").reshape(-1, 1)',
    }[training.problem]
    carry = training.schedule != "constant" and step > 0
    parts = [
        _HEADER.format(title=title or "an nnviz experiment", data_file=data_file,
                       predictions_file=predictions_file, import_line=FLAVOURS[flavour],
                       script=script_name),
        _STEP_CODE if uses_step else "",
        _SSE_CODE if loss == "sum_squared_error" else f"\n\nLOSS = {loss!r}\n",
        _DATA.format(data_file=data_file, predictions_file=predictions_file,
                     features=list(config.data.features),
                     feature_code=_feature_code(config.data.features), targets=targets,
                     batch_size=int(training.batch_size)),
        _MODEL.format(layers=_layers_code(config, n_inputs, n_outputs),
                      optimizer=_optimizer_code(config), metrics=metrics,
                      weights=_weights_code(config, weights), step=int(step) if carry else 0),
        _MAIN,
    ]
    return "".join(parts)


def write_keras_script(path, config: ExperimentConfig, weights, *, flavour: str = "keras",
                       step: int = 0, title: str = "") -> tuple[Path, Path]:
    """Write ``path`` and its data ``<stem>_data.csv`` beside it; returns both paths."""
    path = Path(path)
    data_path = path.with_name(path.stem + "_data.csv")
    text = keras_script(config, weights, flavour=flavour, data_file=data_path.name,
                        predictions_file=path.stem + "_predictions.csv", step=step,
                        title=title, script_name=path.name)
    write_data_csv(data_path, ExperimentData(config))
    path.write_text(text, encoding="utf-8")
    return path, data_path


_HEADER = '''#!/usr/bin/env python3
"""{title}, rebuilt in Keras by nnviz.

The points are in {data_file} next to this file (x1, x2, target, test = 0/1).

    python {script}                  # predictions on every point -> {predictions_file}
    python {script} --epochs 10      # train on as nnviz does, then predict
    python {script} --epochs 1 --no-shuffle   # batches in the file's order

Each framework shuffles the epochs in its own order: --no-shuffle gives the same batches. The
optimizer's running averages (momentum, Adam's moments) start at zero here.
"""
import argparse
import os

import numpy as np

{import_line}
'''

_DATA = '''

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_FILE = os.path.join(HERE, "{data_file}")
PREDICTIONS_FILE = os.path.join(HERE, "{predictions_file}")
FEATURES = {features}
BATCH_SIZE = {batch_size}


def make_features(points):
    """The network's inputs from points (x1, x2), as nnviz computes them (float64 -> float32)."""
    x1, x2 = points[:, 0], points[:, 1]
    {feature_code}
    return np.column_stack([columns[name] for name in FEATURES]).astype("float32")


def load_data():
    """(x_train, t_train, x_test, t_test) from the CSV, in nnviz's order."""
    table = np.loadtxt(DATA_FILE, delimiter=",", skiprows=1, dtype="float64", ndmin=2)
    points, values, test = table[:, :2], table[:, 2], table[:, 3] == 1
    x, t = make_features(points), {targets}
    return x[~test], t[~test], x[test], t[test]

'''

_MODEL = '''
model = keras.Sequential([
{layers}
], name="nnviz")
{optimizer}
model.compile(optimizer=optimizer, loss=LOSS, metrics={metrics})

{weights}
model.set_weights(WEIGHTS)

# Optimizer steps nnviz had taken: a learning-rate schedule continues from here.
STEP = {step}


def start_at_step(step):
    """Set the optimizer's step counter (a variable in Keras 3, a number in nnviz.engine)."""
    if not step:
        return
    if hasattr(optimizer, "build"):
        optimizer.build(model.trainable_variables)
        optimizer.iterations.assign(step)
    else:
        optimizer.iterations = step

'''

_MAIN = '''
def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=0, help="train this many epochs first")
    parser.add_argument("--no-shuffle", action="store_true", help="batches in the file's order")
    parser.add_argument("--predictions", default=PREDICTIONS_FILE, help="where to write them")
    parser.add_argument("--weights-out", help="also save the weights to this .npz")
    args = parser.parse_args()
    x_train, t_train, x_test, t_test = load_data()
    if args.epochs > 0:
        start_at_step(STEP)
        model.fit(x_train, t_train, batch_size=BATCH_SIZE, epochs=args.epochs,
                  shuffle=not args.no_shuffle, verbose=2)
    x_all = np.concatenate([x_train, x_test])
    predictions = np.asarray(model.predict(x_all, verbose=0), dtype="float32")
    np.savetxt(args.predictions, predictions, delimiter=",", fmt="%.9g")  # float32 exactly
    if args.weights_out:
        np.savez(args.weights_out, *[np.asarray(w) for w in model.get_weights()])
    results = model.evaluate(x_train, t_train, verbose=0)
    print("train loss and metric:", results)
    print("predictions for", len(x_all), "points written to", args.predictions)


if __name__ == "__main__":
    main()
'''
