"""Session.set_weight, the boundary grid's orientation and the course's AND neuron."""
import numpy as np
import pytest

from nnviz.data import GATE_INPUTS
from nnviz.lab.grid import grid_points
from nnviz.lab.session import Session

from lab_helpers import FAST, linear


def test_set_weight_sets_kernel_entries_and_biases():
    session = Session(FAST)
    session.set_weight(0, 1, 2, 0.75)
    session.set_weight(2, -1, 0, -1.5)
    dense = session.snapshot(grids=False).dense_weights
    assert dense[0][0][1, 2] == pytest.approx(0.75)
    assert dense[2][1][0] == pytest.approx(-1.5)


def test_flipping_output_weights_swaps_predicted_classes():
    session = Session(FAST)
    session.step_epochs(100)
    points = session.data.points_test
    before = session.predict(points)[:, 0] > 0.5
    kernel, bias = session.snapshot(grids=False).dense_weights[-1]
    for row in range(kernel.shape[0]):
        session.set_weight(2, row, 0, -float(kernel[row, 0]))
    session.set_weight(2, -1, 0, -float(bias[0]))
    after = session.predict(points)[:, 0] > 0.5
    assert before.mean() > 0.2 and np.all(after == ~before)


def test_training_continues_from_a_set_weight():
    session = Session(FAST)
    session.set_weight(0, 0, 0, 3.0)
    session.step(1)
    assert session.model.layers[0].kernel[0, 0] != pytest.approx(3.0, abs=0)  # moved a bit
    assert session.model.layers[0].kernel[0, 0] == pytest.approx(3.0, abs=0.5)


@pytest.mark.parametrize("args, named", [
    ((3, 0, 0, 1.0), "dense_index=3"),
    ((-1, 0, 0, 1.0), "dense_index=-1"),
    ((0, 2, 0, 1.0), "row=2"),
    ((0, -2, 0, 1.0), "row=-2"),
    ((0, 0, 4, 1.0), "col=4"),
    ((2, -1, 1, 1.0), "col=1"),
    ((0, 0, 0, float("nan")), "value"),
    ((0, 0, 0, "big"), "value"),
    ((0, 0.5, 0, 1.0), "row"),
])
def test_set_weight_bad_arguments_raise_value_error_naming_them(args, named):
    session = Session(FAST)
    weights = session.model.get_weights()
    with pytest.raises(ValueError, match=named.replace("[", r"\[")):
        session.set_weight(*args)
    for a, b in zip(weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_boundary_row_zero_is_the_bottom_and_column_zero_the_left():
    session = Session(linear())
    session.set_weight(0, 0, 0, 0.0)
    session.set_weight(0, 1, 0, 5.0)  # output rises with x2 (upwards)
    session.set_weight(0, -1, 0, 0.0)
    up = session.snapshot(resolution=20).boundary
    assert up.shape == (20, 20)
    assert up[0].max() < 0.01 and up[-1].min() > 0.99
    np.testing.assert_allclose(up, up[:, :1] * np.ones((1, 20)))  # constant along x
    session.set_weight(0, 0, 0, 5.0)  # now rises with x1 (to the right)
    session.set_weight(0, 1, 0, 0.0)
    right = session.snapshot(resolution=20).boundary
    assert right[:, 0].max() < 0.01 and right[:, -1].min() > 0.99
    pts = grid_points(20)
    assert pts[0, 1] == pytest.approx(-6 + 0.3) and pts[-1, 1] == pytest.approx(6 - 0.3)
    assert pts[1, 0] > pts[0, 0] and pts[1, 1] == pts[0, 1]


def test_neuron_maps_and_feature_maps_follow_the_grid():
    config = FAST.with_data(features=("x1", "x2", "x1x2"))
    snap = Session(config).snapshot(resolution=10)
    assert snap.feature_maps.shape == (3, 10, 10)
    centres = -6 + (np.arange(10) + 0.5) * 1.2
    np.testing.assert_allclose(snap.feature_maps[0], np.tile(centres, (10, 1)), rtol=1e-6)
    np.testing.assert_allclose(snap.feature_maps[1], np.tile(centres[:, None], (1, 10)),
                               rtol=1e-6)
    assert [m.shape for m in snap.neuron_maps] == [(4, 10, 10), (2, 10, 10), (1, 10, 10)]
    np.testing.assert_allclose(snap.neuron_maps[-1][0], snap.boundary)
    k, b = snap.dense_weights[0]
    expected = np.tanh(np.einsum("fij,fu->uij", snap.feature_maps, k) + b[:, None, None])
    np.testing.assert_allclose(snap.neuron_maps[0], expected, rtol=1e-4, atol=1e-5)


def test_softmax_boundary_has_one_plane_per_class():
    snap = Session(FAST.with_dataset("blobs", n_classes=3)).snapshot(resolution=8)
    assert snap.boundary.shape == (8, 8, 3)
    np.testing.assert_allclose(snap.boundary.sum(axis=2), 1.0, rtol=1e-5)


def test_seed_000_and_neuron_with_weights_minus30_20_20():
    """The course's AND neuron (seed 000): z = -30 + 20 x1 + 20 x2 through a sigmoid reads
    z = -30, -10, -10, 10 on the truth table's corners (0,0), (1,0), (0,1), (1,1)."""
    session = Session(linear("and", n_points=4, train_ratio=0.5))
    assert session.config.data.raw_gates and session.model.layers[-1].activation.name == \
        "sigmoid"
    session.set_weight(0, -1, 0, -30.0)
    session.set_weight(0, 0, 0, 20.0)
    session.set_weight(0, 1, 0, 20.0)
    # The dataset's own points are the corners themselves, in the course's coordinates.
    points = np.concatenate([session.data.points_train, session.data.points_test])
    assert sorted(map(tuple, points)) == sorted(map(tuple, GATE_INPUTS))
    trace = session.model.trace(session.experiment_data.inputs_for(GATE_INPUTS))
    np.testing.assert_array_equal(trace[-1].z[:, 0], [-30.0, -10.0, -10.0, 10.0])
    out = trace[-1].a[:, 0]
    np.testing.assert_allclose(out, 1 / (1 + np.exp([30.0, 10.0, 10.0, -10.0])), rtol=1e-5)
    np.testing.assert_array_equal(out > 0.5, [False, False, False, True])
    for points, labels in ((session.data.points_train, session.data.y_train),
                           (session.data.points_test, session.data.y_test)):
        np.testing.assert_array_equal(session.predict(points)[:, 0] > 0.5, labels == 1)


def test_gate_snapshot_grid_covers_the_corners_square():
    session = Session(linear("and", n_points=4))
    session.set_weight(0, 0, 0, 1.0)   # output rises with x1 only
    session.set_weight(0, 1, 0, 0.0)
    session.set_weight(0, -1, 0, -0.5)
    snap = session.snapshot(resolution=20)
    assert (snap.centre, snap.extent) == (0.5, 1.0)
    assert (snap.data.centre, snap.data.extent) == (0.5, 1.0)
    cells = -0.5 + (np.arange(20) + 0.5) * 0.1
    np.testing.assert_allclose(snap.feature_maps[0], np.tile(cells, (20, 1)), rtol=1e-6)
    np.testing.assert_allclose(snap.boundary[0], 1 / (1 + np.exp(-(cells - 0.5))), rtol=1e-5)


def test_gates_at_plus_minus_3_when_raw_gates_is_off():
    session = Session(linear("and", n_points=4).with_data(raw_gates=False))
    points = np.concatenate([session.data.points_train, session.data.points_test])
    assert np.abs(points).max() == 3.0
    snap = session.snapshot(resolution=10)
    assert (snap.centre, snap.extent) == (0.0, 6.0)


@pytest.mark.parametrize("value", [1e39, -1e39, 3.5e38])
def test_set_weight_refuses_values_float32_cannot_hold(value):
    session = Session(FAST)
    weights = session.model.get_weights()
    assert weights[0].dtype == np.float32
    with pytest.raises(ValueError) as info:
        session.set_weight(0, 0, 0, value)
    message = str(info.value)
    assert repr(value) in message and "3.403e+38" in message, message
    for a, b in zip(weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_set_weight_accepts_the_largest_float32():
    session = Session(FAST)
    largest = float(np.finfo(np.float32).max)
    session.set_weight(0, 0, 0, -largest)
    assert session.model.layers[0].kernel[0, 0] == -largest
