"""A snapshot's big output map and its small neuron / feature maps have their own resolutions."""
import numpy as np
import pytest

from nnviz.lab.grid import grid_points
from nnviz.lab.session import Session

from lab_helpers import FAST


@pytest.fixture
def session():
    s = Session(FAST.with_data(features=("x1", "x2", "x1x2")))
    s.step_epochs(3)
    return s


def test_output_map_and_neuron_maps_come_at_their_own_resolutions(session):
    snap = session.snapshot(resolution=40, map_resolution=10)
    assert snap.boundary.shape == (40, 40)
    assert [m.shape for m in snap.neuron_maps] == [(4, 10, 10), (2, 10, 10), (1, 10, 10)]
    assert snap.feature_maps.shape == (3, 10, 10)


def test_the_big_map_is_the_model_over_its_own_grid(session):
    snap = session.snapshot(resolution=40, map_resolution=10)
    expected = session.predict(grid_points(40)).reshape(40, 40)
    np.testing.assert_allclose(snap.boundary, expected, rtol=1e-6, atol=1e-7)
    # row 0 is the bottom of the plane, column 0 its left edge
    corner = session.predict(np.array([[-6 + 6 / 40, -6 + 6 / 40]]))[0, 0]
    assert snap.boundary[0, 0] == pytest.approx(corner, rel=1e-6)


def test_the_small_maps_are_the_neurons_over_the_small_grid(session):
    snap = session.snapshot(resolution=40, map_resolution=10)
    trace = session.model.trace(session.experiment_data.inputs_for(grid_points(10)))
    dense = [t.a for t in trace if t.kind == "dense"]
    for maps, a in zip(snap.neuron_maps, dense):
        np.testing.assert_allclose(maps, a.T.reshape(-1, 10, 10), rtol=1e-6, atol=1e-7)
    # the output neuron's small map samples the same function as the big map
    np.testing.assert_allclose(snap.neuron_maps[-1][0],
                               session.predict(grid_points(10)).reshape(10, 10), rtol=1e-6)
    x1x2 = grid_points(10).prod(axis=1).reshape(10, 10)
    np.testing.assert_allclose(snap.feature_maps[2], x1x2, rtol=1e-5)


def test_without_a_map_resolution_every_grid_shares_one(session):
    snap = session.snapshot(resolution=12)
    assert snap.boundary.shape == (12, 12) and snap.feature_maps.shape == (3, 12, 12)
    assert all(m.shape[1:] == (12, 12) for m in snap.neuron_maps)
    np.testing.assert_array_equal(snap.boundary, snap.neuron_maps[-1][0])


def test_a_training_process_hands_back_both_resolutions():
    from nnviz.lab.remote_session import RemoteSession
    remote = RemoteSession(FAST)
    try:
        snap = remote.snapshot(resolution=24, map_resolution=6)
    finally:
        remote.close()
    assert snap.boundary.shape == (24, 24)
    assert [m.shape[1:] for m in snap.neuron_maps] == [(6, 6)] * 3
    assert snap.feature_maps.shape == (2, 6, 6)


@pytest.mark.parametrize("maps_process", [False, True], ids=["drawn there", "drawn beside"])
def test_a_training_process_draws_each_snapshots_maps_from_that_snapshots_own_weights(
        maps_process):
    """While the child trains on its own between requests, every map in a snapshot is the
    model with the snapshot's weights (not weights from before or after it), whether the
    training process draws them or a maps process beside it does."""
    from nnviz.lab.remote_session import RemoteSession
    config = FAST.with_data(features=("x1", "x2", "x1x2"))
    remote = RemoteSession(config, maps_process=maps_process)
    try:
        remote.running = True
        remote.train_continuously(True)
        snaps = []
        while len(snaps) < 5 or snaps[-1].step == snaps[0].step or \
                (maps_process and remote.maps_served() < 3):
            snaps.append(remote.snapshot(resolution=40, map_resolution=10))
    finally:
        remote.close()
    assert snaps[-1].step > snaps[0].step  # it did train between the snapshots
    fresh = Session(config)
    big, small = grid_points(40), grid_points(10)
    for snap in snaps:
        fresh.model.set_weights(snap.weights)
        np.testing.assert_allclose(snap.boundary, fresh.predict(big).reshape(40, 40),
                                   rtol=1e-6, atol=1e-7)
        trace = fresh.model.trace(fresh.experiment_data.inputs_for(small))
        dense = [t.a for t in trace if t.kind == "dense"]
        for maps, a in zip(snap.neuron_maps, dense, strict=True):
            np.testing.assert_allclose(maps, a.T.reshape(-1, 10, 10), rtol=1e-6, atol=1e-7)
