"""Session.apply: live changes keep the weights, structural ones rebuild."""
import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.session import Session

from lab_helpers import FAST


def trained(config=FAST, epochs=3):
    session = Session(config)
    session.step_epochs(epochs)
    return session


def test_new_learning_rate_keeps_weights_and_history():
    session = trained()
    weights = session.model.get_weights()
    assert session.apply(session.config.with_training(learning_rate=0.3)) is False
    assert session.learning_rate == pytest.approx(0.3)
    for a, b in zip(weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert session.epoch == 3 and len(session.history) == 3
    session.step_epochs(1)
    assert session.epoch == 4


@pytest.mark.parametrize("change", [
    lambda c: c.with_training(momentum=0.9, nesterov=True),
    lambda c: c.with_training(batch_size=25),
    lambda c: c.with_training(schedule="exponential", decay_epochs=2, decay_rate=0.5),
    lambda c: c.with_training(optimizer="adam", learning_rate=0.01),
    lambda c: c.with_training(loss="mse"),
    lambda c: c.with_network(regularizer="l2", regularization_rate=0.01),
])
def test_live_changes_do_not_rebuild(change):
    session = trained()
    model, weights = session.model, session.model.get_weights()
    config = change(session.config)
    assert session.apply(config) is False
    assert session.model is model and session.config == config
    for a, b in zip(weights, model.get_weights()):
        np.testing.assert_array_equal(a, b)
    session.step_epochs(2)
    assert session.epoch == 5 and session.status == "idle"


def test_optimizer_parameters_reach_the_optimizer():
    session = trained(FAST.with_training(optimizer="sgd", momentum=0.5))
    session.apply(session.config.with_training(momentum=0.8, nesterov=True))
    assert (session.model.optimizer.momentum, session.model.optimizer.nesterov) == (0.8, True)
    session.apply(session.config.with_training(optimizer="rmsprop", rho=0.7, epsilon=1e-5))
    assert type(session.model.optimizer).__name__ == "RMSprop"
    assert (session.model.optimizer.rho, session.model.optimizer.epsilon) == (0.7, 1e-5)


def test_schedule_parameters_change_live():
    session = trained(FAST.with_training(schedule="exponential", decay_epochs=10,
                                         decay_rate=0.5, learning_rate=0.1), epochs=2)
    assert session.learning_rate == pytest.approx(0.1 * 0.5 ** (2 / 10))
    session.apply(session.config.with_training(decay_epochs=20, learning_rate=0.2))
    assert session.learning_rate == pytest.approx(0.2 * 0.5 ** (2 / 20))


def test_regularization_rate_and_dropout_rate_change_live():
    config = FAST.with_network(regularizer="l2", regularization_rate=0.01,
                               hidden=(LayerConfig(4, dropout=0.2), LayerConfig(2)))
    session = trained(config)
    model = session.model
    config = session.config.with_network(regularization_rate=0.1).with_layer(0, dropout=0.5)
    assert session.apply(config) is False
    assert session.model is model
    dense = [l for l in model.layers if l.kind == "dense"]
    assert all(l.kernel_regularizer.l2 == 0.1 for l in dense)
    assert [l.rate for l in model.layers if l.kind == "dropout"] == [0.5]
    session.apply(session.config.with_network(regularizer="none"))
    assert all(l.kernel_regularizer is None for l in dense)


def test_regularization_shrinks_weights_live():
    session = trained(FAST, epochs=20)
    before = np.abs(session.model.layers[0].kernel).sum()
    session.apply(session.config.with_network(regularizer="l2", regularization_rate=1.0))
    session.step_epochs(20)
    assert np.abs(session.model.layers[0].kernel).sum() < 0.5 * before


def test_batch_size_change_changes_batches_per_epoch():
    session = trained(FAST.with_training(batch_size=10))
    session.apply(session.config.with_training(batch_size=50))
    assert session.batches_per_epoch == 2
    steps = session.step_count
    session.step_epochs(1)
    assert session.step_count == steps + 2


@pytest.mark.parametrize("change", [
    lambda c: c.with_layer(0, units=6),
    lambda c: c.with_network(hidden=(LayerConfig(3),)),
    lambda c: c.with_layer(1, activation="relu"),
    lambda c: c.with_layer(0, batch_norm=True),
    lambda c: c.with_layer(0, dropout=0.3),
    lambda c: c.with_network(initializer="he_normal"),
    lambda c: c.with_network(output_activation="tanh"),
    lambda c: c.with_training(seed=9),
    lambda c: c.with_training(problem="multiclass"),
])
def test_structural_changes_rebuild_like_a_new_session(change):
    session = trained()
    config = change(session.config)
    assert session.apply(config) is True
    assert (session.epoch, session.step_count, len(session.history)) == (0, 0, 0)
    fresh = Session(config)
    for a, b in zip(session.model.get_weights(), fresh.model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_data_kept_when_only_the_network_changes():
    session = trained()
    plot, points = session.data, session.data.points_train
    session.apply(session.config.with_layer(0, units=7))
    assert session.data is plot and session.data.points_train is points
    session.apply(session.config.with_training(learning_rate=0.1))
    assert session.data is plot


def test_features_change_keeps_points_new_inputs():
    session = trained()
    points = session.data.points_train
    session.apply(session.config.with_data(features=("x1_sq", "x2_sq")))
    assert session.data.points_train is points
    assert session.data.feature_names == ("x1_sq", "x2_sq")
    assert session.model.layers[0].kernel.shape == (2, 4)
    np.testing.assert_allclose(session.experiment_data.x_train[:, 0], points[:, 0] ** 2,
                               rtol=1e-6)


def test_data_change_regenerates_points():
    session = trained()
    plot = session.data
    assert session.apply(session.config.with_data(noise=0.3)) is True
    assert session.data is not plot
    session.apply(session.config.with_dataset("sine"))
    assert session.data.problem == "regression"
    assert session.model.layers[-1].activation.name == "linear"


def test_apply_same_config_does_nothing_and_wrong_type_raises():
    session = trained()
    assert session.apply(session.config) is False and session.epoch == 3
    with pytest.raises(TypeError, match="ExperimentConfig"):
        session.apply({"data": {}})


def test_class_count_matters_only_for_datasets_that_take_it():
    session = trained()
    plot = session.data
    assert session.apply(session.config.with_data(n_classes=5)) is False  # circle: no k
    assert session.data is plot and session.epoch == 3
    blobs = Session(FAST.with_dataset("blobs", n_classes=3))
    assert blobs.apply(blobs.config.with_data(n_classes=5)) is True
    assert blobs.model.layers[-1].units == 5 and blobs.data.n_classes == 5


def test_sparse_loss_trains_and_shows_gradients():
    config = FAST.with_dataset("blobs").with_training(loss="sparse_categorical_crossentropy")
    session = Session(config)
    session.step_epochs(20)
    snap = session.snapshot(grids=False)
    assert snap.gradients is not None and snap.test_metric[-1] > 0.9
