"""A model of Dense layers only draws its grids by a faster path of its own: the same maps as
``predict`` and ``trace`` (to a few units in the last place) for every activation, output and
problem; models with batch norm or dropout keep the general path."""
import numpy as np
import pytest

from nnviz.lab import grid
from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.grid import GridCache, grid_output, grid_outputs
from nnviz.lab.session import Session

ACTIVATIONS = ("tanh", "relu", "sigmoid", "linear", "leaky_relu", "elu", "softplus", "swish",
               "gelu", "step")


def trained(config, epochs=3) -> Session:
    session = Session(config)
    session.step_epochs(epochs)
    return session


def general_path(monkeypatch):
    monkeypatch.setattr(grid, "_dense_stack", lambda model: None)


def both_paths(session, monkeypatch, res=30, maps_res=7):
    """((boundary, neuron maps, small boundary) the fast way, the same the general way)."""
    names = session.config.data.features
    cache = GridCache()
    big, small = cache.features(names, res), cache.features(names, maps_res)
    model = session.model
    got = []
    for general in (False, True):
        if general:
            general_path(monkeypatch)
        boundary = grid_output(model, big, res, batch_size=maps_res * maps_res)
        small_boundary, neuron_maps = grid_outputs(model, small, maps_res)
        got.append((boundary, neuron_maps, small_boundary))
    return got


def assert_close(fast, general):
    (b, maps, sb), (b0, maps0, sb0) = fast, general
    assert b.shape == b0.shape and sb.shape == sb0.shape
    np.testing.assert_allclose(b, b0, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(sb, sb0, rtol=1e-5, atol=1e-6)
    assert [m.shape for m in maps] == [m.shape for m in maps0]
    for m, m0 in zip(maps, maps0):
        np.testing.assert_allclose(m, m0, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_hidden_activation_draws_the_same_maps(activation, monkeypatch):
    config = ExperimentConfig().with_data(n_points=100, features=("x1", "x2", "x1x2")) \
        .with_network(hidden=(LayerConfig(5, activation), LayerConfig(3, activation)))
    session = trained(config)
    assert grid._dense_stack(session.model) is not None  # the fast path was taken
    assert_close(*both_paths(session, monkeypatch))


def test_softmax_outputs_sum_to_one_per_point_as_predict_gives_them(monkeypatch):
    config = ExperimentConfig().with_dataset("blobs", n_points=120) \
        .with_network(hidden=(LayerConfig(6, "relu"),))
    session = trained(config)
    fast, general = both_paths(session, monkeypatch, res=20, maps_res=5)
    classes = session.experiment_data.n_outputs
    assert classes >= 3 and fast[0].shape == (20, 20, classes)
    np.testing.assert_allclose(fast[0].sum(axis=-1), 1.0, rtol=1e-5)
    assert_close(fast, general)
    assert fast[1][-1].shape[0] == fast[0].shape[2]  # one small map per class


def test_a_regression_output_is_linear_and_unbounded(monkeypatch):
    config = ExperimentConfig().with_dataset("plane", n_points=100) \
        .with_network(hidden=(LayerConfig(4, "relu"),))
    session = trained(config)
    fast, general = both_paths(session, monkeypatch)
    assert_close(fast, general)


def test_no_hidden_layer_and_one_chunk_boundary(monkeypatch):
    """A lone output neuron; a grid bigger than one chunk is drawn in several, seamlessly."""
    session = trained(ExperimentConfig().with_data(n_points=100).with_network(hidden=()))
    res = 120  # 14,400 points: two chunks of the fast path
    assert res * res > grid.COLUMN_CHUNK
    names = session.config.data.features
    big = GridCache().features(names, res)
    fast = grid_output(session.model, big, res)
    expected = session.model.predict(big).reshape(res, res)
    np.testing.assert_allclose(fast, expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("layer", [LayerConfig(4, batch_norm=True), LayerConfig(4, dropout=0.2)],
                         ids=["batch norm", "dropout"])
def test_batch_norm_or_dropout_keep_the_general_path(layer):
    session = trained(ExperimentConfig().with_data(n_points=100).with_network(hidden=(layer,)))
    assert grid._dense_stack(session.model) is None
    names = session.config.data.features
    big = GridCache().features(names, 16)
    np.testing.assert_array_equal(grid_output(session.model, big, 16),
                                  session.model.predict(big).reshape(16, 16))


def test_the_fast_path_leaves_the_model_as_it_was():
    session = trained(ExperimentConfig().with_data(n_points=100))
    before = [w.copy() for w in session.model.get_weights()]
    steps = session.step_count
    grid_outputs(session.model, GridCache().features(("x1", "x2"), 9), 9)
    for w, w0 in zip(session.model.get_weights(), before):
        np.testing.assert_array_equal(w, w0)
    session.step(5)  # and training goes on exactly as a twin that never drew
    twin = Session(session.config)
    twin.step(steps + 5)
    np.testing.assert_array_equal(session.model.get_weights()[0], twin.model.get_weights()[0])
