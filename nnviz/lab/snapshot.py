"""Snapshot: a frozen copy of what the views draw, taken by the worker, read by the GUI."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

STATUS_IDLE = "idle"
STATUS_RUNNING = "running"
STATUS_DIVERGED = "diverged"
STATUS_ERROR = "error"  # training stopped by an unexpected internal error (see ``message``)


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
    extent: float             # the plane is [-extent, extent]^2
    feature_names: tuple = ()
    class_names: tuple = ()


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
    extent : float
        The grid covers [-extent, extent]^2.
    learning_rate : float
        The optimizer's current learning rate (after any schedule).
    gradient_norms : tuple of float
        L2 norm of each Dense layer's kernel gradient (vanishing/exploding gradient view).
    status : str
        ``"idle"``, ``"running"``, ``"diverged"`` (loss or weights became NaN/inf; training
        paused until ``restore_last_good``/``reset``) or ``"error"`` (an internal error stopped
        training; ``message`` says which).
    message : str
        Human-readable reason for the status (e.g. why training stopped).
    config : ExperimentConfig
        The config the model was built from (structure, feature names, activations).
    data : PlotData
        The points; the same object for as long as the data is unchanged.
    feature_maps : ndarray or None
        (n_features, m, m): each input feature over the grid (input-node thumbnails).
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

    @property
    def last_train_loss(self) -> float:
        return float(self.train_loss[-1]) if len(self.train_loss) else float("nan")

    @property
    def last_test_loss(self) -> float:
        return float(self.test_loss[-1]) if len(self.test_loss) else float("nan")
