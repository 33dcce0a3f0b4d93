"""The arrays one experiment trains and plots: raw points, model inputs and targets."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.data import DATASETS, make_features, one_hot, train_test_split
from nnviz.data.custom_points import (CUSTOM, custom_arrays, custom_classes, custom_plane,
                                      custom_problem)
from nnviz.engine import backend

from .config import DataConfig, ExperimentConfig
from .snapshot import PlotData

#: Training points the snapshot's gradients are computed on (a fixed, evenly spread subset).
GRADIENT_SAMPLE = 64


@dataclass(frozen=True, eq=False)
class RawData:
    """Generated and split points for one :class:`DataConfig` (features aside)."""

    points_train: np.ndarray  # (n_train, 2) float64, read-only
    y_train: np.ndarray       # class ids (int64) or targets (float64), read-only
    points_test: np.ndarray
    y_test: np.ndarray
    problem: str              # the dataset's own problem kind
    n_classes: int            # 1 for regression
    plane: tuple = (-6.0, 6.0)  # (low, high): the points lie in the square [low, high]²


def dataset_options(data: DataConfig) -> dict:
    """The options of ``data.dataset`` that the config decides: ``k`` (blobs) from
    ``n_classes``, ``raw`` (logic gates) from ``raw_gates``; none for the others."""
    if data.dataset == CUSTOM:
        return {}
    defaults = DATASETS.get(data.dataset, "dataset").defaults
    chosen = {"k": data.n_classes, "raw": data.raw_gates}
    return {name: value for name, value in chosen.items() if name in defaults}


def points_key(data: DataConfig) -> tuple:
    """The DataConfig fields that decide the points (features only transform them);
    ``n_classes`` and ``raw_gates`` count only for datasets that take them."""
    if data.dataset == CUSTOM:  # one's own points are noise-free
        return (data.dataset, data.points, data.labels, data.class_names, data.train_ratio,
                data.seed)
    options = tuple(sorted(dataset_options(data).items()))
    return (data.dataset, data.n_points, data.noise, data.train_ratio, data.seed, options)


def generate(data: DataConfig) -> RawData:
    """Generate and split the points ``data`` describes (same config, same points)."""
    if data.dataset == CUSTOM:
        return _custom(data)
    spec = DATASETS.get(data.dataset, "dataset")
    options = dataset_options(data)
    x, y = spec.make(data.n_points, data.noise, data.seed, **options)
    x_train, y_train, x_test, y_test = train_test_split(x, y, data.train_ratio, data.seed)
    arrays = [np.ascontiguousarray(a) for a in (x_train, y_train, x_test, y_test)]
    for a in arrays:
        a.setflags(write=False)
    n_classes = spec.classes_for(**options) or 1
    return RawData(*arrays, spec.problem, int(n_classes), spec.plane_for(**options))


def own_points(data: DataConfig) -> tuple[tuple, tuple]:
    """``(points, labels)`` of every point ``data`` gives, as one's own data holds them: the
    custom points themselves, or a generated dataset's points (train and test) with class
    numbers as ints and targets as floats — so drawing on a dataset starts from what is shown."""
    if data.dataset == CUSTOM:
        return data.points, data.labels
    raw = generate(data)
    x = np.concatenate([raw.points_train, raw.points_test])
    y = np.concatenate([raw.y_train, raw.y_test])
    return tuple(map(tuple, x.tolist())), tuple(y.tolist())


def _custom(data: DataConfig) -> RawData:
    """One's own points, split by ``train_ratio`` with the data seed like any dataset."""
    x, y = custom_arrays(data.points, data.labels)
    if len(x):
        parts = train_test_split(x, y, data.train_ratio, data.seed)
    else:  # nothing drawn yet (or all cleared): an empty set that trains nothing
        parts = (x, y, x.copy(), y.copy())
    arrays = [np.ascontiguousarray(a) for a in parts]
    for a in arrays:
        a.setflags(write=False)
    return RawData(*arrays, custom_problem(data.labels), int(custom_classes(data.labels) or 1),
                   custom_plane(data.points))


class ExperimentData:
    """Model-ready arrays for one config: features and targets in the engine's float type.

    Attributes
    ----------
    raw : RawData
        The points; shared with any other ExperimentData built from the same points.
    x_train, x_test : ndarray (n, n_features)
        Model inputs, C-contiguous, ``backend.floatx()``.
    t_train, t_test : ndarray (n, n_outputs)
        Targets as the model sees them: one column of 0/1 or values, or one-hot rows.
    x_eval, t_eval : ndarray
        Train then test rows stacked, so one forward pass evaluates both.
    labels_train, labels_test : ndarray of int64 or None
        Class ids for accuracy (None for regression).
    n_outputs : int
        Output units: 1, or the class count for multiclass problems.
    plot : PlotData
    """

    def __init__(self, config: ExperimentConfig, raw: RawData | None = None):
        data = config.data
        self.raw_config = data
        self.raw = raw if raw is not None else generate(data)
        self.features = tuple(data.features)
        self.problem = config.training.problem
        dtype = backend.floatx()
        raw = self.raw
        classification = self.problem != "regression"
        self.n_classes = raw.n_classes if classification else 1
        self.n_outputs = self.n_classes if self.problem == "multiclass" else 1

        def inputs(points):
            return np.ascontiguousarray(make_features(points, self.features), dtype=dtype)

        def targets(y):
            if self.problem == "multiclass":
                return np.ascontiguousarray(one_hot(y, self.n_classes), dtype=dtype)
            return np.ascontiguousarray(np.asarray(y, dtype=dtype).reshape(-1, 1))

        self.x_train, self.x_test = inputs(raw.points_train), inputs(raw.points_test)
        self.t_train, self.t_test = targets(raw.y_train), targets(raw.y_test)
        self.x_eval = np.ascontiguousarray(np.concatenate([self.x_train, self.x_test]))
        self.t_eval = np.ascontiguousarray(np.concatenate([self.t_train, self.t_test]))
        if classification:
            self.labels_train = raw.y_train.astype(np.int64)
            self.labels_test = raw.y_test.astype(np.int64)
            self.labels_eval = np.concatenate([self.labels_train, self.labels_test])
        else:
            self.labels_train = self.labels_test = self.labels_eval = None
        self._sample = None
        low, high = raw.plane
        self.plot = PlotData(
            points_train=raw.points_train, y_train=raw.y_train,
            points_test=raw.points_test, y_test=raw.y_test, problem=self.problem,
            n_classes=self.n_classes, extent=(high - low) / 2, feature_names=self.features,
            # Generated data has no names: the views say "class 1", ...; a file's are kept.
            class_names=data.class_names if classification else (),
            centre=(high + low) / 2)

    @property
    def n_train(self) -> int:
        return self.x_train.shape[0]

    @property
    def n_test(self) -> int:
        return self.x_test.shape[0]

    def inputs_for(self, points) -> np.ndarray:
        """Model inputs for raw plane points (n, 2)."""
        return np.ascontiguousarray(make_features(points, self.features),
                                    dtype=backend.floatx())

    def gradient_sample(self, sparse: bool = False):
        """(x, targets) of up to GRADIENT_SAMPLE training points spread evenly over the set;
        targets are class ids for a sparse loss, else the model's target rows."""
        if self._sample is None:
            n = self.n_train
            idx = np.unique(np.linspace(0, n - 1, min(GRADIENT_SAMPLE, n)).round().astype(int))
            ids = None if self.labels_train is None else self.labels_train[idx]
            self._sample = (np.ascontiguousarray(self.x_train[idx]),
                            np.ascontiguousarray(self.t_train[idx]), ids)
        x, t, ids = self._sample
        return (x, ids) if sparse and ids is not None else (x, t)

    def for_config(self, config: ExperimentConfig) -> "ExperimentData":
        """Data for ``config``: this object when nothing it holds changes, new model arrays
        over the same points when only features or the problem change, else new points."""
        if points_key(config.data) != points_key(self.raw_config):
            return ExperimentData(config)
        if tuple(config.data.features) != self.features or config.training.problem != \
                self.problem:
            return ExperimentData(config, raw=self.raw)
        return self

    def evaluate(self, model, loss) -> tuple[float, float, float, float]:
        """(train_loss, test_loss, train_accuracy, test_accuracy) from one inference pass.

        Losses are the data loss (``loss.per_sample`` averaged, no regularization penalty), as
        Playground shows it, not Keras's loss plus penalty. Accuracies are NaN for regression;
        one output counts as class 1 above 0.5, several pick the largest.
        """
        out = model.predict(self.x_eval)
        n = self.n_train
        per_sample = loss.per_sample(self.t_eval, out)  # one call for both parts
        train_loss = float(per_sample[:n].mean())
        test_loss = float(per_sample[n:].mean()) if self.n_test else float("nan")
        if self.labels_eval is None:
            return train_loss, test_loss, float("nan"), float("nan")
        predicted = out[:, 0] > 0.5 if out.shape[1] == 1 else np.argmax(out, axis=1)
        hits = predicted == self.labels_eval
        test_acc = float(hits[n:].mean()) if self.n_test else float("nan")
        return train_loss, test_loss, float(hits[:n].mean()), test_acc
