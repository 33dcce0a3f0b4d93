"""A Session resumed from a checkpoint continues exactly as the original would have."""
import numpy as np
import pytest

from lab_helpers import FAST, regression
from nnviz.lab.checkpoint import capture, restore, resume
from nnviz.lab.config import LayerConfig
from nnviz.lab.session import Session


def assert_same_run(a: Session, b: Session) -> None:
    sa, sb = a.snapshot(grids=False), b.snapshot(grids=False)
    assert (sa.epoch, sa.step) == (sb.epoch, sb.step)
    for wa, wb in zip(sa.weights, sb.weights):
        np.testing.assert_array_equal(wa, wb)
    for name in ("epochs", "train_loss", "test_loss", "train_metric"):
        np.testing.assert_array_equal(getattr(sa, name), getattr(sb, name))


@pytest.mark.parametrize("training", [
    {"optimizer": "adam"},
    {"optimizer": "sgd", "momentum": 0.9},
    {"optimizer": "rmsprop", "batch_size": 7},
])
def test_a_resumed_session_trains_on_bit_for_bit(training):
    config = FAST.with_network(hidden=(LayerConfig(5), LayerConfig(3))).with_training(**training)
    original = Session(config)
    original.step(53)  # mid-epoch: the shuffled order and position matter
    copy = resume(capture(original), config)
    assert_same_run(original, copy)
    for session in (original, copy):
        session.step(140)
    assert_same_run(original, copy)


def test_dropout_masks_continue_bit_for_bit():
    hidden = (LayerConfig(5, dropout=0.3), LayerConfig(3, dropout=0.2))
    config = FAST.with_network(hidden=hidden).with_training(optimizer="adam")
    original = Session(config)
    original.step(53)
    copy = resume(capture(original), config)
    for session in (original, copy):
        session.step(140)
    assert_same_run(original, copy)


def test_counters_history_and_serial_come_back():
    original = Session(FAST)
    original.step_epochs(4)
    original.snapshot(grids=False)
    serial = original.snapshot(grids=False).serial
    copy = resume(capture(original), FAST)
    assert (copy.epoch, copy.step_count) == (4, original.step_count)
    np.testing.assert_array_equal(copy.history.column("epochs"), [1, 2, 3, 4])
    assert copy.snapshot(grids=False).serial == serial + 1


def test_after_a_reset_the_same_generation_is_resumed():
    original = Session(FAST)
    original.step(10)
    original.reset()
    original.step(30)
    copy = resume(capture(original), FAST)
    original.step(100)
    copy.step(100)
    assert_same_run(original, copy)


def test_a_newer_config_is_applied_after_resuming():
    original = Session(FAST)
    original.step_epochs(3)
    checkpoint = capture(original)
    faster = FAST.with_training(learning_rate=0.3)
    live = resume(checkpoint, faster)
    assert live.config == faster and live.epoch == 3  # a live change keeps the training
    bigger = FAST.with_network(hidden=(LayerConfig(6),))
    rebuilt = resume(checkpoint, bigger)
    assert rebuilt.config == bigger and rebuilt.epoch == 0


def test_a_diverged_session_resumes_diverged_and_can_restore_its_good_weights():
    session = Session(regression(learning_rate=0.01))
    session.step_epochs(2)
    session.apply(session.config.with_training(learning_rate=10.0))
    session.step(5000)
    assert session.status == "diverged"
    copy = resume(capture(session), session.config)
    assert copy.status == "diverged" and copy.message == session.message
    assert copy.restore_last_good() is True
    assert copy.epoch == 2 and copy.status == "idle"


def test_restore_refuses_a_session_of_another_config():
    checkpoint = capture(Session(FAST))
    other = Session(FAST.with_network(hidden=(LayerConfig(3),)))
    with pytest.raises(ValueError, match="checkpoint's config"):
        restore(other, checkpoint)


def test_without_a_checkpoint_resume_builds_a_fresh_session():
    assert resume(None, FAST).epoch == 0


def test_best_and_last_good_weights_survive_a_restart():
    original = Session(FAST)
    original.step_epochs(6)
    best = original.snapshot(grids=False).best_weights
    assert best is not None
    copy = resume(capture(original), FAST)
    assert copy.snapshot(grids=False).best_weights == best
    for session in (original, copy):
        session.step_epochs(2)
        assert session.restore_best()
    for wa, wb in zip(original.model.get_weights(), copy.model.get_weights()):
        np.testing.assert_array_equal(wa, wb)


def test_a_schedule_in_epochs_carries_on_after_a_batch_size_change_and_a_restart():
    config = FAST.with_training(schedule="exponential", decay_epochs=2, batch_size=10)
    original = Session(config)
    original.step_epochs(3)
    changed = config.with_training(batch_size=25)
    original.apply(changed)
    original.step_epochs(2)
    copy = resume(capture(original), changed)
    assert copy.learning_rate == original.learning_rate
    for session in (original, copy):
        session.step_epochs(1)
    assert copy.learning_rate == original.learning_rate
