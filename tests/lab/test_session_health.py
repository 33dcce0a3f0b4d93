"""Session: the baseline in snapshots, "unstable" on the runs that need it, the best weights.

The matrix below is the rule's contract (issue 7): Playground's default learning rate 0.03
with every optimizer the config offers never makes a run unstable on circle, xor, gauss, spiral,
blobs and sine; every learning-rate-10 run that ends worse than the baseline is unstable then
(the ones that blow up to NaN are "diverged" instead). Each run trains a few hundred epochs on
the fast path (``Session.step_epochs``).
"""
import math

import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.session import Session
from nnviz.lab.snapshot import STATUS_UNSTABLE

from lab_helpers import FAST, regression

DATASETS = ("circle", "xor", "gauss", "spiral", "blobs", "sine")
OPTIMIZERS = {
    "sgd": dict(optimizer="sgd"),
    "momentum": dict(optimizer="sgd", momentum=0.9),
    "nesterov": dict(optimizer="sgd", momentum=0.9, nesterov=True),
    "adagrad": dict(optimizer="adagrad"),
    "rmsprop": dict(optimizer="rmsprop"),
    "adam": dict(optimizer="adam"),
}
EPOCHS = 150


def playground(dataset, optimizer, learning_rate):
    return ExperimentConfig().with_dataset(dataset).with_training(
        learning_rate=learning_rate, **OPTIMIZERS[optimizer])


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("dataset", DATASETS)
def test_default_learning_rate_is_never_unstable(dataset, optimizer):
    session = Session(playground(dataset, optimizer, 0.03))
    for _ in range(EPOCHS // 10):
        session.step_epochs(10)
        assert session.status != STATUS_UNSTABLE, (session.epoch, session.message)
    # Checked every 10 epochs above; the rule's own memory says it never fired in between.
    assert session.snapshot(grids=False).status_epoch == 0
    assert session.history.last("train_loss") < session.baseline.loss


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("dataset", DATASETS)
def test_learning_rate_10_ending_worse_than_the_baseline_is_unstable(dataset, optimizer):
    session = Session(playground(dataset, optimizer, 10.0))
    session.step_epochs(EPOCHS)
    if session.status == "diverged":
        return  # blew up to NaN/inf: the stronger warning already stands
    final = session.history.last("train_loss")
    if final > session.baseline.loss:
        assert session.status == STATUS_UNSTABLE, (final, session.baseline.loss)
        snap = session.snapshot(grids=False)
        assert 0 < snap.status_epoch <= session.epoch
        assert not snap.stalled  # jumping about, not stuck: "the rate is probably too large"


def test_the_matrix_has_runs_on_both_sides():
    """Guards the test above against passing vacuously: lr 10 on circle with SGD ends worse."""
    session = Session(playground("circle", "sgd", 10.0))
    session.step_epochs(EPOCHS)
    assert session.history.last("train_loss") > session.baseline.loss
    assert session.status == STATUS_UNSTABLE


@pytest.mark.parametrize("seed", [0, 1])
def test_a_deep_sigmoid_network_stuck_at_the_baseline_is_stalled_not_just_unstable(seed):
    # The batch-norm lesson's network: four sigmoid layers pass back almost no gradient, and
    # the loss sits on the baseline (0.6923 for the circle) from the start. Telling its
    # learners "the learning rate is too large" sent them the wrong way.
    config = ExperimentConfig().with_training(learning_rate=0.1, batch_size=20, seed=seed)
    config = config.with_network(hidden=tuple(LayerConfig(6, "sigmoid") for _ in range(4)))
    session = Session(config)
    session.step_epochs(40)
    snap = session.snapshot(grids=False)
    assert snap.status == STATUS_UNSTABLE and snap.stalled
    assert abs(session.history.last("train_loss") - snap.baseline_loss) < 0.01 * snap.baseline_loss
    # With ReLU the same network learns, and neither warning stands.
    session.apply(config.with_network(hidden=tuple(LayerConfig(6, "relu") for _ in range(4))))
    session.step_epochs(150)
    snap = session.snapshot(grids=False)
    assert snap.status != STATUS_UNSTABLE and not snap.stalled


def test_session_baseline_is_the_training_sets_class_share():
    session = Session(FAST)
    t = session.experiment_data.t_train[:, 0]
    p = float(np.mean(t))
    assert 0 < p < 1
    expected = -(p * math.log(p) + (1 - p) * math.log(1 - p))
    snap = session.snapshot(grids=False)
    assert snap.baseline_loss == pytest.approx(expected, rel=1e-5)
    assert snap.baseline.guess == pytest.approx((p,))


def test_regression_baseline_is_the_variance_under_mse():
    session = Session(regression())
    targets = session.experiment_data.t_train[:, 0].astype(np.float64)
    assert session.snapshot(grids=False).baseline_loss == pytest.approx(np.var(targets), rel=1e-5)


def test_baseline_follows_the_loss_and_is_kept_otherwise():
    session = Session(FAST)
    first = session.baseline
    session.apply(session.config.with_training(learning_rate=0.1))
    assert session.baseline is first  # computed once per data and loss
    session.reset()
    assert session.baseline is first
    session.apply(session.config.with_training(loss="mse"))
    p = first.guess[0]
    assert session.baseline.loss == pytest.approx(p * (1 - p), rel=1e-5)  # variance of 0/1


def test_unstable_training_goes_on_and_a_lower_rate_clears_it():
    session = Session(playground("circle", "sgd", 10.0))
    session.step_epochs(60)
    assert session.status == STATUS_UNSTABLE and not session.stopped
    assert session.step_epochs(1) > 0  # training goes on
    session.apply(session.config.with_training(learning_rate=0.03))
    assert session.status != STATUS_UNSTABLE  # the new setting gets a fresh look


def test_best_weights_are_the_ones_with_the_lowest_test_loss():
    session = Session(playground("circle", "sgd", 0.03).with_data(n_points=200))
    session.step_epochs(30)
    session.apply(session.config.with_training(learning_rate=10.0))
    best_loss, best_weights, best_epoch = math.inf, None, None
    for _ in range(60):
        session.step_epochs(1)
        if session.status == "diverged":
            break
        test_loss = session.history.last("test_loss")
        if test_loss < best_loss:
            best_loss, best_weights, best_epoch = test_loss, session.model.get_weights(), \
                session.epoch
    before = min(session.history.column("test_loss")[:30])
    info = session.snapshot(grids=False).best_weights
    expected_epoch = best_epoch if best_loss < before else None
    assert info.loss_on == "test"
    assert info.loss == pytest.approx(min(before, best_loss))
    if expected_epoch is not None:
        assert info.epoch == expected_epoch
    epoch = session.epoch
    assert session.restore_best() is True
    assert session.status not in ("diverged", STATUS_UNSTABLE)
    assert session.epoch == epoch  # the counters run on; the curves show the jump back
    _, test_loss, _, _ = session.experiment_data.evaluate(session.model, session.model.loss)
    assert test_loss == pytest.approx(info.loss, rel=1e-5)
    if best_weights is not None and expected_epoch is not None:
        for a, b in zip(best_weights, session.model.get_weights()):
            np.testing.assert_array_equal(a, b)


def test_best_weights_fall_back_to_the_training_loss_without_a_test_set():
    from nnviz.lab.kept_weights import WeightKeeper
    session = Session(FAST)
    keeper = WeightKeeper()
    nan = float("nan")
    keeper.record(session.model, 0, 0)  # the weights before any epoch: no loss, never best
    assert keeper.best is None and keeper.last_good.epoch == 0
    keeper.record(session.model, 1, 10, train_loss=0.5, test_loss=nan)
    keeper.record(session.model, 2, 20, train_loss=0.7, test_loss=nan)
    assert keeper.last_good.epoch == 2
    info = keeper.best_info()
    assert (info.epoch, info.loss, info.loss_on) == (1, 0.5, "train")
    keeper.record(session.model, 3, 30, train_loss=0.9, test_loss=0.4)
    assert (keeper.best.epoch, keeper.best.loss_on) == (3, "test")


def test_nothing_to_restore_before_the_first_epoch():
    session = Session(FAST)
    assert session.snapshot(grids=False).best_weights is None
    assert session.restore_best() is False


def test_status_epoch_of_a_divergence_is_the_epoch_it_happened_in():
    session = Session(regression(learning_rate=10.0))
    session.step(5000)
    assert session.status == "diverged"
    snap = session.snapshot(grids=False)
    assert f"at epoch {snap.status_epoch}:" in snap.message
    assert snap.status_epoch >= 1


def test_snapshot_of_a_huge_model_prints_no_overflow_warning(recwarn):
    session = Session(regression())
    session.step_epochs(1)
    session.set_weight(2, 0, 0, 1e10)  # gradients ~1e20: their float32 squares overflow
    snap = session.snapshot(grids=False)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)], \
        [str(w.message) for w in recwarn]
    assert len(snap.gradient_norms) == 3
    largest = max(np.abs(k).max() for k, _ in snap.gradients)
    assert largest > 1e19 and max(snap.gradient_norms) >= largest  # finite, not overflowed
    assert all(math.isfinite(n) for n in snap.gradient_norms)
