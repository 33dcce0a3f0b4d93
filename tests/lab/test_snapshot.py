"""Snapshots hold copies: later training or edits never change one already taken."""
import numpy as np
import pytest

from nnviz.lab.config import LayerConfig
from nnviz.lab.session import Session

from lab_helpers import FAST


def test_snapshot_arrays_are_copies():
    session = Session(FAST.with_network(hidden=(LayerConfig(4, batch_norm=True),)))
    session.step_epochs(2)
    snap = session.snapshot(resolution=12)
    kept = {name: [np.array(a, copy=True) for a in arrays] for name, arrays in {
        "weights": snap.weights,
        "dense": [a for pair in snap.dense_weights for a in pair],
        "grads": [a for pair in snap.gradients for a in pair],
        "history": [snap.epochs, snap.train_loss, snap.test_loss, snap.train_metric],
        "grids": [snap.boundary, *snap.neuron_maps, snap.feature_maps],
    }.items()}
    session.step_epochs(3)
    session.set_weight(0, 0, 0, 9.0)
    session.snapshot(resolution=12)
    session.model.layers[0].kernel[...] = 0
    again = {name: arrays for name, arrays in {
        "weights": snap.weights,
        "dense": [a for pair in snap.dense_weights for a in pair],
        "grads": [a for pair in snap.gradients for a in pair],
        "history": [snap.epochs, snap.train_loss, snap.test_loss, snap.train_metric],
        "grids": [snap.boundary, *snap.neuron_maps, snap.feature_maps],
    }.items()}
    for name in kept:
        for a, b in zip(kept[name], again[name]):
            np.testing.assert_array_equal(a, b, err_msg=name)
    assert snap.epoch == 2 and len(snap.epochs) == 2


def test_snapshot_contents():
    session = Session(FAST)
    session.step_epochs(4)
    snap = session.snapshot(resolution=16)
    assert (snap.step, snap.epoch) == (session.step_count, 4)
    assert [k.shape for k, _ in snap.dense_weights] == [(2, 4), (4, 2), (2, 1)]
    assert [k.shape for k, _ in snap.gradients] == [(2, 4), (4, 2), (2, 1)]
    assert len(snap.gradient_norms) == 3 and all(n > 0 for n in snap.gradient_norms)
    assert snap.learning_rate == pytest.approx(0.03)
    assert snap.config is session.config and snap.data is session.data
    assert snap.extent == 6.0 and snap.boundary.shape == (16, 16)
    assert snap.last_train_loss == pytest.approx(session.history.last("train_loss"))
    assert session.snapshot().serial == snap.serial + 1
    bare = session.snapshot(grids=False)
    assert bare.boundary is None and bare.neuron_maps is None and bare.feature_maps is None


def test_gradients_match_the_engine_on_the_sample():
    session = Session(FAST)
    session.step(7)
    snap = session.snapshot(grids=False)
    grads = session.model.compute_gradients(*session.experiment_data.gradient_sample())
    np.testing.assert_allclose(snap.gradients[0][0], grads[0], rtol=1e-6)
    np.testing.assert_allclose(snap.gradient_norms[0], np.linalg.norm(grads[0]), rtol=1e-5)


def test_plot_data_holds_raw_points_and_labels():
    session = Session(FAST.with_data(features=("x1_sq", "x2_sq")))
    plot = session.data
    assert plot.points_train.shape == (100, 2) and plot.points_test.shape == (100, 2)
    assert np.abs(plot.points_train).max() <= 6.0
    assert set(np.unique(plot.y_train)) <= {0, 1}
    assert (plot.problem, plot.n_classes, plot.feature_names) == ("binary", 2,
                                                                  ("x1_sq", "x2_sq"))
    with pytest.raises(ValueError):
        plot.points_train[0, 0] = 1.0  # read-only: views share it across snapshots
