"""Stop rules: N epochs, a target loss, early stopping as the engine's EarlyStopping."""
import math

import numpy as np
import pytest

from nnviz.engine.callbacks import EarlyStopping
from nnviz.lab.checkpoint import capture, resume
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.session import Session
from nnviz.lab.stop_rules import StopRule

from lab_helpers import FAST


def rule(**fields):
    return StopRule(FAST.with_training(**fields).training)


class _FakeModel:
    """What EarlyStopping touches: stop_training and the weights."""

    def __init__(self):
        self.stop_training = False
        self.weights = [np.zeros(1)]

    def get_weights(self):
        return [w.copy() for w in self.weights]

    def set_weights(self, weights):
        self.weights = [np.array(w) for w in weights]


def engine_stop_epoch(losses, patience, min_delta):
    """The 1-based epoch at whose end the engine's EarlyStopping stops (0: never)."""
    cb = EarlyStopping(monitor="val_loss", patience=patience, min_delta=min_delta)
    cb.set_model(_FakeModel())
    cb.on_train_begin()
    for i, loss in enumerate(losses):
        cb.on_epoch_end(i, {"val_loss": loss})
        if cb.model.stop_training:
            return i + 1
    return 0


LOSS_SEQUENCES = [
    [1.0, 0.9, 0.8, 0.85, 0.86, 0.87, 0.7],
    [1.0, 0.99, 0.985, 0.984, 0.983, 0.5, 0.4],
    [0.5, 0.5, 0.5, 0.5, 0.5],
    [3.0, 2.0, 1.0, 0.5, 0.25, 0.2, 0.19, 0.185, 0.184],
]


@pytest.mark.parametrize("losses", LOSS_SEQUENCES)
@pytest.mark.parametrize("patience,min_delta", [(0, 0.0), (1, 0.0), (2, 0.0), (2, 0.02),
                                                (3, 0.005)])
def test_patience_stops_where_engine_early_stopping_does(losses, patience, min_delta):
    r = rule(stop_rule="patience", stop_patience=patience, stop_min_delta=min_delta)
    stopped = 0
    for epoch, loss in enumerate(losses, start=1):
        event = r.observe(epoch, 9.9, loss)
        if event is not None:
            stopped = epoch
            break
    assert stopped == engine_stop_epoch(losses, patience, min_delta)


def test_patience_by_hand_and_restore_best():
    model = _FakeModel()
    r = rule(stop_rule="patience", stop_patience=2, stop_restore_best=True)
    events = []
    for epoch, loss in enumerate([1.0, 0.6, 0.7, 0.65], start=1):
        model.weights = [np.array([float(epoch)])]
        events.append(r.observe(epoch, 0.0, loss, model))
    # Best 0.6 at epoch 2; epochs 3 and 4 do not improve: stop at the end of epoch 4.
    assert events[:3] == [None, None, None]
    event = events[3]
    assert (event.rule, event.epoch, event.value, event.best_epoch) == ("patience", 4, 0.6, 2)
    assert event.restored and model.weights[0][0] == 2.0


def test_target_fires_once_per_crossing():
    r = rule(stop_rule="target", stop_target=0.5)
    fired = [r.observe(e, 0.0, loss) is not None
             for e, loss in enumerate([0.9, 0.6, 0.4, 0.3, 0.6, 0.45], start=1)]
    # Below at epoch 3 (stop); still below at 4 (no new stop); above at 5; below again at 6.
    assert fired == [False, False, True, False, False, True]


def test_target_watches_the_training_loss_without_a_test_set():
    event = rule(stop_rule="target", stop_target=0.5).observe(1, 0.4, math.nan)
    assert event.loss_on == "train" and event.value == 0.4


def test_epochs_count_from_when_set_and_again_after_a_stop():
    r = StopRule(FAST.training, 0)
    assert r.observe(5, 1.0, 1.0) is None  # never
    r.configure(FAST.with_training(stop_rule="epochs", stop_epochs=3).training, 5)
    assert [r.observe(e, 1.0, 1.0) is not None for e in (6, 7, 8)] == [False, False, True]
    r.rearm(8)
    assert [r.observe(e, 1.0, 1.0) is not None for e in (9, 10, 11)] == [False, False, True]
    # The same settings again (another field of the config changed) do not re-arm.
    assert not r.configure(FAST.with_training(stop_rule="epochs", stop_epochs=3,
                                              learning_rate=0.1).training, 11)


def test_session_stops_exactly_at_n_epochs_even_stepping_many_at_once():
    session = Session(FAST.with_training(stop_rule="epochs", stop_epochs=7))
    session.step_epochs(100)
    assert session.epoch == 7 and session.status == "stopped"
    assert session.stopped_by.rule == "epochs" and session.stopped_by.epoch == 7
    assert session.snapshot(grids=False).stopped_by.epoch == 7
    assert session.batch_in_epoch == 0  # paused at the epoch's end, not inside the next one
    # Going on: 7 more epochs, also when training runs by time.
    while session.run_for(0.05) and session.status != "stopped":
        pass
    assert session.epoch == 14 and session.status == "stopped"
    session.step(1)
    assert session.status == "idle" and session.stopped_by is None


def test_changing_the_rule_does_not_touch_training():
    a = Session(FAST)
    b = Session(FAST)
    a.step_epochs(3)
    b.step_epochs(3)
    b.apply(FAST.with_training(stop_rule="epochs", stop_epochs=2))
    a.step_epochs(2)
    b.step_epochs(5)
    assert b.epoch == 5 and b.status == "stopped"
    np.testing.assert_array_equal(a.model.get_weights()[0], b.model.get_weights()[0])


def _reference(config, epochs):
    """Per-epoch test losses and weights of an unruled run of ``config``."""
    session = Session(config.with_training(stop_rule="never"))
    losses, weights = [], []
    for _ in range(epochs):
        session.step_epochs(1)
        losses.append(session.history.last("test_loss"))
        weights.append(session.model.get_weights())
    return losses, weights


def test_session_target_stops_at_the_first_epoch_below_it():
    losses, _ = _reference(FAST, 30)
    k = max(i for i in range(1, 30) if losses[i] < min(losses[:i]))  # a new low at epoch k+1
    target = (losses[k] + min(losses[:k])) / 2
    session = Session(FAST.with_training(stop_rule="target", stop_target=target))
    session.step_epochs(100)
    assert session.epoch == k + 1
    assert session.stopped_by.value == pytest.approx(losses[k])


def test_session_patience_matches_engine_early_stopping_and_restores_best():
    config = FAST.with_training(learning_rate=3.0)  # a jumpy run: it stops improving soon
    losses, weights = _reference(config, 200)
    expected = engine_stop_epoch(losses, patience=3, min_delta=0.001)
    assert expected > 0
    session = Session(config.with_training(stop_rule="patience", stop_patience=3,
                                           stop_min_delta=0.001, stop_restore_best=True))
    session.step_epochs(300)
    event = session.stopped_by
    assert session.epoch == expected == event.epoch
    assert event.restored
    for got, want in zip(session.model.get_weights(), weights[event.best_epoch - 1]):
        np.testing.assert_array_equal(got, want)


def test_a_new_process_carries_on_the_rule():
    config = FAST.with_training(stop_rule="epochs", stop_epochs=6)
    session = Session(config)
    session.step_epochs(4)
    moved = resume(capture(session), config)
    moved.step_epochs(100)
    assert moved.epoch == 6 and moved.status == "stopped"


def test_stop_fields_validate_and_round_trip():
    config = FAST.with_training(stop_rule="patience", stop_patience=5, stop_min_delta=0.01,
                                stop_restore_best=True)
    assert ExperimentConfig.from_json(config.to_json()) == config
    with pytest.raises(ValueError, match="stop_rule"):
        FAST.with_training(stop_rule="sometimes")
    with pytest.raises(ValueError, match="stop_epochs"):
        FAST.with_training(stop_epochs=0)
    with pytest.raises(ValueError, match="stop_target"):
        FAST.with_training(stop_target=-1.0)
