"""Divergence: detected, explained, never raised; the last good weights come back."""
import re

import numpy as np

from nnviz.lab.session import Session

from lab_helpers import FAST, regression


def test_huge_learning_rate_diverges_with_a_plain_message():
    session = Session(regression(learning_rate=10.0))
    done = session.step(5000)
    assert session.status == "diverged"
    assert done < 5000
    assert re.search(r"^Training diverged at epoch \d+: the loss became (infinite|NaN)",
                     session.message), session.message
    assert "lower learning rate (now 10)" in session.message
    snap = session.snapshot()
    assert snap.status == "diverged" and snap.message == session.message
    assert session.step(10) == 0 and session.run_for(0.01) == 0  # stays stopped, no raise


def test_restore_last_good_brings_back_finite_weights():
    session = Session(regression(learning_rate=0.01))
    session.step_epochs(3)
    session.apply(session.config.with_training(learning_rate=10.0))
    good, good_epoch = None, None
    for _ in range(100):
        if session.status == "diverged":
            break
        good, good_epoch = session.model.get_weights(), session.epoch
        session.step_epochs(1)
    assert session.status == "diverged"
    assert session.restore_last_good() is True
    assert session.status == "idle" and session.message == ""
    assert session.epoch == good_epoch == len(session.history)
    for a, b in zip(good, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
    session.apply(session.config.with_training(learning_rate=0.01))
    session.step_epochs(2)
    assert session.status == "idle" and session.epoch == good_epoch + 2
    assert all(np.isfinite(w).all() for w in session.model.get_weights())


def test_huge_weight_set_by_hand_diverges_and_restores():
    session = Session(regression())
    session.step_epochs(2)
    session.set_weight(2, 0, 0, 1e30)
    session.set_weight(1, 0, 0, 1e30)
    session.step(50)
    assert session.status == "diverged"
    assert session.restore_last_good()
    assert all(np.isfinite(w).all() for w in session.model.get_weights())
    assert session.model.layers[-1].kernel[0, 0] != 1e30


def test_divergence_found_by_the_epoch_end_evaluation_is_caught(monkeypatch):
    session = Session(regression())
    session.step_epochs(1)
    weights = session.model.get_weights()
    session.step(session.batches_per_epoch - 1)
    monkeypatch.setattr(session.model, "predict", lambda x: np.full((len(x), 1), np.nan))
    assert session.step(5) == 1  # the epoch's last batch, then the evaluation stops it
    assert session.status == "diverged" and "epoch 2" in session.message
    monkeypatch.undo()
    session.restore_last_good()
    for a, b in zip(weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert session.epoch == 1 and len(session.history) == 1


def test_weights_that_turn_infinite_are_caught():
    session = Session(regression())
    session.model.layers[-1].kernel[...] = np.inf
    session.step(3)
    assert session.status == "diverged"
    session.restore_last_good()
    assert all(np.isfinite(w).all() for w in session.model.get_weights())


def test_an_internal_error_stops_training_without_raising(monkeypatch):
    session = Session(FAST)

    def broken(x, y):
        raise RuntimeError("boom")

    monkeypatch.setattr(session.model, "fast_train_step", broken)
    assert session.step(5) == 0
    assert session.status == "error" and "boom" in session.message
    assert session.snapshot().status == "error"


def test_reset_and_rebuild_clear_divergence():
    session = Session(regression(learning_rate=10.0))
    session.step(5000)
    session.reset()
    assert session.status == "idle"
    session.step(5000)
    assert session.status == "diverged"
    assert session.apply(session.config.with_training(learning_rate=0.01, seed=3)) is True
    assert session.status == "idle" and session.step(10) == 10


def test_running_flag_shows_in_status():
    session = Session(FAST)
    session.running = True
    assert session.status == "running" and session.snapshot(grids=False).status == "running"
