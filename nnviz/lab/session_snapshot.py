"""Building a :class:`~nnviz.lab.snapshot.Snapshot` of a Session: copies of everything a view
draws (weights, gradients, maps, history, metrics, optimizer state).

Kept apart from the training loop in ``session.py``; like ``checkpoint.py`` it reads the
Session's private state, so extend it when the Session gains something a view should show.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .checkpoint import copy_slots
from .confusion import data_metrics
from .grid import grid_output, grid_outputs
from .snapshot import STATUS_UNSTABLE, Snapshot
from .training_health import gradient_norms


class MapRequest(NamedTuple):
    """What the grid maps of a snapshot are drawn over: the data's features on its square."""
    features: tuple
    extent: float
    centre: float
    resolution: int
    map_resolution: int | None


def map_request(session, resolution: int, map_resolution: int | None) -> MapRequest:
    """The grids ``session.snapshot(True, resolution, map_resolution)`` draws its maps over."""
    plot = session._data.plot  # the data's own square (gates: [-0.5, 1.5]²)
    return MapRequest(tuple(session._data.features), plot.extent, plot.centre, resolution,
                      map_resolution)


def grid_maps(model, cache, request: MapRequest):
    """(boundary, neuron_maps, feature_maps) of ``model`` over ``request``'s grids.

    Inference mode (dropout off, batch norm's moving statistics); ``cache`` is the
    :class:`~nnviz.lab.grid.GridCache` of the thread that calls.
    """
    names, plane = request.features, (request.extent, request.centre)
    resolution = request.resolution
    maps_res = resolution if request.map_resolution is None else request.map_resolution
    feats = cache.features(names, maps_res, *plane)
    feature_maps = cache.feature_maps(names, maps_res, *plane)
    n = len(names)
    with np.errstate(all="ignore"):
        # The cache's feature maps are the features as columns: the Dense-only path's layout.
        boundary, neuron_maps = grid_outputs(model, feats, maps_res,
                                             columns=feature_maps.reshape(n, -1))
        if maps_res != resolution:
            # In batches the size of the maps' grid: the layers keep buffers for a few
            # batch sizes only (training, evaluation, gradient sample, maps), and a
            # fifth, huge one was evicted and page-faulted anew every snapshot (~4x).
            big = cache.features(names, resolution, *plane)
            boundary = grid_output(
                model, big, resolution, batch_size=maps_res * maps_res,
                columns=cache.feature_maps(names, resolution, *plane).reshape(n, -1))
    return boundary, neuron_maps, feature_maps


def take_snapshot(session, grids: bool, resolution: int, map_resolution: int | None) -> Snapshot:
    """See :meth:`nnviz.lab.session.Session.snapshot`."""
    model = session.model
    try:
        grads = session.gradients()
        gradients = [(k.copy(), b.copy()) for k, b in grads]
        norms = gradient_norms(k for k, _ in grads)
    except Exception:  # e.g. overflow in a diverged model: show no gradients, not a crash
        gradients, norms = None, ()
    boundary = neuron_maps = feature_maps = None
    if grids:
        boundary, neuron_maps, feature_maps = grid_maps(
            model, session._grids, map_request(session, resolution, map_resolution))
    hist = session.history.arrays()
    metrics = data_metrics(session._data, model)
    session._serial += 1
    optimizer = model.optimizer
    return Snapshot(
        serial=session._serial, step=session.step_count, epoch=session.epoch,
        weights=model.get_weights(),
        dense_weights=[(l.kernel.copy(), l.bias.copy()) for l in session._dense],
        gradients=gradients, epochs=hist["epochs"], train_loss=hist["train_loss"],
        test_loss=hist["test_loss"], train_metric=hist["train_metric"],
        test_metric=hist["test_metric"], boundary=boundary, neuron_maps=neuron_maps,
        extent=session._data.plot.extent, learning_rate=session.learning_rate,
        gradient_norms=norms, status=session.status, message=session._message,
        config=session._config, data=session._data.plot, feature_maps=feature_maps,
        centre=session._data.plot.centre,
        baseline=session._health.baseline, best_weights=session._kept.best_info(),
        status_epoch=session._status_epoch_now(), stopped_by=session._stopped_by,
        stalled=session.status == STATUS_UNSTABLE and session._health.monitor.flat,
        confusion_train=metrics.confusion_train, confusion_test=metrics.confusion_test,
        r2_train=metrics.r2_train, r2_test=metrics.r2_test, run=session._run,
        optimizer_state=(int(optimizer.iterations), copy_slots(optimizer._slots)))
