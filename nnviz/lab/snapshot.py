"""Snapshot: a frozen copy of what the views draw, taken by the worker, read by the GUI."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

STATUS_IDLE = "idle"
STATUS_RUNNING = "running"
STATUS_DIVERGED = "diverged"
STATUS_ERROR = "error"  # training stopped by an unexpected internal error (see ``message``)
#: Training goes on, but its loss stays above the baseline or climbs steadily (see
#: :class:`nnviz.lab.training_health.HealthMonitor`).
STATUS_UNSTABLE = "unstable"
#: A stop rule paused training at an epoch end (``Snapshot.stopped_by`` says why); training
#: may simply go on (see :mod:`nnviz.lab.stop_rules`).
STATUS_STOPPED = "stopped"


@dataclass(frozen=True, eq=False)
class PlotData:
    """The points as the views plot them; one object per dataset, shared by its snapshots.

    Views compare it by identity (``is``) to know whether the points changed.
    """

    points_train: np.ndarray  # (n, 2) raw plane coordinates (before feature transforms)
    y_train: np.ndarray       # class ids (int) or targets (float, regression)
    points_test: np.ndarray
    y_test: np.ndarray
    problem: str              # "binary", "multiclass" or "regression"
    n_classes: int            # 1 for regression
    extent: float             # half the side of the plane shown: [c - extent, c + extent]^2
    feature_names: tuple = ()
    class_names: tuple = ()
    centre: float = 0.0       # c, on both axes (0.5 for the logic gates' 0/1 corners)


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything a view needs at one moment; arrays are copies the session never touches again.

    Attributes
    ----------
    serial : int
        Increases by one per snapshot taken; views skip repaints when it has not changed.
    step, epoch : int
        Optimizer steps (batches) and whole epochs completed.
    weights : list of ndarray
        ``model.get_weights()`` (Keras order: kernel, bias per Dense; BN's four arrays).
    dense_weights : list of (kernel, bias)
        One pair per Dense layer, input -> hidden ... -> output: what the graph view draws.
    gradients : list of (kernel_grad, bias_grad) or None
        Same shapes as ``dense_weights``, gradient of the training loss on the last batch.
    epochs, train_loss, test_loss, train_metric, test_metric : ndarray
        Whole history (per epoch, decimated by the session if very long); metric is accuracy for
        classification and NaN for regression.
    boundary : ndarray or None
        Output over the grid, shape (res, res) for one output or (res, res, k) for softmax;
        row 0 is the bottom of the plane (y = -extent).
    neuron_maps : list of ndarray or None
        Per Dense layer, array (units, m, m) of each neuron's activation over the grid; ``m``
        (the thumbnails' resolution) may be smaller than the boundary's ``res``.
    extent, centre : float
        The grid covers [centre - extent, centre + extent]^2 (centre 0 but for the gates).
    learning_rate : float
        The optimizer's current learning rate (after any schedule).
    gradient_norms : tuple of float
        L2 norm of each Dense layer's kernel gradient (vanishing/exploding gradient view).
    status : str
        ``"idle"``, ``"running"``, ``"unstable"`` (training goes on but its loss stays above the
        baseline or climbs steadily), ``"diverged"`` (loss or weights became NaN/inf; training
        paused until ``restore_last_good``/``restore_best``/``reset``) or ``"error"`` (an
        internal error stopped training; ``message`` says which).
    message : str
        Human-readable reason for the status (e.g. why training stopped).
    config : ExperimentConfig
        The config the model was built from (structure, feature names, activations).
    data : PlotData
        The points; the same object for as long as the data is unchanged.
    feature_maps : ndarray or None
        (n_features, m, m): each input feature over the grid (input-node thumbnails).
    baseline : Baseline or None
        The best constant prediction on the training set and its loss under the loss in use
        (:class:`nnviz.lab.training_health.Baseline`); see also :attr:`baseline_loss`.
    best_weights : BestWeightsInfo or None
        Epoch and loss of the best weights so far (lowest test loss, or training loss without
        a test set), which ``restore_best`` puts back; None before the first epoch.
    status_epoch : int
        The epoch the status is about: the one in which training diverged, or where it became
        unstable (0 otherwise).
    stalled : bool
        Unstable with the training loss stuck at the baseline, not jumping about: the network
        gives about the same answer everywhere (vanishing gradients, or saturation after too
        large steps).
    stopped_by : StopEvent or None
        Why a stop rule paused training (``status == "stopped"``); None otherwise.
    confusion_train, confusion_test : ndarray or None
        Classification: (k, k) int64 counts, row = true class, column = predicted class
        (:mod:`nnviz.lab.confusion`); None for regression or before the model has data.
    r2_train, r2_test : float
        Regression: the coefficient of determination R² (NaN otherwise).
    run : int
        Which run of the session this is: it changes whenever the model is rebuilt (Reset, a
        structural setting), so the GUI can keep the run before as a ghost.
    optimizer_state : tuple or None
        ``(iterations, slots)``: the optimizer's step count and its per-parameter state
        (momentum, moments) as the engine keeps it, ``{parameter index: [arrays]}`` in the
        model's packed parameter order (copies); with it the next step can be worked out
        exactly (:mod:`nnviz.lab.instruments.backprop`). None when unknown.
    """

    serial: int
    step: int
    epoch: int
    weights: list
    dense_weights: list
    gradients: list | None
    epochs: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_metric: np.ndarray
    test_metric: np.ndarray
    boundary: np.ndarray | None
    neuron_maps: list | None
    extent: float
    learning_rate: float
    gradient_norms: tuple = field(default=())
    status: str = STATUS_IDLE
    message: str = ""
    config: object = None
    data: PlotData | None = None
    feature_maps: np.ndarray | None = None
    centre: float = 0.0
    baseline: object = None
    best_weights: object = None
    status_epoch: int = 0
    stalled: bool = False
    stopped_by: object = None
    confusion_train: np.ndarray | None = None
    confusion_test: np.ndarray | None = None
    r2_train: float = float("nan")
    r2_test: float = float("nan")
    run: int = 0
    optimizer_state: tuple | None = None

    @property
    def baseline_loss(self) -> float:
        """The loss of always guessing the best constant (NaN when unknown)."""
        return float(self.baseline.loss) if self.baseline is not None else float("nan")

    @property
    def last_train_loss(self) -> float:
        return float(self.train_loss[-1]) if len(self.train_loss) else float("nan")

    @property
    def last_test_loss(self) -> float:
        return float(self.test_loss[-1]) if len(self.test_loss) else float("nan")
