"""Schedules count epochs: the rate after N epochs is the hand-worked value for any batch size."""
import json
import math

import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.epoch_schedules import learning_rate_curve, schedule_span, steps_per_epoch
from nnviz.lab.session import Session

from lab_helpers import FAST  # 200 points: 100 for training

BATCHES = (1, 7, 10, 32, 100)


def schedule(**training) -> ExperimentConfig:
    return FAST.with_training(learning_rate=0.1, decay_rate=0.5, **training)


def trained(config, epochs):
    session = Session(config)
    session.step_epochs(epochs)
    assert session.epoch == epochs and session.status == "idle"
    return session


def test_steps_per_epoch_rounds_up():
    assert [steps_per_epoch(100, b) for b in BATCHES] == [100, 15, 10, 4, 1]
    assert steps_per_epoch(100, 500) == 1


@pytest.mark.parametrize("batch", BATCHES)
def test_exponential_halves_every_decay_epochs_whatever_the_batch(batch):
    # 0.1 * 0.5 ** (20 / 10) = 0.025
    session = trained(schedule(schedule="exponential", decay_epochs=10, batch_size=batch), 20)
    assert session.learning_rate == pytest.approx(0.025)
    assert session.snapshot(grids=False).learning_rate == pytest.approx(0.025)


@pytest.mark.parametrize("batch", (7, 32))
def test_inverse_time_piecewise_and_cosine_count_epochs(batch):
    # 0.1 / (1 + 0.5 * 20 / 10) = 0.05
    s = trained(schedule(schedule="inverse_time", decay_epochs=10, batch_size=batch), 20)
    assert s.learning_rate == pytest.approx(0.05)
    # piecewise (5, 10): 0.1 up to epoch 5, 0.05 up to 10, then 0.025
    piecewise = schedule(schedule="piecewise", boundary_epochs=(5, 10), batch_size=batch)
    s = trained(piecewise, 5)
    assert s.learning_rate == pytest.approx(0.1)
    s.step_epochs(1)
    assert s.learning_rate == pytest.approx(0.05)
    s.step_epochs(5)
    assert s.learning_rate == pytest.approx(0.025)
    # cosine over 10 epochs down to alpha 0.1: half way 0.1 * (0.9 * 0.5 + 0.1) = 0.055
    cosine = schedule(schedule="cosine", decay_epochs=10, cosine_alpha=0.1, batch_size=batch)
    s = trained(cosine, 5)
    assert s.learning_rate == pytest.approx(0.055)
    s.step_epochs(15)
    assert s.learning_rate == pytest.approx(0.01)


@pytest.mark.parametrize("first, second", [(10, 32), (32, 1), (100, 7)])
def test_a_live_batch_size_change_carries_on_from_the_same_epoch(first, second):
    session = trained(schedule(schedule="exponential", decay_epochs=10, batch_size=first), 6)
    assert session.learning_rate == pytest.approx(0.1 * 0.5 ** 0.6)
    session.apply(session.config.with_training(batch_size=second))
    assert session.learning_rate == pytest.approx(0.1 * 0.5 ** 0.6)  # no jump
    session.step_epochs(14)
    assert session.learning_rate == pytest.approx(0.025)  # 20 epochs: two halvings


def test_batch_change_then_new_optimizer_keeps_the_epoch_count():
    session = trained(schedule(schedule="exponential", decay_epochs=10, batch_size=10), 5)
    session.apply(session.config.with_training(batch_size=25))
    session.step_epochs(5)
    session.apply(session.config.with_training(optimizer="adam"))
    assert type(session.model.optimizer).__name__ == "Adam"
    assert session.learning_rate == pytest.approx(0.05)  # 10 epochs


def test_a_schedule_switched_on_mid_run_counts_from_the_first_epoch():
    session = trained(FAST.with_training(learning_rate=0.1, batch_size=10), 4)
    session.apply(session.config.with_training(batch_size=20))
    session.step_epochs(6)
    session.apply(session.config.with_training(schedule="exponential", decay_epochs=10,
                                               decay_rate=0.5))
    assert session.learning_rate == pytest.approx(0.05)  # 10 epochs in
    session.apply(session.config.with_training(schedule="constant"))
    assert session.learning_rate == pytest.approx(0.1)


def test_learning_rate_curve_is_the_schedule_over_epochs():
    training = schedule(schedule="exponential", decay_epochs=10).training
    epochs, rates = learning_rate_curve(training, 20, points=5)
    assert epochs.tolist() == [0, 5, 10, 15, 20]
    assert rates == pytest.approx([0.1 * 0.5 ** (e / 10) for e in (0, 5, 10, 15, 20)])
    piecewise = schedule(schedule="piecewise", boundary_epochs=(5, 10)).training
    assert learning_rate_curve(piecewise, 12, points=4)[1] == pytest.approx(
        [0.1, 0.1, 0.05, 0.025])  # epochs 0, 4, 8, 12
    _, flat = learning_rate_curve(FAST.training, 50, points=3)
    assert flat.tolist() == [0.03, 0.03, 0.03]
    assert schedule_span(training) == 40 and schedule_span(piecewise) == 13


def test_default_schedules_keep_a_usable_rate_after_ten_thousand_epochs():
    # ~10 s at full speed: the old step-counted default had reached 1e-39 by then.
    for kind in ("exponential", "inverse_time", "piecewise", "cosine"):
        training = ExperimentConfig().with_training(schedule=kind).training
        _, rates = learning_rate_curve(training, 10_000, points=2)
        assert rates[0] == 0.03
        assert rates[-1] > 1e-9, kind


# -- the config's schedule fields ------------------------------------------------------------
def test_schedule_fields_round_trip_through_json():
    config = FAST.with_training(schedule="piecewise", boundary_epochs=(50, 200, 900),
                                decay_rate=0.3, decay_epochs=77, cosine_alpha=0.25)
    text = config.to_json()
    assert json.loads(text)["training"]["boundary_epochs"] == [50, 200, 900]
    assert ExperimentConfig.from_json(text) == config


def test_old_decay_steps_are_migrated_to_epochs():
    # 500 points, half for training, batch 10: 25 steps per epoch; 1000 steps = 40 epochs
    old = {"training": {"schedule": "exponential", "decay_steps": 1000, "batch_size": 10}}
    config = ExperimentConfig.from_dict(old)
    assert config.training.decay_epochs == 40
    # 200 points, 100 for training, batch 32: 4 steps per epoch; 10 steps round to 2 epochs
    old = {"data": {"n_points": 200}, "training": {"decay_steps": 10, "batch_size": 32}}
    assert ExperimentConfig.from_json(json.dumps(old)).training.decay_epochs == 2
    assert ExperimentConfig.from_dict({"training": {"decay_steps": 1}}).training.decay_epochs == 1


def test_old_and_new_decay_fields_together_are_refused_by_name():
    with pytest.raises(ValueError, match="decay_steps.*decay_epochs"):
        ExperimentConfig.from_dict({"training": {"decay_steps": 100, "decay_epochs": 5}})
    with pytest.raises(ValueError, match="decay_steps"):
        ExperimentConfig.from_dict({"training": {"decay_steps": 0}})


@pytest.mark.parametrize("value, error, words", [
    ((10, 5), ValueError, "increasing"),
    ((), ValueError, "1 to 8 epochs"),
    (tuple(range(1, 11)), ValueError, "1 to 8 epochs"),
    ((0, 5), ValueError, r"in \[1"),
    (5, TypeError, "list of epochs"),
    ((1.5,), TypeError, "integer"),
])
def test_bad_boundaries_are_refused_by_name(value, error, words):
    with pytest.raises(error, match=f"boundary_epochs.*{words}"):
        FAST.with_training(boundary_epochs=value)


def test_bad_decay_epochs_and_alpha_are_refused_by_name():
    with pytest.raises(ValueError, match="decay_epochs"):
        FAST.with_training(decay_epochs=0)
    with pytest.raises(ValueError, match="cosine_alpha"):
        FAST.with_training(cosine_alpha=1.5)
    assert math.isclose(FAST.with_training(cosine_alpha=0.0).training.cosine_alpha, 0.0)
